/// Indicators over the years and ranks with their intervals: what the
/// detail pane, the map's year key and the brief read.
///
/// ```swift
/// let years = try store.indicators.years(of: "s90s10", area: "560101")   // one value a year, ascending
/// let line = try store.indicators.trend(of: "s90s10", area: "560101").sparkline()
/// let rank = try store.indicators.rankStatement(of: "560101", indicator: def, within: "5601")
/// ```
extension Store.Indicators {
    /// Every live value of `indicator` for `area`, one per year, oldest first.
    public func years(of indicator: String, area: String) throws -> [IndicatorValue] {
        try db.query("""
            SELECT \(Self.readColumns) FROM indicator_values
            WHERE area = ? AND indicator = ? AND deleted = 0 ORDER BY year
            """, [AreaCode.bare(area), indicator], Self.readValue)
    }

    /// The same as a `Trend` (its sparkline and change since the year before).
    public func trend(of indicator: String, area: String) throws -> Trend {
        Trend(try years(of: indicator, area: area).map { (year: $0.year, value: $0.value) })
    }

    /// The years in which `indicator` has a live value somewhere inside
    /// `code` (anywhere when nil), oldest first: the map's year key steps
    /// through them.
    public func availableYears(of indicator: String, inside code: String? = nil) throws -> [Int] {
        var sql = "SELECT DISTINCT year FROM indicator_values WHERE indicator = ? AND deleted = 0"
        var binds: [SQLBindable] = [indicator]
        if let code {
            sql += " AND area >= ? AND area < ?"
            binds += [code, AreaCode.upperBound(ofPrefix: code)]
        }
        return try db.query(sql + " ORDER BY year", binds) { $0.int(0) }
    }

    /// The values of `indicator` in `year` of every area at `level` inside
    /// `code` (everywhere when nil), by area code. Areas without a value
    /// that year are absent (a map leaves them as "no data").
    public func values(_ indicator: String, year: Int, level: AreaLevel, inside code: String?) throws -> [String: IndicatorValue] {
        let length = level == .province ? 2 : level == .amphoe ? 4 : 6
        var sql = """
            SELECT \(Self.readColumns) FROM indicator_values
            WHERE indicator = ? AND year = ? AND deleted = 0 AND length(area) = ?
            """
        var binds: [SQLBindable] = [indicator, year, length]
        if let code {
            sql += " AND area >= ? AND area < ?"
            binds += [code, AreaCode.upperBound(ofPrefix: code)]
        }
        var out: [String: IndicatorValue] = [:]
        for v in try db.query(sql, binds, Self.readValue) { out[v.area] = v }
        return out
    }

    /// `area`'s rank among the areas of its level inside `parent` on their
    /// latest values (or `year`'s), and the ranks it could hold given their
    /// 95 % intervals (`RankDistinction`): "3rd of 10, not distinguishable
    /// from 2nd–5th". Nil when the area has no value.
    public func rankStatement(of area: String, indicator: IndicatorDefinition, within parent: String?,
                              year: Int? = nil) throws -> RankStatement? {
        let level: AreaLevel = area.utf8.count == 2 ? .province : area.utf8.count == 4 ? .amphoe : .tambon
        let values = try year.map { try self.values(indicator.id, year: $0, level: level, inside: parent) }
            ?? latestValues(indicator.id, level: level, inside: parent)
        let ranked = values.values.compactMap { v in
            v.value.map { RankedValue(area: v.area, value: $0, interval: v.interval) }
        }
        return RankDistinction.statement(of: area, among: ranked, higherIsWorse: indicator.higherIsWorse)
    }
}
