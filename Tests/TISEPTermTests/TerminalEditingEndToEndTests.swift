import Foundation
import XCTest
import EcosystemStore

/// Editing in a real terminal (tmux): add an element and log a referral
/// through the forms, quit, then the command line finds the element, and
/// an exported bundle carries both into a second database.
final class TerminalEditingEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!

    override func setUpWithError() throws { tmux = try TmuxSession(name: "tisep-edit") }
    override func tearDown() { tmux?.kill() }

    private func send(_ keys: String...) { tmux.send(keys) }
    private func type(_ text: String) { tmux.type(text) }
    @discardableResult
    private func waitFor(_ what: String, timeout: TimeInterval = 15, _ ok: (String) -> Bool) throws -> String {
        try tmux.waitFor(what, timeout: timeout, ok)
    }

    private func tisep(_ arguments: String...) -> (status: Int32, output: String) {
        Tmux.run([Tmux.binary] + arguments, direct: true)
    }

    func testAddAnElementAndAReferralThenSearchExportImport() throws {
        let db = try DemoFixture.copy(self)
        let command = "LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db); echo EXIT=$?; sleep 120"
        tmux.start(command, width: 80, height: 24)
        try waitFor("the first frame") { $0.contains("รายละเอียด") }
        send("/")
        type("560101")
        try waitFor("the search result") { $0.contains("/ 560101") && $0.contains("เวียง") }
        send("Enter")
        try waitFor("Wiang selected") { $0.contains("เวียง 560101") && !$0.contains("/ 560101") }
        send("Tab", "Tab")
        try waitFor("focus on the list") { $0.contains("r บทบาท") }
        send("a")
        try waitFor("the element form") { $0.contains("เพิ่มองค์ประกอบ") }
        let name = "ศูนย์ทดสอบน้ำใจปลายทาง"
        type(name)
        try waitFor("the Thai name typed") { $0.contains(name) }
        send("F2")
        try waitFor("saved") { $0.contains("บันทึกแล้ว") && !$0.contains("เพิ่มองค์ประกอบ") }
        send("R")
        try waitFor("the referral form") { $0.contains("เพิ่มการส่งต่อ") }
        type("E2E-001")
        send("F2")
        try waitFor("the referral saved") { $0.contains("บันทึกแล้ว") && !$0.contains("เพิ่มการส่งต่อ") }
        send("q")
        let end = try waitFor("exit") { $0.contains("EXIT=") }
        XCTAssertTrue(end.contains("EXIT=0"), end)

        let search = tisep("search", name, "--json", "--db", db)
        XCTAssertEqual(search.status, 0)
        XCTAssertTrue(search.output.contains(name), search.output)
        let store = try Store(path: db)
        let id = try XCTUnwrap(store.search(name).first?.id)
        XCTAssertEqual(try store.logs.referrals(toElement: id).map(\.caseCode), ["E2E-001"])

        let dir = URL(fileURLWithPath: db).deletingLastPathComponent().path
        let bundle = dir + "/field.tisep", second = dir + "/second.sqlite"
        XCTAssertEqual(tisep("export", "-o", bundle, "--area", "560101", "--db", db).status, 0)
        XCTAssertEqual(tisep("init", "--empty", "--db", second).status, 0)
        let imported = tisep("import", bundle, "--db", second)
        XCTAssertEqual(imported.status, 0, imported.output)
        XCTAssertTrue(tisep("search", name, "--db", second).output.contains(name), "the element travelled")
        let other = try Store(path: second)
        XCTAssertEqual(try other.logs.referrals(toElement: id).map(\.caseCode), ["E2E-001"], "its referral travelled")
    }
}
