import Foundation
import XCTest
@testable import EcosystemStore
import DefaultData

/// The whole country that travels in the binary: loaded in bulk, exported
/// back unchanged, and added to a database of an older release without
/// touching what is there.
final class EmbeddedGeographyTests: XCTestCase {
    /// What the first release embedded: every province and amphoe, and the
    /// tambons of the pilot provinces only.
    static var firstReleaseGeography: String {
        DefaultData.geography.split(separator: "\n")
            .filter { $0.hasPrefix("#") || $0.prefix(while: { $0 != "\t" }).count < 6 || DefaultData.pilotProvinces.contains(String($0.prefix(2))) }
            .joined(separator: "\n") + "\n"
    }

    func testLoadsTheWholeCountryAndExportsItBackUnchanged() throws {
        let store = try Store(path: ":memory:", create: true)
        let load = try store.areas.loadEmbeddedGeography()
        XCTAssertEqual(load, EmbeddedGeographyLoad(areas: 8_441, boundaries: 8_427))
        let counts = try store.areas.counts()
        XCTAssertEqual([counts.provinces, counts.amphoes, counts.tambons], [77, 928, 7_436])
        XCTAssertEqual(try store.laptop.meta("geography_source"), DefaultData.geographySource)
        XCTAssertEqual(try store.areas.boundarySources(), [DefaultData.boundarySource])
        // The same text comes back out: data/ is what the export writes.
        // Compared byte for byte (String's == would call canonically equivalent Thai equal).
        XCTAssertTrue(try store.areas.exportCompactGeography(provinces: nil).utf8.elementsEqual(DefaultData.geography.utf8))
        XCTAssertTrue(try store.areas.exportCompactBoundaries(level: .province, provinces: nil).utf8.elementsEqual(DefaultData.provinceBoundaries.utf8))
        XCTAssertTrue(try store.areas.exportCompactBoundaries(level: .amphoe, provinces: nil).utf8.elementsEqual(DefaultData.amphoeBoundaries.utf8))
        XCTAssertTrue(try store.areas.exportCompactBoundaries(level: .tambon, provinces: nil).utf8.elementsEqual(DefaultData.tambonBoundaries.utf8))
        // Any tambon of the country is found, with the names of the areas above it.
        XCTAssertEqual(try store.search("Phra Borom Maha Ratchawang").first?.id, "100101")
        XCTAssertEqual(try store.search("เวียง เมืองพะเยา").first?.id, "560101")
    }

    /// The bulk load writes the same areas and search documents as loading
    /// the areas one by one (`upsertArea`, what imports did before).
    func testBulkLoadWritesWhatAreaByAreaWrites() throws {
        let text = embeddedGeography(provinces: ["56", "95", "10"])
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertGreaterThan(lines.count, 300)
        let bulk = try Store(path: ":memory:", create: true)
        XCTAssertEqual(try bulk.areas.importCompactGeography(text), lines.count)
        let single = try Store(path: ":memory:", create: true)
        try single.transaction {
            for line in lines {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                try single.areas.upsert(Area(code: f[0], level: AreaLevel(code: f[0])!, parent: AreaCode.parent(of: f[0]), nameTH: f[1], nameEN: f[2],
                                           lat: Double(f[3]), lon: Double(f[4]), postalCode: f[5].isEmpty ? nil : f[5]))
            }
        }
        for sql in ["SELECT * FROM areas ORDER BY code", "SELECT kind, ref, name, keys, body FROM search_docs ORDER BY ref",
                    "SELECT key, ref FROM search_keys ORDER BY key, ref"] {
            XCTAssertEqual(try dump(bulk, sql), try dump(single, sql), sql)
        }
        XCTAssertEqual(try bulk.search("สะเตง").first?.id, try single.search("สะเตง").first?.id)
    }

    func testBadCompactTextIsRefusedAndChangesNothing() throws {
        let store = try Store(path: ":memory:", create: true)
        XCTAssertThrowsError(try store.areas.importCompactGeography("56\tพะเยา\tPhayao\t\t\t\n5601\tเมือง\n")) {
            XCTAssertTrue("\($0)".contains("bad line '5601"), "\($0)")
        }
        XCTAssertThrowsError(try store.areas.importCompactGeography("560101\tเวียง\tWiang\t19.1\t99.9\t56000\n")) {
            XCTAssertTrue("\($0)".contains("560101 comes before its parent 5601"), "\($0)")
        }
        XCTAssertEqual(try store.areas.counts().provinces, 0, "nothing of a refused text is kept")
        try store.areas.importCompactGeography("56\tพะเยา\tPhayao\t\t\t\n")
        XCTAssertThrowsError(try store.areas.importCompactBoundaries("56\tnot base64!\n", source: "x")) {
            XCTAssertTrue("\($0)".contains("bad line '56"), "\($0)")
        }
        let result = try store.areas.importCompactBoundaries("56\tAQA=\n57\tAQA=\n", source: "x")
        XCTAssertEqual(result.stored, 1)
        XCTAssertEqual(result.noArea, ["57"], "a boundary of an unknown area is skipped and named")
    }

