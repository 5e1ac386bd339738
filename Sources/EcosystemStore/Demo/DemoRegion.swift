/// Amphoe-level elements that projects lead from.
struct DemoAmphoeElements {
    var amphoe: String
    var hospital = ""
    var office = ""
}

/// Province-level elements that projects lead from.
struct DemoProvinceElements {
    var province: String
    var socialDevelopment = ""
    var health = ""
    var provincialAdministration = ""
    var network = ""
    var university: String?
}

/// National supporters (seed 002) serving the pilot provinces.
struct DemoNationalElements {
    var thaiHealth = ""
    var codi = ""
    var nhco = ""
    var sbpac: String?
}

/// The offices above the tambon: amphoe, province, and national agencies.
struct DemoRegionBuilder {
    let w: DemoWriter
    var g: DemoRandom

    init(writer: DemoWriter, key: String) {
        w = writer
        g = DemoRandom(seed: writer.seed, key: key)
    }

    private mutating func contact(_ id: String, key: String, _ positions: [String], profile: DemoProvinceProfile) throws {
        for (i, position) in positions.enumerated() where i == 0 || g.chance(0.5) {
            try w.contact(entity: id, key: "\(key)/\(i)", name: DemoNames.person(&g, profile: profile), position: position,
                          phone: DemoContactDetails.mobile(&g),
                          email: g.chance(0.5) ? DemoContactDetails.email("\(key.replacingOccurrences(of: "/", with: "."))\(i + 1)") : nil,
                          isPrivate: i > 0 && g.chance(0.5))
        }
    }

    mutating func amphoe(_ place: DemoPlace) throws -> DemoAmphoeElements {
        let a = place.amphoe, code = a.code, p = place.profile
        let aEN = a.nameEN.isEmpty ? code : a.nameEN
        let slug = DemoContactDetails.slug(a.nameEN, fallback: "a" + code)
        var out = DemoAmphoeElements(amphoe: code)
        let hospitalTH = place.isMueang ? "โรงพยาบาล\(place.pTH)" : "โรงพยาบาล\(a.nameTH)"
        out.hospital = try w.element(DemoElement(
            key: "\(code)/hospital", nameTH: hospitalTH,
            nameEN: place.isMueang ? "\(place.province.nameEN) Hospital" : "\(aEN) Hospital",
            p4: .player, role: .implementer, sector: .central, areas: [code],
            description: "\(hospitalTH) ให้บริการผู้ป่วยของอำเภอ\(a.nameTH) มีคลินิกผู้สูงอายุและศูนย์พึ่งได้ (OSCC) สำหรับผู้ถูกกระทำความรุนแรง",
            targets: [.poorElderly, .womenViolence, .disabled], issues: [.socialSecurity],
            phone: DemoContactDetails.landline(&g, profile: p), email: DemoContactDetails.email("hospital.\(slug).\(code)")))
        try contact(out.hospital, key: "\(code)/hospital", ["ผู้อำนวยการ\(hospitalTH)", "หัวหน้ากลุ่มงานบริการปฐมภูมิและองค์รวม"], profile: p)
        try w.resource(entity: out.hospital, key: "\(code)/hospital/care", .offer, .care,
                       "คลินิกผู้สูงอายุและศูนย์พึ่งได้ (OSCC) ของ\(hospitalTH)", quantity: "เปิดทุกวันทำการ", area: code)
        try w.resource(entity: out.hospital, key: "\(code)/hospital/knowledge", .offer, .knowledge,
                       "อบรมผู้ดูแลผู้สูงอายุ (Caregiver) ให้ อสม. และญาติ", quantity: "\(g.int(1...3)) รุ่น/ปี", area: code)
        // Resources drawn from their own streams (DemoNeedsOffers) move no other draw.
        if DemoNeedsOffers.chance(0.7, key: "\(code)/hospital/equipment", seed: w.seed) {
            try w.resource(entity: out.hospital, key: "\(code)/hospital/equipment", .offer, .equipment,
                           DemoNeedsOffers.text(DemoNeedsOffers.hospitalEquipmentOffer, key: "\(code)/hospital/equipment", seed: w.seed),
                           quantity: "ยืมได้ครั้งละ 3 เดือน", area: code)
        }

        out.office = try w.element(DemoElement(
            key: "\(code)/office", nameTH: "ที่ว่าการอำเภอ\(a.nameTH)", nameEN: "\(aEN) District Office",
            p4: .player, role: .connector, sector: .central, areas: [code],
            description: "ที่ว่าการอำเภอ\(a.nameTH) ประสานส่วนราชการในอำเภอ รับเรื่องร้องทุกข์ผ่านศูนย์ดำรงธรรม และดูแลงานทะเบียนราษฎร",
            targets: [.stateless, .poorElderly], issues: [.socialSecurity, .socialPower],
            phone: DemoContactDetails.landline(&g, profile: p), email: DemoContactDetails.email("amphoe.\(slug).\(code)")))
        try contact(out.office, key: "\(code)/office", ["นายอำเภอ\(a.nameTH)", "ปลัดอำเภอฝ่ายทะเบียนและบัตร"], profile: p)
        try w.resource(entity: out.office, key: "\(code)/office/referral", .offer, .referral,
                       "ศูนย์ดำรงธรรมอำเภอรับเรื่องและส่งต่อผู้เดือดร้อนไปหน่วยงานที่รับผิดชอบ", quantity: "ทุกวันทำการ", area: code)
        if p.stateless >= 0.1 || !p.statelessAmphoes.isEmpty {
            try w.resource(entity: out.office, key: "\(code)/office/registration", .offer, .data,
                           "ตรวจสอบสถานะและเพิ่มชื่อในทะเบียนบ้านสำหรับผู้มีปัญหาสถานะทางทะเบียน", quantity: "นัดหมายล่วงหน้า", area: code)
        }
        try w.element(DemoElement(
            key: "\(code)/dhb", nameTH: "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) \(a.nameTH)",
            nameEN: "\(aEN) District Health Board", p4: .platform, sector: .central, level: .coordinating, areas: [code],
            description: "เวทีที่นายอำเภอ โรงพยาบาล ท้องถิ่น และภาคประชาชนในอำเภอ\(a.nameTH) ร่วมเลือกปัญหาและดูแลกลุ่มเปราะบาง",
            targets: [.poorElderly, .disabled], issues: [.socialPower, .socialSecurity]))
        return out
    }

