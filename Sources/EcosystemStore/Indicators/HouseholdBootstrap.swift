import Foundation

/// The 95 % intervals of the five household indicators of one area.
/// A member is `nil` when its value is undefined or when too few replicates
/// define it (`BootstrapInterval.minimumDefinedShare`).
public struct MeasureIntervals: Sendable, Equatable {
    public var s90s10: BootstrapInterval?
    public var palma: BootstrapInterval?
    public var gini: BootstrapInterval?
    public var povertyHeadcount: BootstrapInterval?
    public var meanIncome: BootstrapInterval?
    /// Number of bootstrap replicates behind the intervals.
    public var replicates: Int
    /// Nominal coverage, 0.95.
    public var confidence: Double

    public init(s90s10: BootstrapInterval?, palma: BootstrapInterval?, gini: BootstrapInterval?,
                povertyHeadcount: BootstrapInterval?, meanIncome: BootstrapInterval?,
                replicates: Int, confidence: Double) {
        self.s90s10 = s90s10
        self.palma = palma
        self.gini = gini
        self.povertyHeadcount = povertyHeadcount
        self.meanIncome = meanIncome
        self.replicates = replicates
        self.confidence = confidence
    }

    /// The interval of an indicator by its id (`InequalityMeasures.indicatorIDs`); nil for any other id.
    public subscript(indicator id: String) -> BootstrapInterval? {
        switch id {
        case "s90s10": return s90s10
        case "palma": return palma
        case "gini": return gini
        case "poverty_headcount": return povertyHeadcount
        case "mean_income": return meanIncome
        default: return nil
        }
    }
}

extension InequalityMeasures {
    /// The ids of the indicators computed from households, as stored.
    public static let indicatorIDs = ["s90s10", "palma", "gini", "poverty_headcount", "mean_income"]

    /// The value of an indicator by its id (`indicatorIDs`); nil when
    /// undefined or for any other id.
    public func value(indicator id: String) -> Double? {
        switch id {
        case "s90s10": return s90s10
        case "palma": return palma
        case "gini": return gini
        case "poverty_headcount": return povertyHeadcount
        case "mean_income": return meanIncome
        default: return nil
        }
    }
}

/// One area's point values and intervals, as `HouseholdBootstrap.evidence` returns them.
public struct AreaEvidence: Sendable, Equatable {
    /// Tambon, amphoe or province geocode.
    public let area: String
    /// The point values, identical to `InequalityMeasures.compute` of the
    /// area's (pooled) households; `measures.households` is the `n` and
    /// `measures.smallSample` the flag that travel with the values.
    public let measures: InequalityMeasures
    public let intervals: MeasureIntervals

    /// Households behind the values (`n` in `tisep indicators --json`).
    public var households: Int { measures.households }
    /// Fewer than 30 households (`InequalityMeasures.smallSampleThreshold`): `small_sample`.
    public var smallSample: Bool { measures.smallSample }
}

/// Bootstrap percentile intervals for the indicators computed from household
/// samples (`docs/indicators.md`, "Intervals"; Efron & Tibshirani 1993,
/// ch. 6 and 13).
///
/// Scheme: a tambon's sample of n households is resampled n times with
/// replacement, uniformly (each household carries its own survey weight
/// into the replicate, as in the point estimate); the five statistics are
/// computed on each replicate, and the 2.5th and 97.5th percentiles of the
/// replicates bound the interval. An amphoe or province pools its tambons:
/// its replicate is the union of its tambons' replicates, i.e. a stratified
/// bootstrap with the tambons as strata (Davison & Hinkley 1997, §3.7).
///
/// Deterministic: each tambon draws from its own SplitMix64 stream
/// (`DemoRandom`) seeded from its code and the survey year, so the same
/// households give the same intervals on every machine, in any row order,
/// whether computed alone or with the whole country, on any number of threads.
public enum HouseholdBootstrap {
    /// Replicates per interval: the floor, chosen for speed (a
    /// national survey must recompute within seconds). The Monte Carlo error
    /// of an end is then about 6 % of the half-width (4 % at 1,000, which
    /// Efron & Tibshirani advise for percentile intervals; pass
    /// `replicates: 1_000` where time allows).
    public static let defaultReplicates = 500
    /// The nominal coverage of the intervals.
    public static let defaultConfidence = 0.95

    /// The seed of a tambon's random stream: a stable hash of its code and
    /// the survey year (one stream serves all five indicators, which are
    /// computed from the same replicates).
    public static func seed(area: String, year: Int) -> UInt64 {
        DemoRandom.mix(seedBase ^ DemoRandom.fnv1a("bootstrap/\(area)/\(year)"))
    }

    /// "TISEP19" in ASCII: keeps these streams apart from the demo generator's.
    private static let seedBase: UInt64 = 0x0054_4953_4550_3139

