import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// The tree, the detail pane and the list count who serves an area the
/// same way (docs/glossary.md "Counts"): the tree's ผู้เล่น column is the
/// players *here*; the detail pane says how many players serve the area,
/// here and from above; the list, filtered to players, holds exactly those,
/// the ones from above marked ↑. Walked as a coordinator would, with ↓ in
/// the tree, for every amphoe of Phayao and every tambon of Chiang Kham.
final class CountAgreementTests: XCTestCase {
    func testTreeDetailAndListAgreeForEveryAmphoeOfPhayao() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        XCTAssertEqual(app.state.selectedArea, "56")
        let amphoes = try app.store.areas.children(of: "56")
        XCTAssertGreaterThanOrEqual(amphoes.count, 9)
        let counted = try app.store.areas.playerCounts()
        for amphoe in amphoes {
            app.press(.down)
            XCTAssertEqual(app.state.selectedArea, amphoe.code, "↓ walks the amphoes in geocode order")
            try assertCountsAgree(app, amphoe, storeCount: counted[amphoe.code] ?? 0)
        }
    }

    func testTreeDetailAndListAgreeForEveryTambonOfChiangKham() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        app.type("/")
        app.type("5603")
        app.press(.enter)
        XCTAssertEqual(app.state.selectedArea, "5603")
        app.press(.right)  // expand Chiang Kham
        let tambons = try app.store.areas.children(of: "5603")
        let counted = try app.store.areas.playerCounts()
        for tambon in tambons {
            app.press(.down)
            XCTAssertEqual(app.state.selectedArea, tambon.code)
            try assertCountsAgree(app, tambon, storeCount: counted[tambon.code] ?? 0)
        }
    }

    /// The issue's example: Chiang Kham's tree said 47, its role summary
    /// added to 55 and its list said 1/93; each number now says what it counts.
    func testChiangKhamNumbersSayWhatTheyCount() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        app.type("/")
        app.type("5603")
        app.press(.enter)
        let text = app.screenText
        let situation = try XCTUnwrap(app.state.situation)
        let c = situation.counts
        XCTAssertEqual(c.players.here, 47)
        XCTAssertEqual(c.players.total, 55)
        XCTAssertEqual(c.elements.total, 93)
        let tree = treeLines(app)
        let row = try XCTUnwrap(tree.first { $0.contains("▸ เชียงคำ") || $0.contains("▾ เชียงคำ") })
        XCTAssertTrue(row.hasSuffix(" 47│"), "the tree's ผู้เล่น column: \(row)")
        XCTAssertTrue(tree[2].hasPrefix("│พื้นที่") && tree[2].hasSuffix("S90/S10  ผู้เล่น│"), "the tree's columns are labelled: \(tree[2])")
        XCTAssertTrue(text.contains("1/93 องค์ประกอบ · ↑ 10 · เชียงคำ"), text)
        let detail = DetailPane.lines(DetailPane.Model(app.state), app.state.look, width: 400).map(\.text)
        XCTAssertTrue(detail.contains("ผู้เล่น 55 (ในพื้นที่ 47 · ↑ 8 จากระดับบน)"), "\(detail)")
        XCTAssertTrue(detail.contains { $0.hasPrefix("องค์ประกอบ 93 (ในพื้นที่ 83 · ↑ 10 จากระดับบน): ") }, "\(detail)")
        app.press(.char("4"))
        XCTAssertTrue(app.screenText.contains("1/55 ผู้เล่น · ↑ 8 · เชียงคำ"), app.screenText)
    }

    /// The tree pane's part of each line of the frame.
    private func treeLines(_ app: App) -> [String] {
        let width = Layout.compute(width: app.state.width, height: app.state.height, focus: app.state.focus).panes[.tree]!.width
        return app.frame().lines().map { TextWidth.slice($0, from: 0, width: width) }
    }

    private func assertCountsAgree(_ app: App, _ area: Area, storeCount: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let state = app.state
        let situation = try XCTUnwrap(state.situation, file: file, line: line)
        XCTAssertEqual(situation.area.code, area.code, file: file, line: line)
        let c = situation.counts
        // The tree: its model and its row on screen.
        let tree = TreePane.Model(state)
        XCTAssertEqual(tree.countText(area.code), NumberText.count(storeCount), area.nameTH, file: file, line: line)
        XCTAssertEqual(c.players.here, storeCount, "tree and detail, \(area.nameTH)", file: file, line: line)
        let row = treeLines(app).first { $0.contains(" " + area.nameTH + " ") && $0.contains(area.level == .tambon ? "●" : "▸") }
        XCTAssertTrue(row?.hasSuffix(" " + NumberText.count(storeCount) + "│") ?? false, "tree row of \(area.nameTH): \(row ?? "none")", file: file, line: line)
        // The detail pane: the parts add up.
        let roles = PlayerRole.allCases.reduce(0) { $0 + (situation.playersByRole[$1] ?? 0) } + c.playersWithoutRole
        XCTAssertEqual(roles, c.players.total, "roles add up to the players, \(area.nameTH)", file: file, line: line)
        XCTAssertEqual(P4Kind.allCases.reduce(0) { $0 + (situation.elementsByKind[$1] ?? 0) }, c.elements.total, file: file, line: line)
        let detail = DetailPane.lines(DetailPane.Model(state), state.look, width: 400).map(\.text)
        XCTAssertTrue(detail.contains(CountText.players(c, state.texts)), "\(detail)", file: file, line: line)
        // The list: every element, then the players alone.
        let all = ListPane.Model(state)
        XCTAssertEqual(all.elements.count, c.elements.total, "list and detail, \(area.nameTH)", file: file, line: line)
        XCTAssertEqual(all.elements.filter(\.fromAbove).count, c.elements.fromAbove, file: file, line: line)
        app.press(.char("4"))
        let players = ListPane.Model(app.state)
        XCTAssertEqual(players.elements.count, c.players.total, "players in the list, \(area.nameTH)", file: file, line: line)
        XCTAssertEqual(players.elements.filter { !$0.fromAbove }.count, storeCount, "players here in the list, \(area.nameTH)", file: file, line: line)
        let footer = ListPane.footer(players, state.texts)
        XCTAssertTrue(footer.hasPrefix("1/" + NumberText.count(c.players.total) + " ผู้เล่น"), footer, file: file, line: line)
        app.press(.char("0"))
    }
}
