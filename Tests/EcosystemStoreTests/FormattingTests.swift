import XCTest
@testable import EcosystemStore

/// One way to write each unit, each date, each number, for every place a
/// person reads them (docs/formatting.md).
final class FormattingTests: XCTestCase {
    private func definition(_ id: String, unitTH: String, unitEN: String, isShare: Bool) -> IndicatorDefinition {
        IndicatorDefinition(id: id, nameTH: id, nameEN: id, unitTH: unitTH, unitEN: unitEN, higherIsWorse: true, isShare: isShare, source: "")
    }

    func testNumbersUseArabicDigitsAndThousandsSeparators() {
        XCTAssertEqual(NumberText.decimal(160_082.4, decimals: 0), "160,082")
        XCTAssertEqual(NumberText.decimal(1_234_567.891, decimals: 2), "1,234,567.89")
        XCTAssertEqual(NumberText.decimal(999.5, decimals: 0), "1,000")
        XCTAssertEqual(NumberText.decimal(12.5, decimals: 0), "13", "half away from zero, as ROUND does")
        XCTAssertEqual(NumberText.decimal(-12.5, decimals: 0), "-13")
        XCTAssertEqual(NumberText.decimal(0.125, decimals: 2), "0.13")
        XCTAssertEqual(NumberText.decimal(-0.0004, decimals: 2), "0.00", "no negative zero")
        XCTAssertEqual(NumberText.decimal(-43_777, decimals: 0), "-43,777")
        XCTAssertEqual(NumberText.decimal(.nan, decimals: 1), "—")
        XCTAssertEqual(NumberText.count(1234), "1,234")
        XCTAssertEqual(NumberText.count(-1_000_000), "-1,000,000")
        XCTAssertEqual(NumberText.count(0), "0")
        // A count's English noun agrees with it; separators unless a plain report asks otherwise.
        XCTAssertEqual(NumberText.count(1, "row"), "1 row")
        XCTAssertEqual(NumberText.count(0, "row"), "0 rows")
        XCTAssertEqual(NumberText.count(1234, "row"), "1,234 rows")
        XCTAssertEqual(NumberText.count(7436, "area", separators: false), "7436 areas")
        XCTAssertEqual(NumberText.count(2, "boundary", "boundaries"), "2 boundaries")
        XCTAssertEqual(NumberText.count(1, "boundary", "boundaries"), "1 boundary")
        // Never Thai numerals, in either language.
        let thaiDigits = Set("๐๑๒๓๔๕๖๗๘๙")
        for thai in [true, false] {
            XCTAssertFalse(IndicatorUnit.baht.text(160_082, thai: thai).contains(where: thaiDigits.contains))
        }
    }

    /// The units of the five built-in indicators, as their definitions in the schema give them.
    func testEachIndicatorReadsInItsUnit() {
        let s90s10 = IndicatorUnit(definition("s90s10", unitTH: "เท่า", unitEN: "times", isShare: false))
        let gini = IndicatorUnit(definition("gini", unitTH: "", unitEN: "", isShare: true))
        let poverty = IndicatorUnit(definition("poverty_headcount", unitTH: "%", unitEN: "%", isShare: true))
        let income = IndicatorUnit(definition("mean_income", unitTH: "บาท", unitEN: "baht", isShare: false))
        XCTAssertEqual([s90s10, gini, poverty, income], [.ratio, .coefficient, .share, .baht])
        XCTAssertEqual(s90s10.text(12.8, thai: true), "12.80 เท่า")
        XCTAssertEqual(s90s10.text(12.8, thai: false), "12.80 times")
        XCTAssertEqual(s90s10.text(12.8, thai: true, withUnit: false), "12.80")
        XCTAssertEqual(gini.text(0.4035, thai: true), "0.404", "a coefficient, never a percentage")
        XCTAssertEqual(poverty.text(0.125, thai: true), "12.5%")
        XCTAssertEqual(poverty.text(0.125, thai: false, withUnit: false), "12.5%", "the % is part of a share")
        XCTAssertEqual(income.text(160_082.4, thai: true), "160,082 บาท")
        XCTAssertEqual(income.text(160_082.4, thai: false), "160,082 baht")
        XCTAssertEqual(s90s10.text(nil, thai: true), "ไม่นิยาม")
        XCTAssertEqual(s90s10.text(nil, thai: false), "undefined")
        // An imported indicator without a definition, and counts.
        XCTAssertEqual(IndicatorUnit(nil).text(1234.567, thai: true), "1,234.57")
        let people = IndicatorUnit(definition("elderly", unitTH: "คน", unitEN: "people", isShare: false))
        XCTAssertEqual(people, .count(unitTH: "คน", unitEN: "people"))
        XCTAssertEqual(people.text(1234, thai: true), "1,234 คน")
        XCTAssertEqual(IndicatorUnit.share.unitWord(thai: true), "%")
        XCTAssertEqual(IndicatorUnit.coefficient.unitWord(thai: false), "")
    }

