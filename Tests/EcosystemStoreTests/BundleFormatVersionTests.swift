import XCTest
@testable import EcosystemStore

/// Bundle format 2 (issue 19): what a newer tisep writes, what it reads of
/// an older laptop's bundles, and how an older format is told to upgrade.
final class BundleFormatVersionTests: XCTestCase {
    /// A bundle written by tisep with bundle format 1 (schema 3), before the
    /// evidence fields: an element, a project with a budget and a published
    /// indicator value (Fixtures/bundles/README.md).
    static let formatOne = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bundles/format1.tisep").path
    static let formatOneProject = "01a22768-ae5b-701c-9ed7-9dfdb46c35d8"

    func testAFormatOneBundleReadsWithTheNewFieldsEmpty() throws {
        let lab = try SyncLab(self)
        let store = try lab.replica()
        let summary = try store.sync.importBundle(at: Self.formatOne)
        XCTAssertEqual(summary.byType[.project]?.created, 1)
        let project = try XCTUnwrap(try store.records.record(Self.formatOneProject))
        XCTAssertEqual(project["budget"], "120000")
        for field in ["targeted", "reached", "delivery", "outcome_value"] { XCTAssertNil(project[field], field) }
        let value = try XCTUnwrap(try store.records.record("iv-560307-s90s10-2024"))
        XCTAssertEqual(value["value"], "11.5")
        XCTAssertNil(value["low"])
        XCTAssertNil(value["high"])

        // Filled in here later, the fields survive the old bundle coming again.
        try store.records.update(Self.formatOneProject, ["reached": "48", "delivery": "civil-society"])
        let again = try store.sync.importBundle(at: Self.formatOne)
        XCTAssertEqual(again.byType[.project]?.updated ?? 0, 0)
        XCTAssertEqual(try store.records.record(Self.formatOneProject)?["reached"], "48")

        // What this laptop writes is format 2 and carries every field, empty or not.
        let out = try lab.export(store)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(lines[0].contains("\"version\":2,"), String(lines[0]))
        let projectLine = try XCTUnwrap(lines.first { $0.contains(Self.formatOneProject) && $0.contains("\"type\":\"project\"") })
        for field in ["targeted", "reached", "delivery", "outcome_value"] { XCTAssertTrue(projectLine.contains("\"\(field)\":["), field) }
        let valueLine = try XCTUnwrap(lines.first { $0.contains("iv-560307-s90s10-2024") })
        XCTAssertTrue(valueLine.contains("\"low\":[") && valueLine.contains("\"high\":["))
        let peer = try lab.replica()
        _ = try peer.sync.importBundle(at: out)
        XCTAssertEqual(try peer.sync.contentDigest(), try store.sync.contentDigest())
        XCTAssertEqual(try peer.records.record(Self.formatOneProject)?["reached"], "48")
    }

    /// A tisep reading a newer format refuses it by its header, before
    /// reading a record: nothing of it is imported, and the message says
    /// to upgrade. The file here is crafted: format 3, with a record type
    /// and a field this build has never heard of.
    func testANewerFormatIsRefusedWholeWithUpgradeTisep() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica()
        try a.entity("ชมรมผู้สูงอายุ")
        let b = try lab.replica()
        try b.entity("กลุ่มอาสาสมัคร")
        let before = try b.sync.contentDigest()
        let newer = lab.path("format3.tisep")
        try rewriteBundle(try lab.export(a), to: newer) { lines in
            [lines[0].replacingOccurrences(of: "\"version\":2,", with: "\"version\":3,")]
                + lines.dropFirst().map { $0.replacingOccurrences(of: "\"name_th\":", with: "\"colour\":[[\"1\",null]],\"name_th\":") }
                + ["{\"type\":\"budget-line\",\"id\":\"x\",\"stamp\":\"1\",\"fields\":{}}"]
        }
        XCTAssertThrowsError(try b.sync.importBundle(at: newer)) { error in
            XCTAssertEqual("\(error)", "made by a newer tisep (bundle format 3); this tisep reads formats up to 2: "
                + "upgrade tisep ('tisep --version' shows yours), then import the bundle again")
        }
        XCTAssertEqual(try b.sync.contentDigest(), before, "nothing of the newer bundle was imported")
        XCTAssertEqual(try b.records.count(.entity), 1)
    }

    /// In a format-2 bundle the new fields are not optional: a line without
    /// them was not written by a tisep of that format.
    func testAFormatTwoBundleCarriesTheNewFields() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica()
        _ = try a.records.create(.project, ["name_th": "โครงการ", "area": "560101", "reached": "50"])
        let cut = lab.path("cut.tisep")
        try rewriteBundle(try lab.export(a), to: cut) { lines in
            lines.map { line in
                guard let range = line.range(of: #","reached":\[\[[^\]]*\]\]"#, options: .regularExpression) else { return line }
                return line.replacingCharacters(in: range, with: "")
            }
        }
        XCTAssertThrowsError(try lab.replica().sync.importBundle(at: cut)) { XCTAssertTrue("\($0)".contains("lacks field reached"), "\($0)") }
    }

    func testTheProjectFieldsAreValidated() throws {
        let store = try smallStore()
        let id = try store.records.create(.project, ["name_th": "โครงการ", "area": "560101", "targeted": "1,200",
                                                     "reached": "950", "delivery": "Civil-Society", "outcome_value": "250000.5"])
        let p = try XCTUnwrap(try store.records.record(id))
        XCTAssertEqual(p["targeted"], "1200")
        XCTAssertEqual(p["delivery"], "civil-society")
        XCTAssertEqual(p["outcome_value"], "250000.5")
        for (field, bad) in [("reached", "-1"), ("targeted", "12.5"), ("delivery", "ngo"), ("outcome_value", "-3")] {
            XCTAssertThrowsError(try store.records.update(id, [field: bad]), "\(field)=\(bad)") { error in
                XCTAssertTrue("\(error)".contains(field), "\(error)")
            }
        }
        XCTAssertEqual(try store.records.record(id)?["reached"], "950", "a refused value changes nothing")
        XCTAssertThrowsError(try store.records.update(id, ["reached": "-1"])) { error in
            XCTAssertTrue("\(error)".contains("between 0 and"), "\(error)")
        }
    }
}
