import Foundation
import XCTest
import EcosystemStore

final class DatabaseTests: XCTestCase {
    func testMigrationsFromZeroSetUserVersion() throws {
        let dir = try temporaryDirectory(self)
        let path = dir.appendingPathComponent("m.sqlite").path
        do {
            let store = try Store(path: path, create: true)
            XCTAssertEqual(try store.db.userVersion, Store.schemaVersion)
            XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM indicators"), 5)
            XCTAssertEqual(try store.db.queryOne("PRAGMA journal_mode", []) { $0.text(0) }, "wal")
            XCTAssertEqual(try store.db.scalarInt("PRAGMA foreign_keys"), 1)
        }
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600, "the database holds contacts: owner only")
        // Reopening keeps the replica id.
        let id1 = try Store(path: path).replicaID
        XCTAssertEqual(try Store(path: path).replicaID, id1)
    }

    func testNewerSchemaIsRefused() throws {
        let dir = try temporaryDirectory(self)
        let path = dir.appendingPathComponent("new.sqlite").path
        _ = try Store(path: path, create: true)
        try Database(path: path).execute("PRAGMA user_version = 99")
        XCTAssertThrowsError(try Store(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(found: 99, supported: Store.schemaVersion))
            XCTAssertTrue("\(error)".contains("newer tisep"))
        }
    }

    func testForeignFilesAreRefused() throws {
        let dir = try temporaryDirectory(self)
        let other = dir.appendingPathComponent("other.sqlite").path
        try Database(path: other).execute("CREATE TABLE t(x)")
        XCTAssertThrowsError(try Store(path: other)) { XCTAssertEqual($0 as? StoreError, .notAnEcosystemDatabase(path: other)) }
        let text = dir.appendingPathComponent("text.sqlite").path
        try String(repeating: "not a database\n", count: 100).write(toFile: text, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Store(path: text)) { XCTAssertTrue("\($0)".contains("not a tisep ecosystem database"), "\($0)") }
        XCTAssertThrowsError(try Store(path: dir.appendingPathComponent("missing.sqlite").path)) {
            XCTAssertTrue("\($0)".contains("run 'tisep init'"))
        }
    }

    func testTransactionRollsBackAndNests() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(x INTEGER)")
        struct Boom: Error {}
        XCTAssertThrowsError(try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            throw Boom()
        })
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t"), 0)
        try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            try? db.transaction {
                try db.run("INSERT INTO t VALUES (2)")
                throw Boom()
            }
            try db.run("INSERT INTO t VALUES (3)")
        }
        XCTAssertEqual(try db.query("SELECT x FROM t ORDER BY x") { $0.int(0) }, [1, 3])
    }

    func testErrorsCarrySQLitesMessage() throws {
        let db = try Database(path: ":memory:")
        XCTAssertThrowsError(try db.execute("SELEC 1")) { error in
            guard case let StoreError.sqlite(_, message, sql) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("syntax error"))
            XCTAssertEqual(sql, "SELEC 1")
        }
    }

    func testTypedBindingRoundTrip() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a, b, c, d, e)")
        try db.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", ["น้ำ", 42, 2.5, SQLValue.null, SQLValue.blob([0, 1, 255])])
        let row = try XCTUnwrap(db.queryOne("SELECT a, b, c, d, e FROM t", []) { st in
            (st.text(0), st.int(1), st.double(2), st.isNull(3), st.blob(4))
        })
        XCTAssertEqual(row.0, "น้ำ")
        XCTAssertEqual(row.1, 42)
        XCTAssertEqual(row.2, 2.5)
        XCTAssertTrue(row.3)
        XCTAssertEqual(row.4, [0, 1, 255])
    }

    func testBusyTimeoutLetsTwoConnectionsShareAFile() throws {
        let dir = try temporaryDirectory(self)
        let path = dir.appendingPathComponent("busy.sqlite").path
        let a = try Store(path: path, create: true)
        let b = try Store(path: path)
        try a.db.execute("BEGIN IMMEDIATE")
        let started = Date()
        nonisolated(unsafe) let holder = a
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.3)
            try? holder.db.execute("COMMIT")
        }
        // b waits for a's write lock instead of failing with "database is locked".
        try b.setMeta("probe", "1")
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.2)
        XCTAssertEqual(try a.meta("probe"), "1")
    }
}
