import BootstrapReplicates
import Foundation

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
        let defined = TailQuantiles.moveDefinedToFront(values, count: count)
        guard defined > 0, Double(defined) >= minimumDefinedShare * Double(count) else { return nil }
        let tail = (1 - confidence) / 2
        let (low, high) = TailQuantiles.pair(values, count: defined, low: tail, high: 1 - tail)
        return BootstrapInterval(low: low, high: high.isFinite ? high : nil)
    }

    /// The interval as stored and sent: each end rounded outwards to six
    /// significant digits (the replicates are computed in single precision,
    /// seven digits, so more would be noise), still containing `value`.
    public func storedForm(containing value: Double) -> BootstrapInterval {
        BootstrapInterval(low: min(Self.round(low, up: false), value), high: high.map { max(Self.round($0, up: true), value) })
    }

    static func round(_ x: Double, up: Bool) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let scale = pow(10, 5 - (log10(abs(x))).rounded(.down))
        let scaled = x * scale
        let r = (up ? scaled.rounded(.up) : scaled.rounded(.down)) / scale
        // Division may land one step past x; never round inwards.
        return up ? max(r, x) : min(r, x)
    }

    /// The interval widened to contain `value`.
    func including(_ value: Double) -> BootstrapInterval {
        BootstrapInterval(low: min(low, value), high: high.map { max($0, value) })
    }
}