    /// A database made by an earlier release (any schema from 1 to 7: the
    /// pilot tambons, no boundaries) gains the whole country and its
    /// boundaries on first open (migration 8), and keeps everything that was
    /// there: records, the names its user imported, a boundary file of its own.
    func testAnOlderDatabaseGainsTheWholeCountryAndKeepsItsOwn() throws {
        let folder = try temporaryDirectory(self)
        let made = folder.appendingPathComponent("made.sqlite").path
        var id = ""
        var digest = ""
        do {
            let old = try Store(path: made, create: true)
            try old.areas.importCompactGeography(Self.firstReleaseGeography)
            try old.laptop.setMeta("geography_source", DefaultData.geographySource)
            // The user's own: a name from their geocode list, a boundary file, an organisation.
            try old.areas.upsert(Area(code: "5601", level: .amphoe, parent: "56", nameTH: "เมืองพะเยา", nameEN: "Muang Phayao"))
            try old.areas.setBoundary("560101", geometry: [1, 0], source: "my-survey.geojson")
            id = try old.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุตำบลเวียง", "p4": "player", "role": "implementer", "area": "560101"])
            try old.records.update(id, ["name_en": "Wiang Elderly Club"])
            digest = try old.sync.contentDigest()
            XCTAssertEqual(try old.areas.counts().tambons, 1_155)
            XCTAssertEqual(try old.db.scalarInt("SELECT count(*) FROM area_boundaries"), 1)
        }
        for version in 1...7 {
            let path = folder.appendingPathComponent("v\(version).sqlite").path
            try FileManager.default.copyItem(atPath: made, toPath: path)
            try OlderSchema.downgrade(path, to: version)

            let store = try Store(path: path)
            XCTAssertEqual(try store.db.userVersion, Store.schemaVersion)
            let counts = try store.areas.counts()
            XCTAssertEqual([counts.provinces, counts.amphoes, counts.tambons], [77, 928, 7_436], "from schema \(version)")
            XCTAssertEqual(try store.search("Phra Borom Maha Ratchawang").first?.id, "100101", "new tambons are searchable (from schema \(version))")
            XCTAssertEqual(try store.areas.area("5601")?.nameEN, "Muang Phayao", "the user's name is kept (from schema \(version))")
            let phayao = try store.areas.boundaries(level: .tambon, inside: "56")
            XCTAssertEqual(phayao.count, 68)
            XCTAssertEqual(phayao["560101"], [1, 0], "the user's boundary is kept (from schema \(version))")
            XCTAssertEqual(try store.areas.boundarySources(), [DefaultData.boundarySource, "my-survey.geojson"])
            XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM area_boundaries"), 8_427)
            XCTAssertEqual(try store.sync.contentDigest(), digest, "no record changed (from schema \(version))")
            XCTAssertEqual(try store.records.record(id)?["name_en"], "Wiang Elderly Club", "the user's edit is kept")
            XCTAssertEqual(try store.search("ชมรมผู้สูงอายุตำบลเวียง").first?.id, id)
            XCTAssertNil(try store.laptop.meta(SchemaV8.request), "the request is cleared once done")

            // Opening again changes nothing more.
            let before = try dump(store, "SELECT code, name_th, name_en, lat, lon FROM areas ORDER BY code")
            let again = try Store(path: path)
            XCTAssertEqual(try dump(again, "SELECT code, name_th, name_en, lat, lon FROM areas ORDER BY code"), before)
        }
    }

    /// A schema-only database holds its user's own geography: the upgrade
    /// leaves it alone.
    func testAnOlderSchemaOnlyDatabaseIsLeftAlone() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("own.sqlite").path
        do {
            let old = try Store(path: path, create: true)
            try old.areas.upsert(Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"))
        }
        try OlderSchema.downgrade(path, to: 5)
        let store = try Store(path: path)
        XCTAssertEqual(try store.db.userVersion, Store.schemaVersion)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM areas"), 1)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM area_boundaries"), 0)
    }

    func testWhichAreasHoldEcosystemData() throws {
        let store = try smallStore()
        XCTAssertEqual(try store.areas.withEcosystemData(), [])
        XCTAssertFalse(try store.areas.hasEcosystemData("56"))
        let id = try store.records.create(.entity, ["name_th": "กลุ่มออมทรัพย์", "p4": "asset", "area": "560102"])
        _ = try store.records.create(.resource, ["entity": id, "kind": "offer", "category": "funding", "area": "950101"])
        XCTAssertEqual(try store.areas.withEcosystemData(), ["56", "5601", "560102", "95", "9501", "950101"])
        XCTAssertEqual(try store.areas.withEcosystemData(level: .province), ["56", "95"])
        XCTAssertEqual(try store.areas.withEcosystemData(level: .tambon, inside: "56"), ["560102"])
        XCTAssertEqual(try store.areas.withEcosystemData(level: .amphoe, inside: "95"), ["9501"])
        // A record filed at a province's own code gives the province data, not its tambons.
        _ = try store.records.create(.entity, ["name_th": "สำนักงานจังหวัด", "p4": "policy", "area": "95"])
        XCTAssertEqual(try store.areas.withEcosystemData(level: .tambon, inside: "95"), ["950101"])
        XCTAssertTrue(try store.areas.hasEcosystemData("TH56"))
        XCTAssertTrue(try store.areas.hasEcosystemData("5601"))
        XCTAssertFalse(try store.areas.hasEcosystemData("560101"), "a neighbour of a tambon with data has none")
        try store.records.delete(id)
        XCTAssertFalse(try store.areas.hasEcosystemData("56"), "deleted records are not data")
        XCTAssertEqual(try store.areas.withEcosystemData(level: .province), ["95"])
        XCTAssertTrue(try store.areas.hasEcosystemData("95"))
    }

    private func dump(_ store: Store, _ sql: String) throws -> [String] {
        let st = try store.db.prepare(sql)
        return try st.rows { row in (0..<row.columnCount).map { row.value($0).description }.joined(separator: "|") }
    }
}
