import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// The data sets of `tisep-bench scale`: how many elements, contacts,
/// resources and households, over which provinces.
public struct ScaleSpec: Sendable, Equatable {
    public var name: String
    /// Province codes whose tambons get elements; nil = every province.
    public var provinces: [String]?
    public var elements: Int
    public var contacts: Int
    public var resources: Int
    public var households: Int

    public init(name: String, provinces: [String]?, elements: Int, contacts: Int, resources: Int, households: Int) {
        self.name = name
        self.provinces = provinces
        self.elements = elements
        self.contacts = contacts
        self.resources = resources
        self.households = households
    }

    /// The 11 pilot provinces, ~15,000 elements, in the national proportions
    /// (2 contacts, 3 resources and 10 households per element).
    public static let pilot = ScaleSpec(name: "pilot", provinces: DemoGenerator.pilotProvinces,
                                        elements: 15_000, contacts: 30_000, resources: 45_000, households: 150_000)
    /// Every tambon of the country.
    public static let national = ScaleSpec(name: "national", provinces: nil,
                                           elements: 100_000, contacts: 200_000, resources: 300_000, households: 1_000_000)
    /// Four times the elements and households of `national` (issue 8: "4× the
    /// elements and households"); contacts and resources as in `national`.
    public static let national4 = ScaleSpec(name: "national4", provinces: nil,
                                            elements: 400_000, contacts: 200_000, resources: 300_000, households: 4_000_000)

    public static func named(_ name: String) -> ScaleSpec? {
        [pilot, national, national4].first { $0.name == name }
    }

    /// The same proportions with `elements` elements (for a quick run).
    public func scaled(elements n: Int) -> ScaleSpec {
        ScaleSpec(name: "\(name)-\(n)", provinces: provinces, elements: n,
                  contacts: contacts * n / max(1, elements), resources: resources * n / max(1, elements),
                  households: households * n / max(1, elements))
    }
}

/// A deterministic generator of organisations for any number of tambons, in
/// the spirit of the demo generator (`DemoTambonBuilder`): the same kinds of
/// tambon organisations, Thai and English names built from the real tambon,
/// amphoe and province names, fictional phone numbers (555 in the middle)
/// and `demo.invalid` addresses, each tambon drawing from its own SplitMix64
/// stream. Unlike the demo it makes exactly the number of records asked for,
/// so that the benchmark's scales are what they say.
public struct ScaleGenerator: Sendable {
    public let seed: UInt64

    public init(seed: UInt64 = 2568) { self.seed = seed }

    /// The columns of `import-entities`, in the order `elementCSV` writes them.
    public static let columns = ["name_th", "name_en", "p4", "role", "sector", "level", "area_code",
                                 "phone", "email", "line_id", "description", "target_groups", "issues"]

    private struct Kind {
        let key: String, th: String, en: String, p4: P4Kind, role: PlayerRole?, sector: Sector, level: CivilSocietyLevel?
        let description: String
        let targets: [TargetGroup], issues: [IssueArea]
        let phone: Bool, email: Bool, line: Bool
    }

