import Foundation
import XCTest
@testable import EcosystemStore

/// A bundle from a laptop not yet upgraded may carry values the rule
/// refuses. Its structure sound, it imports: the bad values are held back
/// (listed, kept for review), the rest applies.
final class SyncHeldBackTests: XCTestCase {
    /// Rewrites record lines through JSON objects: `edit` gets each record
    /// line's object (`type`, `id`, `fields`) and may change it.
    func rewriteRecords(_ path: String, to out: String, _ edit: @escaping (inout [String: Any]) -> Void) throws {
        try rewriteBundle(path, to: out) { lines in
            lines.map { line in
                guard line.hasPrefix("{\"type\""), var object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return line }
                edit(&object)
                return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            }
        }
    }

    /// Sets the current value of `field` (the first version) in a record object.
    static func setCurrent(_ object: inout [String: Any], _ field: String, _ value: String) {
        var fields = object["fields"] as! [String: Any]
        var versions = fields[field] as! [[Any]]
        versions[0][1] = value
        fields[field] = versions
        object["fields"] = fields
    }

    func testABundleCarryingBadValuesImportsTheRestAndKeepsThemForReview() throws {
        let lab = try SyncLab(self)
        let old = try lab.replica(), fresh = try lab.replica()
        let club = try old.entity("ชมรมผู้สูงอายุ")
        let bad = try old.entity("ชื่อที่จะเสีย")
        try old.records.update(club, ["description": "ดูแลผู้สูงอายุ"])
        let log = try old.records.create(.contactLog, ["entity": club, "date": "2025-01-05", "note": "โทรแล้ว"])
        try old.records.update(log, ["note": "โทรอีกครั้ง"])
        let good = try lab.export(old)
        let older = lab.path("older.tisep")
        // What an older tisep let in: an escape in a description, a phone
        // number in a note, an impossible date, a control character in a
        // required name (of a record new to the importer).
        try rewriteRecords(good, to: older) { o in
            switch o["id"] as! String {
            case club: Self.setCurrent(&o, "description", "ดูแล\u{1B}]0;pwned\u{7}")
            case log: Self.setCurrent(&o, "note", "ลูกสาว 081-234-5678"); Self.setCurrent(&o, "date", "2025-02-30")
            case bad: Self.setCurrent(&o, "name_th", "ชื่อ\u{1B}[2J")
            default: break
            }
        }
        let summary = try fresh.sync.importBundle(at: older)
        XCTAssertEqual(summary.heldBackCount, 4)
        let held = Dictionary(uniqueKeysWithValues: summary.heldBack.map { ("\($0.id)/\($0.field)", $0) })
        XCTAssertEqual(held["\(club)/description"]?.value, "ดูแล\u{1B}]0;pwned\u{7}")
        XCTAssertTrue(held["\(club)/description"]?.reason.english.contains("control character") == true)
        XCTAssertTrue(held["\(log)/note"]?.reason.english.hasPrefix("looks like a phone number") == true)
        XCTAssertTrue(held["\(log)/date"]?.reason.english.contains("February 2025 has 28 days") == true)
        // New here with its name held back: the whole record waits, its line kept.
        let whole = try XCTUnwrap(held["\(bad)/"])
        XCTAssertTrue(whole.isWhole)
        XCTAssertTrue(whole.reason.english.hasPrefix("name_th: has a control character"), whole.reason.english)
        XCTAssertTrue(whole.value?.contains("\\u001b[2J") == true, whole.value ?? "")
        XCTAssertNil(try fresh.records.record(bad))

        // The rest applied: the description keeps its earlier good version, the log its other fields.
        XCTAssertEqual(try fresh.records.record(club)?["description"], nil, "the earlier value was empty")
        XCTAssertEqual(try fresh.records.record(club)?["name_th"], "ชมรมผู้สูงอายุ")
        XCTAssertEqual(try fresh.records.record(log)?["note"], "โทรแล้ว", "history's good value is current")
        XCTAssertEqual(try fresh.records.record(log)?["date"], nil)
        XCTAssertTrue(try fresh.records.ruleProblems().isEmpty, "nothing that breaks the rule was stored")

        // Kept in the database for review, with the bundle that brought it; once per value.
        let stored = try fresh.sync.heldBackValues()
        XCTAssertEqual(stored.count, 4)
        let checksum = try XCTUnwrap(try String(contentsOfFile: older, encoding: .utf8).split(separator: "\n").last)
        XCTAssertTrue(stored.allSatisfy { checksum.contains($0.bundle) && $0.fromLaptop == old.laptop.id && !$0.received.isEmpty })
        try fresh.sync.importBundle(at: older)
        XCTAssertEqual(try fresh.sync.heldBackValues().count, 4)

        // A dry run lists them and keeps nothing.
        let other = try lab.replica()
        XCTAssertEqual(try other.sync.importBundle(at: older, options: BundleImportOptions(dryRun: true)).heldBackCount, 4)
        XCTAssertTrue(try other.sync.heldBackValues().isEmpty)

        // The upgraded laptop mends the values; they travel and win.
        try old.records.update(club, ["description": "ดูแลผู้สูงอายุ ติดเตียง"])
        try fresh.sync.importBundle(at: try lab.export(old))
        XCTAssertEqual(try fresh.records.record(club)?["description"], "ดูแลผู้สูงอายุ ติดเตียง")
        XCTAssertNotNil(try fresh.records.record(bad))
    }

    func testAreasThatBreakTheRuleAreHeldBackAndTheirRecordsWithThem() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try Store(path: ":memory:", create: true)
        let e = try a.entity("ชมรม", area: "560101")
        let y = try a.entity("ยะลา", area: "950101")
        let good = try lab.export(a)
        let bent = lab.path("areas.tisep")
        try rewriteBundle(good, to: bent) { lines in
            lines.map { line in
                var l = line
                if l.hasPrefix("{\"area\":\"560101\"") { l = l.replacingOccurrences(of: "\"lat\":19.17", with: "\"lat\":95") }
                if l.hasPrefix("{\"area\":\"95\"") { l = l.replacingOccurrences(of: "\"name_th\":\"ยะลา\"", with: "\"name_th\":\"ยะลา\\u001b[31m\"") }
                return l
            }
        }
        let summary = try b.sync.importBundle(at: bent)
        let held = summary.heldBack.map { "\($0.kind) \($0.id) \($0.field)" }
        XCTAssertEqual(Set(held), ["area 560101 lat", "area 95 ", "area 9501 ", "area 950101 ", "entity \(y) "], "\(held)")
        XCTAssertNil(try b.areas.area("560101")?.lat, "a centroid outside Thailand is not taken")
        XCTAssertNotNil(try b.records.record(e))
        XCTAssertNil(try b.areas.area("95"))
        XCTAssertNil(try b.records.record(y))
        XCTAssertTrue(try b.records.ruleProblems().isEmpty)
    }

    /// Laptop names in a header that break the rule are not remembered.
    func testALaptopNameThatBreaksTheRuleIsHeldBack() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        try a.entity("ชมรม")
        let good = try lab.export(a)
        let named = lab.path("named.tisep")
        try rewriteBundle(good, to: named) { lines in
            [lines[0].replacingOccurrences(of: "\"replicas\":{\"\(a.laptop.id)\":\"", with: "\"replicas\":{\"\(a.laptop.id)\":\"\\u001b]0;x\\u0007")] + lines.dropFirst()
        }
        let summary = try b.sync.importBundle(at: named)
        XCTAssertEqual(summary.heldBack.map(\.kind), ["laptop"])
        XCTAssertNil(try b.laptop.names()[a.laptop.id])
    }

    /// Generated hostile bundles: structurally sound, with values that break
    /// the rule put into random fields of random records. Each imports; every
    /// bad value is held back (or its whole record, when new and lacking a
    /// required field without it); nothing stored breaks the rule; records
    /// the damage did not touch arrive exactly as sent.
    func testGeneratedHostileBundlesImportTheRestAndHoldBackTheBadValues() throws {
        let lab = try SyncLab(self)
        let source = try lab.replica()
        var g = Hostile(seed: 99)
        var ids: [String] = []
        for i in 0..<12 {
            let e = try source.entity("องค์กร \(i)", area: g.pick(["560101", "560102", "950101"]))
            try source.records.update(e, ["description": "รายละเอียด \(i)", "phone": "08123456\(10 + i)", "target_groups": "poor-elderly"])
            ids.append(e)
            ids.append(try source.records.create(.contact, ["entity": e, "name": "ผู้ติดต่อ \(i)", "position": "ประธาน"]))
            ids.append(try source.records.create(.contactLog, ["entity": e, "date": "2025-03-0\(1 + i % 9)", "note": "ติดตามงาน", "outcome": "ดี"]))
            ids.append(try source.records.create(.project, ["name_th": "โครงการ \(i)", "lead": e, "budget": "1000", "start": "2025-01-01"]))
        }
        let good = try lab.export(source)
        for round in 0..<25 {
            // Which (record, field) get a bad value this round.
            var damage: [String: [String: String]] = [:]
            for _ in 0..<g.int(1...6) {
                let id = g.pick(ids)
                guard let type = try source.records.recordType(of: id) else { continue }
                let spec = g.pick(type.fields.filter { $0.kind != .recordID && $0.kind != .recordIDs })
                var value = g.value(for: spec.kind)
                for _ in 0..<20 where value.isEmpty || spec.check(value) == nil { value = g.text() }
                guard !value.isEmpty, spec.check(value) != nil else { continue }
                damage[id, default: [:]][spec.name] = value
            }
            let bent = lab.path("hostile\(round).tisep")
            try rewriteRecords(good, to: bent) { o in
                for (field, value) in damage[o["id"] as! String] ?? [:] { Self.setCurrent(&o, field, value) }
            }
            let target = try lab.replica()
            let summary: BundleImportSummary
            do { summary = try target.sync.importBundle(at: bent) } catch {
                XCTFail("round \(round): a sound bundle with bad values was refused: \(error)"); continue
            }
            let heldIDs = Set(summary.heldBack.map(\.id))
            for (id, fields) in damage {
                let whole = summary.heldBack.contains { $0.id == id && $0.isWhole }
                for field in fields.keys {
                    XCTAssertTrue(whole || summary.heldBack.contains { $0.id == id && $0.field == field }, "round \(round): \(id).\(field) not held back")
                }
                XCTAssertEqual(try target.records.record(id) == nil, whole, "round \(round): \(id)")
            }
            XCTAssertEqual(try target.records.ruleProblems(), [], "round \(round)")
            for id in ids where damage[id] == nil && !heldIDs.contains(id) {
                XCTAssertEqual(try target.records.record(id), try source.records.record(id), "round \(round): an untouched record changed")
            }
        }
    }
}
