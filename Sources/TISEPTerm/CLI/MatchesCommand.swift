import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let matchesCommand = Command(
        name: "matches", synopsis: "CODE [--limit N] [--json]",
        summary: "the open needs in an area and below it, each with the offers that could meet it, best first, and why",
        options: [
            OptionSpec(long: "limit", value: "N", help: "at most N offers per need (default 5)"),
            OptionSpec(long: "json", help: "print one JSON document"),
        ],
        details: """
        Each need is scored against the offers of its province (with national
        supporters, filed under every province they serve) and of tambons of
        other provinces within 50 km, from what they share: the words of their
        descriptions, target groups, issues, category, roles and distance
        (docs/matching.md). An offer that shares only the category is marked
        "same category only" and ranks below any that shares substance. Needs
        marked met (tisep set ID status=met) are left out. The reasons follow
        --lang. With --json: an object with "area" and "needs", each need with
        its "offers", each offer with its "score" (0 to 1), "distance_km" and
        "why" (the reason in words).
        """,
        run: { inv in
            guard inv.positionals.count == 1 else { throw UsageError(message: "give one area code: tisep matches 560101") }
            let code = AreaCode.bare(inv.positionals[0])
            let limit = try inv.integer("limit", default: 5, range: 1...100)
            let store = try inv.openStore()
            guard let area = try store.areas.area(code) else {
                throw JobError.unknownArea(code)
            }
            let matches = try store.elements.matches(inAreaOrBelow: code, limit: limit)
            if inv.flag("json") {
                inv.context.print(MatchesOutput.json(code: code, matches, thai: inv.thai).serialized)
                return
            }
            let names = try MatchesOutput.placeNames(matches, store: store, thai: inv.thai)
            for line in MatchesOutput.text(area: area, matches, names: names, thai: inv.thai, demo: try store.laptop.isDemoDataSet()) {
                inv.context.print(line)
            }
        })
}

/// What `tisep matches` prints.
enum MatchesOutput {
    static func json(code: String, _ matches: [NeedMatch], thai: Bool) -> JSON {
        func resource(_ r: ResourceSummary, area: String) -> [(String, JSON)] {
            [("id", .string(r.id)), ("entity", .string(r.elementID)), ("entity_name", .string(r.elementName)),
             ("category", .optional(r.category?.rawValue)), ("description", .optional(r.description)), ("area", .string(area))]
        }
        return .object([
            ("area", .string(code)),
            ("needs", .array(matches.map { m in
                .object(resource(m.need, area: m.needArea) + [
                    ("offers", .array(m.offers.map { o in
                        .object(resource(o.offer, area: o.area) + [
                            ("score", .number(o.match.score)), ("distance_km", .optional(o.match.distanceKm)),
                            ("why", .string(o.match.reason(thai: thai))), ("strength", .string(o.match.strength.word)),
                        ])
                    })),
                ])
            })),
        ])
    }

    /// "เวียง" for each area code the matches name.
    static func placeNames(_ matches: [NeedMatch], store: Store, thai: Bool) throws -> [String: String] {
        var names: [String: String] = [:]
        for code in Set(matches.flatMap { [$0.needArea] + $0.offers.map(\.area) }) {
            if let a = try store.areas.area(code) { names[code] = a.name(thai: thai) }
        }
        return names
    }

    static func text(area: Area, _ matches: [NeedMatch], names: [String: String], thai: Bool, demo: Bool) -> [String] {
        let t = Texts(thai: thai)
        var lines: [String] = []
        if matches.isEmpty {
            lines.append(t("ไม่มีความต้องการที่ยังเปิดอยู่ใน", "no open needs in") + " \(area.name(thai: thai)) \(area.code)")
        }
        func place(_ code: String) -> String { [names[code], code].compactMap { $0 }.joined(separator: " ") }
        for m in matches {
            let what = [m.need.category?.label(thai: thai), m.need.description].compactMap { $0 }.joined(separator: ": ")
            lines.append(t("ต้องการ ", "need ") + what + " — " + m.need.elementName + " (" + place(m.needArea) + "; id " + m.need.id + ")")
            if m.offers.isEmpty { lines.append("   " + t("ยังไม่มีผู้ให้ใกล้เคียง", "nobody nearby offers this")) }
            for (i, o) in m.offers.enumerated() {
                lines.append("  \(i + 1). " + String(format: "%.2f", o.match.score) + "  " + o.match.reason(thai: thai))
                var detail = o.offer.elementName + " (" + place(o.area) + ")"
                if let d = o.offer.description { detail += ": " + d }
                if let c = o.contact { detail += " · " + c }
                lines.append("        " + detail + "  (id " + o.offer.id + ")")
            }
        }
        let substance = matches.filter { !$0.isGap }.count
        lines.append(t("ความต้องการ \(NumberText.count(matches.count)) รายการ, \(NumberText.count(substance)) รายการมีผู้ให้ที่ตรงในสาระ", NumberText.count(matches.count, "open need") + ", \(NumberText.count(substance)) with an offer sharing more than the category")
                     + (demo ? " · " + t("ข้อมูลสาธิต (demo data)", "demo data (ข้อมูลสาธิต)") : ""))
        return lines
    }
}
