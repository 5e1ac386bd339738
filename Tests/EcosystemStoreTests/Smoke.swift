import XCTest
final class EcosystemStoreSmokeTests: XCTestCase { func testNothing() {} }
