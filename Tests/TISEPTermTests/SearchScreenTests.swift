import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// The search bar in memory (issue 16, "search that knows where you are"):
/// `/` starts a new query, Ctrl-U clears, ↑ recalls, Tab switches the scope
/// and the bar shows it, results rank from the selected area, say what they
/// are, collapse identical lines into a row that opens, and the 1–2 letter
/// rule is explained where it applies.
final class SearchScreenTests: XCTestCase {
    /// The demo with Wiang of Chiang Kham (560307) selected.
    private func atWiang(width: Int = 80, height: Int = 24, thai: Bool = true) throws -> App {
        let app = try DemoFixture.app(self, width: width, height: height, thai: thai)
        app.press(.char("/"))
        app.type("560307")
        app.press(.enter)
        XCTAssertEqual(app.state.selectedArea, "560307")
        return app
    }

    private func inputLine(_ app: App) -> String { app.screenText.split(separator: "\n").map(String.init)[1] }

    func testSlashStartsAFreshQueryCtrlUClearsAndUpRecalls() throws {
        let app = try atWiang()
        XCTAssertEqual(app.state.search.history, ["560307"], "a query that was used is kept")
        app.press(.char("/"))
        XCTAssertTrue(app.state.search.selected, "the last query is shown selected")
        XCTAssertEqual(app.state.search.query, "560307")
        app.type("ปลาส้ม")
        XCTAssertEqual(app.state.search.query, "ปลาส้ม", "typing replaced the selected query")
        XCTAssertFalse(app.state.search.selected)
        XCTAssertTrue(inputLine(app).contains("/ ปลาส้ม▏"), inputLine(app))
        app.press(.control("u"))
        XCTAssertEqual(app.state.search.query, "", "Ctrl-U clears the field")
        XCTAssertTrue(app.state.search.results.isEmpty)
        app.type("ทอผ้า")
        app.press(.escape)
        XCTAssertFalse(app.state.searchActive)
        XCTAssertEqual(app.state.search.history, ["560307", "ทอผ้า"])

        app.press(.char("/"), .backspace)
        XCTAssertEqual(app.state.search.query, "", "Backspace clears a selected query at once")
        app.press(.up)
        XCTAssertEqual(app.state.search.query, "ทอผ้า", "↑ on an empty bar recalls the last query")
        app.press(.up)
        XCTAssertEqual(app.state.search.query, "560307", "↑ again: the one before")
        XCTAssertTrue(app.state.search.selected)
        app.press(.right)
        app.type("0")
        XCTAssertEqual(app.state.search.query, "5603070", "→ keeps a recalled query to edit")
        app.press(.escape)
    }

    func testResultsRankFromTheSelectedTambonAndTabSwitchesTheScope() throws {
        let app = try atWiang()
        app.press(.char("/"))
        app.type("ผู้สูงอายุ")
        let results = app.state.search.results
        XCTAssertFalse(results.isEmpty)
        let nearness = results.compactMap(\.nearness)
        XCTAssertEqual(nearness.count, results.count)
        XCTAssertEqual(nearness, nearness.sorted(), "the same tambon, its amphoe, its province, elsewhere")
        XCTAssertEqual(nearness.first, 0)
        XCTAssertTrue(results.prefix(while: { $0.nearness == 0 }).allSatisfy { $0.area == "560307" })
        XCTAssertTrue(inputLine(app).contains("ทั้งประเทศ (เวียงก่อน)"), "the bar shows the scope: \(inputLine(app))")

        app.press(.tab)
        XCTAssertEqual(app.state.search.scope, .tambon)
        XCTAssertTrue(inputLine(app).contains("ตำบลเวียง"), inputLine(app))
        XCTAssertFalse(app.state.search.results.isEmpty)
        XCTAssertTrue(app.state.search.results.allSatisfy { $0.area?.hasPrefix("560307") ?? false }, "only this tambon")
        app.press(.tab)
        XCTAssertTrue(inputLine(app).contains("อำเภอเชียงคำ"), inputLine(app))
        XCTAssertTrue(app.state.search.results.allSatisfy { $0.area?.hasPrefix("5603") ?? false })
        app.press(.tab)
        XCTAssertTrue(inputLine(app).contains("จังหวัดพะเยา"), inputLine(app))
        app.press(.tab)
        XCTAssertEqual(app.state.search.scope, .country)
        app.press(.backTab)
        XCTAssertEqual(app.state.search.scope, .province, "Shift-Tab goes back")
    }

    func testIdenticalLinesCollapseIntoARowThatOpens() throws {
        let app = try atWiang(width: 100, height: 30)
        app.press(.char("/"))
        app.type("ทุนหมุนเวียนให้กลุ่มอาชีพ")
        let rows = app.state.search.rows
        guard let groupIndex = rows.firstIndex(where: { if case .group = $0 { return true }; return false }),
              case let .group(_, members) = rows[groupIndex] else { return XCTFail("no collapsed row: \(app.screenText)") }
        XCTAssertGreaterThanOrEqual(members.count, 3)
        XCTAssertLessThan(rows.count, app.state.search.results.count, "fewer rows than results")
        let text = app.screenText
        if ProcessInfo.processInfo.environment["TISEP_PEEK"] != nil { print(text) }
        XCTAssertTrue(text.contains("× \(members.count)+ ตำบล"), "200+ results: the group may go on: \(text)")
        XCTAssertEqual(app.state.search.results[0].nearness, 0)
        XCTAssertEqual(rows[0], .result(0), "the tambon's own offer keeps its row, above the collapsed ones")
        XCTAssertTrue(text.contains("ให้"), "an offer says so")
        XCTAssertTrue(text.contains("เงินทุน: "), "and its category")
        for _ in 0..<groupIndex { app.press(.down) }
        app.press(.enter)
        XCTAssertTrue(app.state.searchActive, "Enter on a collapsed row opens it, the bar stays")
        XCTAssertEqual(app.state.search.rows.count, rows.count + members.count)
        app.press(.down)
        let member = app.state.search.results[members[0]]
        let opened = app.screenText
        XCTAssertTrue(opened.contains(try XCTUnwrap(member.elementName)), "a member row names who offers: \(opened)")
        app.press(.enter)
        XCTAssertFalse(app.state.searchActive)
        XCTAssertEqual(app.state.selectedArea, member.area, "a member goes to its tambon")
    }

    func testOneOrTwoLettersAreExplainedAndEnglishWordsStartThem() throws {
        let app = try atWiang(thai: false)
        app.press(.char("/"))
        app.type("vo")
        let text = app.screenText
        XCTAssertTrue(text.contains("1–2 letters: names, codes and numbers that start with “vo”; type 3 for anywhere"), text)
        XCTAssertFalse(app.state.search.results.isEmpty, "vo finds the volunteers networks")
        XCTAssertTrue(app.state.search.results.allSatisfy { $0.nameEN?.lowercased().contains(" vo") ?? false })
        XCTAssertEqual(app.state.search.results.first?.area, "560307", "the tambon's own network first")
        app.type("l")
        XCTAssertFalse(app.screenText.contains("1–2 letters"), "three letters: anywhere")
    }
}
