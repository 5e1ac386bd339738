/// Thai phone numbers: accepted with or without dashes and spaces, stored as
/// digits, shown as 08x-xxx-xxxx (mobile), 02-xxx-xxxx (Bangkok) or
/// 0xx-xxx-xxx (other landlines).
///
/// The length follows from the prefix (Thailand's numbering plan since
/// 2006): mobile numbers start 06, 08 or 09 and have 10 digits; Bangkok
/// numbers start 02 and other landlines 03, 04, 05 or 07, and have 9.
/// So `081-234-567` (a mobile prefix with 9 digits, a digit lost in typing)
/// is refused, and the message says which length the prefix needs.
///
/// ```swift
/// PhoneNumber.normalize("081-234-5678")  // .success("0812345678")
/// PhoneNumber.normalize("081-234-567")   // .failure(.wrongLength(.mobile, prefix: "08", digits: 9))
/// PhoneNumber.format("021234567")        // "02-123-4567"
/// ```
public enum PhoneNumber {
    /// What kind of line a number's prefix says it is.
    public enum Kind: Sendable, Equatable {
        /// 06, 08, 09.
        case mobile
        /// 02.
        case bangkok
        /// 03, 04, 05, 07 (provincial area codes such as 053 or 054).
        case landline

        /// Digits a number of this kind has, the leading 0 included.
        public var length: Int { self == .mobile ? 10 : 9 }
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// Something other than digits and the separators `- . ( )` and spaces.
        case notDigits
        /// Nothing but separators, or nothing at all.
        case empty
        /// A Thai number (in the form dialled at home) starts with 0.
        case noLeadingZero
        /// 00 or 01 (01 was a mobile prefix before 2006 and no number starts with it now).
        case unknownPrefix(String)
        /// Too few digits to tell the kind (fewer than 3).
        case tooShort(Int)
        /// The prefix says `kind`, whose numbers have `kind.length` digits; this has `digits`.
        case wrongLength(Kind, prefix: String, digits: Int)

        public var description: String {
            switch self {
            case .notDigits: return "a phone number has only digits, dashes and spaces"
            case .empty: return "the phone number has no digits"
            case let .tooShort(n): return "a Thai number has 9 digits (landline) or 10 (mobile), this one has \(n)"
            case .noLeadingZero: return "a Thai number starts with 0"
            case let .unknownPrefix(p):
                return "no Thai number starts with \(p): mobiles start 06, 08 or 09, landlines 02 to 07"
            case let .wrongLength(kind, prefix, n):
                let what: String
                switch kind {
                case .mobile: what = "a mobile number (starting \(prefix))"
                case .bangkok: what = "a Bangkok number (starting 02)"
                case .landline: what = "a landline number (starting \(prefix))"
                }
                let gap = n < kind.length ? "\(kind.length - n) missing" : "\(n - kind.length) too many"
                return "\(what) has \(kind.length) digits, this one has \(n) (\(gap))"
            }
        }

        public var thai: String {
            switch self {
            case .notDigits: return "เบอร์โทรมีได้เฉพาะตัวเลข ขีด และเว้นวรรค"
            case .empty: return "เบอร์โทรไม่มีตัวเลข"
            case let .tooShort(n): return "เบอร์ไทยมี 9 หลัก (โทรศัพท์บ้าน) หรือ 10 หลัก (มือถือ) เบอร์นี้มี \(n) หลัก"
            case .noLeadingZero: return "เบอร์ไทยขึ้นต้นด้วย 0"
            case let .unknownPrefix(p):
                return "ไม่มีเบอร์ไทยที่ขึ้นต้นด้วย \(p): มือถือขึ้นต้น 06 08 หรือ 09 โทรศัพท์บ้านขึ้นต้น 02 ถึง 07"
            case let .wrongLength(kind, prefix, n):
                let what: String
                switch kind {
                case .mobile: what = "เบอร์มือถือ (ขึ้นต้น \(prefix))"
                case .bangkok: what = "เบอร์กรุงเทพฯ (ขึ้นต้น 02)"
                case .landline: what = "เบอร์โทรศัพท์บ้าน (ขึ้นต้น \(prefix))"
                }
                let gap = n < kind.length ? "ขาด \(kind.length - n) หลัก" : "เกิน \(n - kind.length) หลัก"
                return "\(what) มี \(kind.length) หลัก เบอร์นี้มี \(n) หลัก (\(gap))"
            }
        }
    }

