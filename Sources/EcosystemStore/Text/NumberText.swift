import Foundation

/// Numbers as a person reads them, in Thai and in English alike: Arabic
/// digits (never Thai numerals), a comma between thousands, a full stop
/// before decimals. Machine outputs (`--json`, CSV, bundles) never go
/// through here: they keep plain values.
///
/// ```swift
/// NumberText.decimal(160082.4, decimals: 0)  // "160,082"
/// NumberText.decimal(-0.001, decimals: 2)    // "0.00" (no "-0.00")
/// NumberText.count(1234)                     // "1,234"
/// NumberText.count(1, "row")                  // "1 row" (and "2 rows")
/// ```
public enum NumberText {
    /// `value` rounded to `decimals` decimals (half away from zero), with
    /// thousands separators.
    /// Not a number reads "—".
    public static func decimal(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : value > 0 ? "∞" : "-∞" }
        // Half away from zero (12.5 → 13), as a spreadsheet's ROUND does;
        // printf alone would round an exact half to even (12.5 → 12).
        let places = max(0, decimals)
        let scale = pow(10, Double(places))
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        let rounded = scaled.isFinite && abs(scaled) < 1e15 ? scaled / scale : value
        var text = String(format: "%.\(places)f", rounded)
        var negative = false
        if text.hasPrefix("-") {
            text.removeFirst()
            // "-0.00" reads as a negative value that is not there.
            negative = !text.allSatisfy { $0 == "0" || $0 == "." }
        }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = grouped(parts[0])
        return (negative ? "-" : "") + whole + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A whole number with thousands separators: "1,234".
    public static func count(_ n: Int) -> String {
        (n < 0 ? "-" : "") + grouped(Substring(String(n.magnitude)))
    }

