import Foundation
import EcosystemStore

/// The notes printed beside indicator values (brief and `tisep indicators`).
/// Numbers themselves are written by `IndicatorUnit` and `NumberText`
/// (EcosystemStore/Text/NumberText.swift), the one formatter for everything
/// a person reads; the value functions below only forward to it for the
/// commands that still call them (CLI/IndicatorCommands.swift), and go when
/// those call `IndicatorUnit` directly.
enum IndicatorFormat {
    /// The value without its unit word: "23.4%", "0.412", "45,210", "4.62".
    static func value(_ value: Double?, _ definition: IndicatorDefinition?, thai: Bool) -> String {
        IndicatorUnit(definition).text(value, thai: thai, withUnit: false)
    }

    /// A year as the interface shows it: Buddhist era in Thai.
    static func year(_ year: Int, thai: Bool) -> String { CalendarDate.year(year, thai: thai) }

    /// "เส้นความยากจน 38,000 บาท/คน/ปี" — printed wherever the headcount is shown.
    static func povertyLineNote(_ line: Double, thai: Bool) -> String {
        let baht = IndicatorUnit.baht.text(line, thai: thai, withUnit: false)
        return thai ? "เส้นความยากจน \(baht) บาท/คน/ปี (รายได้ต่อหัวต่ำกว่าเส้นนี้นับเป็นคนยากจน)"
            : "poverty line \(baht) baht per person per year (per-capita income below it counts as poor)"
    }

    /// The mark and its note for values from fewer than 30 households.
    static let smallSampleMark = "*"
    static func smallSampleNote(thai: Bool) -> String {
        thai ? "\(smallSampleMark) ตัวอย่างน้อย (ต่ำกว่า \(InequalityMeasures.smallSampleThreshold) ครัวเรือน) ใช้ค่าอย่างระมัดระวัง"
            : "\(smallSampleMark) small sample (fewer than \(InequalityMeasures.smallSampleThreshold) households): read with care"
    }

    /// The change since the previous year that has a value, in the
    /// indicator's unit, signed: "+0.12 จาก 2567" / "+0.12 since 2024";
    /// a share in percentage points ("−1.3 จุด จาก 2567" / "−1.3 pts since 2024").
    /// `short`: the amount alone when the previous value is from the year
    /// just before (a column headed "change since the previous year").
    static func change(_ c: YearChange, _ unit: IndicatorUnit, thai: Bool, short: Bool = false) -> String {
        let amount: String
        if case .share = unit {
            amount = signed(NumberText.decimal(c.change * 100, decimals: unit.decimals)) + (thai ? " จุด" : " pts")
        } else {
            amount = signed(unit.bare(c.change, decimals: unit.decimals))
        }
        if short && c.isFromYearBefore { return amount }
        return amount + (thai ? " จาก " : " since ") + year(c.previousYear, thai: thai)
    }

    /// "+0.12", "−0.12" (a minus sign, not a hyphen), "0.00" when it rounds to nothing.
    private static func signed(_ text: String) -> String {
        if text.hasPrefix("-") { return "−" + text.dropFirst() }
        return text.contains(where: { ("1"..."9").contains($0) }) ? "+" + text : text
    }

    /// A value's years as one short line: the sparkline from the first year
    /// to the last, then the last year ("▃▅▇ 2568"); the year alone when
    /// there is one.
    static func years(_ trend: Trend, thai: Bool) -> String {
        guard let last = trend.points.last?.year else { return "" }
        guard trend.points.count > 1 else { return year(last, thai: thai) }
        return trend.sparkline() + " " + year(last, thai: thai)
    }

    /// What the interval column means, in one line.
    static func intervalNote(thai: Bool) -> String {
        thai ? "ช่วง 95%: ค่าที่เป็นไปได้จากตัวอย่างครัวเรือน (บูตสแตรป) ค่าจริงอาจอยู่ที่ใดก็ได้ในช่วงนี้"
            : "95% interval: the values the household sample allows (bootstrap); the true value may lie anywhere in it"
    }
}
