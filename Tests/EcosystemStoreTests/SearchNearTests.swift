import XCTest
import EcosystemStore

/// Search that knows where you are (`SearchFilter.near`, `tisep search
/// --near`), what a resource hit says of itself, and English word starts.
final class SearchNearTests: XCTestCase {
    /// Elderly clubs in Wiang, in Mae Tam (its amphoe), in Chun (its
    /// province), in Sateng (Yala), one serving all of Phayao, and a
    /// resource of each kind.
    private func clubs() throws -> (Store, [String: String]) {
        let store = try smallStore()
        try store.transaction {
            try store.areas.upsert(Area(code: "5602", level: .amphoe, parent: "56", nameTH: "จุน", nameEN: "Chun"))
            try store.areas.upsert(Area(code: "560201", level: .tambon, parent: "5602", nameTH: "ห้วยข้าวก่ำ", nameEN: "Huai Khao Kam",
                                        lat: 19.35, lon: 100.13))
        }
        var ids: [String: String] = [:]
        func club(_ key: String, _ name: String, _ area: String, english: String? = nil) throws {
            var fields = ["name_th": name, "p4": "player", "role": "implementer", "area": area]
            if let english { fields["name_en"] = english }
            ids[key] = try store.records.create(.entity, fields)
        }
        // Created far first, so that no order of writing explains the ranking.
        try club("yala", "ชมรมผู้สูงอายุตำบลสะเตง", "950101")
        try club("province", "สภาผู้สูงอายุจังหวัดพะเยา", "56")
        try club("chun", "ชมรมผู้สูงอายุตำบลห้วยข้าวก่ำ", "560201")
        try club("maetam", "ชมรมผู้สูงอายุตำบลแม่ต๋ำ", "560102", english: "Mae Tam Elderly Volunteers")
        try club("wiang", "ชมรมผู้สูงอายุตำบลเวียง", "560101")
        ids["need"] = try store.records.create(.resource, ["entity": ids["wiang"]!, "kind": "need", "category": "funding",
                                                           "description": "งบกิจกรรมโรงเรียนผู้สูงอายุ"])
        ids["offer"] = try store.records.create(.resource, ["entity": ids["chun"]!, "kind": "offer", "category": "venue",
                                                            "description": "ลานกิจกรรมผู้สูงอายุ"])
        return (store, ids)
    }

    func testNearRanksFromTheTambonOutwardWithoutLeavingAnythingOut() throws {
        let (store, ids) = try clubs()
        let elements = SearchFilter(kind: .element)
        let plain = try store.search("ผู้สูงอายุ", filter: elements)
        var near = elements
        near.near = "560101"
        let ranked = try store.search("ผู้สูงอายุ", filter: near)
        XCTAssertEqual(Set(ranked.map(\.id)), Set(plain.map(\.id)), "--near orders, it does not filter")
        XCTAssertEqual(ranked.map(\.id), ["wiang", "maetam", "chun", "province", "yala"].map { ids[$0]! },
                       "the same tambon, its amphoe, its province (Chun's club and the provincial council, in Thai order), elsewhere")
        XCTAssertEqual(ranked.map(\.nearness), [0, 1, 2, 2, 3])
        near.near = "TH5602"
        let fromChun = try store.search("ผู้สูงอายุ", filter: near)
        XCTAssertEqual(fromChun.first?.id, ids["chun"]!)
        XCTAssertEqual(fromChun.last?.id, ids["yala"]!)
        XCTAssertEqual(Set(fromChun.prefix(4).map(\.id)), Set(["chun", "province", "wiang", "maetam"].map { ids[$0]! }))

        // Resources and listings too, and an exact name still comes first.
        var everything = SearchFilter(near: "560201")
        XCTAssertEqual(try store.search("ผู้สูงอายุ", filter: everything).filter { $0.kind == .resource }.map(\.id), [ids["offer"]!, ids["need"]!])
        XCTAssertEqual(try store.search("ชมรมผู้สูงอายุตำบลสะเตง", filter: everything).first?.id, ids["yala"]!)
        everything.kind = .resource
        XCTAssertEqual(try store.search("", filter: everything).map(\.id), [ids["offer"]!, ids["need"]!])
    }

    func testAResourceHitSaysOfferOrNeedItsCategoryAndWho() throws {
        let (store, ids) = try clubs()
        let hit = try XCTUnwrap(try store.search("โรงเรียนผู้สูงอายุ").first { $0.id == ids["need"]! })
        XCTAssertEqual(hit.resourceKind, .need)
        XCTAssertEqual(hit.category, .funding)
        XCTAssertEqual(hit.elementName, "ชมรมผู้สูงอายุตำบลเวียง")
        XCTAssertEqual(hit.area, "560101", "filed under its organisation's tambon")
    }

    /// One or two letters find the start of a name, and in English the start
    /// of any word of it ("vo" finds the volunteers, as "vol" does).
    func testOneOrTwoLettersFindEnglishWordStarts() throws {
        let (store, ids) = try clubs()
        XCTAssertEqual(try store.search("vo").map(\.id), [ids["maetam"]!])
        XCTAssertEqual(try store.search("el").map(\.id), [ids["maetam"]!])
        XCTAssertEqual(try store.search("ma").map(\.id), ["560102", ids["maetam"]!], "and still the start of a name (the tambon Mae Tam)")
        XCTAssertEqual(try store.search("vol").map(\.id), [ids["maetam"]!])
        XCTAssertEqual(try store.search("ld").map(\.id), [], "not the inside of a word")
        try store.records.update(ids["maetam"]!, ["name_en": "Mae Tam Elders"])
        XCTAssertEqual(try store.search("vo").map(\.id), [], "a renamed element leaves no word behind")
        XCTAssertEqual(try store.search("el").map(\.id), [ids["maetam"]!])
        // Areas too: "ph" finds Mueang Phayao by its second word.
        XCTAssertTrue(try store.search("ph").contains { $0.id == "5601" })
    }
}
