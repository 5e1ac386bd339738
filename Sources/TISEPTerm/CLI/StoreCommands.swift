import Foundation
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
            for option in ["area", "near"] {
                guard let given = inv.value(option) else { continue }
                let code = AreaCode.bare(given)
                guard try store.areas.exists(code) else { throw JobError(message: "no area with code \(code); try 'tisep search NAME --kind area'") }
                if option == "area" { filter.area = code } else { filter.near = code }
            }
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
            for r in results {
                var line = r.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + r.nameTH
                if let en = r.nameEN, !en.isEmpty { line += " / \(en)" }
                var facts: [String] = []
                if let kind = r.resourceKind { facts.append(kind.rawValue) }
                if let category = r.category { facts.append(category.rawValue) }
                if let by = r.elementName { facts.append(by) }
                if let p4 = r.p4 { facts.append(p4) }
                if let role = r.role { facts.append(role) }
                if let area = r.area {
                    let path = try store.areas.path(of: area)
                    facts.append(path.reversed().map { $0.name(thai: inv.thai) }.joined(separator: " › ") + " \(area)")
                }
                facts.append("id \(r.id)")
                inv.context.print(line + "  (" + facts.joined(separator: "; ") + ")")
            }
            inv.context.print("\(results.count) result\(results.count == 1 ? "" : "s")\(demo ? " · demo data (ข้อมูลสาธิต)" : "")")
        })

    package static let checkCommand = Command(
        name: "check", synopsis: "[--digest]",
        summary: "check the database's integrity, or print its content digest",
        options: [OptionSpec(long: "digest", help: "print one line: a hex digest of exactly the content a default full export carries")],
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
            inv.context.print("ok: schema \(try store.file.schemaVersion()), \(counts.provinces) provinces, \(counts.amphoes) amphoes, \(counts.tambons) tambons, \(elements) elements; laptop \(try store.laptop.name()) (\(store.laptop.id))")
        })

    package static let backupCommand = Command(
        name: "backup", synopsis: "-o FILE",
        summary: "a consistent copy of the database while it is in use (mode 0600)",
        options: [OptionSpec(long: "output", short: "o", value: "FILE", help: "where to write the copy")],
        run: { inv in
            guard let output = inv.value("output") else { throw UsageError(message: "give -o FILE") }
            guard !FileManager.default.fileExists(atPath: output) else {
                throw JobError(message: "\(output) already exists; choose a new file name")
            }
            let store = try inv.openStore()
            do {
                try store.file.backup(to: output)
            } catch {
                DefaultDataSet.removeDatabaseFiles(output)
                throw error
            }
            inv.context.print("backed up \(store.file.path) to \(output)")
        })
}
