import Foundation

/// The acceptance rule of every field, in one place. `check` says whether a
/// canonical value (what the store holds, history and bundles carry) keeps
/// the rule; `canonical` turns what a user typed into that form and then
/// asks `check`. Every way in uses them — `tisep add/set` and the forms
/// (`Store.Records.validate`), the CSV importers, the demo generator
/// (`insertCanonical`), bundles (`BundleParse`) and `tisep check` — so a
/// value one laptop accepts is accepted by every peer. The rules, field by
/// field: `docs/security.md`.
extension FieldSpec {
    /// Why the canonical value `value` breaks the field's rule, or nil.
    public func check(_ value: String) -> ValidationReason? {
        guard !value.isEmpty else { return .emptyValue }
        switch kind {
        case .text:
            return textRule.problem(value)
        case .integer:
            guard let n = Int64(value), String(n) == value else { return expected }
            return inRange(Double(n))
        case .year:
            guard let n = Int(value), String(n) == value else { return expected }
            return Year.christian.contains(n) ? nil : Year.outOfRange(n)
        case .real:
            guard let d = Double(value), d.isFinite, canonicalNumber(d) == value else { return expected }
            return inRange(d)
        case .bool:
            return value == "0" || value == "1" ? nil : expected
        case .phone:
            return PhoneNumber.isCanonical(value) ? nil : expected
        case .email:
            return EmailAddress.isValid(value) && value.lowercased().utf8.elementsEqual(value.utf8)
                && value.nfc.utf8.elementsEqual(value.utf8) ? nil : expected
        case .lineID:
            return LineID.isCanonical(value) ? nil : expected
        case .date:
            if CalendarDate.isCanonical(value) { return nil }
            // A date an older tisep stored (2025-02-30) is held back when it travels.
            switch CalendarDate.read(value) {
            case .success: return expected
            case let .failure(reason): return reason
            }
        case let .word(words):
            return words.contains(value) ? nil : expected
        case let .words(words):
            return list(value) { words.contains($0) }
        case .areaCode:
            return Validate.isAreaCode(value) ? nil : expected
        case .areaCodes:
            return list(value, Validate.isAreaCode)
        case .recordID:
            return Validate.isRecordID(value) ? nil : expected
        case .recordIDs:
            return list(value, Validate.isRecordID)
        case .caseCode:
            if let problem = CaseCode.problem(value) { return problem }
            return value == value.uppercased() ? nil : expected
        case .indicatorID:
            return IndicatorID.problem(value)
        }
    }

    /// Validates user input and returns the canonical text stored, stamped
    /// and synced (nil = empty). `areaExists` checks area codes.
    func canonical(_ input: String, areaExists: (String) throws -> Bool) throws -> String? {
        let raw = kind == .text ? textRule.normalize(input) : input.nfc.trimmingWhitespace()
        if raw.isEmpty {
            if required { throw StoreError.invalidValue(field: name, value: input, reason: .required) }
            return nil
        }
        func refuse(_ reason: ValidationReason) -> StoreError { .invalidValue(field: name, value: input, reason: reason) }
        let value: String
        switch kind {
        case .text:
            value = raw
        case .integer:
            guard let n = Int64(raw.replacingOccurrences(of: ",", with: "")) else { throw refuse(expected) }
            value = String(n)
        case .year:
            guard let n = Int(raw) else { throw refuse(expected) }
            switch Year.canonical(n) {
            case let .success(year): value = String(year)
            case let .failure(reason): throw refuse(reason)
            }
        case .real:
            guard let d = Double(raw.replacingOccurrences(of: ",", with: "")), d.isFinite else { throw refuse(expected) }
            value = canonicalNumber(d)
        case .bool:
            switch raw.lowercased() {
            case "true", "yes", "1", "y", "ใช่": value = "1"
            case "false", "no", "0", "n", "ไม่": value = "0"
            default: throw refuse(ValidationReason("expected true or false", thai: "ต้องเป็น ใช่ หรือ ไม่"))
            }
        case .phone:
            switch PhoneNumber.normalize(raw) {
            case let .success(digits): value = digits
            case let .failure(problem): throw refuse(ValidationReason(problem.description, thai: problem.thai))
            }
        case .email:
            guard EmailAddress.isValid(raw) else {
                throw refuse(ValidationReason("expected an e-mail address like name@example.org", thai: "ต้องเป็นอีเมล เช่น name@example.org"))
            }
            value = raw.lowercased()
        case .lineID:
            value = LineID.canonical(raw)
        case .date:
            switch CalendarDate.read(raw) {
            case let .success(date): value = date
            case let .failure(reason): throw refuse(reason)
            }
        case let .word(words):
            value = raw.lowercased()
            guard words.contains(value) else {
                throw refuse(ValidationReason("expected one of \(words.joined(separator: ", "))",
                                              thai: "ต้องเป็นหนึ่งใน \(words.joined(separator: ", "))"))
            }
        case let .words(words):
            let items = try listItems(raw).map { item -> String in
                let w = item.lowercased()
                guard words.contains(w) else {
                    throw refuse(ValidationReason("'\(item)' is not one of \(words.joined(separator: ", "))",
                                                  thai: "'\(item)' ไม่ใช่หนึ่งใน \(words.joined(separator: ", "))"))
                }
                return w
            }
            guard !items.isEmpty else { return nil }
            value = Array(Set(items)).sorted().joined(separator: ",")
        case .areaCode:
            value = AreaCode.bare(raw)
            guard Validate.isAreaCode(value) else { throw refuse(expected) }
            guard try areaExists(value) else { throw refuse(Self.noArea(value)) }
        case .areaCodes:
            let codes = try listItems(raw).map { item -> String in
                let code = AreaCode.bare(item)
                guard Validate.isAreaCode(code) else { throw refuse(expected) }
                guard try areaExists(code) else { throw refuse(Self.noArea(code)) }
                return code
            }
            guard !codes.isEmpty else { return nil }
            value = Array(Set(codes)).sorted().joined(separator: ",")
        case .recordID:
            value = raw.lowercased()
        case .recordIDs:
            let ids = listItems(raw).map { $0.lowercased() }
            guard !ids.isEmpty else { return nil }
            value = Array(Set(ids)).sorted().joined(separator: ",")
        case .caseCode:
            if let problem = CaseCode.problem(raw) { throw refuse(problem) }
            value = raw.uppercased()
        case .indicatorID:
            value = raw.lowercased()
        }
        if let problem = check(value) { throw refuse(problem) }
        return value
    }