    /// The kind of line the first two digits name, or nil for 00, 01 and
    /// anything not starting with 0.
    public static func kind(ofPrefix digits: some StringProtocol) -> Kind? {
        let d = Array(digits.utf8.prefix(2))
        guard d.count == 2, d[0] == UInt8(ascii: "0") else { return nil }
        switch d[1] {
        case UInt8(ascii: "6"), UInt8(ascii: "8"), UInt8(ascii: "9"): return .mobile
        case UInt8(ascii: "2"): return .bangkok
        case UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "5"), UInt8(ascii: "7"): return .landline
        default: return nil
        }
    }

    /// The digits of a valid Thai number, or the reason it is not one.
    /// "+66 81 234 5678" is read as 0812345678.
    public static func normalize(_ text: String) -> Result<String, Problem> {
        var digits = ""
        var rest = Substring(text.trimmingWhitespace())
        if rest.hasPrefix("+66") { digits = "0"; rest = rest.dropFirst(3) }
        for ch in rest {
            if ch.isASCII, ch.isNumber { digits.append(ch) }
            else if ch == "-" || ch == " " || ch == "." || ch == "(" || ch == ")" { continue }
            else { return .failure(.notDigits) }
        }
        guard !digits.isEmpty else { return .failure(.empty) }
        guard digits.first == "0" else { return .failure(.noLeadingZero) }
        // "+66 0 81…": the 0 of the home form written after the country code.
        if text.trimmingWhitespace().hasPrefix("+66"), digits.hasPrefix("00") { digits.removeFirst() }
        guard digits.count >= 3 else { return .failure(.tooShort(digits.count)) }
        let prefix = String(digits.prefix(2))
        guard let kind = kind(ofPrefix: digits) else { return .failure(.unknownPrefix(prefix)) }
        guard digits.count == kind.length else {
            // Name the area code a landline user typed (053), the two digits otherwise.
            let shown = kind == .landline ? String(digits.prefix(3)) : prefix
            return .failure(.wrongLength(kind, prefix: shown, digits: digits.count))
        }
        return .success(digits)
    }

    /// Whether `s` is a number as stored: the digits `normalize` gives, as
    /// many as its prefix's kind has. Without `normalize`'s walk over
    /// characters: a bundle checks every contact's.
    public static func isCanonical(_ s: String) -> Bool {
        guard let kind = kind(ofPrefix: s) else { return false }
        return s.utf8.count == kind.length && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The Thai display form of stored digits.
    public static func format(_ digits: String) -> String {
        let d = Array(digits)
        func part(_ r: Range<Int>) -> String { String(d[r]) }
        if d.count == 10 { return "\(part(0..<3))-\(part(3..<6))-\(part(6..<10))" }
        if d.count == 9 && digits.hasPrefix("02") { return "\(part(0..<2))-\(part(2..<5))-\(part(5..<9))" }
        if d.count == 9 { return "\(part(0..<3))-\(part(3..<6))-\(part(6..<9))" }
        return digits
    }

    /// Digits of a query that looks like a (part of a) phone number, else nil.
    public static func queryDigits(_ query: String) -> String? {
        var digits = ""
        for ch in query {
            if ch.isASCII, ch.isNumber { digits.append(ch) }
            else if ch == "-" || ch == " " { continue }
            else { return nil }
        }
        return digits.count >= 3 ? digits : nil
    }
}
