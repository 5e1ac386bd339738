import Foundation
import XCTest
import EcosystemStore
import AsciiMap

/// The sync review of the real `tisep` in a real terminal (tmux), in Thai,
/// on a database that imported two laptops' bundles (`ConflictFixture`):
/// the status line names this laptop and counts what waits; `V` shows the
/// conflict with both values, laptops and dates; `Tab` the value held back
/// with how to mend it; `r` restores the losing value, as the store keeps
/// it; a write while another tisep holds the database says it waits, then
/// goes through — at 80×24 and at 200×60.
final class TerminalSyncReviewEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!

    override func setUpWithError() throws { tmux = try TmuxSession(name: "tisep-sync") }
    override func tearDown() { tmux?.kill() }

    private func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func statusLine(_ screen: String) -> String {
        lines(screen).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    /// Every row of the overlay's box ends at its right border, Thai or not.
    private func assertBordersInPlace(_ screen: String, width: Int, file: StaticString = #filePath, line: UInt = #line) {
        for row in lines(screen) where row.hasPrefix("│") {
            let trimmed = row.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            XCTAssertTrue(trimmed.hasSuffix("│") && TextWidth.width(of: trimmed) == width, "a border out of place: \(row)", file: file, line: line)
        }
    }

    private func session(width: Int, height: Int) throws {
        let db = try DemoFixture.copy(self)
        let dir = URL(fileURLWithPath: db).deletingLastPathComponent()
        try ConflictFixture.make(in: try Store(path: db), dir: dir)
        tmux.start("LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db); echo EXIT=$?; sleep 120", width: width, height: height)
        // The whole first frame: tmux may show it while the terminal still writes it.
        var screen = try tmux.waitFor("the first frame") { $0.contains("รายละเอียด") && self.statusLine($0).contains("· V") && self.statusLine($0).contains("เครื่อง โน้ตบุ๊กเวียง") }
        var status = statusLine(screen)
        XCTAssertTrue(status.contains("1 ความขัดแย้ง · 1 ค่าที่ถูกกักไว้ · V"), status)
        XCTAssertTrue(status.contains("เครื่อง โน้ตบุ๊กเวียง"), "this laptop's name: \(status)")

        // V: the conflict, both sides with their laptops and dates, and why.
        tmux.send("V")
        screen = try tmux.waitFor("the sync review") {
            $0.contains("ตรวจการซิงก์") && $0.contains("การแก้ไขที่หลังกว่าชนะ") && self.statusLine($0).contains("Esc ปิด")
        }
        XCTAssertTrue(screen.contains("เครื่องนี้ชื่อ โน้ตบุ๊กเวียง"), screen)
        XCTAssertTrue(screen.contains("\"\(ConflictFixture.laptopC.value)\" · เครื่อง โน้ตบุ๊กจังหวัด · 2 พ.ย. 2568 10:00 น."), screen)
        XCTAssertTrue(screen.contains("\"\(ConflictFixture.laptopB.value)\" · เครื่อง โน้ตบุ๊กอำเภอเมือง · 1 พ.ย. 2568"), screen)
        XCTAssertTrue(screen.contains("การแก้ไขที่หลังกว่าชนะ"), screen)
        XCTAssertTrue(statusLine(screen).contains("Enter คงค่าที่ชนะ · r ใช้ค่าที่แพ้"), statusLine(screen))
        assertBordersInPlace(screen, width: width)

        // Tab: the value held back, why, from where, how to mend it.
        tmux.send("Tab")
        screen = try tmux.waitFor("the values held back") { $0.contains("\"\(ConflictFixture.badPhone)\"") && $0.contains("tisep check") }
        XCTAssertTrue(screen.contains("โทรศัพท์"), screen)
        XCTAssertTrue(screen.contains("จาก    เครื่อง โน้ตบุ๊กอำเภอเมือง"), screen)
        XCTAssertTrue(screen.contains("tisep check"), "how to mend it: \(screen)")
        assertBordersInPlace(screen, width: width)

        // r on the conflict: the losing value is set again, and the store keeps the choice.
        tmux.send("Tab")
        try tmux.waitFor("the conflicts again") { $0.contains("▸ กลุ่มสตรีตำบลเวียง · ชื่อ (อังกฤษ)") }
        tmux.send("r")
        screen = try tmux.waitFor("the value restored") { self.statusLine($0).contains("u ย้อน") && $0.contains("ไม่มีความขัดแย้งรอตรวจ") }
        XCTAssertTrue(screen.contains("ไม่มีความขัดแย้งรอตรวจ"), screen)
        let store = try Store(path: db)
        XCTAssertEqual(try store.records.record(ConflictFixture.element)?["name_en"], ConflictFixture.laptopB.value)
        XCTAssertEqual(try store.sync.conflicts().count, 0)
        XCTAssertEqual(try store.sync.conflicts(includeReviewed: true).map(\.reviewed), [true])

        tmux.send("Escape")
        screen = try tmux.waitFor("the review closed") { !$0.contains("ตรวจการซิงก์") && self.statusLine($0).contains("เครื่อง โน้ตบุ๊กเวียง") && self.statusLine($0).contains("1 ค่าที่ถูกกักไว้ · V") }
        status = statusLine(screen)
        XCTAssertFalse(status.contains("ความขัดแย้ง"), status)
        XCTAssertTrue(status.contains("1 ค่าที่ถูกกักไว้ · V"), status)

        // Another tisep holds the database; L (the language, remembered in
        // the database) waits for it, says so, and goes through after it.
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let errors = ErrorLog()
        Thread.detachNewThread {
            do {
                let other = try Store(path: db)
                try other.transaction {
                    _ = try other.records.create(.entity, ["name_th": "ผู้เขียนอีกคน", "p4": "asset", "area": "560101"])
                    holding.signal()
                    _ = release.wait(timeout: .now() + 30)
                }
            } catch {
                errors.add("\(error)")
                holding.signal()
            }
            done.signal()
        }
        holding.wait()
        defer { release.signal() }
        tmux.send("L")
        screen = try tmux.waitFor("the notice of the wait") { self.statusLine($0).contains("waiting for another tisep writing to eco.sqlite") }
        release.signal()
        done.wait()
        XCTAssertEqual(errors.entries, [])
        screen = try tmux.waitFor("the write done") { !$0.contains("waiting for") && self.statusLine($0).contains("laptop โน้ตบุ๊กเวียง") && self.statusLine($0).contains("1 value held back · V") }
        XCTAssertEqual(try store.laptop.meta("ui_lang"), "en")
        XCTAssertTrue(statusLine(screen).contains("1 value held back · V"), statusLine(screen))

        tmux.send("q")
        screen = try tmux.waitFor("exit") { $0.contains("EXIT=") }
        XCTAssertTrue(screen.contains("EXIT=0"), screen)
    }

    func testSyncReviewAt80x24() throws { try session(width: 80, height: 24) }

    func testSyncReviewAt200x60() throws { try session(width: 200, height: 60) }
}