    /// `{t}` tambon, `{a}` amphoe, `{p}` province, `{n}` a drawn number, `{x}` a product.
    private static let kinds: [Kind] = [
        Kind(key: "lao", th: "องค์การบริหารส่วนตำบล{t}", en: "{T} Subdistrict Administrative Organization", p4: .player, role: .policyMaker, sector: .local, level: nil,
             description: "องค์การบริหารส่วนตำบล{t} อำเภอ{a} จังหวัด{p} ดูแลบริการสาธารณะ เบี้ยยังชีพผู้สูงอายุและคนพิการ และจัดทำแผนพัฒนาท้องถิ่นของตำบล",
             targets: [.disabled, .poorElderly], issues: [.socialPower, .socialSecurity], phone: true, email: true, line: true),
        Kind(key: "hph", th: "โรงพยาบาลส่งเสริมสุขภาพตำบล{t}", en: "{T} Health Promoting Hospital", p4: .player, role: .implementer, sector: .local, level: nil,
             description: "รพ.สต.{t} ให้บริการปฐมภูมิ เยี่ยมบ้านผู้ป่วยติดเตียง และคัดกรองสุขภาพผู้สูงอายุในตำบล{t} อำเภอ{a} จังหวัด{p}",
             targets: [.disabled, .poorElderly], issues: [.socialSecurity], phone: true, email: false, line: true),
        Kind(key: "council", th: "สภาองค์กรชุมชนตำบล{t}", en: "{T} Community Organizations Council", p4: .platform, role: nil, sector: .community, level: .coordinating,
             description: "เวทีขององค์กรชุมชนในตำบล{t} ที่ร่วมกันเสนอแผนและประสานความช่วยเหลือกับ อบต. และหน่วยงานรัฐ",
             targets: [], issues: [.socialPower], phone: false, email: false, line: false),
        Kind(key: "welfare-fund", th: "กองทุนสวัสดิการชุมชนตำบล{t}", en: "{T} Community Welfare Fund", p4: .asset, role: nil, sector: .community, level: nil,
             description: "กองทุนออมวันละบาทของชาวตำบล{t} สมาชิก {n} คน จ่ายสวัสดิการเกิด แก่ เจ็บ ตาย",
             targets: [.poorElderly], issues: [.grassrootsEconomy, .socialSecurity], phone: false, email: false, line: false),
        Kind(key: "elderly-club", th: "ชมรมผู้สูงอายุตำบล{t}", en: "{T} Elderly Club", p4: .player, role: .implementer, sector: .community, level: .operational,
             description: "ชมรมผู้สูงอายุตำบล{t} จัดโรงเรียนผู้สูงอายุ เยี่ยมเพื่อนผู้สูงอายุที่อยู่ลำพัง และช่วยหาผู้สูงอายุที่ยังไม่ได้รับสิทธิ",
             targets: [.poorElderly], issues: [.socialPower, .socialSecurity], phone: true, email: false, line: true),
        Kind(key: "vhv", th: "เครือข่าย อสม. ตำบล{t}", en: "{T} Village Health Volunteers Network", p4: .player, role: .connector, sector: .community, level: .operational,
             description: "อาสาสมัครสาธารณสุขประจำหมู่บ้าน {n} คนในตำบล{t} อำเภอ{a} เชื่อมครัวเรือนกับ รพ.สต. และ อบต.",
             targets: [.disabled, .poorElderly], issues: [.socialPower, .socialSecurity], phone: true, email: false, line: false),
        Kind(key: "women", th: "กลุ่มสตรีตำบล{t}", en: "{T} Women's Group", p4: .player, role: .implementer, sector: .community, level: .operational,
             description: "กลุ่มสตรีตำบล{t} รับฟังปัญหาและช่วยเหลือผู้หญิงที่ประสบความรุนแรงในครอบครัว พร้อมส่งต่อหน่วยงานที่เกี่ยวข้อง",
             targets: [.womenViolence], issues: [.socialPower, .socialSecurity], phone: true, email: false, line: true),
        Kind(key: "child-centre", th: "ศูนย์พัฒนาเด็กเล็กตำบล{t}", en: "{T} Child Development Centre", p4: .asset, role: nil, sector: .local, level: nil,
             description: "ศูนย์พัฒนาเด็กเล็กในสังกัดท้องถิ่นตำบล{t} ดูแลเด็กอายุ 2-5 ปี {n} คน",
             targets: [.childrenYouth], issues: [.socialSecurity], phone: true, email: false, line: false),
        Kind(key: "enterprise", th: "วิสาหกิจชุมชน{x}ตำบล{t}", en: "{T} {X} community enterprise", p4: .player, role: .implementer, sector: .community, level: .operational,
             description: "วิสาหกิจชุมชนผลิตและจำหน่าย{x} สร้างรายได้ให้สมาชิกและผู้สูงอายุในตำบล{t} อำเภอ{a} จังหวัด{p}",
             targets: [], issues: [.grassrootsEconomy], phone: true, email: true, line: false),
        Kind(key: "local-plan", th: "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ตำบล{t}", en: "{T} Local Development Plan 2023-2027", p4: .policy, role: nil, sector: .local, level: nil,
             description: "แผนพัฒนาท้องถิ่นห้าปีของตำบล{t} มีแผนงานสวัสดิการสังคม การดูแลผู้สูงอายุ และเศรษฐกิจชุมชน",
             targets: [], issues: [.grassrootsEconomy, .socialSecurity], phone: false, email: false, line: false),
        Kind(key: "health-charter", th: "ธรรมนูญสุขภาพตำบล{t}", en: "{T} Tambon Health Charter", p4: .policy, role: nil, sector: .community, level: .policy,
             description: "ข้อตกลงร่วมของชาวตำบล{t} ว่าด้วยการดูแลผู้สูงอายุ ผู้พิการ และการไม่ใช้ความรุนแรงในครอบครัว",
             targets: [.poorElderly], issues: [.socialPower], phone: false, email: false, line: false),
        Kind(key: "forest", th: "ป่าชุมชนตำบล{t}", en: "{T} Community Forest", p4: .asset, role: nil, sector: .community, level: nil,
             description: "ป่าชุมชน {n} ไร่ ที่ชาวบ้านในตำบล{t} อำเภอ{a} จังหวัด{p} ดูแลร่วมกันและใช้เป็นแหล่งอาหาร",
             targets: [], issues: [.grassrootsEconomy], phone: false, email: false, line: false),
        Kind(key: "temple", th: "ศูนย์ดูแลผู้สูงอายุวัดประจำตำบล{t}", en: "{T} Temple Elderly Care Centre", p4: .player, role: .supporter, sector: .civilSociety, level: .operational,
             description: "วัดในตำบล{t} เปิดศาลาให้ผู้สูงอายุทำกิจกรรม รับบริจาคอาหารและอุปกรณ์ให้ครัวเรือนยากจน",
             targets: [.poorElderly], issues: [.socialSecurity], phone: true, email: false, line: false),
    ]

