import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// `tisep export-3w`: the HXL hashtag row, and rows that say who, what,
/// where, when and for whom as the database holds it. (`scripts/check-hxl`
/// reads the same sheet with libhxl, in `.ci/run`.)
final class ThreeWTests: XCTestCase {
    static let tags = ["#org+name", "#org+name+i_en", "#org+type", "#org+type+code", "#org+impl", "#org+funding",
                       "#sector", "#sector+code", "#activity+name", "#activity+name+i_en", "#activity+code",
                       "#adm1+name", "#adm1+name+i_en", "#adm1+code", "#adm2+name", "#adm2+name+i_en", "#adm2+code",
                       "#adm3+name", "#adm3+name+i_en", "#adm3+code", "#date+start", "#date+end", "#status",
                       "#targeted+ind", "#reached+ind", "#targeted+type"]

    /// The IATI OrganisationType codelist (iatistandard.org, non-embedded codelists).
    static let iati: [Int: String] = [10: "Government", 11: "Local Government", 15: "Other Public Sector", 21: "International NGO",
                                      22: "National NGO", 23: "Regional NGO", 24: "Partner Country based NGO", 30: "Public Private Partnership",
                                      40: "Multilateral", 60: "Foundation", 70: "Private Sector", 71: "Private Sector in Provider Country",
                                      72: "Private Sector in Aid Recipient Country", 73: "Private Sector in Third Country",
                                      80: "Academic, Training and Research", 90: "Other"]

    private func export(_ args: [String], db: String? = nil, cli: CLIHarness) throws -> (header: [String], tags: [String], rows: [[String: String]]) {
        let file = cli.path("3w-\(UUID().uuidString).csv")
        let r = cli.run((db.map { ["--db", $0] } ?? []) + ["export-3w", "-o", file] + args)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(try fileHead(file, 3), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(try fileMode(file), 0o600)
        let all = RawCSV.rows(try String(contentsOfFile: file, encoding: .utf8))
        let records = RawCSV.records(try String(contentsOfFile: file, encoding: .utf8), headerRows: 2)
        XCTAssertEqual(records.rows.count, all.count - 2)
        return (all[0], all[1], records.rows.map { row in Dictionary(uniqueKeysWithValues: zip(all[1], all[0].map { row[$0]! })) })
    }

    /// The persons' columns are in every 3W; where this tisep keeps no
    /// persons per project, the command says so on stderr.
    func testThePersonsColumnsAndWhatTheCommandSaysAboutThem() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let r = cli.run("export-3w", "-o", cli.path("3w.csv"))
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(Self.tags.contains("#targeted+ind") && Self.tags.contains("#reached+ind"))
        let note = "tisep: note: Persons targeted and reached are not kept by this tisep: their columns are there, empty.\n"
        XCTAssertEqual(r.err.contains(note), !ThreeW.personsKept, r.err)
        XCTAssertTrue(cli.run("export-3w", "--help").out.contains(ThreeW.personsKept ? "where a project works in one area only" : "not kept by this tisep"))
    }

    func testTheHashtagRow() throws {
        XCTAssertEqual(ThreeW.columns.map(\.tag), Self.tags)
        // HXL 1.1: '#' and a name, then '+' attributes; lower case letters, digits, '_'.
        let hashtag = try NSRegularExpression(pattern: "^#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*$")
        for tag in Self.tags {
            XCTAssertNotNil(hashtag.firstMatch(in: tag, range: NSRange(tag.startIndex..., in: tag)), tag)
        }
        XCTAssertEqual(Set(Self.tags).count, Self.tags.count, "each column tagged once")
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let empty = try export([], cli: cli)
        XCTAssertEqual(empty.header, ThreeW.columns.map(\.header), "the header row first")
        XCTAssertEqual(empty.tags, Self.tags, "the hashtags on the second row")
        XCTAssertEqual(empty.rows.count, 0)
    }

    func testEverySectorHasAnIATIOrganisationType() {
        for sector in Sector.allCases {
            let type = ThreeW.organisationType(sector)
            XCTAssertEqual(type.flatMap { Self.iati[$0.code] }, type?.name, "\(sector): a code of the codelist with its name")
        }
        XCTAssertEqual(ThreeW.organisationType(.local)?.code, 11)
        XCTAssertEqual(ThreeW.organisationType(.civilSociety)?.code, 22)
        XCTAssertNil(ThreeW.organisationType(nil), "no sector, no type")
    }

