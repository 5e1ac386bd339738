/// The people side of a tambon: counts of vulnerable groups, and an income
/// survey whose inequality differs visibly between tambons.
struct DemoPopulationBuilder {
    let w: DemoWriter
    let profile: DemoProvinceProfile
    let tambon: String
    var g: DemoRandom

    /// The survey year of the vulnerable-group counts and of the latest households.
    static let year = 2025
    /// The earlier survey years, so that trends show out of the box.
    static let pastYears = [2023, 2024]
    /// The latest survey's median and spread, from which the earlier years drift.
    private var latest: (median: Double, sigma: Double)?

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
        latest = (median, sigma)
        return DemoPopulationBuilder.survey(tambon: tambon, year: DemoPopulationBuilder.year, count: count,
                                            median: median, sigma: sigma, random: &g)
    }

    /// The surveys of `pastYears` (call after `households()`): each year a
    /// new sample of households (its own size, a few tambons below 30),
    /// incomes lower by the tambon's own growth rate (1–6 % a year), and a
    /// spread that drifts by the tambon's own trend (up to ±0.03 a year, so
    /// that growth, not the spread, moves the mean), so that some tambons
    /// grow more unequal and others less. Drawn from a
    /// stream of their own, which leaves the latest year as it was.
    mutating func pastHouseholds() -> [HouseholdRow] {
        guard let latest else { return [] }
        var past = DemoRandom(seed: w.seed, key: "people-past/" + tambon)
        let growth = 0.01 + 0.05 * past.unit()
        let trend = 0.03 * (2 * past.unit() - 1)
        var rows: [HouseholdRow] = []
        for year in DemoPopulationBuilder.pastYears {
            let back = Double(DemoPopulationBuilder.year - year)
            let count = past.chance(0.08) ? past.int(12...29) : past.int(30...120)
            let median = latest.median * DemoMath.exp(-growth * back + 0.04 * past.normal())
            let sigma = max(0.3, latest.sigma - trend * back)
            rows += DemoPopulationBuilder.survey(tambon: tambon, year: year, count: count, median: median, sigma: sigma, random: &past)
        }
        return rows
    }

    /// One year's households: per-capita incomes lognormal, household sizes
    /// as in a Thai village, incomes in whole hundreds of baht.
    private static func survey(tambon: String, year: Int, count: Int, median: Double, sigma: Double,
                               random g: inout DemoRandom) -> [HouseholdRow] {
        let memberWeights = [10.0, 20, 25, 22, 12, 7, 4]
        var rows: [HouseholdRow] = []
        rows.reserveCapacity(count)
        for i in 0..<count {
            let members = 1 + g.weighted(memberWeights)
            let perCapita = g.lognormal(median: median, sigma: sigma)
            let income = max(100, (perCapita * Double(members) / 100).rounded() * 100)
            rows.append((tambon, "demo-\(DemoPopulationBuilder.padded(i + 1))", year, members, income, 1))
        }
        return rows
    }

    static func padded(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