    private static let products: [(th: String, en: String)] = [
        ("ผ้าทอมือ", "hand-woven cloth"), ("ข้าวหอมมะลิ", "jasmine rice"), ("ผักปลอดสาร", "safe vegetables"), ("ผ้าไหม", "silk"),
        ("ลำไยอบแห้ง", "dried longan"), ("ทุเรียน", "durian"), ("กาแฟ", "coffee"), ("อาหารทะเลแปรรูป", "processed seafood"),
        ("ผ้าบาติก", "batik"), ("เสื่อกก", "reed mats"), ("น้ำพริก", "chilli paste"), ("สมุนไพร", "herbal products"),
    ]

    /// A place an element is generated for: the tambon and the names above it.
    public struct Place: Sendable {
        public var tambon: Area
        public var amphoeTH: String
        public var provinceTH: String
        public var provinceCode: String
        public init(tambon: Area, amphoeTH: String, provinceTH: String, provinceCode: String) {
            self.tambon = tambon
            self.amphoeTH = amphoeTH
            self.provinceTH = provinceTH
            self.provinceCode = provinceCode
        }
    }

    /// The tambons of `provinces` (every province when nil), in code order.
    public static func places(_ store: Store, provinces: [String]?) throws -> [Place] {
        let all = try store.areas.list(level: .tambon, inside: nil)
        var names: [String: String] = [:]
        for level in [AreaLevel.province, .amphoe] {
            for a in try store.areas.list(level: level, inside: nil) { names[a.code] = a.nameTH }
        }
        let wanted = provinces.map(Set.init)
        return all.compactMap { t in
            let amphoe = t.parent ?? String(t.code.prefix(4))
            let province = String(t.code.prefix(2))
            if let wanted, !wanted.contains(province) { return nil }
            return Place(tambon: t, amphoeTH: names[amphoe] ?? "", provinceTH: names[province] ?? "", provinceCode: province)
        }.sorted { $0.tambon.code < $1.tambon.code }
    }

