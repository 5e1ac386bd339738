import Foundation
import XCTest
@testable import TISEPTerm

/// A terminal in memory for the real loop (`App.run(on:)`): keys from a
/// script, the last frame drawn kept as a screen buffer, and a clock of its
/// own, so that idle time passes without waiting. Only waiting for another
/// thread (`until`) takes real time. The loop ends when the script is done
/// and the loop asks for a key again (after drawing what the last key did).
final class TestTerminal: Terminal {
    enum Step {
        case key(Key)
        /// The window changes size (as SIGWINCH tells the curses terminal).
        case windowChanged(width: Int, height: Int)
        /// Time with no key, on the terminal's clock: the loop ticks without waiting.
        case idle(milliseconds: Int)
        /// Real time until `ok` holds (the worker answered), at most `timeout` seconds.
        case until(String, timeout: TimeInterval = 10, (TestTerminal) -> Bool)
        /// Runs when the loop asks for its next key (to look at the state or let a worker go).
        case run((TestTerminal) -> Void)
    }

    /// Keys for every Unicode scalar of `text`, as a terminal delivers Thai.
    static func typing(_ text: String) -> [Step] { text.unicodeScalars.map { .key(.char(Character($0))) } }

    private(set) var size: (width: Int, height: Int)
    /// The last frame drawn.
    private(set) var screen: ScreenBuffer
    private(set) var draws = 0
    /// Milliseconds on the terminal's clock: idle time and waiting the loop went through.
    private(set) var clock = 0
    /// Why the script stopped early (a wait that timed out).
    private(set) var failure: String?
    private var steps: [Step]
    private var resized: (width: Int, height: Int)?
    private var waitingSince: Date?
    private var finished = false

    init(width: Int, height: Int, script: [Step]) {
        size = (width, height)
        screen = ScreenBuffer(width: width, height: height)
        steps = script
    }

    var interrupted: Bool { finished }

    func takeResize() -> (width: Int, height: Int)? {
        defer { resized = nil }
        return resized
    }

    func draw(_ frame: ScreenBuffer) {
        screen = frame
        draws += 1
    }

    func readKey(timeout: Int) -> Key? {
        while let step = steps.first {
            switch step {
            case let .key(key):
                steps.removeFirst()
                if case let .resize(width, height) = key { size = (width, height) }
                return key
            case let .windowChanged(width, height):
                steps.removeFirst()
                size = (width, height)
                resized = size
                return nil
            case let .idle(milliseconds):
                // A burst of keys ends here; time passes only while the loop waits.
                guard timeout > 0 else { return nil }
                let passed = min(milliseconds, timeout)
                clock += passed
                if milliseconds > passed { steps[0] = .idle(milliseconds: milliseconds - passed) } else { steps.removeFirst() }
                return nil
            case let .until(what, limit, ok):
                if ok(self) {
                    steps.removeFirst()
                    waitingSince = nil
                    continue
                }
                guard timeout > 0 else { return nil }
                let since = waitingSince ?? Date()
                waitingSince = since
                if Date().timeIntervalSince(since) > limit {
                    failure = "timed out waiting for \(what); the screen was:\n\(screen.text)"
                    steps = []
                    finished = true
                    return nil
                }
                let wait = min(timeout, 20)
                Thread.sleep(forTimeInterval: Double(wait) / 1000)
                clock += wait
                return nil
            case let .run(action):
                steps.removeFirst()
                action(self)
            }
        }
        if timeout > 0 { finished = true }
        return nil
    }
}

/// Holds each search of a test's worker until the test lets that query
/// go, so that the test decides when results arrive.
final class SearchGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var released: Set<String> = []
    private var allReleased = false
    private var waiting: String?

    /// Called on the worker's thread before it searches.
    func pass(_ query: String) {
        condition.lock()
        while !released.contains(query) && !allReleased {
            waiting = query
            condition.wait()
        }
        waiting = nil
        condition.unlock()
    }

    func release(_ query: String) {
        condition.lock()
        released.insert(query)
        condition.broadcast()
        condition.unlock()
    }

    func releaseAll() {
        condition.lock()
        allReleased = true
        condition.broadcast()
        condition.unlock()
    }

    /// The query the worker is held at, if any.
    var holding: String? {
        condition.lock()
        defer { condition.unlock() }
        return waiting
    }
}
