/// One household's income record, the input unit of the inequality measures.
///
/// The measures are person-based: every member of the household is counted
/// with the household's per-capita income, and the survey weight scales the
/// number of persons the household stands for.
public struct HouseholdIncome: Sendable, Equatable {
    /// Number of persons in the household; must be at least 1.
    public var members: Int
    /// Total household income per year (baht); must be finite and non-negative.
    public var annualIncome: Double
    /// Survey (expansion) weight of the household; must be finite and positive.
    public var weight: Double

    /// Creates a household record; `weight` defaults to 1 (an unweighted sample).
    public init(members: Int, annualIncome: Double, weight: Double = 1) {
        self.members = members
        self.annualIncome = annualIncome
        self.weight = weight
    }

    /// Income per member per year.
    public var perCapitaIncome: Double { annualIncome / Double(members) }

    /// Number of persons this record represents in the population (`members × weight`).
    public var personWeight: Double { Double(members) * weight }

    /// Whether the record satisfies the input contract. Records that do not are
    /// left out of every measure (and counted as skipped) rather than trapping,
    /// because data come from user-edited files and one bad row must not take
    /// the whole screen down.
    public var isUsable: Bool {
        members >= 1 && annualIncome.isFinite && annualIncome >= 0
            && weight.isFinite && weight > 0
    }
}

/// The person-based Lorenz curve of a set of households.
///
/// Households are sorted by per-capita income; the curve is the piecewise-linear
/// curve through the cumulative (population share, income share) points,
/// starting at (0, 0). Each household is one linear segment, so a population
/// share may fall inside a household.
///
/// Cumulative totals are kept in absolute units (persons, baht) rather than
/// shares, so a zero-income bottom yields an exactly zero share and the ratios
/// can detect an undefined denominator without an epsilon.
public struct LorenzCurve: Sendable, Equatable {
    /// Per-capita income of each segment, ascending.
    public let perCapitaIncomes: [Double]
    /// Cumulative weighted persons up to and including segment `i − 1`;
    /// `count == perCapitaIncomes.count + 1`, first element 0.
    public let cumulativePersons: [Double]
    /// Cumulative weighted income up to and including segment `i − 1`;
    /// `count == perCapitaIncomes.count + 1`, first element 0.
    public let cumulativeIncome: [Double]
    /// Input records that violated the contract of `HouseholdIncome` and were left out.
    public let skippedHouseholds: Int

    /// Builds the curve from an array of households.
    public init(_ households: [HouseholdIncome]) {
        var entries = [Entry]()
        entries.reserveCapacity(households.count)
        var skipped = 0
        for household in households {
            if let entry = Entry(household) { entries.append(entry) } else { skipped += 1 }
        }
        self.init(entries: &entries, skipped: skipped)
    }

    /// Builds the curve from any sequence of households (e.g. `a.joined()` or a lazy map).
    public init<S: Sequence<HouseholdIncome>>(_ households: S) {
        var entries = [Entry]()
        entries.reserveCapacity(households.underestimatedCount)
        var skipped = 0
        for household in households {
            if let entry = Entry(household) { entries.append(entry) } else { skipped += 1 }
        }
        self.init(entries: &entries, skipped: skipped)
    }

    /// Builds the curve of the pooled households of several groups (e.g. the
    /// tambons of an amphoe) without first concatenating them.
    public init<G: Sequence<[HouseholdIncome]>>(pooling groups: G) {
        var entries = [Entry]()
        var skipped = 0
        for group in groups {
            entries.reserveCapacity(entries.count + group.count)
            for household in group {
                if let entry = Entry(household) { entries.append(entry) } else { skipped += 1 }
            }
        }
        self.init(entries: &entries, skipped: skipped)
    }

    private init(entries: inout [Entry], skipped: Int) {
        entries.sort { $0.perCapita < $1.perCapita }
        var perCapita = [Double]()
        var persons = [Double]()
        var income = [Double]()
        perCapita.reserveCapacity(entries.count)
        persons.reserveCapacity(entries.count + 1)
        income.reserveCapacity(entries.count + 1)
        persons.append(0)
        income.append(0)
        var cumulativePersons = 0.0
        var cumulativeIncome = 0.0
        for entry in entries {
            cumulativePersons += entry.persons
            cumulativeIncome += entry.income
            perCapita.append(entry.perCapita)
            persons.append(cumulativePersons)
            income.append(cumulativeIncome)
        }
        self.perCapitaIncomes = perCapita
        self.cumulativePersons = persons
        self.cumulativeIncome = income
        self.skippedHouseholds = skipped
    }