    func testLegendRangesAreWrittenLikeTheValues() {
        XCTAssertEqual(IndicatorUnit.share.range(0, 0.084), "0.0%–8.4%")
        XCTAssertEqual(IndicatorUnit.ratio.range(3.4, 5.8), "3.40–5.80")
        XCTAssertEqual(IndicatorUnit.baht.range(43_777, 67_361), "43,777–67,361")
        XCTAssertEqual(IndicatorUnit.coefficient.range(0.193, 0.275, dash: ".."), "0.193..0.275")
        XCTAssertEqual(IndicatorUnit.share.classEdges([0, 0.034, 0.084, 0.2]), ["0.0%", "3.4%", "8.4%", "20.0%"])
        // More decimals only where two edges would read the same.
        XCTAssertEqual(IndicatorUnit.ratio.classEdges([3.401, 3.404, 5.8]), ["3.401", "3.404", "5.800"])
        XCTAssertEqual(IndicatorUnit.baht.classEdges([100, 100, 200]), ["100", "100", "200"], "equal edges stay equal")
    }

    func testCompactFormsOnlyWhereTheWidthDemands() {
        XCTAssertEqual(IndicatorUnit.baht.compact(160_082, columns: 7), "160,082")
        XCTAssertEqual(IndicatorUnit.baht.compact(160_082, columns: 5), "160k")
        XCTAssertEqual(IndicatorUnit.baht.compact(9_540, columns: 4), "9.5k")
        XCTAssertEqual(IndicatorUnit.baht.compact(1_234_567, columns: 5), "1.2M")
        XCTAssertEqual(IndicatorUnit.count(unitTH: "", unitEN: "").compact(12_345, columns: 4), "12k")
        XCTAssertEqual(IndicatorUnit.share.compact(0.125, columns: 5), "12.5%")
        XCTAssertEqual(IndicatorUnit.share.compact(0.125, columns: 3), "13%")
        XCTAssertEqual(IndicatorUnit.ratio.compact(12.8, columns: 4), "12.8")
        XCTAssertEqual(IndicatorUnit.ratio.compact(12.8, columns: 2), "13")
        XCTAssertEqual(IndicatorUnit.coefficient.compact(0.4035, columns: 4), "0.40")
        // Too narrow for any form: the shortest, for the caller to cut.
        XCTAssertEqual(IndicatorUnit.baht.compact(160_082, columns: 1), "160k")
    }

    func testDatesShownBuddhistInThaiAndGregorianInEnglish() {
        XCTAssertEqual(CalendarDate.display("2026-11-29", thai: true), "29 พ.ย. 2569")
        XCTAssertEqual(CalendarDate.display("2026-11-29", thai: false), "29 Nov 2026")
        XCTAssertEqual(CalendarDate.display("2025-01-02T08:00:00+07:00", thai: true), "2 ม.ค. 2568")
        XCTAssertEqual(CalendarDate.display("not a date", thai: true), "not a date")
        XCTAssertEqual(CalendarDate.year(2026, thai: true), "2569")
        XCTAssertEqual(CalendarDate.year(2026, thai: false), "2026")
        // A moment is shown as its day in Thailand: 20:00 UTC on 28 Nov is 29 Nov in Bangkok.
        let evening = Date(timeIntervalSince1970: 1_795_896_000)  // 2026-11-28T20:00:00Z
        XCTAssertEqual(CalendarDate.display(evening, thai: true), "29 พ.ย. 2569")
        XCTAssertEqual(CalendarDate.iso(evening), "2026-11-29")
    }

