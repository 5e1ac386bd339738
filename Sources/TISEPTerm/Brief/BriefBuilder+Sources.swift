import EcosystemStore

/// The annex's last section: where every part of the brief comes from and
/// under which licence.
extension BriefBuilder {
    func sources(_ s: AreaSituation, usesBoundaries: Bool, demo: Bool) throws -> BriefSection {
        var facts: [BriefFact] = []
        let indicatorSources = Set(s.indicators.map { "\($0.value.source ?? "—") (\(CalendarDate.year($0.value.year, thai: thai)))" })
        if !indicatorSources.isEmpty {
            facts.append(BriefFact(label: t("ตัวชี้วัด", "Indicators"), value: indicatorSources.sorted().joined(separator: "; ")))
        }
        facts.append(BriefFact(label: t("ภูมิศาสตร์", "Geography"), value: try store.laptop.meta("geography_source")
            ?? "thailand-geodata by Tom Dhanabhon (MIT)"))
        let boundaries = try store.areas.boundarySources()
        facts.append(BriefFact(label: t("ขอบเขตพื้นที่", "Boundaries"), value: usesBoundaries && !boundaries.isEmpty
            ? "Boundaries: " + boundaries.joined(separator: "; ")
            : t("ไม่มีขอบเขต แผนที่วาดจากจุดศูนย์กลางของตำบล", "none loaded: the map is drawn from tambon centroids")))
        if demo {
            facts.append(BriefFact(label: t("องค์กรและผู้ติดต่อ", "Organisations and contacts"),
                                   value: t("ข้อมูลสาธิตที่สร้างขึ้น (demo) ไม่ใช่ข้อมูลจริง", "generated demo data, not real")))
        }
        if let stamp = try store.records.newestStamp() {
            facts.append(BriefFact(label: t("ข้อมูล ณ วันที่", "Data as of"), value: date(stamp.date)))
        }
        facts.append(BriefFact(label: t("จัดทำเมื่อ", "Brief made"), value: date(now) + " (tisep \(CommandLineTool.version))"))
        facts.append(BriefFact(label: t("ผู้ติดต่อส่วนตัว", "Private contacts"), value: includePrivate
            ? t("รวมอยู่ในเอกสารนี้ ห้ามเผยแพร่ต่อ", "included: do not pass this brief on")
            : t("ไม่รวม", "left out")))
        var blocks: [BriefBlock] = [.facts(facts)]
        if demo { blocks.append(.note(demoWarning)) }
        return BriefSection(kind: .sources, number: "", thai: "แหล่งข้อมูลและสัญญาอนุญาต", english: "Sources and licences", blocks: blocks)
    }
}
