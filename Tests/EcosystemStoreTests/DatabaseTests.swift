import Foundation
import XCTest
@testable import EcosystemStore

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
        let id1 = try Store(path: path).laptop.id
        XCTAssertEqual(try Store(path: path).laptop.id, id1)
    }

    /// A database of the first release (schema 2) opened by this one: the
    /// indexes of schema 3 appear, the index of keys by ref goes, resources
    /// gain a status (open), English names are found by their words'
    /// starts, and the tree, the search and later edits work on what was there.
    func testASchema2DatabaseGainsTheNationalScaleIndexes() throws {
        let dir = try temporaryDirectory(self)
        let path = dir.appendingPathComponent("v2.sqlite").path
        var id = "", need = ""
        do {
            let store = try Store(path: path, create: true)
            try store.transaction {
                try store.areas.upsert(Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"))
                try store.areas.upsert(Area(code: "5601", level: .amphoe, parent: "56", nameTH: "เมืองพะเยา", nameEN: "Mueang Phayao"))
                try store.areas.upsert(Area(code: "560101", level: .tambon, parent: "5601", nameTH: "เวียง", nameEN: "Wiang"))
            }
            id = try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุตำบลเวียง", "name_en": "Wiang Elderly Club", "p4": "player",
                                                    "role": "implementer", "area": "560101", "phone": "0812345678"])
            need = try store.records.create(.resource, ["entity": id, "kind": "need", "category": "venue", "description": "ลานกิจกรรม"])
        }
        // Schema 2 as the first release left it.
        try Database(path: path).execute("""
            DROP TABLE held_back;
            DROP INDEX entities_player_areas; DROP INDEX indicator_values_live; DROP INDEX search_keys_area;
            CREATE INDEX search_keys_ref ON search_keys(ref); DROP TABLE conflicts; ALTER TABLE resources DROP COLUMN status;
            ALTER TABLE indicator_values DROP COLUMN low; ALTER TABLE indicator_values DROP COLUMN high;
            ALTER TABLE projects DROP COLUMN targeted; ALTER TABLE projects DROP COLUMN reached;
            ALTER TABLE projects DROP COLUMN delivery; ALTER TABLE projects DROP COLUMN outcome_value;
            DELETE FROM search_keys WHERE key IN ('elderly club', 'club', 'mueang phayao', 'phayao'); PRAGMA user_version = 2;
            """)

        let store = try Store(path: path)
        XCTAssertEqual(try store.db.userVersion, Store.schemaVersion)
        let indexes = Set(try store.db.query("SELECT name FROM sqlite_master WHERE type = 'index'", []) { $0.text(0) })
        XCTAssertTrue(indexes.isSuperset(of: ["entities_player_areas", "indicator_values_live", "search_keys_area"]), "\(indexes)")
        XCTAssertFalse(indexes.contains("search_keys_ref"))
        XCTAssertEqual(try store.areas.playerCounts()["56"], 1)
        XCTAssertEqual(try store.search("0812345678").first?.id, id)
        XCTAssertEqual(try store.search("ชม").first?.id, id, "two letters: the start of the name")
        XCTAssertEqual(try store.search("cl").first?.id, id, "two letters: the start of an English word")
        XCTAssertEqual(try store.records.record(need)?["status"], "open")
        try store.records.update(id, ["phone": "0899999999"])
        // Schema 9: a project gains persons reached and the rest, empty until given.
        let project = try store.records.create(.project, ["name_th": "โครงการ", "area": "560101", "budget": "1000", "reached": "20"])
        XCTAssertEqual(try store.records.record(project)?["reached"], "20")
        XCTAssertTrue(try store.search("0812345678").isEmpty, "the old number's key is gone")
        XCTAssertEqual(try store.search("0899999999").first?.id, id)
    }

    /// Databases of schema 7 (before the geography work and issue 19) and 8
    /// (before issue 19) opened by this one: migration 9 gives their
    /// projects the unit-cost fields and their indicator values their
    /// interval, empty until given; what was there stays.
    func testSchema7And8DatabasesGainReachedDeliveryAndIntervals() throws {
        let dir = try temporaryDirectory(self)
        for version in [7, 8] {
            let path = dir.appendingPathComponent("v\(version).sqlite").path
            var project = ""
            do {
                let store = try Store(path: path, create: true)
                try store.areas.upsert(Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"))
                project = try store.records.create(.project, ["name_th": "ธนาคารเวลา", "area": "56", "budget": "300000"])
            }
            try OlderSchema.downgrade(path, to: version)
            XCTAssertEqual(try Database(path: path).scalarInt("SELECT count(*) FROM pragma_table_info('projects') WHERE name = 'reached'"), 0)
            let store = try Store(path: path)
            XCTAssertEqual(try store.db.userVersion, 9)
            let before = try XCTUnwrap(store.records.record(project))
            XCTAssertEqual(before["budget"], "300000")
            XCTAssertNil(before["reached"])
            XCTAssertNil(before["delivery"])
            try store.records.update(project, ["reached": "120", "delivery": "civil-society", "outcome_value": "900000"])
            let after = try XCTUnwrap(store.records.record(project))
            XCTAssertEqual(after["reached"], "120", "schema \(version)")
            XCTAssertEqual(after["delivery"], "civil-society")
            XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM pragma_table_info('indicator_values') WHERE name IN ('low', 'high')"), 2)
        }
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
            guard case let StoreError.database(failure) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.code.primary, .error)
            XCTAssertTrue(failure.message.contains("syntax error"))
            XCTAssertEqual(failure.sql, "SELEC 1")
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
        try b.laptop.setMeta("probe", "1")
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.2)
        XCTAssertEqual(try a.laptop.meta("probe"), "1")
    }
}
