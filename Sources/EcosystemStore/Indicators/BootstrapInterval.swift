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

    /// The percentile interval of `replicates`: the `(1 − confidence)/2` and
    /// `(1 + confidence)/2` quantiles, each by linear interpolation between
    /// the order statistics at position `(m − 1)·q` (numpy's default
    /// `percentile` method, so that the reference script computes the same
    /// thing). NaN marks a replicate in which the value was undefined; those
    /// are left out, and when fewer than `minimumDefinedShare` of the
    /// replicates are defined there is no interval. `+∞` (a ratio over a zero
    /// share) takes part and can make the upper end unbounded.
    /// The array may be reordered.
    public static func percentile(_ replicates: inout [Double], confidence: Double = 0.95) -> BootstrapInterval? {
        let count = replicates.count
        return replicates.withUnsafeMutableBufferPointer { buffer in
            // An empty array may have no storage at all.
            guard let base = buffer.baseAddress else { return nil }
            return percentile(base, count: count, confidence: confidence)
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
        let (low, high) = TailQuantiles.pair(values, count: defined, low: tail, high: 1 - tail)
        return BootstrapInterval(low: low, high: high.isFinite ? high : nil)
    }

    /// The interval widened to contain `value`.
    func including(_ value: Double) -> BootstrapInterval {
        BootstrapInterval(low: min(low, value), high: high.map { max($0, value) })
    }
}

/// Two quantiles of a buffer, numpy's linear method: position h = (m − 1)·q,
/// between the order statistics ⌊h⌋ and ⌊h⌋ + 1 (0-based).
///
/// The quantiles of an interval lie in the tails, so one pass keeps the few
/// smallest and the few largest values in two small sorted buffers; after
/// the first few dozen values almost none enters, so the pass is a run of
/// well-predicted comparisons. Sorting every set of replicates would cost
/// several times as much, and this runs for five indicators of every one of
/// up to 25,000 areas.
enum TailQuantiles {
    /// The buffers hold at most this many values; quantiles further from the
    /// ends (more replicates, or a lower confidence) sort the whole buffer.
    static let bufferLimit = 64

    static func pair(_ values: UnsafeMutablePointer<Double>, count m: Int, low qLow: Double, high qHigh: Double) -> (Double, Double) {
        let hLow = Double(m - 1) * qLow, hHigh = Double(m - 1) * qHigh
        let kLow = min(Int(hLow), m - 1), kHigh = min(Int(hHigh), m - 1)
        // Order statistics needed: kLow and kLow + 1 from the bottom; kHigh and kHigh + 1 from the top.
        let keepLow = min(kLow + 2, m)
        let keepHigh = min(m - kHigh, m)
        guard keepLow <= bufferLimit, keepHigh <= bufferLimit else {
            var sorted = UnsafeMutableBufferPointer(start: values, count: m)
            sorted.sort()
            return (interpolate(sorted[kLow], kLow + 1 < m ? sorted[kLow + 1] : sorted[kLow], hLow - Double(kLow)),
                    interpolate(sorted[kHigh], kHigh + 1 < m ? sorted[kHigh + 1] : sorted[kHigh], hHigh - Double(kHigh)))
        }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * bufferLimit) { buffer in
            let smallest = buffer.baseAddress!, largest = buffer.baseAddress! + bufferLimit
            var nSmall = 0, nLarge = 0
            for i in 0..<m {
                let x = values[i]
                // smallest: ascending; keeps the keepLow smallest seen so far.
                if nSmall < keepLow || x < smallest[nSmall - 1] {
                    var j = nSmall < keepLow ? nSmall : nSmall - 1
                    while j > 0, smallest[j - 1] > x { smallest[j] = smallest[j - 1]; j -= 1 }
                    smallest[j] = x
                    if nSmall < keepLow { nSmall += 1 }
                }
                // largest: descending; keeps the keepHigh largest seen so far.
                if nLarge < keepHigh || x > largest[nLarge - 1] {
                    var j = nLarge < keepHigh ? nLarge : nLarge - 1
                    while j > 0, largest[j - 1] < x { largest[j] = largest[j - 1]; j -= 1 }
                    largest[j] = x
                    if nLarge < keepHigh { nLarge += 1 }
                }
            }
            // Order statistic k from the top is largest[m − 1 − k].
            let lowValue = interpolate(smallest[kLow], kLow + 1 < m ? smallest[kLow + 1] : smallest[kLow], hLow - Double(kLow))
            let top = m - 1 - kHigh
            let highValue = interpolate(largest[top], top > 0 ? largest[top - 1] : largest[top], hHigh - Double(kHigh))
            return (lowValue, highValue)
        }
    }

    /// `below + fraction · (above − below)`, with infinity taken as it comes
    /// (an interpolation towards +∞ is +∞) and no 0 · ∞.
    static func interpolate(_ below: Double, _ above: Double, _ fraction: Double) -> Double {
        guard fraction > 0 else { return below }
        if below.isInfinite || above.isInfinite { return above }
        return below + fraction * (above - below)
    }
}

