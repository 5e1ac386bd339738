/// The people side of a tambon: counts of vulnerable groups, and an income
/// survey whose inequality differs visibly between tambons.
struct DemoPopulationBuilder {
    let w: DemoWriter
    let profile: DemoProvinceProfile
    let tambon: String
    var g: DemoRandom

    static let year = 2025

    init(writer: DemoWriter, profile: DemoProvinceProfile, tambon: String) {
        w = writer
        self.profile = profile
        self.tambon = tambon
        g = DemoRandom(seed: writer.seed, key: "people/" + tambon)
    }

    /// Three or four groups per tambon: poor elderly everywhere, stateless
    /// people mostly in border and hill areas, women facing violence more in
    /// the south (seed 002). Registered counts always exceed those reached,
    /// because finding people who fall through the cracks is the point.
    /// Returns the groups counted.
    mutating func vulnerableGroups() throws -> [TargetGroup] {
        var groups: [TargetGroup] = [.poorElderly]
        if g.chance(profile.statelessChance(tambon: tambon)) { groups.append(.stateless) }
        if g.chance(profile.violence) { groups.append(.womenViolence) }
        for extra in [TargetGroup.disabled, .childrenYouth] where groups.count < 3 || (groups.count < 4 && g.chance(0.3)) {
            groups.append(extra)
        }
        for group in groups {
            let registered: Int
            switch group {
            case .poorElderly: registered = g.int(30...260)
            case .stateless: registered = g.int(5...180)
            case .womenViolence: registered = profile.southernBorder ? g.int(8...45) : g.int(2...15)
            case .disabled: registered = g.int(10...90)
            default: registered = g.int(10...120)
            }
            let reached = min(registered - 1, Int(Double(registered) * (0.3 + 0.55 * g.unit())))
            try w.write(.vulnerable, id: Store.Records.vulnerableCountID(area: tambon, group: group.rawValue, year: DemoPopulationBuilder.year), [
                "area": tambon, "target_group": group.rawValue, "registered": String(registered),
                "reached": String(max(0, reached)), "year": String(DemoPopulationBuilder.year), "source": "demo",
            ])
        }
        return groups
    }

    /// 30–120 households (a few tambons fewer, to show the small-sample
    /// mark), per-capita incomes lognormal around the province's median with
    /// a tambon's own median and spread; incomes in whole hundreds of baht.
    mutating func households() -> [HouseholdRow] {
        let count = g.chance(0.08) ? g.int(12...29) : g.int(30...120)
        let median = profile.medianIncome * DemoMath.exp(0.25 * g.normal())
        let sigma = 0.4 + profile.inequality + 0.42 * g.unit()
        let memberWeights = [10.0, 20, 25, 22, 12, 7, 4]
        var rows: [HouseholdRow] = []
        rows.reserveCapacity(count)
        for i in 0..<count {
            let members = 1 + g.weighted(memberWeights)
            let perCapita = g.lognormal(median: median, sigma: sigma)
            let income = max(100, (perCapita * Double(members) / 100).rounded() * 100)
            rows.append((tambon, "demo-\(DemoPopulationBuilder.padded(i + 1))", DemoPopulationBuilder.year, members, income, 1))
        }
        return rows
    }

    static func padded(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
