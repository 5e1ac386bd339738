/// The households of a group of tambons laid out for the bootstrap: each
/// tambon (a stratum) is one contiguous run of the flat arrays, sorted by
/// per-capita income; each area whose values are wanted (a pool: a tambon,
/// or an amphoe or province made of contiguous tambons) knows its sorted
/// order over the households of its tambons.
///
/// Everything the replicate loop touches is a flat array of numbers or a
/// struct of integers, so that the loop does no reference counting.
struct BootstrapSample {
    /// One tambon's households: `flat[start ..< start + count]`.
    struct Stratum {
        let start: Int
        let count: Int
        /// The tambon's own random stream, so its draws do not depend on
        /// which other tambons are computed with it.
        var random: DemoRandom
    }

    /// An area whose statistics are computed from the draws of its strata
    /// (contiguous, so its households are one run of the flat arrays).
    struct Pool {
        /// Where the area's households start in the flat arrays (their own
        /// order is sorted when there is one stratum).
        let flatStart: Int
        let count: Int
        /// For several strata: where the area's sorted order starts in
        /// `pooledOrder`, `pooledPersons` and `pooledIncome`; nil for one stratum.
        let pooledStart: Int?
        /// Households below the poverty line (a prefix of the sorted order).
        let poorCount: Int
    }

    var perCapita: [Double] = []
    /// Weighted persons and income of each household, in single precision for the replicates.
    var persons: [Float] = []
    var income: [Float] = []
    var strata: [Stratum] = []
    var pools: [Pool] = []
    /// The pooled areas' sorted orders, one after the other: flat indices and their persons and income.
    var pooledOrder: [Int32] = []
    var pooledPersons: [Float] = []
    var pooledIncome: [Float] = []
    /// Per pool: its code and its point values (computed by `InequalityMeasures`, exactly as stored).
    var areas: [String] = []
    var measures: [InequalityMeasures] = []

    /// Appends a tambon's usable households, sorted by per-capita income and
    /// then by weighted persons and income, so that the draws (indices into
    /// this order) depend on the households, not on the order they came in.
    mutating func addStratum(_ households: [HouseholdIncome], random: DemoRandom) {
        var entries: [(perCapita: Double, persons: Double, income: Double)] = []
        entries.reserveCapacity(households.count)
        for h in households where h.isUsable {
            entries.append((h.perCapitaIncome, h.personWeight, h.annualIncome * h.weight))
        }
        entries.sort { ($0.perCapita, $0.persons, $0.income) < ($1.perCapita, $1.persons, $1.income) }
        precondition(entries.count < Int(Int32.max), "a tambon's sample fits 32-bit draws")
        strata.append(Stratum(start: perCapita.count, count: entries.count, random: random))
        for e in entries {
            perCapita.append(e.perCapita)
            persons.append(Float(e.persons))
            income.append(Float(e.income))
        }
    }

    /// Declares an area made of the strata `range` with its point values.
    mutating func addPool(area: String, strata range: Range<Int>, measures pointValues: InequalityMeasures) {
        let start = strata[range.lowerBound].start
        let end = strata[range.upperBound - 1].start + strata[range.upperBound - 1].count
        let line = pointValues.povertyLine
        areas.append(area)
        measures.append(pointValues)
        if range.count == 1 {
            var poor = start
            while poor < end, perCapita[poor] < line { poor += 1 }
            pools.append(Pool(flatStart: start, count: end - start, pooledStart: nil, poorCount: poor - start))
            return
        }
        var order = (start..<end).map { Int32($0) }
        let pc = perCapita, ps = persons, inc = income
        order.sort {
            let a = Int($0), b = Int($1)
            return (pc[a], ps[a], inc[a], a) < (pc[b], ps[b], inc[b], b)
        }
        let poor = order.prefix { pc[Int($0)] < line }.count
        pools.append(Pool(flatStart: start, count: end - start, pooledStart: pooledOrder.count, poorCount: poor))
        pooledOrder += order
        pooledPersons += order.lazy.map { ps[Int($0)] }
        pooledIncome += order.lazy.map { inc[Int($0)] }
    }
}

/// Runs the replicates of a `BootstrapSample` and turns them into intervals.
/// One workspace per thread; its buffers are reused from group to group, so
/// the replicate loop allocates nothing.
struct BootstrapWorkspace {
    typealias Lanes = BootstrapKernel.Lanes
    private static let lanes = BootstrapKernel.lanes

    /// Draw counts of four replicates, interleaved: household i's at 4i ..< 4i + 4.
    private var counts: [Int32] = []
    /// A pooled area's counts in its sorted order (interleaved the same way).
    private var gathered: [Int32] = []
    /// Scratch of the pass: cumulative persons and income per household.
    private var cumulativePersons: [Lanes] = []
    private var cumulativeIncome: [Lanes] = []
    /// Replicate values: pool p, statistic s, replicate b at `(p · 5 + s) · B + b`.
    private var values: [Double] = []

