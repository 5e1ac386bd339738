import Foundation
import XCTest
@testable import EcosystemStore

/// The one acceptance rule (`FieldSpec.check`, `TextRule`, `Area.problems`),
/// tested with generated input: whatever a user types is refused with a
/// reason in both languages, or becomes a value the rule (and so every
/// peer's bundle reader) accepts.
final class AcceptanceRuleTests: XCTestCase {
    let areas: Set<String> = ["56", "5601", "560101", "560102"]

    /// Every field of every type, thousands of generated inputs: refused
    /// with a reason, or canonical, accepted by `check` and unchanged by a
    /// second pass (the form `tisep set` gives back is the form stored).
    func testEveryInputIsRefusedWithAReasonOrBecomesAValueTheRuleAccepts() throws {
        var g = Hostile(seed: 13)
        var accepted = 0, refused = 0
        for type in RecordType.allCases {
            for spec in type.fields {
                for _ in 0..<300 {
                    let input = g.value(for: spec.kind)
                    do {
                        guard let value = try spec.canonical(input, areaExists: areas.contains) else { continue }
                        accepted += 1
                        XCTAssertNil(spec.check(value), "\(type.rawValue).\(spec.name): \(JSONString.quoted(input)) became \(JSONString.quoted(value)), which the rule refuses")
                        XCTAssertEqual(try spec.canonical(value, areaExists: areas.contains), value, "\(type.rawValue).\(spec.name) is not idempotent")
                        Self.assertKeepsTheTextRule(value, spec)
                    } catch let StoreError.invalidValue(field, _, reason) {
                        refused += 1
                        XCTAssertEqual(field, spec.name)
                        XCTAssertFalse(reason.english.isEmpty || reason.thai.isEmpty, "\(spec.name): a reason in both languages")
                    }
                }
            }
        }
        XCTAssertGreaterThan(accepted, 2_000)
        XCTAssertGreaterThan(refused, 2_000)
    }

    /// What `check` lets through for a text field, verified the slow way
    /// (Foundation's NFC, Unicode's categories), so the fast path is right.
    static func assertKeepsTheTextRule(_ value: String, _ spec: FieldSpec, file: StaticString = #filePath, line: UInt = #line) {
        guard spec.kind == .text else { return }
        let rule = spec.textRule
        XCTAssertEqual(Array(value.precomposedStringWithCanonicalMapping.utf8), Array(value.utf8), "NFC", file: file, line: line)
        XCTAssertLessThanOrEqual(value.unicodeScalars.count, rule.maxLength, file: file, line: line)
        for s in value.unicodeScalars where s.properties.generalCategory == .control {
            XCTAssertTrue(rule.multiline && (s == "\n" || s == "\t"), "\(spec.name) holds \(s.value)", file: file, line: line)
        }
        XCTAssertFalse([0x2028, 0x2029, 0x202E, 0x2066].contains(value.unicodeScalars.first { [0x2028, 0x2029, 0x202E, 0x2066].contains($0.value) }?.value ?? 0),
                       file: file, line: line)
        if let first = value.unicodeScalars.first {
            XCTAssertFalse([.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory),
                           "\(spec.name) starts with a combining mark", file: file, line: line)
        }
    }

