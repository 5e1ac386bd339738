import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

final class CommandLineTests: XCTestCase {
    func testHelpVersionAndUsageErrors() throws {
        let cli = try CLIHarness(self)
        let help = cli.run("--help")
        XCTAssertEqual(help.code, 0)
        for name in ["init", "search", "import-entities", "add", "set", "rm", "check", "backup"] {
            XCTAssertTrue(help.out.contains("  \(name) "), "help lists \(name)")
        }
        XCTAssertTrue(cli.run("search", "--help").out.contains("Usage: tisep search QUERY"))
        XCTAssertTrue(cli.run("--version").out.contains("schema \(Store.schemaVersion)"))
        let unknown = cli.run("frobnicate")
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.hasPrefix("tisep: error: unknown command 'frobnicate'"))
        XCTAssertEqual(cli.run("search", "x", "--bogus").code, 2)
        XCTAssertNil(cli.run().code, "no command opens the TUI")
    }

    func testMissingDatabaseIsTheDocumentedError() throws {
        let cli = try CLIHarness(self)
        let r = cli.run("search", "x")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.err, "tisep: error: no database at \(cli.db); run 'tisep init'\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db), "a failed command creates nothing")
    }

    func testDefaultDatabasePathFollowsXDG() throws {
        XCTAssertEqual(try DatabaseLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]), "/x/tisep/ecosystem.sqlite")
        XCTAssertEqual(try DatabaseLocation.resolve(option: nil, environment: ["HOME": "/h"]), "/h/.local/share/tisep/ecosystem.sqlite")
        XCTAssertEqual(try DatabaseLocation.resolve(option: nil, environment: ["TISEP_DB": "/t.sqlite", "HOME": "/h"]), "/t.sqlite")
        XCTAssertEqual(try DatabaseLocation.resolve(option: "/o.sqlite", environment: ["TISEP_DB": "/t.sqlite"]), "/o.sqlite")
        // An empty variable is unset; an empty --db is a mistake, not the default.
        XCTAssertEqual(try DatabaseLocation.resolve(option: nil, environment: ["TISEP_DB": "", "XDG_DATA_HOME": "", "HOME": "/h"]),
                       "/h/.local/share/tisep/ecosystem.sqlite")
        XCTAssertThrowsError(try DatabaseLocation.resolve(option: "", environment: ["TISEP_DB": "/t.sqlite"]))
    }

    /// `--db ""` (a script's empty variable) never reaches the default
    /// database: every command, before or after the command word, and the
    /// full-screen interface exit 2 and create nothing.
    func testEmptyDatabaseOptionIsAUsageError() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let digest = cli.run("check", "--digest").out
        let home = cli.path("home")
        for args in [["--db", "", "search", "x"], ["search", "x", "--db="], ["--db", "", "init", "--force"],
                     ["--db", "", "export", "-o", cli.path("b.tisep")], ["--db", ""], ["--db=", "--color", "never"]] {
            let r = cli.run(args, env: ["HOME": home])
            XCTAssertEqual(r.code, 2, "\(args): \(r.err)")
            XCTAssertTrue(r.err.hasPrefix("tisep: error: --db needs a file name"), r.err)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: home), "nothing was created under the default place")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("b.tisep")))
        XCTAssertEqual(cli.run("check", "--digest").out, digest)
        // TISEP_DB="" is unset: the default place, which has no database here.
        let unset = cli.run(["search", "x"], env: ["TISEP_DB": "", "HOME": home, "XDG_DATA_HOME": ""])
        XCTAssertEqual(unset.code, 1)
        XCTAssertTrue(unset.err.contains("no database at \(home)/.local/share/tisep/ecosystem.sqlite"), unset.err)
    }

    /// One colour rule and one language rule for the commands and the interface.
    func testColourAndLanguageRules() throws {
        let term = ["TERM": "xterm-256color"]
        XCTAssertTrue(ColorChoice.wanted(option: nil, environment: term, isTerminal: true))
        XCTAssertFalse(ColorChoice.wanted(option: nil, environment: term, isTerminal: false), "auto: not into a pipe")
        XCTAssertFalse(ColorChoice.wanted(option: "auto", environment: ["NO_COLOR": "1", "TERM": "xterm"], isTerminal: true))
        XCTAssertTrue(ColorChoice.wanted(option: "auto", environment: ["NO_COLOR": "", "TERM": "xterm"], isTerminal: true), "an empty NO_COLOR is unset")
        XCTAssertFalse(ColorChoice.wanted(option: "auto", environment: ["TERM": "dumb"], isTerminal: true))
        XCTAssertTrue(ColorChoice.wanted(option: "always", environment: ["NO_COLOR": "1", "TERM": "dumb"], isTerminal: false))
        XCTAssertFalse(ColorChoice.wanted(option: "never", environment: term, isTerminal: true))

        XCTAssertTrue(LanguageChoice.thai(option: nil, environment: [:]))
        XCTAssertFalse(LanguageChoice.thai(option: nil, environment: ["TISEP_LANG": "en_US.UTF-8"]))
        XCTAssertTrue(LanguageChoice.thai(option: "th", environment: ["TISEP_LANG": "en"]), "--lang wins")
        XCTAssertFalse(LanguageChoice.thai(option: nil, environment: ["TISEP_LANG": ""], remembered: "en"), "empty TISEP_LANG is unset")
        XCTAssertTrue(LanguageChoice.thai(option: nil, environment: ["TISEP_LANG": "th"], remembered: "en"), "the variable wins over L")
        XCTAssertTrue(LanguageChoice.thai(option: nil, environment: ["TISEP_LANG": "fr"]), "an unknown variable is unset")

        let cli = try CLIHarness(self)
        for args in [["--color", "sometimes"], ["--lang", "fr"], ["search", "x", "--lang", "fr"], ["map", "--color", "yes"]] {
            let r = cli.run(args)
            XCTAssertEqual(r.code, 2, "\(args)")
            XCTAssertTrue(r.err.contains("accepts"), r.err)
        }
    }

    func testInitEmptyIsOwnerOnlyAndRefusesToOverwrite() throws {
        let cli = try CLIHarness(self)
        let db = cli.path("sub/dir/e.sqlite")
        let r = cli.run("init", "--empty", "--db", db)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("8441 areas (77 provinces, 928 amphoes, 7436 tambons), 8427 boundaries"), r.out)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        let again = cli.run("--db", db, "init", "--empty")
        XCTAssertEqual(again.code, 1)
        XCTAssertTrue(again.err.contains("--force"))
        XCTAssertEqual(cli.run("--db", db, "init", "--empty", "--force").code, 0)
        XCTAssertEqual(cli.run("--db", db, "init", "--empty", "--demo").code, 2)
    }

    func testSearchAreasAnyCaseAndHostileQueries() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let lower = cli.run("search", "phayao", "--json")
        let upper = cli.run("search", "PHAYAO", "--json")
        XCTAssertEqual(lower.code, 0)
        XCTAssertEqual(lower.out, upper.out)
        XCTAssertTrue(lower.out.hasPrefix("{\"results\":[{\"kind\":\"area\",\"id\":\"56\",\"name_th\":\"พะเยา\""), lower.out)
        // Thai, short Thai (below the trigram length), codes and postal codes.
        XCTAssertTrue(cli.run("search", "เวียง", "--area", "56").out.contains("560101"))
        XCTAssertTrue(cli.run("search", "ยะ", "--kind", "area", "--limit", "200").out.contains("ยะลา"))
        XCTAssertTrue(cli.run("search", "TH560101").out.contains("เวียง"))
        for hostile in ["\"(*", "\"", "*", "AND", "OR NOT", "a\"b", "'; DROP TABLE areas; --", "^", "NEAR(a b)", "{}", "-x", "ก\u{0E48}"] {
            let r = cli.run(["search", "--json", "--", hostile])
            XCTAssertEqual(r.code, 0, "\(hostile): \(r.err)")
            XCTAssertTrue(r.out.hasPrefix("{\"results\":["), hostile)
        }
        XCTAssertEqual(cli.run("check").code, 0)
    }

    func testEditCommandsAndFieldErrors() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let added = cli.run("add", "entity", "name_th=ชมรมผู้สูงอายุตำบลเวียง", "p4=player", "role=implementer",
                            "area=560101", "area=560102", "phone=081 234 5678", "target_groups=poor-elderly")
        XCTAssertEqual(added.code, 0, added.err)
        let id = try XCTUnwrap(added.out.split(separator: "\n").last.map(String.init))
        XCTAssertEqual(id.count, 36)
        let show = cli.run("show", id, "--json").out
        XCTAssertTrue(show.contains("\"area\":\"560101,560102\""), show)
        XCTAssertTrue(show.contains("\"phone\":\"0812345678\""), show)

        let badPhone = cli.run("set", id, "phone=12345")
        XCTAssertEqual(badPhone.code, 2)
        XCTAssertTrue(badPhone.err.contains("phone"), badPhone.err)
        let badField = cli.run("add", "entity", "name_th=x", "p4=player", "colour=red")
        XCTAssertEqual(badField.code, 2)
        XCTAssertTrue(badField.err.contains("no field 'colour'"), badField.err)
        XCTAssertEqual(cli.run("add", "entity", "name_th=x", "p4=thing").code, 2)

        XCTAssertEqual(cli.run("set", id, "phone=054-123-456").out, "changed phone\n")
        XCTAssertTrue(cli.run("search", "054123456").out.contains(id))
        XCTAssertTrue(cli.run("search", "054-123-456").out.contains(id))
        XCTAssertTrue(cli.run("search", "สูงอายุ", "--p4", "player", "--role", "implementer").out.contains(id))
        XCTAssertFalse(cli.run("search", "สูงอายุ", "--role", "connector").out.contains(id))
        XCTAssertFalse(cli.run("search", "สูงอายุ", "--area", "95").out.contains(id))
        XCTAssertTrue(cli.run("search", "", "--area", "5601", "--kind", "entity").out.contains(id))

        let contact = cli.run("add", "contact", "entity=\(id)", "name=นางสมศรี ใจดี", "line_id=somsri.w", "private=true")
        XCTAssertEqual(contact.code, 0, contact.err)
        XCTAssertTrue(cli.run("search", "somsri.w").out.contains(id), "found by a contact's LINE ID")

        XCTAssertEqual(cli.run("rm", id).code, 0)
        XCTAssertFalse(cli.run("search", "สูงอายุ").out.contains(id))
        XCTAssertEqual(cli.run("restore", id).code, 0)
        XCTAssertTrue(cli.run("search", "สูงอายุ").out.contains(id))
        XCTAssertEqual(cli.run("rm", "no-such-id").code, 1)
    }

    func testImportEntitiesReportsBadRowsAndLandsTheGood() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let csv = try cli.write("orgs.csv", """
        name_th,name_en,p4,role,sector,area_code,phone,email,target_groups
        ชมรมผู้สูงอายุบ้านต๋อม,Ban Tom Elderly Club,player,implementer,community,560104,081-555-0001,,poor-elderly
        กองทุนหมู่บ้าน,,asset,,community,TH560101,,,
        ,No Thai name,player,connector,community,560101,,,
        กลุ่มหนึ่ง,,player,wizard,community,560101,,,
        กลุ่มสอง,,player,connector,community,999999,,,
        กลุ่มสาม,,player,connector,community,560101,12345,,
        "กลุ่ม ""สี่"", ตำบลเวียง",,player,connector,civil-society,560101,,a@b.org,"poor-elderly,stateless"

        """)
        let r = cli.run("import-entities", csv)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("imported 3 elements, refused 4 rows"), r.out)
        XCTAssertTrue(r.out.contains("line 4: name_th"), r.out)
        XCTAssertTrue(r.out.contains("line 5: role"), r.out)
        XCTAssertTrue(r.out.contains("line 6: area"), r.out)
        XCTAssertTrue(r.out.contains("line 7: phone"), r.out)
        XCTAssertTrue(cli.run("search", "ตำบลเวียง").out.contains("กลุ่ม \"สี่\", ตำบลเวียง"))

        let bad = try cli.write("bad.csv", "name,thing\nx,y\n")
        let refused = cli.run("import-entities", bad)
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("needs at least name_th,p4,role,sector,area_code"), refused.err)
        XCTAssertEqual(cli.run("import-entities", cli.path("missing.csv")).code, 1)
    }

    func testImportGeographyFromTheGeocodeLists() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--schema-only").code, 0)
        let files = try ["provinces.csv", "districts.csv", "sub_districts.csv"].map { try fixtureFile("geo/\($0)") }
        let r = cli.run(["import-geography"] + files)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("provinces.csv: loaded 77 areas, refused 0 rows"), r.out)
        XCTAssertTrue(r.out.contains("districts.csv: loaded 68 areas, refused 0 rows"), r.out)
        XCTAssertTrue(r.out.contains("sub_districts.csv: loaded 315 areas, refused 0 rows"), r.out)
        XCTAssertEqual(r.out.components(separatedBy: "no coordinates").count - 1, 29, "rows without coordinates are reported")
        XCTAssertTrue(r.out.contains("530407 "), "the Uttaradit tambon without coordinates is named: \(r.out)")
        XCTAssertTrue(cli.run("search", "Phra Borom Maha Ratchawang").out.contains("100101"))
        // A schema-only database holds the user's geography alone: nothing embedded was added.
        XCTAssertEqual(try Store(path: cli.db).areas.counts().tambons, 315)
        // Children before parents: reported, not fatal, nothing loaded for them.
        XCTAssertEqual(cli.run("init", "--schema-only", "--force").code, 0)
        let orphans = cli.run("import-geography", files[2])
        XCTAssertEqual(orphans.code, 1)
        XCTAssertTrue(orphans.out.contains("unknown parent area"), orphans.out)
        let notGeo = try cli.write("x.csv", "a,b\n1,2\n")
        XCTAssertEqual(cli.run("import-geography", notGeo).code, 1)
    }

    func testDigestAndBackup() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let before = cli.run("check", "--digest").out
        XCTAssertEqual(before.count, 65)
        let id = cli.run("add", "entity", "name_th=ก", "p4=policy", "area=56").out.trimmingCharacters(in: .newlines)
        let after = cli.run("check", "--digest").out
        XCTAssertNotEqual(before, after)
        let copy = cli.path("copy.sqlite")
        XCTAssertEqual(cli.run("backup", "-o", copy).code, 0)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        XCTAssertEqual(cli.run("--db", copy, "check", "--digest").out, after, "the backup holds the same content")
        XCTAssertTrue(cli.run("--db", copy, "show", id).out.contains("name_th"))
        XCTAssertEqual(cli.run("backup", "-o", copy).code, 1, "never overwrites without --force")
        XCTAssertEqual(cli.run("add", "entity", "name_th=ข", "p4=policy", "area=56").code, 0)
        XCTAssertEqual(cli.run("backup", "-o", copy, "--force").code, 0)
        XCTAssertEqual(cli.run("--db", copy, "check", "--digest").out, cli.run("check", "--digest").out, "the replaced backup is the new content")
    }
}

