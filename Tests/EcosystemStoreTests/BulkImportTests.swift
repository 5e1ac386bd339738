import Foundation
import XCTest
@testable import EcosystemStore

/// Bulk imports (`import-entities`, bundle import) write many records as one
/// bulk write: search documents built from the values in hand, each
/// element's document once, and above a size the trigram index built once
/// at the end. What users see must not change.
final class BulkImportTests: XCTestCase {
    /// More rows than `Store.Records.deferredIndexMinimum`, so the index is deferred.
    private let many = Store.Records.deferredIndexMinimum + 100

    private func csv(_ n: Int, prefix: String = "องค์กรทดสอบ") -> CSVTable {
        var text = "name_th,name_en,p4,role,sector,area_code,phone,description\n"
        for i in 0..<n {
            let area = ["560101", "560102", "950101"][i % 3]
            text += "\(prefix)ลำดับ\(i),Test Org \(i),player,implementer,community,\(area),08\(String(format: "%08d", 55_500_000 + i)),งานที่ \(i)\n"
        }
        return try! CSVTable(text: text)
    }

    private func triggers(_ store: Store) throws -> [String] {
        try store.db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs' ORDER BY name", []) { $0.text(0) }
    }

    /// Every search document, by ref.
    private func documents(_ store: Store) throws -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: try store.db.query("SELECT ref, kind, name, keys, body FROM search_docs", []) {
            ($0.text(0), [$0.text(1), $0.text(2), $0.text(3), $0.text(4)])
        })
    }

    private func keys(_ store: Store) throws -> Set<String> {
        Set(try store.db.query("SELECT key || '|' || ref FROM search_keys", []) { $0.text(0) })
    }

    /// The trigram index agrees with `search_docs` (FTS5 compares them).
    private func assertIndexIntact(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try triggers(store), ["search_docs_ad", "search_docs_ai", "search_docs_au"], file: file, line: line)
        XCTAssertNoThrow(try store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"), file: file, line: line)
    }

    func testALargeEntityImportIsFoundAndTheIndexKeepsFollowingEdits() throws {
        let store = try smallStore()
        let report = try store.elements.importElements(csv: csv(many), file: "orgs.csv")
        XCTAssertEqual(report.loaded, many)
        XCTAssertTrue(report.problems.isEmpty, "\(report.problems)")
        try assertIndexIntact(store)

        let hit = try store.search("องค์กรทดสอบลำดับ1234")
        XCTAssertEqual(hit.first?.nameTH, "องค์กรทดสอบลำดับ1234")
        XCTAssertEqual(try store.search("0855501234").first?.nameTH, "องค์กรทดสอบลำดับ1234")
        XCTAssertEqual(try store.search("Test Org 2000").first?.nameEN, "Test Org 2000")
        XCTAssertEqual(try store.search("", filter: SearchFilter(kind: .element, area: "95", limit: 5000)).count, many / 3)

        // Later edits go through the restored triggers.
        let id = try XCTUnwrap(hit.first?.id)
        try store.records.update(id, ["name_th": "ชมรมเปลี่ยนชื่อใหม่"])
        XCTAssertEqual(try store.search("ชมรมเปลี่ยนชื่อใหม่").map(\.id), [id])
        XCTAssertFalse(try store.search("องค์กรทดสอบลำดับ1234").contains { $0.id == id })
        let contact = try store.records.create(.contact, ["entity": id, "name": "สมหญิง ใจดี", "phone": "0811112222"])
        XCTAssertEqual(try store.search("0811112222").first?.id, id)
        try store.records.delete(contact)
        XCTAssertTrue(try store.search("0811112222").isEmpty)
        try assertIndexIntact(store)
    }

    func testDocumentsBuiltFromTheValuesInHandEqualTheOnesReadBack() throws {
        for n in [30, many] { // triggers kept, and index deferred
            let store = try smallStore()
            _ = try store.elements.importElements(csv: csv(n), file: "orgs.csv")
            let resource = try store.records.create(.resource, ["entity": try store.db.queryOne("SELECT id FROM entities", []) { $0.text(0) }!,
                                                        "kind": "offer", "category": "care", "description": "รถเข็นผู้ป่วย", "quantity": "2"])
            let project = try store.records.create(.project, ["name_th": "โครงการทดสอบ", "area": "5601", "description": "ดูแล"])
            let before = try documents(store), beforeKeys = try keys(store)
            let areasBefore = try store.db.scalarInt("SELECT count(*) FROM record_areas")
            try store.transaction {
                for id in try store.db.query("SELECT id FROM entities", [], { $0.text(0) }) {
                    try store.search.reindex(element: id)
                    try store.records.refreshRecordAreas(.entity, id: id, areaField: "area")
                }
                try store.search.reindex(resource: resource)
                try store.records.refreshRecordAreas(.resource, id: resource, areaField: "area")
                try store.search.reindex(project: project)
            }
            XCTAssertEqual(try documents(store), before, "n = \(n)")
            XCTAssertEqual(try keys(store), beforeKeys, "n = \(n)")
            XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM record_areas"), areasBefore)
            XCTAssertEqual(areasBefore, n + 2)
        }
    }

    func testALargeBundleImportGivesTheSameSearchAsTheSender() throws {
        let lab = try SyncLab(self)
        let sender = try lab.replica()
        _ = try sender.elements.importElements(csv: csv(many), file: "orgs.csv")
        let ids = try sender.db.query("SELECT id FROM entities ORDER BY rowid LIMIT 40", []) { $0.text(0) }
        for (i, id) in ids.enumerated() {
            try sender.records.create(.contact, ["entity": id, "name": "ผู้ประสานงาน\(i)", "phone": "0899\(String(format: "%06d", i))"])
            try sender.records.create(.contact, ["entity": id, "name": "ประธาน\(i)", "phone": "0898\(String(format: "%06d", i))"])
            try sender.records.create(.resource, ["entity": id, "kind": "need", "description": "ต้องการอาสาสมัคร\(i)"])
        }
        try sender.records.update(ids[0], ["name_th": "ชื่อที่แก้แล้ว"]) // a field with its own stamp and a value in history
        try sender.records.delete(ids[1])

        let receiver = try lab.replica()
        let summary = try lab.send(sender, receiver)
        XCTAssertEqual(summary.total.created, many + 120)
        try assertIndexIntact(receiver)
        XCTAssertEqual(try documents(receiver), try documents(sender))
        XCTAssertEqual(try keys(receiver), try keys(sender))
        XCTAssertEqual(try receiver.db.scalarInt("SELECT count(*) FROM record_areas"),
                       try sender.db.scalarInt("SELECT count(*) FROM record_areas"))
        XCTAssertEqual(try receiver.search("0899000007").first?.id, ids[7], "a contact's phone finds its element")
        XCTAssertEqual(try receiver.search("ชื่อที่แก้แล้ว").first?.id, ids[0])
        XCTAssertFalse(try receiver.search("0899000001").contains { $0.id == ids[1] }, "a deleted element is not found")
        XCTAssertEqual(try receiver.records.history(of: ids[0])?.fields.first { $0.field == "name_th" }?.versions.count, 2)
        XCTAssertEqual(try receiver.sync.contentDigest(), try sender.sync.contentDigest())
    }

    func testAFailingLargeBundleImportLeavesTheIndexAndItsTriggersIntact() throws {
        let lab = try SyncLab(self)
        let sender = try lab.replica()
        _ = try sender.elements.importElements(csv: csv(many), file: "orgs.csv")
        let last = try sender.db.queryOne("SELECT id FROM entities ORDER BY id DESC", []) { $0.text(0) }!
        try sender.records.create(.contact, ["entity": last, "name": "ผู้ทำให้ล้ม"])
        let bundle = try lab.export(sender)

        let receiver = try lab.replica()
        let mine = try receiver.records.create(.entity, ["name_th": "ชมรมของเครื่องนี้", "p4": "player", "role": "connector", "area": "560101"])
        // A failure in the middle of the writes, after the index was lifted.
        try receiver.db.execute("""
            CREATE TRIGGER fail_on_purpose BEFORE INSERT ON contacts WHEN new.name = 'ผู้ทำให้ล้ม'
            BEGIN SELECT RAISE(ABORT, 'failed on purpose'); END
            """)
        let docsBefore = try documents(receiver)
        XCTAssertThrowsError(try receiver.sync.importBundle(at: bundle))
        XCTAssertEqual(try receiver.db.scalarInt("SELECT count(*) FROM entities"), 1)
        XCTAssertEqual(try documents(receiver), docsBefore)
        try assertIndexIntact(receiver)
        XCTAssertEqual(try receiver.search("ชมรมของเครื่องนี้").map(\.id), [mine])
        let later = try receiver.records.create(.entity, ["name_th": "กลุ่มที่เพิ่มทีหลัง", "p4": "asset", "area": "560102"])
        XCTAssertEqual(try receiver.search("กลุ่มที่เพิ่มทีหลัง").map(\.id), [later])

        // Without the obstacle the same bundle lands.
        try receiver.db.execute("DROP TRIGGER fail_on_purpose")
        XCTAssertEqual(try receiver.sync.importBundle(at: bundle).total.created, many + 1)
        try assertIndexIntact(receiver)
        XCTAssertEqual(try receiver.search("องค์กรทดสอบลำดับ77").first?.nameTH, "องค์กรทดสอบลำดับ77")
    }

    func testADryRunOfALargeBundleChangesNothing() throws {
        let lab = try SyncLab(self)
        let sender = try lab.replica()
        _ = try sender.elements.importElements(csv: csv(many), file: "orgs.csv")
        let receiver = try lab.replica()
        let docsBefore = try documents(receiver)
        let summary = try receiver.sync.importBundle(at: try lab.export(sender), options: BundleImportOptions(dryRun: true))
        XCTAssertEqual(summary.total.created, many)
        XCTAssertEqual(try receiver.db.scalarInt("SELECT count(*) FROM entities"), 0)
        XCTAssertEqual(try documents(receiver), docsBefore)
        try assertIndexIntact(receiver)
    }

    /// The quick reader of record lines accepts only what the general one
    /// (JSONSerialization + BundleParse.record) accepts, and reads it the same.
    func testTheQuickRecordReaderAgreesWithTheGeneralOne() throws {
        let lab = try SyncLab(self)
        let store = try lab.replica()
        let e = try store.records.create(.entity, ["name_th": "ชมรม \"ดอกไม้\" บ้านต๋อม", "name_en": "Club", "p4": "player", "role": "implementer",
                                           "area": "560101,560102", "target_groups": "poor-elderly,stateless", "phone": "0815550001"])
        try store.records.update(e, ["name_en": "Flower Club", "description": "ดูแลผู้สูงอายุ\nบ้านต๋อม"])
        try store.records.create(.contact, ["entity": e, "name": "สมชาย", "phone": "0815550002", "private": "no"])
        try store.records.create(.resource, ["entity": e, "kind": "offer", "category": "care", "description": "รถเข็น", "quantity": "2"])
        try store.records.create(.project, ["name_th": "โครงการ", "area": "5601", "budget": "12500.5", "start": "2025-01-02"])
        let p = try store.records.create(.project, ["name_th": "ลบแล้ว", "area": "5601"])
        try store.records.delete(p)
        let lines = try bundleBody(try lab.export(store)).filter { $0.hasPrefix("{\"type\"") }
        XCTAssertEqual(lines.count, 5, lines.joined(separator: "\n"))

        func general(_ bytes: [UInt8]) -> BundleRecord? {
            guard let object = try? BundleParse.object(bytes) else { return nil }
            return try? BundleParse.record(object)
        }
        var quick = 0
        for line in lines {
            let bytes = Array(line.utf8)
            let fast = BundleFastRecord.parse(bytes)
            if fast != nil { quick += 1 }
            XCTAssertEqual(fast ?? general(bytes), general(bytes), line)
        }
        XCTAssertEqual(quick, lines.count - 1, "all but the line with escapes are read quickly")

        var g = SplitMix64(seed: 42)
        let inserts: [[UInt8]] = ["\"", ",", "]", "}", "[", "\\", " ", "0", "9", "null", "\u{0}", "ก", "{\"a\":1}", "\"x\""].map { Array($0.utf8) } + [[0xFF], [0xE0, 0xB8]]
        for _ in 0..<6000 {
            var bytes = Array(lines[Int(g.next() % UInt64(lines.count))].utf8)
            for _ in 0..<(1 + Int(g.next() % 3)) {
                let at = Int(g.next() % UInt64(bytes.count))
                switch g.next() % 3 {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: inserts[Int(g.next() % UInt64(inserts.count))], at: at)
                default: bytes[at] = UInt8(truncatingIfNeeded: g.next())
                }
            }
            if let fast = BundleFastRecord.parse(bytes) {
                XCTAssertEqual(fast, general(bytes), String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    func testNewIdsAreVersion7UUIDsInCreationOrder() throws {
        var generator = RecordIDGenerator()
        let start = Date()
        var ids: [String] = []
        for _ in 0..<5000 { ids.append(generator.next(now: start)) } // one millisecond: the counter orders them
        ids.append(generator.next(now: start.addingTimeInterval(-10))) // the clock stepped back
        ids.append(generator.next(now: start.addingTimeInterval(1)))
        XCTAssertEqual(ids, ids.sorted())
        XCTAssertEqual(Set(ids).count, ids.count)
        for id in ids {
            XCTAssertTrue(Validate.isRecordID(id), id)
            let uuid = try XCTUnwrap(UUID(uuidString: id), id)
            XCTAssertEqual(uuid.uuidString.lowercased(), id)
            let bytes = withUnsafeBytes(of: uuid.uuid) { Array($0) }
            XCTAssertEqual(bytes[6] >> 4, 7, "version 7: \(id)")
            XCTAssertEqual(bytes[8] >> 6, 2, "RFC 9562 variant: \(id)")
        }
        let millis = UInt64(start.timeIntervalSince1970 * 1000)
        let leading = String(ids[0].prefix(8)) + String(ids[0].dropFirst(9).prefix(4))
        XCTAssertEqual(leading, String(format: "%012llx", millis))

        let store = try smallStore()
        let a = try store.records.create(.entity, ["name_th": "ก", "p4": "asset"])
        let b = try store.records.create(.entity, ["name_th": "ข", "p4": "asset"])
        XCTAssertLessThan(a, b)
    }
}
