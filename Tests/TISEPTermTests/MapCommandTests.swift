import Foundation
import XCTest
import AsciiMap
import EcosystemStore
import DefaultData
@testable import TISEPTerm

final class MapCommandTests: XCTestCase {
    static let utf8 = ["LANG": "C.UTF-8"]
    static let phayao = ["map", "--area", "56", "--color", "never", "--width", "80", "--height", "30"]

    func testPhayaoTambonsInClassesWithALegendWithinTheSize() throws {
        let cli = try emptyWithValues(province: "56")
        let r = cli.run(Self.phayao, env: Self.utf8)
        XCTAssertEqual(r.code, 0, r.err)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        XCTAssertLessThanOrEqual(lines.count, 30)
        for line in lines { XCTAssertLessThanOrEqual(TextWidth.width(of: line), 80, line) }
        let blank = try XCTUnwrap(lines.firstIndex(of: ""), "a blank line between map and legend")
        let mapGlyphs = Set(lines[..<blank].joined().map(String.init))
        XCTAssertGreaterThanOrEqual(mapGlyphs.intersection(["+", "░", "▒", "▓", "█"]).count, 3, r.out)
        let legend = lines[(blank + 1)...]
        XCTAssertTrue(legend.first?.hasPrefix("สัดส่วนรายได้") == true, r.out)
        XCTAssertEqual(legend.filter { $0.contains("–") && $0.hasSuffix(")") }.count, 5, "one line per class")
        XCTAssertTrue(legend.contains { $0.contains("ข้อมูลสาธิต") }, "generated values are marked as demo data")
        XCTAssertEqual(r.err, "")

        // Without a UTF-8 locale: ASCII glyphs and English words only.
        let ascii = cli.run(Self.phayao)
        XCTAssertEqual(ascii.code, 0, ascii.err)
        XCTAssertTrue(ascii.out.unicodeScalars.allSatisfy(\.isASCII), ascii.out)
        XCTAssertTrue(ascii.out.contains("S90/S10 income ratio"), ascii.out)
    }

    func testBreaksJSONHasTheEdgesAndAValueForEveryDrawnArea() throws {
        let cli = try emptyWithValues(province: "56")
        for (method, k) in [("quantile", 5), ("equal", 4), ("jenks", 7)] {
            let r = cli.run(Self.phayao + ["--breaks-json", "--method", method, "--classes", String(k)])
            XCTAssertEqual(r.code, 0, r.err)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
            XCTAssertEqual(json["indicator"] as? String, "s90s10")
            XCTAssertEqual(json["method"] as? String, method)
            XCTAssertEqual(json["classes"] as? Int, k)
            let breaks = try XCTUnwrap(json["breaks"] as? [Double])
            let values = try XCTUnwrap(json["values"] as? [String: Any])
            let numbers = values.values.compactMap { $0 as? Double }
            XCTAssertEqual(values.values.filter { $0 is NSNull }.count, 1, "the undefined value is null")
            XCTAssertEqual(breaks.count, k + 1)
            XCTAssertEqual(breaks.first, numbers.min())
            XCTAssertEqual(breaks.last, numbers.max())
            let tambons = try Store(path: cli.db).areas(level: .tambon, inside: "56").map(\.code)
            XCTAssertEqual(Set(values.keys), Set(tambons))
        }
    }

    /// The real outline comes with the embedded data; a database of one's
    /// own geography (schema only, then the geocode lists) draws tambons
    /// from their centroids until a boundary file is imported, and then
    /// draws exactly the embedded outline.
    func testRealOutlineEmbeddedAndAfterImportingBoundaries() throws {
        let embedded = try emptyWithValues(province: "56")
        let real = embedded.run(Self.phayao, env: Self.utf8)
        XCTAssertEqual(real.code, 0, real.err)
        try XCTAssertEqual(real.out, golden("phayao-adm3-80x30.txt", real.out))

        let own = try CLIHarness(self)
        XCTAssertEqual(own.run("init", "--schema-only").code, 0)
        let csv = try ["provinces.csv", "districts.csv", "sub_districts.csv"].map { try fixtureFile("geo/\($0)") }
        XCTAssertEqual(own.run(["import-geography"] + csv).code, 0)
        try addValues(own, province: "56")
        let voronoi = own.run(Self.phayao, env: Self.utf8)
        XCTAssertEqual(voronoi.code, 0, voronoi.err)
        XCTAssertNotEqual(voronoi.out, real.out)
        let imported = own.run("import-boundaries", try fixtureFile("geo/th_adm3-sample.geojson"))
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertEqual(own.run(Self.phayao, env: Self.utf8).out, real.out)
    }