    mutating func intervals(of sample: inout BootstrapSample, replicates: Int, confidence: Double) -> [MeasureIntervals] {
        let stats = BootstrapKernel.statistics, lanes = Self.lanes
        let poolCount = sample.pools.count
        let largestPool = sample.pools.map(\.count).max() ?? 0
        ensure(&counts, lanes * sample.persons.count, 0)
        ensure(&gathered, lanes * largestPool, 0)
        ensure(&cumulativePersons, largestPool, .zero)
        ensure(&cumulativeIncome, largestPool, .zero)
        ensure(&values, poolCount * stats * replicates, 0)

        // The replicate loop works on raw pointers (no bounds checks, no
        // reference counting, no exclusivity checks): one scope per array.
        counts.withUnsafeMutableBufferPointer { countsBuffer in
        gathered.withUnsafeMutableBufferPointer { gatheredBuffer in
        cumulativePersons.withUnsafeMutableBufferPointer { cumP in
        cumulativeIncome.withUnsafeMutableBufferPointer { cumY in
        values.withUnsafeMutableBufferPointer { valuesBuffer in
        sample.persons.withUnsafeBufferPointer { personsBuffer in
        sample.income.withUnsafeBufferPointer { incomeBuffer in
        sample.pooledOrder.withUnsafeBufferPointer { orderBuffer in
        sample.pooledPersons.withUnsafeBufferPointer { pooledPersonsBuffer in
        sample.pooledIncome.withUnsafeBufferPointer { pooledIncomeBuffer in
        sample.strata.withUnsafeMutableBufferPointer { strata in
        sample.pools.withUnsafeBufferPointer { pools in
            let counts = countsBuffer.baseAddress!, gathered = gatheredBuffer.baseAddress
            let persons = personsBuffer.baseAddress!, income = incomeBuffer.baseAddress!
            let values = valuesBuffer.baseAddress!
            var b = 0
            while b < replicates {
                // Replicates b ..< b + 4: every stratum drawn four times, in this order.
                for s in 0..<strata.count {
                    Self.draw(&strata[s], counts: counts)
                }
                let used = min(lanes, replicates - b)
                // Each pool's statistics from the same draws.
                for p in 0..<poolCount {
                    let pool = pools[p]
                    let out = values + p * stats * replicates + b
                    if let pooled = pool.pooledStart {
                        let order = orderBuffer.baseAddress! + pooled
                        let from = UnsafeRawPointer(counts), to = UnsafeMutableRawPointer(gathered!)
                        for k in 0..<pool.count {
                            let four = from.loadUnaligned(fromByteOffset: Int(order[k]) &* 16, as: SIMD4<Int32>.self)
                            to.storeBytes(of: four, toByteOffset: k &* 16, as: SIMD4<Int32>.self)
                        }
                        BootstrapKernel.replicates(persons: pooledPersonsBuffer.baseAddress! + pooled,
                                                   income: pooledIncomeBuffer.baseAddress! + pooled, counts: gathered!,
                                                   count: pool.count, poorCount: pool.poorCount,
                                                   cumulativePersons: cumP.baseAddress!, cumulativeIncome: cumY.baseAddress!,
                                                   out: out, stride: replicates, usedLanes: used)
                    } else {
                        BootstrapKernel.replicates(persons: persons + pool.flatStart, income: income + pool.flatStart,
                                                   counts: counts + lanes * pool.flatStart, count: pool.count,
                                                   poorCount: pool.poorCount,
                                                   cumulativePersons: cumP.baseAddress!, cumulativeIncome: cumY.baseAddress!,
                                                   out: out, stride: replicates, usedLanes: used)
                    }
                }
                b += lanes
            }
        }}}}}}}}}}}}

        return values.withUnsafeMutableBufferPointer { valuesBuffer in
            sample.measures.enumerated().map { p, m in
                func interval(_ s: Int, _ point: Double?) -> BootstrapInterval? {
                    guard let point else { return nil }
                    let base = valuesBuffer.baseAddress! + (p * stats + s) * replicates
                    return BootstrapInterval.percentile(base, count: replicates, confidence: confidence)?.including(point)
                }
                return MeasureIntervals(
                    s90s10: interval(BootstrapKernel.s90s10, m.s90s10),
                    palma: interval(BootstrapKernel.palma, m.palma),
                    gini: interval(BootstrapKernel.gini, m.gini),
                    povertyHeadcount: interval(BootstrapKernel.povertyHeadcount, m.povertyHeadcount),
                    meanIncome: interval(BootstrapKernel.meanIncome, m.meanIncome),
                    replicates: replicates, confidence: confidence)
            }
        }
    }

    /// Four replicates of one stratum: each draws n households with
    /// replacement from its n, as counts (lane 0, 1, 2, 3 in turn, from the
    /// stratum's own stream). A last group of fewer than four replicates
    /// still draws all four lanes, so the stream is used the same way.
    @inline(__always)
    private static func draw(_ stratum: inout BootstrapSample.Stratum, counts: UnsafeMutablePointer<Int32>) {
        let start = stratum.start, n = stratum.count
        var random = stratum.random
        let mine = counts + lanes * start
        mine.update(repeating: 0, count: lanes * n)
        for lane in 0..<lanes {
            var k = 0
            while k + 1 < n {
                let (j0, j1) = random.indexPair(below: n)
                mine[4 &* j0 &+ lane] &+= 1
                mine[4 &* j1 &+ lane] &+= 1
                k += 2
            }
            if k < n {
                mine[4 &* random.indexPair(below: n).0 &+ lane] &+= 1
            }
        }
        stratum.random = random
    }

    /// Grows `array` to at least `count` elements (never shrinks, so buffers are reused).
    private func ensure<T>(_ array: inout [T], _ count: Int, _ zero: T) {
        if array.count < count { array.append(contentsOf: repeatElement(zero, count: count - array.count)) }
    }
}
