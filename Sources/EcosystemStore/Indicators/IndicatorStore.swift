import Foundation

/// One household of an income survey, as `insertHouseholds` takes it.
public typealias HouseholdRow = (tambon: String, id: String, year: Int, members: Int, income: Double, weight: Double)

/// Households (local only, never synced) and the indicator values derived
/// from them (synced records, so that a laptop without the survey still
/// shows the figures).
extension Store.Indicators {
    /// The deterministic id of a computed value: two laptops that compute
    /// the same value write the same record, so their bundles converge
    /// instead of duplicating it.
    public static func valueID(area: String, indicator: String, year: Int) -> String {
        "iv-\(area)-\(indicator)-\(year)"
    }

    /// Inserts households in bulk through one prepared statement; a household
    /// already present (same tambon, year and id) is replaced. Runs inside
    /// the caller's transaction when there is one.
    public func insertHouseholds(_ rows: [HouseholdRow], demo: Bool) throws {
        // The rule `import-households` applies, for callers that build rows themselves.
        for r in rows {
            if let (field, value, reason) = HouseholdRowParser.problem(r) {
                throw StoreError.invalidValue(field: field, value: value, reason: reason)
            }
        }
        try db.transaction {
            let st = try db.prepare("""
                INSERT INTO households(tambon_code, year, household_id, members, annual_income, weight, demo)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(tambon_code, year, household_id) DO UPDATE SET members = excluded.members,
                  annual_income = excluded.annual_income, weight = excluded.weight, demo = excluded.demo
                """)
            for r in rows {
                try st.run([r.tambon, r.year, r.id, r.members, r.income, r.weight, demo])
            }
        }
    }

    /// Computes the inequality indicators of every tambon with households,
    /// and of every amphoe and province above them from the pooled households
    /// below (a ratio of pooled data is not the mean of the tambons' ratios),
    /// for every survey year, with their 95 % bootstrap intervals and the
    /// households behind them (`HouseholdBootstrap.evidence`, on every
    /// core: `threads`), and stores them as `indicator-value` records.
    ///
    /// Only households whose `demo` flag equals `demo` enter: generated
    /// households must never be pooled into, or labelled as, a real survey.
    /// An existing value is edited only in the fields that changed, so a
    /// second run writes nothing. New records get `stamp` (the demo
    /// generator's fixed stamp) or, when nil, a fresh one from the clock.
    /// Returns the number of records created or changed.
    @discardableResult
    public func recompute(povertyLine: Double = InequalityMeasures.defaultPovertyLine,
                          demo: Bool, stamp: Stamp? = nil,
                          threads: Int = Store.Indicators.defaultThreads) throws -> Int {
        try db.transaction {
            let years = try db.query("SELECT DISTINCT year FROM households WHERE demo = ? ORDER BY year", [demo]) { $0.int(0) }
            var written = 0
            for year in years {
                let tambons = try householdsByTambon(year: year, demo: demo)
                let existing = try storedValues(year: year)
                for evidence in HouseholdBootstrap.evidence(tambons: tambons, year: year, povertyLine: povertyLine, threads: threads) {
                    let area = evidence.area, measures = evidence.measures
                    for (indicator, value) in IndicatorAggregation.values(of: measures) {
                        let interval = value.flatMap { evidence.intervals[indicator: indicator]?.storedForm(containing: $0) }
                        let values: [String: String?] = [
                            "area": area, "indicator": indicator, "year": String(year),
                            "value": value.map(canonicalNumber),
                            "source": demo ? "household income (demo, generated)" : "household income survey",
                            "synthetic": demo ? "1" : "0",
                            "households": String(measures.households),
                            "small_sample": measures.smallSample ? "1" : "0",
                            "low": interval.map { canonicalNumber($0.low) },
                            "high": interval?.high.map(canonicalNumber),
                        ]
                        let id = Self.valueID(area: area, indicator: indicator, year: year)
                        if let current = existing[id] {
                            var changes = values.filter { name, value in current[name] ?? nil != value }
                            // A recompute is an explicit request for the value: it revives a deleted one.
                            if current[SystemField.deleted] ?? nil == "1" { changes[SystemField.deleted] = "0" }
                            if !changes.isEmpty, try !records.setFields(.indicatorValue, id: id, values: changes, stamp: nil).isEmpty {
                                written += 1
                            }
                        } else {
                            _ = try records.insertCanonical(.indicatorValue, id: id, values: values, demo: demo, stamp: stamp)
                            written += 1
                        }
                    }
                }
            }
            return written
        }
    }