    func testImportReportsOfACODABFile() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let expected = [
            ("th_adm1-sample.geojson", "2 features (province), matched 2, no area for 0 codes"),
            ("th_adm2-sample.geojson", "18 features (amphoe), matched 18, no area for 0 codes"),
            ("th_adm3-sample.geojson", "135 features (tambon), matched 134, no area for 1 codes"),
        ]
        for (name, summary) in expected {
            let r = cli.run("import-boundaries", try fixtureFile("geo/\(name)"))
            XCTAssertEqual(r.code, 0, r.err)
            XCTAssertTrue(r.out.hasPrefix("\(name): \(summary)\n"), r.out)
            XCTAssertTrue(r.out.contains("source: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO"), r.out)
        }
        // Uttaradit: the polygon of 530306 has no area in the geocode list,
        // and the list's 530407 has no polygon (nor coordinates).
        let tambons = cli.run("import-boundaries", try fixtureFile("geo/th_adm3-sample.geojson"), "--verbose").out
        XCTAssertTrue(tambons.contains("codes with no area (1): 530306"), tambons)
        XCTAssertTrue(tambons.contains("areas left without a polygon (1): 530407"), tambons)
        XCTAssertEqual(try Store(path: cli.db).boundaries(level: .tambon, inside: "56").count, 68)
    }

    func testBrokenOrUnmatchedFileChangesNothing() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let digest = cli.run("check", "--digest").out
        let embedded = try Store(path: cli.db).boundaries(level: .tambon, inside: "56")
        let good = Self.fixture(codes: ["560101", "999999"])
        let truncated = try cli.write("cut.geojson", String(good.prefix(good.count - 40)))
        let broken = cli.run("import-boundaries", truncated)
        XCTAssertEqual(broken.code, 1)
        XCTAssertTrue(broken.err.hasPrefix("tisep: error: \(truncated): GeoJSON: not valid JSON"), broken.err)
        XCTAssertEqual(cli.run("check", "--digest").out, digest)
        XCTAssertEqual(try Store(path: cli.db).boundaries(level: .tambon, inside: "56"), embedded, "nothing changed")

        let none = cli.run("import-boundaries", try cli.write("none.geojson", Self.fixture(codes: ["999999"])))
        XCTAssertEqual(none.code, 1)
        XCTAssertTrue(none.out.contains("codes with no area (1): 999999"), none.out)
        XCTAssertTrue(none.err.hasPrefix("tisep: error: no feature"), none.err)

        let mine = cli.run("import-boundaries", try cli.write("mine.geojson", good))
        XCTAssertEqual(mine.code, 0, mine.err)
        XCTAssertTrue(mine.out.contains("matched 1, no area for 1 codes"), mine.out)
        XCTAssertTrue(mine.out.contains("source: mine.geojson"), "not COD-AB: the file is the source")
        XCTAssertTrue(mine.out.contains("areas left without a polygon (67): 560102"), mine.out)
        let after = try Store(path: cli.db)
        XCTAssertEqual(try after.boundarySources(), [DefaultData.boundarySource, "mine.geojson"])
        XCTAssertNotEqual(try after.boundaries(level: .tambon, inside: "56")["560101"], embedded["560101"], "the file's polygon replaced the embedded one")
        XCTAssertEqual(try after.boundaries(level: .tambon, inside: "56")["560102"], embedded["560102"])
        XCTAssertEqual(cli.run("check", "--digest").out, digest, "boundaries are not synced content")
    }

    func testNoValuesDrawsTheOutlineAndSaysSo() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let r = cli.run(Self.phayao + ["--lang", "en"], env: Self.utf8)
        XCTAssertEqual(r.code, 0, r.err)
        let map = r.out.components(separatedBy: "\n\n")[0]
        XCTAssertTrue(map.contains("·"))
        XCTAssertEqual(Set(map.filter { $0 != " " && $0 != "\n" }), ["·"])
        XCTAssertTrue(r.out.contains("no values for this indicator"), r.out)
        XCTAssertTrue(r.out.contains("no data (68)"), r.out)
    }

    func testColourAlwaysAndNoColor() throws {
        let cli = try emptyWithValues(province: "56")
        let sized = ["map", "--area", "56", "--width", "60", "--height", "24"]
        XCTAssertTrue(cli.run(sized + ["--color", "always"]).out.contains("\u{1B}[0;38;5;"), "256 colours by default")
        XCTAssertFalse(cli.run(sized + ["--color", "always"], env: ["TERM": "linux"]).out.contains(";5;"), "8 colours on the console")
        XCTAssertTrue(cli.run(sized + ["--color", "always"], env: ["TERM": "linux"]).out.contains("\u{1B}["))
        XCTAssertFalse(cli.run(sized).out.contains("\u{1B}"), "auto: not a terminal")
        let terminal = ["TERM": "xterm-256color"]
        XCTAssertTrue(runOnTerminal(cli, sized, env: terminal).contains("\u{1B}["))
        XCTAssertFalse(runOnTerminal(cli, sized, env: terminal.merging(["NO_COLOR": "1"]) { $1 }).contains("\u{1B}"))
        XCTAssertFalse(runOnTerminal(cli, sized + ["--color", "never"], env: terminal).contains("\u{1B}"))
    }

    func testSizeFromTheEnvironmentAndClearErrors() throws {
        let cli = try emptyWithValues(province: "56")
        let sized = cli.run(["map", "--area", "56"], env: ["COLUMNS": "50", "LINES": "21"])
        XCTAssertEqual(sized.code, 0, sized.err)
        let lines = sized.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertLessThanOrEqual(lines.count, 20, "one line is left for the prompt")
        XCTAssertTrue(lines.allSatisfy { TextWidth.width(of: $0) <= 50 })
        for (args, code, message) in [
            (["--classes", "9"], 2, "--classes expects a whole number from 3 to 7"),
            (["--method", "natural"], 2, "--method accepts quantile|equal|jenks"),
            (["--level", "village"], 2, "--level accepts province|amphoe|tambon"),
            (["--level", "province", "--area", "5601"], 2, "--level province is above amphoe 5601"),
            (["--indicator", "happiness"], 2, "--indicator accepts s90s10|"),
            (["--height", "8"], 2, "leaves no room for the map"),
            (["--width", "3"], 2, "--width expects"),
            (["--area", "99"], 1, "no area with code 99"),
            // Bang Bon's tambons are newer than the boundaries and the list has no centroid for them.
            (["--area", "1050"], 1, "has a boundary or a centroid"),
        ] as [([String], Int32, String)] {
            var argv = ["map", "--area", "56"] + args
            if args.contains("--area") { argv = ["map"] + args }
            let r = cli.run(argv)
            XCTAssertEqual(r.code, code, "\(args): \(r.err)")
            XCTAssertTrue(r.err.hasPrefix("tisep: error: "), r.err)
            XCTAssertTrue(r.err.contains(message), "\(args): \(r.err)")
        }
    }

    // MARK: helpers

    /// `init --empty` plus a generated s90s10 value for every tambon of the
    /// province (spread from 2 to 12; one tambon undefined).
    func emptyWithValues(province: String) throws -> CLIHarness {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        try addValues(cli, province: province)
        return cli
    }

    func addValues(_ cli: CLIHarness, province: String) throws {
        let store = try Store(path: cli.db)
        let tambons = try store.areas(level: .tambon, inside: province)
        try store.db.transaction {
            for (i, t) in tambons.enumerated() {
                let value = i == 3 ? nil : String(2 + Double((Int(t.code)! * 7919) % 1000) / 100)
                _ = try store.insertCanonical(.indicatorValue, id: "iv-\(t.code)-s90s10-2025", values: [
                    "area": t.code, "indicator": "s90s10", "year": "2025", "value": value,
                    "source": "generated for tests", "synthetic": "1", "small_sample": "0",
                ], demo: true)
            }
        }
    }

    func runOnTerminal(_ cli: CLIHarness, _ args: [String], env: [String: String]) -> String {
        var out = ""
        let context = CommandContext(environment: ["TISEP_DB": cli.db, "HOME": cli.directory.path].merging(env) { $1 },
                                     stdoutIsTerminal: true, out: { out += $0 }, err: { _ in })
        XCTAssertEqual(CommandLineTool.run(args, context: context), 0)
        return out
    }

    /// The golden text. A missing file is written and the test fails once,
    /// so that a new golden is looked at before it is committed.
    func golden(_ name: String, _ actual: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("wrote \(url.path); check it by eye and run again")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Square COD-AB-like features without Thai and English names (so not COD-AB).
    static func fixture(codes: [String]) -> String {
        let features = codes.enumerated().map { i, code in
            let x = 99.9 + Double(i) * 0.1
            return """
            {"type":"Feature","properties":{"ADM1_PCODE":"TH\(code.prefix(2))","ADM2_PCODE":"TH\(code.prefix(4))","ADM3_PCODE":"TH\(code)"},
             "geometry":{"type":"Polygon","coordinates":[[[\(x),19.1],[\(x + 0.05),19.1],[\(x + 0.05),19.2],[\(x),19.2],[\(x),19.1]]]}}
            """
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }
}
