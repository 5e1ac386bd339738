import Foundation
import XCTest
@testable import EcosystemStore

/// A conflict is settled when a person sets its field here again: with the
/// value that lost (the command `tisep conflicts` gives, `tisep set`), or
/// with any other. So the command line and the interface's `r`
/// (`restoreLosingValue`) leave the same conflict reviewed. An edit of
/// another field, or a bundle's later version, settles nothing.
final class ConflictSettledByEditTests: XCTestCase {
    /// Two laptops rename one element in English and its description,
    /// without seeing each other's edits; `b` imports `a`'s bundle.
    private func twoConflicts(_ lab: SyncLab) throws -> (a: Store, b: Store, id: String) {
        let a = try lab.replica(), b = try lab.replica()
        let id = try a.entity("กลุ่มสตรี")
        _ = try lab.send(a, b)
        try b.records.update(id, ["name_en": "Women (B)", "description": "จาก B"])
        Thread.sleep(forTimeInterval: 0.002)
        try a.records.update(id, ["name_en": "Women (A)", "description": "จาก A"])
        XCTAssertEqual(try lab.send(a, b).total.conflicts, 2)
        return (a, b, id)
    }

    func testSettingTheLosingValueAgainSettlesItsConflictOnly() throws {
        let lab = try SyncLab(self)
        let (_, b, id) = try twoConflicts(lab)
        let lost = try XCTUnwrap(try b.sync.conflicts().first { $0.field == "name_en" })
        XCTAssertEqual(lost.loser.value, "Women (B)")
        try b.records.update(id, ["name_en": "Women (B)"])
        XCTAssertEqual(try b.sync.conflicts().map(\.field), ["description"], "the other field's conflict stays")
        XCTAssertEqual(try b.sync.conflicts(includeReviewed: true).first { $0.field == "name_en" }?.reviewed, true)
    }

    func testAnyValueSetHereSettlesItAndSettingTheSameValueDoesNot() throws {
        let lab = try SyncLab(self)
        let (_, b, id) = try twoConflicts(lab)
        try b.records.update(id, ["description": "จาก A"])
        XCTAssertEqual(try b.sync.conflicts().count, 2, "the value it already has: nothing changed, nothing settled")
        try b.records.update(id, ["description": "ทั้งสองอย่าง"])
        XCTAssertEqual(try b.sync.conflicts().map(\.field), ["name_en"])
    }

    func testALaterVersionFromABundleSettlesNothing() throws {
        let lab = try SyncLab(self)
        let (a, b, id) = try twoConflicts(lab)
        Thread.sleep(forTimeInterval: 0.002)
        try a.records.update(id, ["name_en": "Women (A2)"])
        _ = try lab.send(a, b)
        XCTAssertEqual(try b.records.record(id)?["name_en"], "Women (A2)")
        XCTAssertEqual(try b.sync.conflicts().count, 2, "still for a person to see")
    }
}
