import Foundation
import XCTest

/// A tmux server of the test's own (its own socket), with one session
/// running a command: keys in, screen text out.
final class TmuxSession {
    let socket: String
    let name: String

    /// Skips the test when tmux or the built binary is missing.
    init(name: String) throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        guard FileManager.default.isExecutableFile(atPath: Tmux.binary) else {
            throw XCTSkip("no built binary at \(Tmux.binary); run 'swift build' first (.ci/run does)")
        }
        self.name = name
        socket = "tisep-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    func start(_ command: String, width: Int, height: Int) {
        let status = Tmux.run(["-L", socket, "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command],
                              capture: false).status
        XCTAssertEqual(status, 0, "tmux new-session")
    }

    func capture(escapes: Bool = false) -> String {
        Tmux.run(["-L", socket, "capture-pane"] + (escapes ? ["-e"] : []) + ["-p", "-t", name]).output
    }

    func send(_ keys: [String]) { _ = Tmux.run(["-L", socket, "send-keys", "-t", name] + keys) }
    func send(_ keys: String...) { send(keys) }
    func type(_ text: String) { _ = Tmux.run(["-L", socket, "send-keys", "-t", name, "-l", text]) }
    func resize(width: Int, height: Int) { _ = Tmux.run(["-L", socket, "resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]) }

    /// The shell in the pane (the command's parent).
    func paneShellPID() -> String {
        Tmux.run(["-L", socket, "display-message", "-p", "-t", name, "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func kill() { _ = Tmux.run(["-L", socket, "kill-server"]) }

    /// Polls the screen until `ok`; fails the test (showing the screen) on time-out.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 15, _ ok: (String) -> Bool) throws -> String {
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