    mutating func province(_ prov: Area, profile p: DemoProvinceProfile) throws -> DemoProvinceElements {
        let code = prov.code, pTH = prov.nameTH, pEN = prov.nameEN.isEmpty ? code : prov.nameEN
        let slug = DemoContactDetails.slug(prov.nameEN, fallback: "p" + code)
        var out = DemoProvinceElements(province: code)

        out.socialDevelopment = try w.element(DemoElement(
            key: "\(code)/msdhs", nameTH: "พมจ.\(pTH)", nameEN: "\(pEN) Provincial Office of Social Development and Human Security",
            p4: .player, role: .supporter, sector: .provincial, areas: [code],
            description: "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด\(pTH) ดูแลสวัสดิการผู้สูงอายุ คนพิการ และผู้ประสบปัญหาทางสังคม",
            targets: [.poorElderly, .womenViolence, .disabled, .stateless], issues: [.socialSecurity],
            phone: DemoContactDetails.landline(&g, profile: p), email: DemoContactDetails.email("msdhs.\(slug)"), lineID: "@msdhs-\(slug)"))
        try contact(out.socialDevelopment, key: "\(code)/msdhs", ["พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด\(pTH)", "นักพัฒนาสังคมชำนาญการ"], profile: p)
        try w.resource(entity: out.socialDevelopment, key: "\(code)/msdhs/referral", .offer, .referral,
                       "รับแจ้งและส่งต่อกรณีผู้ประสบปัญหาทางสังคม (สายด่วน 1300)", quantity: "ตลอด 24 ชั่วโมง")
        try w.resource(entity: out.socialDevelopment, key: "\(code)/msdhs/funding", .offer, .funding,
                       "เงินอุดหนุนช่วยเหลือครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง", quantity: "ไม่เกิน 3,000 บาท/ครั้ง", period: "ปีงบประมาณ 2568")
        try w.resource(entity: out.socialDevelopment, key: "\(code)/msdhs/equipment", .offer, .equipment,
                       DemoNeedsOffers.text(DemoNeedsOffers.socialDevelopmentEquipmentOffer, key: "\(code)/msdhs/equipment", seed: w.seed),
                       quantity: "ตามหลักเกณฑ์", period: "ปีงบประมาณ 2568")

        out.health = try w.element(DemoElement(
            key: "\(code)/pho", nameTH: "สำนักงานสาธารณสุขจังหวัด\(pTH)", nameEN: "\(pEN) Provincial Public Health Office",
            p4: .player, role: .supporter, sector: .provincial, areas: [code],
            description: "สำนักงานสาธารณสุขจังหวัด\(pTH) สนับสนุนระบบดูแลระยะยาวและข้อมูลสุขภาพของประชาชนทั้งจังหวัด",
            targets: [.poorElderly, .disabled], issues: [.socialSecurity],
            phone: DemoContactDetails.landline(&g, profile: p), email: DemoContactDetails.email("pho.\(slug)")))
        try contact(out.health, key: "\(code)/pho", ["นายแพทย์สาธารณสุขจังหวัด\(pTH)", "นักวิชาการสาธารณสุข"], profile: p)
        try w.resource(entity: out.health, key: "\(code)/pho/knowledge", .offer, .knowledge,
                       "หลักสูตรผู้ดูแลผู้สูงอายุ (Care Giver) 70 ชั่วโมง", quantity: "\(g.int(2...6)) รุ่น/ปี")
        try w.resource(entity: out.health, key: "\(code)/pho/data", .offer, .data,
                       "ข้อมูลผู้สูงอายุที่มีภาวะพึ่งพิงรายตำบล", quantity: "ทุกตำบลในจังหวัด")

        out.provincialAdministration = try w.element(DemoElement(
            key: "\(code)/pao", nameTH: "องค์การบริหารส่วนจังหวัด\(pTH)", nameEN: "\(pEN) Provincial Administrative Organization",
            p4: .player, role: .policyMaker, sector: .local, areas: [code],
            description: "อบจ.\(pTH) กำหนดแผนและงบประมาณระดับจังหวัด และรับโอนภารกิจ รพ.สต. หลายแห่ง",
            targets: [.poorElderly], issues: [.socialSecurity, .grassrootsEconomy],
            phone: DemoContactDetails.landline(&g, profile: p), email: DemoContactDetails.email("pao.\(slug)")))
        try contact(out.provincialAdministration, key: "\(code)/pao", ["นายกองค์การบริหารส่วนจังหวัด\(pTH)", "ผู้อำนวยการกองสาธารณสุข"], profile: p)
        try w.resource(entity: out.provincialAdministration, key: "\(code)/pao/funding", .offer, .funding,
                       "งบอุดหนุนโครงการดูแลผู้สูงอายุและคนพิการของท้องถิ่น", quantity: "\(g.int(10...50)) ล้านบาท/ปี", period: "ปีงบประมาณ 2568")

        out.network = try w.element(DemoElement(
            key: "\(code)/cso", nameTH: "เครือข่ายประชาสังคมจังหวัด\(pTH)", nameEN: "\(pEN) Civil Society Network",
            p4: .player, role: .connector, sector: .civilSociety, level: .policy, areas: [code],
            description: "เครือข่ายองค์กรภาคประชาสังคมใน\(pTH) ค้นหากลุ่มเปราะบางที่ตกหล่นจากบริการรัฐและผลักดันนโยบายระดับจังหวัด",
            targets: p.southernBorder ? [.poorElderly, .stateless, .womenViolence] : [.poorElderly, .stateless],
            issues: [.socialPower, .socialSecurity],
            phone: DemoContactDetails.mobile(&g), email: DemoContactDetails.email("cso.\(slug)"), lineID: "@\(slug)-cso"))
        try contact(out.network, key: "\(code)/cso", ["ผู้ประสานงานเครือข่าย", "เจ้าหน้าที่ฐานข้อมูลกลุ่มเปราะบาง"], profile: p)
        try w.resource(entity: out.network, key: "\(code)/cso/referral", .offer, .referral,
                       "ประสานส่งต่อกลุ่มเปราะบางไปยังหน่วยงานรัฐและองค์กรในเครือข่าย", quantity: "ทุกอำเภอ")
        try w.resource(entity: out.network, key: "\(code)/cso/funding", .need, .funding,
                       "ค่าใช้จ่ายลงพื้นที่ค้นหาและบันทึกข้อมูลกลุ่มเปราะบาง", quantity: "\(g.int(10...40) * 10_000) บาท", period: "ปี 2568")
        try w.resource(entity: out.network, key: "\(code)/cso/knowledge", .offer, .knowledge,
                       DemoNeedsOffers.text(DemoNeedsOffers.networkKnowledgeOffer, key: "\(code)/cso/knowledge", seed: w.seed),
                       quantity: "ทุกอำเภอ")

        if let u = p.university {
            let id = try w.element(DemoElement(
                key: "\(code)/university", nameTH: u.th, nameEN: u.en,
                p4: .player, role: .supporter, sector: .academic, areas: [code],
                description: "\(u.th) ร่วมวิจัยและเก็บข้อมูลความเหลื่อมล้ำกับชุมชนในจังหวัด\(pTH)",
                issues: [.socialPower, .grassrootsEconomy], phone: DemoContactDetails.landline(&g, profile: p)))
            try contact(id, key: "\(code)/university", ["ผู้อำนวยการสำนักบริการวิชาการ", "อาจารย์ผู้ประสานงานชุมชน"], profile: p)
            try w.resource(entity: id, key: "\(code)/university/data", .offer, .data,
                           "นักศึกษาและอาจารย์ร่วมเก็บและวิเคราะห์ข้อมูลรายได้ครัวเรือน", quantity: "\(g.int(2...6)) ตำบล/ปี")
            try w.resource(entity: id, key: "\(code)/university/knowledge", .offer, .knowledge,
                           DemoNeedsOffers.text(DemoNeedsOffers.universityKnowledgeOffer, key: "\(code)/university/knowledge", seed: w.seed),
                           quantity: "ปีละ 2 รุ่น")
            out.university = id
        }

        try w.element(DemoElement(
            key: "\(code)/plan", nameTH: "แผนพัฒนาจังหวัด\(pTH) (พ.ศ. 2566-2570)", nameEN: "\(pEN) Provincial Development Plan 2023-2027",
            p4: .policy, sector: .provincial, areas: [code],
            description: "แผนพัฒนาจังหวัด\(pTH) ที่มีประเด็นลดความเหลื่อมล้ำ สังคมสูงวัย และเศรษฐกิจฐานราก",
            issues: [.grassrootsEconomy, .socialSecurity]))
        try w.element(DemoElement(
            key: "\(code)/assembly", nameTH: "สมัชชาสุขภาพจังหวัด\(pTH)", nameEN: "\(pEN) Provincial Health Assembly",
            p4: .platform, sector: .civilSociety, level: .policy, areas: [code],
            description: "เวทีที่ภาครัฐ ท้องถิ่น วิชาการ และภาคประชาชนใน\(pTH) ร่วมกันพัฒนานโยบายสาธารณะเพื่อสุขภาวะ",
            targets: [.poorElderly], issues: [.socialPower]))
        return out
    }

