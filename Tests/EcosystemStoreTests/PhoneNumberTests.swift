import XCTest
@testable import EcosystemStore

/// The length of a Thai number follows from its prefix, and a wrong one is
/// refused with a message that says what is wrong, in Thai and English.
final class PhoneNumberTests: XCTestCase {
    private func problem(_ s: String) -> PhoneNumber.Problem? {
        if case let .failure(p) = PhoneNumber.normalize(s) { return p }
        return nil
    }

    func testLengthByPrefix() {
        // A mobile prefix with 9 digits (a digit lost in typing) was accepted before.
        XCTAssertEqual(problem("081-234-567"), .wrongLength(.mobile, prefix: "08", digits: 9))
        XCTAssertEqual(problem("0612345678"), nil)
        XCTAssertEqual(problem("0912345678"), nil)
        XCTAssertEqual(problem("061234567"), .wrongLength(.mobile, prefix: "06", digits: 9))
        XCTAssertEqual(problem("08123456789"), .wrongLength(.mobile, prefix: "08", digits: 11))
        // Bangkok 02 and the provincial landlines have 9.
        XCTAssertEqual(problem("02-123-4567"), nil)
        XCTAssertEqual(problem("02-123-45678"), .wrongLength(.bangkok, prefix: "02", digits: 10))
        XCTAssertEqual(problem("054-123-456"), nil)
        XCTAssertEqual(problem("053-123-4567"), .wrongLength(.landline, prefix: "053", digits: 10))
        XCTAssertEqual(problem("0712345678"), .wrongLength(.landline, prefix: "071", digits: 10))
        XCTAssertEqual(problem("073-123-456"), nil)
        // Prefixes no Thai number has, and numbers too short to tell.
        XCTAssertEqual(problem("0112345678"), .unknownPrefix("01"))
        XCTAssertEqual(problem("00123456789"), .unknownPrefix("00"))
        XCTAssertEqual(problem("08"), .tooShort(2))
        XCTAssertEqual(problem("- -"), .empty)
        XCTAssertEqual(problem("12345"), .noLeadingZero)
        XCTAssertEqual(problem("081-abc-5678"), .notDigits)
        // The international form, with or without the home form's 0.
        XCTAssertEqual(try PhoneNumber.normalize("+66 81 234 5678").get(), "0812345678")
        XCTAssertEqual(try PhoneNumber.normalize("+66 081 234 5678").get(), "0812345678")
        XCTAssertEqual(problem("+66 81 234 567"), .wrongLength(.mobile, prefix: "08", digits: 9))
    }

    func testMessagesSayWhatIsWrongInBothLanguages() throws {
        let short = try XCTUnwrap(problem("081-234-567"))
        XCTAssertEqual(short.description, "a mobile number (starting 08) has 10 digits, this one has 9 (1 missing)")
        XCTAssertEqual(short.thai, "เบอร์มือถือ (ขึ้นต้น 08) มี 10 หลัก เบอร์นี้มี 9 หลัก (ขาด 1 หลัก)")
        let long = try XCTUnwrap(problem("02-123-45678"))
        XCTAssertEqual(long.description, "a Bangkok number (starting 02) has 9 digits, this one has 10 (1 too many)")
        XCTAssertEqual(long.thai, "เบอร์กรุงเทพฯ (ขึ้นต้น 02) มี 9 หลัก เบอร์นี้มี 10 หลัก (เกิน 1 หลัก)")
        let landline = try XCTUnwrap(problem("053-123-4567"))
        XCTAssertEqual(landline.description, "a landline number (starting 053) has 9 digits, this one has 10 (1 too many)")
        XCTAssertEqual(landline.thai, "เบอร์โทรศัพท์บ้าน (ขึ้นต้น 053) มี 9 หลัก เบอร์นี้มี 10 หลัก (เกิน 1 หลัก)")
        XCTAssertTrue(try XCTUnwrap(problem("0112345678")).thai.contains("01"))
    }

    /// The store refuses the number with the same message, and changes nothing.
    func testTheStoreRefusesAMobileNumberWithADigitMissing() throws {
        let store = try smallStore()
        XCTAssertThrowsError(try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุ", "p4": "player", "role": "implementer",
                                                       "area": "56", "phone": "081-234-567"])) { error in
            guard case let StoreError.invalidValue(field, value, reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "phone")
            XCTAssertEqual(value, "081-234-567")
            XCTAssertEqual(reason.english, "a mobile number (starting 08) has 10 digits, this one has 9 (1 missing)")
            XCTAssertEqual(reason.thai, "เบอร์มือถือ (ขึ้นต้น 08) มี 10 หลัก เบอร์นี้มี 9 หลัก (ขาด 1 หลัก)")
        }
        XCTAssertEqual(try store.search("ชมรมผู้สูงอายุ").count, 0)
    }
}
