import XCTest
import EcosystemStore

final class TextTests: XCTestCase {
    func testNFCNeverNFKC() {
        // SARA AM stays one scalar (NFKC would split it into NIKHAHIT + SARA AA).
        XCTAssertEqual("น้ำ".nfc.unicodeScalars.count, 3)
        XCTAssertEqual("\u{0E19}\u{0E49}\u{0E4D}\u{0E32}".nfc, "\u{0E19}\u{0E49}\u{0E4D}\u{0E32}")
        XCTAssertEqual("ที่".scalarCount, 3)
        XCTAssertEqual("Phayao".searchFolded, "phayao")
    }

    /// `trimmingWhitespace` is written out for speed; it must trim what Foundation trims.
    func testTrimmingWhitespaceAgreesWithFoundation() {
        let samples = ["", " ", "\t\n\r", "ชมรม", "  ชมรม ผู้สูงอายุ\u{00A0}", "\u{3000}x\u{2029}", "\u{0085}a b\u{000B}",
                       "\u{200B}zero width\u{200B}", " \u{0E31}", "x\u{1680}", "\u{202F}\u{205F}\u{2028}", "\u{FEFF}bom"]
        for s in samples {
            XCTAssertEqual(s.trimmingWhitespace(), s.trimmingCharacters(in: .whitespacesAndNewlines), s.debugDescription)
        }
    }

    func testThaiDictionaryOrder() {
        let names = ["เวียง", "แม่ต๋ำ", "บ้านต๋อม", "จุน", "ไชยสถาน", "กาด", "โป่ง"]
        // Leading vowels sort after their consonant: กาด, จุน, ไชยสถาน, บ้านต๋อม, โป่ง, แม่ต๋ำ, เวียง.
        XCTAssertEqual(names.sorted(by: ThaiCollation.less), ["กาด", "จุน", "ไชยสถาน", "บ้านต๋อม", "โป่ง", "แม่ต๋ำ", "เวียง"])
        XCTAssertTrue(ThaiCollation.less("Chun", "chun2"))
    }

    func testPhoneNumbers() {
        func ok(_ s: String) -> String? { if case let .success(d) = PhoneNumber.normalize(s) { return d }; return nil }
        XCTAssertEqual(ok("081-234-5678"), "0812345678")
        XCTAssertEqual(ok("081 234 5678"), "0812345678")
        XCTAssertEqual(ok("+66 81 234 5678"), "0812345678")
        XCTAssertEqual(ok("02-123-4567"), "021234567")
        XCTAssertEqual(ok("054-123-456"), "054123456")
        XCTAssertNil(ok("12345"))
        XCTAssertNil(ok("0712345678"), "10 digits must be a mobile prefix")
        XCTAssertNil(ok("081-abc-5678"))
        XCTAssertNil(ok("1812345678"))
        XCTAssertEqual(PhoneNumber.format("0812345678"), "081-234-5678")
        XCTAssertEqual(PhoneNumber.format("021234567"), "02-123-4567")
        XCTAssertEqual(PhoneNumber.format("054123456"), "054-123-456")
    }

    func testCSVQuotesNewlinesAndBOM() throws {
        let t = try CSVTable(text: "\u{FEFF}a,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n\"multi\nline\",,\"\"\n4,5,6")
        XCTAssertEqual(t.header, ["a", "b", "c"])
        XCTAssertEqual(t.rows.map(\.fields), [["1", "x, \"y\"", "3"], ["multi\nline", "", ""], ["4", "5", "6"]])
        XCTAssertEqual(t.rows.map(\.line), [2, 3, 5])
        XCTAssertThrowsError(try CSVTable(text: "a\n\"open"))
        XCTAssertThrowsError(try CSVTable(text: ""))
    }

    func testDatesAcceptBuddhistEra() {
        XCTAssertEqual(CalendarDate.parse("2568-11-02"), "2025-11-02")
        XCTAssertEqual(CalendarDate.parse("02/11/2568"), "2025-11-02")
        XCTAssertNil(CalendarDate.parse("2025-13-01"))
        XCTAssertEqual(CalendarDate.display("2025-11-02", thai: true), "2 พ.ย. 2568")
    }
}
