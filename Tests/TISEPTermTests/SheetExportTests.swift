import Foundation
import XCTest
@testable import EcosystemStore
@testable import TISEPTerm

/// `tisep export-csv` (docs/sharing-data.md): every list reads back as the
/// database holds it, Excel's byte-order mark is there, no text cell can
/// run as a formula, and a list of elements goes through `import-entities`
/// and comes out the same.
final class SheetExportTests: XCTestCase {
    /// The demo and a harness whose `--db` is its copy.
    private func demo() throws -> (cli: CLIHarness, db: String, store: Store) {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        return (cli, db, try Store(path: db))
    }

    /// What a stored value must look like in its cell.
    private func assertCell(_ cell: String, _ stored: String?, _ spec: FieldSpec, _ what: String, line: UInt = #line) {
        guard let stored else { return XCTAssertEqual(cell, "", what, line: line) }
        switch spec.kind {
        case .integer, .real, .year:
            XCTAssertEqual(Double(cell), Double(stored), "\(what): a plain number", line: line)
            XCTAssertFalse(cell.contains(" ") || cell.contains("'") || (cell.contains(",")), what, line: line)
        case .bool: XCTAssertEqual(cell, stored == "1" ? "true" : "false", what, line: line)
        case .phone:
            XCTAssertEqual(cell.filter(\.isNumber), stored, what, line: line)
            XCTAssertEqual(cell, PhoneNumber.format(stored), "\(what): dashes keep the leading 0 in a spreadsheet", line: line)
        default: XCTAssertEqual(cell, stored, what, line: line)
        }
    }

    func testEveryListReadsBackAsTheDatabaseHoldsIt() throws {
        let (cli, db, store) = try demo()
        for kind in SheetKind.allCases {
            let file = cli.path("\(kind.rawValue).csv")
            let r = cli.run("--db", db, "export-csv", kind.rawValue, "-o", file, "--include-private")
            XCTAssertEqual(r.code, 0, r.err)
            XCTAssertEqual(try fileHead(file, 3), [0xEF, 0xBB, 0xBF], "\(kind): a byte-order mark, so that Excel reads UTF-8")
            XCTAssertEqual(try fileMode(file), 0o600)
            let table = try CSVTable(text: try String(contentsOfFile: file, encoding: .utf8))
            let type = kind.recordType
            for spec in type.fields {
                XCTAssertNotNil(table.column(spec.name == "area" ? "area_code" : spec.name), "\(kind) has a column for \(spec.name)")
            }
            func cell(_ fields: [String], _ name: String) -> String { fields[table.column(name)!] }
            var seen = Set<String>()
            for (line, fields) in table.rows {
                let record: Record?
                switch kind {
                case .indicators:
                    record = try store.records.record(Store.Indicators.valueID(area: cell(fields, "area_code"), indicator: cell(fields, "indicator"),
                                                                               year: Int(cell(fields, "year"))!), type: type)
                case .vulnerable:
                    record = try store.records.record(Store.Records.vulnerableCountID(area: cell(fields, "area_code"), group: cell(fields, "target_group"),
                                                                                      year: Int(cell(fields, "year"))), type: type)
                default:
                    record = try store.records.record(cell(fields, "id"), type: type)
                }
                let r = try XCTUnwrap(record, "\(kind) line \(line): a record of the database")
                XCTAssertFalse(r.deleted, "\(kind) line \(line): deleted records are not listed")
                XCTAssertTrue(seen.insert(r.id).inserted, "\(kind): one row per record")
                for spec in type.fields {
                    assertCell(cell(fields, spec.name == "area" ? "area_code" : spec.name), r[spec.name], spec, "\(kind) line \(line) \(spec.name)")
                }
                if kind == .contacts || kind == .resources {
                    XCTAssertEqual(cell(fields, "entity_name"), try store.records.record(r["entity"]!, type: .entity)?["name_th"])
                }
                if kind == .indicators || kind == .vulnerable {
                    XCTAssertEqual(cell(fields, "area_name_th"), try store.areas.area(r["area"]!)?.nameTH)
                }
            }
            let expected = kind == .contacts
                ? try store.records.live(.contact).filter { try store.records.record($0["entity"]!, type: .entity)?.deleted == false }.count
                : try store.records.count(type)
            XCTAssertEqual(table.rows.count, expected, "\(kind): every live record")
            XCTAssertGreaterThan(table.rows.count, 0, "\(kind): the demo has some")
        }
    }

