import Foundation
import XCTest
@testable import EcosystemStore

/// A store holding the real (embedded) geography of `provinces` only.
func demoGeographyStore(provinces: [String]) throws -> Store {
    let store = try Store(path: ":memory:", create: true)
    try store.areas.importCompactGeography(embeddedGeography(provinces: provinces))
    return store
}

final class DemoGeneratorTests: XCTestCase {
    static let provinces = ["56", "95"]
    static let recordTables = RecordType.allCases.map(\.table)

    private func demoStore(seed: UInt64 = 2568) throws -> (Store, DemoSummary) {
        let store = try demoGeographyStore(provinces: Self.provinces)
        let summary = try DemoGenerator(seed: seed).populate(store, provinces: Self.provinces)
        return (store, summary)
    }

    /// Every row of every table the demo writes, in key order.
    private func dump(_ store: Store) throws -> [String] {
        let orders = Self.recordTables.map { ($0, "id") } + [
            ("households", "tambon_code, year, household_id"), ("record_areas", "area_code, record_id"),
            ("search_docs", "ref"), ("field_stamps", "record_id, field"), ("history", "record_id, field, stamp"),
        ]
        var out: [String] = []
        for (table, order) in orders {
            let st = try store.db.prepare("SELECT * FROM \(table) ORDER BY \(order)")
            out += try st.rows { row in
                table + ":" + (0..<row.columnCount).map { row.value($0).description }.joined(separator: "|")
            }
        }
        return out
    }

    func testSameSeedGivesIdenticalDataAndAnotherSeedDoesNot() throws {
        let (a, summaryA) = try demoStore()
        let (b, summaryB) = try demoStore()
        XCTAssertEqual(summaryA, summaryB)
        let dumpA = try dump(a)
        XCTAssertEqual(dumpA, try dump(b))
        XCTAssertGreaterThan(dumpA.count, 1000)
        let (c, _) = try demoStore(seed: 7)
        XCTAssertNotEqual(dumpA, try dump(c))
        XCTAssertEqual(try a.db.scalarInt("SELECT count(*) FROM entities WHERE stamp <> ?", [DemoGenerator.stamp.description]), 0)
    }

    func testTheSummaryCountsWithTheInterfacesNouns() throws {
        let (store, summary) = try demoStore()
        let elements = try store.db.scalarInt("SELECT count(*) FROM entities", [])
        let text = summary.description
        XCTAssertTrue(text.contains("\(elements) elements"), text)
        XCTAssertTrue(text.contains(" vulnerable-group counts") && text.contains(" indicator values"), text)
        XCTAssertFalse(text.contains(" entity") || text.contains("indicator-value"), "record types are not nouns: \(text)")
    }

    func testEveryProvinceHasAll4PsAndThreePlayersOfEachRole() throws {
        let (store, summary) = try demoStore()
        XCTAssertEqual(summary.provinces, 2)
        for province in Self.provinces {
            let inProvince = "SELECT DISTINCT e.id, e.p4, e.role FROM entities e JOIN record_areas ra ON ra.record_id = e.id WHERE substr(ra.area_code, 1, 2) = ?"
            let rows = try store.db.query(inProvince, [province]) { ($0.text(1), $0.string(2)) }
            for p4 in P4Kind.allCases {
                XCTAssertTrue(rows.contains { $0.0 == p4.rawValue }, "\(province) has no \(p4)")
            }
            for role in PlayerRole.allCases {
                XCTAssertGreaterThanOrEqual(rows.filter { $0.1 == role.rawValue }.count, 3, "\(province): \(role)")
            }
        }
    }