final class LaptopNameTests: XCTestCase {
    func testTheLaptopNameIsChosenAndShownInHistory() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let shown = cli.run("laptop", "อบต.เวียง – สมศรี")
        XCTAssertEqual(shown.code, 0, shown.err)
        XCTAssertTrue(shown.out.hasPrefix("อบต.เวียง – สมศรี (replica "), shown.out)
        let id = cli.run("add", "entity", "name_th=กลุ่มทดสอบ", "p4=asset", "area=56").out.trimmingCharacters(in: .newlines)
        XCTAssertTrue(cli.run("history", id).out.contains("อบต.เวียง – สมศรี"), "history names the laptop")
        XCTAssertEqual(cli.run("laptop", "").code, 2, "an empty name is refused")
    }
}

final class BadPlaceTests: XCTestCase {
    func testInitInAnImpossibleFolderAndAForeignFileSayWhatToDo() throws {
        let cli = try CLIHarness(self)
        let file = try cli.write("plain.txt", "not a folder\n")
        let r = cli.run("init", "--db", file + "/sub/eco.sqlite")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.hasPrefix("tisep: error: cannot create the folder"), r.err)
        XCTAssertTrue(r.err.contains("--db PATH"), r.err)
        let foreign = cli.run("search", "x", "--db", file)
        XCTAssertEqual(foreign.code, 1)
        XCTAssertTrue(foreign.err.contains("is not a tisep ecosystem database; check --db"), foreign.err)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "not a folder\n", "the foreign file is untouched")
    }
}
