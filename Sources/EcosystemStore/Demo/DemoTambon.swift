/// The elements of one tambon that projects and counts refer to.
struct DemoTambonElements {
    var tambon: String
    var lao = ""
    var healthCentre: String?
    var elderlyClub: String?
    var volunteers: String?
    var womensGroup: String?
    var council: String?
    var enterprises: [String] = []
}

/// Where an element is: the names every Thai name and sentence is built from.
struct DemoPlace {
    let province: Area
    let amphoe: Area
    let profile: DemoProvinceProfile

    var pTH: String { province.nameTH }
    var aTH: String { amphoe.nameTH }
    /// The hospital of a Mueang amphoe is the province's own hospital.
    var isMueang: Bool { amphoe.code.hasSuffix("01") }
}

/// A tambon's own ecosystem: local government, health centre, community
/// organisations, funds, plans and assets. Not every tambon has every kind;
/// which it has is drawn from the tambon's own random stream.
struct DemoTambonBuilder {
    let place: DemoPlace
    let tambon: Area
    let w: DemoWriter
    var g: DemoRandom

    init(place: DemoPlace, tambon: Area, writer: DemoWriter) {
        self.place = place
        self.tambon = tambon
        self.w = writer
        self.g = DemoRandom(seed: writer.seed, key: "tambon/" + tambon.code)
    }

    private var t: String { tambon.nameTH }
    private var tEN: String { tambon.nameEN.isEmpty ? tambon.code : tambon.nameEN }
    private var code: String { tambon.code }
    private var slug: String { DemoContactDetails.slug(tambon.nameEN, fallback: "t" + tambon.code) }
    private var whereTH: String { "ตำบล\(t) อำเภอ\(place.aTH) จังหวัด\(place.pTH)" }

    /// The words of the resource `key` (`DemoNeedsOffers`), from its own stream.
    private func words(_ slot: [String], _ key: String, _ fill: [String: String] = [:]) -> String {
        DemoNeedsOffers.text(slot, key: key, seed: w.seed, fill.merging(["t": t, "a": place.aTH]) { a, _ in a })
    }

    mutating func build() throws -> DemoTambonElements {
        var out = DemoTambonElements(tambon: code)
        out.lao = try localGovernment()
        if g.chance(0.9) { out.healthCentre = try healthCentre() }
        if g.chance(0.8) { out.council = try council() }
        if g.chance(0.7) { try welfareFund() }
        if g.chance(0.85) { out.elderlyClub = try elderlyClub() }
        if g.chance(0.8) { out.volunteers = try volunteerNetwork() }
        if g.chance(place.profile.southernBorder ? 0.8 : 0.45) { out.womensGroup = try womensGroup() }
        if g.chance(0.7) { try childCentre() }
        for i in 0..<g.weighted([0.3, 0.5, 0.2]) { out.enterprises.append(try enterprise(i)) }
        try plans()
        try assets()
        return out
    }

    /// Adds one or two contacts with invented names and mobiles.
    mutating func contacts(_ entity: String, key: String, positions: [String], line: String? = nil, female: Bool? = nil) throws {
        let n = positions.count > 1 && g.chance(0.5) ? 2 : 1
        for i in 0..<n {
            let email = g.chance(0.4) ? DemoContactDetails.email("\(key.replacingOccurrences(of: "/", with: "."))\(i + 1)") : nil
            try w.contact(entity: entity, key: "\(key)/\(i)", name: DemoNames.person(&g, profile: place.profile, female: female),
                          position: positions[i], phone: DemoContactDetails.mobile(&g), email: email,
                          lineID: i == 0 ? line : nil, isPrivate: i > 0 || g.chance(0.25))
        }
    }

