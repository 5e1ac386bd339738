import Foundation
import XCTest

/// The real `tisep` binary in a real terminal (tmux), driven by keys as a
/// coordinator would: panes, help, Thai search, focus, resizes, quitting
/// with the terminal restored, and signals.
final class TerminalEndToEndTests: XCTestCase {
    private var socket = ""
    private var session = "tisep"

    override func setUpWithError() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        guard FileManager.default.isExecutableFile(atPath: Tmux.binary) else {
            throw XCTSkip("no built binary at \(Tmux.binary); run 'swift build' first (.ci/run does)")
        }
        socket = "tisep-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    override func tearDown() {
        _ = Tmux.run(["-L", socket, "kill-server"])
    }

    private func start(width: Int, height: Int, extra: String = "") throws -> String {
        let db = try DemoFixture.copy(self)
        let command = "LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db) \(extra); echo EXIT=$?; stty -a; sleep 120"
        XCTAssertEqual(Tmux.run(["-L", socket, "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command], capture: false).status, 0)
        return try waitFor("the first frame") { $0.contains("รายละเอียด") || $0.contains("Detail") }
    }

    private func capture() -> String {
        Tmux.run(["-L", socket, "capture-pane", "-p", "-t", session]).output
    }

    private func send(_ keys: String...) {
        _ = Tmux.run(["-L", socket, "send-keys", "-t", session] + keys)
    }

    private func type(_ text: String) {
        _ = Tmux.run(["-L", socket, "send-keys", "-t", session, "-l", text])
    }

    @discardableResult
    private func waitFor(_ what: String, timeout: TimeInterval = 15, _ ok: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if ok(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("timed out waiting for \(what); the screen was:\n\(screen)")
        throw XCTSkip("gave up")
    }

    func testA_SessionAt80x24() throws {
        var screen = try start(width: 80, height: 24)
        for title in ["พื้นที่", "แผนที่", "ผู้เล่น", "รายละเอียด"] { XCTAssertTrue(screen.contains("┌ " + title), title) }
        XCTAssertTrue(screen.contains("ลำพูน"), "Thai with SARA AM draws whole")

        send("?")
        try waitFor("help") { $0.contains("focus-next-pane") }
        send("Escape")
        try waitFor("help closed") { !$0.contains("focus-next-pane") }

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

        _ = Tmux.run(["-L", socket, "resize-window", "-t", session, "-x", "200", "-y", "50"])
        screen = try waitFor("the 200x50 layout") { $0.contains("Phayao") || $0.contains("Chanthaburi") }
        XCTAssertGreaterThanOrEqual(screen.split(separator: "\n").count, 49)

        _ = Tmux.run(["-L", socket, "resize-window", "-t", session, "-x", "60", "-y", "20"])
        screen = try waitFor("the tabs below 80x24") { $0.contains(" พื้นที่  แผนที่ ") }

        send("q")
        screen = try waitFor("exit") { $0.contains("EXIT=") }
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
        let shell = Tmux.run(["-L", socket, "display-message", "-p", "-t", session, "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pids = Tmux.run(["pgrep", "-P", shell, "-x", "tisep"], direct: true).output
            .split(separator: "\n").compactMap { Int32($0) }
        XCTAssertFalse(pids.isEmpty)
        for pid in pids { kill(pid, SIGTERM) }
        let screen = try waitFor("exit after SIGTERM", timeout: 5) { $0.contains("EXIT=") }
        XCTAssertTrue(screen.contains("EXIT=143"), screen)
        let stty = screen.components(separatedBy: "EXIT=143").last ?? ""
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo"), stty)
    }

    func testD_EnglishAndMonochrome() throws {
        let screen = try start(width: 100, height: 30, extra: "--lang en --color never")
        XCTAssertTrue(screen.contains("┌ Areas"))
        XCTAssertTrue(screen.contains("demo data"))
        let escaped = Tmux.run(["-L", socket, "capture-pane", "-e", "-p", "-t", session]).output
        XCTAssertFalse(escaped.contains("\u{1B}[38;5;"), "no colours with --color never")
        send("q")
        try waitFor("exit") { $0.contains("EXIT=0") }
    }
}

enum Tmux {
    static let binary: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/tisep").path

    static var available: Bool { run(["-V"]).status == 0 }

    /// Runs tmux (or, with `direct`, the named program) and returns its status and output.
    /// Runs tmux (or, with `direct`, the named program) and returns its
    /// status and output. Spawned and reaped by hand: a tmux server started
    /// by `new-session` keeps inherited descriptors open, and Foundation's
    /// `Process` was seen to leave the tmux client unreaped and wait forever.
    static func run(_ arguments: [String], direct: Bool = false, capture: Bool = true) -> (status: Int32, output: String) {
        let argv = direct ? arguments : ["tmux"] + arguments
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-tmux-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, argv[0], &actions, nil, &cArgs, environ) == 0 else { return (127, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = capture ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }
}
