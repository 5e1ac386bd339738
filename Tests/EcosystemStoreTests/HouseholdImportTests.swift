import XCTest
@testable import EcosystemStore

final class HouseholdImportTests: XCTestCase {
    private func value(_ store: Store, _ area: String, _ indicator: String, year: Int = 2025) throws -> Double? {
        try XCTUnwrap(store.records.record(Store.Indicators.valueID(area: area, indicator: indicator, year: year)), "no \(indicator) of \(area)")["value"].flatMap(Double.init)
    }

    private func incomes(_ store: Store, _ tambon: String, year: Int = 2025) throws -> [HouseholdIncome] {
        try store.db.query("SELECT members, annual_income, weight FROM households WHERE tambon_code = ? AND year = ? ORDER BY household_id",
                           [tambon, year]) { HouseholdIncome(members: $0.int(0), annualIncome: $0.double(1), weight: $0.double(2)) }
    }

    func testGoodRowsLoadBadRowsAreReportedWithTheirLineAndSkipped() throws {
        let store = try smallStore()
        let csv = """
        tambon_code,household_id,year,members,annual_income,weight
        560101,a,2568,3,90000,1
        560101,b,2025,2,"40,000",
        999999,c,2025,2,1000,1
        560101,a,2025,1,5,1
        560101,d,2025,0,5,1
        560101,e,2025,2,-5,1
        560101,f,2025,2,abc,1
        TH560102,a,2025,4,200000,2.5
        560102,g,2025,4,100,0
        560102,h,2025,1,0,1
        """
        let report = try store.indicators.importHouseholds(csv: CSVTable(text: csv), file: "h.csv")
        XCTAssertEqual(report.rows.loaded, 4)
        XCTAssertEqual(report.rows.problems.map(\.line), [4, 5, 6, 7, 8, 10])
        XCTAssertTrue(report.rows.problems[0].reason.contains("unknown tambon 999999"))
        XCTAssertTrue(report.rows.problems[1].reason.contains("first on line 2"), "2568 is 2025, so a is a duplicate")
        XCTAssertEqual(report.povertyLine, InequalityMeasures.defaultPovertyLine)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM households"), 4)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM households WHERE year = 2025 AND tambon_code = '560102'"), 2)
        XCTAssertEqual(try store.db.query("SELECT weight FROM households WHERE household_id = 'b'") { $0.double(0) }, [1], "weight defaults to 1")
        XCTAssertEqual(report.valuesChanged, 4 * 5, "two tambons, the amphoe and the province")
    }

    func testValuesEqualTheMeasuresOfTheImportedRowsAndPoolUpwards() throws {
        let store = try smallStore()
        var lines = ["tambon_code,household_id,year,members,annual_income,weight"]
        for i in 0..<40 { lines.append("560101,w\(i),2568,\(1 + i % 5),\(30_000 + i * i * 900),\(1 + i % 3)") }
        for i in 0..<20 { lines.append("560102,m\(i),2025,\(1 + i % 4),\(i < 4 ? 0 : 20_000 + i * 7_000),1") }
        _ = try store.indicators.importHouseholds(csv: CSVTable(text: lines.joined(separator: "\n")))
        let wiang = try incomes(store, "560101"), maeTam = try incomes(store, "560102")
        XCTAssertEqual(wiang.count, 40)
        let w = InequalityMeasures.compute(wiang)
        XCTAssertEqual(try value(store, "560101", "s90s10"), w.s90s10)
        XCTAssertEqual(try value(store, "560101", "palma"), w.palma)
        XCTAssertEqual(try value(store, "560101", "gini"), w.gini)
        XCTAssertEqual(try value(store, "560101", "poverty_headcount"), w.povertyHeadcount)
        XCTAssertEqual(try value(store, "560101", "mean_income"), w.meanIncome)
        XCTAssertNil(try value(store, "560102", "s90s10"), "the poorest tenth of Mae Tam has no income: undefined")
        let pooled = InequalityMeasures.compute(pooling: [wiang, maeTam])
        for area in ["5601", "56"] {
            XCTAssertEqual(try value(store, area, "gini"), pooled.gini)
            XCTAssertEqual(try value(store, area, "s90s10"), pooled.s90s10)
            XCTAssertEqual(try value(store, area, "mean_income"), pooled.meanIncome)
        }
        XCTAssertEqual(try store.records.record("iv-560102-gini-2025")?["small_sample"], "1")
    }

    func testAnImportReplacesTheHouseholdsOfItsTambonYearsOnly() throws {
        let store = try smallStore()
        let header = "tambon_code,household_id,year,members,annual_income\n"
        _ = try store.indicators.importHouseholds(csv: CSVTable(text: header + "560101,a,2025,1,1000\n560101,b,2025,1,2000\n560101,a,2024,1,10\n560102,a,2025,2,500\n"))
        let report = try store.indicators.importHouseholds(csv: CSVTable(text: header + "560101,z,2025,2,9000\n"), povertyLine: 5000)
        XCTAssertEqual(report.replaced.map(\.previous), [2])
        XCTAssertEqual(try store.db.query("SELECT household_id FROM households WHERE tambon_code = '560101' AND year = 2025") { $0.text(0) }, ["z"])
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM households WHERE year = 2024"), 1, "another year is kept")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM households WHERE tambon_code = '560102'"), 1, "another tambon is kept")
        XCTAssertEqual(try value(store, "560101", "mean_income"), 4500)
        XCTAssertEqual(try store.indicators.povertyLine(), 5000, "the line given is remembered")
        XCTAssertEqual(try value(store, "560101", "poverty_headcount"), 1, "4,500 baht a head is below 5,000")
        XCTAssertEqual(try store.indicators.importHouseholds(csv: CSVTable(text: header + "560101,z,2025,2,9000\n")).povertyLine, 5000)
    }

    func testAMissingColumnRefusesTheFileAndChangesNothing() throws {
        let store = try smallStore()
        XCTAssertThrowsError(try store.indicators.importHouseholds(csv: CSVTable(text: "tambon_code,household_id,year,members\n560101,a,2025,1\n")))
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM households"), 0)
    }

    func testPublishedIndicatorValues() throws {
        let store = try smallStore()
        let csv = """
        area_code,indicator,year,value,source
        5601,s90s10,2566,7.5,NSO SES 2023
        560101,gini,2023,0.41,NSO
        560101,gini,2023,0.42,NSO
        999999,gini,2023,0.4,NSO
        560102,s90s10,2023,,NSO
        56,literacy_rate,2023,0.97,Ministry
        56,gini,year,0.3,x
        56,gini,2023,high,x
        """
        let report = try store.indicators.importValues(csv: CSVTable(text: csv))
        XCTAssertEqual(report.loaded, 4)
        XCTAssertEqual(report.problems.map(\.line), [4, 5, 8, 9])
        XCTAssertEqual(report.warnings.count, 1, "literacy_rate has no definition")
        let v = try XCTUnwrap(store.records.record("iv-5601-s90s10-2023"))
        XCTAssertEqual(v["value"], "7.5")
        XCTAssertEqual(v["source"], "NSO SES 2023")
        XCTAssertEqual(v["synthetic"], "0")
        XCTAssertNil(try store.records.record("iv-560102-s90s10-2023")?["value"], "an empty value is undefined")
        let listed = try store.indicators.values(inAreaOrBelow: "56")
        XCTAssertEqual(listed.map(\.area), ["56", "5601", "560101", "560102"])
        // A second import edits the value in place.
        _ = try store.indicators.importValues(csv: CSVTable(text: "area_code,indicator,year,value,source\n5601,s90s10,2023,8,NSO SES 2023\n"))
        XCTAssertEqual(try store.records.record("iv-5601-s90s10-2023")?["value"], "8")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM indicator_values WHERE area = '5601'"), 1)
    }
}
