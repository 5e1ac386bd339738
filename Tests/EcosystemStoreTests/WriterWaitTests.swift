import Foundation
import XCTest
@testable import EcosystemStore

/// Writers wait (issue 13, section 5): a second writer on one database
/// waits for the first as long as needed, says so after a second, and never
/// fails with "database is locked". Two connections in two threads stand
/// for two `tisep` processes (SQLite's locks are per connection).
final class WriterWaitTests: XCTestCase {
    /// What a background thread reports back.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var _errors: [String] = []
        private var _summaries: [BundleImportSummary] = []
        var errors: [String] { lock.withLock { _errors } }
        var summaries: [BundleImportSummary] { lock.withLock { _summaries } }
        func fail(_ error: Error) { lock.withLock { _errors.append("\(error)") } }
        func add(_ s: BundleImportSummary) { lock.withLock { _summaries.append(s) } }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        var value: Int { lock.withLock { n } }
        func increment() { lock.withLock { n += 1 } }
    }

    /// One connection holds the write lock for longer than the busy timeout
    /// of before (5 s); the other's edit waits, is told once, and succeeds.
    func testAWriterWaitsForAnotherAsLongAsNeededAndSaysSoOnce() throws {
        let dir = try temporaryDirectory(self)
        let path = dir.appendingPathComponent("eco.sqlite").path
        _ = try Store(path: path, create: true)
        let holding = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Thread.detachNewThread {
            do {
                let first = try Store(path: path)
                try first.transaction {
                    _ = try first.records.create(.entity, ["name_th": "ผู้เขียนคนแรก", "p4": "asset"])
                    holding.signal()
                    Thread.sleep(forTimeInterval: 6)
                }
            } catch { outcome.fail(error); holding.signal() }
            done.signal()
        }
        holding.wait()
        let notices = Counter()
        let second = try Store(path: path, whileWaiting: { notices.increment() })
        let started = Date()
        let id = try second.records.create(.entity, ["name_th": "ผู้เขียนคนที่สอง", "p4": "asset"])
        let waited = Date().timeIntervalSince(started)
        done.wait()
        XCTAssertEqual(outcome.errors, [])
        XCTAssertGreaterThan(waited, 1, "it waited for the first writer")
        XCTAssertEqual(notices.value, 1, "told once that it waits")
        XCTAssertEqual(try second.records.count(.entity), 2, "both edits are kept")
        XCTAssertNotNil(try second.records.record(id))
    }

    /// 2,000 elements and 2,000 contacts: one import takes 2–3 s in a debug
    /// build, so the second import waits that long. (The test above is the one that outlasts the old 5 s
    /// busy timeout; this one shows that concurrent imports lose nothing.)
    static let largeCount = 2000

    /// Two imports of one large bundle into one database at once: both
    /// succeed, and the database equals one import of it.
    func testTwoImportsOfALargeBundleAtOnceBothSucceedAndEqualOneImport() throws {
        let dir = try temporaryDirectory(self)
        let source = try smallStore()
        let codes = ["560101", "560102", "950101"]
        try source.records.withBulkWrite(searchWrites: 0) {
            for i in 0..<Self.largeCount {
                let id = try source.records.insertCanonical(.entity, values: [
                    "name_th": "องค์กรที่ \(i)", "p4": "player", "role": "implementer", "area": codes[i % 3],
                    "description": "งานของชุมชนลำดับที่ \(i) ในตำบล",
                ], demo: false)
                _ = try source.records.insertCanonical(.contact, values: ["entity": id, "name": "ผู้ประสานงาน \(i)", "private": "0"], demo: false)
            }
        }
        let bundle = dir.appendingPathComponent("large.tisep").path
        try source.sync.exportBundle(to: bundle)
        let path = dir.appendingPathComponent("hub.sqlite").path
        _ = try Store(path: path, create: true)
        let outcome = Outcome()
        let group = DispatchGroup()
        for _ in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                do { outcome.add(try Store(path: path).sync.importBundle(at: bundle)) } catch { outcome.fail(error) }
                group.leave()
            }
        }
        group.wait()
        XCTAssertEqual(outcome.errors, [], "neither import failed")
        XCTAssertEqual(outcome.summaries.map(\.total.created).sorted(), [0, 2 * Self.largeCount], "one created everything, the other found it there")

        // One import of a full export gives the source's records, stamps and
        // history exactly: so does this pair.
        let hub = try Store(path: path)
        XCTAssertEqual(try hub.sync.contentDigest(), try source.sync.contentDigest())
        let again = dir.appendingPathComponent("again.tisep").path
        try hub.sync.exportBundle(to: again)
        XCTAssertEqual(try bundleBody(again), try bundleBody(bundle))
    }
}
