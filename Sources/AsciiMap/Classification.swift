/// How values are cut into classes.
public enum ClassificationMethod: String, CaseIterable, Sendable {
    /// Equal numbers of areas per class: numpy's default (linear
    /// interpolation) percentiles at 100·i/k, like PySAL `mapclassify.Quantiles`.
    case quantile
    /// Classes of equal width from minimum to maximum (`mapclassify.EqualInterval`).
    case equalInterval = "equal"
    /// Fisher-Jenks natural breaks: the partition of the sorted values that
    /// minimises the sum of squared deviations from class means
    /// (`mapclassify.FisherJenks`), found exactly by dynamic programming.
    case naturalBreaks = "jenks"
}

/// Values cut into classes for a choropleth.
///
/// ``edges`` holds `classCount + 1` numbers from the minimum to the maximum
/// (mapclassify's `bins` are the upper bounds, so our edges are
/// `[min] + bins`). A value belongs to class `i` when
/// `edges[i] <= v < edges[i+1]`; the last class also takes the maximum.
/// Missing and NaN values are left out and counted in ``noDataCount``.
///
/// When many equal values make two edges coincide, the empty class between
/// them is dropped: ``classCount`` is then less than ``requestedClasses`` and
/// ``note`` says why.
///
/// ```swift
/// let c = Classification(values: [3.1, 4.9, nil, 7.0], method: .quantile, classes: 5)
/// c.classIndex(of: 4.9)   // class of a value, nil for no data
/// ```
public struct Classification: Equatable, Sendable {
    /// Class counts the map accepts; a request outside is clamped.
    public static let allowedClasses = 3...7

    /// Why fewer classes were made than requested.
    public enum Reduction: Equatable, Sendable {
        /// No values at all: no classes.
        case noValues
        /// Every value is the same: one class.
        case allValuesEqual
        /// Equal values made edges coincide; the classes between were merged.
        case duplicateEdges
    }

    /// The method used.
    public let method: ClassificationMethod
    /// Classes asked for (after clamping to ``allowedClasses``).
    public let requestedClasses: Int
    /// `classCount + 1` edges from minimum to maximum; empty without values.
    public let edges: [Double]
    /// Number of values in each class.
    public let counts: [Int]
    /// Number of missing or NaN values.
    public let noDataCount: Int
    /// Why fewer classes were made than requested; nil when as requested.
    public let reduction: Reduction?

    /// Classes actually made.
    public var classCount: Int { max(edges.count - 1, 0) }
    /// Number of values classified (no data excluded).
    public var valueCount: Int { counts.reduce(0, +) }
    /// True when there were no values at all.
    public var isEmpty: Bool { edges.isEmpty }

    /// A short English explanation when the classes are not as requested.
    public var note: String? {
        switch reduction {
        case nil: return nil
        case .noValues: return "no values"
        case .allValuesEqual: return "all values are equal: 1 class"
        case .duplicateEdges:
            return "\(classCount) of \(requestedClasses) classes: equal values made duplicate breaks"
        }
    }

    /// Classifies `values`; nil and NaN count as no data.
    public init(values: [Double?], method: ClassificationMethod, classes: Int) {
        let present = values.compactMap { $0 }.filter { !$0.isNaN }
        let sorted = present.sorted()
        let k = min(max(classes, Self.allowedClasses.lowerBound), Self.allowedClasses.upperBound)
        self.method = method
        requestedClasses = k
        noDataCount = values.count - present.count
        var edges: [Double]
        var reduction: Reduction?
        if sorted.isEmpty {
            edges = []
            reduction = .noValues
        } else if sorted.first == sorted.last {
            edges = [sorted[0], sorted[0]]
            reduction = .allValuesEqual
        } else {
            let bins: [Double]
            switch method {
            case .quantile: bins = Self.quantileBins(sorted, k)
            case .equalInterval: bins = Self.equalIntervalBins(sorted, k)
            case .naturalBreaks: bins = Self.fisherJenksBins(sorted, k)
            }
            edges = [sorted[0]]
            for b in bins where b > edges[edges.count - 1] { edges.append(b) }
            edges[edges.count - 1] = sorted[sorted.count - 1]  // exactly the maximum, whatever rounding did
            if edges.count - 1 < k { reduction = .duplicateEdges }
        }
        self.edges = edges
        self.reduction = reduction
        var counts = [Int](repeating: 0, count: max(edges.count - 1, 0))
        for v in sorted {
            if let i = Self.index(of: v, in: edges) { counts[i] += 1 }
        }
        self.counts = counts
    }

