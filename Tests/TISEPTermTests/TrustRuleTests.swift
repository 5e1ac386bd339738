import Foundation
import XCTest
import AsciiMap
@testable import EcosystemStore
@testable import TISEPTerm

/// Issue 13, section 2, end to end: hostile values through every way data
/// gets in either are refused at the door with a clear message or reach a
/// fresh laptop unchanged; a bundle's bad values are held back and listed;
/// no stored value, however hostile, crashes a command or the interface.
final class TrustRuleTests: XCTestCase {
    /// A seeded generator (as the store's tests have), so a failure replays.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

        static let hostile = ["\u{1B}[31m", "\u{1B}]0;pwned\u{7}", "\u{0}", "\u{7F}", "\u{9B}", "\t", "\n", "\r\n", "\r",
                              "\u{0E34}", "\u{0301}", "e\u{0301}", "ก\u{0E48}\u{0E38}", "\u{2028}", "\u{202E}", "\u{200B}", "\u{FEFF}",
                              "\"", ",", "=", "'", "👍", "๑๒๓", "081-234-5678", "1-2345-67890-12-3"]
        static let fine = ["ชมรม", "ผู้สูงอายุ", "ตำบล", "น้ำใจ", "Club", "care", "2568", "12,000 บาท"]

        mutating func text() -> String {
            var words = (0..<int(1...3)).map { _ in pick(Self.fine) }
            if int(0...2) == 0 { words.insert(pick(Self.hostile), at: int(0...words.count)) }
            var out = words.joined(separator: pick([" ", ""]))
            if int(0...30) == 0 { out += String(repeating: pick(["ก", "x"]), count: int(190...6_000)) }
            return out
        }
        mutating func number() -> String { pick(["nan", "inf", "-inf", "1e400", "-1", "12", "1,500", "1.5", "99999999999999999999", "0"]) }
        mutating func year() -> String { pick(["2568", "2025", "1899", "2201", "2442", "2744", "0", "25", "2568.5"]) }
        mutating func date() -> String {
            pick(["2025-02-30", "2024-02-29", "2567-02-29", "2025-13-01", "31/12/2568", "30/02/2568", "2025-06-31x", "2025-xx-06-01", "2025-1-5"])
        }
    }

    /// `tisep` must either accept (0) or refuse naming what is wrong.
    func assertAcceptedOrRefused(_ run: CLIRun, _ what: String, refusedCode: Int32 = 2, file: StaticString = #filePath, line: UInt = #line) {
        if run.code == 0 { return }
        XCTAssertEqual(run.code, refusedCode, "\(what): \(run.err)", file: file, line: line)
        XCTAssertTrue(run.err.hasPrefix("tisep: error: "), "\(what): \(run.err)", file: file, line: line)
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The property of the issue: generated hostile values through `add`,
    /// `set`, every CSV importer and the store's edit API as the forms use
    /// it, then `export` and `import` into a fresh laptop: everything that
    /// got in arrives, nothing is held back, and the digests are equal.
    func testHostileValuesAreRefusedAtTheDoorOrTravelUnchanged() throws {
        let cli = try CLIHarness(self)
        let a = ["--db", cli.path("a.sqlite")], b = ["--db", cli.path("b.sqlite")]
        XCTAssertEqual(cli.run(["init", "--empty"] + a).code, 0)
        XCTAssertEqual(cli.run(["init", "--empty"] + b).code, 0)
        var g = Generator(state: 2568)
        let areas = ["560101", "560102", "5601", "56", "TH560103", "560101,560102", "999999", "56x"]
        var elements: [String] = []
        func add(_ type: String, _ fields: [String: String]) {
            let run = cli.run(["add", type] + fields.map { "\($0.key)=\($0.value)" } + a)
            assertAcceptedOrRefused(run, "add \(type) \(fields)")
            if run.code == 0, type == "entity", let id = run.out.split(separator: "\n").last { elements.append(String(id)) }
        }
        add("entity", ["name_th": "ชมรมผู้สูงอายุ", "p4": "player", "role": "implementer", "area": "560101"])
        for round in 0..<40 {
            switch round % 8 {
            case 0, 1:
                let optional = ["name_en": g.text(), "area": g.pick(areas), "description": g.text(),
                                "phone": g.pick(["081-234-5678", "0812345678", "12", "0812345678\u{1B}"]),
                                "email": g.pick(["a@b.org", "A@B.ORG", "a@b", "ก@ข.ไทย"]), "line_id": g.pick(["line.id", "ไทย", "@Official"])]
                add("entity", ["name_th": g.text(), "p4": g.pick(["asset", "player", "asset", "Player", "x"])]
                    .merging(optional.filter { _ in g.int(0...1) == 0 }) { a, _ in a })
            case 2:
                add("contact-log", ["entity": elements[0], "date": g.date(), "who": g.text(), "note": g.text(), "outcome": g.text()])
                add("referral", ["area": g.pick(areas), "case_code": g.pick(["C-001", "1234567890123", "สมชาย", "c-2"]), "note": g.text(), "date": g.date()])
            case 3:
                add("vulnerable", ["area": g.pick(areas), "target_group": g.pick(["stateless", "poor-elderly"]), "registered": g.number(),
                                   "reached": g.number(), "year": g.year(), "source": g.text()])
                add("project", ["name_th": g.text(), "budget": g.number(), "start": g.date(), "end": g.date(), "description": g.text()])
            case 4:
                let run = cli.run(["set", g.pick(elements), g.pick(["description", "name_en", "name_th", "phone"]) + "=" + g.text()] + a)
                assertAcceptedOrRefused(run, "set")
            case 5:
                var rows = [["name_th", "p4", "role", "sector", "area_code", "name_en", "description", "phone"]]
                for _ in 0..<6 {
                    rows.append([g.text(), g.pick(["player", "asset"]), g.pick(["implementer", ""]), g.pick(["community", "x"]),
                                 g.pick(areas), g.text(), g.text(), g.pick(["0812345678", "nan"])])
                }
                let file = try cli.write("e\(round).csv", Self.csv(rows))
                assertAcceptedOrRefused(cli.run(["import-entities", file] + a), "import-entities", refusedCode: 1)
                var values = [["area_code", "indicator", "year", "value", "source"]]
                for _ in 0..<6 {
                    values.append([g.pick(areas), g.pick(["gini", "my_index", String(repeating: "x", count: 100), "S90S10", "bad-id"]),
                                   g.year(), g.number(), g.text()])
                }
                let valuesFile = try cli.write("v\(round).csv", Self.csv(values))
                assertAcceptedOrRefused(cli.run(["import-indicators", valuesFile] + a), "import-indicators", refusedCode: 1)
            case 6:
                var rows = [["tambon_code", "household_id", "year", "members", "annual_income", "weight"]]
                for i in 0..<40 {
                    rows.append([g.pick(["560101", "560102", "TH560101", "999999"]), i % 7 == 0 ? g.text() : "h\(round)-\(i)", g.year(),
                                 g.pick(["3", "0", "-2", "4"]), g.pick(["120000", "80,000", "nan", "inf", "-5", "1e400", "45000"]),
                                 g.pick(["1", "", "nan", "0", "2.5"])])
                }
                let file = try cli.write("h\(round).csv", Self.csv(rows))
                assertAcceptedOrRefused(cli.run(["import-households", file] + a), "import-households", refusedCode: 1)
                // New geography: a new amphoe and tambons, with hostile names and centroids.
                let district = try cli.write("d\(round).csv", Self.csv([["DISTRICT_CODE", "DISTRICT_THAI", "DISTRICT_ENGLISH"],
                                                                          ["5699", g.pick(["อำเภอใหม่", g.text()]), "New"]]))
                assertAcceptedOrRefused(cli.run(["import-geography", district] + a), "import-geography", refusedCode: 1)
                var tambons = [["SUB_DISTRICT_CODE", "SUB_DISTRICT_THAI", "SUB_DISTRICT_ENGLISH", "LATITUDE", "LONGITUDE", "POSTAL_CODE"]]
                for i in 1...4 {
                    tambons.append(["5699\(String(format: "%02d", i + round))", g.text(), g.text(), g.pick(["19.1", "19.2", "nan", "95", "inf", "None"]),
                                    g.pick(["99.9", "200", "-inf", "99.8"]), g.pick(["56000", "56000", "5600"])])
                }
                let file2 = try cli.write("t\(round).csv", Self.csv(tambons))
                assertAcceptedOrRefused(cli.run(["import-geography", file2] + a), "import-geography", refusedCode: 1)
                for i in 1...4 { add("entity", ["name_th": "องค์กรใหม่", "p4": "asset", "area": "5699\(String(format: "%02d", i + round))"]) }
            default:
                // The store's edit API, as the interface's forms call it.
                let store = try Store(path: cli.path("a.sqlite"))
                let attempts: [() throws -> Void] = [
                    { _ = try store.records.createUndoable(.contactLog, ["entity": elements[0], "note": g.text(), "date": g.date()]) },
                    { _ = try store.records.updateUndoable(g.pick(elements), ["description": g.text(), "name_en": g.text()]) },
                    { _ = try store.records.setVulnerableCount(["area": "560101", "target_group": "stateless", "registered": g.number(), "year": g.year()]) },
                    { _ = try store.records.createUndoable(.resource, ["entity": elements[0], "kind": "need", "description": g.text(), "quantity": g.text()]) },
                ]
                for attempt in attempts {
                    do { try attempt() } catch let error as StoreError {
                        guard case let .invalidValue(_, _, reason) = error else { return XCTFail("\(error)") }
                        XCTAssertFalse(reason.english.isEmpty || reason.thai.isEmpty)
                    }
                }
            }
        }
        let check = cli.run(["check"] + a)
        XCTAssertEqual(check.code, 0, check.out + check.err)
        XCTAssertTrue(check.out.hasPrefix("ok: "), check.out)
        XCTAssertEqual(cli.run(["export", "-o", cli.path("a.tisep")] + a).code, 0)
        let imported = cli.run(["import", cli.path("a.tisep")] + b)
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertFalse(imported.out.contains("held back"), imported.out)
        XCTAssertEqual(cli.run(["check", "--digest"] + a).out, cli.run(["check", "--digest"] + b).out)
        let store = try Store(path: cli.path("a.sqlite"))
        XCTAssertGreaterThan(try store.records.count(.entity), 5, "some generated values got in")
    }

    func testImportListsHeldBackValuesAndCheckKeepsThemForReview() throws {
        let cli = try CLIHarness(self)
        let a = ["--db", cli.path("a.sqlite")], b = ["--db", cli.path("b.sqlite")]
        XCTAssertEqual(cli.run(["init", "--empty"] + a).code, 0)
        XCTAssertEqual(cli.run(["init", "--empty"] + b).code, 0)
        let id = try XCTUnwrap(cli.run(["add", "entity", "name_th=ชมรม", "p4=asset", "area=560101", "description=ดี"] + a).out
            .split(separator: "\n").last.map(String.init))
        XCTAssertEqual(cli.run(["export", "-o", cli.path("a.tisep")] + a).code, 0)
        // As a laptop not yet upgraded would have written it.
        var text = try String(contentsOfFile: cli.path("a.tisep"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"ดี\"", with: "\"ดี\\u001b]0;pwned\\u0007\"")
        var lines = text.split(separator: "\n").map(String.init)
        lines.removeLast()
        let body = lines.map { $0 + "\n" }.joined()
        let sha = SHA256.hex(SHA256.hash(body))
        try (body + "{\"end\":\"tisep-bundle\",\"lines\":\(lines.count),\"sha256\":\"\(sha)\"}\n").write(toFile: cli.path("old.tisep"), atomically: true, encoding: .utf8)

        let run = cli.run(["import", cli.path("old.tisep")] + b)
        XCTAssertEqual(run.code, 0, run.err)
        XCTAssertTrue(run.out.contains("held back 1 value that breaks the rules"), run.out)
        XCTAssertTrue(run.out.contains("entity \(id) description"), run.out)
        XCTAssertTrue(run.out.contains("\\u001b]0;pwned\\u0007"), "shown escaped, never raw: \(run.out)")
        XCTAssertFalse(run.out.contains("\u{1B}"))
        let json = cli.run(["import", cli.path("old.tisep"), "--json", "--dry-run"] + b)
        XCTAssertTrue(json.out.contains("\"held_back_count\":1,\"held_back\":[{\"kind\":\"entity\",\"id\":\"\(id)\",\"field\":\"description\""), json.out)
        let check = cli.run(["check"] + b)
        XCTAssertEqual(check.code, 0, check.err)
        XCTAssertTrue(check.out.contains("1 value held back from bundles"), check.out)
        XCTAssertTrue(check.out.contains("entity \(id) description"), check.out)
        XCTAssertEqual(cli.run(["show", id] + b).code, 0, "the rest of the record arrived")
    }

    func testCheckNamesStoredValuesThatBreakTheRuleAndHowToMendThem() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let id = try XCTUnwrap(cli.run("add", "entity", "name_th=ชมรม", "p4=asset", "area=560101").out.split(separator: "\n").last.map(String.init))
        let store = try Store(path: cli.db)
        try store.db.execute("""
            UPDATE entities SET name_en = 'Club' || char(27) || '[2J' WHERE id = '\(id)';
            UPDATE areas SET lon = 9e999 WHERE code = '560101';
            """)
        let check = cli.run("check")
        XCTAssertEqual(check.code, 1)
        XCTAssertTrue(check.out.contains("2 stored values break the rules"), check.out)
        XCTAssertTrue(check.out.contains("entity \(id) name_en = \"Club\\u001b[2J\": has a control character (U+001B)"), check.out)
        XCTAssertTrue(check.out.contains("mend: tisep set \(id) name_en=…"), check.out)
        XCTAssertTrue(check.out.contains("area 560101 lon"), check.out)
        XCTAssertTrue(check.err.contains("2 stored values break the rules; mend them as shown above"), check.err)
        // The bundle this laptop writes is still read by every peer.
        XCTAssertEqual(cli.run("export", "-o", cli.path("x.tisep")).code, 0)
        XCTAssertFalse(try String(contentsOfFile: cli.path("x.tisep"), encoding: .utf8).contains("inf"))
        XCTAssertEqual(cli.run("set", id, "name_en=Club").code, 0)
        XCTAssertTrue(cli.run("check").out.contains("1 stored value breaks the rules"))
    }

    /// Values no version of tisep should have stored, written behind the
    /// store's back: every command and the interface survive them.
    func testNoStoredValueCrashesACommandOrTheInterface() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let id = try XCTUnwrap(cli.run("add", "entity", "name_th=ชมรม", "p4=player", "role=implementer", "area=560101").out
            .split(separator: "\n").last.map(String.init))
        XCTAssertEqual(cli.run("add", "project", "name_th=โครงการ", "lead=\(id)", "area=560101", "budget=100").code, 0)
        XCTAssertEqual(cli.run("add", "contact-log", "entity=\(id)", "note=ดี").code, 0)
        XCTAssertEqual(cli.run("add", "vulnerable", "area=560101", "target_group=stateless", "registered=5").code, 0)
        let store = try Store(path: cli.db)
        let tambons = try store.areas.list(level: .tambon, inside: "5601").map(\.code)
        for (i, code) in tambons.enumerated() {
            let value = ["9e999", "-9e999", "1e300", "-1e300", "0", "NULL", "1e-300", "4.5"][i % 8]
            try store.db.execute("""
                INSERT INTO indicator_values(id, stamp, area, indicator, year, value) VALUES
                  ('iv-\(code)-s90s10-2025', '1735689600000.00000.demo000000000000', '\(code)', 's90s10', 2025, \(value)),
                  ('iv-\(code)-mean_income-2025', '1735689600000.00000.demo000000000000', '\(code)', 'mean_income', 2025, \(value)),
                  ('iv-\(code)-evil-99999', '1735689600000.00000.demo000000000000', '\(code)', 'evil' || char(27) || '[31m', 99999, \(value));
                """)
        }
        try store.db.execute("""
            UPDATE areas SET lat = 9e999, lon = -9e999 WHERE code = '\(tambons[0])';
            UPDATE areas SET lat = 1e300, lon = 99.9 WHERE code = '\(tambons[4])';
            UPDATE areas SET lat = 95, lon = 200 WHERE code = '\(tambons[5])';
            UPDATE areas SET lat = 9e999, name_th = 'พะเยา' || char(27) || ']0;x' || char(7), name_en = '' WHERE code = '56';
            UPDATE areas SET name_th = '\(String(repeating: "ก", count: 10_000))' WHERE code = '5601';
            UPDATE entities SET name_th = 'ชมรม' || char(27) || '[2J', description = '\(String(repeating: "ข", count: 200_000))' WHERE id = '\(id)';
            UPDATE projects SET budget = 9e999, start = '2025-02-30', "end" = 'soon';
            UPDATE vulnerable_groups SET registered = -5, reached = 9223372036854775807, year = -1;
            UPDATE contact_logs SET date = 'garbage', note = 'โทร 081-234-5678' || char(0);
            """)
        func runAll(_ commands: [[String]], mustSucceed: Bool) {
            for args in commands {
                let run = cli.run(args)
                if mustSucceed && args[0] != "check" {
                    XCTAssertEqual(run.code, 0, "\(args): \(run.err)")
                } else {
                    XCTAssertTrue(run.code == 0 || (run.code == 1 && run.err.hasPrefix("tisep: error: ")), "\(args): \(run.code ?? -1) \(run.err)")
                }
            }
        }
        let commands: [[String]] = [
            ["map", "--area", "56", "--width", "80", "--height", "30", "--color", "never"],
            ["map", "--area", "5601", "--color", "always", "--width", "60", "--height", "20"],
            ["map", "--width", "80", "--height", "30"], ["map", "--area", "5601", "--indicator", "mean_income", "--breaks-json"],
            ["map", "--area", "5601", "--method", "jenks"], ["map", "--area", "5601", "--method", "equal"],
            ["brief", tambons[0], "--format", "md"], ["brief", tambons[0], "--format", "txt"], ["brief", "5601", "--format", "html"],
            ["indicators", "--area", "56"], ["indicators", "--area", "5601", "--json"], ["indicators", "--indicator", "mean_income"],
            ["search", "ชมรม"], ["search", "เวียง", "--json"], ["show", tambons[0]], ["show", id], ["history", id],
            ["export", "-o", cli.path("out.tisep"), "--force"], ["check"],
        ]
        // Centroids, values and texts no rule allows: every command works.
        runAll(commands, mustSucceed: true)
        XCTAssertEqual(cli.run("check").code, 1, "check names them")
        // The bundle is read by a fresh laptop: structure sound, bad values held back.
        let peer = try CLIHarness(self)
        XCTAssertEqual(peer.run("init", "--empty").code, 0)
        let imported = peer.run("import", cli.path("out.tisep"))
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertTrue(imported.out.contains("held back"), imported.out)

        // Boundaries: one with a point at the end of the world and one that is
        // not a number (left out when stored), one whose deltas overflow, one cut short.
        try store.areas.setBoundary(tambons[3], geometry: GeometryCodec.encode(MultiPolygon(Polygon(outer: [
            GeoPoint(lon: 99.9, lat: 19.1), GeoPoint(lon: 180, lat: -90), GeoPoint(lon: 99.8, lat: 19.2), GeoPoint(lon: .nan, lat: 19),
        ]))), source: "x")
        runAll(commands, mustSucceed: true)
        try store.areas.setBoundary(tambons[1], geometry: [0x01, 0x01, 0x01, 0x03, 0x02, 0x00, 0xFE] + Array(repeating: 0xFF, count: 8) + [0x01, 0x00, 0x00, 0x00], source: "x")
        try store.areas.setBoundary(tambons[2], geometry: [0x01, 0x05], source: "x")
        // A damaged boundary is an error the user reads (which area, what to do), never a crash.
        runAll(commands, mustSucceed: false)
        XCTAssertTrue(cli.run(["map", "--area", "5601"]).err.contains("the stored boundary of area \(tambons[1]) is damaged"))

        // The interface: the tree, the map pane and the detail of the damaged areas.
        var state = AppState()
        state.width = 100
        state.height = 30
        state.thai = true
        state.dataset = DataSetInfo(path: "eco.sqlite", isDemo: false)
        state.today = "2025-11-02"
        let store2 = try Store(path: cli.db)
        let app = try App(state: state, runner: EffectRunner(store: store2, worker: nil))
        _ = app.frame()
        for code in [tambons[0], tambons[3], "5601", "56"] {
            app.type("/")
            app.type(code)
            app.press(.enter)
            XCTAssertEqual(app.frame().lines().count, 30)
            app.press(.tab, .right, .down, .left, .up)
            _ = app.frame()
        }
        // What the map pane draws from: every area kept or left out, none crashing.
        try store.db.execute("DELETE FROM area_boundaries WHERE code IN ('\(tambons[1])', '\(tambons[2])')")
        let data = try MapSource(store: try Store(path: cli.db)).load(scope: "5601", level: .tambon, indicator: "s90s10", thai: true)
        let printed = PrintedMap(data: data, method: .naturalBreaks, classes: 5, colorMode: .palette256, charset: .unicode,
                                 width: 60, height: 20, labels: .auto)
        XCTAssertEqual(printed.picture.grid.height, 20)
    }
}
