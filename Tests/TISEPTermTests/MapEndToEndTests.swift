import Foundation
import XCTest
import AsciiMap
@testable import TISEPTerm

/// The real `tisep` in tmux: a tambon chosen in the tree is named on or
/// beside the map, at the smallest full layout and at a large one.
final class MapEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!

    override func setUpWithError() throws { tmux = try TmuxSession(name: "tisep-map") }
    override func tearDown() { tmux?.kill() }

    /// The tree's selected row (`● name`) and the map pane's text, cut from the screen by display columns.
    private func parts(_ screen: String, width: Int, height: Int) -> (selected: String?, map: [String]) {
        let layout = Layout.compute(width: width, height: height, focus: .tree)
        let tree = layout.panes[.tree]!, map = layout.panes[.map]!
        let lines = screen.components(separatedBy: "\n")
        var selected: String?
        for line in lines.prefix(tree.maxY).dropFirst(tree.y) {
            let cut = TextWidth.slice(line, from: tree.x, width: tree.width)
            if let range = cut.range(of: "● ") {
                selected = cut[range.upperBound...].split(separator: " ").first.map(String.init)
            }
        }
        let mapLines = lines.prefix(map.maxY).dropFirst(map.y).map { TextWidth.slice($0, from: map.x, width: map.width) }
        return (selected, Array(mapLines))
    }

    /// Opens Phayao's amphoe number `amphoe` in the tree and moves down to its tambon number `tambon`.
    private func chooseInTree(amphoe: Int, tambon: Int, width: Int, height: Int) throws -> (name: String, map: [String]) {
        let db = try DemoFixture.copy(self)
        tmux.start("LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db); sleep 60", width: width, height: height)
        try tmux.waitFor("the first frame") { $0.contains("รายละเอียด") }
        tmux.send(Array(repeating: "Down", count: amphoe) + ["Right"] + Array(repeating: "Down", count: tambon))
        var found: (name: String, map: [String])?
        try tmux.waitFor("a tambon selected in the tree and its map") { screen in
            let (selected, map) = parts(screen, width: width, height: height)
            guard let selected else { return false }
            found = (selected, map)
            return map.joined().contains(selected)
        }
        return try XCTUnwrap(found)
    }

    func testATambonChosenInTheTreeIsNamedOnTheMapAt80x24() throws {
        let (name, map) = try chooseInTree(amphoe: 1, tambon: 1, width: 80, height: 24)
        XCTAssertEqual(name, "เวียง")
        XCTAssertTrue(map.contains { $0.contains(name) }, "\(name) on or beside the map:\n\(map.joined(separator: "\n"))")
        XCTAssertTrue(map.joined().contains("เฉพาะอ.เมืองพะเยา"), "80×24 shows the tambon's amphoe and says so")
    }

    func testATambonChosenInTheTreeIsNamedOnTheMapAt200x60() throws {
        let (name, map) = try chooseInTree(amphoe: 3, tambon: 4, width: 200, height: 60)
        let occurrences = map.filter { $0.contains(name) }.count
        XCTAssertGreaterThanOrEqual(occurrences, 2, "\(name) on the map and on the legend's first line:\n\(map.joined(separator: "\n"))")
    }
}
