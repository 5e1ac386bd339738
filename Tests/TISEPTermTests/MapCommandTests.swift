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
        for line in lines { XCTAssertLessThanOrEqual(TextWidth.width(of: line), 80, line) }
        let blank = try XCTUnwrap(lines.firstIndex(of: ""), "a blank line between map and legend")
        XCTAssertLessThanOrEqual(blank, 30, "--height is the map's own height")
        XCTAssertEqual(lines.filter(\.isEmpty).count, 1, "the only empty line is the one before the legend")
        let mapGlyphs = Set(lines[..<blank].joined().map(String.init))
        XCTAssertGreaterThanOrEqual(mapGlyphs.intersection(["+", "░", "▒", "▓", "█"]).count, 3, r.out)
        XCTAssertFalse(mapGlyphs.intersection(["│", "─", "┃", "━"]).isEmpty, "borders are drawn: \(r.out)")
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

    /// Every tambon of a printed map is named: on the map where its name
    /// fits, else by a number on the map and the key under the legend.
    func testEveryTambonIsNamedOnTheMapOrInTheKey() throws {
        let cli = try emptyWithValues(province: "56")
        let store = try Store(path: cli.db)
        for (area, width, height) in [("5603", 200, 60), ("56", 120, 40), ("56", 80, 24)] {
            let r = cli.run(["map", "--area", area, "--color", "never", "--width", String(width), "--height", String(height)],
                            env: Self.utf8)
            XCTAssertEqual(r.code, 0, r.err)
            let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            let blank = try XCTUnwrap(lines.firstIndex(of: ""))
            let map = lines[..<blank].joined(separator: "\n")
            let numbers = Set(map.split { !$0.isNumber }.compactMap { Int($0) })
            var key: [String: Int] = [:]
            for line in lines[(blank + 1)...] {
                // "12 name   13 name": a number and the name after it.
                let words = line.split(separator: " ")
                for (i, word) in words.enumerated() where i + 1 < words.count {
                    if let n = Int(word) { key[String(words[i + 1]), default: n] = n }
                }
            }
            for tambon in try store.areas.list(level: .tambon, inside: area) {
                let onMap = map.contains(tambon.nameTH)
                let numbered = key[tambon.nameTH].map { numbers.contains($0) } ?? false
                XCTAssertTrue(onMap || numbered, "\(area) \(width)×\(height): \(tambon.nameTH) is not named\n\(r.out)")
            }
            for line in lines { XCTAssertLessThanOrEqual(TextWidth.width(of: line), width) }
        }
        let none = cli.run(["map", "--area", "5603", "--color", "never", "--labels", "none", "--width", "120", "--height", "40"],
                           env: Self.utf8)
        XCTAssertFalse(none.out.components(separatedBy: "\n\n")[0].contains("เวียง"))
        XCTAssertFalse(none.out.components(separatedBy: "\n\n")[0].contains { $0.isNumber })
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
            let tambons = try Store(path: cli.db).areas.list(level: .tambon, inside: "56").map(\.code)
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
            ("th_adm1-sample.geojson", "2 features (province); matched to an area of this database: 2"),
            ("th_adm2-sample.geojson", "18 features (amphoe); matched to an area of this database: 18"),
            ("th_adm3-sample.geojson", "135 features (tambon); matched to an area of this database: 134"),
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
        XCTAssertTrue(tambons.contains("codes of areas not in this database (1): 530306"), tambons)
        XCTAssertTrue(tambons.contains("areas left without a polygon (1): 530407"), tambons)
        XCTAssertEqual(try Store(path: cli.db).areas.boundaries(level: .tambon, inside: "56").count, 68)
    }

    func testBrokenOrUnmatchedFileChangesNothing() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let digest = cli.run("check", "--digest").out
        let embedded = try Store(path: cli.db).areas.boundaries(level: .tambon, inside: "56")
        let good = Self.fixture(codes: ["560101", "999999"])
        let truncated = try cli.write("cut.geojson", String(good.prefix(good.count - 40)))
        let broken = cli.run("import-boundaries", truncated)
        XCTAssertEqual(broken.code, 1)
        XCTAssertTrue(broken.err.hasPrefix("tisep: error: \(truncated): GeoJSON: not valid JSON"), broken.err)
        XCTAssertEqual(cli.run("check", "--digest").out, digest)
        XCTAssertEqual(try Store(path: cli.db).areas.boundaries(level: .tambon, inside: "56"), embedded, "nothing changed")

        let none = cli.run("import-boundaries", try cli.write("none.geojson", Self.fixture(codes: ["999999"])))
        XCTAssertEqual(none.code, 1)
        XCTAssertTrue(none.out.contains("codes of areas not in this database (1): 999999"), none.out)
        XCTAssertTrue(none.err.hasPrefix("tisep: error: no feature"), none.err)

        let mine = cli.run("import-boundaries", try cli.write("mine.geojson", good))
        XCTAssertEqual(mine.code, 0, mine.err)
        XCTAssertTrue(mine.out.hasPrefix("mine.geojson: 2 features (tambon); matched to an area of this database: 1\n"), mine.out)
        // A feature of an area the database does not hold is expected: counted, not listed as if it were an error.
        XCTAssertTrue(mine.out.contains("  for areas this database does not hold: 1 (expected when it holds only some provinces; --verbose lists their codes)"), mine.out)
        XCTAssertFalse(mine.out.contains("999999"), mine.out)
        XCTAssertFalse(mine.out.contains("no area for"), mine.out)
        let verbose = cli.run("import-boundaries", cli.path("mine.geojson"), "--verbose")
        XCTAssertTrue(verbose.out.contains("codes of areas not in this database (1): 999999"), verbose.out)
        XCTAssertTrue(mine.out.contains("source: mine.geojson"), "not COD-AB: the file is the source")
        XCTAssertTrue(mine.out.contains("areas left without a polygon (67): 560102"), mine.out)
        let after = try Store(path: cli.db)
        XCTAssertEqual(try after.areas.boundarySources(), [DefaultData.boundarySource, "mine.geojson"])
        XCTAssertNotEqual(try after.areas.boundaries(level: .tambon, inside: "56")["560101"], embedded["560101"], "the file's polygon replaced the embedded one")
        XCTAssertEqual(try after.areas.boundaries(level: .tambon, inside: "56")["560102"], embedded["560102"])
        XCTAssertEqual(cli.run("check", "--digest").out, digest, "boundaries are not synced content")
    }

    func testNoValuesDrawsTheOutlineAndSaysSo() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let r = cli.run(Self.phayao + ["--lang", "en", "--labels", "none"], env: Self.utf8)
        XCTAssertEqual(r.code, 0, r.err)
        let map = r.out.components(separatedBy: "\n\n")[0]
        XCTAssertTrue(map.contains("·"))
        let boxDrawing = map.unicodeScalars.filter { (0x2500...0x257F).contains($0.value) }
        XCTAssertFalse(boxDrawing.isEmpty, "borders")
        XCTAssertEqual(Set(map.unicodeScalars.filter { $0 != " " && $0 != "\n" && !(0x2500...0x257F).contains($0.value) }), ["·"],
                       "no class glyph: only the no-data mark between the borders")
        // An empty database holds no ecosystem data anywhere: "no data yet", not "no values".
        XCTAssertTrue(r.out.contains("no data here yet"), r.out)
        XCTAssertTrue(r.out.contains("no data yet (68)"), r.out)
    }

    func testColourAlwaysAndNoColor() throws {
        let cli = try emptyWithValues(province: "56")
        let sized = ["map", "--area", "56", "--width", "60", "--height", "24"]
        let colour = cli.run(sized + ["--color", "always"]).out
        XCTAssertTrue(colour.contains("\u{1B}[0;38;5;"), "256 colours by default")
        let mapRows = colour.components(separatedBy: "\n\n")[0]
        XCTAssertTrue(mapRows.contains("▀"), "two pixels per cell in 256 colours")
        XCTAssertFalse(mapRows.contains("┃"), "borders are pixels, not lines")
        let eight = cli.run(sized + ["--color", "always"], env: ["TERM": "linux", "LANG": "C.UTF-8"]).out.components(separatedBy: "\n\n")[0]
        XCTAssertFalse(eight.contains("▀"), "8 colours: one cell per pixel")
        XCTAssertTrue(eight.contains("\u{1B}[0;33m") && eight.contains("\u{1B}[0;31m"), "the ramp in yellow, then red")
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
        // The map and its legend fill the terminal less one line for the prompt; a key would follow.
        let sized = cli.run(["map", "--area", "56", "--labels", "none"], env: ["COLUMNS": "50", "LINES": "21"])
        XCTAssertEqual(sized.code, 0, sized.err)
        let lines = sized.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertLessThanOrEqual(lines.count, 20, "one line is left for the prompt")
        XCTAssertGreaterThanOrEqual(lines.count, 17, "the map takes what the legend leaves")
        XCTAssertTrue(lines.allSatisfy { TextWidth.width(of: $0) <= 50 })
        let keyed = cli.run(["map", "--area", "56"], env: ["COLUMNS": "50", "LINES": "21"])
        XCTAssertEqual(keyed.out.components(separatedBy: "\n\n")[0].split(separator: "\n").count,
                       sized.out.components(separatedBy: "\n\n")[0].split(separator: "\n").count, "labels do not change the map's size")
        XCTAssertTrue(keyed.out.split(separator: "\n").allSatisfy { TextWidth.width(of: $0) <= 50 })
        for (args, code, message) in [
            (["--classes", "9"], 2, "--classes expects a whole number from 3 to 7"),
            (["--method", "natural"], 2, "--method accepts quantile|equal|jenks"),
            (["--level", "village"], 2, "--level accepts province|amphoe|tambon"),
            (["--level", "province", "--area", "5601"], 2, "--level province is above amphoe 5601"),
            (["--indicator", "happiness"], 2, "--indicator accepts s90s10|"),
            (["--height", "4"], 2, "--height expects a whole number from 5"),
            (["--labels", "all"], 2, "--labels accepts auto|names|numbers|none, not 'all'"),
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
        let tambons = try store.areas.list(level: .tambon, inside: province)
        try store.transaction {
            for (i, t) in tambons.enumerated() {
                let value = i == 3 ? nil : String(2 + Double((Int(t.code)! * 7919) % 1000) / 100)
                _ = try store.records.insertCanonical(.indicatorValue, id: "iv-\(t.code)-s90s10-2025", values: [
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
