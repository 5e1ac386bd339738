import Foundation
import AsciiMap
import EcosystemStore

/// Gathers the facts of one area's brief from the store (see ``Brief``).
struct BriefBuilder {
    let store: Store
    let thai: Bool
    let includePrivate: Bool
    /// When the brief is made; passed in so that a brief can be reproduced.
    let now: Date

    /// The interface language's wording of a phrase.
    func t(_ th: String, _ en: String) -> String { thai ? th : en }

    /// The brief of a tambon or amphoe (a province gives a province brief
    /// on the same plan); nil when there is no such area.
    func build(_ code: String) throws -> Brief? {
        guard let situation = try store.elements.situation(of: AreaCode.bare(code)) else { return nil }
        let area = situation.area
        let demo = try store.laptop.isDemoDataSet()
        var subtitle = [situation.path.reversed().map { "\($0.nameTH) (\($0.nameEN))" }.joined(separator: " · ") + " — \(area.code)"]
        if demo {
            subtitle.append(t("ข้อมูลสาธิต: องค์กร บุคคล และตัวเลขในเอกสารนี้สร้างขึ้นเพื่อทดลองใช้ ไม่ใช่ข้อมูลจริง",
                              "DEMO DATA: the organisations, people and figures in this brief are generated for trying tisep out, not real"))
        }
        let map = try self.map(area)
        var sections = [
            try where_(area, path: situation.path),
            try indicators(situation),
            map.section,
            try who(situation),
        ]
        let resources = try self.resources(area)
        sections.append(resources.section)
        sections.append(gaps(situation, matches: resources.matches))
        sections.append(projects(situation))
        if let log = try log(area) { sections.append(log) }
        sections.append(try sources(situation, usesBoundaries: map.usesBoundaries, demo: demo))
        return Brief(title: t("สรุปข้อมูล\(area.level.thai)\(area.nameTH)", "\(area.level.name.capitalized) brief: \(area.name(thai: false))")
                         + (thai ? " / \(area.level.name.capitalized) brief: \(area.name(thai: false))" : ""),
                     subtitle: subtitle, sections: sections)
    }

    // MARK: 1. Where

    func where_(_ area: Area, path: [Area]) throws -> BriefSection {
        var facts: [BriefFact] = []
        for a in path.reversed() {
            facts.append(BriefFact(label: t(a.level.thai, a.level.name.capitalized), value: "\(a.nameTH) (\(a.nameEN))"))
        }
        facts.append(BriefFact(label: t("รหัสพื้นที่", "Geocode"), value: "\(area.code) (TH\(area.code))"))
        let postal = try area.postalCode.map { [$0] } ?? postalCodes(below: area.code)
        facts.append(BriefFact(label: t("รหัสไปรษณีย์", "Postal code"), value: postal.isEmpty ? "—" : postal.joined(separator: ", ")))
        return BriefSection(thai: "ที่ตั้ง", english: "Where", blocks: [.facts(facts)])
    }

    private func postalCodes(below code: String) throws -> [String] {
        let tambons = try store.areas.list(level: .tambon, inside: code)
        return Array(Set(tambons.compactMap(\.postalCode))).sorted()
    }

    // MARK: 2. Indicators

    func indicators(_ s: AreaSituation) throws -> BriefSection {
        guard !s.indicators.isEmpty else {
            return BriefSection(thai: "ตัวชี้วัด", english: "Indicators", blocks: [
                .paragraph(t("ยังไม่มีค่าตัวชี้วัดของพื้นที่นี้ (นำเข้าด้วย tisep import-households หรือ import-indicators)",
                             "No indicator values for this area yet (load them with tisep import-households or import-indicators)")),
            ])
        }
        func rank(_ r: (rank: Int, of: Int)?) -> String { r.map { t("\($0.rank) จาก \($0.of)", "\($0.rank) of \($0.of)") } ?? "—" }
        var rows: [[String]] = []
        var blocks: [BriefBlock] = []
        let sources = Set(s.indicators.map { $0.value.source ?? "—" })
        for r in s.indicators {
            var notes: [String] = []
            if let n = r.value.households.map(NumberText.count) { notes.append(t("\(n) ครัวเรือน", "\(n) households")) }
            if r.value.smallSample { notes.append(IndicatorFormat.smallSampleMark) }
            if r.value.synthetic { notes.append(t("สาธิต", "demo")) }
            var row = [r.definition.name(thai: thai), IndicatorUnit(r.definition).text(r.value.value, thai: thai),
                       CalendarDate.year(r.value.year, thai: thai), rank(r.rankInAmphoe), rank(r.rankInProvince)]
            if sources.count > 1 { row.append(r.value.source ?? "—") }
            rows.append(row + [notes.joined(separator: ", ")])
        }
        var headers = [t("ตัวชี้วัด", "Indicator"), t("ค่า", "Value"), t("ปี", "Year"),
                       t("อันดับในอำเภอ", "Rank in amphoe"), t("อันดับในจังหวัด", "Rank in province")]
        if sources.count > 1 { headers.append(t("แหล่งที่มา", "Source")) }
        blocks.append(.table(BriefTable(headers: headers + [t("หมายเหตุ", "Notes")], rows: rows, numeric: [1], keepColumnsInText: true)))
        if sources.count == 1, let source = sources.first { blocks.append(.note(t("แหล่งที่มา: ", "Source: ") + source)) }
        blocks.append(.note(t("อันดับ 1 คือแย่ที่สุดในกลุ่ม (เหลื่อมล้ำหรือยากจนมากที่สุด รายได้ต่ำที่สุด)",
                              "Rank 1 is the worst of its group (most unequal or poor, lowest income).")))
        if let poverty = s.indicators.first(where: { $0.value.indicator == "poverty_headcount" }) {
            let line = try store.indicators.povertyLine(for: poverty.value)
            blocks.append(.note(IndicatorFormat.povertyLineNote(line, thai: thai)))
        }
        if s.indicators.contains(where: \.value.smallSample) { blocks.append(.note(IndicatorFormat.smallSampleNote(thai: thai))) }
        if s.indicators.contains(where: \.value.synthetic) {
            blocks.append(.note(t("สาธิต: คำนวณจากข้อมูลครัวเรือนที่สร้างขึ้น ไม่ใช่ข้อมูลจริง", "demo: computed from generated households, not real data")))
        }
        return BriefSection(thai: "ตัวชี้วัด", english: "Indicators", blocks: blocks)
    }