    private mutating func localGovernment() throws -> String {
        let municipality = g.chance(0.22)
        let name = municipality ? "เทศบาลตำบล\(t)" : "อบต.\(t)"
        let full = municipality ? "เทศบาลตำบล\(t)" : "องค์การบริหารส่วนตำบล\(t)"
        let id = try w.element(DemoElement(
            key: "\(code)/lao", nameTH: name, nameEN: municipality ? "\(tEN) Subdistrict Municipality" : "\(tEN) Subdistrict Administrative Organization",
            p4: .player, role: .policyMaker, sector: .local, areas: [code],
            description: "\(full) \(whereTH) ดูแลบริการสาธารณะ เบี้ยยังชีพผู้สูงอายุและคนพิการ และจัดทำแผนพัฒนาท้องถิ่นของตำบล",
            targets: [.poorElderly, .disabled], issues: [.socialSecurity, .socialPower],
            phone: DemoContactDetails.landline(&g, profile: place.profile), email: DemoContactDetails.email("saraban.\(slug).\(code)"),
            lineID: "@\(slug)-\(municipality ? "muni" : "sao")"))
        let head = municipality ? "นายกเทศมนตรีตำบล\(t)" : "นายก อบต.\(t)"
        try contacts(id, key: "\(code)/lao", positions: [head, municipality ? "ปลัดเทศบาล" : "ปลัด อบต.", "นักพัฒนาชุมชน"])
        try w.resource(entity: id, key: "\(code)/lao/venue", .offer, .venue,
                       words(DemoNeedsOffers.laoVenue, "\(code)/lao/venue", ["name": name]), quantity: "1 ห้อง \(g.int(4...12) * 10) ที่นั่ง", area: code)
        try w.resource(entity: id, key: "\(code)/lao/funding", .offer, .funding,
                       words(DemoNeedsOffers.laoFunding, "\(code)/lao/funding"), quantity: "\(g.int(3...15) * 10_000) บาท/ปี",
                       area: code, period: "ปีงบประมาณ 2568")
        if g.chance(0.6) {
            try w.resource(entity: id, key: "\(code)/lao/data", .need, .data,
                           words(DemoNeedsOffers.laoDataNeed, "\(code)/lao/data"), quantity: "ทุกหมู่บ้านในตำบล", area: code)
        }
        return id
    }

    private mutating func healthCentre() throws -> String {
        let id = try w.element(DemoElement(
            key: "\(code)/hph", nameTH: "โรงพยาบาลส่งเสริมสุขภาพตำบล\(t)", nameEN: "\(tEN) Health Promoting Hospital",
            p4: .player, role: .implementer, sector: .local, areas: [code],
            description: "รพ.สต.\(t) ให้บริการปฐมภูมิ เยี่ยมบ้านผู้ป่วยติดเตียง และคัดกรองสุขภาพผู้สูงอายุใน\(whereTH)",
            targets: [.poorElderly, .disabled], issues: [.socialSecurity],
            phone: DemoContactDetails.landline(&g, profile: place.profile), lineID: "@\(slug)-hph"))
        try contacts(id, key: "\(code)/hph", positions: ["ผู้อำนวยการ รพ.สต.\(t)", "พยาบาลวิชาชีพ"])
        try w.resource(entity: id, key: "\(code)/hph/care", .offer, .care,
                       words(DemoNeedsOffers.healthCentreCare, "\(code)/hph/care"), quantity: "\(g.int(8...40)) ราย/เดือน", area: code)
        try w.resource(entity: id, key: "\(code)/hph/referral", .offer, .referral,
                       "ส่งต่อผู้ป่วยไปโรงพยาบาลอำเภอ\(place.aTH)", quantity: "ตลอด 24 ชั่วโมง", area: code)
        if g.chance(0.6) {
            try w.resource(entity: id, key: "\(code)/hph/equipment", .need, .equipment,
                           words(DemoNeedsOffers.healthCentreEquipmentNeed, "\(code)/hph/equipment"), quantity: "\(g.int(2...8)) ชุด", area: code)
        }
        return id
    }