    /// How many of `total` go to each of `count` slots: every slot gets its
    /// share, give or take a drawn weight (0.5–1.5), summing exactly to `total`.
    func spread(_ total: Int, over count: Int, key: String) -> [Int] {
        guard count > 0 else { return [] }
        var g = DemoRandom(seed: seed, key: key)
        let weights = (0..<count).map { _ in 0.5 + g.unit() }
        let sum = weights.reduce(0, +)
        var out = weights.map { Int(Double(total) * $0 / sum) }
        var left = total - out.reduce(0, +)
        var i = 0
        while left > 0 { out[i % count] += 1; left -= 1; i += 1 }
        return out
    }

    /// `count` element rows over `places`, as `columns` values (nil = empty).
    public func elementRows(_ count: Int, places: [Place]) -> [[String?]] {
        let perTambon = spread(count, over: places.count, key: "scale/elements")
        var rows: [[String?]] = []
        rows.reserveCapacity(count)
        for (place, n) in zip(places, perTambon) {
            let t = place.tambon
            var g = DemoRandom(seed: seed, key: "scale/tambon/" + t.code)
            let profile = DemoProvinceProfile.profile(place.provinceCode)
            let tEN = t.nameEN.isEmpty ? t.code : t.nameEN
            let slug = DemoContactDetails.slug(t.nameEN, fallback: "t" + t.code)
            for j in 0..<n {
                let k = ScaleGenerator.kinds[j % ScaleGenerator.kinds.count]
                let serial = j / ScaleGenerator.kinds.count
                let product = g.pick(ScaleGenerator.products)
                let number = String(g.int(2...140) * (k.key == "forest" ? 50 : 1))
                func fill(_ s: String) -> String {
                    s.replacingOccurrences(of: "{t}", with: t.nameTH).replacingOccurrences(of: "{T}", with: tEN)
                        .replacingOccurrences(of: "{a}", with: place.amphoeTH).replacingOccurrences(of: "{p}", with: place.provinceTH)
                        .replacingOccurrences(of: "{n}", with: number).replacingOccurrences(of: "{x}", with: product.th)
                        .replacingOccurrences(of: "{X}", with: product.en)
                }
                let suffix = serial == 0 ? "" : " \(serial + 1)"
                let tag = "\(k.key)\(serial == 0 ? "" : "-\(serial + 1)")"
                let phone: String? = k.phone ? (g.chance(0.5) ? DemoContactDetails.landline(&g, profile: profile) : DemoContactDetails.mobile(&g)) : nil
                rows.append([
                    fill(k.th) + suffix, fill(k.en) + suffix, k.p4.rawValue, k.role?.rawValue, k.sector.rawValue, k.level?.rawValue, t.code,
                    phone, k.email ? DemoContactDetails.email("\(tag).\(slug).\(t.code)") : nil,
                    k.line ? "@\(slug)-\(tag)" : nil, fill(k.description),
                    DemoWriter.list(k.targets.map(\.rawValue)), DemoWriter.list(k.issues.map(\.rawValue)),
                ])
            }
        }
        return rows
    }

    /// The rows as an `import-entities` CSV (RFC 4180, LF).
    public static func csv(_ rows: [[String?]]) -> String {
        var out = columns.joined(separator: ",") + "\n"
        out.reserveCapacity(rows.count * 400)
        for row in rows {
            var first = true
            for value in row {
                if !first { out += "," }
                first = false
                guard let v = value else { continue }
                if v.contains(",") || v.contains("\"") || v.contains("\n") {
                    out += "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                } else {
                    out += v
                }
            }
            out += "\n"
        }
        return out
    }

