/// An indicator's definition (the `indicators` table).
public struct IndicatorDefinition: Sendable, Equatable {
    public var id: String
    public var nameTH: String
    public var nameEN: String
    public var unitTH: String
    public var unitEN: String
    public var higherIsWorse: Bool
    /// A share from 0 to 1, shown as a percentage.
    public var isShare: Bool
    public var source: String

    public func name(thai: Bool) -> String { thai ? nameTH : nameEN }
    public func unit(thai: Bool) -> String { thai ? unitTH : unitEN }
}

/// One value of an indicator for one area and year.
public struct IndicatorValue: Sendable, Equatable {
    public var area: String
    public var indicator: String
    public var year: Int
    /// nil: undefined (for example S90/S10 when the poorest tenth has no income).
    public var value: Double?
    public var source: String?
    public var synthetic: Bool
    public var households: Int?
    public var smallSample: Bool
    /// The 95 % interval of a value computed from households; nil for a
    /// published value, an undefined one, or one computed before schema 4.
    public var interval: BootstrapInterval?

    public init(area: String, indicator: String, year: Int, value: Double?, source: String?, synthetic: Bool,
                households: Int?, smallSample: Bool, interval: BootstrapInterval? = nil) {
        self.area = area
        self.indicator = indicator
        self.year = year
        self.value = value
        self.source = source
        self.synthetic = synthetic
        self.households = households
        self.smallSample = smallSample
        self.interval = interval
    }
}

extension Store {
    /// Indicators: their definitions and values by area and year, the
    /// households of income surveys (local, never synced) and the values
    /// computed from them (`IndicatorStore.swift`), and the imports of both
    /// (`HouseholdImport.swift`, `IndicatorImport.swift`).
    ///
    /// ```swift
    /// let s90s10 = try store.indicators.latestValues("s90s10", level: .tambon, inside: "56")
    /// let report = try store.indicators.importHouseholds(csv: table, file: "survey.csv")
    /// ```
    public struct Indicators: StorePart {
        let context: StoreContext
    }
}

extension Store.Indicators {
    public func definitions() throws -> [IndicatorDefinition] {
        try db.query("SELECT id, name_th, name_en, unit_th, unit_en, higher_is_worse, is_share, source FROM indicators ORDER BY sort_order, id") { st in
            IndicatorDefinition(id: st.text(0), nameTH: st.text(1), nameEN: st.text(2), unitTH: st.text(3), unitEN: st.text(4),
                                higherIsWorse: st.bool(5), isShare: st.bool(6), source: st.text(7))
        }
    }

    public func definition(_ id: String) throws -> IndicatorDefinition? {
        try definitions().first { $0.id == id }
    }

    /// The latest year's value of `indicator` for every area at `level`
    /// inside `code` (all areas at that level when nil), by area code.
    public func latestValues(_ indicator: String, level: AreaLevel, inside code: String?) throws -> [String: IndicatorValue] {
        let length = level == .province ? 2 : level == .amphoe ? 4 : 6
        var sql = """
            SELECT \(Self.readColumns) FROM indicator_values
            WHERE indicator = ? AND deleted = 0 AND length(area) = ?
            """
        var binds: [SQLBindable] = [indicator, length]
        if let code {
            sql += " AND area >= ? AND area < ?"
            binds += [code, AreaCode.upperBound(ofPrefix: code)]
        }
        sql += " ORDER BY area, year"
        var latest: [String: IndicatorValue] = [:]
        for v in try db.query(sql, binds, Self.readValue) { latest[v.area] = v }
        return latest
    }

    /// The latest year's number of `indicator` for every area (of any level)
    /// inside `code`, or everywhere when nil; nil where that year has no
    /// value. Read from the covering index of live values (schema 3): the
    /// map and the ranks need only these, and whole rows cost page reads.
    public func latestNumbers(_ indicator: String, inside code: String?) throws -> [String: Double?] {
        var sql = "SELECT area, value FROM indicator_values WHERE indicator = ? AND deleted = 0"
        var binds: [SQLBindable] = [indicator]
        if let code {
            sql += " AND area >= ? AND area < ?"
            binds += [code, AreaCode.upperBound(ofPrefix: code)]
        }
        sql += " ORDER BY area, year"
        var latest: [String: Double?] = [:]
        for (area, value) in try db.query(sql, binds, { ($0.text(0), $0.optionalDouble(1)) }) { latest[area] = value }
        return latest
    }

    /// Every indicator value of one area (latest year of each indicator).
    public func values(of area: String) throws -> [IndicatorValue] {
        var latest: [String: IndicatorValue] = [:]
        for v in try db.query("""
            SELECT \(Self.readColumns) FROM indicator_values
            WHERE area = ? AND deleted = 0 ORDER BY indicator, year
            """, [area], Self.readValue) { latest[v.indicator] = v }
        let order = try definitions().map(\.id)
        return latest.values.sorted { (order.firstIndex(of: $0.indicator) ?? 99, $0.indicator) < (order.firstIndex(of: $1.indicator) ?? 99, $1.indicator) }
    }

    /// The columns `readValue` reads, in its order.
    static let readColumns = "area, indicator, year, value, source, synthetic, households, small_sample, low, high"

    static func readValue(_ st: Statement) -> IndicatorValue {
        IndicatorValue(area: st.text(0), indicator: st.text(1), year: st.int(2), value: st.optionalDouble(3), source: st.string(4),
                       synthetic: st.bool(5), households: st.optionalInt(6), smallSample: st.bool(7),
                       interval: st.optionalDouble(8).map { BootstrapInterval(low: $0, high: st.optionalDouble(9)) })
    }

    /// The rank of `area`'s value among its siblings (1 = worst when higher
    /// is worse), and how many siblings have a value: "3 of 12".
    public func rank(of area: String, indicator: IndicatorDefinition, within parent: String) throws -> (rank: Int, of: Int)? {
        let values = try latestNumbers(indicator.id, inside: parent).compactMap { code, value in
            code.utf8.count == area.utf8.count ? value.map { (code, $0) } : nil
        }
        guard let mine = values.first(where: { $0.0 == area })?.1 else { return nil }
        let worse = values.filter { indicator.higherIsWorse ? $0.1 > mine : $0.1 < mine }.count
        return (worse + 1, values.count)
    }

    /// Whether `indicator` has a live value anywhere: an indicator without
    /// a definition can still be mapped when values were imported under it.
    public func hasValues(_ indicator: String) throws -> Bool {
        try db.scalarInt("SELECT EXISTS (SELECT 1 FROM indicator_values WHERE indicator = ? AND deleted = 0)", [indicator]) > 0
    }
}
