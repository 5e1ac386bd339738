/// A bootstrap percentile interval of one value computed from households.
///
/// The interval is the 2.5th and 97.5th percentiles of the replicate values
/// (for a 95 % interval), widened if necessary to contain the value itself,
/// so that no reader ever sees a value outside its own interval
/// (`docs/indicators.md`, "Intervals").
public struct BootstrapInterval: Sendable, Equatable {
    /// Lower end.
    public let low: Double
    /// Upper end; `nil` when there is no upper bound: for S90/S10 and Palma,
    /// more than 2.5 % of the replicates drew a poorest 10 % (40 %) with no
    /// income, which makes the ratio unbounded.
    public let high: Double?

    public init(low: Double, high: Double?) {
        self.low = low
        self.high = high
    }

    /// Whether `value` lies inside the interval (both ends included).
    public func contains(_ value: Double) -> Bool {
        value >= low && value <= (high ?? .infinity)
    }

    /// `high − low`; `nil` when unbounded above.
    public var width: Double? { high.map { $0 - low } }

    /// Whether two intervals share at least one point (touching counts).
    public func overlaps(_ other: BootstrapInterval) -> Bool {
        low <= (other.high ?? .infinity) && other.low <= (high ?? .infinity)
    }

    /// The percentile interval of `replicates`: the `(1 − confidence)/2` and
    /// `(1 + confidence)/2` quantiles, each by linear interpolation between
    /// the order statistics at position `(m − 1)·q` (numpy's default
    /// `percentile` method, so that the reference script computes the same
    /// thing). NaN marks a replicate in which the value was undefined; those
    /// are left out, and when fewer than `minimumDefinedShare` of the
    /// replicates are defined there is no interval. `+∞` (a ratio over a zero
    /// share) takes part and can make the upper end unbounded.
    /// The array is reordered (partial selection, no full sort).
    public static func percentile(_ replicates: inout [Double], confidence: Double = 0.95) -> BootstrapInterval? {
        let count = replicates.count
        return replicates.withUnsafeMutableBufferPointer { buffer in
            percentile(buffer.baseAddress!, count: count, confidence: confidence)
        }
    }

    /// Below this share of defined replicates a value has no interval: the
    /// value itself then hangs on a handful of households.
    public static let minimumDefinedShare = 0.95

    static func percentile(_ values: UnsafeMutablePointer<Double>, count: Int, confidence: Double) -> BootstrapInterval? {
        guard count > 0 else { return nil }
        // Move the defined replicates to the front.
        var defined = 0
        for i in 0..<count where !values[i].isNaN {
            values[defined] = values[i]
            defined += 1
        }
        guard defined > 0, Double(defined) >= minimumDefinedShare * Double(count) else { return nil }
        let tail = (1 - confidence) / 2
        var selector = Selection(values, count: defined)
        let low = selector.quantile(tail)
        let high = selector.quantile(1 - tail)
        return BootstrapInterval(low: low, high: high.isFinite ? high : nil)
    }

    /// The interval widened to contain `value`.
    func including(_ value: Double) -> BootstrapInterval {
        BootstrapInterval(low: min(low, value), high: high.map { max($0, value) })
    }
}

/// Quantiles of a buffer by quickselect: O(m) per quantile instead of a full
/// sort, which would dominate at 1,000 replicates × 5 indicators × 25,000
/// areas. Quantiles must be asked in increasing order: each selection
/// leaves every element right of the chosen position no smaller than it,
/// so the next one searches only to the right.
struct Selection {
    private let values: UnsafeMutablePointer<Double>
    private let count: Int
    private var settled = 0

    init(_ values: UnsafeMutablePointer<Double>, count: Int) {
        self.values = values
        self.count = count
    }

    /// numpy's linear quantile: position h = (m − 1)·q, between the order
    /// statistics ⌊h⌋ and ⌊h⌋ + 1.
    mutating func quantile(_ q: Double) -> Double {
        let h = Double(count - 1) * q
        let k = min(Int(h), count - 1)
        let fraction = h - Double(k)
        let below = select(k)
        guard fraction > 0, k + 1 < count else { return below }
        // After select(k) every element right of k is ≥ values[k]: the next order statistic is their minimum.
        var above = values[k + 1]
        for i in (k + 2)..<max(k + 2, count) where values[i] < above { above = values[i] }
        if below.isInfinite || above.isInfinite { return above }
        return below + fraction * (above - below)
    }

    /// Puts the k-th smallest element at index k (Hoare partition, median-of-three pivot).
    private mutating func select(_ k: Int) -> Double {
        var lo = max(settled, 0)
        var hi = count - 1
        if k < lo { return values[k] }
        while hi > lo {
            let mid = lo + (hi - lo) / 2
            // Median of three, so that sorted or constant input stays linear.
            if values[mid] < values[lo] { values.swapAt(mid, lo) }
            if values[hi] < values[lo] { values.swapAt(hi, lo) }
            if values[hi] < values[mid] { values.swapAt(hi, mid) }
            let pivot = values[mid]
            var i = lo
            var j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now [lo, j] ≤ pivot ≤ [i, hi], and anything strictly between j and i equals the pivot.
            if k <= j { hi = j } else if k >= i { lo = i } else { break }
        }
        settled = k
        return values[k]
    }
}

private extension UnsafeMutablePointer where Pointee == Double {
    func swapAt(_ a: Int, _ b: Int) {
        let t = self[a]
        self[a] = self[b]
        self[b] = t
    }
}
