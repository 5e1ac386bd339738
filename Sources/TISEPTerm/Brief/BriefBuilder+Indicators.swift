import EcosystemStore

/// The indicators: the key table of page 1 and the full table of the annex.
extension BriefBuilder {
    func rank(_ r: (rank: Int, of: Int)?) -> String { r.map { t("\($0.rank) จาก \($0.of)", "\($0.rank) of \($0.of)") } ?? "—" }

    private var noValues: BriefBlock {
        .paragraph(t("ยังไม่มีค่าตัวชี้วัดของพื้นที่นี้ (นำเข้าด้วย tisep import-households หรือ import-indicators)",
                     "No indicator values for this area yet (load them with tisep import-households or import-indicators)."))
    }

    /// A rank with what the intervals allow, in the detail pane's words
    /// (`CountText.distinction`) under a header that names the group:
    /// "3 จาก 10," and on the next line "แยกไม่ออกจากอันดับ 2–5".
    func rankCell(_ r: RankStatement?) -> String {
        guard let r else { return "—" }
        let texts = Texts(thai: thai)
        return rank((r.rank, r.of)) + (CountText.distinction(r, texts).map { ",\n" + $0 } ?? "")
    }

    /// Page 1's rank: "3 จาก 10" and under it the ranks the intervals
    /// allow, "(1–7)", which the note under the table words as the detail
    /// pane does; the annex writes each in full (``rankCell(_:)``). The full
    /// words in every row made page 1 too tall for the gaps.
    func compactRank(_ r: RankStatement?) -> String {
        guard let r else { return "—" }
        return rank((r.rank, r.of)) + (r.isDistinct ? "" : " (\(r.possibleRanks.lowerBound)–\(r.possibleRanks.upperBound))")
    }

    /// A tambon's two ranks on page 1, one line each: in its amphoe, then
    /// in its province (the handout names both).
    func compactRanks(_ r: AreaSituation.RankedValue) -> String {
        compactRank(r.amphoeRank) + "\n" + compactRank(r.provinceRank)
    }

    /// The value, its small-sample mark, and under it its 95 % interval.
    func valueCell(_ r: AreaSituation.RankedValue) -> String {
        let unit = IndicatorUnit(r.definition)
        var text = unit.text(r.value.value, thai: thai) + (r.value.smallSample ? " " + IndicatorFormat.smallSampleMark : "")
        if let interval = r.value.interval { text += "\n" + unit.interval(interval, thai: thai) }
        return text
    }

    /// The years as the sparkline and the last year, and under it the
    /// change since the previous year with a value.
    func yearsCell(_ r: AreaSituation.RankedValue) -> String {
        var text = IndicatorFormat.years(r.trend, thai: thai)
        if text.isEmpty { text = CalendarDate.year(r.value.year, thai: thai) }
        if let change = r.trend.latestChange, change.year == r.value.year {
            text += "\n" + IndicatorFormat.change(change, IndicatorUnit(r.definition), thai: thai, short: true)
        }
        return text
    }

    // MARK: Page 1

