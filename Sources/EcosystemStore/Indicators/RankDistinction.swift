/// An area's value for ranking, with its interval when it has one.
public struct RankedValue: Sendable, Equatable {
    public let area: String
    public let value: Double
    /// The value's 95 % interval; nil for a published value without one,
    /// which is then taken as exact (an interval of width zero).
    public let interval: BootstrapInterval?

    public init(area: String, value: Double, interval: BootstrapInterval?) {
        self.area = area
        self.value = value
        self.interval = interval
    }

    var low: Double { interval?.low ?? value }
    var high: Double { interval.map { $0.high ?? .infinity } ?? value }
}

/// "3rd of 10, not distinguishable from 2nd–5th": an area's rank among
/// others and the ranks it could hold given the intervals.
public struct RankStatement: Sendable, Equatable {
    public let area: String
    /// 1 + the number of areas with a strictly worse value (rank 1 is the
    /// worst: the most unequal or poor, the lowest income); ties share a rank.
    public let rank: Int
    /// Number of areas ranked.
    public let of: Int
    /// The ranks the area could hold: it is clearly behind (ahead of) only
    /// the areas whose interval lies wholly on the worse (better) side of
    /// its own. Contains `rank`; "3rd of 10, not distinguishable from 2nd–5th"
    /// is `rank` 3, `of` 10, `possibleRanks` 2...5.
    public let possibleRanks: ClosedRange<Int>
    /// The other areas whose interval overlaps this one's, by rank: the ones
    /// it is not distinguishable from.
    public let overlapping: [String]

    /// Whether the data tell this area's rank apart from every other.
    public var isDistinct: Bool { possibleRanks.count == 1 }
}

/// Ranks among areas that say when a difference is within the intervals
/// (`docs/indicators.md`, "Ranks").
///
/// Rule: area j is clearly worse than area k when j's interval lies wholly
/// on the worse side of k's (no common point); k's ranks then run from
/// 1 + (areas clearly worse) to n − (areas clearly better). This is the
/// interval-overlap rule of Klein, Wright & Wieczorek (2020), who give it
/// for the ranking of US states from survey estimates; with intervals of
/// 95 % each it is conservative for any one pair (two such intervals that
/// do not overlap mark a difference at well under the 5 % level: Schenker &
/// Gentleman 2001), so "not distinguishable" means "not shown to differ",
/// never "equal".
public enum RankDistinction {
    /// The statement for `area` among `values` (its own included); nil when it is not among them.
    public static func statement(of area: String, among values: [RankedValue], higherIsWorse: Bool) -> RankStatement? {
        guard let mine = values.first(where: { $0.area == area }) else { return nil }
        return statement(mine, values, higherIsWorse: higherIsWorse)
    }

    /// The statements of every area, in rank order (then by area code).
    public static func statements(_ values: [RankedValue], higherIsWorse: Bool) -> [RankStatement] {
        values.map { statement($0, values, higherIsWorse: higherIsWorse) }
            .sorted { ($0.rank, $0.area) < ($1.rank, $1.area) }
    }

    private static func statement(_ mine: RankedValue, _ values: [RankedValue], higherIsWorse: Bool) -> RankStatement {
        // Work on "badness": higher is worse in both directions.
        func bad(_ x: Double) -> Double { higherIsWorse ? x : -x }
        func badLow(_ v: RankedValue) -> Double { higherIsWorse ? v.low : -v.high }
        func badHigh(_ v: RankedValue) -> Double { higherIsWorse ? v.high : -v.low }

        var worse = 0, clearlyWorse = 0, clearlyBetter = 0
        var overlapping: [RankedValue] = []
        for other in values where other.area != mine.area {
            if bad(other.value) > bad(mine.value) { worse += 1 }
            if badLow(other) > badHigh(mine) {
                clearlyWorse += 1
            } else if badHigh(other) < badLow(mine) {
                clearlyBetter += 1
            } else {
                overlapping.append(other)
            }
        }
        overlapping.sort { (-bad($0.value), $0.area) < (-bad($1.value), $1.area) }
        return RankStatement(area: mine.area, rank: worse + 1, of: values.count,
                             possibleRanks: (clearlyWorse + 1)...(values.count - clearlyBetter),
                             overlapping: overlapping.map(\.area))
    }
}
