import Foundation
import AsciiMap
import EcosystemStore

extension CommandLineTool {
    package static let searchCommand = Command(
        name: "search", synopsis: "QUERY [--kind K] [--p4 P] [--role R] [--area CODE] [--near CODE] [--limit N] [--json]",
        summary: "search areas, elements, resources and projects, in Thai and English",
        options: [
            OptionSpec(long: "kind", value: "area|entity|resource|project", help: "only this kind of result"),
            OptionSpec(long: "p4", value: "policy|asset|platform|player", help: "only elements of this 4P kind"),
            OptionSpec(long: "role", value: "ROLE", help: "only players of this role (policy-maker|supporter|implementer|connector)"),
            OptionSpec(long: "area", value: "CODE", help: "only results in this area or below it"),
            OptionSpec(long: "near", value: "CODE", help: "rank from this area outward: the same tambon, its amphoe, its province, elsewhere"),
            OptionSpec(long: "limit", value: "N", help: "at most N results (default 50)"),
            OptionSpec(long: "json", help: "print one JSON document"),
        ],
        details: """
        Any string is a valid query; an empty QUERY lists what the filters select.
        Names, descriptions, codes, postal codes, phone numbers (with or without
        dashes), e-mails and LINE IDs are searched; exact matches come first.
        One or two letters match the start of a name (or of an English word in
        it), a code or a number; three or more match anywhere. With --near CODE
        the results are ranked from that area outward, by the nearest of the
        areas each record is in or serves, without leaving anything out.
        """,
        run: { inv in
            guard inv.positionals.count <= 1 else {
                throw UsageError(message: "give the query as one argument (quote it: tisep search 'two words')")
            }
            var filter = SearchFilter(limit: try inv.integer("limit", default: 50, range: 1...100_000))
            if let kind = inv.value("kind") {
                guard let typed = SearchResultKind(rawValue: kind) else {
                    throw UsageError(message: "--kind accepts \(SearchResultKind.allCases.map(\.rawValue).joined(separator: "|")), not '\(kind)'")
                }
                filter.kind = typed
            }
            filter.p4 = try inv.vocabulary("p4", P4Kind.self)
            filter.role = try inv.vocabulary("role", PlayerRole.self)
            let store = try inv.openStore()
            filter.area = try inv.knownArea("area", in: store)
            filter.near = try inv.knownArea("near", in: store)
            let results = try store.search(inv.positionals.first ?? "", filter: filter)
            if inv.flag("json") {
                inv.context.print(JSON.object([("results", .array(results.map { r in
                    .object([("kind", .string(r.kind.rawValue)), ("id", .string(r.id)), ("name_th", .string(r.nameTH)),
                             ("name_en", .optional(r.nameEN)), ("area", .optional(r.area)), ("p4", .optional(r.p4)),
                             ("role", .optional(r.role)), ("score", .number(r.score))])
                }))]).serialized)
                return
            }
            if results.isEmpty {
                inv.context.print(inv.thai ? "ไม่พบ (no results)" : "no results")
                return
            }
            let demo = try store.laptop.isDemoDataSet()
            let t = Texts(thai: inv.thai)
            for line in try SearchText.lines(results, store: store, t) { inv.context.print(line) }
            inv.context.print(t.count(results.count, "ผล", "result") + (demo ? " · " + t("ข้อมูลสาธิต (demo data)", "demo data") : ""))
        })