    func testEachProjectAndAreaAsTheDatabaseHoldsIt() throws {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let store = try Store(path: db)
        let sheet = try export(["--area", "56"], db: db, cli: cli)
        let projects = try store.records.live(.project)
        let expected = projects.reduce(0) { $0 + $1.list("area").filter { $0.hasPrefix("56") }.count }
        XCTAssertEqual(sheet.rows.count, expected, "one row per project and area inside Phayao")
        XCTAssertGreaterThan(expected, 10)
        var pairs = Set<String>()
        for row in sheet.rows {
            let project = try XCTUnwrap(try store.records.record(row["#activity+code"]!, type: .project))
            let tambon = String(row["#adm3+code"]!.dropFirst(2))
            XCTAssertTrue(project.list("area").contains(tambon), "\(tambon) is one of the project's areas")
            XCTAssertTrue(pairs.insert(project.id + tambon).inserted, "one row per project and area")
            let lead = try XCTUnwrap(try store.records.record(project["lead"]!, type: .entity))
            XCTAssertEqual(row["#org+name"], lead["name_th"])
            XCTAssertEqual(row["#org+name+i_en"], lead["name_en"] ?? "")
            let type = ThreeW.organisationType(lead["sector"].flatMap(Sector.init(rawValue:)))
            XCTAssertEqual(row["#org+type+code"], type.map { String($0.code) } ?? "")
            XCTAssertEqual(row["#org+type"], type?.name ?? "")
            XCTAssertEqual(row["#activity+name"], project["name_th"])
            XCTAssertEqual(row["#activity+name+i_en"], project["name_en"] ?? "")
            let path = try store.areas.path(of: tambon)
            XCTAssertEqual(path.map(\.code), [String(tambon.prefix(2)), String(tambon.prefix(4)), tambon])
            for (level, area) in zip(["adm1", "adm2", "adm3"], path) {
                XCTAssertEqual(row["#\(level)+code"], "TH" + area.code)
                XCTAssertEqual(row["#\(level)+name"], area.nameTH)
                XCTAssertEqual(row["#\(level)+name+i_en"], area.nameEN)
            }
            XCTAssertEqual(row["#date+start"], project["start"])
            XCTAssertEqual(row["#date+end"], project["end"])
            XCTAssertEqual(row["#status"], ["planned": "Planned", "active": "Ongoing", "done": "Completed", "suspended": "Suspended"][project["status"]!])
            // Funders are supporters and policy makers; implementers implement or connect.
            let members = try ([project["lead"]!] + project.list("partners")).compactMap { try store.records.record($0, type: .entity) }
            let funding = members.filter { ["supporter", "policy-maker"].contains($0["role"] ?? "") }.compactMap { $0["name_th"] }
            XCTAssertEqual(row["#org+funding"], funding.joined(separator: "; "))
            let implementing = row["#org+impl"]!.components(separatedBy: "; ")
            for m in members where ["implementer", "connector"].contains(m["role"] ?? "") {
                XCTAssertTrue(implementing.contains(m["name_th"]!), "\(m["name_th"]!) implements")
            }
            XCTAssertFalse(implementing.contains { name in funding.contains(name) }, "a funder is not also listed as implementing")
            XCTAssertEqual(row["#sector+code"], lead["issues"] ?? "", "the lead's issue areas")
            XCTAssertEqual(row["#targeted+type"], project.list("target_groups").compactMap(TargetGroup.init(rawValue:)).map(\.english).joined(separator: "; "))
            // Persons belong to the whole project: in its row only where it
            // has one area; where this tisep keeps none, empty, never invented.
            let single = ThreeW.personsKept && project.list("area").count == 1
            XCTAssertEqual(row["#targeted+ind"], single ? project["targeted"] ?? "" : "")
            XCTAssertEqual(row["#reached+ind"], single ? project["reached"] ?? "" : "")
        }
        let amphoe = try export(["--area", "5603"], db: db, cli: cli)
        XCTAssertEqual(amphoe.rows.count, sheet.rows.filter { $0["#adm2+code"] == "TH5603" }.count, "--area: rows in the area and below")
    }

    func testPlayersWhereTheyTakePartInNoProject() throws {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let store = try Store(path: db)
        let projects = try export(["--area", "5603"], db: db, cli: cli).rows
        let all = try export(["--area", "5603", "--players"], db: db, cli: cli).rows
        XCTAssertEqual(Array(all.prefix(projects.count)), projects, "the projects first, unchanged")
        let presence = all.dropFirst(projects.count)
        var taking = Set<String>()
        for p in try store.records.live(.project) {
            for member in [p["lead"]!] + p.list("partners") { for code in p.list("area") { taking.insert(member + code) } }
        }
        let players = try store.records.live(.entity).filter { $0["p4"] == "player" }
        let expected = players.reduce(0) { n, e in n + e.list("area").filter { $0.hasPrefix("5603") && !taking.contains(e.id + $0) }.count }
        XCTAssertEqual(presence.count, expected)
        XCTAssertGreaterThan(expected, 20)
        let byName = Dictionary(grouping: players, by: { $0["name_th"]! })
        for row in presence {
            XCTAssertEqual(row["#activity+code"], "", "no project")
            XCTAssertEqual(row["#status"], "", "no status invented")
            let code = row["#adm3+code"]!.isEmpty ? row["#adm2+code"]! : row["#adm3+code"]!
            let candidates = try XCTUnwrap(byName[row["#org+name"]!])
            XCTAssertTrue(candidates.contains { $0.list("area").contains(String(code.dropFirst(2))) && !taking.contains($0.id + code.dropFirst(2)) },
                          "\(row["#org+name"]!) serves \(code) outside any project")
        }
    }

    func testNamesThatLookLikeFormulasAreGuarded() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let store = try Store(path: cli.db)
        let lead = try store.records.create(.entity, ["name_th": "=HYPERLINK(\"http://x\",\"y\")", "name_en": "@club", "p4": "player",
                                                      "role": "implementer", "sector": "community", "area": "560101"])
        _ = try store.records.create(.project, ["name_th": "+โครงการ", "name_en": "-project", "lead": lead, "area": "560101,560102",
                                                "status": "active", "start": "2025-01-01", "end": "2025-12-31"])
        let file = cli.path("3w.csv")
        XCTAssertEqual(cli.run("export-3w", "-o", file).code, 0)
        let rows = RawCSV.rows(try String(contentsOfFile: file, encoding: .utf8))
        XCTAssertEqual(rows.count, 4)
        for row in rows.dropFirst(2) {
            XCTAssertEqual(row[0], "'=HYPERLINK(\"http://x\",\"y\")")
            XCTAssertEqual(row[1], "'@club")
            XCTAssertEqual(row[8], "'+โครงการ")
            XCTAssertEqual(row[9], "'-project")
            XCTAssertEqual(row[3], "24", "a community organisation")
            for cell in row { XCTAssertFalse(["=", "+", "-", "@"].contains(cell.first), cell) }
        }
    }
}
