import XCTest
final class AsciiMapSmokeTests: XCTestCase { func testNothing() {} }