    /// The text rule's one-pass verdict against the slow definition, on
    /// generated text: refused exactly when it has a control character
    /// (tab and line break aside in multi-line text), starts with a mark,
    /// is too long or is not NFC.
    func testTheTextRuleAgreesWithTheSlowDefinition() {
        var g = Hostile(seed: 7)
        for rule in [TextRule.name, TextRule.description, TextRule.note] {
            for _ in 0..<3_000 {
                let text = g.text(pieces: 8)
                var slow = text.unicodeScalars.contains { s in
                    let v = s.value
                    let control = v < 0x20 || (v >= 0x7F && v < 0xA0) || [0x2028, 0x2029].contains(v)
                        || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                    return control && !(rule.multiline && (s == "\n" || s == "\t"))
                }
                if let first = text.unicodeScalars.first, [.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory) { slow = true }
                if text.unicodeScalars.count > rule.maxLength { slow = true }
                // (Swift's == compares canonical equivalents equal: compare the bytes.)
                if !text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8) { slow = true }
                if rule.noPersonalData, PersonalData.problem(in: text) != nil { slow = true }
                XCTAssertEqual(rule.problem(text) != nil, slow, JSONString.quoted(String(text.prefix(80))))
            }
        }
    }

    /// The byte-by-byte checks bundles use agree with the parsers they stand for.
    func testTheQuickChecksAgreeWithTheParsers() {
        var g = Hostile(seed: 17)
        for _ in 0..<20_000 {
            let digits = String((0..<g.int(7...11)).map { _ in g.pick(Array("0000689123-x ")) })
            var isCanonical = false
            if case .success(digits) = PhoneNumber.normalize(digits) { isCanonical = true }
            XCTAssertEqual(PhoneNumber.isCanonical(digits), isCanonical, digits)
            let date = g.chance(0.5) ? String(format: "%04d-%02d-%02d", g.int(1890...2210), g.int(0...13), g.int(0...32)) : g.date()
            var isDate = false
            if case .success(date) = CalendarDate.read(date) { isDate = true }
            XCTAssertEqual(CalendarDate.isCanonical(date), isDate, date)
        }
    }

    func testTextRefusalsSayWhatIsWrongInBothLanguages() throws {
        let store = try smallStore()
        func refusal(_ input: [String: String]) -> ValidationReason? {
            do { _ = try store.records.create(.entity, input.merging(["p4": "asset"]) { a, _ in a }); return nil }
            catch let StoreError.invalidValue(_, _, reason) { return reason } catch { return nil }
        }
        XCTAssertEqual(refusal(["name_th": "ชมรม\u{1B}[31m"])?.english.hasPrefix("has a control character (U+001B)"), true)
        XCTAssertEqual(refusal(["name_th": "ชมรม\nเวียง"])?.english.hasPrefix("has a line break or tab"), true)
        XCTAssertEqual(refusal(["name_th": "\u{0E34}ชมรม"])?.thai.hasPrefix("ขึ้นต้นด้วยเครื่องหมายกำกับ"), true)
        XCTAssertEqual(refusal(["name_th": String(repeating: "ก", count: 201)])?.english, "too long: 201 characters, at most 200")
        XCTAssertEqual(refusal(["name_th": "ชมรม", "description": String(repeating: "ก", count: 2_000_000)])?.english,
                       "too long: 2000000 characters, at most 5000")
        XCTAssertNil(refusal(["name_th": "ชมรม", "description": "บรรทัดหนึ่ง\r\nบรรทัดสอง\tต่อ"]))
        // Decomposed input is stored composed; the bad Thai order is put right.
        let id = try store.records.create(.entity, ["name_th": "Cafe\u{0301} ก\u{0E48}\u{0E38}", "p4": "asset"])
        XCTAssertEqual(try store.records.record(id)?["name_th"].map { Array($0.unicodeScalars) }, Array("Caf\u{E9} ก\u{0E38}\u{0E48}".unicodeScalars))
    }

    /// Dates against Foundation's Gregorian calendar, for generated days,
    /// in both eras and both orders: a date is accepted exactly when it is
    /// on the calendar and its year is sane.
    func testDatesAreRealCalendarDays() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var g = Hostile(seed: 5)
        for _ in 0..<5_000 {
            let (y, m, d) = (g.int(1850...2800), g.int(0...13), g.int(0...32))
            let christian = Year.christian.contains(y) ? y : Year.buddhist.contains(y) ? y - 543 : nil
            let valid = christian.map { DateComponents(calendar: calendar, year: $0, month: m, day: d).isValidDate } ?? false
            let expected = valid ? String(format: "%04d-%02d-%02d", christian!, m, d) : nil
            let padded = String(format: "%04d-%02d-%02d", y, m, d)
            XCTAssertEqual(CalendarDate.parse(padded), expected, padded)
            XCTAssertEqual(CalendarDate.parse("\(d)/\(m)/\(y)"), expected, "\(d)/\(m)/\(y)")
        }
        XCTAssertNil(CalendarDate.parse("2025-02-30"))
        XCTAssertEqual(CalendarDate.parse("29/02/2567"), "2024-02-29", "2567 B.E. is the leap year 2024")
        XCTAssertNil(CalendarDate.parse("2025-xx-06-01"), "junk is not skipped")
        XCTAssertNil(CalendarDate.parse("2025-06-01x"))
        if case let .failure(reason) = CalendarDate.read("2025-02-30") {
            XCTAssertEqual(reason.english, "there is no 30 Feb 2025: February 2025 has 28 days")
            XCTAssertTrue(reason.thai.hasSuffix("มี 28 วัน"), reason.thai)
        } else { XCTFail("2025-02-30 accepted") }
    }

    /// Years: Christian era 1900–2200 kept, Buddhist era 2443–2743 converted,
    /// everything else refused with a message naming both ranges.
    func testYearsAreSaneInEitherEra() throws {
        let store = try smallStore()
        for year in 1800...2900 {
            let input = ["area": "560101", "target_group": "stateless", "year": String(year)]
            let expected = Year.christian.contains(year) ? year : Year.buddhist.contains(year) ? year - 543 : nil
            do {
                let values = try store.records.validate(.vulnerable, input, creating: true)
                XCTAssertEqual((values["year"] ?? nil).flatMap { Int($0) }, expected, "\(year)")
            } catch let StoreError.invalidValue(field, _, reason) {
                XCTAssertNil(expected, "\(year) refused")
                XCTAssertEqual(field, "year")
                XCTAssertTrue(reason.english.contains("1900–2200") && reason.english.contains("2443–2743"), reason.english)
            }
        }
    }

    func testNumbersAreFiniteAndInRange() throws {
        let store = try smallStore()
        let e = try store.records.create(.entity, ["name_th": "ชมรม", "p4": "asset"])
        for bad in ["nan", "inf", "-inf", "1e400", "infinity", "-1", "20000000000000"] {
            XCTAssertThrowsError(try store.records.create(.project, ["name_th": "โครงการ", "budget": bad]), bad)
        }
        for bad in ["-1", "-5", "100000001", "1.5", "nan"] {
            XCTAssertThrowsError(try store.records.create(.vulnerable, ["area": "560101", "target_group": "stateless", "registered": bad]), bad)
        }
        XCTAssertEqual(try store.records.record(try store.records.create(.project, ["name_th": "โครงการ", "budget": "12,500.5", "lead": e]))?["budget"], "12500.5")
        let count = try store.records.create(.vulnerable, ["area": "560101", "target_group": "stateless", "registered": "1,200", "year": "2568"])
        XCTAssertEqual(try store.records.record(count)?["registered"], "1200")
        XCTAssertEqual(try store.records.record(count)?["year"], "2025")
    }

    func testAreasKeepTheRuleOnEveryWayIn() throws {
        let store = try smallStore()
        let tambon = { (lat: Double?, lon: Double?) in
            Area(code: "560103", level: .tambon, parent: "5601", nameTH: "ใหม่", nameEN: "New", lat: lat, lon: lon, postalCode: "56000")
        }
        for (lat, lon) in [(Double.nan, 99.9), (19.0, .infinity), (95, 99.9), (19, 200), (1e300, 99), (4.9, 99), (19, 106.1)] {
            XCTAssertThrowsError(try store.areas.upsert(tambon(lat, lon)), "\(lat), \(lon)") { error in
                XCTAssertTrue("\(error)".contains("not in Thailand"), "\(error)")
            }
        }
        XCTAssertNoThrow(try store.areas.upsert(tambon(19.2, 99.9)))
        XCTAssertThrowsError(try store.areas.upsert(Area(code: "560104", level: .tambon, parent: "5601", nameTH: "ชื่อ\u{1B}]0;x\u{7}", nameEN: "")))
        XCTAssertThrowsError(try store.areas.upsert(Area(code: "560104", level: .tambon, parent: "5601", nameTH: "ชื่อ", nameEN: "", postalCode: "5600")))
        let csv = try CSVTable(text: """
            SUB_DISTRICT_CODE,SUB_DISTRICT_THAI,SUB_DISTRICT_ENGLISH,LATITUDE,LONGITUDE,POSTAL_CODE
            560105,ดี,Good,19.1,99.8,56000
            560106,ไม่ดี,Bad,nan,99.8,56000
            560107,ไกล,Far,19.1,200,56000
            560108,"ชื่อ\u{1B}[2J",Escape,19.1,99.8,56000
            560109,ไม่มีพิกัด,None,None,None,56000
            """)
        let report = try store.areas.importGeography(csv: csv, file: "t.csv")
        XCTAssertEqual(report.loaded, 2)
        XCTAssertEqual(report.problems.map(\.line), [3, 4, 5])
        XCTAssertTrue(report.problems[0].reason.contains("latitude nan is not in Thailand"), report.problems[0].reason)
    }

    /// Indicator values from a CSV go through the same field rules as
    /// `tisep add`: ids of a sane form and length, sane years, finite values.
    func testPublishedIndicatorValuesKeepTheRule() throws {
        let store = try smallStore()
        let long = String(repeating: "x", count: 100_000)
        let csv = try CSVTable(text: """
            area_code,indicator,year,value,source
            560101,gini,2568,0.41,NSO
            560101,\(long),2025,1,NSO
            560101,gini,2025-02-30,1,NSO
            560101,palma,2025,inf,NSO
            560101,palma,2025,1e400,NSO
            560101,palma,2301,2,NSO
            560101,s90s10,2025,NA,"NSO\u{1B}[31m"
            560199,s90s10,2025,3,NSO
            """)
        let report = try store.indicators.importValues(csv: csv, file: "v.csv")
        XCTAssertEqual(report.loaded, 1)
        XCTAssertEqual(report.problems.map(\.line), [3, 4, 5, 6, 7, 8, 9])
        XCTAssertTrue(report.problems.allSatisfy { $0.reason.utf8.count < 300 }, "a 100,000-character id is not echoed whole")
        XCTAssertEqual(try store.indicators.values(of: "560101").first?.year, 2025)
    }

    func testTheLaptopNameKeepsTheRule() throws {
        let store = try smallStore()
        XCTAssertThrowsError(try store.laptop.setName("เวียง\u{1B}]0;pwned\u{7}"))
        XCTAssertThrowsError(try store.laptop.setName(String(repeating: "ก", count: 61)))
        XCTAssertNoThrow(try store.laptop.setName("อบต.เวียง – สมศรี"))
    }

    /// The demo generator writes through `insertCanonical`, which checks
    /// the rule: a generator that made a bad value would fail here.
    func testTheGeneratorsValuesKeepTheRule() throws {
        let store = try smallStore()
        XCTAssertThrowsError(try store.records.insertCanonical(.entity, values: ["name_th": "ชมรม\u{1B}", "p4": "asset"], demo: true))
        XCTAssertThrowsError(try store.records.insertCanonical(.entity, values: ["name_th": "ชมรม", "p4": "Asset"], demo: true))
        XCTAssertThrowsError(try store.records.insertCanonical(.indicatorValue, values: ["area": "560101", "indicator": "gini", "year": "2568", "value": "0.4"], demo: true))
        XCTAssertNoThrow(try store.records.insertCanonical(.indicatorValue, values: ["area": "560101", "indicator": "gini", "year": "2025", "value": "0.4"], demo: true))
    }
}
