/// Whether free text names a person by number: a Thai national ID or a
/// phone number. Notes about cases must not (the case code is the only
/// link to a person, and notes travel in plain-text bundles).
///
/// Digits are ASCII or Thai (๐–๙); a *group* is a run of digits, and groups
/// joined by at most three of space, `-`, `.`, `(`, `)` form one number.
/// - A national ID: 13 digits in one group, or written in its usual five
///   groups 1-4-5-2-1 (`1-2345-67890-12-3`, `1 2345 67890 12 3`), whether
///   or not the check digit is right; and any group of more than 13 digits.
/// - A phone number: 9 or 10 digits starting with 0, in one group
///   (`0812345678`) or as a first group of 2–3 digits and then groups of
///   3–4 (`081-234-5678`, `02 123 4567`, `053-123-456`), also written `+66`
///   and the number without its 0 (`+66 81 234 5678`).
/// Not: years (2568), amounts (12,000 บาท: a comma ends a number), dates
/// (2025-02-03, 03/02/2568, 01-02-2568 10.30), times (08.30-10.30), house
/// numbers (123/4), postal and area codes (56000, 560101), room numbers.
public enum PersonalData {
    /// Why `text` identifies a person, or nil.
    public static func problem(in text: String) -> ValidationReason? {
        // Fast path: most notes hold no digit at all.
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { b in
            defer { previous = b }
            return (b >= 0x30 && b <= 0x39) || (previous == 0xB9 && b >= 0x90 && b <= 0x99) // ๐–๙ are E0 B9 90–99
        }) else { return nil }
        var groups: [String] = []
        var current = ""
        var separators = 0
        var plus = false
        var pendingPlus = false
        var found: Kind?
        func close() {
            if !current.isEmpty { groups.append(current) }
            if let kind = classify(groups, plus: plus), found == nil || kind == .nationalID { found = kind }
            groups = []
            current = ""
            separators = 0
            plus = false
        }
        for s in text.unicodeScalars {
            if let d = digit(s) {
                if current.isEmpty && groups.isEmpty { plus = pendingPlus }
                if separators > 0 {
                    groups.append(current)
                    current = ""
                    separators = 0
                }
                current.unicodeScalars.append(d)
                pendingPlus = false
                continue
            }
            pendingPlus = s == "+"
            if !current.isEmpty, isSeparator(s) {
                separators += 1
                if separators <= 3 { continue }
            }
            close()
        }
        close()
        switch found {
        case .nationalID?:
            return ValidationReason("looks like a national ID: a note names a person by the case code only; remove the number",
                                    thai: "ดูเหมือนเลขประจำตัวประชาชน: บันทึกอ้างถึงบุคคลด้วยรหัสกรณีเท่านั้น; ลบตัวเลขนี้ออก")
        case .phone?:
            return ValidationReason("looks like a phone number: a note names a person by the case code only; keep phone numbers in contacts",
                                    thai: "ดูเหมือนเบอร์โทรศัพท์: บันทึกอ้างถึงบุคคลด้วยรหัสกรณีเท่านั้น; เก็บเบอร์โทรไว้ในผู้ติดต่อ")
        case nil:
            return nil
        }
    }

    enum Kind { case nationalID, phone }

    /// The kind of number somewhere in a run of digit groups, or nil.
    static func classify(_ groups: [String], plus: Bool) -> Kind? {
        guard !groups.isEmpty else { return nil }
        if groups.contains(where: { $0.count >= 13 }) { return .nationalID }
        let idShape = [1, 4, 5, 2, 1]
        if groups.count >= 5 {
            for start in 0...(groups.count - 5) where !groups[start].hasPrefix("0")
                && groups[start..<(start + 5)].map(\.count) == idShape {
                return .nationalID
            }
        }
        var groups = groups
        if plus, groups[0] == "66", groups.count > 1 {
            groups = ["0" + groups[1]] + groups.dropFirst(2)
        } else if plus, groups[0].hasPrefix("66"), groups[0].count > 2 {
            groups[0] = "0" + groups[0].dropFirst(2)
        }
        for start in groups.indices where groups[start].hasPrefix("0") {
            if (9...10).contains(groups[start].count) { return .phone }
            guard (2...3).contains(groups[start].count) else { continue }
            var digits = groups[start].count
            for end in (start + 1)..<min(groups.count, start + 4) {
                guard (3...4).contains(groups[end].count) else { break }
                digits += groups[end].count
                if (9...10).contains(digits) { return .phone }
            }
        }
        return nil
    }

    /// The ASCII digit of an ASCII or Thai digit, else nil.
    static func digit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return s }
        if v >= 0x0E50 && v <= 0x0E59 { return Unicode.Scalar(v - 0x0E50 + 0x30) }
        return nil
    }

    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "-" || s == "." || s == "(" || s == ")" || s.value == 0xA0 || s.value == 0x2010 || s.value == 0x2011
    }
}
