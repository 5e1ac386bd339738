import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

final class IndicatorCommandTests: XCTestCase {
    private func emptyDatabase() throws -> CLIHarness {
        let cli = try CLIHarness(self)
        let r = cli.run("init", "--empty")
        XCTAssertEqual(r.code, 0, r.err)
        return cli
    }

    func testImportHouseholdsReportsLinesAndThePovertyLine() throws {
        let cli = try emptyDatabase()
        var rows = ["tambon_code,household_id,year,members,annual_income,weight"]
        for i in 0..<35 { rows.append("560101,h\(i),2568,\(1 + i % 4),\(20_000 + i * 3_000),1") }
        rows.append("560101,h1,2568,2,5000,1")
        rows.append("999999,x,2568,2,5000,1")
        let file = try cli.write("h.csv", rows.joined(separator: "\n") + "\n")
        let r = cli.run("import-households", file, "--poverty-line", "40000", "--lang", "en")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("imported 35 households, refused 2 rows"), r.out)
        XCTAssertTrue(r.out.contains("line 37: duplicate household h1"), r.out)
        XCTAssertTrue(r.out.contains("line 38: unknown tambon 999999"), r.out)
        XCTAssertTrue(r.out.contains("indicator values created or changed: 15"), r.out)
        XCTAssertTrue(r.out.contains("poverty line 40,000 baht"), r.out)

        let text = cli.run("indicators", "--area", "5601", "--indicator", "poverty_headcount", "--lang", "en")
        XCTAssertEqual(text.code, 0, text.err)
        XCTAssertTrue(text.out.contains("poverty line 40,000 baht"), "the line is printed with the headcount")
        XCTAssertFalse(text.out.contains("small sample"), "35 households")

        let bad = try cli.write("bad.csv", "tambon_code,household_id,year,members,annual_income\n999999,x,2025,1,1\n")
        let refused = cli.run("import-households", bad)
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.hasPrefix("tisep: error: "), refused.err)
        XCTAssertEqual(cli.run("import-households", file, "--poverty-line", "lots").code, 2)
    }

    func testIndicatorsJSONShape() throws {
        let cli = try emptyDatabase()
        let file = try cli.write("i.csv", "area_code,indicator,year,value,source\n5601,s90s10,2567,7.25,NSO\n560101,s90s10,2024,,NSO\n5701,gini,2024,0.4,NSO\n")
        let imported = cli.run("import-indicators", file)
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertTrue(imported.out.contains("imported 3 values"), imported.out)
        let r = cli.run("indicators", "--area", "56", "--json")
        XCTAssertEqual(r.code, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let values = try XCTUnwrap(json["values"] as? [[String: Any]])
        XCTAssertEqual(values.count, 2, "Chiang Rai's value is outside 56")
        XCTAssertEqual(Set(values[0].keys), ["area", "indicator", "year", "value", "source", "synthetic", "n", "low", "high", "small_sample"])
        for key in ["n", "low", "high"] { XCTAssertTrue(values[0][key] is NSNull, "a published value has no \(key)") }
        XCTAssertEqual(values[0]["small_sample"] as? Bool, false)
        XCTAssertEqual(values[0]["area"] as? String, "5601")
        XCTAssertEqual(values[0]["year"] as? Int, 2024)
        XCTAssertEqual(values[0]["value"] as? Double, 7.25)
        XCTAssertEqual(values[0]["synthetic"] as? Bool, false)
        XCTAssertTrue(values[1]["value"] is NSNull, "undefined is null")
        XCTAssertEqual(cli.run("indicators", "--area", "999999").code, 1)
    }

    func testDemoIndicatorsAreMarkedAndSmallSamplesFlagged() throws {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let r = cli.run("indicators", "--area", "56", "--indicator", "gini", "--db", db)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("สาธิต"), "demo values are marked")
        if r.out.contains(" * ") || r.out.contains("  *\n") {
            XCTAssertTrue(r.out.contains("ตัวอย่างน้อย"), "a flagged value has its footnote")
        }
    }
}
