import Foundation
import EcosystemStore

/// Deterministic generators of hostile input for the property tests: text
/// with control bytes, terminal escapes, lone combining marks, decomposed
/// and badly ordered Thai, invisible separators, very long runs; numbers
/// that are not numbers or are out of range; odd dates and years in both
/// eras. Seeded, so a failure replays.
struct Hostile {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    static let pieces: [String] = [
        "ชมรม", "ผู้สูงอายุ", "น้ำ", "เวียง", "Elderly", "club", "abc", " ", "  ", "-", "'", "\"", "\\", ",", "=", "/",
        "\u{1B}[31m", "\u{1B}]0;pwned\u{07}", "\u{1B}]52;c;aGk=\u{07}", "\u{1B}", "\u{0}", "\u{7}", "\u{7F}", "\u{85}", "\u{9B}",
        "\t", "\n", "\r\n", "\r", "\u{0E34}", "\u{0E48}", "\u{0301}", "e\u{0301}", "ก\u{0E48}\u{0E38}", "\u{2028}",
        "\u{2029}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}", "👍", "한", "\u{FFFD}", "๑๒๓", "12",
    ]

    /// Text of up to `pieces` pieces, sometimes very long.
    mutating func text(pieces count: Int = 6) -> String {
        var out = ""
        for _ in 0..<int(0...count) { out += pick(Self.pieces) }
        if chance(0.05) { out += String(repeating: pick(["ก", "a", "น้ำ"]), count: int(150...6_000)) }
        return out
    }

    /// Text that is usually fine: Thai and English words, sometimes one hostile piece.
    mutating func mostlyFineText() -> String {
        var words = (0..<int(1...4)).map { _ in pick(["ชมรม", "ผู้สูงอายุ", "ตำบล", "เวียง", "Club", "care", "น้ำใจ", "2568"]) }
        if chance(0.5) { words.insert(pick(Self.pieces), at: int(0...words.count)) }
        return words.joined(separator: pick([" ", "", "\n"]))
    }

    mutating func number() -> String {
        pick(["nan", "NaN", "inf", "-inf", "infinity", "1e400", "-1e400", "1e308", "-1", "-0", "0", "1", "1.5", "12,500",
              "99999999999999999999", "0x10", "1_000", "", " 7 ", "๑๒", "1e15", "-5", "100000001", "3.0"])
    }

    mutating func year() -> String {
        pick(["2568", "2025", "1899", "1900", "2200", "2201", "2442", "2443", "2743", "2744", "0", "-2025", "25", "20250",
              String(int(1800...2900))])
    }

    mutating func date() -> String {
        pick(["2025-02-30", "2025-02-29", "2024-02-29", "2567-02-29", "2568-02-29", "2025-13-01", "2025-00-10", "2025-1-5",
              "31/12/2568", "30/02/2568", "2025-12-31", "1899-12-31", "2201-01-01", "2025/06/31", "2025-06-31x", "2025--06-01",
              "2025-xx-06-01", "2025-06", "", "๒๕๖๘-๐๑-๐๑", "2025-06-01T00:00",
              "\(int(1850...2800))-\(int(0...13))-\(int(0...32))"])
    }

    /// Any of the above, or a plausible value for a field of `kind`.
    mutating func value(for kind: FieldKind) -> String {
        if chance(0.35) { return text() }
        switch kind {
        case .integer, .real: return number()
        case .year: return year()
        case .date: return date()
        case .phone: return pick(["081-234-5678", "0812345678", "+66 81 234 5678", "12345", "08123456789", "081\u{1B}2345678"])
        case .email: return pick(["a@b.org", "A@B.ORG", "a@b", "a b@c.org", "a@b.org\u{0}", "ก@ข.ไทย"])
        case .lineID: return pick(["line.id", "@Official", "UPPER", "ไทย", String(repeating: "a", count: 41)])
        case .bool: return pick(["true", "no", "ใช่", "maybe", "2"])
        case let .word(words), let .words(words): return pick(words + ["Player", "none", "player,asset", "\u{1B}player"])
        case .areaCode, .areaCodes: return pick(["560101", "TH560101", "56", "5601", "999999", "56x", "560101,560102", ""])
        case .recordID, .recordIDs: return pick(["abc", "ABC", "a b", "a\u{1B}b", ""])
        case .caseCode: return pick(["C-001", "c001", "1234567890123", "081-234-5678", "สมชาย", "CASE\u{1B}1"])
        case .indicatorID: return pick(["s90s10", "S90S10", "my_index", "bad-id", String(repeating: "x", count: 41), "ดัชนี"])
        case .text: return mostlyFineText()
        }
    }
}
