/// The households of a group of tambons laid out for the bootstrap: each
/// tambon (a stratum) is one contiguous run of the flat arrays, sorted by
/// per-capita income; each area whose values are wanted (a pool: a tambon,
/// or an amphoe or province made of contiguous tambons) knows its sorted
/// order over the households of its tambons.
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
        let area: String
        /// The strata (contiguous) whose households the area pools.
        let strata: Range<Int>
        /// Flat index of each household in the area's sorted order; empty for
        /// a single stratum, which is sorted in place.
        let order: [Int32]
        /// Weighted persons and income in the area's sorted order (empty for a single stratum).
        let persons: [Double]
        let income: [Double]
        /// Households below the poverty line (a prefix of the sorted order).
        let poorCount: Int
        /// The point values (computed by `InequalityMeasures`, exactly as stored).
        let measures: InequalityMeasures
    }

    var perCapita: [Double] = []
    var persons: [Double] = []
    var income: [Double] = []
    var strata: [Stratum] = []
    var pools: [Pool] = []

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
        strata.append(Stratum(start: perCapita.count, count: entries.count, random: random))
        for e in entries {
            perCapita.append(e.perCapita)
            persons.append(e.persons)
            income.append(e.income)
        }
    }

    /// Declares an area made of the strata `range` with its point values.
    mutating func addPool(area: String, strata range: Range<Int>, measures: InequalityMeasures) {
        let start = strata[range.lowerBound].start
        let end = strata[range.upperBound - 1].start + strata[range.upperBound - 1].count
        let line = measures.povertyLine
        if range.count == 1 {
            var poor = start
            while poor < end, perCapita[poor] < line { poor += 1 }
            pools.append(Pool(area: area, strata: range, order: [], persons: [], income: [],
                              poorCount: poor - start, measures: measures))
            return
        }
        var order = (start..<end).map { Int32($0) }
        let pc = perCapita, ps = persons, inc = income
        order.sort {
            let a = Int($0), b = Int($1)
            return (pc[a], ps[a], inc[a], a) < (pc[b], ps[b], inc[b], b)
        }
        let poor = order.prefix { pc[Int($0)] < line }.count
        pools.append(Pool(area: area, strata: range, order: order, persons: order.map { ps[Int($0)] },
                          income: order.map { inc[Int($0)] }, poorCount: poor, measures: measures))
    }
}

/// Runs the replicates of a `BootstrapSample` and turns them into intervals.
/// One workspace per thread; its buffers are reused from group to group, so
/// the replicate loop allocates nothing.
struct BootstrapWorkspace {
    private var counts: [Int32] = []
    private var gathered: [Int32] = []
    private var drawnPersons: [Double] = []
    /// Replicate values: pool p, statistic s, replicate b at `(p · 5 + s) · B + b`.
    private var values: [Double] = []

    mutating func intervals(of sample: inout BootstrapSample, replicates: Int, confidence: Double) -> [MeasureIntervals] {
        let stats = BootstrapKernel.statistics
        let poolCount = sample.pools.count
        ensure(&counts, sample.persons.count, 0)
        ensure(&drawnPersons, sample.strata.count, 0)
        ensure(&values, poolCount * stats * replicates, 0)
        let largestPool = sample.pools.map(\.order.count).max() ?? 0
        ensure(&gathered, largestPool, 0)

        counts.withUnsafeMutableBufferPointer { countsBuffer in
        gathered.withUnsafeMutableBufferPointer { gatheredBuffer in
        drawnPersons.withUnsafeMutableBufferPointer { drawn in
        values.withUnsafeMutableBufferPointer { valuesBuffer in
        sample.persons.withUnsafeBufferPointer { personsBuffer in
        sample.income.withUnsafeBufferPointer { incomeBuffer in
            let counts = countsBuffer.baseAddress!, gathered = gatheredBuffer.baseAddress
            let persons = personsBuffer.baseAddress!, income = incomeBuffer.baseAddress!
            for b in 0..<replicates {
                // Draw every stratum: n households with replacement from its n.
                for s in sample.strata.indices {
                    let start = sample.strata[s].start, n = sample.strata[s].count
                    var random = sample.strata[s].random
                    var total = 0.0
                    for i in start..<(start + n) { counts[i] = 0 }
                    for _ in 0..<n {
                        let j = start + random.index(below: n)
                        counts[j] &+= 1
                        total += persons[j]
                    }
                    sample.strata[s].random = random
                    drawn[s] = total
                }
                // Each pool's statistics from the same draws.
                for p in 0..<poolCount {
                    let pool = sample.pools[p]
                    var total = 0.0
                    for s in pool.strata { total += drawn[s] }
                    guard total > 0 else {
                        for k in 0..<stats { valuesBuffer[(p * stats + k) * replicates + b] = .nan }
                        continue
                    }
                    let out = valuesBuffer.baseAddress! + p * stats * replicates + b
                    if pool.order.isEmpty {
                        let start = sample.strata[pool.strata.lowerBound].start
                        BootstrapKernel.replicate(persons: persons + start, income: income + start, counts: counts + start,
                                                  count: sample.strata[pool.strata.lowerBound].count, poorCount: pool.poorCount,
                                                  drawnPersons: total, out: out, stride: replicates)
                    } else {
                        let gathered = gathered!
                        pool.order.withUnsafeBufferPointer { order in
                            for k in 0..<order.count { gathered[k] = counts[Int(order[k])] }
                        }
                        pool.persons.withUnsafeBufferPointer { ps in
                            pool.income.withUnsafeBufferPointer { inc in
                                BootstrapKernel.replicate(persons: ps.baseAddress!, income: inc.baseAddress!, counts: gathered,
                                                          count: ps.count, poorCount: pool.poorCount,
                                                          drawnPersons: total, out: out, stride: replicates)
                            }
                        }
                    }
                }
            }
        }}}}}}

        return values.withUnsafeMutableBufferPointer { valuesBuffer in
            sample.pools.enumerated().map { p, pool in
                func interval(_ s: Int, _ point: Double?) -> BootstrapInterval? {
                    guard let point else { return nil }
                    let base = valuesBuffer.baseAddress! + (p * stats + s) * replicates
                    return BootstrapInterval.percentile(base, count: replicates, confidence: confidence)?.including(point)
                }
                let m = pool.measures
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

    /// Grows `array` to at least `count` elements (never shrinks, so buffers are reused).
    private func ensure<T>(_ array: inout [T], _ count: Int, _ zero: T) {
        if array.count < count { array.append(contentsOf: repeatElement(zero, count: count - array.count)) }
    }
}