    /// Number of households (segments) on the curve.
    public var householdCount: Int { perCapitaIncomes.count }
    /// Weighted number of persons.
    public var totalPersons: Double { cumulativePersons[cumulativePersons.count - 1] }
    /// Weighted total income.
    public var totalIncome: Double { cumulativeIncome[cumulativeIncome.count - 1] }

    /// Cumulative population shares of the curve's points, starting at 0;
    /// empty when there is no population.
    public var populationShares: [Double] {
        let total = totalPersons
        guard total > 0 else { return [] }
        return cumulativePersons.map { $0 / total }
    }

    /// Cumulative income shares of the curve's points, starting at 0; `nil`
    /// when total income is zero (the curve is undefined).
    public var incomeShares: [Double]? {
        let total = totalIncome
        guard total > 0, total.isFinite else { return nil }
        return cumulativeIncome.map { $0 / total }
    }

    /// L(p): the income share of the poorest fraction `p` of persons, by linear
    /// interpolation; `nil` when there is no population or no income.
    /// `p` is clamped to [0, 1].
    public func incomeShare(atPopulationShare p: Double) -> Double? {
        let total = totalIncome
        guard totalPersons > 0, total > 0, total.isFinite, !p.isNaN else { return nil }
        return incomeOfPoorest(min(max(p, 0), 1) * totalPersons) / total
    }

    /// Weighted income held by the poorest `persons` persons.
    func incomeOfPoorest(_ persons: Double) -> Double {
        // Binary search for the first segment whose cumulative population reaches the target.
        var low = 1
        var high = cumulativePersons.count - 1
        guard high >= 1 else { return 0 }
        if persons >= cumulativePersons[high] { return cumulativeIncome[high] }
        while low < high {
            let mid = (low + high) / 2
            if cumulativePersons[mid] >= persons { high = mid } else { low = mid + 1 }
        }
        let startPersons = cumulativePersons[low - 1]
        let segmentPersons = cumulativePersons[low] - startPersons
        let startIncome = cumulativeIncome[low - 1]
        let segmentIncome = cumulativeIncome[low] - startIncome
        guard segmentPersons > 0 else { return startIncome }
        return startIncome + (persons - startPersons) / segmentPersons * segmentIncome
    }

    /// Weighted number of persons whose per-capita income is strictly below `line`.
    func personsBelow(_ line: Double) -> Double {
        // perCapitaIncomes is sorted, so the poor form a prefix.
        var low = 0
        var high = perCapitaIncomes.count
        while low < high {
            let mid = (low + high) / 2
            if perCapitaIncomes[mid] < line { low = mid + 1 } else { high = mid }
        }
        return cumulativePersons[low]
    }

    /// The compact per-household record that is sorted; 24 bytes keeps the one
    /// sort of a million households cache-friendly.
    struct Entry {
        var perCapita: Double
        var persons: Double
        var income: Double

        init?(_ household: HouseholdIncome) {
            guard household.isUsable else { return nil }
            perCapita = household.perCapitaIncome
            persons = household.personWeight
            income = household.annualIncome * household.weight
        }
    }
}

/// Person-based income inequality and poverty measures of a set of households.
///
/// Values that are mathematically undefined for the data (a zero denominator,
/// zero total income, no households) are `nil`, never infinity or NaN.
/// Aggregates for an amphoe or province must be computed from the pooled
/// households of the tambons below (use `compute(pooling:)` or concatenate the
/// arrays): ratios of pooled data are not averages of the groups' ratios.
public struct InequalityMeasures: Sendable, Equatable {
    /// Default poverty line, baht per person per year.
    public static let defaultPovertyLine: Double = 38_000
    /// Below this many households a value is flagged as statistically fragile.
    public static let smallSampleThreshold = 30