    private mutating func council() throws -> String {
        let id = try w.element(DemoElement(
            key: "\(code)/council", nameTH: "สภาองค์กรชุมชนตำบล\(t)", nameEN: "\(tEN) Community Organizations Council",
            p4: .platform, sector: .community, level: .coordinating, areas: [code],
            description: "เวทีขององค์กรชุมชนใน\(whereTH) ที่ร่วมกันเสนอแผนและประสานความช่วยเหลือกับ อบต. และหน่วยงานรัฐ",
            issues: [.socialPower]))
        if g.chance(0.5) {
            try w.resource(entity: id, key: "\(code)/council/knowledge", .need, .knowledge,
                           words(DemoNeedsOffers.councilKnowledgeNeed, "\(code)/council/knowledge"), quantity: "\(g.int(15...40)) คน", area: code)
        }
        return id
    }

    private mutating func welfareFund() throws {
        let members = g.int(120...900)
        let id = try w.element(DemoElement(
            key: "\(code)/welfare-fund", nameTH: "กองทุนสวัสดิการชุมชนตำบล\(t)", nameEN: "\(tEN) Community Welfare Fund",
            p4: .asset, sector: .community, areas: [code],
            description: "กองทุนออมวันละบาทของชาวตำบล\(t) สมาชิก \(members) คน จ่ายสวัสดิการเกิด แก่ เจ็บ ตาย",
            targets: [.poorElderly], issues: [.socialSecurity, .grassrootsEconomy]))
        try w.resource(entity: id, key: "\(code)/welfare-fund/funding", .offer, .funding,
                       words(DemoNeedsOffers.welfareFundOffer, "\(code)/welfare-fund/funding"), quantity: "\(g.int(5...30) * 100) บาท/ราย", area: code)
    }

    private mutating func elderlyClub() throws -> String {
        let id = try w.element(DemoElement(
            key: "\(code)/elderly-club", nameTH: "ชมรมผู้สูงอายุตำบล\(t)", nameEN: "\(tEN) Elderly Club",
            p4: .player, role: .implementer, sector: .community, level: .operational, areas: [code],
            description: "ชมรมผู้สูงอายุตำบล\(t) จัดโรงเรียนผู้สูงอายุ เยี่ยมเพื่อนผู้สูงอายุที่อยู่ลำพัง และช่วยหาผู้สูงอายุที่ยังไม่ได้รับสิทธิ",
            targets: [.poorElderly], issues: [.socialPower, .socialSecurity],
            lineID: "@\(slug)-elderly"))
        try contacts(id, key: "\(code)/elderly-club", positions: ["ประธานชมรมผู้สูงอายุ", "เลขานุการชมรม"])
        if g.chance(0.5) {
            try w.resource(entity: id, key: "\(code)/elderly-club/volunteers", .need, .volunteers,
                           words(DemoNeedsOffers.elderlyClubVolunteersNeed, "\(code)/elderly-club/volunteers"), quantity: "\(g.int(5...20)) คน", area: code)
        } else {
            try w.resource(entity: id, key: "\(code)/elderly-club/funding", .need, .funding,
                           words(DemoNeedsOffers.elderlyClubFundingNeed, "\(code)/elderly-club/funding"), quantity: "\(g.int(2...10) * 10_000) บาท", area: code, period: "ปี 2568")
        }
        if g.chance(0.4) {
            try w.resource(entity: id, key: "\(code)/elderly-club/knowledge", .offer, .knowledge,
                           words(DemoNeedsOffers.elderlyClubKnowledgeOffer, "\(code)/elderly-club/knowledge"), quantity: "เดือนละ 2 ครั้ง", area: code)
        }
        return id
    }

