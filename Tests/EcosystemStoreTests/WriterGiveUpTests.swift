import Foundation
import XCTest
@testable import EcosystemStore

/// A wait for another writer can be given up (the interface's Ctrl-C): the
/// write then fails with "database is locked" and nothing of it is made;
/// without that, it waits as long as needed (`WriterWaitTests`).
final class WriterGiveUpTests: XCTestCase {
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    func testAWaitGivenUpFailsTheWriteAndChangesNothing() throws {
        let dir = try temporaryDirectory(self)
        let path = dir.appendingPathComponent("eco.sqlite").path
        _ = try Store(path: path, create: true)
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let first = try? Store(path: path) {
                try? first.transaction {
                    _ = try first.records.create(.entity, ["name_th": "ผู้เขียนคนแรก", "p4": "asset"])
                    holding.signal()
                    _ = release.wait(timeout: .now() + 30)
                }
            } else {
                holding.signal()
            }
            done.signal()
        }
        holding.wait()
        let second = try Store(path: path)
        // Given up once told it waits, as a person pressing Ctrl-C after reading it.
        let told = Flag()
        second.file.whileWaiting({ told.set() }, giveUpWhen: { told.isSet })
        XCTAssertThrowsError(try second.records.create(.entity, ["name_th": "ผู้เขียนคนที่สอง", "p4": "asset"])) { error in
            XCTAssertTrue("\(error)".contains("locked"), "\(error)")
        }
        XCTAssertTrue(told.isSet)
        release.signal()
        done.wait()
        XCTAssertEqual(try second.records.count(.entity), 1, "only the first writer's edit")
        // The wait not given up: the next write goes through.
        second.file.whileWaiting(nil)
        _ = try second.records.create(.entity, ["name_th": "ผู้เขียนคนที่สอง", "p4": "asset"])
        XCTAssertEqual(try second.records.count(.entity), 2)
    }
}
