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

    /// What the interval column means, in one line.
    static func intervalNote(thai: Bool) -> String {
        thai ? "ช่วง 95%: ค่าที่เป็นไปได้จากตัวอย่างครัวเรือน (บูตสแตรป) ค่าจริงอาจอยู่ที่ใดก็ได้ในช่วงนี้"
            : "95% interval: the values the household sample allows (bootstrap); the true value may lie anywhere in it"
    }
}
