import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// Issue 19 from the command line: indicators of several years with their
/// intervals and small-sample flags.
final class EvidenceCommandTests: XCTestCase {
    private func emptyDatabase() throws -> CLIHarness {
        let cli = try CLIHarness(self)
        let r = cli.run("init", "--empty")
        XCTAssertEqual(r.code, 0, r.err)
        return cli
    }

    /// Households of two tambons of Mueang Phayao over three survey years
    /// (Buddhist era in the file): Wiang with 40 households, Mae Tam with
    /// 20 (a small sample), incomes spreading a little more each year.
    static func threeYearsOfHouseholds() -> String {
        var rows = ["tambon_code,household_id,year,members,annual_income"]
        for (k, year) in [2566, 2567, 2568].enumerated() {
            for (tambon, count) in [("560101", 40), ("560102", 20)] {
                for i in 0..<count {
                    let members = 1 + (i * 7) % 5
                    let income = 18_000 + (i * i * 1_300) % 190_000 + k * i * 900
                    rows.append("\(tambon),h\(i),\(year),\(members),\(income)")
                }
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    func testSeveralYearsAreListedWithIntervalsThatHoldTheirValues() throws {
        let cli = try emptyDatabase()
        let file = try cli.write("households.csv", Self.threeYearsOfHouseholds())
        let imported = cli.run("import-households", file, "--lang", "en")
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertTrue(imported.out.contains("in 2023, 2024, 2025"), imported.out)

        let r = cli.run("indicators", "--area", "5601", "--json")
        XCTAssertEqual(r.code, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let values = try XCTUnwrap(json["values"] as? [[String: Any]])
        // Three areas (the amphoe and two tambons), five indicators, three years.
        XCTAssertEqual(values.count, 3 * 5 * 3)
        let wiangS90 = values.filter { $0["area"] as? String == "560101" && $0["indicator"] as? String == "s90s10" }
        XCTAssertEqual(wiangS90.compactMap { $0["year"] as? Int }, [2023, 2024, 2025])
        for v in values {
            let what = "\(v["area"]!) \(v["indicator"]!) \(v["year"]!)"
            let value = try XCTUnwrap(v["value"] as? Double, what)
            let low = try XCTUnwrap(v["low"] as? Double, what)
            let high = try XCTUnwrap(v["high"] as? Double, what)
            XCTAssertTrue(low <= value && value <= high, "\(what): \(low) ≤ \(value) ≤ \(high)")
            XCTAssertLessThan(low, high, "\(what): a sample of households leaves some doubt")
            let n = try XCTUnwrap(v["n"] as? Int, what)
            switch v["area"] as? String {
            case "560101": XCTAssertEqual(n, 40)
            case "560102": XCTAssertEqual(n, 20)
            default: XCTAssertEqual(n, 60)
            }
            XCTAssertEqual(v["small_sample"] as? Bool, n < 30, what)
        }

        // The text lists every year (Buddhist era in Thai), the interval, and marks the small sample.
        let text = cli.run("indicators", "--area", "560102", "--indicator", "gini")
        XCTAssertEqual(text.code, 0, text.err)
        for year in ["2566", "2567", "2568"] { XCTAssertTrue(text.out.contains(year), text.out) }
        XCTAssertTrue(text.out.contains("ช่วง 95%"), text.out)
        XCTAssertTrue(text.out.contains("ตัวอย่างน้อย"), "the small sample's note: \(text.out)")
        let first = try XCTUnwrap(values.first { $0["area"] as? String == "560102" && $0["indicator"] as? String == "gini" })
        let range = IndicatorUnit.coefficient.interval(BootstrapInterval(low: first["low"] as! Double, high: first["high"] as? Double), thai: true)
        XCTAssertTrue(text.out.contains(range), "\(range) in \(text.out)")

        // The same households give the same intervals, however often they are imported.
        XCTAssertEqual(cli.run("import-households", file).code, 0)
        XCTAssertEqual(cli.run("indicators", "--area", "5601", "--json").out, r.out)
    }

    /// `tisep map --year`: that year's values (Buddhist or Christian era),
    /// small samples marked with the legend's note, a year without values refused.
    func testTheMapDrawsAChosenYear() throws {
        let cli = try emptyDatabase()
        XCTAssertEqual(cli.run("import-households", try cli.write("households.csv", Self.threeYearsOfHouseholds())).code, 0)
        let listed = cli.run("indicators", "--area", "5601", "--indicator", "s90s10", "--json")
        let values = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [String: Any])?["values"] as? [[String: Any]])
        func value(_ area: String, _ year: Int) -> Double? {
            values.first { $0["area"] as? String == area && $0["year"] as? Int == year }?["value"] as? Double
        }
        for (given, year) in [("2566", 2023), ("2024", 2024)] {
            let r = cli.run("map", "--area", "5601", "--year", given, "--breaks-json")
            XCTAssertEqual(r.code, 0, r.err)
            let drawn = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["values"] as? [String: Any])
            XCTAssertEqual(drawn["560101"] as? Double, value("560101", year), given)
            XCTAssertEqual(drawn["560102"] as? Double, value("560102", year), given)
        }
        XCTAssertNotEqual(value("560101", 2023), value("560101", 2025), "the years differ, so the test can tell them apart")
        // Numbers and the key: every tambon is named there, whatever room the outline leaves.
        let map = cli.run("map", "--area", "5601", "--year", "2023", "--labels", "numbers", "--width", "100", "--lang", "en")
        XCTAssertEqual(map.code, 0, map.err)
        XCTAssertTrue(map.out.contains("* small sample (under 30 households)"), map.out)
        XCTAssertTrue(map.out.contains("Mae Tam*"), "Mae Tam's 20 households: \(map.out)")
        XCTAssertFalse(map.out.contains("Wiang*"), "Wiang's 40 households are no small sample")
        let none = cli.run("map", "--area", "5601", "--year", "2019")
        XCTAssertEqual(none.code, 1)
        XCTAssertTrue(none.err.contains("no values in 2019") && none.err.contains("2023/2566, 2024/2567, 2025/2568"), none.err)
        XCTAssertEqual(cli.run("map", "--year", "soon").code, 2)
    }
}
