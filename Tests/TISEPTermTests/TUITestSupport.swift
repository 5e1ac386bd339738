import Foundation
import XCTest
import EcosystemStore
import AsciiMap
@testable import TISEPTerm

/// One demo database per test run (building it takes seconds); each test
/// copies it so tests cannot disturb each other.
enum DemoFixture {
    nonisolated(unsafe) private static var built: String?

    static func path() throws -> String {
        if let built { return built }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-demo-fixture-\(getpid()).sqlite").path
        try DefaultDataSet.create(at: path, content: .demo)
        built = path
        // Built once per test process, so removed when the process ends (a
        // teardown block would remove it after the first test that used it).
        atexit { DemoFixture.removeBuilt() }
        return path
    }

    private static func removeBuilt() {
        guard let built else { return }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: built + suffix) }
    }

    /// A private copy of the demo database.
    static func copy(_ test: XCTestCase) throws -> String {
        let source = try path()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("eco.sqlite").path
        try Store(path: source).file.backup(to: target)
        return target
    }

    /// The interface on a private copy of the demo, without a terminal;
    /// searches answer at once on the test's thread unless a worker is given.
    static func app(_ test: XCTestCase, width: Int = 80, height: Int = 24, thai: Bool = true, colorMode: ColorMode = .none,
                    worker: ((Store) -> SearchWorker)? = nil, prepare: ((Store) throws -> Void)? = nil) throws -> App {
        let path = try copy(test)
        var state = AppState()
        state.width = width
        state.height = height
        state.thai = thai
        state.colorMode = colorMode
        state.dataset = DataSetInfo(path: "eco.sqlite", isDemo: true)
        state.today = "2025-11-02"
        let store = try Store(path: path)
        try prepare?(store)
        return try App(state: state, runner: EffectRunner(store: store, worker: worker?(store)))
    }
}

extension App {
    /// Keys as a user types them, Latin and Thai letters one by one, then
    /// the tick of a loop that finds no more keys waiting.
    func type(_ text: String) {
        for c in text.unicodeScalars { step(.key(.char(Character(c)))) }
        step(.tick)
    }

    /// Keys in one burst, then the tick.
    func press(_ keys: Key...) {
        for k in keys { step(.key(k)) }
        step(.tick)
    }

    func resize(width: Int, height: Int) { step(.resize(width: width, height: height)) }

    /// Effects carried out as if `Update` had asked for them.
    func run(_ effects: [Effect]) {
        for effect in effects { if let answer = runner.run(effect) { step(answer) } }
    }

    var screenText: String { frame().text }
}

/// Golden screens: `Golden/screens/NAME.txt`. A missing golden is written
/// and the test fails once (look at it, then commit it); `TISEP_RECORD=1`
/// rewrites them all.
func assertGoldenScreen(_ name: String, _ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/screens/\(name).txt")
    let record = ProcessInfo.processInfo.environment["TISEP_RECORD"] == "1"
    if record || !FileManager.default.fileExists(atPath: url.path) {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        if !record { XCTFail("wrote the new golden \(url.path); check it by eye and run again", file: file, line: line) }
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertEqual(text + "\n", expected, "screen \(name) differs from its golden (TISEP_RECORD=1 re-records)", file: file, line: line)
}

/// The display column of every `│` on a line (pane edges).
func borderColumns(_ line: String) -> [Int] {
    var columns: [Int] = []
    var column = 0
    for character in line {
        if character == "│" { columns.append(column) }
        column += TextWidth.width(of: character)
    }
    return columns
}

/// Golden cells: a region of a frame as text (`Golden/maps/NAME.txt`) and
/// its colours and attributes (`NAME.cells`): a table of styles, one
/// letter each (foreground/background as xterm colour indices, `-` for the
/// terminal's default; `b` bold, `r` reverse), then one letter per cell,
/// row by row, so a diff shows where a colour changed. `TISEP_RECORD=1`
/// rewrites them; a missing one is written and the test fails once.
func assertGoldenCells(_ name: String, _ frame: ScreenBuffer, _ rect: Rect, file: StaticString = #filePath, line: UInt = #line) throws {
    let (text, cells) = goldenCells(frame, rect)
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/maps")
    let record = ProcessInfo.processInfo.environment["TISEP_RECORD"] == "1"
    for (ext, content) in [("txt", text), ("cells", cells)] {
        let url = dir.appendingPathComponent("\(name).\(ext)")
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
            if !record { XCTFail("wrote the new golden \(url.path); check it by eye and run again", file: file, line: line) }
            continue
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(content, expected, "\(name).\(ext) differs from its golden (TISEP_RECORD=1 re-records)", file: file, line: line)
    }
}

/// The text and the style letters of a region (see `assertGoldenCells`).
func goldenCells(_ frame: ScreenBuffer, _ rect: Rect) -> (text: String, cells: String) {
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,/:;<=>?@[]^_{|}~กขคฆงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ")
    var styles: [String: Character] = [:]
    var table: [String] = []
    var text: [String] = [], rows: [String] = []
    for y in rect.y..<rect.maxY {
        var line = "", row = ""
        for x in rect.x..<rect.maxX {
            let cell = frame[x, y]
            line += cell.grapheme
            var style = "\(cell.foreground < 0 ? "-" : String(cell.foreground))/\(cell.background < 0 ? "-" : String(cell.background))"
            if cell.attributes.contains(.bold) { style += " b" }
            if cell.attributes.contains(.reverse) { style += " r" }
            if style == "-/-" { row.append("."); continue }
            if styles[style] == nil {
                let letter = styles.count < letters.count ? letters[styles.count] : "?"
                styles[style] = letter
                table.append("\(letter) \(style)")
            }
            row.append(styles[style]!)
        }
        text.append(line)
        rows.append(row)
    }
    let header = "# one letter per cell: foreground/background (xterm colour, - default), b bold, r reverse; . is -/-\n"
    return (text.joined(separator: "\n") + "\n", header + table.joined(separator: "\n") + "\n\n" + rows.joined(separator: "\n") + "\n")
}
