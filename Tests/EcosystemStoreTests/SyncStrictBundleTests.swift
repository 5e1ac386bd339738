import Foundation
import XCTest
@testable import EcosystemStore

/// Faults of structure refuse a bundle whole, with a message that names
/// the line and what to do, and change nothing.
final class SyncStrictBundleTests: XCTestCase {
    /// A laptop with one element and contact, its bundle, and a peer.
    func setUpBundle() throws -> (lab: SyncLab, good: String, peer: Store, stamp: String) {
        let lab = try SyncLab(self)
        let a = try lab.replica()
        let e = try a.entity("ชมรม")
        try a.records.create(.contact, ["entity": e, "name": "สมศรี"])
        let peer = try lab.replica()
        try peer.entity("อื่น")
        let good = try lab.export(a)
        let stamp = try XCTUnwrap(a.records.record(e)?.stamp)
        return (lab, good, peer, stamp)
    }

    /// `transform` of the good bundle's lines (end line recomputed) is refused
    /// by import and merge with a message containing `expected`; nothing changes.
    func assertRefused(_ name: String, _ expected: String, recomputeEnd: Bool = true,
                       file: StaticString = #filePath, line: UInt = #line,
                       _ transform: @escaping ([String]) -> [String]) throws {
        try assertRefused(name, expected, recomputeEnd: recomputeEnd, file: file, line: line) { lines, _ in transform(lines) }
    }

    /// `assertRefused` whose transform also gets the stamp of the bundle's element.
    func assertRefused(_ name: String, _ expected: String, recomputeEnd: Bool = true,
                       file: StaticString = #filePath, line: UInt = #line,
                       _ transform: @escaping ([String], String) -> [String]) throws {
        let (lab, good, peer, stamp) = try setUpBundle()
        let bad = lab.path("\(name).tisep")
        if recomputeEnd {
            try rewriteBundle(good, to: bad) { transform($0, stamp) }
        } else {
            let lines = try String(contentsOfFile: good, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            try transform(lines, stamp).joined(separator: "\n").write(toFile: bad, atomically: true, encoding: .utf8)
        }
        let before = try peer.sync.contentDigest()
        XCTAssertThrowsError(try peer.sync.importBundle(at: bad), name, file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(expected), "\(name): \(error)", file: file, line: line)
        }
        XCTAssertThrowsError(try BundleMerge.merge([bad], into: lab.path("m.tisep")), name, file: file, line: line)
        XCTAssertEqual(try peer.sync.contentDigest(), before, name, file: file, line: line)
        XCTAssertTrue(try peer.sync.heldBackValues().isEmpty, file: file, line: line)
    }

    func testMalformedStampsAreRefused() throws {
        try assertRefused("short replica", "malformed stamp") { lines, stamp in
            lines.map { $0.replacingOccurrences(of: stamp, with: String(stamp.dropLast(8))) }
        }
        try assertRefused("junk after", "malformed stamp") { lines, stamp in
            lines.map { $0.replacingOccurrences(of: "\"\(stamp)\"", with: "\"\(stamp) x\"") }
        }
        try assertRefused("upper case", "malformed stamp") { lines, stamp in
            lines.map { $0.replacingOccurrences(of: stamp, with: stamp.dropLast(16) + "ABCDEF0123456789") }
        }
        try assertRefused("counter not fixed", "malformed stamp") { lines, stamp in
            lines.map { $0.replacingOccurrences(of: stamp, with: stamp.prefix(14) + "0" + stamp.dropFirst(19)) }
        }
    }

