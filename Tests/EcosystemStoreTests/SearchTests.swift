import XCTest
import EcosystemStore

final class SearchTests: XCTestCase {
    private func storeWithElements() throws -> (Store, [String: String]) {
        let store = try smallStore()
        var ids: [String: String] = [:]
        ids["club"] = try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุตำบลเวียง", "name_en": "Wiang Elderly Club", "p4": "player",
                                                 "role": "implementer", "area": "560101", "phone": "0815550001"])
        ids["hospital"] = try store.records.create(.entity, ["name_th": "โรงพยาบาลส่งเสริมสุขภาพตำบลแม่ต๋ำ", "p4": "player", "role": "implementer",
                                                     "area": "560102", "description": "เยี่ยมบ้านผู้ป่วยติดเตียง"])
        ids["fund"] = try store.records.create(.entity, ["name_th": "กองทุนสวัสดิการชุมชนตำบลสะเตง", "p4": "asset", "area": "950101",
                                                 "email": "fund@demo.invalid"])
        ids["offer"] = try store.records.create(.resource, ["entity": ids["hospital"]!, "kind": "offer", "category": "care",
                                                    "description": "ดูแลผู้สูงอายุติดเตียงที่บ้าน"])
        ids["project"] = try store.records.create(.project, ["name_th": "ธนาคารเวลาเพื่อผู้สูงอายุ", "area": "5601", "status": "active"])
        return (store, ids)
    }

    func testThaiSubstringsOfEveryLength() throws {
        let (store, ids) = try storeWithElements()
        XCTAssertEqual(Set(try store.search("สูงอายุ").map(\.id)), [ids["club"]!, ids["offer"]!, ids["project"]!])
        XCTAssertEqual(try store.search("ติดเตียง").map(\.id).sorted(), [ids["hospital"]!, ids["offer"]!].sorted())
        // Below three scalars the trigram index cannot match: a key (name,
        // code, phone…) starting with the letters must.
        XCTAssertTrue(try store.search("แม").map(\.id).contains("560102"), "2 scalars")
        XCTAssertTrue(try store.search("ก").contains { $0.id == ids["fund"]! }, "1 scalar")
        XCTAssertEqual(try store.search("95").first?.id, "95", "a geocode prefix")
        XCTAssertEqual(try store.search("08").map(\.id), [ids["club"]!], "a phone prefix")
        // Inside a name, one or two letters are not looked for.
        XCTAssertFalse(try store.search("ต๋").contains { $0.id == ids["hospital"]! })
        XCTAssertTrue(try store.search("ที่").contains { $0.id == ids["offer"]! }, "one cluster, three scalars")
        // Several words: every one must match.
        XCTAssertEqual(try store.search("ชมรม เวียง").map(\.id), [ids["club"]!])
        XCTAssertEqual(try store.search("ชมรม แม่ต๋ำ").map(\.id), [])
    }

    func testEnglishPhoneEmailAndRanking() throws {
        let (store, ids) = try storeWithElements()
        XCTAssertEqual(try store.search("ELDERLY club").first?.id, ids["club"]!)
        XCTAssertEqual(try store.search("081-555-0001").first?.id, ids["club"]!)
        XCTAssertEqual(try store.search("5550001").first?.id, ids["club"]!)
        XCTAssertEqual(try store.search("fund@demo").first?.id, ids["fund"]!)
        // Exact name first.
        XCTAssertEqual(try store.search("เวียง").first?.id, "560101")
        XCTAssertEqual(try store.search("Phayao").first?.id, "56")
    }

    func testFilters() throws {
        let (store, ids) = try storeWithElements()
        XCTAssertEqual(try store.search("ตำบล", filter: SearchFilter(p4: .asset)).map(\.id), [ids["fund"]!])
        XCTAssertEqual(Set(try store.search("", filter: SearchFilter(kind: .element, area: "56")).map(\.id)), [ids["club"]!, ids["hospital"]!])
        XCTAssertEqual(try store.search("", filter: SearchFilter(kind: .element, area: "95")).map(\.id), [ids["fund"]!])
        // A resource without its own area is filed under its element's.
        XCTAssertEqual(try store.search("", filter: SearchFilter(kind: .resource, area: "560102")).map(\.id), [ids["offer"]!])
        XCTAssertEqual(try store.search("", filter: SearchFilter(kind: .project, area: "5601")).map(\.id), [ids["project"]!])
        XCTAssertEqual(try store.search("", filter: SearchFilter(kind: .element, area: "56", limit: 1)).count, 1)
        // A listing of an area without a kind: the area, the areas below it and what serves them.
        let listing = try store.search("", filter: SearchFilter(area: "5601")).map(\.id)
        XCTAssertTrue(Set(["5601", "560101", "560102", ids["club"]!, ids["hospital"]!, ids["offer"]!]).isSubset(of: Set(listing)), "\(listing)")
        XCTAssertFalse(listing.contains("56") || listing.contains(ids["fund"]!), "nothing above or outside the area")
    }

    func testHostileQueriesNeverThrow() throws {
        let (store, _) = try storeWithElements()
        for q in ["\"(*", "\"", "\"\"\"", "*", "AND", "OR", "NOT x", "a AND", "col:val", "^start", "NEAR(a b, 2)", "'",
                  "\u{0}", "%", "_", "\\", "ก\u{0E48}\u{0E48}\u{0E48}", String(repeating: "ก", count: 5000), "  ", "\n"] {
            XCTAssertNoThrow(try store.search(q), q)
        }
    }

    /// One or two letters are what a coordinator types first; in Thai,
    /// with no spaces between words, they mean the start of a place name.
    func testOneOrTwoLettersFindPlacesFirstAheadOfManyElements() throws {
        let store = try smallStore()
        try store.transaction {
            for a in [Area(code: "52", level: .province, parent: nil, nameTH: "ลำปาง", nameEN: "Lampang"),
                      Area(code: "5201", level: .amphoe, parent: "52", nameTH: "เมืองลำปาง", nameEN: "Mueang Lampang"),
                      Area(code: "520101", level: .tambon, parent: "5201", nameTH: "ลำปางหลวง", nameEN: "Lampang Luang"),
                      Area(code: "51", level: .province, parent: nil, nameTH: "ลำพูน", nameEN: "Lamphun")] {
                try store.areas.upsert(a)
            }
            // More elements than a page of candidates, all sorting before
            // ลำปาง in key order (ด before ป).
            for i in 1...260 { _ = try store.records.create(.entity, ["name_th": "ลำดวนรวมใจ \(i)", "p4": "player", "area": "560101"]) }
        }
        let exact = try store.records.create(.entity, ["name_th": "ลำดวน", "p4": "player", "area": "560101"])
        XCTAssertEqual(try store.search("ลำ").prefix(3).map(\.id), ["52", "51", "520101"], "provinces first, then the tambon")
        XCTAssertEqual(try store.search("ลำ", filter: SearchFilter(kind: .element)).first?.id, exact, "the shortest name first")
        XCTAssertEqual(try store.search("ลำดวน").first?.id, exact, "a broad word: the exact name first")
        XCTAssertEqual(try store.search("ลำดวน", filter: SearchFilter(limit: 10)).count, 10)
        XCTAssertEqual(try store.search("ดวนรวม", filter: SearchFilter(limit: 300)).count, 260, "3+ scalars: inside names too")
    }

    func testSearchInsideAnOpenTransactionSeesItsWrites() throws {
        let (store, _) = try storeWithElements()
        try store.transaction {
            let id = try store.records.create(.entity, ["name_th": "ศูนย์ดูแลเด็กเล็กบ้านเวียง", "p4": "asset", "area": "560101"])
            XCTAssertEqual(try store.search("ศูนย์ดูแลเด็กเล็กบ้านเวียง").first?.id, id)
        }
        XCTAssertEqual(try store.search("ศูนย์ดูแล").count, 1)
    }

    func testLonePunctuationFindsNothingAndDoesNotFail() throws {
        let (store, _) = try storeWithElements()
        for q in ["[", "^", "*", "%", "_", "\\", "\"", "'", "-", "(", "ๆ", "🙂"] {
            XCTAssertEqual(try store.search(q), [], q)
        }
    }

    func testIndexFollowsEditsAndContacts() throws {
        let (store, ids) = try storeWithElements()
        try store.records.update(ids["club"]!, ["name_th": "ชมรมคนวัยเก๋า"])
        XCTAssertFalse(try store.search("สูงอายุตำบลเวียง").contains { $0.id == ids["club"]! })
        XCTAssertEqual(try store.search("วัยเก๋า").map(\.id), [ids["club"]!])
        let contact = try store.records.create(.contact, ["entity": ids["fund"]!, "name": "นางสาวมาลี", "phone": "0935551234"])
        XCTAssertEqual(try store.search("0935551234").map(\.id), [ids["fund"]!])
        try store.records.delete(contact)
        XCTAssertEqual(try store.search("0935551234").map(\.id), [])
    }
}
