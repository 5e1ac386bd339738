/// Thai phone numbers: accepted with or without dashes and spaces, stored as
/// digits, shown as 08x-xxx-xxxx (mobile), 02-xxx-xxxx (Bangkok) or
/// 0xx-xxx-xxx (other landlines).
public enum PhoneNumber {
    public enum Problem: Error, CustomStringConvertible {
        case notDigits, wrongLength(Int), noLeadingZero
        public var description: String {
            switch self {
            case .notDigits: return "a phone number has only digits, dashes and spaces"
            case let .wrongLength(n): return "a Thai number has 9 digits (landline) or 10 (mobile 06/08/09), not \(n)"
            case .noLeadingZero: return "a Thai number starts with 0"
            }
        }

        public var thai: String {
            switch self {
            case .notDigits: return "เบอร์โทรมีได้เฉพาะตัวเลข ขีด และเว้นวรรค"
            case let .wrongLength(n): return "เบอร์ไทยมี 9 หลัก (โทรศัพท์บ้าน) หรือ 10 หลัก (มือถือ 06/08/09) ไม่ใช่ \(n) หลัก"
            case .noLeadingZero: return "เบอร์ไทยขึ้นต้นด้วย 0"
            }
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
        guard digits.first == "0" else { return .failure(.noLeadingZero) }
        let isMobile = digits.count == 10 && ["06", "08", "09"].contains(String(digits.prefix(2)))
        let isLandline = digits.count == 9
        guard isMobile || isLandline else { return .failure(.wrongLength(digits.count)) }
        return .success(digits)
    }

    /// Whether `s` is a number as stored: the digits `normalize` gives (9,
    /// or 10 starting 06/08/09, after a 0). Byte by byte: a bundle checks
    /// every contact's.
    public static func isCanonical(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard (b.count == 9 || b.count == 10), b[0] == UInt8(ascii: "0"), b.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return b.count == 9 || b[1] == UInt8(ascii: "6") || b[1] == UInt8(ascii: "8") || b[1] == UInt8(ascii: "9")
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
