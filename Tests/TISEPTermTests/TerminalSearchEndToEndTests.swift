import Foundation
import XCTest

/// The search bar of the real `tisep` in a real terminal (tmux), in Thai:
/// `/` starts a new query over the old one, Ctrl-U clears it, Tab switches
/// where to look and the bar says so, a collapsed row of identical lines
/// opens into its list — at 80×24 and at 200×50.
final class TerminalSearchEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!

    override func setUpWithError() throws { tmux = try TmuxSession(name: "tisep-search") }
    override func tearDown() { tmux?.kill() }

    /// The line of the search bar's input (the second line of the screen).
    private func input(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.count > 1 ? lines[1] : ""
    }

    private func session(width: Int, height: Int) throws {
        let db = try DemoFixture.copy(self)
        tmux.start("LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db); echo EXIT=$?; sleep 120", width: width, height: height)
        try tmux.waitFor("the first frame") { $0.contains("รายละเอียด") }

        // Go to Wiang of Chiang Kham by its code.
        tmux.send("/")
        tmux.type("560307")
        try tmux.waitFor("the tambon found") { self.input($0).contains("/ 560307") && $0.contains("เวียง") }
        tmux.send("Enter")
        try tmux.waitFor("Wiang selected") { $0.split(separator: "\n").first?.contains("เวียง 560307") ?? false }

        // `/` again: the old query is there, selected; typing replaces it.
        tmux.send("/")
        try tmux.waitFor("the old query shown again") { self.input($0).contains("/ 560307") }
        tmux.type("ผู้สูงอายุ")
        var screen = try tmux.waitFor("the new query's results") { self.input($0).contains("/ ผู้สูงอายุ▏") && $0.contains("ชมรมผู้สูงอายุตำบลเวียง") }
        XCTAssertFalse(input(screen).contains("560307"), "typing replaced the old query: \(input(screen))")
        XCTAssertTrue(input(screen).contains("ทั้งประเทศ (เวียงก่อน)"), "the bar shows where it looks: \(input(screen))")
        let firstResult = screen.split(separator: "\n").map(String.init)[2]
        XCTAssertTrue(firstResult.contains("เวียง"), "the selected tambon first: \(firstResult)")

        // Ctrl-U clears the field.
        tmux.send("C-u")
        screen = try tmux.waitFor("an empty field") { self.input($0).contains("/ ▏") }
        XCTAssertFalse(screen.contains("ชมรมผู้สูงอายุตำบลเวียง"), "and its results")

        // Tab: this tambon, its amphoe, its province, all Thailand.
        tmux.type("ผู้สูงอายุ")
        try tmux.waitFor("results again") { $0.contains("ชมรมผู้สูงอายุตำบลเวียง") }
        tmux.send("Tab")
        // Another tambon's club leaves the results once the tambon's come.
        screen = try tmux.waitFor("the tambon scope") {
            self.input($0).contains("ตำบลเวียง") && $0.contains("ชมรมผู้สูงอายุตำบลเวียง") && !$0.contains("ชมรมผู้สูงอายุตำบลเจดีย์คำ")
        }
        tmux.send("Tab")
        try tmux.waitFor("the amphoe scope") { self.input($0).contains("อำเภอเชียงคำ") && $0.contains("ชมรมผู้สูงอายุตำบลเจดีย์คำ") }
        tmux.send("Tab")
        try tmux.waitFor("the province scope") { self.input($0).contains("จังหวัดพะเยา") }
        tmux.send("Tab")
        try tmux.waitFor("all Thailand again") { self.input($0).contains("ทั้งประเทศ") }

        // A collapsed row of identical offers opens into its list.
        tmux.send("C-u")
        tmux.type("ทุนหมุนเวียนให้กลุ่มอาชีพ")
        screen = try tmux.waitFor("a collapsed row") { screen in
            screen.split(separator: "\n").contains { $0.contains("เงินทุน: งบส่งเสริมอาชีพ") && $0.contains("ตำบล ▸ Enter") }
        }
        let rows = screen.split(separator: "\n").map(String.init)
        let group = try XCTUnwrap(rows.firstIndex { $0.contains("เงินทุน: งบส่งเสริมอาชีพ") && $0.contains("ตำบล ▸ Enter") })
        XCTAssertEqual(rows.filter { $0.contains("เงินทุน: งบส่งเสริมอาชีพ") }.count, 2, "the tambon's own offer, then one row for the rest")
        for _ in 0..<(group - 2) { tmux.send("Down") }
        tmux.send("Enter")
        screen = try tmux.waitFor("the row opened") { $0.split(separator: "\n").filter { $0.contains("เงินทุน: งบส่งเสริมอาชีพ") }.count >= 5 }
        XCTAssertTrue(screen.contains("× "), "the count stays on the opened row")
        tmux.send("Down", "Enter")
        screen = try tmux.waitFor("the jump to a member's tambon") { !$0.contains("ตำบล ▸ Enter") && !self.input($0).contains("/ ") }
        XCTAssertFalse(screen.split(separator: "\n").first?.contains("เวียง 560307") ?? true, "another tambon is selected")

        tmux.send("q")
        screen = try tmux.waitFor("exit") { $0.contains("EXIT=") }
        XCTAssertTrue(screen.contains("EXIT=0"), screen)
    }

    func testSearchBarAt80x24() throws { try session(width: 80, height: 24) }

    func testSearchBarAt200x50() throws { try session(width: 200, height: 50) }
}
