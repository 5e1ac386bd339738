import Foundation
import XCTest
@testable import EcosystemStore

/// `store.elements.matches`: the scorer over what the database holds, and a
/// need's status (open or met).
final class NeedMatchingStoreTests: XCTestCase {
    /// Issue 16's first mistake, in a database: a weaving group's need for a
    /// revolving fund met by a loan, not by the welfare fund that pays funerals.
    private func weavingTambon() throws -> (store: Store, need: String, loan: String, welfare: String) {
        let store = try smallStore()
        let weavers = try store.records.create(.entity, ["name_th": "กลุ่มทอผ้าไทลื้อบ้านเวียง", "p4": "player", "role": "implementer",
                                                         "area": "560101", "issues": "grassroots-economy"])
        let welfareFund = try store.records.create(.entity, ["name_th": "กองทุนสวัสดิการชุมชนตำบลเวียง", "p4": "asset", "area": "560101"])
        let bank = try store.records.create(.entity, ["name_th": "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาแม่ต๋ำ", "p4": "player",
                                                      "role": "supporter", "area": "560102", "issues": "grassroots-economy"])
        let need = try store.records.create(.resource, ["entity": weavers, "kind": "need", "category": "funding",
                                                        "description": "เงินทุนหมุนเวียนและบรรจุภัณฑ์สำหรับกลุ่มทอผ้าไทลื้อ"])
        let welfare = try store.records.create(.resource, ["entity": welfareFund, "kind": "offer", "category": "funding",
                                                           "description": "สวัสดิการช่วยเหลือสมาชิกยามเจ็บป่วยและค่าทำศพ"])
        let loan = try store.records.create(.resource, ["entity": bank, "kind": "offer", "category": "funding",
                                                        "description": "สินเชื่อดอกเบี้ยต่ำเป็นทุนหมุนเวียนให้กลุ่มอาชีพและวิสาหกิจชุมชน"])
        return (store, need, loan, welfare)
    }

    func testTheOfferThatSharesSubstanceComesFirstWithItsReason() throws {
        let (store, need, loan, welfare) = try weavingTambon()
        let matches = try store.elements.matches(inAreaOrBelow: "560101")
        XCTAssertEqual(matches.map(\.need.id), [need])
        let offers = matches[0].offers
        XCTAssertEqual(offers.map(\.offer.id), [loan, welfare], "the loan from the next tambon before the welfare fund next door")
        XCTAssertEqual(offers[0].match.strength, .substance)
        XCTAssertTrue(offers[0].match.reasonThai.hasPrefix("เงินทุนหมุนเวียน"), offers[0].match.reasonThai)
        XCTAssertTrue(offers[0].match.reasonEnglish.contains("same amphoe"), offers[0].match.reasonEnglish)
        XCTAssertEqual(offers[0].area, "560102")
        XCTAssertEqual(offers[1].match.strength, .sameCategoryOnly)
        XCTAssertTrue(offers[1].match.reasonEnglish.hasPrefix("same category only (funding)"), offers[1].match.reasonEnglish)
        XCTAssertFalse(matches[0].isGap)
        // The amphoe and the province list the same need with the same offers and reasons.
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "5601"), matches)
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "56"), matches)
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "560102"), [], "the bank's tambon has no need")
    }

    func testAMetNeedLeavesTheMatchesAndComesBackWhenUndone() throws {
        let (store, need, _, _) = try weavingTambon()
        XCTAssertEqual(try store.records.record(need)?["status"], "open", "a need is open until marked met")
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "560101").count, 1)
        let (_, undo) = try store.records.updateUndoable(need, ["status": "met"])
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "560101"), [], "a met need is no longer matched")
        XCTAssertEqual(try store.elements.resources(inAreaOrBelow: "560101", kind: .need).first?.status, .met)
        XCTAssertEqual(try store.elements.situation(of: "560101")?.openNeeds.count, 0)
        try store.records.apply(undo)
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "560101").map(\.need.id), [need])
        XCTAssertThrowsError(try store.records.update(need, ["status": "done"])) { error in
            XCTAssertTrue("\(error)".contains("open"), "\(error)")
        }
    }

    func testAResourceStatusTravelsInBundlesAndOldBundlesReadAsOpen() throws {
        let lab = try SyncLab(self)
        let (a, need, _, _) = try weavingTambon()
        try a.records.update(need, ["status": "met"])
        let b = try lab.replica()
        try lab.send(a, b)
        XCTAssertEqual(try b.records.record(need)?["status"], "met")
        XCTAssertEqual(try b.sync.contentDigest(), try a.sync.contentDigest())

        // A bundle of a tisep from before the field: resources without a status are open.
        let fresh = try weavingTambon()
        let path = try lab.export(fresh.store)
        let old = lab.path("old.tisep")
        try rewriteBundle(path, to: old) { lines in
            lines.map { line in
                guard line.contains("\"type\":\"resource\"") else { return line }
                return line.replacingOccurrences(of: #","status":\[\["[^"]+","open"\]\]"#, with: "", options: .regularExpression)
            }
        }
        XCTAssertFalse(try String(contentsOfFile: old, encoding: .utf8).contains("\"status\":[[\""), "the field is gone from the old bundle")
        let c = try lab.replica()
        try c.sync.importBundle(at: old)
        XCTAssertEqual(try c.records.record(fresh.need)?["status"], "open")
        XCTAssertEqual(try c.elements.matches(inAreaOrBelow: "560101").map(\.need.id), [fresh.need])
    }

    func testAnEditAfterTheMatchesWereReadIsSeen() throws {
        let (store, need, loan, _) = try weavingTambon()
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "560101").first?.offers.first?.offer.id, loan)
        try store.records.delete(loan)
        XCTAssertNotEqual(try store.elements.matches(inAreaOrBelow: "560101").first?.offers.first?.offer.id, loan,
                          "the matcher kept for the province is rebuilt after a write")
        XCTAssertEqual(try store.elements.matches(inAreaOrBelow: "560101").first?.need.id, need)
    }
}