    func testPrivateContactsOnlyWhenAskedAndCountedOnStderr() throws {
        let (cli, db, store) = try demo()
        let all = try store.records.live(.contact).filter { $0["entity"].flatMap { try? store.records.record($0, type: .entity) }?.list("area").contains { $0.hasPrefix("5603") || "5603".hasPrefix($0) } ?? false }
        let privateOnes = all.filter { $0["private"] == "1" }
        XCTAssertGreaterThan(privateOnes.count, 0)
        let file = cli.path("contacts.csv")
        let r = cli.run("--db", db, "export-csv", "contacts", "--area", "5603", "-o", file)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.err.contains("tisep: note: \(privateOnes.count) private contacts left out (--include-private to list them)"), r.err)
        XCTAssertEqual(r.out, "wrote \(file): \(all.count - privateOnes.count) contacts\n")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        for contact in privateOnes {
            XCTAssertFalse(text.contains(contact.id), "a private contact's row")
            if let phone = contact["phone"] { XCTAssertFalse(text.contains(PhoneNumber.format(phone)), "a private contact's phone") }
        }
        let withPrivate = cli.run("--db", db, "export-csv", "contacts", "--area", "5603", "-o", file, "--force", "--include-private")
        XCTAssertFalse(withPrivate.err.contains("private"), withPrivate.err)
        XCTAssertEqual(RawCSV.records(try String(contentsOfFile: file, encoding: .utf8)).rows.count, all.count)
    }

    func testAnAreaListsWhatTheListOnScreenShows() throws {
        let (cli, db, store) = try demo()
        for code in ["560307", "5603", "56"] {
            let file = cli.path("entities-\(code).csv")
            XCTAssertEqual(cli.run("--db", db, "export-csv", "entities", "--area", "TH" + code, "-o", file).code, 0)
            let ids = RawCSV.records(try String(contentsOfFile: file, encoding: .utf8)).rows.map { $0["id"]! }
            XCTAssertEqual(Set(ids), Set(try store.elements.list(servingAreaOrBelow: code).map(\.id)), code)
            XCTAssertEqual(ids.count, Set(ids).count)
            let values = cli.path("indicators-\(code).csv")
            XCTAssertEqual(cli.run("--db", db, "export-csv", "indicators", "--area", code, "-o", values).code, 0)
            let rows = RawCSV.records(try String(contentsOfFile: values, encoding: .utf8)).rows
            XCTAssertEqual(rows.count, try store.indicators.values(inAreaOrBelow: code).count, "values of the area and below")
            XCTAssertTrue(rows.allSatisfy { $0["area_code"]!.hasPrefix(code) })
        }
        let unknown = cli.run("--db", db, "export-csv", "entities", "--area", "999999", "-o", cli.path("x.csv"))
        XCTAssertEqual(unknown.code, 1)
        XCTAssertEqual(unknown.err, "tisep: error: no area with code 999999; try 'tisep search NAME --kind area'\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("x.csv")))
        let wrongKind = cli.run("--db", db, "export-csv", "households", "-o", cli.path("x.csv"))
        XCTAssertEqual(wrongKind.code, 2)
        XCTAssertTrue(wrongKind.err.contains("export-csv lists entities|contacts|resources|projects|indicators|vulnerable, not 'households'"), wrongKind.err)
    }

    /// Names, descriptions and LINE IDs that start like a formula, generated;
    /// tab and carriage return at the start as an older tisep could have
    /// stored them (the acceptance rule refuses them now), negative values.
    func testNoTextCellCanRunAsAFormulaAndTheGuardComesOffOnImport() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        var random = PropertyRandom(seed: 20)
        let starts = ["=", "+", "-", "@", "'", "=HYPERLINK(\"http://x\")", "+66", "-1", "@SUM(A1)", "'="]
        let store = try Store(path: cli.db)
        var names: [String: String] = [:]
        for i in 0..<60 {
            let start = random.pick(starts)
            let name = start + random.pick(["ชมรม", "club", "1+1", " x", "cmd|' /C calc'!A0"]) + " \(i)"
            let id = try store.records.create(.entity, ["name_th": name, "name_en": random.pick(starts) + "en \(i)", "p4": "player",
                                                         "area": random.pick(["560101", "560307", "5603"]),
                                                         "description": random.pick(starts) + "text\n" + random.pick(starts) + "line 2",
                                                         "line_id": random.pick(["@wiang\(i)", "-dash\(i)", "plain\(i)"])])
            names[id] = name
        }
        let sneaky = try store.records.create(.entity, ["name_th": "placeholder", "p4": "player", "area": "560101"])
        try store.db.run("UPDATE entities SET name_th = ?, description = ? WHERE id = ?", ["\tTAB=1", "\r=CR", sneaky])
        names[sneaky] = "\tTAB=1"
        for (i, value) in ["-3.5", "-0.25", "12", "-1000000"].enumerated() {
            _ = try store.records.create(.indicatorValue, ["area": ["560101", "560102", "560307", "5603"][i], "indicator": "change", "year": "2025", "value": value,
                                                            "source": random.pick(starts) + "survey"])
        }
        for kind in ["entities", "indicators"] {
            let file = cli.path("\(kind).csv")
            XCTAssertEqual(cli.run("export-csv", kind, "-o", file).code, 0)
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let (header, rows) = RawCSV.records(text)
            let numbers: Set<String> = ["year", "value", "households"]
            for row in rows {
                for column in header {
                    let cell = row[column]!
                    guard let first = cell.unicodeScalars.first else { continue }
                    if numbers.contains(column) {
                        XCTAssertNotNil(Double(cell), "\(column) stays a number: \(cell)")
                    } else {
                        XCTAssertFalse(["=", "+", "-", "@", "\t", "\r"].contains(first), "\(kind) \(column) starts like a formula: \(cell.debugDescription)")
                    }
                }
            }
            if kind == "indicators" {
                XCTAssertEqual(Set(rows.map { $0["value"]! }), ["-3.5", "-0.25", "12", "-1000000"], "negative numbers keep their sign, unguarded")
            }
        }
        // tisep's reader takes the guard off: the names as stored.
        let entities = try CSVTable(text: try String(contentsOfFile: cli.path("entities.csv"), encoding: .utf8))
        for (_, fields) in entities.rows {
            let id = fields[entities.column("id")!]
            XCTAssertEqual(fields[entities.column("name_th")!], names[id])
            XCTAssertEqual(fields[entities.column("description")!], try store.records.record(id)?["description"])
            XCTAssertEqual(fields[entities.column("line_id")!], try store.records.record(id)?["line_id"] ?? "")
        }
        // And import-entities brings them back as they were (the tab an
        // older tisep let in is trimmed, as the rule does with any name).
        let other = try CLIHarness(self)
        XCTAssertEqual(other.run("init", "--empty").code, 0)
        let imported = other.run("import-entities", cli.path("entities.csv"))
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertTrue(imported.out.contains("imported 61 elements, refused 0 rows"), imported.out)
        let back = try Store(path: other.db).records.live(.entity).map { $0["name_th"]! }
        XCTAssertEqual(Set(back), Set(names.values.map { $0.hasPrefix("\t") ? String($0.dropFirst()) : $0 }))
    }

    func testAListOfElementsGoesThroughImportAndComesOutTheSame() throws {
        let (cli, db, _) = try demo()
        let first = cli.path("phayao.csv")
        XCTAssertEqual(cli.run("--db", db, "export-csv", "entities", "--area", "56", "-o", first).code, 0)
        let fresh = cli.path("fresh.sqlite")
        XCTAssertEqual(cli.run("--db", fresh, "init", "--empty").code, 0)
        let imported = cli.run("--db", fresh, "import-entities", first)
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertTrue(imported.out.contains("refused 0 rows"), imported.out)
        let again = cli.path("again.csv")
        XCTAssertEqual(cli.run("--db", fresh, "export-csv", "entities", "--area", "56", "-o", again).code, 0)
        // Equal but for the ids, which the importer makes anew.
        func content(_ path: String) throws -> (header: [String], rows: [[String]]) {
            let rows = RawCSV.rows(try String(contentsOfFile: path, encoding: .utf8))
            return (rows[0], rows.dropFirst().map { Array($0.dropFirst()) }.sorted { $0.lexicographicallyPrecedes($1) })
        }
        let (a, b) = (try content(first), try content(again))
        XCTAssertEqual(a.header, b.header)
        XCTAssertEqual(a.header.first, "id")
        XCTAssertGreaterThan(a.rows.count, 500)
        XCTAssertEqual(a.rows, b.rows)
        XCTAssertEqual(try fileHead(again, 3), [0xEF, 0xBB, 0xBF])

        // Indicator values: the columns import-indicators reads come back the same.
        let values = cli.path("values.csv")
        XCTAssertEqual(cli.run("--db", db, "export-csv", "indicators", "--area", "5603", "-o", values).code, 0)
        let loaded = cli.run("--db", fresh, "import-indicators", values)
        XCTAssertEqual(loaded.code, 0, loaded.err)
        let valuesAgain = cli.path("values-again.csv")
        XCTAssertEqual(cli.run("--db", fresh, "export-csv", "indicators", "-o", valuesAgain).code, 0)
        func published(_ path: String) throws -> [[String]] {
            RawCSV.records(try String(contentsOfFile: path, encoding: .utf8)).rows
                .map { row in Store.Indicators.valueColumns.map { row[$0]! } }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        XCTAssertEqual(try published(values), try published(valuesAgain))
    }

    func testTheGuardAndItsUndoing() {
        var random = PropertyRandom(seed: 21)
        let pieces = ["=", "+", "-", "@", "'", "\t", "\r", "\n", "a", "ก", "1", " ", "\"", ","]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...4, using: &random)).map { _ in random.pick(pieces) }.joined()
            let guarded = SpreadsheetGuard.guarded(text)
            XCTAssertEqual(SpreadsheetGuard.unguarded(guarded), text, text.debugDescription)
            if let first = guarded.unicodeScalars.first {
                XCTAssertFalse(["=", "+", "-", "@", "\t", "\r"].contains(first), guarded.debugDescription)
            }
            // Through a whole file and tisep's reader.
            let sheet = Sheet(header: ["a", "n"], rows: [[.text(text), .number("-1")]])
            let table = try? CSVTable(text: sheet.csv)
            XCTAssertEqual(table?.rows.first?.fields ?? [""], text.isEmpty ? ["", "-1"] : [text, "-1"], text.debugDescription)
        }
        XCTAssertEqual(SpreadsheetGuard.unguarded("'hello"), "'hello", "an apostrophe before ordinary text is data")
        XCTAssertEqual(SheetCell.number("-5").written, "-5")
        XCTAssertEqual(SheetCell.text("-5").written, "'-5")
        for number in ["0", "-5", "3.25", "-0.5", "1e-05", "2E+3", "100000000"] {
            XCTAssertEqual(SheetCell.number(number).written, number)
        }
        // A number cell whose text is not a plain number (never from the
        // store, whose number columns read as numbers) is guarded as text.
        for notNumber in ["=5", "-5+1", "5-", ".5", "-", "1e", "+1", "@1", "-=1"] {
            XCTAssertTrue(SheetCell.number(notNumber).written.hasPrefix("'") || !SpreadsheetGuard.needsGuard(notNumber), notNumber)
        }
    }
}
