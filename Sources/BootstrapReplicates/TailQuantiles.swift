/// Two quantiles of a buffer, numpy's linear method: position h = (m − 1)·q,
/// between the order statistics ⌊h⌋ and ⌊h⌋ + 1 (0-based).
///
/// The quantiles of an interval lie in the tails, so one pass keeps the few
/// smallest and the few largest values in two small sorted buffers; after
/// the first few dozen values almost none enters, so the pass is a run of
/// well-predicted comparisons. Sorting every set of replicates would cost
/// several times as much, and this runs for five indicators of every one of
/// up to 25,000 areas.
public enum TailQuantiles {
    /// The buffers hold at most this many values; quantiles further from the
    /// ends (more replicates, or a lower confidence) sort the whole buffer.
    public static let bufferLimit = 64

    public static func pair(_ values: UnsafeMutablePointer<Double>, count m: Int, low qLow: Double, high qHigh: Double) -> (Double, Double) {
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
    public static func interpolate(_ below: Double, _ above: Double, _ fraction: Double) -> Double {
        guard fraction > 0 else { return below }
        if below.isInfinite || above.isInfinite { return above }
        return below + fraction * (above - below)
    }

    /// Moves the values that are not NaN to the front, in their order, and
    /// returns how many there are (NaN marks a replicate in which the value
    /// was undefined).
    public static func moveDefinedToFront(_ values: UnsafeMutablePointer<Double>, count: Int) -> Int {
        var defined = 0
        for i in 0..<count where !values[i].isNaN {
            values[defined] = values[i]
            defined += 1
        }
        return defined
    }
}
