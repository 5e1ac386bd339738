import EcosystemStore

/// The indicators: the key table of page 1 and the full table of the annex.
extension BriefBuilder {
    private func rank(_ r: (rank: Int, of: Int)?) -> String { r.map { t("\($0.rank) จาก \($0.of)", "\($0.rank) of \($0.of)") } ?? "—" }

    private var noValues: BriefBlock {
        .paragraph(t("ยังไม่มีค่าตัวชี้วัดของพื้นที่นี้ (นำเข้าด้วย tisep import-households หรือ import-indicators)",
                     "No indicator values for this area yet (load them with tisep import-households or import-indicators)."))
    }

    // MARK: Page 1

    /// Each indicator's value with its year and ranks, one line each.
    ///
    /// The columns leave room for issue 19 (values per year with 95%
    /// intervals): an interval goes in a column of its own after the value
    /// and the year column already says which year a value is for; the
    /// small-sample mark (`*`, shown today from `smallSample`) follows the
    /// value. The evidence API (`RankDistinction`, `Trend`,
    /// `HouseholdBootstrap`) is not stored yet, so nothing is shown for it.
    func keyIndicators(_ s: AreaSituation) throws -> BriefSection {
        var section = BriefSection(kind: .indicators, number: "", thai: "ตัวชี้วัดหลัก", english: "Key indicators", blocks: [])
        guard !s.indicators.isEmpty else {
            section.blocks = [noValues]
            return section
        }
        // The small-sample mark goes with the value it qualifies; the demo
        // flag in a column of its own, or said once under the table when
        // every value is demo.
        let allDemo = s.indicators.allSatisfy(\.value.synthetic)
        let rows = s.indicators.map { r -> [String] in
            let value = IndicatorUnit(r.definition).text(r.value.value, thai: thai) + (r.value.smallSample ? " " + IndicatorFormat.smallSampleMark : "")
            return [r.definition.name(thai: thai), value, CalendarDate.year(r.value.year, thai: thai),
                    rank(r.rankInAmphoe), rank(r.rankInProvince), r.value.synthetic ? t("สาธิต", "demo") : ""]
        }
        let headers = [t("ตัวชี้วัด", "Indicator"), t("ค่า", "Value"), t("ปี", "Year"),
                       t("อันดับในอำเภอ", "Rank in amphoe"), t("อันดับในจังหวัด", "Rank in province"), t("ข้อมูล", "Data")]
        // An amphoe has no amphoe to rank in; a province neither.
        let level = s.area.level
        let drop = (level == .tambon ? [] : (level == .amphoe ? [3] : [3, 4])) + (allDemo ? [5] : [])
        let keep = headers.indices.filter { !drop.contains($0) }
        section.blocks.append(.table(BriefTable(headers: keep.map { headers[$0] }, rows: rows.map { r in keep.map { r[$0] } },
                                                numeric: [1], unbroken: Set(keep.indices.filter { (2...4).contains(keep[$0]) }),
                                                keepColumnsInText: true)))
        var notes = [t("อันดับ 1 คือแย่ที่สุดในกลุ่ม", "Rank 1 is the worst of its group")]
        if s.indicators.contains(where: \.value.smallSample) { notes.append(IndicatorFormat.smallSampleNote(thai: thai)) }
        if allDemo {
            notes.append(t("ทุกค่าเป็นข้อมูลสาธิต คำนวณจากครัวเรือนที่สร้างขึ้น", "every value is demo data, computed from generated households"))
        } else if s.indicators.contains(where: \.value.synthetic) {
            notes.append(t("สาธิต = คำนวณจากครัวเรือนที่สร้างขึ้น", "demo = computed from generated households"))
        }
        let sources = Set(s.indicators.compactMap(\.value.source))
        if sources.count == 1, let source = sources.first { notes.append(t("แหล่งที่มา: ", "source: ") + source) }
        section.blocks.append(.note(notes.joined(separator: " · ")))
        return section
    }

    // MARK: Annex

    /// Every value with the households behind it, its source, the poverty
    /// line and what the ranks mean.
    func indicatorTables(_ s: AreaSituation) throws -> BriefSection {
        var section = BriefSection(kind: .indicatorTables, number: "", thai: "ตัวชี้วัดและแหล่งที่มา", english: "Indicators and sources", blocks: [])
        guard !s.indicators.isEmpty else {
            section.blocks = [noValues]
            return section
        }
        var rows: [[String]] = []
        for r in s.indicators {
            var notes: [String] = []
            if r.value.smallSample { notes.append(IndicatorFormat.smallSampleMark) }
            if r.value.synthetic { notes.append(t("สาธิต", "demo")) }
            rows.append([r.definition.name(thai: thai), IndicatorUnit(r.definition).text(r.value.value, thai: thai),
                         CalendarDate.year(r.value.year, thai: thai), rank(r.rankInAmphoe), rank(r.rankInProvince),
                         r.value.households.map(NumberText.count) ?? "—", r.value.source ?? "—", notes.joined(separator: " ")])
        }
        let headers = [t("ตัวชี้วัด", "Indicator"), t("ค่า", "Value"), t("ปี", "Year"), t("อันดับในอำเภอ", "Rank in amphoe"),
                       t("อันดับในจังหวัด", "Rank in province"), t("ครัวเรือน", "Households"), t("แหล่งที่มา", "Source"), t("หมายเหตุ", "Notes")]
        let level = s.area.level
        let drop = level == .tambon ? [] : (level == .amphoe ? [3] : [3, 4])
        let keep = headers.indices.filter { !drop.contains($0) }
        section.blocks.append(.table(BriefTable(headers: keep.map { headers[$0] }, rows: rows.map { r in keep.map { r[$0] } },
                                                numeric: Set([1, 5].compactMap { keep.firstIndex(of: $0) }),
                                                unbroken: Set([2, 3, 4].compactMap { keep.firstIndex(of: $0) }))))
        section.blocks.append(.note(t("อันดับ 1 คือแย่ที่สุดในกลุ่ม (เหลื่อมล้ำหรือยากจนมากที่สุด รายได้ต่ำที่สุด)",
                                      "Rank 1 is the worst of its group (most unequal or poor, lowest income).")))
        if let poverty = s.indicators.first(where: { $0.value.indicator == "poverty_headcount" }) {
            let line = try store.indicators.povertyLine(for: poverty.value)
            section.blocks.append(.note(IndicatorFormat.povertyLineNote(line, thai: thai)))
        }
        if s.indicators.contains(where: \.value.smallSample) { section.blocks.append(.note(IndicatorFormat.smallSampleNote(thai: thai))) }
        if s.indicators.contains(where: \.value.synthetic) {
            section.blocks.append(.note(t("สาธิต: คำนวณจากข้อมูลครัวเรือนที่สร้างขึ้น ไม่ใช่ข้อมูลจริง", "demo: computed from generated households, not real data")))
        }
        return section
    }
}
