extension Store.Indicators {
    /// Every stored value (all years) of `code` and every area below it (all
    /// areas when nil), optionally of one indicator: by area, then in the
    /// definitions' order, then by year.
    public func values(inAreaOrBelow code: String?, indicator: String? = nil) throws -> [IndicatorValue] {
        var sql = """
            SELECT \(Self.readColumns) FROM indicator_values
            WHERE deleted = 0
            """
        var binds: [SQLBindable] = []
        if let code {
            sql += " AND area >= ? AND area < ?"
            binds += [code, AreaCode.upperBound(ofPrefix: code)]
        }
        if let indicator {
            sql += " AND indicator = ?"
            binds.append(indicator)
        }
        let order = Dictionary(uniqueKeysWithValues: try definitions().enumerated().map { ($1.id, $0) })
        return try db.query(sql, binds, Self.readValue).sorted {
            ($0.area, order[$0.indicator] ?? order.count, $0.indicator, $0.year)
                < ($1.area, order[$1.indicator] ?? order.count, $1.indicator, $1.year)
        }
    }
}