    /// "expected …" with what the field accepts, in both languages.
    private var expected: ValidationReason {
        ValidationReason("expected \(accepts)", thai: "ต้องเป็น\(acceptsThai)")
    }

    private func inRange(_ v: Double) -> ValidationReason? {
        guard let range, !range.contains(v) else { return nil }
        let low = canonicalNumber(range.lowerBound), high = canonicalNumber(range.upperBound)
        return ValidationReason("out of range: \(canonicalNumber(v)) is not between \(low) and \(high)",
                                thai: "เกินช่วงที่รับได้: \(canonicalNumber(v)) ไม่อยู่ระหว่าง \(low) ถึง \(high)")
    }

    /// A list's canonical form: items that keep `ok`, sorted, no repeats.
    private func list(_ value: String, _ ok: (String) -> Bool) -> ValidationReason? {
        let items = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard items.allSatisfy(ok) else { return expected }
        guard zip(items, items.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return ValidationReason("items not sorted and unique", thai: "รายการไม่ได้เรียงหรือซ้ำกัน")
        }
        return nil
    }

    private func listItems(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map { String($0) }
    }

    private static func noArea(_ code: String) -> ValidationReason {
        ValidationReason("no area with code \(code)", thai: "ไม่มีพื้นที่รหัส \(code)")
    }
}

extension ValidationReason {
    static let emptyValue = ValidationReason("empty (an empty value is written as null)", thai: "ว่าง (ค่าว่างต้องเขียนเป็น null)")
}

/// Numbers in canonical text: integers without ".0", others as Swift prints them.
func canonicalNumber(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
}

/// Years of a year field (`CalendarDate`'s rule, which dates follow too):
/// Christian era 1900–2200 is stored; a Buddhist-era year (2443–2743, the
/// Thai habit: 2568 is 2025) is converted; anything else is refused.
public enum Year {
    public static let christian = CalendarDate.christianYears
    public static let buddhist = CalendarDate.buddhistYears

    /// The Christian-era year of `year`, or why it is not a sane year.
    public static func canonical(_ year: Int) -> Result<Int, ValidationReason> {
        if let christianYear = CalendarDate.christianYear(year) { return .success(christianYear) }
        return .failure(outOfRange(year))
    }

    static func outOfRange(_ year: Int) -> ValidationReason {
        ValidationReason("year \(year) is neither a Christian-era year (1900–2200) nor a Buddhist-era one (2443–2743)",
                         thai: "ปี \(year) ไม่ใช่ทั้งปีคริสต์ศักราช (1900–2200) และปีพุทธศักราช (2443–2743)")
    }
}

extension CalendarDate {
    /// Whether `s` is a canonical date (`YYYY-MM-DD` on the calendar, of a
    /// year 1900–2200): read byte by byte, as bundles carry many. The same
    /// verdict as `read(s) == .success(s)`, which is tested.
    static func isCanonical(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                    n = n * 10 + Int(b[i] - 0x30)
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
                  christianYears.contains(y), (1...12).contains(m) else { return false }
            return (1...daysIn(month: m, year: y)).contains(d)
        }
    }
}

enum EmailAddress {
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard s.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              s.unicodeScalars.allSatisfy({ $0.value > 0x20 && !($0.value >= 0x7F && $0.value < 0xA0) && !TextRule.isInvisibleControl($0.value) })
        else { return false }
        return true
    }
}

