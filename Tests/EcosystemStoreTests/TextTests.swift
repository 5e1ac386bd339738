import XCTest
@testable import EcosystemStore

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

    func testFoldingAgreesWithLowercased() {
        for s in ["", "ABC xyz", "ชมรม ABC", "Phayao พะเยา", "ÉCOLE", "İstanbul", "ΑΒΓ", "ก\u{0E7F}Z", "\u{0E80}A", "😀A", "ẞ"] {
            XCTAssertEqual(s.lowercasedThaiFast, s.lowercased(), s.debugDescription)
        }
    }

    /// The CSV reader works on bytes for speed; it must read what a plain
    /// walk over the text's scalars under the same strict grammar reads, and
    /// refuse what it refuses (nil).
    func testCSVReadsAsTheScalarWalkDid() throws {
        func reference(_ text: String) -> [(Int, [String])]? {
            var out: [(Int, [String])] = [], fields: [String] = [], field = ""
            var inQuotes = false, closed = false, line = 1, recordLine = 1
            var scalars = text.unicodeScalars[...]
            if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
            var it = scalars.makeIterator()
            var pending: Unicode.Scalar?
            func next() -> Unicode.Scalar? {
                if let p = pending { pending = nil; return p }
                return it.next()
            }
            while let c = next() {
                if inQuotes {
                    if c == "\"" {
                        if let n = next() {
                            if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; closed = true; pending = n }
                        } else { inQuotes = false; closed = true }
                    } else {
                        if c == "\n" { line += 1 }
                        field.unicodeScalars.append(c)
                    }
                    continue
                }
                switch c {
                case "\"" where field.isEmpty && !closed: inQuotes = true
                case "\"": return nil
                case ",": fields.append(field); field = ""; closed = false
                case "\r":
                    guard let n = next(), n == "\n" else { return nil }
                    pending = n
                case "\n":
                    fields.append(field); out.append((recordLine, fields)); fields = []; field = ""; closed = false
                    line += 1; recordLine = line
                default:
                    if closed { return nil }
                    field.unicodeScalars.append(c)
                }
            }
            if inQuotes { return nil }
            if !field.isEmpty || !fields.isEmpty || closed { fields.append(field); out.append((recordLine, fields)) }
            return out
        }
        var g = SplitMix64(seed: 8)
        let alphabet = ["a", "ก", "้", ",", "\"", "\r", "\n", " ", "é", "\u{FEFF}", "\r\n", "😀"]
        for _ in 0..<3000 {
            let text = (0..<Int(g.next() % 24)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }.joined()
            let expected = reference(text)
            let got = try? CSVTable.parse(text)
            XCTAssertEqual(got?.map(\.line), expected?.map(\.0), text.debugDescription)
            XCTAssertEqual(got?.map(\.fields), expected?.map(\.1), text.debugDescription)
        }
    }

    func testDatesAcceptBuddhistEra() {
        XCTAssertEqual(CalendarDate.parse("2568-11-02"), "2025-11-02")
        XCTAssertEqual(CalendarDate.parse("02/11/2568"), "2025-11-02")
        XCTAssertNil(CalendarDate.parse("2025-13-01"))
        XCTAssertEqual(CalendarDate.display("2025-11-02", thai: true), "2 พ.ย. 2568")
    }
}
