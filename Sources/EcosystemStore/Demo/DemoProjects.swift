/// Projects that join elements across levels, the way seed 002 describes
/// the work: a lead, partners, the tambons served, a target group.
struct DemoProjectBuilder {
    let w: DemoWriter
    var g: DemoRandom

    init(writer: DemoWriter, province: String) {
        w = writer
        g = DemoRandom(seed: writer.seed, key: "projects/" + province)
    }

    /// Start, end (ISO) and the status they imply for a demo set in 2025.
    private mutating func schedule() -> (start: String, end: String, status: ProjectStatus) {
        let startYear = g.int(2023...2025), startMonth = g.int(1...12)
        let months = g.int(12...36)
        let endIndex = startYear * 12 + startMonth - 1 + months - 1
        let endYear = endIndex / 12, endMonth = endIndex % 12 + 1
        let lastDay = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][endMonth - 1]
        let status: ProjectStatus = endYear < 2025 ? .done : (startYear == 2025 && startMonth > 6 ? .planned : .active)
        return (iso(startYear, startMonth, 1), iso(endYear, endMonth, lastDay), status)
    }

    private func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    private mutating func project(key: String, th: String, en: String, lead: String, partners: [String], areas: [String],
                                  targets: [TargetGroup], budget: ClosedRange<Int>, cost: DemoProjectCost,
                                  description: String) throws {
        let s = schedule()
        let baht = g.int(budget) * 10_000
        var values: [String: String?] = [
            "name_th": th, "name_en": en, "lead": lead, "partners": DemoWriter.list(partners.filter { $0 != lead }),
            "area": DemoWriter.list(areas), "target_groups": DemoWriter.list(targets.map(\.rawValue)),
            "status": s.status.rawValue, "budget": String(baht), "start": s.start, "end": s.end,
            "description": description,
        ]
        // From a stream of their own, so the projects' other fields stay as they were.
        var figures = DemoRandom(seed: w.seed, key: "project-figures/" + key)
        values.merge(cost.figures(budget: Double(baht), status: s.status, random: &figures)) { $1 }
        try w.write(.project, key: "project/" + key, values)
    }

    /// About half the amphoes run a time bank or a community long-term-care project.
    mutating func amphoe(_ place: DemoPlace, _ a: DemoAmphoeElements, tambons: [DemoTambonElements]) throws {
        guard !tambons.isEmpty, g.chance(0.55) else { return }
        let chosen = g.sample(tambons, count: g.int(2...4))
        let areas = chosen.map(\.tambon)
        if g.chance(0.5) {
            try project(key: "\(a.amphoe)/time-bank", th: "ธนาคารเวลาเพื่อผู้สูงอายุอำเภอ\(place.aTH)",
                        en: "\(place.amphoe.nameEN) time bank for older people", lead: a.office,
                        partners: chosen.compactMap(\.elderlyClub) + chosen.map(\.lao), areas: areas, targets: [.poorElderly],
                        budget: 15...80, cost: DemoProjectCost(delivery: [.civilSociety, .mixed], perPerson: 1_200...3_000, sroi: 1.8...4.0),
                        description: "อาสาสมัครสะสมชั่วโมงการดูแลผู้สูงอายุไว้แลกเป็นความช่วยเหลือเมื่อตนเองต้องการ")
        } else {
            try project(key: "\(a.amphoe)/ltc", th: "ดูแลผู้สูงอายุติดบ้านติดเตียงโดยชุมชน อำเภอ\(place.aTH)",
                        en: "\(place.amphoe.nameEN) community long-term care", lead: a.hospital,
                        partners: chosen.compactMap(\.healthCentre) + chosen.compactMap(\.volunteers), areas: areas,
                        targets: [.poorElderly, .disabled], budget: 20...120,
                        cost: DemoProjectCost(delivery: [.state, .mixed], perPerson: 4_000...11_000, sroi: 1.2...3.0),
                        description: "ทีมหมอครอบครัว รพ.สต. และ อสม. เยี่ยมบ้านผู้สูงอายุที่มีภาวะพึ่งพิงตามแผนการดูแลรายบุคคล")
        }
    }

    mutating func province(_ prov: Area, profile: DemoProvinceProfile, _ p: DemoProvinceElements, amphoes: [DemoAmphoeElements],
                           tambons: [DemoTambonElements], stateless: [String], national: DemoNationalElements) throws {
        let pTH = prov.nameTH, pEN = prov.nameEN
        let women = tambons.filter { $0.womensGroup != nil }
        if !women.isEmpty, profile.southernBorder || g.chance(0.5) {
            let chosen = g.sample(women, count: g.int(3...8))
            try project(key: "\(prov.code)/violence", th: "ศูนย์ช่วยเหลือผู้ถูกกระทำความรุนแรงในครอบครัวจังหวัด\(pTH)",
                        en: "\(pEN) domestic violence support centre", lead: p.socialDevelopment,
                        partners: chosen.compactMap(\.womensGroup) + [p.network] + (profile.southernBorder ? [national.sbpac].compactMap { $0 } : []),
                        areas: chosen.map(\.tambon), targets: [.womenViolence], budget: 30...150,
                        cost: DemoProjectCost(delivery: [.state, .mixed], perPerson: 6_000...16_000, sroi: 1.5...3.5),
                        description: "กลุ่มสตรีในตำบลรับเรื่องและดูแลเบื้องต้น ส่งต่อศูนย์พึ่งได้และ พมจ. พร้อมติดตามจนปลอดภัย")
        }
        if stateless.count >= 2 {
            let areas = g.sample(stateless, count: 8)
            let offices = amphoes.filter { a in areas.contains { $0.hasPrefix(a.amphoe) } }.map(\.office)
            try project(key: "\(prov.code)/status", th: "การพิสูจน์สถานะบุคคลและสิทธิขั้นพื้นฐาน จังหวัด\(pTH)",
                        en: "\(pEN) legal status and basic rights for stateless people", lead: p.network,
                        partners: offices + [p.university, national.sbpac].compactMap { $0 }, areas: areas,
                        targets: [.stateless], budget: 20...90,
                        cost: DemoProjectCost(delivery: [.civilSociety], perPerson: 1_500...5_000, sroi: 2.0...5.0),
                        description: "ค้นหาผู้ไม่มีสถานะทางทะเบียน ช่วยรวบรวมหลักฐาน และประสานอำเภอให้ได้รับการพิสูจน์สถานะและสิทธิรักษาพยาบาล")
        }
        if g.chance(0.6), !tambons.isEmpty {
            let chosen = g.sample(tambons, count: g.int(3...5))
            try project(key: "\(prov.code)/healthy-tambon", th: "ตำบลสุขภาวะจังหวัด\(pTH)", en: "\(pEN) healthy tambons",
                        lead: national.thaiHealth, partners: chosen.map(\.lao) + chosen.compactMap(\.council), areas: chosen.map(\.tambon),
                        targets: [.poorElderly, .childrenYouth], budget: 10...40,
                        cost: DemoProjectCost(delivery: [.mixed, .civilSociety], perPerson: 300...1_200, sroi: 1.5...3.5),
                        description: "ท้องถิ่นและสภาองค์กรชุมชนร่วมทำแผนสุขภาวะจากข้อมูลของตำบลเอง")
        }
        let councils = tambons.filter { $0.council != nil }
        if g.chance(0.5), !councils.isEmpty {
            let chosen = g.sample(councils, count: g.int(2...4))
            try project(key: "\(prov.code)/housing", th: "บ้านมั่นคงชนบทจังหวัด\(pTH)", en: "\(pEN) Baan Mankong rural housing",
                        lead: national.codi, partners: chosen.compactMap(\.council) + [p.provincialAdministration], areas: chosen.map(\.tambon),
                        targets: [.poorElderly], budget: 50...300,
                        cost: DemoProjectCost(delivery: [.civilSociety, .mixed], perPerson: 25_000...80_000, sroi: 1.1...2.2),
                        description: "ซ่อมและสร้างบ้านให้ครัวเรือนผู้สูงอายุยากจนโดยสภาองค์กรชุมชนเป็นผู้จัดการ")
        }
    }
}

