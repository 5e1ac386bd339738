import XCTest
@testable import EcosystemStore

final class StoreEditingTests: XCTestCase {
    func testCreateReadUpdateDeleteRestore() throws {
        let store = try smallStore()
        let id = try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุตำบลเวียง", "p4": "player", "role": "implementer",
                                            "area": "TH560101", "phone": "081-234-5678", "target_groups": "poor-elderly"])
        var e = try XCTUnwrap(store.records.record(id))
        XCTAssertEqual(e["name_th"], "ชมรมผู้สูงอายุตำบลเวียง")
        XCTAssertEqual(e["phone"], "0812345678")
        XCTAssertEqual(e["area"], "560101")
        XCTAssertFalse(e.deleted)

        XCTAssertEqual(try store.records.update(id, ["phone": "054-123-456", "name_en": "Wiang Elderly Club"]).sorted(), ["name_en", "phone"])
        XCTAssertEqual(try store.records.update(id, ["phone": "054123456"]), [], "an unchanged value is not an edit")
        e = try XCTUnwrap(store.records.record(id))
        XCTAssertEqual(e["phone"], "054123456")
        let lost = try store.db.query("SELECT field, value FROM history WHERE record_id = ? ORDER BY field", [id]) { "\($0.text(0))=\($0.text(1))" }
        XCTAssertEqual(lost, ["name_en=", "phone=0812345678"])

        try store.records.delete(id)
        XCTAssertTrue(try XCTUnwrap(store.records.record(id)).deleted)
        XCTAssertTrue(try store.search("ชมรมผู้สูงอายุ").isEmpty, "a deleted record is not found")
        try store.records.update(id, ["description": "still deleted"])
        XCTAssertTrue(try XCTUnwrap(store.records.record(id)).deleted, "an edit of another field does not revive a record")
        try store.records.restore(id)
        XCTAssertFalse(try XCTUnwrap(store.records.record(id)).deleted)
        XCTAssertEqual(try store.search("ชมรมผู้สูงอายุ").map(\.id), [id])
    }

    func testValidationNamesTheField() throws {
        let store = try smallStore()
        XCTAssertThrowsError(try store.records.create(.entity, ["name_th": "x", "p4": "thing"])) { error in
            XCTAssertTrue("\(error)".contains("p4"), "\(error)")
        }
        XCTAssertThrowsError(try store.records.create(.entity, ["name_th": "x", "p4": "player", "phone": "12345"])) { error in
            XCTAssertTrue("\(error)".contains("phone"), "\(error)")
            // The command line says it in English; the Thai interface has its own words.
            guard case let StoreError.invalidValue(_, _, reason) = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".hasSuffix(reason.english))
            XCTAssertEqual(reason.thai, "เบอร์ไทยขึ้นต้นด้วย 0")
        }
        XCTAssertThrowsError(try store.records.create(.entity, ["name_th": "x", "p4": "asset", "role": "connector"]))
        XCTAssertThrowsError(try store.records.create(.entity, ["p4": "player"]))
        XCTAssertThrowsError(try store.records.create(.entity, ["name_th": "x", "p4": "player", "area": "999999"]))
        XCTAssertThrowsError(try store.records.create(.entity, ["name_th": "x", "p4": "player", "colour": "red"])) { error in
            XCTAssertTrue("\(error)".contains("colour"))
        }
        XCTAssertThrowsError(try store.records.create(.contact, ["entity": "no-such-id"]))
        XCTAssertEqual(try store.records.count(.entity, includeDeleted: true), 0, "nothing half-written")
    }
}
