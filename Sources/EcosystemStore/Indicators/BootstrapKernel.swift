/// The five household statistics of bootstrap replicates, computed in one
/// pass over a sample that was sorted once.
///
/// A replicate draws n households with replacement from the n of the
/// sample. Instead of sorting each replicate, the sample stays sorted by
/// per-capita income and a replicate is the number of times each household
/// was drawn (its counts). A household drawn c times is c identical Lorenz
/// segments in a row, i.e. one segment c times as long with the same slope,
/// so one pass over the sorted sample with each household scaled by its
/// count gives exactly the replicate's Lorenz curve: no sort, no
/// allocation, O(n) per replicate.
///
/// Two replicates go through the pass together, one in each lane of a
/// `SIMD2<Double>`: they share the loads of the sample, and the pass, whose
/// speed is bounded by its chains of dependent additions, gets two chains
/// for the price of one.
enum BootstrapKernel {
    /// The statistics in the order they are stored per replicate.
    static let statistics = 5
    static let s90s10 = 0, palma = 1, gini = 2, povertyHeadcount = 3, meanIncome = 4

    typealias Lanes = SIMD2<Double>

    /// Two replicates' statistics: lane l's statistic s goes to
    /// `out[s · stride + l]` (lane 1 only when `bothLanes`).
    ///
    /// - `persons[i]`, `income[i]`: weighted persons (`members × weight`) and
    ///   weighted income of household i, households sorted by per-capita income.
    /// - `counts`: for household i, the number of times it was drawn in
    ///   replicate 0 and in replicate 1 (`counts[2i]`, `counts[2i + 1]`).
    /// - `poorCount`: the number of households whose per-capita income is
    ///   strictly below the poverty line (a prefix, as they are sorted).
    /// - `drawnPersons`: each replicate's weighted persons as summed while
    ///   drawing; they place the 10 %, 40 % and 90 % points before the pass.
    ///
    /// Undefined values are NaN (no income at all); a ratio over a poorest
    /// share with no income is +∞. The formulas are those of
    /// `InequalityMeasures` (same interpolation, same trapezoid rule).
    @inline(__always)
    static func replicates(persons: UnsafePointer<Double>, income: UnsafePointer<Double>,
                           counts: UnsafePointer<Int32>, count n: Int, poorCount: Int,
                           drawnPersons: Lanes, out: UnsafeMutablePointer<Double>, stride: Int, bothLanes: Bool) {
        var pass = PairedLorenzPass(persons: persons, income: income, counts: counts, totalPersons: drawnPersons)
        pass.run(0, poorCount)
        let poorPersons = pass.persons
        pass.run(poorCount, n)

        for lane in 0..<(bothLanes ? 2 : 1) {
            let total = pass.income[lane], people = pass.persons[lane]
            let (bottom10, bottom40, bottom90) = pass.points(lane)
            let o = out + lane
            o[meanIncome * stride] = total / people
            o[povertyHeadcount * stride] = poorPersons[lane] / people
            guard total > 0, total.isFinite else {
                o[s90s10 * stride] = .nan
                o[palma * stride] = .nan
                o[gini * stride] = .nan
                continue
            }
            let richest10 = total - bottom90
            o[s90s10 * stride] = bottom10 > 0 ? richest10 / bottom10 : .infinity
            o[palma * stride] = bottom40 > 0 ? richest10 / bottom40 : .infinity
            o[gini * stride] = min(max(1 - pass.area[lane] / (people * total), 0), 1)
        }
    }
}

/// The running state of a pass of two replicates along their Lorenz
/// curves: cumulative persons and income, the Gini's trapezoid sum, and the
/// income of the poorest 10 %, 40 % and 90 % of persons once passed.
struct PairedLorenzPass {
    typealias Lanes = BootstrapKernel.Lanes

    private let sampledPersons: UnsafePointer<Double>
    private let sampledIncome: UnsafePointer<Double>
    private let counts: UnsafeRawPointer
    private let targets10: Lanes, targets40: Lanes, targets90: Lanes
    private var target: Lanes
    private var found0 = 0, found1 = 0
    private var l10 = Lanes(), l40 = Lanes(), l90 = Lanes()
    private(set) var persons = Lanes()
    private(set) var income = Lanes()
    /// Σ Δp·(L_before + L_after) in absolute units (persons × baht).
    private(set) var area = Lanes()