/// How a kind of demo project delivers: who runs it, what a person reached
/// costs, what its outcomes are worth per baht. The figures are invented
/// for the demo (labelled demo like every demo record), within ranges that
/// keep unit costs of a few hundred to tens of thousands of baht a person
/// and SROI ratios of 1–5, as Thai SROI studies of community projects report.
struct DemoProjectCost {
    /// Who may deliver it, the first most often.
    let delivery: [DeliveryType]
    /// Baht per person the project means to reach.
    let perPerson: ClosedRange<Int>
    /// Outcome value per baht spent, for the projects that value their outcomes.
    let sroi: ClosedRange<Double>

    /// `targeted`, `reached`, `delivery` and `outcome_value` of one project:
    /// a planned one has reached nobody yet (not reported); an active one
    /// part of its target; a finished one most of it, sometimes more. About
    /// half of the active and finished ones value their outcomes; one in
    /// ten reports no count of persons reached (so the figures say how
    /// many projects they stand on).
    func figures(budget: Double, status: ProjectStatus, random g: inout DemoRandom) -> [String: String?] {
        let who = delivery.count > 1 && g.chance(0.3) ? delivery[1] : delivery[0]
        // Civil society reaches people for less; mixed delivery in between (seed 002's question).
        let factor = who == .civilSociety ? 0.75 : who == .mixed ? 0.9 : 1.0
        let cost = Double(g.int(perPerson)) * factor
        let targeted = max(5, Int(budget / cost))
        var reached: Int?
        switch status {
        case .planned, .suspended: reached = nil
        case .active: reached = Int(Double(targeted) * (0.3 + 0.5 * g.unit()))
        case .done: reached = Int(Double(targeted) * (0.7 + 0.4 * g.unit()))
        }
        if reached != nil, g.chance(0.1) { reached = nil }
        var outcome: Double?
        if status == .active || status == .done, g.chance(0.5) {
            let ratio = sroi.lowerBound + (sroi.upperBound - sroi.lowerBound) * g.unit()
            outcome = (budget * ratio / 1_000).rounded() * 1_000
        }
        return ["targeted": String(targeted), "reached": reached.map(String.init), "delivery": who.rawValue,
                "outcome_value": outcome.map { String(Int($0)) }]
    }
}