    // MARK: 3. Map

    /// The amphoe's tambons with this tambon outlined and always named (an
    /// amphoe: the province's amphoes), coloured by S90/S10 in the glyph
    /// ramp, as `tisep map` prints them: names where they fit, numbers and
    /// a key for the rest.
    func map(_ area: Area) throws -> (section: BriefSection, usesBoundaries: Bool) {
        let scope = AreaCode.parent(of: area.code)
        let heading = (thai: "แผนที่", english: "Map")
        let data = try MapSource(store: store).load(scope: scope, level: area.level, indicator: "s90s10", thai: thai)
        guard !data.codes.isEmpty else {
            return (BriefSection(thai: heading.thai, english: heading.english,
                                 blocks: [.paragraph(t("ไม่มีขอบเขตหรือจุดศูนย์กลางพื้นที่ให้วาดแผนที่", "No boundaries or centroids to draw a map from."))]),
                    false)
        }
        let id = data.codes.firstIndex(of: area.code).map(Int32.init)
        let printed = PrintedMap(data: data, method: .quantile, classes: 5, colorMode: .none, charset: .unicode,
                                 width: BriefBuilder.mapWidth, height: BriefBuilder.mapHeight, labels: .auto,
                                 selection: MapSelection(area: id), named: id)
        let parent = try scope.flatMap { try store.areas.area($0) }
        let where_ = parent.map { "\($0.level.thai)\($0.nameTH)" } ?? ""
        let caption = t("\(area.level.thai)ในเขต\(where_) ระบายตามสัดส่วนรายได้ S90/S10 (ยิ่งเข้มยิ่งเหลื่อมล้ำ) พื้นที่ที่ใส่ชื่อไม่พอแสดงเป็นหมายเลข ดูรายชื่อใต้แผนที่",
                        "The \(area.level.name)s of \(parent?.nameEN ?? "the area") shaded by S90/S10 (darker is more unequal); names that do not fit are numbered, with the key below")
        return (BriefSection(thai: heading.thai, english: heading.english,
                             blocks: [.paragraph(caption), .preformatted(printed.lines(colorMode: .none))]),
                data.usesBoundaries)
    }

    static let mapWidth = 64
    /// The map's own rows; the legend and the key follow.
    static let mapHeight = 18

    // MARK: 8. Sources

    func sources(_ s: AreaSituation, usesBoundaries: Bool, demo: Bool) throws -> BriefSection {
        var facts: [BriefFact] = []
        let indicatorSources = Set(s.indicators.map { "\($0.value.source ?? "—") (\(CalendarDate.year($0.value.year, thai: thai)))" })
        if !indicatorSources.isEmpty {
            facts.append(BriefFact(label: t("ตัวชี้วัด", "Indicators"), value: indicatorSources.sorted().joined(separator: "; ")))
        }
        if let geography = try store.laptop.meta("geography_source") {
            facts.append(BriefFact(label: t("ภูมิศาสตร์", "Geography"), value: geography))
        }
        let boundaries = try store.areas.boundarySources()
        facts.append(BriefFact(label: t("ขอบเขตพื้นที่", "Boundaries"), value: usesBoundaries && !boundaries.isEmpty
            ? "Boundaries: " + boundaries.joined(separator: "; ")
            : t("ไม่มีขอบเขต แผนที่วาดจากจุดศูนย์กลางของตำบล", "none loaded: the map is drawn from tambon centroids")))
        if demo {
            facts.append(BriefFact(label: t("องค์กรและผู้ติดต่อ", "Organisations and contacts"),
                                   value: t("ข้อมูลสาธิตที่สร้างขึ้น (demo)", "generated demo data")))
        }
        if let stamp = try store.records.newestStamp() {
            facts.append(BriefFact(label: t("ข้อมูล ณ วันที่", "Data as of"), value: date(stamp.date)))
        }
        facts.append(BriefFact(label: t("จัดทำเมื่อ", "Brief made"), value: date(now) + " (tisep \(CommandLineTool.version))"))
        facts.append(BriefFact(label: t("ผู้ติดต่อส่วนตัว", "Private contacts"), value: includePrivate
            ? t("รวมอยู่ในเอกสารนี้ ห้ามเผยแพร่ต่อ", "included: do not pass this brief on")
            : t("ไม่รวม", "left out")))
        return BriefSection(thai: "แหล่งข้อมูล", english: "Sources", blocks: [.facts(facts)])
    }

    /// A day as the interface shows it: "2 พ.ย. 2568" in Thai, "2 Nov 2025" in English (Thai time).
    func date(_ date: Date) -> String { CalendarDate.display(date, thai: thai) }
}
