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
    static func replicate(persons ps: UnsafePointer<Double>, income inc: UnsafePointer<Double>,
                          counts: UnsafePointer<Int32>, count n: Int, poorCount: Int,
                          drawnPersons: Double, out: UnsafeMutablePointer<Double>, stride: Int) {
        let t10 = 0.1 * drawnPersons, t40 = 0.4 * drawnPersons, t90 = 0.9 * drawnPersons
        var target = t10
        var found = 0
        var l10 = 0.0, l40 = 0.0, l90 = 0.0
        var persons = 0.0, income = 0.0
        // Σ Δp·(L_before + L_after) in absolute units (persons × baht): the Gini's trapezoids.
        var area = 0.0

        // One segment, with the crossing of the 10 %, 40 % and 90 % points.
        @inline(__always) func step(_ dp: Double, _ di: Double) {
            let nextPersons = persons + dp
            let nextIncome = income + di
            area += dp * (nextIncome + income)
            while nextPersons >= target {
                // dp > 0 here: had `persons` already reached the target, it would have been found before.
                let share = income + (target - persons) / dp * di
                switch found {
                case 0: l10 = share; target = t40
                case 1: l40 = share; target = t90
                default: l90 = share; target = .infinity
                }
                found += 1
            }
            persons = nextPersons
            income = nextIncome
        }
        // Households two at a time: the cumulative sums advance once per
        // pair, which halves the chain of dependent additions that bounds
        // the pass (the order of the additions is fixed, so the result is
        // the same on every machine).
        @inline(__always) func run(_ from: Int, _ end: Int) {
            var i = from
            while i + 1 < end {
                let c0 = Double(counts[i]), c1 = Double(counts[i + 1])
                let dp0 = c0 * ps[i], di0 = c0 * inc[i]
                let dp1 = c1 * ps[i + 1], di1 = c1 * inc[i + 1]
                let pairPersons = dp0 + dp1
                let nextPersons = persons + pairPersons
                if nextPersons >= target {
                    step(dp0, di0)
                    step(dp1, di1)
                } else {
                    // Trapezoids of both segments: dp0·(2I + di0) + dp1·(2(I + di0) + di1).
                    area += 2 * income * pairPersons + (dp0 * di0 + dp1 * (2 * di0 + di1))
                    persons = nextPersons
                    income += di0 + di1
                }
                i += 2
            }
            if i < end {
                let c = Double(counts[i])
                step(c * ps[i], c * inc[i])
            }
        }
        run(0, poorCount)
        let poorPersons = persons
        run(poorCount, n)
        // Rounding between the drawing order and the sorted order can leave
        // the 90 % point a few ulps beyond the end: it is then the end.
        if found < 1 { l10 = income }
        if found < 2 { l40 = income }
        if found < 3 { l90 = income }

        out[meanIncome * stride] = income / persons
        out[povertyHeadcount * stride] = poorPersons / persons
        guard income > 0, income.isFinite else {
            out[s90s10 * stride] = .nan
            out[palma * stride] = .nan
            out[gini * stride] = .nan
            return
        }
        let richest10 = income - l90
        out[s90s10 * stride] = l10 > 0 ? richest10 / l10 : .infinity
        out[palma * stride] = l40 > 0 ? richest10 / l40 : .infinity
        out[gini * stride] = min(max(1 - area / (persons * income), 0), 1)
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
