import XCTest
final class TISEPTermSmokeTests: XCTestCase { func testNothing() {} }
