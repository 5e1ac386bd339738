import Foundation
import XCTest
import EcosystemStore

final class SyncSafetyTests: XCTestCase {
    /// Adds `years` to every stamp, as a laptop whose clock shows the
    /// Buddhist-era year would have written them.
    func shiftStamps(_ line: String, years: Int64) -> String {
        let regex = try! NSRegularExpression(pattern: "\"(\\d{13})\\.")
        var out = line
        for m in regex.matches(in: line, range: NSRange(line.startIndex..., in: line)).reversed() {
            let r = Range(m.range(at: 1), in: line)!
            out.replaceSubrange(r, with: String(Int64(line[r])! + years * 31_556_952_000))
        }
        return out
    }

    func testStampsFromTheFutureAreRefusedNamingTheLaptop() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        try a.laptop.setMeta("replica_name", "โน้ตบุ๊ก อบต.เวียง")
        try a.entity("ชมรม")
        let good = try lab.export(a)
        let before = try b.sync.contentDigest()
        for years: Int64 in [543, 100] { // the Buddhist-era year as the Christian one; a century off
            let shifted = lab.path("future\(years).tisep")
            try rewriteBundle(good, to: shifted) { $0.map { self.shiftStamps($0, years: years) } }
            XCTAssertThrowsError(try b.sync.importBundle(at: shifted)) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains("โน้ตบุ๊ก อบต.เวียง") && text.contains("future"), text)
            }
            XCTAssertThrowsError(try BundleMerge.merge([shifted], into: lab.path("m.tisep")))
        }
        XCTAssertEqual(try b.sync.contentDigest(), before)
        XCTAssertNoThrow(try b.sync.importBundle(at: good, options: BundleImportOptions(now: Date())))
    }

    func testADatabaseCopiedAsAFileGetsItsOwnReplicaID() throws {
        let lab = try SyncLab(self)
        let original = try Store(path: lab.path("a.sqlite"), create: true)
        try original.areas.upsert(Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"))
        let e = try original.entity("ชมรม", area: "56")
        try original.file.checkpoint()
        try FileManager.default.copyItem(atPath: lab.path("a.sqlite"), toPath: lab.path("copy.sqlite"))
        let copy = try Store(path: lab.path("copy.sqlite"))
        XCTAssertEqual(copy.laptop.id, original.laptop.id)
        try copy.records.update(e, ["description": "made on the copy"])
        try original.records.update(e, ["name_en": "made on the original"])
        let oldID = original.laptop.id
        let summary = try lab.send(copy, original)
        let newID = try XCTUnwrap(summary.newReplicaID)
        XCTAssertEqual(original.laptop.id, newID)
        XCTAssertNotEqual(newID, oldID)
        XCTAssertEqual(try original.laptop.meta("replica_id"), newID)
        XCTAssertEqual(try original.records.record(e)?["description"], "made on the copy")
        XCTAssertEqual(try original.records.record(e)?["name_en"], "made on the original")
        try original.records.update(e, ["phone": "0812345678"])
        XCTAssertTrue(try XCTUnwrap(original.records.history(of: e)?.fields.first { $0.field == "phone" }?.versions.first?.stamp).hasSuffix(newID))
        XCTAssertNil(try lab.send(copy, original).newReplicaID, "once is enough")
        let reopened = try Store(path: lab.path("a.sqlite"))
        XCTAssertEqual(reopened.laptop.id, newID)
    }

    func testImportRemembersLaptopNamesAndTheClock() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        try a.laptop.setMeta("replica_name", "laptop A")
        let e = try a.entity("ชมรม")
        try lab.send(a, b)
        XCTAssertEqual(try b.laptop.names()[a.laptop.id], "laptop A")
        let last = try XCTUnwrap(b.laptop.meta("last_stamp"))
        XCTAssertGreaterThanOrEqual(last, try XCTUnwrap(a.laptop.meta("last_stamp")).components(separatedBy: ".").prefix(2).joined(separator: "."))
        try b.records.update(e, ["description": "after"])
        XCTAssertEqual(try b.records.history(of: e)?.fields.first { $0.field == "description" }?.versions.first?.value, "after")
    }

    func testBadBundlesAreRefusedWithoutChangingAnything() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        try a.entity("ชมรม")
        try b.entity("อื่น")
        let good = try lab.export(a)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
        let before = try b.sync.contentDigest()
        func refuse(_ data: [UInt8], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
            let p = lab.path("bad.tisep")
            try? Data(data).write(to: URL(fileURLWithPath: p))
            XCTAssertThrowsError(try b.sync.importBundle(at: p), what, file: file, line: line)
            XCTAssertThrowsError(try BundleMerge.merge([p], into: lab.path("out.tisep")), what, file: file, line: line)
        }
        refuse([], "empty")
        var rng = SplitMix64(seed: 3)
        refuse((0..<3000).map { _ in UInt8.random(in: 0...255, using: &rng) }, "random bytes")
        refuse(Array("hello\nworld\n".utf8), "text")
        refuse(bytes + Array("x".utf8), "trailing garbage")
        refuse(bytes + Array("\n".utf8), "trailing newline")
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 80)) { refuse(Array(bytes[..<cut]), "cut at \(cut)") }
        refuse(Array(bytes.dropLast()), "cut before the last newline")
        for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 150)) {
            var flipped = bytes
            flipped[position] ^= 1 << UInt8(position % 8)
            refuse(flipped, "bit flipped at \(position)")
        }
        XCTAssertEqual(try b.sync.contentDigest(), before)
        XCTAssertNoThrow(try b.sync.importBundle(at: good), "the good bundle still imports")
    }

    func testNewerFormatsAndForeignJSONGetTheirOwnMessages() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica()
        try a.entity("ชมรม")
        let good = try lab.export(a)
        let newer = lab.path("newer.tisep")
        try rewriteBundle(good, to: newer) { lines in
            [lines[0].replacingOccurrences(of: "\"version\":2", with: "\"version\":3")] + lines.dropFirst()
        }
        XCTAssertThrowsError(try a.sync.importBundle(at: newer)) {
            XCTAssertEqual("\($0)", "made by a newer tisep (bundle format 3); this tisep reads formats up to 2: upgrade tisep ('tisep --version' shows yours), then import the bundle again")
        }
        let json = lab.path("other.json")
        try "{\"name\":\"not a bundle\"}\n".write(toFile: json, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try a.sync.importBundle(at: json)) { XCTAssertTrue("\($0)".contains("JSON file but not a tisep bundle")) }
        let sqlite = lab.path("db.sqlite")
        _ = try Store(path: sqlite, create: true)
        XCTAssertThrowsError(try a.sync.importBundle(at: sqlite)) { XCTAssertTrue("\($0)".contains("SQLite database")) }
        let unknownField = lab.path("field.tisep")
        try rewriteBundle(good, to: unknownField) { $0.map { $0.replacingOccurrences(of: "\"name_th\":", with: "\"colour\":[[\"1\",null]],\"name_th\":") } }
        XCTAssertThrowsError(try a.sync.importBundle(at: unknownField)) { XCTAssertTrue("\($0)".contains("colour"), "\($0)") }
    }
}
