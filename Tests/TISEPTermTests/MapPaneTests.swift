import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// The map pane as a coordinator sees it: drawn with the map engine
/// (`MapLayout` + `MapPicture`), its size kept while the cursor moves, the
/// amphoe shown when the province is too small, the legend in the
/// indicator's unit, and goldens of text and colours.
final class MapPaneTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40), (200, 60)]
    static let modes: [(ColorMode, String)] = [(.palette256, "256"), (.basic8, "8"), (.none, "mono")]

    /// Wiang (560101) chosen in the tree's province of Phayao, or Chiang
    /// Kham's Wiang (560307) with the map zoomed to its amphoe (`z`).
    private func app(width: Int, height: Int, colorMode: ColorMode, amphoe: Bool) throws -> App {
        let app = try DemoFixture.app(self, width: width, height: height, colorMode: colorMode)
        app.type("/")
        app.type(amphoe ? "560307" : "560101")
        app.press(.enter, .tab)
        if amphoe { app.press(.char("z")) }
        return app
    }

    private func mapRect(_ app: App) throws -> Rect {
        try XCTUnwrap(Layout.compute(width: app.state.width, height: app.state.height, focus: app.state.focus).panes[.map])
    }

    func testGoldenMaps() throws {
        for (width, height) in Self.sizes {
            for (mode, label) in Self.modes {
                for amphoe in [false, true] {
                    let app = try app(width: width, height: height, colorMode: mode, amphoe: amphoe)
                    let name = "\(amphoe ? "chiangkham-5603" : "phayao-56")-\(width)x\(height)-\(label)"
                    try assertGoldenCells(name, app.frame(), try mapRect(app))
                }
            }
        }
    }
}
