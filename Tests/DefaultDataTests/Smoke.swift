import XCTest
final class DefaultDataSmokeTests: XCTestCase { func testNothing() {} }
