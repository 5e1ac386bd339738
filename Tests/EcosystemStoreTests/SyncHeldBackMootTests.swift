import Foundation
import XCTest
@testable import EcosystemStore

/// A value held back stays listed, but once what came since makes it moot
/// (a later value of its field, its record arriving whole and mended) it is
/// `superseded` and leaves `openHeldBackCount`, the count the interface's
/// status line shows: nothing is left to mend.
final class SyncHeldBackMootTests: XCTestCase {
    /// Rewrites record lines through JSON objects (as `SyncHeldBackTests` does).
    private func rewriteRecords(_ path: String, to out: String, _ edit: @escaping (inout [String: Any]) -> Void) throws {
        try rewriteBundle(path, to: out) { lines in
            lines.map { line in
                guard line.hasPrefix("{\"type\""), var object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return line }
                edit(&object)
                return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            }
        }
    }

    func testMendedValuesFromTheSenderMakeItsHeldBackValuesMoot() throws {
        let lab = try SyncLab(self)
        let old = try lab.replica(), fresh = try lab.replica()
        let club = try old.entity("ชมรมผู้สูงอายุ")
        let other = try old.entity("กลุ่มออมทรัพย์")
        let bad = try old.entity("ชื่อที่จะเสีย")
        try old.records.update(club, ["description": "ดูแลผู้สูงอายุ"])
        try old.records.update(other, ["description": "ออมทุกเดือน"])
        let older = lab.path("older.tisep")
        // What an older tisep let in: an escape in two descriptions, a
        // control character in the name of a record new to the importer.
        try rewriteRecords(try lab.export(old), to: older) { o in
            switch o["id"] as! String {
            case club: SyncHeldBackTests.setCurrent(&o, "description", "ดูแล\u{1B}[2J")
            case other: SyncHeldBackTests.setCurrent(&o, "description", "ออม\u{7}")
            case bad: SyncHeldBackTests.setCurrent(&o, "name_th", "ชื่อ\u{1B}[2J")
            default: break
            }
        }
        try fresh.sync.importBundle(at: older)
        XCTAssertEqual(try fresh.sync.heldBackCount(), 3)
        XCTAssertEqual(try fresh.sync.openHeldBackCount(), 3, "all three still to mend")
        XCTAssertEqual(try fresh.sync.heldBackValues().filter(\.superseded), [])

        // The sender, upgraded, mends the club's description and the name;
        // the other description is left as it was.
        Thread.sleep(forTimeInterval: 0.002)
        try old.records.update(club, ["description": "ดูแลผู้สูงอายุทุกวัน"])
        try old.records.update(bad, ["name_th": "ชื่อที่แก้แล้ว"])
        try fresh.sync.importBundle(at: try lab.export(old))

        XCTAssertEqual(try fresh.sync.heldBackCount(), 3, "every value held back stays listed")
        XCTAssertEqual(try fresh.sync.openHeldBackCount(), 1)
        let moot = Set(try fresh.sync.heldBackValues().filter(\.superseded).map { "\($0.id)/\($0.field)" })
        XCTAssertEqual(moot, ["\(club)/description", "\(bad)/"])
        XCTAssertEqual(try fresh.records.record(bad)?["name_th"], "ชื่อที่แก้แล้ว")

        // An edit made here, later than the held value, makes it moot too.
        try fresh.records.update(other, ["description": "ออมทุกเดือน (แก้ที่นี่)"])
        XCTAssertEqual(try fresh.sync.openHeldBackCount(), 0)
    }

    func testALaptopNameHeldBackIsMootOnceAValidNameOfThatLaptopIsKnown() throws {
        let lab = try SyncLab(self)
        let old = try lab.replica(), fresh = try lab.replica()
        _ = try old.entity("ชมรมผู้สูงอายุ")
        let hostile = lab.path("hostile-name.tisep")
        try rewriteBundle(try lab.export(old), to: hostile) { lines in
            [lines[0].replacingOccurrences(of: "\"replicas\":{\"\(old.laptop.id)\":\"", with: "\"replicas\":{\"\(old.laptop.id)\":\"\\u001b]0;x\\u0007")]
                + lines.dropFirst()
        }
        try fresh.sync.importBundle(at: hostile)
        XCTAssertEqual(try fresh.sync.heldBackValues().map(\.kind), ["laptop"])
        XCTAssertEqual(try fresh.sync.openHeldBackCount(), 1)
        try old.laptop.setName("โน้ตบุ๊กอำเภอ")
        try fresh.sync.importBundle(at: try lab.export(old))
        XCTAssertEqual(try fresh.sync.openHeldBackCount(), 0)
        XCTAssertEqual(try fresh.sync.heldBackValues().map(\.superseded), [true])
    }
}
