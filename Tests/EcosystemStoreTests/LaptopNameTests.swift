import Foundation
import XCTest
@testable import EcosystemStore

/// Laptop names (issue 13, section 6): two laptops never share a name by
/// default, even on one host, and nothing asks for one.
final class LaptopNameTests: XCTestCase {
    /// `user@host-xxxx`, xxxx the start of the replica id.
    private func assertDefaultForm(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
        let name = try store.laptop.name()
        XCTAssertEqual(name, Store.Laptop.defaultName(replica: store.laptop.id), file: file, line: line)
        XCTAssertTrue(name.hasSuffix("-" + store.laptop.id.prefix(4)), name, file: file, line: line)
        XCTAssertTrue(name.contains("@"), name, file: file, line: line)
        XCTAssertTrue(name.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }, name, file: file, line: line)
    }

    func testNewLaptopsOnOneHostHaveDifferentNames() throws {
        let lab = try SyncLab(self)
        let a = try Store(path: lab.path("a.sqlite"), create: true)
        let b = try Store(path: lab.path("b.sqlite"), create: true)
        try assertDefaultForm(a)
        try assertDefaultForm(b)
        XCTAssertNotEqual(try a.laptop.name(), try b.laptop.name())
        XCTAssertNotEqual(try a.laptop.name(), ProcessInfo.processInfo.hostName, "not the host alone")
        XCTAssertEqual(try Store(path: lab.path("a.sqlite")).laptop.name(), try a.laptop.name(), "kept")
    }

    /// Generated user and host names: the default name is always one line
    /// of letters, digits, "@", "-", "_" and ".", and ends with the id.
    func testDefaultNamesAreCleanForAnyUserAndHost() {
        var rng = SplitMix64(seed: 13)
        let pieces = ["somchai", "สมศรี", "vm", "host.example.org", "", " ", "a\u{1B}]0;x\u{07}b", "x\ny", "-", "ๆ", "A_B.c"]
        for _ in 0..<300 {
            let user = (0..<Int.random(in: 0...2, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let host = (0..<Int.random(in: 0...2, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let id = String(format: "%016llx", rng.next())
            let name = Store.Laptop.defaultName(replica: id, user: user, host: host)
            XCTAssertTrue(name.hasSuffix("-" + id.prefix(4)), name)
            XCTAssertTrue(name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "@-_.".unicodeScalars.contains($0) }, name)
            XCTAssertFalse(name.hasPrefix("@"), name)
        }
    }

    /// A database of an older version, named after its host, gets a name of
    /// its own when it opens; a name someone chose stays.
    func testTheOldHostNameDefaultIsReplacedOnceAndAChosenNameStays() throws {
        let lab = try SyncLab(self)
        for (old, expectRenamed) in [(ProcessInfo.processInfo.hostName, true), ("โน้ตบุ๊ก อบต.เวียง", false)] {
            let path = lab.path(UUID().uuidString + ".sqlite")
            let store = try Store(path: path, create: true)
            try store.laptop.setMeta("replica_name", old)
            try store.db.run("INSERT INTO meta(key, value) VALUES ('repair_sync_rules', '5')")
            let reopened = try Store(path: path)
            XCTAssertEqual(try reopened.laptop.name(), expectRenamed ? Store.Laptop.defaultName(replica: store.laptop.id) : old)
            XCTAssertNil(try reopened.laptop.meta("repair_sync_rules"), "once")
        }
    }

    /// A file copy that takes a new replica id takes a new default name with
    /// it, so the copy and the original differ in `history` too.
    func testACopyThatTakesANewIDTakesANewDefaultName() throws {
        let lab = try SyncLab(self)
        let original = try Store(path: lab.path("a.sqlite"), create: true)
        try original.areas.upsert(Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"))
        let e = try original.entity("ชมรม", area: "56")
        try original.file.checkpoint()
        try FileManager.default.copyItem(atPath: lab.path("a.sqlite"), toPath: lab.path("copy.sqlite"))
        let copy = try Store(path: lab.path("copy.sqlite"))
        try copy.records.update(e, ["description": "made on the copy"])
        let before = try original.laptop.name()
        XCTAssertNotNil(try lab.send(copy, original).newReplicaID)
        try assertDefaultForm(original)
        XCTAssertNotEqual(try original.laptop.name(), before)
        XCTAssertEqual(try original.laptop.names()[copy.laptop.id], before, "the old id keeps the old name")
    }
}
