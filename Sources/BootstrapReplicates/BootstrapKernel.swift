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
/// Four replicates go through the pass together, one in each lane of a
/// `SIMD4<Float>`: they share the loads of the sample and every instruction.
/// Single precision is ample for replicates, whose only use is the spread
/// of the percentiles (7 significant digits against intervals tens of per
/// cent wide); the point values stay in double precision.
public enum BootstrapKernel {
    /// The statistics in the order they are stored per replicate.
    public static let statistics = 5
    public static let s90s10 = 0, palma = 1, gini = 2, povertyHeadcount = 3, meanIncome = 4
    /// Replicates per pass.
    public static let lanes = 4

    public typealias Lanes = SIMD4<Float>

    /// Four replicates' statistics: lane l's statistic s goes to
    /// `out[s · stride + l]`, for the first `usedLanes` lanes.
    ///
    /// - `persons[i]`, `income[i]`: weighted persons (`members × weight`) and
    ///   weighted income of household i, households sorted by per-capita income.
    /// - `counts`: 4n integers; `counts[4i + l]` is the number of times
    ///   household i was drawn in replicate l.
    /// - `poorCount`: the number of households whose per-capita income is
    ///   strictly below the poverty line (a prefix, as they are sorted).
    /// - `cumulativePersons`, `cumulativeIncome`: scratch for n lanes each.
    ///
    /// Undefined values are NaN (no income at all); a ratio over a poorest
    /// share with no income is +∞. The formulas are those of
    /// `InequalityMeasures` (same interpolation, same trapezoid rule).
    @inline(__always)
    public static func replicates(persons: UnsafePointer<Float>, income: UnsafePointer<Float>,
                           counts: UnsafePointer<Int32>, count n: Int, poorCount: Int,
                           cumulativePersons cumP: UnsafeMutablePointer<Lanes>,
                           cumulativeIncome cumY: UnsafeMutablePointer<Lanes>,
                           out: UnsafeMutablePointer<Double>, stride: Int, usedLanes: Int) {
        let area = pass(persons: persons, income: income, counts: counts, count: n, cumP: cumP, cumY: cumY)
        let totalPersons = cumP[n - 1], totalIncome = cumY[n - 1]
        let poorPersons = poorCount > 0 ? cumP[poorCount - 1] : Lanes()
        let t10 = 0.1 * totalPersons, t40 = 0.4 * totalPersons, t90 = 0.9 * totalPersons
        let (i10, i40, i90) = crossings(cumP, count: n, t10, t40, t90)

        // The income of the poorest share `target` of lane l's persons: the
        // segment `index` is the first whose cumulative persons reach it.
        func poorest(_ l: Int, _ target: Lanes, _ index: SIMD4<Int32>) -> Double {
            let i = Int(index[l])
            guard i < n else { return Double(totalIncome[l]) }
            let beforeP = i > 0 ? Double(cumP[i - 1][l]) : 0, beforeY = i > 0 ? Double(cumY[i - 1][l]) : 0
            // > 0: the previous segment ended below the target.
            let dp = Double(cumP[i][l]) - beforeP
            return beforeY + (Double(target[l]) - beforeP) / dp * (Double(cumY[i][l]) - beforeY)
        }
        for l in 0..<usedLanes {
            let people = Double(totalPersons[l]), total = Double(totalIncome[l])
            let o = out + l
            o[meanIncome * stride] = total / people
            o[povertyHeadcount * stride] = Double(poorPersons[l]) / people
            guard total > 0, total.isFinite else {
                o[s90s10 * stride] = .nan
                o[palma * stride] = .nan
                o[gini * stride] = .nan
                continue
            }
            let bottom10 = poorest(l, t10, i10), bottom40 = poorest(l, t40, i40)
            let richest10 = total - poorest(l, t90, i90)
            o[s90s10 * stride] = bottom10 > 0 ? richest10 / bottom10 : .infinity
            o[palma * stride] = bottom40 > 0 ? richest10 / bottom40 : .infinity
            o[gini * stride] = min(max(1 - Double(area[l]) / (people * total), 0), 1)
        }
    }

