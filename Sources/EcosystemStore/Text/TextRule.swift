import Foundation

/// What a text value may hold: the text part of the one acceptance rule
/// (`docs/security.md`, "What the store accepts"). Every way text gets in —
/// the command line, the forms, the CSV importers, the demo generator and
/// bundles — is checked by `problem`, so what one laptop accepts, every
/// peer accepts.
///
/// ```swift
/// TextRule.name.problem("ชมรม\u{1B}[31m")   // "has a control character (U+001B) …"
/// TextRule.note.problem("โทร 081-234-5678")  // "looks like a phone number …"
/// ```
public struct TextRule: Sendable, Equatable {
    /// The most Unicode scalars the text may have (a Thai syllable with its
    /// marks is several: each is a key pressed).
    public var maxLength: Int
    /// Whether line breaks and tabs are allowed (descriptions, notes, addresses).
    public var multiline = false
    /// Free text about cases: a national ID or a phone number is refused
    /// (the case code is the only link to a person; see `PersonalData`).
    public var noPersonalData = false

    public init(maxLength: Int, multiline: Bool = false, noPersonalData: Bool = false) {
        self.maxLength = maxLength
        self.multiline = multiline
        self.noPersonalData = noPersonalData
    }

    /// Names of organisations, people, areas, laptops: one line.
    public static let name = TextRule(maxLength: 200)
    /// Short single-line values (quantity, period, channel, source).
    public static let short = TextRule(maxLength: 300)
    /// An address: a few lines.
    public static let address = TextRule(maxLength: 500, multiline: true)
    /// Descriptions of elements, resources and projects.
    public static let description = TextRule(maxLength: 5_000, multiline: true)
    /// Notes and outcomes of contact logs and referrals: no personal data.
    public static let note = TextRule(maxLength: 2_000, multiline: true, noPersonalData: true)
    /// A laptop's name (bundles carry it in their header).
    public static let laptopName = TextRule(maxLength: 60)
    /// A household's id in an income survey.
    public static let householdID = TextRule(maxLength: 64)

    /// User input in the form the rule checks: NFC (never NFKC), without
    /// surrounding white space, and in multi-line text CR LF and lone CR as LF.
    public func normalize(_ input: String) -> String {
        var text = input.nfc.trimmingWhitespace()
        if multiline, text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// Why `text` breaks the rule, or nil. One pass over the scalars finds
    /// control characters, the length and whether the text is certainly NFC
    /// (ASCII, Latin-1 and Thai in canonical order, nearly all text); only
    /// other text is compared with its normalised form.
    public func problem(_ text: String) -> ValidationReason? {
        var count = 0
        var maybeNotNFC = false
        var previousWasTone = false
        var first = true
        for s in text.unicodeScalars {
            let v = s.value
            count += 1
            if v < 0x20 || (v >= 0x7F && v < 0xA0) {
                if multiline && (v == 0x0A || v == 0x09) { previousWasTone = false; first = false; continue }
                return TextRule.control(s, multiline: multiline)
            }
            if first {
                first = false
                if TextRule.isCombiningMark(s) { return TextRule.startsWithMark(s) }
            }
            if v < 0x300 { previousWasTone = false; continue }
            if v >= 0x0E00 && v <= 0x0E7F {
                if v >= 0x0E38 && v <= 0x0E3A && previousWasTone { maybeNotNFC = true }
                previousWasTone = v >= 0x0E48 && v <= 0x0E4B
                continue
            }
            previousWasTone = false
            if TextRule.isInvisibleControl(v) { return TextRule.control(s, multiline: multiline) }
            maybeNotNFC = true
        }
        if count > maxLength {
            return ValidationReason("too long: \(count) characters, at most \(maxLength)",
                                    thai: "ยาวเกินไป: \(count) ตัวอักษร ได้ไม่เกิน \(maxLength)")
        }
        if maybeNotNFC, !text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8) {
            return ValidationReason("not in Unicode normal form C (NFC); type it again or run 'tisep check'",
                                    thai: "ไม่อยู่ในรูปแบบยูนิโคด NFC; พิมพ์ใหม่หรือใช้ 'tisep check'")
        }
        if noPersonalData, let found = PersonalData.problem(in: text) { return found }
        return nil
    }

    /// Line and paragraph separators and the bidirectional overrides and
    /// isolates: invisible, and they reorder or break what a terminal shows.
    static func isInvisibleControl(_ v: UInt32) -> Bool {
        v == 0x2028 || v == 0x2029 || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// A vowel or tone mark (any combining mark) that would attach to
    /// whatever stands before the text on screen.
    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        if v >= 0x0E00 && v <= 0x0E7F { return v == 0x0E31 || (v >= 0x0E34 && v <= 0x0E3A) || (v >= 0x0E47 && v <= 0x0E4E) }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func hex(_ s: Unicode.Scalar) -> String {
        let h = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    private static func control(_ s: Unicode.Scalar, multiline: Bool) -> ValidationReason {
        if (s == "\n" || s == "\t" || s == "\r") && !multiline {
            return ValidationReason("has a line break or tab (\(hex(s))): this field is one line",
                                    thai: "มีการขึ้นบรรทัดใหม่หรือแท็บ (\(hex(s))): ช่องนี้เป็นข้อความบรรทัดเดียว")
        }
        return ValidationReason("has a control character (\(hex(s))), which could drive a terminal; remove it",
                                thai: "มีอักขระควบคุม (\(hex(s))) ซึ่งอาจสั่งงานหน้าจอเทอร์มินัลได้; ลบออก")
    }

    private static func startsWithMark(_ s: Unicode.Scalar) -> ValidationReason {
        ValidationReason("starts with a combining mark (\(hex(s))): a vowel or tone mark needs its consonant",
                         thai: "ขึ้นต้นด้วยเครื่องหมายกำกับ (\(hex(s))): สระหรือวรรณยุกต์ต้องตามหลังพยัญชนะ")
    }
}