    /// What `populate` wrote and how long each part took.
    public struct Population: Sendable {
        public var contacts = 0
        public var resources = 0
        public var households = 0
        public var recordSeconds = 0.0
        public var householdSeconds = 0.0
    }

    /// Adds `contacts` contacts and `resources` resources to the elements
    /// already in `store` (spread over them in rowid order), through the
    /// store's edit path (`insertCanonical`) as one bulk write
    /// (`withBulkWrite`: index deferred, each element's document written
    /// once), then `households` households (one survey year) over the
    /// elements' tambons through `insertHouseholds`. Not marked demo, so
    /// that `recomputeIndicators(demo: false)` sees them.
    public func populate(_ store: Store, contacts: Int, resources: Int, households: Int) throws -> Population {
        var out = Population()
        let elements = try store.elements.idsAndAreas()
        guard !elements.isEmpty else { throw StoreError.message("scale: no elements to add contacts to") }
        let clock = ContinuousClock()
        let profile = DemoProvinceProfile.profile("")
        let categories = ResourceCategory.allCases.filter { $0 != .other }
        out.recordSeconds = try seconds(clock) {
            try store.records.withBulkWrite(searchWrites: contacts + resources) {
                let stamp = try store.laptop.nextStamp()
                let perContact = spread(contacts, over: elements.count, key: "scale/contacts")
                let perResource = spread(resources, over: elements.count, key: "scale/resources")
                for (i, (id, area)) in elements.enumerated() {
                    var g = DemoRandom(seed: seed, key: "scale/element/\(i)")
                    for c in 0..<perContact[i] {
                        _ = try store.records.insertCanonical(.contact, values: [
                            "entity": id, "name": DemoNames.person(&g, profile: profile), "position": c == 0 ? "ประธาน" : "ผู้ประสานงาน",
                            "phone": DemoContactDetails.mobile(&g), "email": g.chance(0.3) ? DemoContactDetails.email("c\(i).\(c)") : nil,
                            "line_id": nil, "private": c == 0 ? "0" : "1",
                        ], demo: false, stamp: stamp)
                        out.contacts += 1
                    }
                    for r in 0..<perResource[i] {
                        let category = categories[(i + r) % categories.count]
                        _ = try store.records.insertCanonical(.resource, values: [
                            "entity": id, "kind": r % 2 == 0 ? ResourceKind.offer.rawValue : ResourceKind.need.rawValue,
                            "category": category.rawValue, "description": "\(category.thai)สำหรับกลุ่มเปราะบางในตำบล (\(category.english))",
                            "quantity": "\(g.int(1...40)) รายการ", "area": area, "period": r == 0 ? "ปีงบประมาณ 2568" : nil,
                        ], demo: false, stamp: stamp)
                        out.resources += 1
                    }
                }
            }
        }
        var tambons: [String] = []
        for (_, area) in elements where tambons.last != area { tambons.append(area) }
        tambons = Array(Set(tambons)).sorted()
        out.householdSeconds = try seconds(clock) {
            let per = spread(households, over: tambons.count, key: "scale/households")
            var rows: [HouseholdRow] = []
            rows.reserveCapacity(households)
            for (tambon, n) in zip(tambons, per) {
                var g = DemoRandom(seed: seed, key: "scale/households/" + tambon)
                let median = 70_000 * DemoMath.exp(0.25 * g.normal())
                let sigma = 0.4 + 0.42 * g.unit()
                for h in 0..<n {
                    let members = 1 + g.weighted([10.0, 20, 25, 22, 12, 7, 4])
                    let income = max(100, (g.lognormal(median: median, sigma: sigma) * Double(members) / 100).rounded() * 100)
                    rows.append((tambon, "s\(h)", 2025, members, income, 1))  // stored years are Christian era
                }
            }
            try store.indicators.insertHouseholds(rows, demo: false)
            out.households = rows.count
        }
        return out
    }

    private func seconds(_ clock: ContinuousClock, _ body: () throws -> Void) rethrows -> Double {
        let t0 = clock.now
        try body()
        let d = clock.now - t0
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