    /// The intervals of one sample of households (invalid records are left
    /// out, as in `InequalityMeasures`).
    public static func intervals(
        _ households: [HouseholdIncome], seed: UInt64,
        povertyLine: Double = InequalityMeasures.defaultPovertyLine,
        replicates: Int = defaultReplicates, confidence: Double = defaultConfidence
    ) -> MeasureIntervals {
        precondition(replicates >= 1 && confidence > 0 && confidence < 1)
        let measures = InequalityMeasures.compute(households, povertyLine: povertyLine)
        var sample = BootstrapSample()
        sample.addStratum(households, random: DemoRandom(seed: seed))
        guard measures.households > 0 else { return empty(replicates, confidence) }
        sample.addPool(area: "", strata: 0..<1, measures: measures)
        var workspace = BootstrapWorkspace()
        return workspace.intervals(of: &sample, replicates: replicates, confidence: confidence)[0]
    }

    /// Point values and intervals of every tambon and of every amphoe and
    /// province above them, from one survey year's households grouped by
    /// tambon (6-digit geocodes; in any order): the tambons in geocode order,
    /// then the amphoes, then the provinces, as `recomputeIndicators` stores
    /// them. Tambons without usable households are left out.
    ///
    /// An amphoe's or province's values pool the tambons given: to compute
    /// one area on its own (lazily, when it is first shown), pass all the
    /// tambons below it and take its entry; a tambon's own intervals do not
    /// depend on the others passed.
    ///
    /// `threads` > 1 spreads the provinces over that many threads; the
    /// results do not depend on it.
    public static func evidence(
        tambons: [(tambon: String, households: [HouseholdIncome])], year: Int,
        povertyLine: Double = InequalityMeasures.defaultPovertyLine,
        replicates: Int = defaultReplicates, confidence: Double = defaultConfidence,
        threads: Int = 1
    ) -> [AreaEvidence] {
        precondition(replicates >= 1 && confidence > 0 && confidence < 1)
        let sorted = tambons.filter { $0.households.contains(where: \.isUsable) }.sorted { $0.tambon < $1.tambon }
        // Provinces are independent: split at each change of the 2-digit prefix.
        var ranges: [Range<Int>] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end].tambon.prefix(2) == sorted[start].tambon.prefix(2) { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        let provinces = ranges
        let results = ResultSlots<ProvinceEvidence>(count: provinces.count)
        let next = WorkQueue(count: provinces.count)
        let work = { @Sendable in
            var workspace = BootstrapWorkspace()
            while let i = next.take() {
                results[i] = province(sorted[provinces[i]], year: year, povertyLine: povertyLine,
                                      replicates: replicates, confidence: confidence, workspace: &workspace)
            }
        }
        let workers = max(1, min(threads, provinces.count))
        if workers == 1 {
            work()
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in work() }
        }
        // Tambons, then amphoes, then provinces, each in geocode order.
        let all = results.values.compactMap { $0 }
        return all.flatMap(\.tambons) + all.flatMap(\.amphoes) + all.flatMap(\.province)
    }

    private typealias ProvinceEvidence = (tambons: [AreaEvidence], amphoes: [AreaEvidence], province: [AreaEvidence])

    /// One province: its tambons, its amphoes and itself from one set of draws.
    private static func province(
        _ tambons: ArraySlice<(tambon: String, households: [HouseholdIncome])>, year: Int,
        povertyLine: Double, replicates: Int, confidence: Double, workspace: inout BootstrapWorkspace
    ) -> ProvinceEvidence {
        var sample = BootstrapSample()
        let list = Array(tambons)
        for t in list {
            sample.addStratum(t.households, random: DemoRandom(seed: seed(area: t.tambon, year: year)))
            let index = sample.strata.count - 1
            sample.addPool(area: t.tambon, strata: index..<(index + 1),
                           measures: InequalityMeasures.compute(t.households, povertyLine: povertyLine))
        }
        var amphoes = 0
        for prefixLength in [4, 2] {
            var start = 0
            while start < list.count {
                let parent = list[start].tambon.prefix(prefixLength)
                var end = start + 1
                while end < list.count, list[end].tambon.prefix(prefixLength) == parent { end += 1 }
                let measures = InequalityMeasures.compute(pooling: list[start..<end].lazy.map(\.households), povertyLine: povertyLine)
                sample.addPool(area: String(parent), strata: start..<end, measures: measures)
                if prefixLength == 4 { amphoes += 1 }
                start = end
            }
        }
        let intervals = workspace.intervals(of: &sample, replicates: replicates, confidence: confidence)
        let evidence = intervals.indices.map { AreaEvidence(area: sample.areas[$0], measures: sample.measures[$0], intervals: intervals[$0]) }
        return (Array(evidence[..<list.count]), Array(evidence[list.count..<(list.count + amphoes)]),
                Array(evidence[(list.count + amphoes)...]))
    }

    private static func empty(_ replicates: Int, _ confidence: Double) -> MeasureIntervals {
        MeasureIntervals(s90s10: nil, palma: nil, gini: nil, povertyHeadcount: nil, meanIncome: nil,
                         replicates: replicates, confidence: confidence)
    }
}

/// Hands out indices 0..<count to the worker threads, each once.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }
}

/// One result slot per index, each written by one thread only.
private final class ResultSlots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return slots[index] }
        set { lock.lock(); defer { lock.unlock() }; slots[index] = newValue }
    }

    var values: [T?] { lock.lock(); defer { lock.unlock() }; return slots }
}
