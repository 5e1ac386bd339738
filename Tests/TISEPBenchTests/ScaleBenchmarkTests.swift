import EcosystemStore
import XCTest
@testable import TISEPBench
import TISEPTerm

/// `tisep bench scale` runs end to end on a tiny scale (no timing is
/// asserted: figures are printed, never tested).
final class ScaleBenchmarkTests: XCTestCase {
    func testTheQueryListHasTwoHundredQueries() {
        XCTAssertEqual(ScaleQueries.all.count, 200)
        XCTAssertTrue(ScaleQueries.all.contains { $0.unicodeScalars.count <= 2 })
        XCTAssertTrue(ScaleQueries.all.contains { $0.unicodeScalars.count >= 3 })
    }

    /// On the embedded geography (no `--geo`).
    func testATinyPilotScaleRunsAndPrintsItsTable() throws {
        let cli = try BenchHarness(self)
        let keep = cli.path("scale")
        let r = cli.bench("scale", "pilot", "--elements", "120", "--keys", "20", "--keep-dir", keep)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("### pilot-120"), r.out)
        for line in ["`import-entities` of the element CSV", "search, 3+ scalars", "search, 1–2 scalars", "map country",
                     "cold start to the first frame", "keystroke → frame", "bundle import into an empty database", "indicators recomputed"] {
            XCTAssertTrue(r.out.contains(line), "missing \(line) in\n\(r.out)")
        }
        XCTAssertTrue(r.out.contains("120 elements, 240 contacts, 360 resources, 1200 households"), r.out)
        XCTAssertTrue(r.out.contains("command: tisep-bench scale pilot --elements 120"), r.out)
        // The kept database holds the imported elements, all in pilot provinces.
        let store = try Store(path: keep + "/pilot-120/eco.sqlite")
        XCTAssertEqual(try store.records.count(.entity, includeDeleted: true), 120)
        let provinces = Set(try store.elements.idsAndAreas().map { String($0.area.prefix(2)) })
        XCTAssertTrue(Set(provinces).isSubset(of: Set(DemoGenerator.pilotProvinces)), "\(provinces)")
        XCTAssertEqual(try store.areas.counts().tambons, 7_436, "the whole embedded country")
        XCTAssertEqual(try store.areas.boundaries(level: .province, inside: nil).count, 77, "the embedded boundaries")
    }

    /// With `--geo DIR` (as .ci/run gives the project's reference copy): its
    /// files are imported over the embedded geography.
    func testAllScalesEndWithTheGrowthTable() throws {
        let cli = try BenchHarness(self)
        let geo = try vendoredGeoFolder(cli)
        let r = cli.bench("scale", "all", "--geo", geo, "--elements", "30", "--keys", "10")
        XCTAssertEqual(r.code, 0, r.err)
        for scale in ["### pilot-30", "### national-30", "### national4-30", "### Growth from pilot-30 to national4-30"] {
            XCTAssertTrue(r.out.contains(scale), "missing \(scale) in\n\(r.out)")
        }
        XCTAssertTrue(r.out.contains("| `import-entities` (per record) |"), r.out)
        XCTAssertTrue(r.out.contains("| cold start |"), r.out)
        XCTAssertTrue(r.out.contains("command: tisep-bench scale all --geo \(geo) --elements 30"), r.out)
        let missing = cli.bench("scale", "pilot", "--geo", cli.path("nowhere"), "--elements", "10", "--keys", "10")
        XCTAssertNotEqual(missing.code, 0, "a --geo folder without the files is an error")
        XCTAssertTrue(missing.err.contains("nowhere"), missing.err)
    }

    func testTheGrowthTableCallsOutWhatGrowsWorseThanLinearly() {
        var small = ScaleFigures(name: "pilot", elements: 1_000)
        small.work = [("import-entities", 1.0, 1_000), ("bundle import", 2.0, 10_000)]
        small.readings = [("cold start", 100, "ms"), ("peak memory", 30, "MB")]
        var large = ScaleFigures(name: "national", elements: 10_000)
        // Ten times the rows in ten times the time: linear. Ten times the
        // records in forty times the time: four times the cost per record.
        large.work = [("import-entities", 10.0, 10_000), ("bundle import", 80.0, 100_000)]
        large.readings = [("cold start", 120, "ms"), ("peak memory", 33, "MB")]
        let table = ScaleGrowth.table([small, large])
        let lines = table.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].contains("pilot to national (10.0× the elements)"), table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("| import-entities (per record) | 1000 µs | 1000 µs | per record ×1.00: linear") }, table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("| bundle import (per record) | 200 µs | 800 µs | per record ×4.00: **worse than linear**") }, table)
        XCTAssertTrue(lines.contains { $0.contains("| cold start | 100 ms | 120 ms | ×1.2 for ×10.0 the elements |") }, table)
        XCTAssertTrue(lines.contains { $0.contains("| peak memory | 30 MB | 33 MB | ×1.1 for ×10.0 the elements |") }, table)
        XCTAssertEqual(ScaleGrowth.table([small]), "", "one scale has nothing to grow from")
    }

    func testTheGeneratorIsDeterministicAndItsRowsImport() throws {
        let cli = try BenchHarness(self)
        XCTAssertEqual(cli.tisep("init", "--empty"), 0)
        let store = try Store(path: cli.db)
        let places = try ScaleGenerator.places(store, provinces: ["56"])
        XCTAssertFalse(places.isEmpty)
        let a = ScaleGenerator().elementRows(300, places: places)
        let b = ScaleGenerator().elementRows(300, places: places)
        XCTAssertEqual(a.count, 300)
        XCTAssertEqual(a, b)
        let report = try store.elements.importElements(csv: try CSVTable(text: ScaleGenerator.csv(a)), file: "scale.csv")
        XCTAssertEqual(report.loaded, 300)
        XCTAssertTrue(report.problems.isEmpty, "\(report.problems)")
    }
}
