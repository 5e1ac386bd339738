/// The five household statistics of one bootstrap replicate, computed in one
/// pass over a sample that was sorted once.
///
/// A replicate draws n households with replacement from the n of the
/// sample. Instead of sorting each replicate, the sample stays sorted by
/// per-capita income and a replicate is the number of times each household
/// was drawn (`counts`). A household drawn c times is c identical Lorenz
/// segments in a row, i.e. one segment c times as long with the same slope,
/// so one pass over the sorted sample with each household scaled by its
/// count gives exactly the replicate's Lorenz curve: no sort, no
/// allocation, O(n) per replicate.
enum BootstrapKernel {
    /// The statistics in the order they are stored per replicate.
    static let statistics = 5
    static let s90s10 = 0, palma = 1, gini = 2, povertyHeadcount = 3, meanIncome = 4

    /// One replicate's statistics, written to `out[s · stride]` for statistic s.
    ///
    /// - `persons[i]`, `income[i]`: weighted persons (`members × weight`) and
    ///   weighted income of household i, households sorted by per-capita income.
    /// - `counts[i]`: how often household i was drawn.
    /// - `poorCount`: the number of households whose per-capita income is
    ///   strictly below the poverty line (a prefix, as they are sorted).
    /// - `drawnPersons`: the replicate's weighted persons as summed while
    ///   drawing; it places the 10 %, 40 % and 90 % points before the pass.
    ///
    /// Undefined values are NaN (no income at all); a ratio over a poorest
    /// share with no income is +∞. The formulas are those of
    /// `InequalityMeasures` (same interpolation, same trapezoid rule).
    @inline(__always)
    static func replicate(persons: UnsafePointer<Double>, income: UnsafePointer<Double>,
                          counts: UnsafePointer<Int32>, count n: Int, poorCount: Int,
                          drawnPersons: Double, out: UnsafeMutablePointer<Double>, stride: Int) {
        let t10 = 0.1 * drawnPersons, t40 = 0.4 * drawnPersons, t90 = 0.9 * drawnPersons
        var target = t10
        var found = 0
        var l10 = 0.0, l40 = 0.0, l90 = 0.0
        var cumPersons = 0.0, cumIncome = 0.0, area = 0.0

        // The body of the pass; the rare crossing of a decile point is the only branch.
        @inline(__always) func visit(_ i: Int) {
            let c = Double(counts[i])
            let dp = c * persons[i]
            let di = c * income[i]
            let nextPersons = cumPersons + dp
            let nextIncome = cumIncome + di
            area += dp * (nextIncome + cumIncome)
            while nextPersons >= target {
                // dp > 0 here: had cumPersons already reached the target, it would have been found before.
                let share = cumIncome + (target - cumPersons) / dp * di
                switch found {
                case 0: l10 = share; target = t40
                case 1: l40 = share; target = t90
                default: l90 = share; target = .infinity
                }
                found += 1
            }
            cumPersons = nextPersons
            cumIncome = nextIncome
        }
        for i in 0..<poorCount { visit(i) }
        let poorPersons = cumPersons
        for i in poorCount..<n { visit(i) }
        // Rounding between the drawing order and the sorted order can leave
        // the last point a few ulps short of the end: it is then the end.
        if found < 1 { l10 = cumIncome }
        if found < 2 { l40 = cumIncome }
        if found < 3 { l90 = cumIncome }

        out[meanIncome * stride] = cumIncome / cumPersons
        out[povertyHeadcount * stride] = poorPersons / cumPersons
        guard cumIncome > 0, cumIncome.isFinite else {
            out[s90s10 * stride] = .nan
            out[palma * stride] = .nan
            out[gini * stride] = .nan
            return
        }
        let richest10 = cumIncome - l90
        out[s90s10 * stride] = l10 > 0 ? richest10 / l10 : .infinity
        out[palma * stride] = l40 > 0 ? richest10 / l40 : .infinity
        out[gini * stride] = min(max(1 - area / (cumPersons * cumIncome), 0), 1)
    }
}

extension DemoRandom {
    /// Uniform in 0..<n by Lemire's multiply-shift: no division in the inner
    /// loop; the bias (at most n / 2⁶⁴) is far below anything measurable.
    @inline(__always)
    mutating func index(below n: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(n).multipliedFullWidth(by: next()).high)
    }
}