    /// Each indicator's latest value with its 95 % interval (or the
    /// small-sample mark), its years (sparkline and change since the
    /// previous year) and its ranks with what the intervals allow.
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
        // A tambon's ranks in its amphoe and its province, an amphoe's in
        // its province, each with the ranks its interval allows in brackets
        // (worded in the note, in full in the annex). Each row is two lines
        // already (value and interval; years and change), so two ranks a
        // row cost no height.
        let level = s.area.level
        section.blocks.append(.table(BriefTable(s.indicators, [
            .init(header: t("ตัวชี้วัด", "Indicator")) { $0.definition.name(thai: self.thai) },
            .init(header: t("ค่า (ช่วง 95%)", "Value (95% interval)"), numeric: true, unbroken: true) { self.valueCell($0) },
            .init(header: t("ปี (เทียบปีก่อน)", "Years (change)"), unbroken: true) { self.yearsCell($0) },
            // A province has nothing to rank in on page 1.
            .init(header: level == .tambon ? t("อันดับในอำเภอ / จังหวัด", "Rank in amphoe / province") : t("อันดับในจังหวัด", "Rank in province"),
                  unbroken: true, shown: level == .tambon || level == .amphoe) {
                level == .tambon ? self.compactRanks($0) : self.compactRank($0.provinceRank)
            },
            .init(header: t("ข้อมูล", "Data"), shown: !allDemo) { $0.value.synthetic ? self.t("สาธิต", "demo") : "" },
        ], keepColumnsInText: true)))
        var notes = [t("อันดับ 1 คือแย่ที่สุดในกลุ่ม", "Rank 1 is the worst of its group")]
        // What "(1–7)" under a rank means, in the detail pane's words, on the first such rank.
        if let r = s.indicators.lazy.compactMap({ level == .tambon ? $0.amphoeRank : $0.provinceRank }).first(where: { !$0.isDistinct }),
           let words = CountText.distinction(r, Texts(thai: thai)) {
            notes.append("(\(r.possibleRanks.lowerBound)–\(r.possibleRanks.upperBound)) " + t("หลังอันดับ: ", "after a rank: ") + words
                         + t(" ตามช่วง 95% (ภาคผนวก)", " by the 95% intervals (annex)"))
        }
        if s.indicators.contains(where: { $0.value.interval != nil }) {
            notes.append(t("ใต้ค่า: ช่วง 95% จากตัวอย่างครัวเรือน", "under the value: its 95% interval from the household sample"))
        }
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
        let level = s.area.level
        section.blocks.append(.table(BriefTable(s.indicators, [
            .init(header: t("ตัวชี้วัด", "Indicator")) { $0.definition.name(thai: self.thai) },
            .init(header: t("ค่า", "Value"), numeric: true) { IndicatorUnit($0.definition).text($0.value.value, thai: self.thai) },
            .init(header: t("ปี", "Year"), unbroken: true) { CalendarDate.year($0.value.year, thai: self.thai) },
            .init(header: t("อันดับในอำเภอ", "Rank in amphoe"), shown: level == .tambon) { self.rankCell($0.amphoeRank) },
            .init(header: t("อันดับในจังหวัด", "Rank in province"), shown: level == .tambon || level == .amphoe) { self.rankCell($0.provinceRank) },
            .init(header: t("ครัวเรือน", "Households"), numeric: true) { $0.value.households.map(NumberText.count) ?? "—" },
            .init(header: t("แหล่งที่มา", "Source")) { $0.value.source ?? "—" },
            .init(header: t("หมายเหตุ", "Notes")) { r in
                ([r.value.smallSample ? IndicatorFormat.smallSampleMark : nil, r.value.synthetic ? self.t("สาธิต", "demo") : nil] as [String?])
                    .compactMap { $0 }.joined(separator: " ")
            },
        ])))
        section.blocks += try yearTable(s)
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

    /// Every year of every indicator: value, 95 % interval, households and
    /// the change since the previous year with a value (issue 19's "table
    /// of the years").
    private func yearTable(_ s: AreaSituation) throws -> [BriefBlock] {
        var blocks: [BriefBlock] = []
        let headers = [t("ปี", "Year"), t("ค่า", "Value"), t("ช่วง 95%", "95% interval"), t("ครัวเรือน", "Households"),
                       t("เทียบปีก่อน", "Change")]
        for r in s.indicators {
            let unit = IndicatorUnit(r.definition)
            var known: [(year: Int, value: Double?)] = []
            var rows: [[String]] = []
            for v in try store.indicators.years(of: r.definition.id, area: s.area.code) {
                known.append((v.year, v.value))
                let change = Trend(known).latestChange.flatMap { $0.year == v.year ? $0 : nil }
                rows.append([CalendarDate.year(v.year, thai: thai),
                             unit.text(v.value, thai: thai) + (v.smallSample ? " " + IndicatorFormat.smallSampleMark : ""),
                             v.interval.map { unit.interval($0, thai: thai) } ?? "—", v.households.map(NumberText.count) ?? "—",
                             change.map { IndicatorFormat.change($0, unit, thai: thai) } ?? "—"])
            }
            guard !rows.isEmpty else { continue }
            blocks += [.subheading(r.definition.name(thai: thai)),
                       .table(BriefTable(headers: headers, rows: rows, numeric: [1, 2, 3, 4], unbroken: [0]))]
        }
        guard !blocks.isEmpty else { return [] }
        return [.subheading(t("ค่าแต่ละปี", "Values by year"))] + blocks + [.note(IndicatorFormat.intervalNote(thai: thai))]
    }
}
