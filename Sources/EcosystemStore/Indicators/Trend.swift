/// An indicator's values over the years, for a sparkline and the change
/// since the year before (`docs/indicators.md`, "Trends").
///
/// Pure: the caller reads the values (one per year, undefined or missing
/// years allowed); the glyphs are chosen here so that the detail pane, the
/// brief and the CLI draw the same line.
public struct Trend: Sendable, Equatable {
    /// The values by year, ascending, one per year (the last given wins);
    /// nil or non-finite values are kept as gaps.
    public let points: [(year: Int, value: Double?)]

    public init<S: Sequence>(_ values: S) where S.Element == (year: Int, value: Double?) {
        var byYear: [Int: Double?] = [:]
        for (year, value) in values { byYear[year] = value.flatMap { $0.isFinite ? $0 : nil } }
        points = byYear.keys.sorted().map { ($0, byYear[$0]!) }
    }

    public static func == (a: Trend, b: Trend) -> Bool {
        a.points.elementsEqual(b.points) { $0.year == $1.year && $0.value == $1.value }
    }

    /// The eight heights, lowest first.
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The same for terminals without Unicode block elements.
    public static let ascii: [Character] = ["_", ".", "-", "=", "+", "*", "#", "@"]

    /// One glyph per year from the first year to the last, with `gap` for a
    /// year with no value (missing, undefined or not a number). The lowest
    /// value takes the lowest glyph and the highest the highest, linearly
    /// between; a flat series sits in the middle. `range` puts several
    /// areas on one scale (values outside it are clamped). Empty when no
    /// year has a value.
    public func sparkline(range: ClosedRange<Double>? = nil, glyphs: [Character] = Trend.blocks,
                          gap: Character = " ") -> String {
        let values = points.compactMap(\.value)
        guard let first = points.first?.year, let last = points.last?.year,
              let low = range?.lowerBound ?? values.min(), let high = range?.upperBound ?? values.max(),
              !glyphs.isEmpty else { return "" }
        var byYear: [Int: Double] = [:]
        for p in points { if let v = p.value { byYear[p.year] = v } }
        let top = Double(glyphs.count - 1)
        var line = ""
        for year in first...last {
            guard let v = byYear[year] else {
                line.append(gap)
                continue
            }
            let level = high > low ? ((min(max(v, low), high) - low) / (high - low) * top).rounded() : (top / 2).rounded(.down)
            line.append(glyphs[Int(level)])
        }
        return line
    }

    /// The latest value against the one before it, if any.
    public var latestChange: YearChange? {
        let known = points.compactMap { p in p.value.map { (year: p.year, value: $0) } }
        guard known.count >= 2 else { return nil }
        let latest = known[known.count - 1], previous = known[known.count - 2]
        return YearChange(year: latest.year, value: latest.value, previousYear: previous.year, previousValue: previous.value)
    }

    /// The latest year with a value, and that value.
    public var latest: (year: Int, value: Double)? {
        points.last { $0.value != nil }.map { ($0.year, $0.value!) }
    }
}

/// "0.42, +0.03 since 2567": a value against the previous year that has one.
public struct YearChange: Sendable, Equatable {
    public let year: Int
    public let value: Double
    /// The latest earlier year with a value: the year before unless that one is missing.
    public let previousYear: Int
    public let previousValue: Double

    /// `value − previousValue`, in the indicator's own unit (for shares, in
    /// points of the share: 0.42 − 0.39 = 0.03).
    public var change: Double { value - previousValue }
    /// The change relative to the previous value (0.1 = 10 %); nil when the previous value is 0.
    public var relativeChange: Double? { previousValue != 0 ? change / abs(previousValue) : nil }
    /// Whether the previous value is from the year just before, not an older one.
    public var isFromYearBefore: Bool { previousYear == year - 1 }
}
