import Foundation
import XCTest
@testable import EcosystemStore

/// Free-text notes never name a person by number, and stamps have one
/// strict form whose text order is their order: both with generated input.
final class NotesAndStampsTests: XCTestCase {
    // MARK: notes

    /// A phone number or national ID written any usual way, with Thai or
    /// ASCII digits, inside generated Thai and English text.
    static func identifying(_ g: inout Hostile) -> String {
        func digits(_ n: Int, first: String = "") -> [Character] {
            Array(first) + (0..<(n - first.count)).map { _ in Character(String(g.int(0...9))) }
        }
        let sep = g.pick(["-", " ", "", ".", " - "])
        var number: String
        switch g.int(0...5) {
        case 0: // mobile 0XX-XXX-XXXX
            let d = digits(10, first: g.pick(["06", "08", "09"]))
            number = String(d[0..<3]) + sep + String(d[3..<6]) + sep + String(d[6..<10])
        case 1: // Bangkok 02-XXX-XXXX
            let d = digits(9, first: "02")
            number = String(d[0..<2]) + sep + String(d[2..<5]) + sep + String(d[5..<9])
        case 2: // provincial 0XX-XXX-XXX
            let d = digits(9, first: "05")
            number = String(d[0..<3]) + sep + String(d[3..<6]) + sep + String(d[6..<9])
        case 3: // +66 and the number without its 0
            let d = digits(9, first: g.pick(["8", "9", "6"]))
            number = "+66" + g.pick([" ", ""]) + String(d[0..<2]) + sep + String(d[2..<5]) + sep + String(d[5..<9])
        default: // national ID 1-2345-67890-12-3, check digit right or not
            let d = digits(13, first: String(g.int(1...8)))
            number = [String(d[0..<1]), String(d[1..<5]), String(d[5..<10]), String(d[10..<12]), String(d[12..<13])].joined(separator: sep)
        }
        if g.chance(0.2) { // Thai digits
            number = String(number.unicodeScalars.map { s -> Character in
                (0x30...0x39).contains(s.value) ? Character(Unicode.Scalar(s.value - 0x30 + 0x0E50)!) : Character(s)
            })
        }
        return g.pick(["", "โทร ", "ติดต่อ", "เลขบัตร ", "call ", "ID:"]) + number + g.pick(["", " ครับ", " แล้ว", ".", " (ลูกสาว)"])
    }

    /// Numbers that notes hold every day and that name nobody.
    static func harmless(_ g: inout Hostile) -> String {
        switch g.int(0...9) {
        case 0: return "ปี \(g.int(2500...2600))"
        case 1: return "\(g.int(1...999)),\(String(format: "%03d", g.int(0...999))) บาท"
        case 2: return "\(g.int(1...9)),\(String(format: "%03d", g.int(0...999))),\(String(format: "%03d", g.int(0...999))) baht"
        case 3: return String(format: "%04d-%02d-%02d", g.int(2020...2030), g.int(1...12), g.int(1...28))
        case 4: return String(format: "%02d/%02d/%04d", g.int(1...28), g.int(1...12), g.int(2560...2570))
        case 5: return String(format: "%02d-%02d-%04d %02d.%02d น.", g.int(1...28), g.int(1...12), g.int(2560...2570), g.int(0...23), g.int(0...59))
        case 6: return String(format: "%02d.%02d-%02d.%02d", g.int(6...12), g.int(0...59), g.int(13...20), g.int(0...59))
        case 7: return "บ้านเลขที่ \(g.int(1...999))/\(g.int(1...99)) หมู่ \(g.int(1...20))"
        case 8: return g.pick(["56000", "560101", "TH560101", "15 คน", "3.5%", "0.41", "ห้อง 0205"])
        default: return "\(g.int(2020...2030)) \(g.int(1...12)) \(g.int(1...28)) จำนวน \(g.int(1...99)) ราย"
        }
    }

    func testNotesThatNameAPersonByNumberAreRefused() {
        var g = Hostile(seed: 21)
        for _ in 0..<4_000 {
            let prefix = g.chance(0.5) ? Self.harmless(&g) + " " : ""
            let note = prefix + g.mostlyFineText().filter { !$0.isNumber } + " " + Self.identifying(&g)
            XCTAssertNotNil(PersonalData.problem(in: note), note)
        }
    }

    func testEverydayNumbersInNotesAreAccepted() {
        var g = Hostile(seed: 22)
        for _ in 0..<4_000 {
            let note = (0..<g.int(1...3)).map { _ in Self.harmless(&g) }.joined(separator: g.pick([" ", ", ", "\n", " และ "]))
            XCTAssertNil(PersonalData.problem(in: note), note)
        }
    }

