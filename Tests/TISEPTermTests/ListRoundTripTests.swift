import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// The lists of `tisep export-csv resources|vulnerable|contacts` come back
/// through `import-resources`, `import-vulnerable` and `import-contacts`:
/// into a fresh database with the same elements, again without doubling,
/// edited rows updating their record, bad rows refused with their line,
/// and a damaged or wrong file changing nothing.
final class ListRoundTripTests: XCTestCase {
    /// A small database: three elements (two กลุ่มสตรี of one name in two
    /// tambons), five needs and offers, two counts, two contacts of the รพ.สต. (one private).
    private func source() throws -> (cli: CLIHarness, store: Store, women: (wiang: String, maeTam: String)) {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let store = try Store(path: cli.db)
        let r = store.records
        let wiang = try r.create(.entity, ["name_th": "กลุ่มสตรี", "p4": "player", "area": "560101"])
        let maeTam = try r.create(.entity, ["name_th": "กลุ่มสตรี", "p4": "player", "area": "560102"])
        let hospital = try r.create(.entity, ["name_th": "รพ.สต.เวียง", "p4": "asset", "area": "560101"])
        try r.create(.resource, ["entity": wiang, "kind": "need", "category": "funding", "description": "ทุนทำกระเป๋าผ้า", "quantity": "20000 บาท", "area": "560101"])
        try r.create(.resource, ["entity": maeTam, "kind": "offer", "category": "volunteers", "description": "อาสาเยี่ยมบ้าน", "area": "560102", "period": "ทุกเสาร์"])
        try r.create(.resource, ["entity": hospital, "kind": "offer", "category": "care", "description": "=HYPERLINK(\"x\") ตรวจสุขภาพ"])
        try r.create(.resource, ["entity": hospital, "kind": "need", "category": "equipment", "description": "รถเข็น", "status": "met"])
        try r.create(.resource, ["entity": hospital, "kind": "need", "category": "data", "description": "รายชื่อผู้ป่วยติดเตียง"])
        try r.create(.vulnerable, ["area": "560101", "target_group": "poor-elderly", "registered": "120", "reached": "80", "year": "2568", "source": "อบต."])
        try r.create(.vulnerable, ["area": "560102", "target_group": "disabled", "registered": "14", "year": "2025"])
        try r.create(.contact, ["entity": hospital, "name": "นางสมศรี ใจดี", "phone": "054-123-456", "position": "ผอ."])
        try r.create(.contact, ["entity": hospital, "name": "นางแก้ว", "phone": "081-234-5678", "line_id": "@kaew", "private": "true"])
        return (cli, store, (wiang, maeTam))
    }

    /// A fresh database holding the source's elements (with new ids, as import-entities makes them).
    private func fresh(from cli: CLIHarness) throws -> String {
        let entities = cli.path("entities.csv")
        XCTAssertEqual(cli.run("export-csv", "entities", "-o", entities).code, 0)
        let db = cli.path("fresh.sqlite")
        XCTAssertEqual(cli.run("--db", db, "init", "--empty").code, 0)
        let imported = cli.run("--db", db, "import-entities", entities)
        XCTAssertTrue(imported.out.contains("imported 3 elements, refused 0 rows"), imported.out + imported.err)
        return db
    }

    /// What a user checks of a need or offer: its element's name and every field.
    private func resources(_ store: Store) throws -> [String] {
        let names = Dictionary(uniqueKeysWithValues: try store.records.live(.entity).map { ($0.id, ($0["name_th"] ?? "") + "@" + ($0["area"] ?? "")) })
        return try store.records.live(.resource).map { r in
            ([names[r["entity"] ?? ""] ?? "?"] + ["kind", "category", "description", "quantity", "area", "period", "status"].map { r[$0] ?? "" })
                .joined(separator: "|")
        }.sorted()
    }

