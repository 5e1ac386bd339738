/// The households of a group of tambons laid out for the replicate loop:
/// each tambon (a stratum) is one contiguous run of the flat arrays, sorted
/// by per-capita income; each area whose values are wanted (a pool: a
/// tambon, or an amphoe or province made of contiguous tambons) knows its
/// sorted order over the households of its tambons.
///
/// Everything the replicate loop touches is a flat array of numbers or a
/// struct of integers, so that the loop does no reference counting.
public struct ReplicateDesign: Sendable {
    /// One tambon's households: `flat[start ..< start + count]`.
    public struct Stratum: Sendable {
        public let start: Int
        public let count: Int
        /// The tambon's own random stream, so its draws do not depend on
        /// which other tambons are computed with it.
        public var random: ReplicateRandom
    }

    /// An area whose statistics are computed from the draws of its strata
    /// (contiguous, so its households are one run of the flat arrays).
    public struct Pool: Sendable {
        /// Where the area's households start in the flat arrays (their own
        /// order is sorted when there is one stratum).
        public let flatStart: Int
        public let count: Int
        /// For several strata: where the area's sorted order starts in
        /// `pooledOrder`, `pooledPersons` and `pooledIncome`; nil for one stratum.
        public let pooledStart: Int?
        /// Households below the poverty line (a prefix of the sorted order).
        public let poorCount: Int
    }

    /// Per-capita income of each household (the sort key).
    public internal(set) var perCapita: [Double] = []
    /// Weighted persons and income of each household, in single precision for the replicates.
    public internal(set) var persons: [Float] = []
    public internal(set) var income: [Float] = []
    public internal(set) var strata: [Stratum] = []
    public internal(set) var pools: [Pool] = []
    /// The pooled areas' sorted orders, one after the other: flat indices and their persons and income.
    public internal(set) var pooledOrder: [Int32] = []
    public internal(set) var pooledPersons: [Float] = []
    public internal(set) var pooledIncome: [Float] = []

    public init() {}

    /// Appends a tambon's households — per-capita income, weighted persons
    /// and weighted income — sorted by per-capita income and then by
    /// weighted persons and income, so that the draws (indices into this
    /// order) depend on the households, not on the order they came in.
    public mutating func addStratum(_ households: [(perCapita: Double, persons: Double, income: Double)], random: ReplicateRandom) {
        let entries = households.sorted { ($0.perCapita, $0.persons, $0.income) < ($1.perCapita, $1.persons, $1.income) }
        precondition(entries.count < Int(Int32.max), "a tambon's sample fits 32-bit draws")
        strata.append(Stratum(start: perCapita.count, count: entries.count, random: random))
        for e in entries {
            perCapita.append(e.perCapita)
            persons.append(Float(e.persons))
            income.append(Float(e.income))
        }
    }

    /// Declares an area made of the strata `range`; `povertyLine` decides
    /// its poor households.
    public mutating func addPool(strata range: Range<Int>, povertyLine line: Double) {
        let start = strata[range.lowerBound].start
        let end = strata[range.upperBound - 1].start + strata[range.upperBound - 1].count
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

/// Runs the replicates of a `ReplicateDesign`. One workspace per thread;
/// its buffers are reused from group to group, so the replicate loop
/// allocates nothing.
public struct ReplicateWorkspace {
    public typealias Lanes = BootstrapKernel.Lanes
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

    public init() {}

    /// Draws `replicates` replicates of every stratum (four at a time, each
    /// stratum from its own stream, in stratum order) and computes every
    /// pool's five statistics on each; then hands `body` the values: pool
    /// p's statistic s (`BootstrapKernel.s90s10` …) in replicate b at
    /// `(p · 5 + s) · replicates + b`. NaN: undefined; +∞: a ratio over a
    /// poorest share with no income. The buffer is scratch: `body` may reorder it.
    public mutating func run<Result>(_ design: inout ReplicateDesign, replicates: Int,
                                     _ body: (UnsafeMutablePointer<Double>) -> Result) -> Result {
        precondition(replicates >= 1)
        let stats = BootstrapKernel.statistics, lanes = Self.lanes
        let poolCount = design.pools.count
        let largestPool = design.pools.map(\.count).max() ?? 0
        ensure(&counts, lanes * design.persons.count, 0)
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
        design.persons.withUnsafeBufferPointer { personsBuffer in
        design.income.withUnsafeBufferPointer { incomeBuffer in
        design.pooledOrder.withUnsafeBufferPointer { orderBuffer in
        design.pooledPersons.withUnsafeBufferPointer { pooledPersonsBuffer in
        design.pooledIncome.withUnsafeBufferPointer { pooledIncomeBuffer in
        design.strata.withUnsafeMutableBufferPointer { strata in
        design.pools.withUnsafeBufferPointer { pools in
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

        return values.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }

    /// Four replicates of one stratum: each draws n households with
    /// replacement from its n, as counts (lane 0, 1, 2, 3 in turn, from the
    /// stratum's own stream). A last group of fewer than four replicates
    /// still draws all four lanes, so the stream is used the same way.
    @inline(__always)
    private static func draw(_ stratum: inout ReplicateDesign.Stratum, counts: UnsafeMutablePointer<Int32>) {
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
