import XCTest
import AsciiMap
@testable import TISEPTerm
final class DebugTests: XCTestCase {
    func testDebugMap() throws {
        let app = try DemoFixture.controller(self)
        app.type("/")
        app.type("560101")
        app.press(.enter, .tab)
        var out = "focus \(app.state.focus) sel \(app.state.selectedArea)\n"
        let r = MapPane.rendered(app.state)
        out += "rendered \(r != nil) shown \(String(describing: MapPane.shownSelection(app.state)))\n"
        if let r {
            let id = r.id(of: app.state.selectedArea)
            out += "id \(String(describing: id)) cursor \(String(describing: id.flatMap { r.map.cursorCell(for: $0) }))\n"
            for d in [Direction.left, .right, .up, .down] { out += "\(d): \(String(describing: id.flatMap { r.map.neighbour(of: $0, toward: d) }))\n" }
            out += r.map.grid.lines().joined(separator: "\n")
        }
        try out.write(toFile: "/tmp/debug.txt", atomically: true, encoding: .utf8)
    }
}
