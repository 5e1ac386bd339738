import EcosystemStore

/// Unit cost and SROI by delivery type (issue 19, seed 002): the rows of
/// `tisep costs --area CODE`, written by the same formatters
/// (`CostListing`), with the projects behind each row and the demo label.
extension BriefBuilder {
    /// Nil when no project is counted in the area or below it: the brief
    /// then says nothing about costs (page 2 lists the projects anyway).
    func costs(_ area: Area) throws -> BriefSection? {
        let rows = try store.indicators.deliveryCosts(area: area.code)
        // Rows that only count projects serving the area from above say
        // nothing here (their figures are the level above's).
        guard rows.contains(where: { $0.projects > 0 }) else { return nil }
        var names: [String: String] = [:]
        for code in Set(rows.map(\.area)) { names[code] = try placeName(code) ?? code }
        let projects = try store.indicators.projectCosts(touching: area.code)
        let projectNames = Dictionary(try store.elements.projects(inArea: area.code, activeOnly: false).map { ($0.id, thai ? $0.nameTH : ($0.nameEN ?? $0.nameTH)) },
                                      uniquingKeysWith: { a, _ in a })
        var table: [[String]] = []
        var behind: [String] = []
        var leftOut: [String] = []
        for r in rows {
            let costed = r.costedProjects > 0
            let delivery = CostListing.deliveryName(r.delivery, thai: thai)
            table.append([names[r.area] ?? r.area, delivery, NumberText.count(r.projects),
                          costed ? NumberText.decimal(r.budget, decimals: 0) : "—", costed ? NumberText.count(r.reached) : "—",
                          CostListing.unitCost(r, thai: thai), CostListing.sroi(r)])
            // The projects counted in this row: their home area is the row's
            // area or inside it (DeliveryCosts.home), and they share its delivery type.
            let counted = projects.filter { $0.delivery == r.delivery && DeliveryCosts.home(of: $0.areas).hasPrefix(r.area) }
                .map { projectNames[$0.id] ?? $0.id }.sorted()
            if !counted.isEmpty { behind.append("\(names[r.area] ?? r.area), \(delivery): " + counted.joined(separator: "; ")) }
            var why: [String] = []
            if r.withoutBudget > 0 { why.append(t("ไม่มีงบ \(r.withoutBudget) โครงการ", "\(r.withoutBudget) without a budget")) }
            if r.withoutReached > 0 { why.append(t("ไม่รายงานผู้ได้รับ \(r.withoutReached) โครงการ", "\(r.withoutReached) without persons reached")) }
            if r.servedFromAbove > 0 {
                why.append(t("อีก \(r.servedFromAbove) โครงการทำหลายพื้นที่ นับที่ระดับบน", "\(r.servedFromAbove) more serving several areas, counted above"))
            }
            if !why.isEmpty { leftOut.append("\(names[r.area] ?? r.area), \(delivery): " + why.joined(separator: "; ")) }
        }
        let headers = [t("พื้นที่", "Area"), t("ผู้ดำเนินการ", "Delivery"), t("โครงการ", "Projects"), t("งบ (บาท)", "Budget (baht)"),
                       t("ผู้ได้รับ (คน)", "Reached"), t("บาทต่อคน", "Baht a person"), "SROI"]
        var blocks: [BriefBlock] = [.table(BriefTable(headers: headers, rows: table, numeric: [2, 3, 4, 5, 6], unbroken: [5, 6]))]
        var notes = [t("บาทต่อคน = งบรวม ÷ ผู้ได้รับรวม ของโครงการที่ให้ทั้งสองค่า; SROI = มูลค่าผลลัพธ์รวม ÷ งบรวม ของโครงการที่ประเมินมูลค่าผลลัพธ์; (n) จำนวนโครงการที่อยู่เบื้องหลังตัวเลข; ตัวเลขเดียวกับ tisep costs --area \(area.code)",
                       "Baht a person = total budget ÷ total reached of the projects giving both; SROI = total outcome value ÷ total budget of the projects valuing their outcomes; (n) the projects behind the figure; the same figures as tisep costs --area \(area.code)")]
        if try store.indicators.hasDemoProjects() {
            notes.append(t("สาธิต: โครงการและตัวเลขสร้างขึ้น ไม่ใช่ข้อมูลจริง", "demo: the projects and their figures are generated, not real data"))
        }
        blocks.append(.note(notes.joined(separator: " · ")))
        if !behind.isEmpty { blocks.append(.items([BriefItem(text: t("โครงการเบื้องหลังตัวเลข", "The projects behind the figures"), details: behind)])) }
        if !leftOut.isEmpty { blocks.append(.items([BriefItem(text: t("ตัวเลขที่ขาด", "Left out of the figures"), details: leftOut)])) }
        return BriefSection(kind: .costs, number: "", thai: "ต้นทุนต่อคนและ SROI", english: "Unit cost and SROI", blocks: blocks)
    }
}
