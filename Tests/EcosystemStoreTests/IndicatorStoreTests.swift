import XCTest
@testable import EcosystemStore

final class IndicatorStoreTests: XCTestCase {
    /// 40 households in Wiang with a spread of incomes; 20 in Mae Tam, four
    /// of them without income, so that its poorest tenth has nothing and
    /// S90/S10 is undefined there.
    private func sampleRows() -> [HouseholdRow] {
        var rows: [HouseholdRow] = []
        for i in 0..<40 {
            rows.append(("560101", "w\(i)", 2025, 1 + i % 5, Double(30_000 + i * i * 900), 1 + Double(i % 3)))
        }
        for i in 0..<20 {
            rows.append(("560102", "m\(i)", 2025, 1 + i % 4, i < 4 ? 0 : Double(20_000 + i * 7_000), 1))
        }
        return rows
    }

    private func measures(_ rows: [HouseholdRow]) -> InequalityMeasures {
        InequalityMeasures.compute(rows.map { HouseholdIncome(members: $0.members, annualIncome: $0.income, weight: $0.weight) })
    }

    private func value(_ store: Store, _ area: String, _ indicator: String) throws -> Double? {
        let record = try XCTUnwrap(store.records.record(Store.Indicators.valueID(area: area, indicator: indicator, year: 2025)),
                                   "no \(indicator) for \(area)")
        return record["value"].flatMap(Double.init)
    }

    func testTambonAmphoeAndProvinceValues() throws {
        let store = try smallStore()
        let rows = sampleRows()
        try store.indicators.insertHouseholds(rows, demo: false)
        XCTAssertEqual(try store.indicators.recompute(demo: false), 4 * 5)

        let wiang = measures(rows.filter { $0.tambon == "560101" })
        let maeTam = measures(rows.filter { $0.tambon == "560102" })
        let pooled = InequalityMeasures.compute(pooling: [rows.filter { $0.tambon == "560101" }, rows.filter { $0.tambon == "560102" }]
            .map { $0.map { HouseholdIncome(members: $0.members, annualIncome: $0.income, weight: $0.weight) } })

        XCTAssertEqual(try value(store, "560101", "gini"), wiang.gini)
        XCTAssertEqual(try value(store, "560101", "s90s10"), wiang.s90s10)
        XCTAssertEqual(try value(store, "560101", "palma"), wiang.palma)
        XCTAssertEqual(try value(store, "560101", "poverty_headcount"), wiang.povertyHeadcount)
        XCTAssertEqual(try value(store, "560101", "mean_income"), wiang.meanIncome)
        XCTAssertEqual(try value(store, "560102", "gini"), maeTam.gini)
        for area in ["5601", "56"] {
            XCTAssertEqual(try value(store, area, "gini"), pooled.gini)
            XCTAssertEqual(try value(store, area, "palma"), pooled.palma)
            XCTAssertEqual(try value(store, area, "mean_income"), pooled.meanIncome)
            XCTAssertEqual(try value(store, area, "s90s10"), pooled.s90s10)
        }
        let meanOfGinis = (try XCTUnwrap(wiang.gini) + XCTUnwrap(maeTam.gini)) / 2
        XCTAssertGreaterThan(abs(try XCTUnwrap(value(store, "5601", "gini")) - meanOfGinis), 1e-6, "pooled, not averaged")
        XCTAssertNil(try store.records.record("iv-95-gini-2025"), "no households in Yala, no values")

        let record = try XCTUnwrap(store.records.record("iv-560101-gini-2025"))
        XCTAssertEqual(record["source"], "household income survey")
        XCTAssertEqual(record["synthetic"], "0")
        XCTAssertEqual(record["households"], "40")
        XCTAssertFalse(record.demo)
    }

    func testUndefinedValueIsNull() throws {
        let store = try smallStore()
        try store.indicators.insertHouseholds(sampleRows(), demo: false)
        try store.indicators.recompute(demo: false)
        XCTAssertNil(measures(sampleRows().filter { $0.tambon == "560102" }).s90s10, "the fixture must have an undefined S90/S10")
        let record = try XCTUnwrap(store.records.record("iv-560102-s90s10-2025"))
        XCTAssertNil(record["value"])
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM indicator_values WHERE id = 'iv-560102-s90s10-2025' AND value IS NULL"), 1)
    }

    func testSmallSampleFlag() throws {
        let store = try smallStore()
        try store.indicators.insertHouseholds(sampleRows(), demo: false)
        try store.indicators.recompute(demo: false)
        XCTAssertEqual(try store.records.record("iv-560102-gini-2025")?["small_sample"], "1", "20 households")
        XCTAssertEqual(try store.records.record("iv-560101-gini-2025")?["small_sample"], "0", "40 households")
        XCTAssertEqual(try store.records.record("iv-5601-gini-2025")?["households"], "60")
    }

    func testRecomputeIsIdempotentAndEditsOnlyChanges() throws {
        let store = try smallStore()
        try store.indicators.insertHouseholds(sampleRows(), demo: false)
        try store.indicators.recompute(demo: false)
        func snapshot() throws -> [String] {
            try store.db.query("SELECT record_id || field || stamp || coalesce(value, '') FROM history ORDER BY 1") { $0.text(0) }
                + store.db.query("SELECT id || stamp || coalesce(value, '') FROM indicator_values ORDER BY id") { $0.text(0) }
                + store.db.query("SELECT record_id || field || stamp FROM field_stamps ORDER BY 1") { $0.text(0) }
        }
        let before = try snapshot()
        XCTAssertEqual(try store.indicators.recompute(demo: false), 0)
        XCTAssertEqual(try snapshot(), before, "a second run writes nothing")

        // A richer household in Mae Tam changes Mae Tam, the amphoe and the province, not Wiang.
        try store.indicators.insertHouseholds([("560102", "m19", 2025, 1, 900_000, 1)], demo: false)
        XCTAssertGreaterThan(try store.indicators.recompute(demo: false), 0)
        let changed = try store.db.query("SELECT DISTINCT record_id FROM history ORDER BY 1") { $0.text(0) }
        XCTAssertTrue(changed.contains("iv-560102-gini-2025"))
        XCTAssertTrue(changed.contains("iv-56-gini-2025"))
        XCTAssertFalse(changed.contains { $0.hasPrefix("iv-560101-") }, "\(changed)")
    }

    func testDemoHouseholdsAreKeptApart() throws {
        let store = try smallStore()
        try store.indicators.insertHouseholds(sampleRows().filter { $0.tambon == "560101" }, demo: true)
        let stamp = Stamp(wallMillis: 1_735_689_600_000, counter: 0, replica: "demo000000000000")
        XCTAssertEqual(try store.indicators.recompute(demo: true, stamp: stamp), 3 * 5)
        let record = try XCTUnwrap(store.records.record("iv-56-gini-2025"))
        XCTAssertEqual(record["source"], "household income (demo, generated)")
        XCTAssertEqual(record["synthetic"], "1")
        XCTAssertTrue(record.demo)
        XCTAssertEqual(record.stamp, stamp.description)
        XCTAssertEqual(try store.indicators.recompute(demo: false), 0, "demo households never enter real figures")
    }
}