    /// The class of a value: nil for nil, NaN, or a value outside the edges.
    public func classIndex(of value: Double?) -> Int? {
        guard let value, !value.isNaN else { return nil }
        return Self.index(of: value, in: edges)
    }

    /// The range of class `i` as (start, end).
    public func range(ofClass i: Int) -> (lower: Double, upper: Double) { (edges[i], edges[i + 1]) }

    private static func index(of v: Double, in edges: [Double]) -> Int? {
        guard edges.count >= 2, v >= edges[0], v <= edges[edges.count - 1] else { return nil }
        // Last i with edges[i] <= v, the maximum belonging to the last class.
        var lo = 0, hi = edges.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if edges[mid] <= v { lo = mid } else { hi = mid }
        }
        return min(lo, edges.count - 2)
    }

    // MARK: methods (each returns mapclassify-style upper bounds)

    static func quantileBins(_ sorted: [Double], _ k: Int) -> [Double] {
        (1...k).map { i in percentile(sorted, Double(i) / Double(k)) }
    }

    /// numpy's default "linear" percentile: position q·(n-1) in the sorted values.
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let h = Double(sorted.count - 1) * q
        let lo = min(Int(h.rounded(.down)), sorted.count - 1)
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    static func equalIntervalBins(_ sorted: [Double], _ k: Int) -> [Double] {
        let lo = sorted[0], hi = sorted[sorted.count - 1]
        let width = (hi - lo) / Double(k)
        return (1...k).map { i in i == k ? hi : lo + width * Double(i) }
    }

    /// Exact Fisher-Jenks. Equal values are merged into weighted points
    /// (an optimal partition never splits them), then the classic
    /// O(k·m²) dynamic program is evaluated with the divide-and-conquer
    /// speed-up, valid because the within-class sum of squares satisfies the
    /// quadrangle inequality: the same optimum in O(k·m·log m), which keeps
    /// 7,425 tambons interactive.
    static func fisherJenksBins(_ sorted: [Double], _ k: Int) -> [Double] {
        var xs: [Double] = [], ws: [Double] = []
        for v in sorted {
            if let last = xs.last, last == v { ws[ws.count - 1] += 1 } else { xs.append(v); ws.append(1) }
        }
        let m = xs.count
        let classes = min(k, m)
        // Prefix sums of values centred on the mean, to limit cancellation.
        let mean = sorted.reduce(0, +) / Double(sorted.count)
        var w = [0.0], s1 = [0.0], s2 = [0.0]
        for (x, weight) in zip(xs, ws) {
            let d = x - mean
            w.append(w.last! + weight); s1.append(s1.last! + weight * d); s2.append(s2.last! + weight * d * d)
        }
        func cost(_ i: Int, _ j: Int) -> Double {  // points i...j inclusive
            let n = w[j + 1] - w[i], a = s1[j + 1] - s1[i]
            return max(0, s2[j + 1] - s2[i] - a * a / n)
        }
        var previous = (0..<m).map { cost(0, $0) }
        var splits: [[Int]] = [Array(repeating: 0, count: m)]  // splits[c][j]: first point of the last class
        if classes >= 2 {
            for c in 2...classes {
                var current = [Double](repeating: .infinity, count: m)
                var split = [Int](repeating: 0, count: m)
                func solve(_ lo: Int, _ hi: Int, _ optLo: Int, _ optHi: Int) {
                    guard lo <= hi else { return }
                    let mid = (lo + hi) / 2
                    var best = Double.infinity, bestI = max(optLo, c - 1)
                    for i in max(optLo, c - 1)...min(mid, optHi) {
                        let total = previous[i - 1] + cost(i, mid)
                        if total < best { best = total; bestI = i }
                    }
                    current[mid] = best; split[mid] = bestI
                    solve(lo, mid - 1, optLo, bestI)
                    solve(mid + 1, hi, bestI, optHi)
                }
                solve(c - 1, m - 1, c - 1, m - 1)
                previous = current
                splits.append(split)
            }
        }
        var bins: [Double] = []
        var j = m - 1
        for c in stride(from: classes, to: 1, by: -1) {
            bins.append(xs[j])
            j = splits[c - 1][j] - 1
        }
        bins.append(xs[j])
        return bins.reversed()
    }
}
