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

    /// An area whose statistics are computed from the draws of its strata.
    struct Pool {
        /// The strata (contiguous) whose households the area pools.
        let strata: Range<Int>
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
    var persons: [Double] = []
    var income: [Double] = []
    var strata: [Stratum] = []
    var pools: [Pool] = []
    /// The pooled areas' sorted orders, one after the other: flat indices and their persons and income.
    var pooledOrder: [Int32] = []
    var pooledPersons: [Double] = []
    var pooledIncome: [Double] = []
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
            persons.append(e.persons)
            income.append(e.income)
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
            pools.append(Pool(strata: range, flatStart: start, count: end - start, pooledStart: nil, poorCount: poor - start))
            return
        }
        var order = (start..<end).map { Int32($0) }
        let pc = perCapita, ps = persons, inc = income
        order.sort {
            let a = Int($0), b = Int($1)
            return (pc[a], ps[a], inc[a], a) < (pc[b], ps[b], inc[b], b)
        }
        let poor = order.prefix { pc[Int($0)] < line }.count
        pools.append(Pool(strata: range, flatStart: start, count: end - start, pooledStart: pooledOrder.count, poorCount: poor))
        pooledOrder += order
        pooledPersons += order.lazy.map { ps[Int($0)] }
        pooledIncome += order.lazy.map { inc[Int($0)] }
    }
}

/// Runs the replicates of a `BootstrapSample` and turns them into intervals.
/// One workspace per thread; its buffers are reused from group to group, so
/// the replicate loop allocates nothing.
struct BootstrapWorkspace {
    /// Draw counts of two replicates, interleaved: household i's at 2i and 2i + 1.
    private var counts: [Int32] = []
    /// A pooled area's counts in its sorted order (interleaved the same way).
    private var gathered: [Int32] = []
    private var drawnPersons: [BootstrapKernel.Lanes] = []
    /// Replicate values: pool p, statistic s, replicate b at `(p · 5 + s) · B + b`.
    private var values: [Double] = []

    mutating func intervals(of sample: inout BootstrapSample, replicates: Int, confidence: Double) -> [MeasureIntervals] {
        let stats = BootstrapKernel.statistics
        let poolCount = sample.pools.count
        ensure(&counts, 2 * sample.persons.count, 0)
        ensure(&drawnPersons, sample.strata.count, .zero)
        // One spare replicate, so that an odd count can run its last pair.
        ensure(&values, poolCount * stats * replicates + 1, 0)
        ensure(&gathered, 2 * (sample.pools.map { $0.pooledStart == nil ? 0 : $0.count }.max() ?? 0), 0)

        counts.withUnsafeMutableBufferPointer { countsBuffer in
        gathered.withUnsafeMutableBufferPointer { gatheredBuffer in
        drawnPersons.withUnsafeMutableBufferPointer { drawn in
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
                // Replicates b and b + 1: every stratum drawn twice, in this order.
                for s in 0..<strata.count {
                    drawn[s] = Self.drawPair(&strata[s], counts: counts, persons: persons)
                }
                // Each pool's statistics from the same draws.
                for p in 0..<poolCount {
                    let pool = pools[p]
                    let out = values + p * stats * replicates + b
                    var total = BootstrapKernel.Lanes()
                    for s in pool.strata { total += drawn[s] }
                    let bothLanes = b + 1 < replicates
                    if let pooled = pool.pooledStart {
                        let order = orderBuffer.baseAddress! + pooled
                        let from = UnsafeRawPointer(counts), to = UnsafeMutableRawPointer(gathered!)
                        for k in 0..<pool.count {
                            to.storeBytes(of: from.load(fromByteOffset: Int(order[k]) &* 8, as: UInt64.self),
                                          toByteOffset: k &* 8, as: UInt64.self)
                        }
                        BootstrapKernel.replicates(persons: pooledPersonsBuffer.baseAddress! + pooled,
                                                   income: pooledIncomeBuffer.baseAddress! + pooled, counts: gathered!,
                                                   count: pool.count, poorCount: pool.poorCount,
                                                   drawnPersons: total, out: out, stride: replicates, bothLanes: bothLanes)
                    } else {
                        BootstrapKernel.replicates(persons: persons + pool.flatStart, income: income + pool.flatStart,
                                                   counts: counts + 2 * pool.flatStart, count: pool.count, poorCount: pool.poorCount,
                                                   drawnPersons: total, out: out, stride: replicates, bothLanes: bothLanes)
                    }
                }
                b += 2
            }
        }}}}}}}}}}}

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

    /// Two replicates of one stratum: each draws n households with
    /// replacement from its n, as counts (lane 0, then lane 1, from the
    /// stratum's stream); returns each one's weighted persons.
    @inline(__always)
    private static func drawPair(_ stratum: inout BootstrapSample.Stratum, counts: UnsafeMutablePointer<Int32>,
                                 persons: UnsafePointer<Double>) -> BootstrapKernel.Lanes {
        let start = stratum.start, n = stratum.count
        var random = stratum.random
        let mine = counts + 2 * start
        let theirPersons = persons + start
        mine.update(repeating: 0, count: 2 * n)
        var totals = BootstrapKernel.Lanes()
        for lane in 0..<2 {
            var total0 = 0.0, total1 = 0.0
            var k = 0
            // Two draws per turn with two sums, so that the additions do not wait on each other.
            while k + 1 < n {
                let (j0, j1) = random.indexPair(below: n)
                mine[2 &* j0 &+ lane] &+= 1
                mine[2 &* j1 &+ lane] &+= 1
                total0 += theirPersons[j0]
                total1 += theirPersons[j1]
                k += 2
            }
            if k < n {
                let j = random.indexPair(below: n).0
                mine[2 &* j &+ lane] &+= 1
                total0 += theirPersons[j]
            }
            totals[lane] = total0 + total1
        }
        stratum.random = random
        return totals
    }

    /// Grows `array` to at least `count` elements (never shrinks, so buffers are reused).
    private func ensure<T>(_ array: inout [T], _ count: Int, _ zero: T) {
        if array.count < count { array.append(contentsOf: repeatElement(zero, count: count - array.count)) }
    }
}