    /// A count with its English noun, agreeing with the number: "1 row",
    /// "0 rows", "1,234 rows"; `plural` for a noun that does not take "s"
    /// ("1 entry", "2 entries"). Without `separators` the number stays plain
    /// ("7436 areas"), for the one-line reports scripts read too.
    /// Thai nouns do not change with a number: `Texts.count` writes
    /// "1 แถว" and "3 แถว" alike (docs/formatting.md, "Counts").
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil, separators: Bool = true) -> String {
        (separators ? count(n) : String(n)) + " " + noun(n, singular, plural)
    }

    /// The English noun for `n` of it, where the number stands apart
    /// ("3/55 players"): `singular` for 1, else `plural` or `singular` + "s".
    public static func noun(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        n == 1 ? singular : plural ?? singular + "s"
    }

    private static func grouped(_ digits: Substring) -> String {
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

/// The unit an indicator is read in, and the one way each unit is written
/// for people — the map legend, the panes, the CLI's text and the brief all
/// write a value through here, so the same number reads the same everywhere.
///
/// | unit | full | compact (narrow places) |
/// |---|---|---|
/// | share (0–1) | `12.5%` | `13%` |
/// | coefficient (Gini, 0–1) | `0.404` | `0.40` |
/// | ratio (S90/S10, Palma) | `12.80 เท่า` / `12.80 times` | `12.8`, `13` |
/// | baht | `160,082 บาท` / `160,082 baht` | `160k`, `1.2M` |
/// | count | `1,234` | `1.2k` |
///
/// Compact forms are used only where the full number does not fit
/// (`compact(_:columns:)`), and `k`/`M` read the same in both languages.
public enum IndicatorUnit: Sendable, Equatable {
    /// A fraction from 0 to 1 shown as a percentage, one decimal: 0.125 → "12.5%".
    case share
    /// An index from 0 to 1 shown as a decimal, three decimals: the Gini
    /// coefficient 0.404 (as NESDC publishes it; not a percentage, since it
    /// is no share of anything, and three decimals because tambons differ
    /// in the second).
    case coefficient
    /// How many times one quantity is another, two decimals: S90/S10 "12.80".
    case ratio
    /// Whole baht: "160,082 บาท".
    case baht
    /// Whole things (people, households), with the definition's unit word if any.
    case count(unitTH: String, unitEN: String)
    /// An indicator this list does not know (imported): two decimals and
    /// the definition's unit word.
    case other(unitTH: String, unitEN: String)

    /// The unit of an indicator, from its definition: a share whose unit is
    /// `%` is a share; a share without one is a coefficient (the Gini);
    /// `เท่า`/`times` a ratio; `บาท`/`baht` baht; people or households a
    /// count. No definition: `.other` without a unit word.
    public init(_ definition: IndicatorDefinition?) {
        guard let d = definition else { self = .other(unitTH: "", unitEN: ""); return }
        let en = d.unitEN.lowercased()
        if en == "%" || d.unitTH == "%" || d.unitTH == "ร้อยละ" { self = .share; return }
        if d.isShare { self = .coefficient; return }
        switch en {
        case "times", "x": self = .ratio
        case "baht", "thb": self = .baht
        case "people", "persons", "households", "count", "number":
            self = .count(unitTH: d.unitTH, unitEN: d.unitEN)
        default:
            switch d.unitTH {
            case "เท่า": self = .ratio
            case "บาท": self = .baht
            case "คน", "ครัวเรือน", "ราย", "แห่ง": self = .count(unitTH: d.unitTH, unitEN: d.unitEN)
            default: self = .other(unitTH: d.unitTH, unitEN: d.unitEN)
            }
        }
    }

    /// Decimals of the full form.
    public var decimals: Int {
        switch self {
        case .share: return 1  // of the percentage
        case .coefficient: return 3
        case .ratio, .other: return 2
        case .baht, .count: return 0
        }
    }

    /// The unit word shown after a value or in a legend title: "เท่า",
    /// "บาท"; "%" for a share; "" for a coefficient.
    public func unitWord(thai: Bool) -> String {
        switch self {
        case .share: return "%"
        case .coefficient: return ""
        case .ratio: return thai ? "เท่า" : "times"
        case .baht: return thai ? "บาท" : "baht"
        case let .count(th, en), let .other(th, en): return thai ? th : en
        }
    }

    /// What a value that cannot be computed says (S90/S10 when the poorest
    /// tenth has no income).
    public static func undefined(thai: Bool) -> String { thai ? "ไม่นิยาม" : "undefined" }

    /// The full form: "12.5%", "0.404", "12.80 เท่า", "160,082 บาท", "1,234";
    /// without the unit word when `withUnit` is false (in a column whose
    /// header names the unit). A share keeps its `%`: it is part of the number.
    public func text(_ value: Double?, thai: Bool, withUnit: Bool = true) -> String {
        guard let value else { return IndicatorUnit.undefined(thai: thai) }
        let number = bare(value, decimals: decimals)
        guard withUnit else { return number }
        let word = unitWord(thai: thai)
        return word.isEmpty || self == .share ? number : "\(number) \(word)"
    }

    /// The number alone at `decimals` decimals ("12.5%" for a share).
    public func bare(_ value: Double, decimals: Int) -> String {
        switch self {
        case .share: return NumberText.decimal(value * 100, decimals: decimals) + "%"
        default: return NumberText.decimal(value, decimals: decimals)
        }
    }

    /// The value in at most `columns` display columns if it can be: the full
    /// number (without unit word) when it fits, else fewer decimals, else
    /// thousands as `k` and millions as `M`. The shortest form is returned
    /// even if it is still too wide; the caller truncates.
    public func compact(_ value: Double, columns: Int) -> String {
        var candidates = [bare(value, decimals: decimals)]
        switch self {
        case .share:
            candidates.append(bare(value, decimals: 0))
        case .coefficient:
            candidates.append(bare(value, decimals: 2))
        case .ratio, .other:
            candidates += [bare(value, decimals: 1), bare(value, decimals: 0)]
        case .baht, .count:
            break
        }
        if self != .share, self != .coefficient, abs(value) >= 1000 { candidates += IndicatorUnit.abbreviated(value) }
        return candidates.first { DisplayWidth.columns($0) <= columns } ?? candidates.min { $0.count < $1.count }!
    }

    /// 9,500 → "9.5k", "10k"; 160,082 → "160k"; 1,234,567 → "1.2M", "1M".
    private static func abbreviated(_ value: Double) -> [String] {
        let a = abs(value)
        let (scaled, suffix) = a >= 999_500 ? (value / 1_000_000, "M") : (value / 1000, "k")
        let oneDecimal = NumberText.decimal(scaled, decimals: 1)
        let whole = NumberText.decimal(scaled, decimals: 0)
        return abs(scaled) < 9.95 ? [oneDecimal + suffix, whole + suffix] : [whole + suffix]
    }

    /// A range as a legend class shows it: "0.0%–8.4%", "3.40–5.80",
    /// "43,777–67,361" (the unit word is in the legend's title).
    public func range(_ low: Double, _ high: Double, dash: String = "–") -> String {
        bare(low, decimals: decimals) + dash + bare(high, decimals: decimals)
    }

    /// A 95 % interval as the panes, the brief and `tisep indicators` write
    /// it, without the unit word: "10.20–14.80"; with no upper end
    /// (`high` nil) "อย่างน้อย 10.20" / "at least 10.20".
    public func interval(_ interval: BootstrapInterval, thai: Bool) -> String {
        guard let high = interval.high else {
            return (thai ? "อย่างน้อย " : "at least ") + bare(interval.low, decimals: decimals)
        }
        return range(interval.low, high)
    }

    /// The edges of a legend's classes, written alike, with more decimals
    /// than the full form only where two edges would otherwise read the
    /// same (at most three more).
    public func classEdges(_ edges: [Double]) -> [String] {
        var d = decimals
        while true {
            let texts: [String] = edges.map { bare($0, decimals: d) }
            var distinct = true
            for i in edges.indices.dropLast() where edges[i] != edges[i + 1] && texts[i] == texts[i + 1] { distinct = false }
            if distinct || d >= decimals + 3 { return texts }
            d += 1
        }
    }
}
