import XCTest
import EcosystemStore

/// Working in the field: undo through the store, duplicates and merges,
/// case codes, the contact and referral log, needs matched with offers.
final class FieldWorkTests: XCTestCase {
    func testUndoIsANewStampedEdit() throws {
        let store = try smallStore()
        let (id, undoCreate) = try store.records.createUndoable(.entity, ["name_th": "รพ.สต.เวียง", "p4": "player", "role": "implementer", "area": "560101", "phone": "0812345678"])
        let (changed, undoSet) = try store.records.updateUndoable(id, ["phone": "054-123-456", "name_en": "Wiang HPH"])
        XCTAssertEqual(changed.sorted(), ["name_en", "phone"])
        try store.records.apply(undoSet)
        var r = try XCTUnwrap(store.records.record(id))
        XCTAssertEqual(r["phone"], "0812345678")
        XCTAssertNil(r["name_en"])
        let history = try XCTUnwrap(store.records.history(of: id)?.fields.first { $0.field == "phone" }).versions.map(\.value)
        XCTAssertTrue(history.contains("054123456"), "the undone value stays in history: \(history)")
        let undoDelete = try store.records.deleteUndoable(id)
        try store.records.apply(undoDelete)
        XCTAssertFalse(try XCTUnwrap(store.records.record(id)).deleted)
        try store.records.apply(undoCreate)
        r = try XCTUnwrap(store.records.record(id))
        XCTAssertTrue(r.deleted, "undoing a create deletes (a tombstone that syncs)")
    }

    func testCloseNames() {
        XCTAssertEqual(NameMatch.fold("โรงพยาบาลส่งเสริมสุขภาพตำบล เวียง"), NameMatch.fold("รพ.สต.เวียง"))
        XCTAssertTrue(NameMatch.isClose(NameMatch.fold("รพ.สต. ตำบลเวียง"), NameMatch.fold("รพ.สต.เวียง")))
        XCTAssertTrue(NameMatch.isClose(NameMatch.fold("ชมรมผู้สูงอายุเวียง"), NameMatch.fold("ชมรมผู้สูงอายุเวียง")), "a typo")
        XCTAssertFalse(NameMatch.isClose(NameMatch.fold("อบต.เวียง"), NameMatch.fold("รพ.สต.เวียง")), "another kind of organisation")
        XCTAssertFalse(NameMatch.isClose(NameMatch.fold("ชมรมผู้สูงอายุเวียง"), NameMatch.fold("ชมรมผู้สูงอายุแม่กา")))
        XCTAssertTrue(NameMatch.isClose(NameMatch.fold("Wiang Health Centre"), NameMatch.fold("wiang health center")))
    }

    func testDuplicatesServeTheSameTambon() throws {
        let store = try smallStore()
        let hph = try store.records.create(.entity, ["name_th": "โรงพยาบาลส่งเสริมสุขภาพตำบลเวียง", "p4": "player", "area": "560101"])
        _ = try store.records.create(.entity, ["name_th": "อบต.เวียง", "p4": "player", "area": "560101"])
        XCTAssertEqual(try store.records.possibleDuplicates(ofName: "รพ.สต.เวียง", areas: ["560101"]).map(\.id), [hph])
        XCTAssertEqual(try store.records.possibleDuplicates(ofName: "รพ.สต.เวียง", areas: ["560102"]), [], "another tambon: not a duplicate")
        XCTAssertEqual(try store.records.possibleDuplicates(ofName: "รพ.สต.เวียง", areas: ["560101"], excluding: hph), [])
    }

    func testMergeKeepsEverythingOfBoth() throws {
        let store = try smallStore()
        let keep = try store.records.create(.entity, ["name_th": "รพ.สต.เวียง", "p4": "player", "area": "560101", "phone": "054123456"])
        let drop = try store.records.create(.entity, ["name_th": "โรงพยาบาลส่งเสริมสุขภาพตำบลเวียง", "p4": "player", "role": "implementer",
                                              "area": "560102", "email": "hph@example.org", "target_groups": "poor-elderly"])
        let contact = try store.records.create(.contact, ["entity": drop, "name": "คุณสมศรี", "phone": "0899999999"])
        let offer = try store.records.create(.resource, ["entity": drop, "kind": "offer", "category": "care"])
        let log = try store.records.create(.contactLog, ["entity": drop, "date": "2568-11-02", "who": "สมศรี", "channel": "phone"])
        let referral = try store.records.create(.referral, ["area": "560101", "case_code": "PY-0001", "to_entity": drop, "need": offer])
        let project = try store.records.create(.project, ["name_th": "โครงการ", "lead": drop, "partners": "\(keep),\(drop)"])
        let report = try store.records.merge(keep: keep, drop: drop)
        XCTAssertEqual(report.repointed, [contact, log, offer, project, referral].sorted())
        let kept = try XCTUnwrap(store.records.record(keep))
        XCTAssertEqual(kept["name_th"], "รพ.สต.เวียง", "KEEP's own values stay")
        XCTAssertEqual(kept["phone"], "054123456")
        XCTAssertEqual(kept["email"], "hph@example.org", "empty fields are filled from DROP")
        XCTAssertEqual(kept["role"], "implementer")
        XCTAssertEqual(kept["area"], "560101,560102", "served areas are joined")
        XCTAssertTrue(try XCTUnwrap(store.records.record(drop)).deleted)
        XCTAssertEqual(try store.records.record(contact)?["entity"], keep)
        XCTAssertEqual(try store.records.record(referral)?["to_entity"], keep)
        XCTAssertEqual(try store.records.record(project)?["partners"], keep)
        XCTAssertEqual(try store.logs.contactLogs(ofElement: keep).map(\.id), [log])
        XCTAssertEqual(try store.elements.detail(keep)?.contacts.map(\.id), [contact])
        // The merge is undone by its inverse edits.
        try store.records.apply(report.undo)
        XCTAssertFalse(try XCTUnwrap(store.records.record(drop)).deleted)
        XCTAssertEqual(try store.records.record(contact)?["entity"], drop)
        XCTAssertNil(try store.records.record(keep)?["email"])
        XCTAssertThrowsError(try store.records.merge(keep: keep, drop: contact), "records of different types")
    }