    func testDatesAreReadInEveryFormAPersonTypes() {
        for typed in ["2026-11-29", "2569-11-29", "29/11/2569", "29/11/2026", "29-11-2026", "29.11.2569", "29 พ.ย. 2569",
                      "29 พย 2569", "29 พฤศจิกายน 2569", "29 Nov 2026", "29 november 2026", "Nov 29, 2026", " 29/11/2569 ",
                      "๒๙/๑๑/๒๕๖๙", "29 พ.ย. 2026"] {
            XCTAssertEqual(CalendarDate.parse(typed), "2026-11-29", typed)
        }
        // What the display shows is read back.
        for iso in ["2024-02-29", "2026-01-01", "2030-12-31"] {
            for thai in [true, false] { XCTAssertEqual(CalendarDate.parse(CalendarDate.display(iso, thai: thai)), iso) }
        }
        XCTAssertEqual(CalendarDate.parse("1/2/2568"), "2025-02-01", "day first, as in Thailand")
    }

    func testImpossibleDatesAreRefusedInBothLanguages() throws {
        func why(_ s: String) -> ValidationReason? {
            if case let .failure(reason) = CalendarDate.read(s) { return reason }
            return nil
        }
        let feb30 = try XCTUnwrap(why("2025-02-30"))
        XCTAssertEqual(feb30.english, "there is no 30 Feb 2025: February 2025 has 28 days")
        XCTAssertEqual(feb30.thai, "ไม่มีวันที่ 30 ก.พ. 2568: กุมภาพันธ์ 2568 มี 28 วัน")
        XCTAssertNil(why("2024-02-29"), "2024 is a leap year")
        XCTAssertNotNil(why("29/02/2568"), "2025 is not")
        XCTAssertNotNil(why("31/04/2569"))
        XCTAssertEqual(try XCTUnwrap(why("2025-13-01")).english, "there is no month 13: a month is 1 to 12")
        XCTAssertEqual(try XCTUnwrap(why("29/11/69")).thai, "เขียนปีให้ครบสี่หลัก (2569 หรือ 2026) ไม่ใช่ 69")
        XCTAssertEqual(try XCTUnwrap(why("29/11/2300")).english,
                       "year 2300 is neither Christian era (1900–2200) nor Buddhist era (2443–2743)")
        XCTAssertEqual(try XCTUnwrap(why("เมื่อวาน")).english, "not a date: write it as 29/11/2569, 29 Nov 2026 or 2026-11-29")
        XCTAssertNotNil(why("29 Foo 2026"))
        XCTAssertNotNil(why(""))
    }

    /// A date an earlier tisep could store (2025-02-30) does not stop a
    /// bundle: that value is held back, kept for review, and the rest imports.
    func testBundlesKeepAcceptingWhatEarlierVersionsStored() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        let e = try a.entity("ชมรม")
        let log = try a.records.create(.contactLog, ["entity": e, "date": "2025-02-28", "note": "โทรแล้ว"])
        let old = lab.path("old.tisep")
        try rewriteBundle(try lab.export(a), to: old) { $0.map { $0.replacingOccurrences(of: "\"2025-02-28\"", with: "\"2025-02-30\"") } }
        let summary = try b.sync.importBundle(at: old)
        XCTAssertEqual(summary.heldBack.map { "\($0.id) \($0.field) \($0.value ?? "")" }, ["\(log) date 2025-02-30"])
        XCTAssertEqual(try b.records.record(log)?["note"], "โทรแล้ว")
        XCTAssertNil(try b.records.record(log)?["date"])
    }

    /// The store refuses an impossible date with the same message and keeps nothing.
    func testTheStoreRefusesAnImpossibleDate() throws {
        let store = try smallStore()
        let entity = try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุตำบลเวียง", "p4": "player", "role": "implementer", "area": "560101"])
        XCTAssertThrowsError(try store.records.create(.contactLog, ["entity": entity, "date": "2025-02-30"])) { error in
            guard case let StoreError.invalidValue(field, _, reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "date")
            XCTAssertEqual(reason.thai, "ไม่มีวันที่ 30 ก.พ. 2568: กุมภาพันธ์ 2568 มี 28 วัน")
        }
        let log = try store.records.create(.contactLog, ["entity": entity, "date": "29 พ.ย. 2569"])
        XCTAssertEqual(try store.records.record(log)?["date"], "2026-11-29")
    }
}