    private mutating func volunteerNetwork() throws -> String {
        let people = g.int(25...140)
        let id = try w.element(DemoElement(
            key: "\(code)/vhv", nameTH: "เครือข่าย อสม. ตำบล\(t)", nameEN: "\(tEN) Village Health Volunteers Network",
            p4: .player, role: .connector, sector: .community, level: .operational, areas: [code],
            description: "อาสาสมัครสาธารณสุขประจำหมู่บ้าน \(people) คนใน\(whereTH) เชื่อมครัวเรือนกับ รพ.สต. และ อบต.",
            targets: [.poorElderly, .disabled], issues: [.socialSecurity, .socialPower]))
        try contacts(id, key: "\(code)/vhv", positions: ["ประธาน อสม. ตำบล\(t)", "รองประธาน อสม."])
        try w.resource(entity: id, key: "\(code)/vhv/volunteers", .offer, .volunteers,
                       words(DemoNeedsOffers.volunteersOffer, "\(code)/vhv/volunteers"), quantity: "\(people) คน", area: code)
        if g.chance(0.5) {
            try w.resource(entity: id, key: "\(code)/vhv/data", .offer, .data,
                           words(DemoNeedsOffers.volunteersDataOffer, "\(code)/vhv/data"), quantity: "ปรับปรุงทุก 6 เดือน", area: code)
        }
        return id
    }

    private mutating func womensGroup() throws -> String {
        let id = try w.element(DemoElement(
            key: "\(code)/women", nameTH: "กลุ่มสตรีตำบล\(t)", nameEN: "\(tEN) Women's Group",
            p4: .player, role: .implementer, sector: .community, level: .operational, areas: [code],
            description: "กลุ่มสตรีตำบล\(t) รับฟังปัญหาและช่วยเหลือผู้หญิงที่ประสบความรุนแรงในครอบครัว พร้อมส่งต่อหน่วยงานที่เกี่ยวข้อง",
            targets: [.womenViolence], issues: [.socialPower, .socialSecurity], lineID: "@\(slug)-women"))
        try contacts(id, key: "\(code)/women", positions: ["ประธานกลุ่มสตรี", "เหรัญญิกกลุ่ม"], female: true)
        try w.resource(entity: id, key: "\(code)/women/care", .offer, .care,
                       words(DemoNeedsOffers.womenCareOffer, "\(code)/women/care"), quantity: "ทุกวัน", area: code)
        if g.chance(0.6) {
            try w.resource(entity: id, key: "\(code)/women/knowledge", .need, .knowledge,
                           words(DemoNeedsOffers.womenKnowledgeNeed, "\(code)/women/knowledge"),
                           quantity: "\(g.int(10...30)) คน", area: code)
        }
        return id
    }

    private mutating func childCentre() throws {
        let children = g.int(15...80)
        try w.element(DemoElement(
            key: "\(code)/child-centre", nameTH: "ศูนย์พัฒนาเด็กเล็กตำบล\(t)", nameEN: "\(tEN) Child Development Centre",
            p4: .asset, sector: .local, areas: [code],
            description: "ศูนย์พัฒนาเด็กเล็กในสังกัดท้องถิ่นตำบล\(t) ดูแลเด็กอายุ 2-5 ปี \(children) คน",
            targets: [.childrenYouth], issues: [.socialSecurity]))
    }

    private mutating func enterprise(_ i: Int) throws -> String {
        let product = g.pick(place.profile.products)
        let isPrivate = g.chance(0.25)
        let id = try w.element(DemoElement(
            key: "\(code)/enterprise/\(i)", nameTH: "วิสาหกิจชุมชน\(product.th)ตำบล\(t)",
            nameEN: "\(tEN) \(product.en) community enterprise",
            p4: .player, role: .implementer, sector: isPrivate ? .private : .community, level: .operational, areas: [code],
            description: "วิสาหกิจชุมชนผลิตและจำหน่าย\(product.th) สร้างรายได้ให้สมาชิกและผู้สูงอายุใน\(whereTH)",
            targets: g.chance(0.4) ? [.poorElderly] : [], issues: [.grassrootsEconomy]))
        try contacts(id, key: "\(code)/enterprise/\(i)", positions: ["ประธานวิสาหกิจชุมชน", "ผู้จัดการฝ่ายการตลาด"])
        try w.resource(entity: id, key: "\(code)/enterprise/\(i)/funding", .need, .funding,
                       words(DemoNeedsOffers.enterpriseFundingNeed, "\(code)/enterprise/\(i)/funding", ["product": product.th]), quantity: "\(g.int(5...30) * 10_000) บาท", area: code)
        if g.chance(0.5) {
            try w.resource(entity: id, key: "\(code)/enterprise/\(i)/knowledge", .offer, .knowledge,
                           words(DemoNeedsOffers.enterpriseKnowledgeOffer, "\(code)/enterprise/\(i)/knowledge", ["product": product.th]),
                           quantity: "\(g.int(1...4)) รุ่น/ปี", area: code)
        }
        return id
    }

