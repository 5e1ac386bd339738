import Foundation
import XCTest

/// The real `tisep` binary in a real terminal (tmux), driven by keys as a
/// coordinator would: panes, help, Thai search, focus, resizes, quitting
/// with the terminal restored, and signals.
final class TerminalEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!

    override func setUpWithError() throws { tmux = try TmuxSession(name: "tisep") }
    override func tearDown() { tmux?.kill() }

    private func start(width: Int, height: Int, extra: String = "") throws -> String {
        let db = try DemoFixture.copy(self)
        tmux.start("LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db) \(extra); echo EXIT=$?; stty -a; sleep 120",
                   width: width, height: height)
        return try tmux.waitFor("the first frame") { $0.contains("รายละเอียด") || $0.contains("Detail") }
    }

    private func send(_ keys: String...) { tmux.send(keys) }
    private func type(_ text: String) { tmux.type(text) }
    @discardableResult
    private func waitFor(_ what: String, timeout: TimeInterval = 15, _ ok: (String) -> Bool) throws -> String {
        try tmux.waitFor(what, timeout: timeout, ok)
    }

    func testA_SessionAt80x24() throws {
        var screen = try start(width: 80, height: 24)
        for title in ["พื้นที่", "แผนที่", "องค์ประกอบ", "รายละเอียด"] { XCTAssertTrue(screen.contains("┌ " + title), title) }
        XCTAssertTrue(screen.contains("ลำพูน"), "Thai with SARA AM draws whole")

        send("?")
        screen = try waitFor("help") { $0.contains("ความช่วยเหลือ") && $0.contains("ช่องถัดไป") }
        XCTAssertFalse(screen.contains("focus-next-pane"), "the Thai help shows no internal command names")
        send("Escape")
        try waitFor("help closed") { !$0.contains("ความช่วยเหลือ") }

        send("/")
        type("สูงอายุ")
        screen = try waitFor("search results") { $0.contains("ชมรมผู้สูงอายุตำบล") }
        XCTAssertTrue(screen.contains("/ สูงอายุ"))
        send("Enter")
        screen = try waitFor("the jump to the result") { $0.contains("r บทบาท") && !$0.contains("/ สูงอายุ") }
        XCTAssertTrue(screen.split(separator: "\n").first?.contains("›") ?? false, "the title shows the result's place")

        send("Tab")
        try waitFor("focus on the detail pane") { !$0.contains("r บทบาท") }
        send("BTab", "BTab")
        try waitFor("focus on the map") { $0.contains("z ซูม") }

        tmux.resize(width: 200, height: 50)
        screen = try waitFor("the 200x50 layout") { $0.contains("Phayao") || $0.contains("Chanthaburi") }
        XCTAssertGreaterThanOrEqual(screen.split(separator: "\n").count, 49)

        tmux.resize(width: 60, height: 20)
        screen = try waitFor("the tabs below 80x24") { $0.contains(" พื้นที่  แผนที่ ") }

        send("q")
        screen = try waitFor("exit and stty") { $0.contains("EXIT=") && $0.contains("icanon") }
        XCTAssertTrue(screen.contains("EXIT=0"), screen)
        let stty = screen.components(separatedBy: "EXIT=0").last ?? ""
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo"), "the terminal is back in cooked mode: \(stty)")
        XCTAssertFalse(stty.contains("-icanon") || stty.contains(" -echo "), stty)
    }

    func testB_LargeTerminalWithThai() throws {
        let screen = try start(width: 200, height: 60)
        XCTAssertTrue(screen.contains("พะเยา Phayao"))
        XCTAssertTrue(screen.contains("ข้อมูลสาธิต (demo data)"))
        send("ๆ")
        let end = try waitFor("q on a Thai keyboard quits") { $0.contains("EXIT=") }
        XCTAssertTrue(end.contains("EXIT=0"), end)
    }

    func testC_SignalsRestoreTheTerminal() throws {
        _ = try start(width: 80, height: 24)
        // The shell in the pane runs tisep as its child: signal only that.
        let shell = tmux.paneShellPID()
        let pids = Tmux.run(["pgrep", "-P", shell, "-x", "tisep"], direct: true).output
            .split(separator: "\n").compactMap { Int32($0) }
        XCTAssertFalse(pids.isEmpty)
        for pid in pids { kill(pid, SIGTERM) }
        let screen = try waitFor("exit after SIGTERM", timeout: 5) { $0.contains("EXIT=") && $0.contains("icanon") }
        XCTAssertTrue(screen.contains("EXIT=143"), screen)
        let stty = screen.components(separatedBy: "EXIT=143").last ?? ""
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo"), stty)
    }

    func testD_EnglishAndMonochrome() throws {
        let screen = try start(width: 100, height: 30, extra: "--lang en --color never")
        XCTAssertTrue(screen.contains("┌ Areas"))
        XCTAssertTrue(screen.contains("demo data"))
        let escaped = tmux.capture(escapes: true)
        XCTAssertFalse(escaped.contains("\u{1B}[38;5;"), "no colours with --color never")
        send("q")
        try waitFor("exit") { $0.contains("EXIT=0") }
    }
}

