import Foundation
import EcosystemStore

/// How indicator values read to people (JSON keeps the unrounded doubles).
enum IndicatorFormat {
    /// "23.4%" for a percentage, "0.412" for the Gini, "45,210" baht, "4.62" for ratios;
    /// an undefined value says so instead of showing a number.
    static func value(_ value: Double?, _ definition: IndicatorDefinition?, thai: Bool) -> String {
        guard let value else { return thai ? "ไม่นิยาม" : "undefined" }
        guard let definition else { return decimal(value, digits: 2) }
        if definition.unitEN == "%" { return decimal(value * 100, digits: 1) + "%" }
        if definition.isShare { return decimal(value, digits: 3) }
        if definition.id == "mean_income" { return grouped(value) }
        return decimal(value, digits: 2)
    }

    /// The value with its unit ("45,210 บาท"), except where the figure carries its own.
    static func valueWithUnit(_ value: Double?, _ definition: IndicatorDefinition?, thai: Bool) -> String {
        let text = self.value(value, definition, thai: thai)
        guard value != nil, let definition, definition.unitEN != "%" else { return text }
        let unit = definition.unit(thai: thai)
        return unit.isEmpty ? text : "\(text) \(unit)"
    }

    /// A year as the interface shows it: Buddhist era in Thai.
    static func year(_ year: Int, thai: Bool) -> String { String(thai ? year + 543 : year) }

    /// Whole baht with thousands separators.
    static func grouped(_ value: Double) -> String {
        // A stored value an older version let in (infinite, or beyond any
        // income) is shown as it is, never converted to a whole number.
        guard value.isFinite, abs(value) < 1e15 else { return decimal(value, digits: 0) }
        let whole = Int64(value.rounded())
        let digits = String(abs(whole))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (whole < 0 ? "-" : "") + out
    }

    static func decimal(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// "เส้นความยากจน 38,000 บาท/คน/ปี" — printed wherever the headcount is shown.
    static func povertyLineNote(_ line: Double, thai: Bool) -> String {
        thai ? "เส้นความยากจน \(grouped(line)) บาท/คน/ปี (รายได้ต่อหัวต่ำกว่าเส้นนี้นับเป็นคนยากจน)"
            : "poverty line \(grouped(line)) baht per person per year (per-capita income below it counts as poor)"
    }

    /// The mark and its note for values from fewer than 30 households.
    static let smallSampleMark = "*"
    static func smallSampleNote(thai: Bool) -> String {
        thai ? "\(smallSampleMark) ตัวอย่างน้อย (ต่ำกว่า \(InequalityMeasures.smallSampleThreshold) ครัวเรือน) ใช้ค่าอย่างระมัดระวัง"
            : "\(smallSampleMark) small sample (fewer than \(InequalityMeasures.smallSampleThreshold) households): read with care"
    }
}