    func testNeedsAndOffersComeBackIntoAFreshDatabaseAndAgainWithoutDoubling() throws {
        let (cli, store, _) = try source()
        let list = cli.path("resources.csv")
        XCTAssertEqual(cli.run("export-csv", "resources", "-o", list).code, 0)
        let db = try fresh(from: cli)

        let first = cli.run("--db", db, "import-resources", list)
        XCTAssertEqual(first.code, 0, first.err)
        XCTAssertTrue(first.out.hasPrefix("\(list): imported 5 resources, updated 0, unchanged 0, refused 0 rows\n"), first.out)
        // The element ids of another database are unknown here: found by name (and area for the two กลุ่มสตรี).
        XCTAssertTrue(first.out.contains("note: 5 rows found their element by entity_name"), first.out)
        let other = try Store(path: db)
        XCTAssertEqual(try resources(other), try resources(store))
        XCTAssertEqual(try other.records.live(.resource).filter { $0["description"]?.hasPrefix("=HYPERLINK") == true }.count, 1,
                       "the formula guard is taken off")
        XCTAssertEqual(try other.records.live(.resource).filter { $0["status"] == "met" }.map { $0["description"] }, ["รถเข็น"])

        let again = cli.run("--db", db, "import-resources", list)
        XCTAssertEqual(again.code, 0, again.err)
        XCTAssertTrue(again.out.hasPrefix("\(list): imported 0 resources, updated 0, unchanged 5, refused 0 rows\n"), again.out)
        XCTAssertEqual(try other.records.count(.resource), 5)
        // And into the database it came from: every id is known, nothing changes.
        let digest = cli.run("check", "--digest").out
        let home = cli.run("import-resources", list)
        XCTAssertTrue(home.out.hasPrefix("\(list): imported 0 resources, updated 0, unchanged 5, refused 0 rows\n"), home.out)
        XCTAssertEqual(cli.run("check", "--digest").out, digest)
    }

    func testAnEditedListUpdatesItsRecordsAndBadRowsAreRefusedWithTheirLine() throws {
        let (cli, store, women) = try source()
        let list = cli.path("resources.csv")
        XCTAssertEqual(cli.run("export-csv", "resources", "-o", list).code, 0)
        var text = try String(contentsOfFile: list, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        // Met at the meeting: the data need; the quantity of the funding need cleared.
        text = text.replacingOccurrences(of: "รายชื่อผู้ป่วยติดเตียง,,,,open", with: "รายชื่อผู้ป่วยติดเตียง,,,,met")
        text = text.replacingOccurrences(of: ",20000 บาท,", with: ",,")
        text += ",\(women.maeTam),,need,venue,ห้องประชุม,,560102,,open\r\n"          // line 7: new, no id
        text += ",\(women.maeTam),,need,money,ค่าเดินทาง,,560102,,open\r\n"          // line 8: unknown category
        text += ",,ชมรมที่ไม่มี,offer,care,ดูแล,,560101,,open\r\n"                  // line 9: unknown element
        text += ",\(women.wiang),,need,care,ดูแล,,560101,,done\r\n"                 // line 10: bad status
        try text.write(toFile: list, atomically: true, encoding: .utf8)
        XCTAssertEqual(lines.count, 6, "a header and five rows")

        let r = cli.run("import-resources", list)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("\(list): imported 1 resource, updated 2, unchanged 3, refused 3 rows\n"), r.out)
        XCTAssertTrue(r.out.contains("  line 8: category 'money': expected one of funding,"), r.out)
        XCTAssertTrue(r.out.contains("  line 9: no element is named 'ชมรมที่ไม่มี'; import the elements first (tisep import-entities)"), r.out)
        XCTAssertTrue(r.out.contains("  line 10: status 'done': expected one of open, met"), r.out)
        let live = try store.records.live(.resource)
        XCTAssertEqual(live.count, 6)
        XCTAssertEqual(live.first { $0["description"] == "รายชื่อผู้ป่วยติดเตียง" }?["status"], "met")
        XCTAssertNil(live.first { $0["description"] == "ทุนทำกระเป๋าผ้า" }?["quantity"], "an empty cell clears the field")
        XCTAssertEqual(live.first { $0["description"] == "ห้องประชุม" }?["entity"], women.maeTam)

        // A file of bad rows only: an error, and nothing changed.
        let digest = cli.run("check", "--digest").out
        let bad = try cli.write("bad.csv", "id,entity,entity_name,kind,category,description,quantity,area_code,period,status\n"
                                + ",,กลุ่มสตรี,need,care,ดูแล,,,,open\n")
        let refused = cli.run("import-resources", bad)
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.out.contains("line 2: 2 elements are named 'กลุ่มสตรี' ("), refused.out)
        XCTAssertTrue(refused.err.contains("tisep: error: no row was imported; see the reasons above"), refused.err)
        XCTAssertEqual(cli.run("check", "--digest").out, digest)

