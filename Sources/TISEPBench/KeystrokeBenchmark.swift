import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// `tisep-bench tui`: cold start to the first complete frame, then a
/// scripted session of keys (moves, search typing, filter changes, pane
/// switches), each timed from the key to its frame in the screen buffer
/// (state update, loading, render; no terminal). On a copy of `--db`, or of
/// a fresh default data set.
enum KeystrokeBenchmark {
    /// The scripted session, repeated to the requested length.
    static let script: [Key] = {
        var keys: [Key] = []
        keys += Array(repeating: .down, count: 8) + [.right, .down, .down, .right, .down, .down, .down]
        keys += [.tab] + Array(repeating: .right, count: 4) + Array(repeating: .down, count: 3) + [.char("i"), .char("c"), .char("z"), .char("z")]
        keys += [.tab, .char("4"), .char("r"), .down, .down, .char("r"), .char("0"), .char("1"), .char("2"), .char("0"), .char("t"), .down, .char("t")]
        keys += [.char("/")] + "สูงอายุ".unicodeScalars.map { .char(Character($0)) } + [.down, .down, .enter]
        keys += [.char("/")] + [.backspace, .backspace, .backspace] + "ชมรม".unicodeScalars.map { .char(Character($0)) } + [.enter, .char("n"), .char("n")]
        keys += [.tab, .tab, .down, .pageDown, .escape, .backTab, .char("g"), .char("G"), .char("g")]
        return keys
    }()

    /// The map pane's keys: focus on the map, then arrows around the
    /// province (the first lands on its first tambon; at 200×60 a pilot
    /// province is drawn whole), the zoom to the amphoe and back, another
    /// indicator and method, the numbered key on and off; then back to the
    /// tree (the script repeats).
    static let mapScript: [Key] = {
        var keys: [Key] = [.tab]
        let round: [Key] = Array(repeating: .right, count: 6) + Array(repeating: .down, count: 6)
            + Array(repeating: .left, count: 6) + Array(repeating: .up, count: 6)
        keys += round + [.char("z")] + Array(repeating: .right, count: 4) + Array(repeating: .down, count: 4) + [.char("z")]
        keys += [.char("i"), .left, .left, .char("c"), .char("K"), .down, .down, .down, .char("K"), .char("c"), .char("c")]
        keys += round + [.char("i"), .char("i"), .char("i"), .char("i")]
        // Back to the tree, so that the script repeated starts on the map again.
        return keys + [.backTab]
    }()

    static let scripts: [String: [Key]] = ["session": script, "map": mapScript]

    static func run(databasePath: String?, keys count: Int, script: [Key] = KeystrokeBenchmark.script,
                    scriptName: String = "session") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-bench-tui-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("eco.sqlite").path
        if let source = databasePath {
            try Store(path: source).file.backup(to: path)
        } else {
            try DefaultDataSet.create(at: path, content: .demo)
        }
        let coldStart = DispatchTime.now().uptimeNanoseconds
        let store = try Store(path: path)
        let session = try App(store: store, databasePath: path, width: 200, height: 60)
        let coldMs = Double(DispatchTime.now().uptimeNanoseconds - coldStart) / 1e6

        var times: [Double] = []
        times.reserveCapacity(count)
        var byKey: [(key: Key, ms: Double)] = []
        for i in 0..<count {
            let key = script[i % script.count]
            let t0 = DispatchTime.now().uptimeNanoseconds
            session.press(key)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            times.append(ms)
            byKey.append((key, ms))
            if session.quitRequested { break }
        }
        let sorted = times.sorted()
        func pct(_ p: Double) -> String { String(format: "%.2f", sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]) }
        let elements = try store.records.count(.entity, includeDeleted: true)
        return """
        database: \(databasePath ?? "the default data set") (\(elements) elements), screen 200x60
        cold start to the first frame: \(String(format: "%.1f", coldMs)) ms
        keystroke to frame (\(times.count) keys, script \(scriptName)): median \(pct(0.5)) ms, p99 \(pct(0.99)) ms, max \(pct(1)) ms
        slowest keys: \(byKey.sorted { $0.ms > $1.ms }.prefix(6).map { "\($0.key) \(String(format: "%.1f", $0.ms)) ms" }.joined(separator: ", "))
        peak resident memory: \(peakResidentKB() / 1024) MB
        """
    }

    /// The peak resident set of this program's own address space: Linux's
    /// `VmHWM`. Not `ru_maxrss`, which Linux carries over an exec from the
    /// process that started this one (a benchmark of 500 MB starting this
    /// through a shell passed its own peak on).
    static func peakResidentKB() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
            return kb
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