    func testNoteFieldsRefuseAPhoneNumberInBothLanguagesAndOtherTextDoesNot() throws {
        let store = try smallStore()
        let e = try store.records.create(.entity, ["name_th": "ชมรม", "p4": "asset"])
        for (type, field) in [(RecordType.contactLog, "note"), (.contactLog, "outcome"), (.referral, "note")] {
            var input = type == .contactLog ? ["entity": e] : ["area": "560101", "case_code": "C-001"]
            input[field] = "ลูกสาวโทรมาที่ 081-234-5678 แล้ว"
            XCTAssertThrowsError(try store.records.create(type, input)) { error in
                guard case let StoreError.invalidValue(name, _, reason) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(name, field)
                XCTAssertTrue(reason.english.hasPrefix("looks like a phone number"), reason.english)
                XCTAssertTrue(reason.thai.hasPrefix("ดูเหมือนเบอร์โทรศัพท์"), reason.thai)
            }
            input[field] = "เลขบัตร 3 1001 00123 45 6"
            XCTAssertThrowsError(try store.records.create(type, input)) { XCTAssertTrue("\($0)".contains("national ID"), "\($0)") }
            input[field] = "นัด 12/02/2568 เวลา 10.30 น. งบ 12,000 บาท"
            XCTAssertNoThrow(try store.records.create(type, input))
        }
        // Contacts and descriptions hold phone numbers by design.
        XCTAssertNoThrow(try store.records.create(.contact, ["entity": e, "address": "โทร 081-234-5678"]))
        XCTAssertNoThrow(try store.records.update(e, ["description": "ติดต่อ 054-123-456"]))
    }

    // MARK: stamps

    static func stamp(_ g: inout Hostile) -> Stamp {
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        let replica = String((0..<16).map { _ in g.pick(alphabet) })
        let wall: Int64 = g.chance(0.3) ? Int64(g.int(1...999)) : Int64(g.int(1...999_999)) * 10_000_000 + Int64(g.int(0...9_999_999))
        return Stamp(wallMillis: wall, counter: g.chance(0.5) ? 0 : g.int(0...99_999), replica: replica)
    }

    /// Generated stamps: the text parses back to the same stamp, and the
    /// text order (SQL's) is the stamp order, for every pair.
    func testTheTextOrderOfStampsIsTheirOrder() {
        var g = Hostile(seed: 31)
        var stamps = (0..<3_000).map { _ in Self.stamp(&g) }
        // Near neighbours too: the same wall time, the same counter.
        for i in 0..<500 {
            let s = stamps[i]
            stamps.append(Stamp(wallMillis: s.wallMillis, counter: s.counter, replica: Self.stamp(&g).replica))
            stamps.append(Stamp(wallMillis: s.wallMillis, counter: min(99_999, s.counter + 1), replica: s.replica))
        }
        for s in stamps { XCTAssertEqual(Stamp(s.description), s, s.description) }
        let byText = stamps.sorted { $0.description < $1.description }
        XCTAssertEqual(byText, stamps.sorted())
        for (a, b) in zip(byText, byText.dropFirst()) {
            XCTAssertEqual(a < b, a.description < b.description)
            XCTAssertEqual(a.description.utf8.count, Stamp.textLength)
        }
    }

    /// Generated damage to a stamp's text: the one parser refuses it, or
    /// (when the damage happens to leave a stamp) reads exactly that text.
    func testTheStampParserIsStrict() {
        var g = Hostile(seed: 32)
        for _ in 0..<5_000 {
            var text = Array(Self.stamp(&g).description.utf8)
            switch g.int(0...4) {
            case 0: text.append(g.pick(Array(" x.0\n".utf8)))                         // junk after
            case 1: text.removeLast(g.int(1...8))                                        // replica cut short
            case 2: text[g.int(0...(text.count - 1))] = g.pick(Array("A.-_ /9z\u{0}".utf8)) // one byte changed
            case 3: text.insert(UInt8(ascii: "0"), at: g.int(0...19))                      // a field one digit wider
            default: text = Array("\(g.int(1...9_999_999)).\(g.int(0...99)).\(Self.stamp(&g).replica)".utf8) // not fixed width
            }
            let string = String(decoding: text, as: UTF8.self)
            if let parsed = Stamp(string) {
                XCTAssertEqual(parsed.description, string)
            } else {
                XCTAssertNotEqual(string.utf8.count == Stamp.textLength && string.utf8.allSatisfy { $0 != 0 } && Stamp(string) != nil, true)
            }
        }
        XCTAssertNil(Stamp("1732270000000.00000.3fa9c1d2e4b5a697x"))
        XCTAssertNil(Stamp("1732270000000.00000.3fa9"))
        XCTAssertNil(Stamp("1732270000000.00000.3FA9C1D2E4B5A697"))
        XCTAssertNil(Stamp("0000000000000.00000.3fa9c1d2e4b5a697"))
        XCTAssertNotNil(Stamp("1732270000000.00000.3fa9c1d2e4b5a697"))
    }
}