    init(persons: UnsafePointer<Double>, income: UnsafePointer<Double>, counts: UnsafePointer<Int32>, totalPersons: Lanes) {
        sampledPersons = persons
        sampledIncome = income
        self.counts = UnsafeRawPointer(counts)
        targets10 = 0.1 * totalPersons
        targets40 = 0.4 * totalPersons
        targets90 = 0.9 * totalPersons
        target = targets10
    }

    @inline(__always)
    private func count(_ i: Int) -> Lanes {
        let c = counts.load(fromByteOffset: i &* 8, as: SIMD2<Int32>.self)
        return Lanes(Double(c.x), Double(c.y))
    }

    /// Households `from ..< end`, two at a time: the cumulative sums advance
    /// once per pair, which halves the chain of dependent additions again
    /// (the order of the additions is fixed, so the result is the same on
    /// every machine).
    @inline(__always)
    mutating func run(_ from: Int, _ end: Int) {
        var i = from
        while i + 1 < end {
            let c0 = count(i), c1 = count(i + 1)
            let dp0 = c0 * sampledPersons[i], di0 = c0 * sampledIncome[i]
            let dp1 = c1 * sampledPersons[i + 1], di1 = c1 * sampledIncome[i + 1]
            let pairPersons = dp0 + dp1
            if any(persons + pairPersons .>= target) {
                step(dp0, di0)
                step(dp1, di1)
            } else {
                // Trapezoids of both segments: dp0·(2I + di0) + dp1·(2(I + di0) + di1).
                let before: Lanes = 2 * income * pairPersons
                let inside: Lanes = dp0 * di0 + dp1 * (2 * di0 + di1)
                area += before + inside
                persons += pairPersons
                income += di0 + di1
            }
            i += 2
        }
        if i < end {
            let c = count(i)
            step(c * sampledPersons[i], c * sampledIncome[i])
        }
    }

    /// One segment per lane, with the crossings.
    @inline(__always)
    private mutating func step(_ dp: Lanes, _ di: Lanes) {
        let nextPersons = persons + dp
        let nextIncome = income + di
        area += dp * (nextIncome + income)
        let crossed = nextPersons .>= target
        if any(crossed) {
            if crossed[0] { cross(0, dp.x, di.x, reaching: nextPersons.x) }
            if crossed[1] { cross(1, dp.y, di.y, reaching: nextPersons.y) }
        }
        persons = nextPersons
        income = nextIncome
    }

    /// Crossings of the 10 %, 40 % or 90 % point inside one lane's segment
    /// (dp, di): interpolate, move on to the next point. Rare: three per lane and pass.
    @inline(__always)
    private mutating func cross(_ lane: Int, _ dp: Double, _ di: Double, reaching nextPersons: Double) {
        var found = lane == 0 ? found0 : found1
        while nextPersons >= target[lane] {
            // dp > 0 here: had `persons` already reached the target, it would have been found before.
            let share = income[lane] + (target[lane] - persons[lane]) / dp * di
            switch found {
            case 0: l10[lane] = share; target[lane] = targets40[lane]
            case 1: l40[lane] = share; target[lane] = targets90[lane]
            default: l90[lane] = share; target[lane] = .infinity
            }
            found += 1
        }
        if lane == 0 { found0 = found } else { found1 = found }
    }

    /// A lane's income of the poorest 10 %, 40 % and 90 %. A point not
    /// reached (rounding between the drawing order and the sorted order can
    /// leave the 90 % point a few ulps beyond the end) is the end.
    func points(_ lane: Int) -> (Double, Double, Double) {
        let found = lane == 0 ? found0 : found1
        let total = income[lane]
        return (found >= 1 ? l10[lane] : total, found >= 2 ? l40[lane] : total, found >= 3 ? l90[lane] : total)
    }
}

extension DemoRandom {
    /// Two uniform indices in 0..<n from one 64-bit draw, by Lemire's
    /// multiply-shift on each 32-bit half: no division in the inner loop, and
    /// half the generator calls. The bias, at most n / 2³² (2·10⁻⁷ for a
    /// tambon of 1,000 households), is far below anything measurable.
    @inline(__always)
    mutating func indexPair(below n: Int) -> (Int, Int) {
        let bits = next()
        let n64 = UInt64(truncatingIfNeeded: n)
        return (Int(truncatingIfNeeded: ((bits & 0xFFFF_FFFF) &* n64) >> 32),
                Int(truncatingIfNeeded: ((bits >> 32) &* n64) >> 32))
    }
}