/// LINE IDs: ASCII letters, digits, `.` `_` `-` `@`, up to 40; lower case
/// unless it is an official account (`@…`, whose case is kept).
enum LineID {
    static func canonical(_ raw: String) -> String { raw.hasPrefix("@") ? raw : raw.lowercased() }

    static func isCanonical(_ s: String) -> Bool {
        s.utf8.count <= 40 && canonical(s) == s
            && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || "._-@".utf8.contains($0) }
    }
}

/// Indicator ids: lower-case letters, digits and `_`, up to 40 (`s90s10`,
/// `poverty_headcount`): they name columns in the map and in exports.
public enum IndicatorID {
    public static let maxLength = 40

    public static func problem(_ id: String) -> ValidationReason? {
        guard !id.isEmpty, id.utf8.count <= maxLength,
              id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") }) else {
            return ValidationReason("an indicator id is 1 to \(maxLength) lower-case letters, digits and _ (e.g. s90s10)",
                                    thai: "รหัสตัวชี้วัดเป็นตัวอักษรเล็ก ตัวเลข และ _ ยาว 1 ถึง \(maxLength) ตัว (เช่น s90s10)")
        }
        return nil
    }
}

/// A referral names a person by a case code only, never by identity. A case
/// code is short ASCII (letters, digits, `-` `_` `/` `.`) with at least one
/// digit, so a name (Thai or Latin) is refused; and it must not hold what
/// identifies a person: a Thai national ID (13 digits, with or without
/// dashes or spaces) or a phone number (9 or 10 digits), nor any unbroken
/// run of 9 or more digits.
public enum CaseCode {
    public static let maxLength = 32

    /// Why `code` is not an acceptable case code, or nil.
    public static func problem(_ code: String) -> ValidationReason? {
        let separators: Set<Character> = ["-", "_", "/", ".", " "]
        let digitsOnly = code.filter(\.isASCII).filter(\.isNumber)
        if code.allSatisfy({ ($0.isASCII && $0.isNumber) || separators.contains($0) }), [9, 10, 13].contains(digitsOnly.count) {
            return digitsOnly.count == 13
                ? ValidationReason("looks like a national ID: use a case code, never a person's identity",
                                   thai: "ดูเหมือนเลขประจำตัวประชาชน: ใช้รหัสกรณี ห้ามใช้ข้อมูลที่ระบุตัวบุคคล")
                : ValidationReason("looks like a phone number: use a case code, never a person's contact",
                                   thai: "ดูเหมือนเบอร์โทรศัพท์: ใช้รหัสกรณี ห้ามใช้ช่องทางติดต่อของบุคคล")
        }
        var run = 0, longest = 0
        for c in code {
            if c.isASCII && c.isNumber { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        if longest >= 9 {
            return ValidationReason("holds a long number (an ID or a phone?): use a case code, never a person's identity",
                                    thai: "มีตัวเลขยาว (เลขประจำตัวหรือเบอร์โทร?): ใช้รหัสกรณี ห้ามใช้ข้อมูลที่ระบุตัวบุคคล")
        }
        guard code.count <= maxLength else {
            return ValidationReason("too long: a case code has at most \(maxLength) characters",
                                    thai: "ยาวเกินไป: รหัสกรณียาวได้ไม่เกิน \(maxLength) ตัว")
        }
        guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_/.".contains($0)) }) else {
            return ValidationReason("a case code uses only letters A-Z, digits and - _ / . (no names, no spaces)",
                                    thai: "รหัสกรณีใช้ได้เฉพาะตัวอักษร A-Z ตัวเลข และ - _ / . (ห้ามใส่ชื่อ ห้ามเว้นวรรค)")
        }
        guard code.contains(where: { $0.isNumber }) else {
            return ValidationReason("a case code has a digit (a name is not a case code)",
                                    thai: "รหัสกรณีต้องมีตัวเลข (ชื่อไม่ใช่รหัสกรณี)")
        }
        return nil
    }
}

/// A date and time as bundle headers carry it (`created`): ISO 8601 as
/// `ISO8601DateFormatter` writes it, `2025-11-02T08:00:00Z`, optionally with
/// fractions of a second or an offset (`+07:00`), on a real calendar day.
enum ISODateTime {
    static func isValid(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard b.count >= 20, let y = number(0, 4), b[4] == UInt8(ascii: "-"), let m = number(5, 2), b[7] == UInt8(ascii: "-"),
              let d = number(8, 2), b[10] == UInt8(ascii: "T"), let hh = number(11, 2), b[13] == UInt8(ascii: ":"),
              let mm = number(14, 2), b[16] == UInt8(ascii: ":"), let ss = number(17, 2),
              Year.christian.contains(y), (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: y)).contains(d),
              hh < 24, mm < 60, ss < 61 else { return false }
        var i = 19
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            guard i > start, i - start <= 9 else { return false }
        }
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), i + 6 == b.count,
              let oh = number(i + 1, 2), b[i + 3] == UInt8(ascii: ":"), let om = number(i + 4, 2) else { return false }
        return oh <= 14 && om < 60
    }
}