        // A row of a record deleted since, and a row repeating an id: refused, not brought back or doubled.
        let data = try XCTUnwrap(live.first { $0["description"] == "รายชื่อผู้ป่วยติดเตียง" })
        XCTAssertEqual(cli.run("rm", data.id).code, 0)
        let repeated = try XCTUnwrap(live.first { $0["description"] == "รถเข็น" })
        let rows = try cli.write("deleted.csv", "id,entity,kind,category,description,status\n"
                                 + "\(data.id),\(data["entity"]!),need,data,รายชื่อผู้ป่วยติดเตียง,met\n"
                                 + "\(repeated.id),\(repeated["entity"]!),need,equipment,รถเข็น,met\n"
                                 + "\(repeated.id),\(repeated["entity"]!),need,equipment,รถเข็นไฟฟ้า,open\n")
        let second = cli.run("import-resources", rows)
        XCTAssertEqual(second.code, 0, second.err)
        XCTAssertTrue(second.out.hasPrefix("\(rows): imported 0 resources, updated 0, unchanged 1, refused 2 rows\n"
                                           + "  line 2: id \(data.id) was deleted in this database; bring it back with 'tisep restore \(data.id)'"), second.out)
        XCTAssertTrue(second.out.contains("  line 4: the same id as line 3"), second.out)
        XCTAssertEqual(try store.records.count(.resource), 5)
    }

    func testADamagedOrWrongFileIsRefusedAndChangesNothing() throws {
        let (cli, _, _) = try source()
        let header = "id,entity,entity_name,kind,category,description,quantity,area_code,period,status\n"
        let files: [(command: String, name: String, bytes: Data, error: String)] = [
            ("import-resources", "extra.csv", Data((header + ",,รพ.สต.เวียง,need,care,ดูแล,,,,open\n,,รพ.สต.เวียง,need,care,ดูแล,,,,open,extra\n").utf8),
             "extra.csv: line 3: this row has 11 cells but the header has 10 columns"),
            ("import-resources", "header.csv", Data("name,phone\nก,081-234-5678\n".utf8), "header.csv: the header lacks kind, entity (or entity_name)"),
            ("import-contacts", "latin1.csv", Data("id,entity,entity_name,name\n,,".utf8) + Data([0xA1, 0xC5, 0xD8, 0xE8, 0xC1, 0x0A]),
             "latin1.csv is not UTF-8 text; save it as CSV UTF-8"),
            ("import-vulnerable", "quote.csv", Data("area_code,target_group,registered\n560101,dis\"abled,3\n".utf8),
             "quote.csv: line 2: a cell has a quote"),
            ("import-vulnerable", "nogroup.csv", Data("area_code,registered\n560101,3\n".utf8), "nogroup.csv: the header lacks target_group"),
        ]
        let digest = cli.run("check", "--digest").out
        for file in files {
            let path = cli.path(file.name)
            try file.bytes.write(to: URL(fileURLWithPath: path))
            let r = cli.run(file.command, path)
            XCTAssertEqual(r.code, 1, file.name)
            XCTAssertEqual(r.out, "", file.name)
            XCTAssertTrue(r.err.hasPrefix("tisep: error: \(cli.directory.path)/\(file.error)"), "\(file.name): \(r.err)")
            XCTAssertEqual(cli.run("check", "--digest").out, digest, file.name)
        }
        let missing = cli.run("import-contacts", cli.path("nowhere.csv"))
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.err.hasPrefix("tisep: error: cannot read \(cli.path("nowhere.csv")); check the path"), missing.err)
        XCTAssertEqual(cli.run("check", "--digest").out, digest)
    }

    func testVulnerableCountsComeBackAndAgainWithoutDoubling() throws {
        let (cli, store, _) = try source()
        let list = cli.path("vulnerable.csv")
        XCTAssertEqual(cli.run("export-csv", "vulnerable", "-o", list).code, 0)
        let db = cli.path("fresh.sqlite")
        XCTAssertEqual(cli.run("--db", db, "init", "--empty").code, 0)
        let first = cli.run("--db", db, "import-vulnerable", list)
        XCTAssertEqual(first.out, "\(list): imported 2 vulnerable-group counts, updated 0, unchanged 0, refused 0 rows\n", first.err)
        func counts(_ store: Store) throws -> [String] {
            try store.records.live(.vulnerable).map { r in
                ([r.id] + ["area", "target_group", "registered", "reached", "year", "source"].map { r[$0] ?? "" }).joined(separator: "|")
            }.sorted()
        }
        let other = try Store(path: db)
        XCTAssertEqual(try counts(other), try counts(store))
        XCTAssertEqual(try counts(other).first, "vg-560101-poor-elderly-2025|560101|poor-elderly|120|80|2025|อบต.")
        XCTAssertEqual(cli.run("--db", db, "import-vulnerable", list).out,
                       "\(list): imported 0 vulnerable-group counts, updated 0, unchanged 2, refused 0 rows\n")

        // A new figure updates the count of its key; a bad group is refused with its line.
        var text = try String(contentsOfFile: list, encoding: .utf8)
        text = text.replacingOccurrences(of: ",120,80,", with: ",125,80,")
        text += "560101,เวียง,Wiang,elderly,5,,2025,\r\n"
        try text.write(toFile: list, atomically: true, encoding: .utf8)
        let edited = cli.run("--db", db, "import-vulnerable", list)
        XCTAssertEqual(edited.code, 0)
        XCTAssertTrue(edited.out.hasPrefix("\(list): imported 0 vulnerable-group counts, updated 1, unchanged 1, refused 1 row\n  line 4: target_group 'elderly': expected one of"), edited.out)
        XCTAssertEqual(try other.records.record("vg-560101-poor-elderly-2025")?["registered"], "125")
        XCTAssertEqual(try other.records.count(.vulnerable), 2)
    }

    func testContactsComeBackWithTheirPrivateFlag() throws {
        let (cli, store, _) = try source()
        let list = cli.path("contacts.csv")
        let written = cli.run("export-csv", "contacts", "--include-private", "-o", list)
        XCTAssertEqual(written.code, 0, written.err)
        let db = try fresh(from: cli)
        let first = cli.run("--db", db, "import-contacts", list)
        XCTAssertTrue(first.out.hasPrefix("\(list): imported 2 contacts, updated 0, unchanged 0, refused 0 rows\n"), first.out + first.err)
        func contacts(_ store: Store) throws -> [String] {
            let names = Dictionary(uniqueKeysWithValues: try store.records.live(.entity).map { ($0.id, $0["name_th"] ?? "") })
            return try store.records.live(.contact).map { c in
                ([names[c["entity"] ?? ""] ?? "?"] + ["name", "position", "phone", "email", "line_id", "address", "private"].map { c[$0] ?? "" })
                    .joined(separator: "|")
            }.sorted()
        }
        let other = try Store(path: db)
        XCTAssertEqual(try contacts(other), try contacts(store))
        XCTAssertEqual(try other.records.live(.contact).filter { $0["private"] == "1" }.map { $0["name"] }, ["นางแก้ว"])
        XCTAssertTrue(cli.run("--db", db, "import-contacts", list).out.hasPrefix("\(list): imported 0 contacts, updated 0, unchanged 2, refused 0 rows\n"))
        XCTAssertEqual(try other.records.count(.contact), 2)

        // Made public in the sheet: the same contact, now public; a bad phone is refused.
        var text = try String(contentsOfFile: list, encoding: .utf8)
        text = text.replacingOccurrences(of: ",'@kaew,,true", with: ",'@kaew,,false")
        text += ",,รพ.สต.เวียง,นายดำ,,12345,,,,false\r\n"
        try text.write(toFile: list, atomically: true, encoding: .utf8)
        let edited = cli.run("import-contacts", list)
        XCTAssertTrue(edited.out.hasPrefix("\(list): imported 0 contacts, updated 1, unchanged 1, refused 1 row\n  line 4: phone '12345': "), edited.out)
        XCTAssertEqual(try store.records.live(.contact).filter { $0["private"] == "1" }.count, 0)
    }

    func testTheCommandsAreListedInHelp() throws {
        let cli = try CLIHarness(self)
        let help = cli.run("help").out
        for command in ["import-resources", "import-vulnerable", "import-contacts"] {
            XCTAssertTrue(help.contains("  \(command) "), command)
            XCTAssertEqual(cli.run(command, "--help").code, 0, command)
        }
    }
}