    private mutating func plans() throws {
        if g.chance(0.7) {
            try w.element(DemoElement(
                key: "\(code)/local-plan", nameTH: "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ตำบล\(t)", nameEN: "\(tEN) Local Development Plan 2023-2027",
                p4: .policy, sector: .local, areas: [code],
                description: "แผนพัฒนาท้องถิ่นห้าปีของตำบล\(t) มีแผนงานสวัสดิการสังคม การดูแลผู้สูงอายุ และเศรษฐกิจชุมชน",
                issues: [.socialSecurity, .grassrootsEconomy]))
        }
        if g.chance(0.35) {
            try w.element(DemoElement(
                key: "\(code)/health-charter", nameTH: "ธรรมนูญสุขภาพตำบล\(t)", nameEN: "\(tEN) Tambon Health Charter",
                p4: .policy, sector: .community, level: .policy, areas: [code],
                description: "ข้อตกลงร่วมของชาวตำบล\(t) ว่าด้วยการดูแลผู้สูงอายุ ผู้พิการ และการไม่ใช้ความรุนแรงในครอบครัว",
                targets: [.poorElderly], issues: [.socialPower]))
        }
    }

    private mutating func assets() throws {
        if g.chance(0.3) {
            try w.element(DemoElement(
                key: "\(code)/forest", nameTH: "ป่าชุมชนตำบล\(t)", nameEN: "\(tEN) Community Forest",
                p4: .asset, sector: .community, areas: [code],
                description: "ป่าชุมชน \(g.int(2...30) * 50) ไร่ ที่ชาวบ้านใน\(whereTH) ดูแลร่วมกันและใช้เป็นแหล่งอาหาร",
                issues: [.grassrootsEconomy]))
        }
        if g.chance(0.3) {
            let knowledge = g.pick(["หมอพื้นบ้านและสมุนไพร", "การทอผ้าพื้นเมือง", "การจักสานไม้ไผ่", "อาหารพื้นบ้าน"])
            try w.element(DemoElement(
                key: "\(code)/knowledge", nameTH: "ภูมิปัญญา\(knowledge)ตำบล\(t)", nameEN: "\(tEN) local knowledge",
                p4: .asset, sector: .community, areas: [code],
                description: "ความรู้เรื่อง\(knowledge)ที่ผู้สูงอายุตำบล\(t) สืบทอดและพร้อมถ่ายทอด",
                targets: [.poorElderly, .childrenYouth], issues: [.socialPower]))
        }
        if g.chance(0.12) {
            try w.element(DemoElement(
                key: "\(code)/land", nameTH: "ที่ดินทำกินร่วมของชุมชน (โฉนดชุมชน) ตำบล\(t)", nameEN: "\(tEN) community land title",
                p4: .asset, sector: .community, areas: [code],
                description: "ที่ดินที่ชุมชนตำบล\(t) จัดการร่วมกันเพื่อให้ครัวเรือนยากจนมีที่ทำกิน",
                targets: [.poorElderly], issues: [.grassrootsEconomy, .socialSecurity]))
        }
    }
}
