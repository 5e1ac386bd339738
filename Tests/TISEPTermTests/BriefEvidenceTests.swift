import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// The brief shows the evidence of issue 19: each key indicator's 95 %
/// interval or small-sample mark, its rank with what the intervals allow
/// (the detail pane's words), its years with the change since the previous
/// year, and unit cost and SROI equal to `tisep costs`'s. On the demo data.
final class BriefEvidenceTests: XCTestCase {
    private func demo() throws -> (cli: CLIHarness, db: String) {
        (try CLIHarness(self), try DemoFixture.copy(self))
    }

    private func brief(_ cli: CLIHarness, _ db: String, _ code: String, _ format: String, _ extra: [String] = []) -> String {
        let r = cli.run(["brief", code, "--format", format, "--db", db] + extra, env: BriefTests.env)
        XCTAssertEqual(r.code, 0, r.err)
        return r.out
    }

    /// The part of the HTML brief from `<section class="KIND">` to its end.
    private func section(_ kind: String, of html: String) throws -> String {
        let start = try XCTUnwrap(html.range(of: "<section class=\"\(kind)\">"), kind)
        let end = try XCTUnwrap(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    func testKeyIndicatorsShowIntervalYearsAndRanksTheIntervalsAllow() throws {
        let (cli, db) = try demo()
        let key = try section("indicators", of: brief(cli, db, "560307", "html"))
        // Wiang's S90/S10 in 2568: its interval under it, its three years and
        // the change since 2567, its ranks in the amphoe (with the ranks it may
        // hold) and in the province.
        XCTAssertTrue(key.contains("12.78 เท่า<br>8.14–15.44"), key)
        XCTAssertTrue(key.contains("<span class=\"spark\">▃▁█</span> 2568<br>+5.49"), key)
        XCTAssertTrue(key.contains("3 จาก 10 (1–7)<br>14 จาก 68"), key)
        XCTAssertTrue(key.contains("(1–7) หลังอันดับ: แยกไม่ออกจากอันดับ 1–7 ตามช่วง 95%"), "the detail pane's words under the table")
        XCTAssertTrue(key.contains("ใต้ค่า: ช่วง 95% จากตัวอย่างครัวเรือน"))
        // Every indicator's latest value with its interval, from the store.
        let store = try Store(path: db)
        for def in try store.indicators.definitions() {
            guard let latest = try store.indicators.years(of: def.id, area: "560307").last, let interval = latest.interval else { continue }
            XCTAssertTrue(key.contains(BriefHTML.escape(IndicatorUnit(def).interval(interval, thai: true))), def.id)
        }
        // The annex writes each rank in full, in the amphoe and the province.
        let annex = try section("indicator-tables", of: brief(cli, db, "560307", "html"))
        XCTAssertTrue(annex.contains("3 จาก 10,<br>แยกไม่ออกจากอันดับ 1–7") && annex.contains("14 จาก 68,<br>แยกไม่ออกจากอันดับ 1–53"), annex)
        let englishBrief = brief(cli, db, "560307", "html", ["--lang", "en"])
        let english = try section("indicators", of: englishBrief)
        XCTAssertTrue(english.contains("(1–7) after a rank: not distinguishable from 1st–7th"), english)
        XCTAssertTrue(try section("indicator-tables", of: englishBrief).contains("3 of 10,<br>not distinguishable from 1st–7th"))
        XCTAssertTrue(english.contains("+6.7 pts"), "a share's change in percentage points")
        // The text brief keeps an interval whole on its line.
        let text = brief(cli, db, "560307", "txt")
        XCTAssertTrue(text.contains("124,708–199,094") && text.contains("▃▁█ 2568"), text)
    }

    func testSmallSampleMarkedWithItsNote() throws {
        let (cli, db) = try demo()
        // Hong Hin (560204): 13 households in 2568.
        for format in ["html", "md", "txt"] {
            let text = brief(cli, db, "560204", format)
            let mark = format == "md" ? "\\*" : "*"  // Markdown escapes it
            XCTAssertTrue(text.contains("0.336 \(mark)"), format)
            XCTAssertTrue(text.contains("\(mark) ตัวอย่างน้อย (ต่ำกว่า 30"), format)
        }
        XCTAssertFalse(brief(cli, db, "560307", "html").contains("ตัวอย่างน้อย"), "no mark where every sample is large enough")
    }

    func testAnnexTablesEveryYearWithTheChange() throws {
        let (cli, db) = try demo()
        let html = brief(cli, db, "560101", "html")
        let annex = try section("indicator-tables", of: html)
        let store = try Store(path: db)
        let def = try XCTUnwrap(try store.indicators.definitions().first { $0.id == "s90s10" })
        let years = try store.indicators.years(of: "s90s10", area: "560101")
        XCTAssertGreaterThanOrEqual(years.count, 3, "the demo writes three years")
        for v in years {
            let unit = IndicatorUnit(def)
            let row = "<td class=\"nowrap\">\(CalendarDate.year(v.year, thai: true))</td><td class=\"num\">\(unit.text(v.value, thai: true))</td>"
                + "<td class=\"num\">\(unit.interval(try XCTUnwrap(v.interval), thai: true))</td><td class=\"num\">\(NumberText.count(try XCTUnwrap(v.households)))</td>"
            XCTAssertTrue(annex.contains(row), row)
        }
        XCTAssertTrue(annex.contains("<td class=\"num\">+0.27 จาก 2566</td>") && annex.contains("<td class=\"num\">+0.52 จาก 2567</td>"), annex)
        // Markdown and text hold the same table.
        for format in ["md", "txt"] {
            let text = brief(cli, db, "560101", format)
            XCTAssertTrue(text.contains("ค่าแต่ละปี") && text.contains("+0.52 จาก 2567") && text.contains("2.49–5.43"), format)
        }
    }

    /// The brief's unit costs and SROI are `tisep costs --area CODE --json`'s, row by row.
    func testCostsEqualThoseOfTisepCosts() throws {
        let (cli, db) = try demo()
        // The demo's projects each serve several tambons (counted at the
        // amphoe); two of Wiang's own, one of which reached nobody.
        for fields in [["name_th=ธนาคารเวลาเวียง", "area=560101", "budget=100000", "reached=50", "delivery=civil-society", "outcome_value=250000"],
                       ["name_th=ศูนย์เวียง", "area=560101", "budget=80000", "reached=0", "delivery=state"]] {
            let r = cli.run(["add", "project", "--db", db] + fields)
            XCTAssertEqual(r.code, 0, r.err)
        }
        let store = try Store(path: db)
        let builder = BriefBuilder(store: store, thai: true, includePrivate: false, now: Date())
        for code in ["5601", "560101", "2202"] {
            let json = cli.run("costs", "--area", code, "--json", "--db", db)
            XCTAssertEqual(json.code, 0, json.err)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
            let rows = try XCTUnwrap(object["rows"] as? [[String: Any]])
            XCTAssertFalse(rows.isEmpty, code)
            let model = try BriefWriter.brief(code: code, store: store, thai: true, includePrivate: false)
            let costs = try XCTUnwrap(model.allSections.first { $0.kind == .costs }, code)
            guard case let .table(table)? = costs.blocks.first else { return XCTFail("a table of costs") }
            XCTAssertEqual(table.rows.count, rows.count, code)
            for (cells, row) in zip(table.rows, rows) {
                XCTAssertEqual(cells[0], try builder.placeName(row["area"] as? String), code)
                XCTAssertEqual(cells[1], CostListing.deliveryName((row["delivery"] as? String).flatMap(DeliveryType.init(rawValue:)), thai: true))
                XCTAssertEqual(cells[2], NumberText.count(row["projects"] as? Int ?? -1))
                let costed = row["costed_projects"] as? Int ?? 0
                XCTAssertEqual(cells[3], costed > 0 ? NumberText.decimal(row["budget"] as? Double ?? -1, decimals: 0) : "—")
                XCTAssertEqual(cells[4], costed > 0 ? NumberText.count(row["reached"] as? Int ?? -1) : "—")
                if let unitCost = row["unit_cost"] as? Double {
                    XCTAssertEqual(cells[5], "\(NumberText.decimal(unitCost, decimals: 0)) (\(costed))")
                } else {
                    XCTAssertTrue(cells[5] == "—" || cells[5] == "ไม่มีผู้ได้รับ", cells[5])
                }
                if let sroi = row["sroi"] as? Double {
                    XCTAssertEqual(cells[6], "\(NumberText.decimal(sroi, decimals: 2)) (\(row["valued_projects"] as? Int ?? -1))")
                } else {
                    XCTAssertEqual(cells[6], "—")
                }
            }
        }
        // Mueang Phayao's civil-society row: its demo project (270,000 baht
        // for 100 people) and Wiang's (100,000 for 50): 370,000 ÷ 150 = 2,467
        // a person; SROI (616,000 + 250,000) ÷ 370,000 = 2.34; the projects
        // named under the table, labelled demo.
        let html = try section("costs", of: brief(cli, db, "5601", "html"))
        XCTAssertTrue(html.contains("<td>อ.เมืองพะเยา</td><td>ภาคประชาสังคม</td><td class=\"num\">2</td><td class=\"num\">370,000</td><td class=\"num\">150</td><td class=\"num\">2,467 (2)</td><td class=\"num\">2.34 (2)</td>"), html)
        XCTAssertTrue(html.contains("อ.เมืองพะเยา, ภาคประชาสังคม: ธนาคารเวลาเพื่อผู้สูงอายุอำเภอเมืองพะเยา; ธนาคารเวลาเวียง"), html)
        XCTAssertTrue(html.contains("สาธิต: โครงการและตัวเลขสร้างขึ้น"), html)
        XCTAssertTrue(brief(cli, db, "5601", "txt").contains("2,467 (2)"))
        XCTAssertTrue(brief(cli, db, "5601", "md", ["--lang", "en"]).contains("Unit cost and SROI"))
        let wiang = try section("costs", of: brief(cli, db, "560101", "html"))
        XCTAssertTrue(wiang.contains("<td class=\"num\">100,000</td><td class=\"num\">50</td><td class=\"num\">2,000 (1)</td><td class=\"num\">2.50 (1)</td>"), wiang)
        XCTAssertTrue(wiang.contains("ไม่มีผู้ได้รับ") && wiang.contains("ธนาคารเวลาเวียง"), "nobody reached said so; the projects named")
        // No project touches Wiang of Chiang Kham: no costs section.
        XCTAssertFalse(brief(cli, db, "560307", "html").contains("<section class=\"costs\">"))
    }
}