    func testCaseCodesNeverIdentifyAPerson() throws {
        let store = try smallStore()
        for bad in ["1234567890123", "1-2345-67890-12-3", "1 2345 67890 12 3", "0812345678", "081-234-5678", "สมชาย ใจดี", "Somchai",
                    "สมชาย1", "PY 0001", "ID1234567890123"] {
            XCTAssertThrowsError(try store.records.create(.referral, ["area": "560101", "case_code": bad]), bad) { error in
                XCTAssertTrue("\(error)".contains("case_code"), "\(error)")
            }
        }
        let id = try store.records.create(.referral, ["area": "560101", "case_code": "py-2568-0012", "target_group": "poor-elderly"])
        XCTAssertEqual(try store.records.record(id)?["case_code"], "PY-2568-0012")
        XCTAssertEqual(try store.logs.referrals(inAreaOrBelow: "5601").map(\.caseCode), ["PY-2568-0012"])
    }

    func testLogCountsAndNeedsMatchedWithOffersNearby() throws {
        let store = try smallStore()
        let needer = try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุเวียง", "p4": "player", "area": "560101"])
        let near = try store.records.create(.entity, ["name_th": "รพ.สต.เวียง", "p4": "player", "area": "560101", "phone": "054123456"])
        let amphoe = try store.records.create(.entity, ["name_th": "รพ.สต.แม่ต๋ำ", "p4": "player", "area": "560102"])
        let province = try store.records.create(.entity, ["name_th": "พมจ.พะเยา", "p4": "player", "area": "56"])
        let other = try store.records.create(.entity, ["name_th": "ศูนย์ยะลา", "p4": "player", "area": "950101"])
        let need = try store.records.create(.resource, ["entity": needer, "kind": "need", "category": "care", "description": "ดูแลผู้สูงอายุติดเตียง"])
        for e in [province, amphoe, near, other] { _ = try store.records.create(.resource, ["entity": e, "kind": "offer", "category": "care"]) }
        _ = try store.records.create(.resource, ["entity": near, "kind": "offer", "category": "funding"])
        let matches = try store.elements.matches(inAreaOrBelow: "560101")
        XCTAssertEqual(matches.count, 1)
        XCTAssertEqual(matches[0].need.id, need)
        XCTAssertEqual(matches[0].offers.map(\.offer.elementID), [near, amphoe, province], "tambon, then amphoe, then province; not Yala")
        XCTAssertEqual(matches[0].offers.map(\.match.proximity), [.sameTambon, .sameAmphoe, .sameProvince])
        XCTAssertEqual(Set(matches[0].offers.map(\.match.strength)), [.sameCategoryOnly], "offers without a word in common share the category only")
        XCTAssertEqual(matches[0].offers[0].contact, "054-123-456")

        _ = try store.records.create(.contactLog, ["entity": near, "date": "2025-11-02", "who": "คุณแดง", "channel": "phone", "outcome": "รับเรื่อง"])
        _ = try store.records.create(.referral, ["area": "560101", "case_code": "PY-1", "need": need, "to_entity": near])
        _ = try store.records.create(.referral, ["area": "560101", "case_code": "PY-2", "to_entity": near, "status": "done"])
        let counts = try store.logs.counts(inAreaOrBelow: "560101")
        XCTAssertEqual(counts.contactLogs, 1)
        XCTAssertEqual(counts.referrals, 2)
        XCTAssertEqual(counts.openReferrals, 1)
        XCTAssertEqual(try store.logs.referrals(toElement: near).first { $0.caseCode == "PY-1" }?.needText, "ดูแลผู้สูงอายุติดเตียง")
    }

    /// The count of one group in one area and year is one record, whoever
    /// sets it and however often (the year in either era); setting it again
    /// brings a deleted one back.
    func testAVulnerableGroupCountIsOneRecordPerAreaGroupAndYear() throws {
        let store = try smallStore()
        let first = try store.records.setVulnerableCount(["area": "560101", "target_group": "stateless", "registered": "12", "year": "2025"])
        XCTAssertEqual(first.id, "vg-560101-stateless-2025")
        XCTAssertEqual(first.undo, [.delete(first.id)])
        let again = try store.records.setVulnerableCount(["area": "560101", "target_group": "stateless", "reached": "3", "year": "2568"])
        XCTAssertEqual(again.id, first.id)
        XCTAssertEqual(try store.records.count(.vulnerable), 1)
        XCTAssertEqual(try store.records.record(first.id)?["registered"], "12")
        XCTAssertEqual(try store.records.record(first.id)?["reached"], "3")

        try store.records.delete(first.id)
        let revived = try store.records.setVulnerableCount(["area": "560101", "target_group": "stateless", "registered": "14", "year": "2025"])
        XCTAssertEqual(try store.records.record(first.id)?.deleted, false)
        try store.records.apply(revived.undo)
        XCTAssertEqual(try store.records.record(first.id)?.deleted, true, "the undo deletes it again")
        XCTAssertEqual(try store.records.record(first.id)?["registered"], "12")
        XCTAssertThrowsError(try store.records.setVulnerableCount(["area": "560101", "registered": "1"]), "a group is required")
    }
}