    /// The cumulative persons and income after each household, and the
    /// Gini's trapezoid sum Σ Δp·(L_before + L_after) in absolute units.
    /// Households two at a time: the running sums advance once per pair,
    /// which halves the chain of dependent additions that bounds the loop
    /// (the order of the additions is fixed, so the result is the same on
    /// every machine).
    @inline(__always)
    static func pass(persons: UnsafePointer<Float>, income: UnsafePointer<Float>, counts: UnsafePointer<Int32>,
                     count n: Int, cumP: UnsafeMutablePointer<Lanes>, cumY: UnsafeMutablePointer<Lanes>) -> Lanes {
        let raw = UnsafeRawPointer(counts)
        @inline(__always) func count(_ i: Int) -> Lanes {
            Lanes(raw.loadUnaligned(fromByteOffset: i &* 16, as: SIMD4<Int32>.self))
        }
        var p = Lanes(), y = Lanes(), area = Lanes()
        var i = 0
        while i + 1 < n {
            let c0 = count(i), c1 = count(i &+ 1)
            let dp0 = c0 * persons[i], dy0 = c0 * income[i]
            let dp1 = c1 * persons[i &+ 1], dy1 = c1 * income[i &+ 1]
            // Trapezoids of both segments: dp0·(2Y + dy0) + dp1·(2(Y + dy0) + dy1).
            let pairPersons = dp0 + dp1
            let before: Lanes = 2 * y * pairPersons
            let inside: Lanes = dp0 * dy0 + dp1 * (2 * dy0 + dy1)
            area += before + inside
            cumP[i] = p + dp0
            cumY[i] = y + dy0
            p += pairPersons
            y += dy0 + dy1
            cumP[i &+ 1] = p
            cumY[i &+ 1] = y
            i &+= 2
        }
        if i < n {
            let c = count(i)
            let dp = c * persons[i], dy = c * income[i]
            area += dp * (2 * y + dy)
            p += dp
            y += dy
            cumP[i] = p
            cumY[i] = y
        }
        return area
    }

    /// For each lane, the index of the first household whose cumulative
    /// persons reach each target (n when none does). Cumulative persons only
    /// grow, so it is the number of households below the target: counted
    /// without a branch for small samples, by binary search for large ones.
    @inline(__always)
    static func crossings(_ cumP: UnsafeMutablePointer<Lanes>, count n: Int,
                          _ a: Lanes, _ b: Lanes, _ c: Lanes) -> (SIMD4<Int32>, SIMD4<Int32>, SIMD4<Int32>) {
        if n <= 128 {
            var ia = SIMD4<Int32>(), ib = SIMD4<Int32>(), ic = SIMD4<Int32>()
            let one = SIMD4<Int32>(repeating: 1), zero = SIMD4<Int32>()
            for i in 0..<n {
                let v = cumP[i]
                ia &+= zero.replacing(with: one, where: v .< a)
                ib &+= zero.replacing(with: one, where: v .< b)
                ic &+= zero.replacing(with: one, where: v .< c)
            }
            return (ia, ib, ic)
        }
        func search(_ lane: Int, _ target: Float) -> Int32 {
            var low = 0, high = n
            while low < high {
                let mid = (low &+ high) >> 1
                if cumP[mid][lane] < target { low = mid &+ 1 } else { high = mid }
            }
            return Int32(low)
        }
        var ia = SIMD4<Int32>(), ib = SIMD4<Int32>(), ic = SIMD4<Int32>()
        for l in 0..<4 {
            ia[l] = search(l, a[l])
            ib[l] = search(l, b[l])
            ic[l] = search(l, c[l])
        }
        return (ia, ib, ic)
    }
}