    /// Threads for the intervals: the cores of a field laptop (two, mostly);
    /// the intervals do not depend on it.
    public static var defaultThreads: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8) }

    /// All households of a year, grouped by tambon in geocode order; one
    /// query, grouped while reading, because a national survey has a million rows.
    func householdsByTambon(year: Int, demo: Bool) throws -> [(tambon: String, households: [HouseholdIncome])] {
        var groups: [(tambon: String, households: [HouseholdIncome])] = []
        var current = ""
        var rows: [HouseholdIncome] = []
        try db.prepare("""
            SELECT tambon_code, members, annual_income, weight FROM households
            WHERE year = ? AND demo = ? ORDER BY tambon_code, household_id
            """).forEachRow([year, demo]) { st in
            let tambon = st.text(0)
            if tambon != current {
                if !rows.isEmpty { groups.append((current, rows)) }
                current = tambon
                rows = []
            }
            rows.append(HouseholdIncome(members: st.int(1), annualIncome: st.double(2), weight: st.double(3)))
        }
        if !rows.isEmpty { groups.append((current, rows)) }
        return groups
    }

    /// The stored canonical fields (and `deleted`) of every indicator value of a year, by id.
    private func storedValues(year: Int) throws -> [String: [String: String?]] {
        let specs = RecordType.indicatorValue.storedFields
        let sql = "SELECT id, \(specs.map(\.quotedColumn).joined(separator: ", ")) FROM indicator_values WHERE year = ?"
        var out: [String: [String: String?]] = [:]
        for (id, fields) in try db.query(sql, [year], { st -> (String, [String: String?]) in
            var fields: [String: String?] = [:]
            for (i, spec) in specs.enumerated() { fields[spec.name] = spec.canonical(from: st, column: Int32(i + 1)) }
            return (st.text(0), fields)
        }) {
            out[id] = fields
        }
        return out
    }
}

extension Store.Indicators {
    /// Every household of every survey and year: the indicator benchmark
    /// pools them all at once.
    package func householdIncomes() throws -> [HouseholdIncome] {
        try db.query("SELECT members, annual_income, weight FROM households", []) {
            HouseholdIncome(members: $0.int(0), annualIncome: $0.double(1), weight: $0.double(2))
        }
    }
}

/// Tambon measures and the pooled measures of the amphoes and provinces above.
package enum IndicatorAggregation {
    /// Measures by area code: each tambon, then each amphoe and province
    /// from the pooled households of its tambons, in geocode order.
    package static func measures(_ tambons: [(tambon: String, households: [HouseholdIncome])],
                         povertyLine: Double) -> [(area: String, measures: InequalityMeasures)] {
        var out: [(area: String, measures: InequalityMeasures)] = []
        for t in tambons {
            out.append((t.tambon, InequalityMeasures.compute(t.households, povertyLine: povertyLine)))
        }
        for prefixLength in [4, 2] {
            // The groups are in geocode order, so the tambons of one parent are contiguous.
            var start = 0
            while start < tambons.count {
                let parent = tambons[start].tambon.prefix(prefixLength)
                var end = start
                while end < tambons.count, tambons[end].tambon.prefix(prefixLength) == parent { end += 1 }
                let pooled = InequalityMeasures.compute(pooling: tambons[start..<end].lazy.map(\.households), povertyLine: povertyLine)
                out.append((String(parent), pooled))
                start = end
            }
        }
        return out
    }

    /// The stored indicators of a set of measures; nil where undefined.
    static func values(of m: InequalityMeasures) -> [(String, Double?)] {
        [("s90s10", m.s90s10), ("palma", m.palma), ("gini", m.gini),
         ("poverty_headcount", m.povertyHeadcount), ("mean_income", m.meanIncome)]
    }
}
