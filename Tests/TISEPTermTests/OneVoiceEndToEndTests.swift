import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// The real `tisep` in tmux at 80×24, once in Thai and once in English
/// (the English one on its first run, creating its database): a unit, a
/// count and a date each read the same in two places on the screen.
/// - unit: the map legend's value of the selected tambon and the detail
///   pane's value of the same indicator (with its unit word);
/// - count: the list's footer ("1/22 องค์ประกอบ · ↑ 13") and the detail
///   pane's element count ("องค์ประกอบ 22 (ในพื้นที่ 9 · ↑ 13 …)");
/// - date: today in a new contact log's form, on the status line once it
///   is saved, and in the detail pane's contact log.
final class OneVoiceEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!

    override func setUpWithError() throws { tmux = try TmuxSession(name: "tisep-voice") }
    override func tearDown() { tmux?.kill() }

    func testThaiWalkThrough() throws {
        let db = try DemoFixture.copy(self)
        tmux.start("LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db) --lang th; echo EXIT=$?; sleep 120", width: 80, height: 24)
        try tmux.waitFor("the first frame") { $0.contains("รายละเอียด") }
        try walk(thai: true)
    }

    func testEnglishWalkThroughOnTheFirstRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tv-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("first.sqlite").path
        tmux.start("LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db) --lang en; echo EXIT=$?; sleep 120", width: 80, height: 24)
        // Creating the demo database takes a while; the first frame says it was made, and where.
        let first = try tmux.waitFor("the first frame", timeout: 120) { $0.contains("Detail") }
        let status = first.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        XCTAssertTrue(status.contains("created the demo database at " + db), "the first-run message, in English, with the path: \(status)")
        try walk(thai: false)
    }

    private func walk(thai: Bool) throws {
        let t = Texts(thai: thai)
        let place = thai ? "เวียง" : "Wiang"
        // To Wiang (560101) by its code.
        tmux.send("/")
        tmux.type("560101")
        try tmux.waitFor("the search result") { $0.contains(place + " › ") || $0.contains(place) && $0.contains("560101") }
        tmux.send("Enter")
        var screen = try tmux.waitFor("Wiang selected") { $0.split(separator: "\n").first?.contains(place + " 560101") ?? false }

        // The count: the list's footer and the detail pane's elements.
        let footer = try XCTUnwrap(pane(.list, screen).last { $0.contains("/") }, screen)
        let (total, above) = try footerCounts(footer, t)
        tmux.send("BTab")  // the detail pane (tree → detail, backwards)
        let detail = try detailText()
        let elements = t("องค์ประกอบ", "Elements") + " \(total) (" + t("ในพื้นที่", "here") + " \(total - above) · ↑ \(above) " + t("จากระดับบน", "from above") + ")"
        XCTAssertTrue(squeezed(detail).contains(squeezed(elements)), "list says \(footer); the detail pane should say \(elements):\n\(detail)")

        // The unit: the map legend's value for Wiang (its first line, the cursor's) and the detail pane's S90/S10.
        let legend = try XCTUnwrap(pane(.map, screen).first { $0.contains(" " + place + " ") && $0.contains(t("เท่า", "times")) },
                                   "the legend names the tambon and its value: \(screen)")
        let mapValue = try XCTUnwrap(legend.components(separatedBy: " " + place + " ").last?.split(separator: " ").first.map(String.init))
        let ratio = t("สัดส่วนรายได้ กลุ่มบนสุด 10% ต่อ กลุ่มล่างสุด 10%", "S90/S10 income ratio (top 10% / bottom 10%)") + ": " + mapValue + " " + t("เท่า", "times")
        XCTAssertTrue(squeezed(detail).contains(squeezed(ratio)), "the legend says \(mapValue); the detail pane should say \(ratio):\n\(detail)")

        // The date: a contact log's form, the status line after saving, the detail pane.
        tmux.send("BTab")  // the list
        tmux.send("Down")
        tmux.send("Enter")
        try tmux.waitFor("an element chosen") { self.pane(.detail, $0).first.map { !$0.contains(place + " 560101") } ?? false }
        tmux.send("C")
        screen = try tmux.waitFor("the contact log form") { $0.contains(t("บันทึกการติดต่อ", "contact log")) && $0.contains("F2") }
        let today = CalendarDate.display(CalendarDate.iso(Date()), thai: thai)
        let dateRow = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains(t("วันที่", "Date")) }, screen)
        XCTAssertTrue(dateRow.contains(today), "the form's date: \(dateRow)")
        XCTAssertFalse(screen.contains(CalendarDate.iso(Date())), "no ISO date on screen")
        XCTAssertTrue(screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.contains(t("F2 บันทึก", "F2 save")) ?? false,
                      "the key bar shows the form's keys")
        let contact = thai ? "คุณสมศรี" : "Somsri"
        tmux.type(contact)
        tmux.send("F2")
        screen = try tmux.waitFor("saved") { !$0.contains("F2") }
        let status = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        XCTAssertTrue(status.contains(today), "the status line has the same date: \(status)")
        tmux.send("G")  // the end of the detail pane: the contact log
        // Wait for the entry itself, not only its heading: the heading is on
        // screen before the pane has scrolled to the end.
        let end = try tmux.waitFor("the contact log in the detail pane") {
            let lines = self.pane(.detail, $0)
            return lines.joined().contains(t("บันทึกการติดต่อ (1)", "Contact log (1)")) && lines.contains { $0.contains(contact) }
        }
        XCTAssertTrue(pane(.detail, end).contains { $0.contains("· " + today) }, "the detail pane has the same date:\n\(pane(.detail, end).joined(separator: "\n"))")

        tmux.send("q")
        let exit = try tmux.waitFor("exit") { $0.contains("EXIT=") }
        XCTAssertTrue(exit.contains("EXIT=0"), exit)
    }

    // MARK: reading the screen

    /// The inner rows of one pane at 80×24, cut out of the captured screen by display columns.
    private func pane(_ id: PaneID, _ screen: String) -> [String] {
        let inner = Layout.compute(width: 80, height: 24, focus: .tree).panes[id]!.inner
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (inner.y..<min(inner.maxY, lines.count)).map { TextWidth.slice(lines[$0], from: inner.x, width: inner.width) }
    }

    /// The detail pane's whole text (focus on it): page by page from the top.
    private func detailText() throws -> String {
        let height = Layout.compute(width: 80, height: 24, focus: .tree).panes[.detail]!.inner.height
        tmux.send("g")
        var screen = try tmux.waitFor("the detail pane at its top") { _ in true }
        Thread.sleep(forTimeInterval: 0.3)
        screen = tmux.capture()
        var rows = pane(.detail, screen)
        for _ in 0..<6 {
            tmux.send(Array(repeating: "Down", count: height))
            let before = screen
            screen = try settle(after: before)
            let page = pane(.detail, screen)
            if page == Array(rows.suffix(page.count)) { break }
            // The last page is clamped: keep only its rows not seen yet.
            var overlap = min(page.count, rows.count)
            while overlap > 0 && Array(rows.suffix(overlap)) != Array(page.prefix(overlap)) { overlap -= 1 }
            rows += page.dropFirst(overlap)
        }
        return rows.joined(separator: "\n")
    }

    /// The screen once it stops changing after a key.
    private func settle(after before: String) throws -> String {
        var last = before
        for _ in 0..<30 {
            Thread.sleep(forTimeInterval: 0.1)
            let now = tmux.capture()
            if now == last && now != before { return now }
            last = now
        }
        return last
    }

    /// "1/22 องค์ประกอบ · ↑ 13 · เวียง" → (22, 13).
    private func footerCounts(_ footer: String, _ t: Texts) throws -> (Int, Int) {
        let afterSlash = try XCTUnwrap(footer.split(separator: "/", maxSplits: 1).last)
        let total = try XCTUnwrap(Int(afterSlash.prefix { $0.isNumber }), footer)
        XCTAssertTrue(afterSlash.dropFirst(String(total).count).hasPrefix(" " + t("องค์ประกอบ", "elements")), footer)
        let above = footer.components(separatedBy: "↑ ").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        return (total, above)
    }

    /// Text without white space: lines wrapped in a pane drop the spaces where they broke.
    private func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
}
