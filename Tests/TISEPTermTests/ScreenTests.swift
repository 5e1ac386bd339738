import XCTest
import AsciiMap
@testable import TISEPTerm

final class ScreenTests: XCTestCase {
    func testPrintScreens() throws {
        let app = try DemoFixture.controller(self, width: 100, height: 30)
        var out = app.screenText + "\n=====\n"
        app.press(.down, .down, .right, .down)
        out += app.screenText + "\n=====\n"
        app.press(.tab, .tab, .down, .down)
        out += app.screenText + "\n=====\n"
        try out.write(toFile: "/tmp/screens.txt", atomically: true, encoding: .utf8)
    }
}
