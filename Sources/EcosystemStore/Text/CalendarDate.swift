import Foundation

/// Dates: stored and exchanged as ISO text (`2026-11-29`); shown to a
/// person in the Buddhist era in Thai (`29 พ.ย. 2569`) and the Gregorian
/// calendar in English (`29 Nov 2026`); read back in any of the forms a
/// person types.
///
/// The year rule, for every form: a four-digit year above 2400 is Buddhist
/// era (B.E. 2569 = C.E. 2026, 543 years apart), a year from 1900 to 2200
/// is Christian era. The two ranges cannot be confused: the B.E. years of
/// 1900–2200 are 2443–2743. A year between (2201–2442) or with two digits
/// (`29/11/69`: 2569 or 1969?) is refused with a message saying so.
///
/// ```swift
/// CalendarDate.display("2026-11-29", thai: true)   // "29 พ.ย. 2569"
/// CalendarDate.display("2026-11-29", thai: false)  // "29 Nov 2026"
/// CalendarDate.parse("29/11/2569")                 // "2026-11-29"
/// CalendarDate.read("2025-02-30")                  // .failure: February 2025 has 28 days
/// ```
public enum CalendarDate {
    static let thaiMonthAbbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    static let thaiMonthNames = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                                 "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    static let englishMonthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let englishMonthNames = ["January", "February", "March", "April", "May", "June",
                                    "July", "August", "September", "October", "November", "December"]

    /// The years of the Christian era accepted, and their Buddhist-era forms.
    public static let christianYears = 1900...2200
    public static let buddhistYears = (1900 + 543)...(2200 + 543)

    /// Offset between the eras: B.E. = C.E. + 543.
    public static let buddhistEraOffset = 543

    // MARK: Showing

    /// "2026-11-29" as a person reads it: "29 พ.ย. 2569" in Thai, "29 Nov 2026"
    /// in English. Text that is not an ISO date is returned as it is (a
    /// time after the date, "2026-11-29T10:00", is left out).
    public static func display(_ iso: String, thai: Bool) -> String {
        guard let (y, m, d) = isoParts(iso) else { return iso }
        return thai
            ? "\(d) \(thaiMonthAbbreviations[m - 1]) \(y + buddhistEraOffset)"
            : "\(d) \(englishMonthAbbreviations[m - 1]) \(y)"
    }

    /// The day of `date` in Thailand (UTC+7) as a person reads it.
    public static func display(_ date: Date, thai: Bool) -> String {
        display(iso(date), thai: thai)
    }

    /// A moment with its time of day in Thailand (UTC+7), for what happened
    /// at a moment (a field's history): "29 พ.ย. 2569 10:12 น." in Thai,
    /// "29 Nov 2026 10:12" in English.
    public static func displayMoment(_ date: Date, thai: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let c = calendar.dateComponents([.hour, .minute], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        return display(date, thai: thai) + " " + time + (thai ? " น." : "")
    }

    /// The ISO date of `date` in Thailand (UTC+7, no daylight saving).
    public static func iso(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }

    /// A year as a person reads it: "2569" in Thai, "2026" in English.
    public static func year(_ christianYear: Int, thai: Bool) -> String {
        String(thai ? christianYear + buddhistEraOffset : christianYear)
    }

    // MARK: Reading

    /// The ISO date of a typed date, or nil. See `read(_:)`.
    public static func parse(_ text: String) -> String? { try? read(text).get() }

    /// The ISO date of a date typed in any of these forms, or why it is not
    /// a date (in Thai and English):
    /// `2026-11-29`, `2569-11-29`, `29/11/2569`, `29/11/2026`, `29-11-2026`,
    /// `29.11.2569`, `29 พ.ย. 2569`, `29 พฤศจิกายน 2569`, `29 Nov 2026`,
    /// `29 November 2026`, `Nov 29, 2026`; Thai digits too (`๒๙/๑๑/๒๕๖๙`).
    /// Day and month come in that order in the numeric forms (as in Thailand),
    /// unless the year comes first (ISO). The year follows the era rule above.
    public static func read(_ text: String) -> Result<String, ValidationReason> {
        let tokens = tokenize(text)
        var day: Int, month: Int, yearToken: String
        switch tokens.count == 3 ? (tokens[0], tokens[1], tokens[2]) : nil {
        case let (.number(a), .number(b), .number(c))?:
            if a.count == 4 {
                (yearToken, month, day) = (a, Int(b)!, Int(c)!)
            } else if a.count <= 2, b.count <= 2 {
                (day, month, yearToken) = (Int(a)!, Int(b)!, c)
            } else {
                return .failure(unreadable)
            }
        case let (.number(a), .word(w), .number(c))? where a.count <= 2:
            guard let m = monthNumber(w) else { return .failure(unreadable) }
            (day, month, yearToken) = (Int(a)!, m, c)
        case let (.word(w), .number(b), .number(c))? where b.count <= 2:
            guard let m = monthNumber(w) else { return .failure(unreadable) }
            (day, month, yearToken) = (Int(b)!, m, c)
        default:
            return .failure(unreadable)
        }
        guard yearToken.count == 4, let typedYear = Int(yearToken) else {
            return .failure(ValidationReason("write the year in four digits (2569 or 2026), not \(yearToken)",
                                             thai: "เขียนปีให้ครบสี่หลัก (2569 หรือ 2026) ไม่ใช่ \(yearToken)"))
        }
        guard let year = christianYear(typedYear) else {
            return .failure(ValidationReason(
                "year \(typedYear) is neither Christian era (1900–2200) nor Buddhist era (2443–2743)",
                thai: "ปี \(typedYear) ไม่ใช่ทั้งปีคริสต์ศักราช (1900–2200) และปีพุทธศักราช (2443–2743)"))
        }
        guard (1...12).contains(month) else {
            return .failure(ValidationReason("there is no month \(month): a month is 1 to 12",
                                             thai: "ไม่มีเดือนที่ \(month): เดือนมี 1 ถึง 12"))
        }
        let length = daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            return .failure(ValidationReason(
                "there is no \(day) \(englishMonthAbbreviations[month - 1]) \(year): \(englishMonthNames[month - 1]) \(year) has \(length) days",
                thai: "ไม่มีวันที่ \(day) \(thaiMonthAbbreviations[month - 1]) \(year + buddhistEraOffset): \(thaiMonthNames[month - 1]) \(year + buddhistEraOffset) มี \(length) วัน"))
        }
        return .success(String(format: "%04d-%02d-%02d", year, month, day))
    }

    /// True for text in the stored date form, `YYYY-MM-DD` with a year of
    /// 1900–2200, a month of 1–12 and a day of 1–31: what `tisep show`
    /// prints in the reader's era. The acceptance rule (`FieldSpec.check`)
    /// is stricter: an impossible day an older tisep stored (2025-02-30) is
    /// named by `tisep check` and held back by peers when it travels.
    public static func isStoredForm(_ text: String) -> Bool {
        guard text.utf8.count == 10,
              text.utf8.enumerated().allSatisfy({ i, b in i == 4 || i == 7 ? b == UInt8(ascii: "-") : (0x30...0x39).contains(b) }),
              let (year, _, _) = isoParts(text) else { return false }
        return christianYears.contains(year)
    }

    /// The Christian-era year of a typed four-digit year, or nil outside both ranges.
    public static func christianYear(_ typed: Int) -> Int? {
        if buddhistYears.contains(typed) { return typed - buddhistEraOffset }
        return christianYears.contains(typed) ? typed : nil
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let unreadable = ValidationReason(
        "not a date: write it as 29/11/2569, 29 Nov 2026 or 2026-11-29",
        thai: "อ่านเป็นวันที่ไม่ได้: เขียนเช่น 29/11/2569, 29 พ.ย. 2569 หรือ 2026-11-29")

    private enum Token { case number(String), word(String) }

    /// Runs of digits (Thai digits read as Arabic) and runs of letters
    /// (with the full stops of Thai abbreviations); anything else separates.
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var digits = "", letters = ""
        func flush() {
            if !digits.isEmpty { tokens.append(.number(digits)); digits = "" }
            if !letters.isEmpty { tokens.append(.word(letters)); letters = "" }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x30...0x39).contains(v) || (0x0E50...0x0E59).contains(v) {
                if !letters.isEmpty { flush() }
                digits.unicodeScalars.append(Unicode.Scalar(v >= 0x0E50 ? v - 0x0E50 + 0x30 : v)!)
            } else if scalar.properties.isAlphabetic || (0x0E00...0x0E7F).contains(v) || (scalar == "." && !letters.isEmpty) {
                if !digits.isEmpty { flush() }
                letters.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// 1–12 for a month's Thai or English name or abbreviation (with or
    /// without full stops, any case; English by three letters or more:
    /// "พ.ย.", "พย", "พฤศจิกายน", "Nov", "november", "Sept").
    static func monthNumber(_ word: String) -> Int? {
        let key = word.lowercased().filter { $0 != "." }
        if key.isEmpty { return nil }
        for m in 0..<12 {
            if key == thaiMonthAbbreviations[m].filter({ $0 != "." }) || key == thaiMonthNames[m] { return m + 1 }
            let name = englishMonthNames[m].lowercased()
            if key.count >= 3, name.hasPrefix(key) { return m + 1 }
        }
        return nil
    }

    /// Year, month and day of an ISO date ("2026-11-29", or with a time after it).
    static func isoParts(_ iso: String) -> (Int, Int, Int)? {
        let p = iso.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }
}

/// A refusal can be the error of a `Result` (`CalendarDate.read`).
extension ValidationReason: Error {}