    /// Number of households that entered the measures.
    public let households: Int
    /// Number of input records left out because they violated the input contract.
    public let skippedHouseholds: Int
    /// Weighted number of persons (`Σ members × weight`).
    public let persons: Double
    /// Weighted mean per-capita income (`Σ income × weight / Σ members × weight`);
    /// `nil` when there are no persons.
    public let meanIncome: Double?
    /// Gini coefficient from the Lorenz curve (trapezoid rule over its points,
    /// no small-sample correction); `nil` when total income is zero.
    public let gini: Double?
    /// S90/S10: income share of the richest 10 % over that of the poorest 10 %;
    /// `nil` when the poorest 10 % have no income.
    public let s90s10: Double?
    /// Palma ratio: income share of the richest 10 % over that of the poorest 40 %;
    /// `nil` when the poorest 40 % have no income.
    public let palma: Double?
    /// The poverty line used for `povertyHeadcount`, baht per person per year.
    public let povertyLine: Double
    /// Weighted share of persons with per-capita income strictly below `povertyLine`;
    /// `nil` when there are no persons.
    public let povertyHeadcount: Double?

    /// Whether fewer than `smallSampleThreshold` households entered the measures.
    public var smallSample: Bool { households < Self.smallSampleThreshold }

    /// Derives the measures from an already built Lorenz curve.
    public init(lorenz: LorenzCurve, povertyLine: Double = InequalityMeasures.defaultPovertyLine) {
        households = lorenz.householdCount
        skippedHouseholds = lorenz.skippedHouseholds
        self.povertyLine = povertyLine
        let totalPersons = lorenz.totalPersons
        let totalIncome = lorenz.totalIncome
        persons = totalPersons
        guard totalPersons > 0, totalPersons.isFinite else {
            meanIncome = nil
            gini = nil
            s90s10 = nil
            palma = nil
            povertyHeadcount = nil
            return
        }
        povertyHeadcount = lorenz.personsBelow(povertyLine) / totalPersons
        meanIncome = totalIncome.isFinite ? totalIncome / totalPersons : nil
        guard totalIncome > 0, totalIncome.isFinite else {
            gini = nil
            s90s10 = nil
            palma = nil
            return
        }

        // Σ (p_i − p_{i−1})(L_i + L_{i−1}) in absolute units, normalised once at the end.
        var area = 0.0
        lorenz.cumulativePersons.withUnsafeBufferPointer { cumPersons in
            lorenz.cumulativeIncome.withUnsafeBufferPointer { cumIncome in
                for i in 1..<cumPersons.count {
                    area += (cumPersons[i] - cumPersons[i - 1]) * (cumIncome[i] + cumIncome[i - 1])
                }
            }
        }
        // Rounding can push a perfectly equal distribution a few ulps below zero.
        gini = min(max(1 - area / (totalPersons * totalIncome), 0), 1)

        let richest10 = totalIncome - lorenz.incomeOfPoorest(0.9 * totalPersons)
        let poorest10 = lorenz.incomeOfPoorest(0.1 * totalPersons)
        let poorest40 = lorenz.incomeOfPoorest(0.4 * totalPersons)
        s90s10 = poorest10 > 0 ? richest10 / poorest10 : nil
        palma = poorest40 > 0 ? richest10 / poorest40 : nil
    }

    /// Computes the measures for an array of households.
    public static func compute(
        _ households: [HouseholdIncome],
        povertyLine: Double = InequalityMeasures.defaultPovertyLine
    ) -> InequalityMeasures {
        InequalityMeasures(lorenz: LorenzCurve(households), povertyLine: povertyLine)
    }

    /// Computes the measures for any sequence of households.
    public static func compute<S: Sequence<HouseholdIncome>>(
        _ households: S,
        povertyLine: Double = InequalityMeasures.defaultPovertyLine
    ) -> InequalityMeasures {
        InequalityMeasures(lorenz: LorenzCurve(households), povertyLine: povertyLine)
    }

    /// Computes the measures for the pooled households of several groups, e.g.
    /// all tambons of an amphoe.
    public static func compute<G: Sequence<[HouseholdIncome]>>(
        pooling groups: G,
        povertyLine: Double = InequalityMeasures.defaultPovertyLine
    ) -> InequalityMeasures {
        InequalityMeasures(lorenz: LorenzCurve(pooling: groups), povertyLine: povertyLine)
    }
}
