import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let costsCommand = Command(
        name: "costs", synopsis: "[--area CODE] [--json]",
        summary: "unit cost per person reached and SROI by delivery type",
        options: [
            OptionSpec(long: "area", value: "CODE", help: "this area and the areas directly below it (default: the country and its provinces)"),
            OptionSpec(long: "json", help: "print one JSON document"),
        ],
        details: """
        For the projects of the area and below, by who delivers them (state,
        civil society, mixed, not recorded): unit cost = total budget ÷ total
        persons reached of the projects that give both; SROI = total outcome
        value ÷ total budget of the projects that give an outcome value. Each
        figure says how many projects stand behind it. A project serving
        several areas counts once, in the smallest area holding all of them.
        See docs/indicators.md, "Unit cost and SROI".
        """,
        run: { inv in
            guard inv.positionals.isEmpty else { throw UsageError(message: "give the area as --area CODE") }
            let store = try inv.openStore()
            let code = try inv.knownArea(in: store)
            let rows = try store.indicators.deliveryCosts(area: code)
            if inv.flag("json") {
                inv.context.print(CostListing.json(rows).serialized)
                return
            }
            for line in try CostListing.text(rows, store: store, thai: inv.thai, width: max(60, MapTerminal.size(inv.context).columns)) {
                inv.context.print(line)
            }
        })
}

/// The outputs of `tisep costs`.
enum CostListing {
    /// CLI.md's keys first, then the counts behind each figure.
    static func json(_ rows: [DeliveryCostRow]) -> JSON {
        .object([("rows", .array(rows.map { r in
            .object([("area", .string(r.area)), ("delivery", .optional(r.delivery?.rawValue)), ("projects", .int(r.projects)),
                     ("budget", .number(r.budget)), ("reached", .int(r.reached)), ("unit_cost", .optional(r.unitCost)),
                     ("outcome_value", .optional(r.outcomeValue)), ("sroi", .optional(r.sroi)),
                     ("costed_projects", .int(r.costedProjects)), ("valued_projects", .int(r.valuedProjects)),
                     ("without_budget", .int(r.withoutBudget)), ("without_reached", .int(r.withoutReached)),
                     ("served_from_above", .int(r.servedFromAbove))])
        }))])
    }

    static func deliveryName(_ d: DeliveryType?, thai: Bool) -> String {
        d.map { thai ? $0.thai : $0.english } ?? (thai ? "ไม่ระบุ" : "not recorded")
    }

    /// "2,000 (2)": baht a person, and the projects behind it; or why there is none.
    static func unitCost(_ r: DeliveryCostRow, thai: Bool) -> String {
        if let cost = r.unitCost { return "\(NumberText.decimal(cost, decimals: 0)) (\(r.costedProjects))" }
        switch r.unitCostGap {
        case .nobodyReached?: return thai ? "ไม่มีผู้ได้รับ" : "nobody reached"
        default: return "—"
        }
    }

    static func sroi(_ r: DeliveryCostRow) -> String {
        r.sroi.map { "\(NumberText.decimal($0, decimals: 2)) (\(r.valuedProjects))" } ?? "—"
    }

    static func text(_ rows: [DeliveryCostRow], store: Store, thai: Bool, width: Int) throws -> [String] {
        guard !rows.isEmpty else {
            return [thai ? "ไม่มีโครงการในพื้นที่นี้ (no projects here); เพิ่มด้วย tisep add project หรือ tisep import-projects"
                         : "no projects here; add them with 'tisep add project' or 'tisep import-projects'"]
        }
        var names: [String: String] = ["": thai ? "ทั้งประเทศ" : "whole country"]
        for code in Set(rows.map(\.area)) where !code.isEmpty { names[code] = try store.areas.area(code)?.name(thai: thai) ?? "" }
        // The budget and reached behind each unit cost when the width allows (and always in --json).
        let wide = width >= 110
        var headers = thai ? ["รหัส", "พื้นที่", "ผู้ดำเนินการ", "โครงการ", "บาทต่อคน", "SROI"]
                           : ["code", "area", "delivery", "projects", "baht a person", "SROI"]
        if wide { headers.insert(contentsOf: thai ? ["งบ (บาท)", "ผู้ได้รับ (คน)"] : ["budget (baht)", "reached"], at: 4) }
        var table: [[String]] = []
        var notes: [String] = []
        for r in rows {
            var why: [String] = []
            if r.withoutBudget > 0 { why.append(thai ? "ไม่มีงบ \(r.withoutBudget) โครงการ" : "\(r.withoutBudget) without a budget") }
            if r.withoutReached > 0 { why.append(thai ? "ไม่รายงานผู้ได้รับ \(r.withoutReached) โครงการ" : "\(r.withoutReached) without persons reached") }
            if r.servedFromAbove > 0 {
                why.append(thai ? "อีก \(r.servedFromAbove) โครงการทำหลายพื้นที่ นับที่ระดับบน" : "\(r.servedFromAbove) more serving several areas, counted above")
            }
            let code = r.area.isEmpty ? "—" : r.area
            if !why.isEmpty { notes.append("  \(code) \(deliveryName(r.delivery, thai: thai)): " + why.joined(separator: "; ")) }
            let costed = r.costedProjects > 0
            var cells = [code, names[r.area] ?? "", deliveryName(r.delivery, thai: thai), NumberText.count(r.projects),
                         unitCost(r, thai: thai), sroi(r)]
            if wide {
                cells.insert(contentsOf: [costed ? NumberText.decimal(r.budget, decimals: 0) : "—", costed ? NumberText.count(r.reached) : "—"], at: 4)
            }
            table.append(cells)
        }
        let numeric = Set(3..<headers.count)
        var out = TextTable.render(headers: headers, rows: table, width: width, rightAligned: numeric, unbroken: numeric.union([0]))
        if !notes.isEmpty {
            out.append("")
            out.append(thai ? "ตัวเลขที่ขาด:" : "left out of the figures:")
            out += notes.flatMap { WrappedText.lines($0, width: width, hang: 4) }
        }
        out.append("")
        var footer: [String] = []
        footer.append(thai
            ? "บาทต่อคน = งบรวม ÷ ผู้ได้รับรวม ของโครงการที่ให้ทั้งสองค่า; SROI = มูลค่าผลลัพธ์รวม ÷ งบรวม ของโครงการที่ประเมินมูลค่าผลลัพธ์; (n) จำนวนโครงการที่อยู่เบื้องหลังตัวเลข"
            : "baht a person = total budget ÷ total reached of the projects giving both; SROI = total outcome value ÷ total budget of the projects valuing their outcomes; (n) the projects behind the figure")
        footer.append(thai
            ? "โครงการที่ทำหลายพื้นที่นับครั้งเดียวในพื้นที่เล็กที่สุดที่ครอบคลุมทุกพื้นที่ของโครงการ (docs/indicators.md)"
            : "a project serving several areas counts once, in the smallest area holding all of them (docs/indicators.md)")
        if try store.indicators.hasDemoProjects() {
            footer.append(thai ? "สาธิต: โครงการและตัวเลขสร้างขึ้น ไม่ใช่ข้อมูลจริง (demo, generated)" : "demo: the projects and their figures are generated, not real data")
        }
        return out + footer.flatMap { WrappedText.lines($0, width: width, hang: 0) }
    }
}