    func testAHeaderOutsideTheFormatIsRefused() throws {
        try assertRefused("unknown schema", "line 1 (the header): made by a newer tisep (schema 99)") {
            [$0[0].replacingOccurrences(of: "\"schema\":\(Store.schemaVersion)", with: "\"schema\":99")] + $0.dropFirst()
        }
        try assertRefused("schema zero", "not a schema version") {
            [$0[0].replacingOccurrences(of: "\"schema\":\(Store.schemaVersion)", with: "\"schema\":0")] + $0.dropFirst()
        }
        try assertRefused("created", "the header's created 'yesterday' is not a date") {
            [$0[0].replacingOccurrences(of: #""created":"[^"]*""#, with: "\"created\":\"yesterday\"", options: .regularExpression)] + $0.dropFirst()
        }
        try assertRefused("created 30 Feb", "is not a date") {
            [$0[0].replacingOccurrences(of: #""created":"[^"]*""#, with: "\"created\":\"2025-02-30T08:00:00Z\"", options: .regularExpression)] + $0.dropFirst()
        }
        try assertRefused("since", "the header's since 'last week' is not a bundle id") {
            [$0[0].replacingOccurrences(of: "\"since\":null", with: "\"since\":\"last week\"")] + $0.dropFirst()
        }
        try assertRefused("negative count", "the header's count of entity is -1: a count is a whole number, 0 or more") {
            [$0[0].replacingOccurrences(of: "\"entity\":1", with: "\"entity\":-1")] + $0.dropFirst()
        }
        try assertRefused("fractional count", "the header's count of entity is 1.5") {
            [$0[0].replacingOccurrences(of: "\"entity\":1", with: "\"entity\":1.5")] + $0.dropFirst()
        }
        try assertRefused("private_left_out", "the header's private_left_out is -5: it must be a whole number, 0 or more") {
            [$0[0].replacingOccurrences(of: "\"private_left_out\":0", with: "\"private_left_out\":-5")] + $0.dropFirst()
        }
    }

    func testAKeyWrittenTwiceIsRefused() throws {
        try assertRefused("twice in a record", "line 5: a JSON object has the key 'type' twice") {
            $0.map { $0.hasPrefix("{\"type\":\"entity\"") ? $0.replacingOccurrences(of: "{\"type\":\"entity\",", with: "{\"type\":\"entity\",\"type\":\"contact\",") : $0 }
        }
        try assertRefused("twice in fields", "has the key 'name_th' twice") {
            $0.map { line in
                guard line.hasPrefix("{\"type\":\"entity\""), let r = line.range(of: "\"name_th\":[[") else { return line }
                let end = line[r.upperBound...].range(of: "]]")!.upperBound
                return line.replacingCharacters(in: r.lowerBound..<r.lowerBound, with: line[r.lowerBound..<end] + ",")
            }
        }
        try assertRefused("escaped twice", "has the key 'name_th' twice") {
            $0.map { line in
                guard line.hasPrefix("{\"type\":\"entity\""), let r = line.range(of: "\"name_th\":[[") else { return line }
                let end = line[r.upperBound...].range(of: "]]")!.upperBound
                let copy = line[r.lowerBound..<end].replacingOccurrences(of: "\"name_th\"", with: "\"name\\u005fth\"")
                return line.replacingCharacters(in: r.lowerBound..<r.lowerBound, with: copy + ",")
            }
        }
        try assertRefused("twice in the header", "line 1 (the header): a JSON object has the key 'schema' twice") {
            [$0[0].replacingOccurrences(of: "\"schema\":", with: "\"schema\":1,\"schema\":")] + $0.dropFirst()
        }
    }

    func testDataAfterTheEndLineNamesTheLine() throws {
        try assertRefused("two end lines", "a second end line after the end line", recomputeEnd: false) { lines in
            let end = lines[lines.count - 2]
            return Array(lines.dropLast()) + [end, ""]
        }
        try assertRefused("two bundles", "line 8: more data after the end line (line 7)", recomputeEnd: false) { lines in
            Array(lines.dropLast()) + [lines[0], ""]
        }
    }

    /// A `user_version` changed by hand is named as such, whichever way it moved.
    func testATamperedSchemaVersionIsNamed() throws {
        let dir = try temporaryDirectory(self)
        for version in [1, 2, 3] {
            let path = dir.appendingPathComponent("v\(version).sqlite").path
            _ = try Store(path: path, create: true)
            try Database(path: path).execute("PRAGMA user_version = \(version)")
            XCTAssertThrowsError(try Store(path: path)) { error in
                XCTAssertEqual(error as? StoreError, .inconsistentSchema(path: path, version: version))
                XCTAssertTrue("\(error)".contains("does not match its tables") && "\(error)".contains("tisep backup"), "\(error)")
            }
        }
        let older = dir.appendingPathComponent("older.sqlite").path
        _ = try Store(path: older, create: true)
        try Database(path: older).execute("DROP TABLE held_back; PRAGMA user_version = 4")
        XCTAssertThrowsError(try Store(path: older)) { XCTAssertEqual($0 as? StoreError, .inconsistentSchema(path: older, version: 4)) }
    }

    /// Migration 4 mends what can be mended of what an older version stored,
    /// as stamped edits with the old values in history, and leaves the rest
    /// to `check`.
    func testOlderValuesAreMendedWhereSafeAndTheRestNamed() throws {
        let dir = try temporaryDirectory(self)
        let path = dir.appendingPathComponent("old.sqlite").path
        var ids: [String] = []
        do {
            let store = try Store(path: path, create: true)
            try store.areas.upsert(Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao", lat: 19.2, lon: 99.9))
            for name in ["ชมรม", "สอง", "สาม"] { ids.append(try store.records.create(.entity, ["name_th": name, "p4": "asset"])) }
        }
        // What an older tisep let in, written behind the store's back.
        let db = try Database(path: path)
        try db.execute("""
            UPDATE entities SET name_th = 'Cafe\u{0301}' || char(10) || 'ใหม่', description = 'a' || char(13) || char(10) || 'b' WHERE id = '\(ids[0])';
            UPDATE entities SET name_th = 'ชื่อ' || char(27) || '[31m' WHERE id = '\(ids[1])';
            UPDATE areas SET lon = 9e999 WHERE code = '56';
            DROP TABLE held_back; DROP TABLE conflicts; ALTER TABLE resources DROP COLUMN status;
            ALTER TABLE indicator_values DROP COLUMN low; ALTER TABLE indicator_values DROP COLUMN high;
            ALTER TABLE projects DROP COLUMN targeted; ALTER TABLE projects DROP COLUMN reached;
            ALTER TABLE projects DROP COLUMN delivery; ALTER TABLE projects DROP COLUMN outcome_value;
            DELETE FROM meta WHERE key = 'repair_stored_values'; DELETE FROM meta WHERE key = 'repair_sync_rules';
            PRAGMA user_version = 3;
            """)
        let store = try Store(path: path)
        let mended = try XCTUnwrap(store.records.record(ids[0]))
        XCTAssertEqual(mended["name_th"], "Café ใหม่")
        XCTAssertEqual(mended["description"], "a\nb")
        let history = try XCTUnwrap(store.records.history(of: ids[0]))
        XCTAssertEqual(history.fields.first { $0.field == "name_th" }?.versions.map(\.value), ["Café ใหม่", "Cafe\u{0301}\nใหม่"])
        XCTAssertEqual(history.fields.first { $0.field == "name_th" }?.versions.first?.replica, store.laptop.id)
        let problems = try store.records.ruleProblems().filter(\.current)
        XCTAssertEqual(problems.map { "\($0.kind) \($0.id) \($0.field)" }, ["entity \(ids[1]) name_th", "area 56 lon"])
        XCTAssertEqual(problems.first?.mend, "tisep set \(ids[1]) name_th=…")
        XCTAssertTrue(try store.records.repairStoredValues().isEmpty, "once mended, nothing more to mend")
        // The export of such a database is still a bundle every peer reads.
        let bundle = dir.appendingPathComponent("b.tisep").path
        try store.sync.exportBundle(to: bundle)
        let peer = try Store(path: ":memory:", create: true)
        let summary = try peer.sync.importBundle(at: bundle)
        // The mended values' old forms travel in history: peers hold them back too.
        XCTAssertEqual(Set(summary.heldBack.map { "\($0.id) \($0.field)" }), ["\(ids[0]) name_th", "\(ids[0]) description", "\(ids[1]) "])
        XCTAssertEqual(try peer.records.record(ids[0])?["name_th"], "Café ใหม่")
    }
}