    package static let checkCommand = Command(
        name: "check", synopsis: "[--digest]",
        summary: "check the database's integrity and its values against the rules, or print its content digest",
        options: [OptionSpec(long: "digest", help: "print one line: a hex digest of exactly the content a default full export carries")],
        details: """
        Also lists every stored value that breaks the rules (docs/security.md; left by an
        older tisep: other laptops hold such values back) with how to mend it, and the
        values held back from bundles, kept for review. Exit 1 when a current value
        breaks the rules.
        """,
        run: { inv in
            let store = try inv.openStore()
            if inv.flag("digest") {
                inv.context.print(try store.sync.contentDigest())
                return
            }
            let problems = try store.file.integrityProblems()
            guard problems.isEmpty else {
                for p in problems { inv.context.print(p) }
                throw JobError(message: "the database has \(problems.count) integrity problem(s); restore a backup (tisep backup) or re-import your last bundle")
            }
            let counts = try store.areas.counts()
            let elements = try store.records.count(.entity)
            let facts = "schema \(try store.file.schemaVersion()), " + plainCounts([(counts.provinces, "province"), (counts.amphoes, "amphoe"), (counts.tambons, "tambon"), (elements, "element")]) + "; laptop \(try store.laptop.name()) (\(store.laptop.id))"
            let ruleProblems = try store.records.ruleProblems()
            let current = ruleProblems.filter(\.current), older = ruleProblems.filter { !$0.current }
            inv.context.print(current.isEmpty ? "ok: " + facts : facts)
            if !current.isEmpty {
                inv.context.print(current.count == 1
                    ? "1 stored value breaks the rules: other laptops hold it back when it arrives; mend it:"
                    : "\(current.count) stored values break the rules: other laptops hold them back when they arrive; mend them:")
                for p in current { inv.context.print("  " + RuleReport.line(p)) }
            }
            if !older.isEmpty {
                inv.context.print(older.count == 1 ? "1 older value in history breaks the rules (peers hold it back; nothing to mend):"
                                  : "\(older.count) older values in history break the rules (peers hold them back; nothing to mend):")
                for p in older.prefix(50) { inv.context.print("  " + RuleReport.line(p)) }
                if older.count > 50 { inv.context.print("  … and \(older.count - 50) more") }
            }
            let held = try store.sync.heldBackValues()
            if !held.isEmpty {
                inv.context.print(NumberText.count(held.count, "value", separators: false) + " held back from bundles (\(held.count == 1 ? "it breaks" : "they break") the rules), kept for review:")
                let names = try store.laptop.names()
                for v in held {
                    let from = v.fromLaptop.isEmpty ? "a merged bundle" : "laptop " + (names[v.fromLaptop].map { "\($0) (\(v.fromLaptop))" } ?? v.fromLaptop)
                    inv.context.print("  \(v.received) from \(from) (bundle \(v.bundle.prefix(12))…): " + RuleReport.line(v))
                }
            }
            if !current.isEmpty {
                throw JobError(message: current.count == 1 ? "1 stored value breaks the rules; mend it as shown above"
                                   : "\(current.count) stored values break the rules; mend them as shown above")
            }
        })

    package static let backupCommand = Command(
        name: "backup", synopsis: "-o FILE [--force]",
        summary: "a consistent copy of the database while it is in use (mode 0600)",
        options: [.output("where to write the copy"), .force],
        run: { inv in
            let output = try inv.requiredOutputFile(isDatabaseFile: true)
            try output.check()
            let store = try inv.openStore()
            // SQLite's online backup writes the temporary file; it appears
            // under the real name only when complete.
            try output.write { try store.file.backup(to: $0) }
            inv.context.print("backed up \(store.file.path) to \(output.path)")
        })
}

/// The text of `tisep search`: one line a result, led by what it is in the
/// glossary's words (an element by its 4P kind: นโยบาย, ทุน,
/// พื้นที่ขับเคลื่อน, ผู้เล่น; or policy, asset, platform, player), then its
/// names, its role, where it is and its id. (`--json` keeps the ids of the
/// vocabularies: `"kind":"entity","p4":"asset"`.)
enum SearchText {
    static func lines(_ results: [SearchResult], store: Store, _ t: Texts) throws -> [String] {
        let kinds = results.map { kind($0, t) }
        let width = (kinds.map { TextWidth.width(of: $0) }.max() ?? 0) + 2
        return try zip(results, kinds).map { r, kind in
            var line = TextWidth.pad(kind, to: width) + r.nameTH
            if let en = r.nameEN, !en.isEmpty { line += " / \(en)" }
            var facts: [String] = []
            // A resource: its category and who offers or needs it (its kind leads the line).
            if let category = r.category { facts.append(category.label(thai: t.thai)) }
            if let by = r.elementName { facts.append(by) }
            if let role = r.role.flatMap(PlayerRole.init(rawValue:)) { facts.append(role.label(thai: t.thai)) }
            if let area = r.area {
                let path = try store.areas.path(of: area)
                facts.append(path.reversed().map { $0.name(thai: t.thai) }.joined(separator: " › ") + " \(area)")
            }
            facts.append("id \(r.id)")
            return line + "  (" + facts.joined(separator: "; ") + ")"
        }
    }

    static func kind(_ r: SearchResult, _ t: Texts) -> String {
        switch r.kind {
        case .area: return t("พื้นที่", "area")
        case .element: return r.p4.flatMap(P4Kind.init(rawValue:))?.label(thai: t.thai) ?? t("องค์ประกอบ", "element")
        case .resource: return r.resourceKind?.label(thai: t.thai) ?? t("ทรัพยากร", "resource")
        case .project: return t("โครงการ", "project")
        }
    }
}
