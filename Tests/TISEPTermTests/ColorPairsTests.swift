import XCTest
import AsciiMap
@testable import TISEPTerm

/// Curses shows colours through a fixed number of pairs: the map's half
/// blocks must never find the table full (`ColorPairs`).
final class ColorPairsTests: XCTestCase {
    private typealias Colors = ColorPairs.Colors

    func testCapacityFollowsTheTerminal() {
        XCTAssertEqual(ColorPairs(colorPairs: 64).capacity, 63, "xterm: pair 0 is the default")
        XCTAssertEqual(ColorPairs(colorPairs: 65536).capacity, 32767, "xterm-256color: pair numbers are short")
        XCTAssertEqual(ColorPairs(colorPairs: 0).capacity, 0)
    }

    func testAPairKeepsItsNumberAndAFullTableStartsAgainWithTheFrame() {
        var pairs = ColorPairs(colorPairs: 4)  // numbers 1…3
        let a = Colors(foreground: 1, background: -1), b = Colors(foreground: 2, background: 3), c = Colors(foreground: 3, background: 3)
        XCTAssertEqual(pairs.prepare([a, b]).define.map(\.number), [1, 2])
        XCTAssertEqual(pairs.prepare([b, a]), ColorPairs.Plan(define: [], rewriteAll: false), "nothing new: nothing to define or rewrite")
        XCTAssertEqual(pairs.prepare([c]).define.map(\.number), [3])
        let d = Colors(foreground: 4, background: 4)
        let plan = pairs.prepare([d, c])
        XCTAssertTrue(plan.rewriteAll, "no number free: the table starts again and the whole frame is written")
        XCTAssertEqual(plan.define.map(\.colors), [d, c])
        XCTAssertEqual(pairs.number(d), 1)
        XCTAssertEqual(pairs.number(a), 0, "a combination no longer used has lost its number")
    }

    /// Every map frame fits a 256-pair terminal in 256 colours and xterm's
    /// 64 pairs in 8 colours, with the rest of the interface on screen.
    func testMapFramesFitTheTerminalsPairs() throws {
        for (mode, pairsOfTerminal) in [(ColorMode.palette256, 256), (.basic8, 64)] {
            let app = try DemoFixture.app(self, width: 200, height: 60, colorMode: mode)
            var pairs = ColorPairs(colorPairs: pairsOfTerminal)
            func check(_ what: String) {
                let used = ColorPairs.used(by: app.frame(), limit: mode == .palette256 ? 255 : 7)
                _ = pairs.prepare(used)
                XCTAssertTrue(used.allSatisfy { pairs.number($0) > 0 }, "\(mode) \(what): \(used.count) combinations, every one with a pair")
            }
            check("Phayao")
            app.type("/")
            app.type("560101")
            app.press(.enter, .tab)
            for key in [Key.right, .down, .char("i"), .char("c"), .char("K"), .char("z"), .char("i"), .char("i")] {
                app.press(key)
                check("after \(key)")
            }
            app.type("/")
            app.type("340101")
            app.press(.enter)
            check("Ubon Ratchathani")
        }
    }
}