    /// The national supporters, serving the provinces in `provinces`.
    mutating func national(provinces: [String]) throws -> DemoNationalElements {
        var out = DemoNationalElements()
        let p = DemoProvinceProfile.profile("")
        out.thaiHealth = try w.element(DemoElement(
            key: "national/thaihealth", nameTH: "สสส. (สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ)", nameEN: "ThaiHealth Promotion Foundation",
            p4: .player, role: .supporter, sector: .central, areas: provinces,
            description: "สสส. สนับสนุนทุนและความรู้แก่ชุมชนและภาคประชาสังคมเพื่อสร้างเสริมสุขภาวะของกลุ่มเปราะบาง",
            targets: [.poorElderly, .womenViolence], issues: [.socialPower], phone: DemoContactDetails.bangkok(&g),
            email: DemoContactDetails.email("thaihealth"), lineID: "@thaihealth-demo"))
        try contact(out.thaiHealth, key: "national/thaihealth", ["ผู้จัดการโครงการ สำนักสนับสนุนสุขภาวะชุมชน", "ผู้ประสานงานภาค"], profile: p)
        try w.resource(entity: out.thaiHealth, key: "national/thaihealth/funding", .offer, .funding,
                       "ทุนสนับสนุนโครงการชุมชนน่าอยู่ (ทุนเปิดรับทั่วไป)", quantity: "ไม่เกิน 300,000 บาท/โครงการ", period: "เปิดรับปีละ 2 รอบ")
        try w.resource(entity: out.thaiHealth, key: "national/thaihealth/knowledge", .offer, .knowledge,
                       "ชุดความรู้การดูแลผู้สูงอายุและการป้องกันความรุนแรงในครอบครัว", quantity: "ดาวน์โหลดได้")

        out.codi = try w.element(DemoElement(
            key: "national/codi", nameTH: "พอช. (สถาบันพัฒนาองค์กรชุมชน)", nameEN: "Community Organizations Development Institute (CODI)",
            p4: .player, role: .supporter, sector: .central, areas: provinces,
            description: "พอช. สนับสนุนสภาองค์กรชุมชน กองทุนสวัสดิการชุมชน และบ้านมั่นคงชนบท",
            targets: [.poorElderly], issues: [.socialPower, .grassrootsEconomy, .socialSecurity], phone: DemoContactDetails.bangkok(&g),
            email: DemoContactDetails.email("codi")))
        try contact(out.codi, key: "national/codi", ["เจ้าหน้าที่ประสานงานภาค", "ผู้อำนวยการสำนักงานภาค"], profile: p)
        try w.resource(entity: out.codi, key: "national/codi/funding", .offer, .funding,
                       "งบสนับสนุนบ้านมั่นคงชนบทและสมทบกองทุนสวัสดิการชุมชน", quantity: "ตามแผนของสภาองค์กรชุมชน", period: "ปีงบประมาณ 2568")
        try w.resource(entity: out.codi, key: "national/codi/knowledge", .offer, .knowledge,
                       DemoNeedsOffers.text(DemoNeedsOffers.codiKnowledgeOffer, key: "national/codi/knowledge", seed: w.seed),
                       quantity: "พี่เลี้ยงภาคละ 5 คน")

        out.nhco = try w.element(DemoElement(
            key: "national/nhco", nameTH: "สช. (สำนักงานคณะกรรมการสุขภาพแห่งชาติ)", nameEN: "National Health Commission Office (NHCO)",
            p4: .player, role: .supporter, sector: .central, areas: provinces,
            description: "สช. สนับสนุนกระบวนการธรรมนูญสุขภาพพื้นที่และสมัชชาสุขภาพจังหวัด",
            issues: [.socialPower], phone: DemoContactDetails.bangkok(&g), email: DemoContactDetails.email("nhco")))
        try contact(out.nhco, key: "national/nhco", ["นักวิชาการ สำนักสนับสนุนนโยบายสาธารณะ"], profile: p)
        try w.resource(entity: out.nhco, key: "national/nhco/knowledge", .offer, .knowledge,
                       "กระบวนการจัดทำธรรมนูญสุขภาพตำบลและสมัชชาสุขภาพ", quantity: "พี่เลี้ยงจังหวัดละ 1 คน")

        let border = provinces.filter { ["91", "94", "95"].contains($0) }
        if !border.isEmpty {
            let south = DemoProvinceProfile.profile("95")
            let id = try w.element(DemoElement(
                key: "national/sbpac", nameTH: "ศอบต. (ศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้)", nameEN: "Southern Border Provinces Administrative Centre (SBPAC)",
                p4: .player, role: .supporter, sector: .central, areas: border,
                description: "ศอบต. สนับสนุนการเยียวยา การพัฒนา และการพิสูจน์สถานะบุคคลในจังหวัดชายแดนภาคใต้",
                targets: [.stateless, .womenViolence], issues: [.socialSecurity, .socialPower],
                phone: DemoContactDetails.landline(&g, profile: south), email: DemoContactDetails.email("sbpac")))
            try contact(id, key: "national/sbpac", ["ผู้อำนวยการกองกิจการเพื่อสังคม", "เจ้าหน้าที่ประสานงานสตรีและครอบครัว"], profile: south)
            try w.resource(entity: id, key: "national/sbpac/funding", .offer, .funding,
                           "ทุนช่วยเหลือเยียวยาผู้ได้รับผลกระทบและครอบครัว", quantity: "ตามหลักเกณฑ์", period: "ปีงบประมาณ 2568")
            try w.resource(entity: id, key: "national/sbpac/referral", .offer, .referral,
                           "ประสานการพิสูจน์สถานะและสัญชาติกับฝ่ายปกครอง", quantity: "ทุกอำเภอในพื้นที่")
            out.sbpac = id
        }
        return out
    }
}