    func testContactDetailsAreFictionalAndRecordsCanonical() throws {
        let (store, _) = try demoStore()
        var phones: [String] = []
        for table in ["entities", "contacts"] {
            phones += try store.db.query("SELECT phone FROM \(table) WHERE phone IS NOT NULL") { $0.text(0) }
            for email in try store.db.query("SELECT email FROM \(table) WHERE email IS NOT NULL", [], { $0.text(0) }) {
                XCTAssertTrue(email.hasSuffix("@demo.invalid"), email)
            }
        }
        XCTAssertGreaterThan(phones.count, 100)
        for phone in phones {
            guard case let .success(digits) = PhoneNumber.normalize(phone) else { return XCTFail("invalid phone \(phone)") }
            let middle = digits.hasPrefix("02") ? digits.dropFirst(2).prefix(3) : digits.dropFirst(3).prefix(3)
            XCTAssertEqual(middle, "555", phone)
        }
        XCTAssertTrue(phones.contains { $0.hasPrefix("054555") }, "Phayao landlines use 054")
        XCTAssertTrue(phones.contains { $0.hasPrefix("073555") }, "Yala landlines use 073")
        XCTAssertGreaterThan(try store.db.scalarInt("SELECT count(*) FROM contacts WHERE private = 1"), 0)

        for table in Self.recordTables + ["households"] {
            XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM \(table) WHERE demo <> 1"), 0, table)
        }
        XCTAssertTrue(try store.laptop.isDemoDataSet())

        // What the generator stores is exactly what validation would store.
        for type in RecordType.allCases where type != .indicatorValue {
            for id in try store.db.query("SELECT id FROM \(type.table) ORDER BY id", [], { $0.text(0) }) {
                let record = try XCTUnwrap(store.records.record(id))
                let validated = try store.records.validate(type, record.values, creating: true)
                for (name, value) in record.values {
                    XCTAssertEqual(validated[name] ?? nil, value, "\(type.rawValue) \(id) \(name)")
                }
            }
        }
    }

    func testEveryAreaHasComputedIndicators() throws {
        let (store, summary) = try demoStore()
        let areas = try store.db.query("SELECT code FROM areas ORDER BY code") { $0.text(0) }
        XCTAssertEqual(areas.count, summary.provinces + summary.amphoes + summary.tambons)
        // Three survey years (issue 19), five indicators each.
        for area in areas {
            for year in 2023...2025 {
                XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM indicator_values WHERE area = ? AND year = ?", [area, year]), 5, "\(area) \(year)")
            }
        }
        let tambonS90 = try store.db.query("SELECT value FROM indicator_values WHERE indicator = 's90s10' AND length(area) = 6 AND year = 2025 ORDER BY value") {
            $0.optionalDouble(0)
        }.compactMap { $0 }
        XCTAssertEqual(tambonS90.count, summary.tambons)
        let median = tambonS90[tambonS90.count / 2]
        XCTAssertTrue((4...20).contains(median), "median S90/S10 \(median)")
        XCTAssertGreaterThan(tambonS90.last! / tambonS90.first!, 2, "tambons differ visibly")
        XCTAssertGreaterThan(try store.db.scalarInt("SELECT count(*) FROM indicator_values WHERE small_sample = 1 AND length(area) = 6"), 0)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM indicator_values WHERE synthetic = 0"), 0)
        XCTAssertEqual(try store.indicators.recompute(demo: true), 0, "the stored values are the computed ones")
    }

    func testVulnerableGroupsShowAGap() throws {
        let (store, summary) = try demoStore()
        XCTAssertEqual(try store.db.scalarInt("SELECT count(DISTINCT area) FROM vulnerable_groups"), summary.tambons)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM vulnerable_groups WHERE reached >= registered"), 0)
        let perTambon = try store.db.query("SELECT count(*) FROM vulnerable_groups GROUP BY area") { $0.int(0) }
        XCTAssertTrue(perTambon.allSatisfy { (3...4).contains($0) })
        XCTAssertNotNil(try store.records.record("vg-950101-poor-elderly-2025"))
        let stateless = { (p: String) in
            try store.db.scalarInt("SELECT count(*) FROM vulnerable_groups WHERE target_group = 'stateless' AND area LIKE ?", [p + "%"])
        }
        XCTAssertGreaterThan(try stateless("95"), 0)
    }

    func testSearchFindsElderlyClubsAndSBPACServesOnlyTheSouth() throws {
        let (store, _) = try demoStore()
        let hits = try store.search("สูงอายุ")
        XCTAssertTrue(hits.contains { $0.nameTH.hasPrefix("ชมรมผู้สูงอายุ") }, "\(hits.prefix(5).map(\.nameTH))")
        let inYala = try store.search("ชมรมผู้สูงอายุ", filter: SearchFilter(kind: .element, area: "95"))
        XCTAssertFalse(inYala.isEmpty)
        XCTAssertTrue(inYala.allSatisfy { $0.area?.hasPrefix("95") == true })

        XCTAssertFalse(try store.search("ศอบต", filter: SearchFilter(kind: .element, area: "95")).isEmpty)
        XCTAssertTrue(try store.search("ศอบต", filter: SearchFilter(kind: .element, area: "56")).isEmpty)
        XCTAssertFalse(try store.search("สสส", filter: SearchFilter(kind: .element, area: "56")).isEmpty)
        let projects = try store.db.scalarInt("SELECT count(*) FROM projects WHERE lead IS NOT NULL AND status IS NOT NULL")
        XCTAssertGreaterThan(projects, 0)
    }
}
