import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// Issue 19, seed 002: unit cost and SROI by delivery type from the command
/// line, on projects added one by one and imported from a spreadsheet.
/// Every figure below is worked out by hand in the comments.
final class CostCommandTests: XCTestCase {
    private func emptyDatabase() throws -> CLIHarness {
        let cli = try CLIHarness(self)
        let r = cli.run("init", "--empty")
        XCTAssertEqual(r.code, 0, r.err)
        return cli
    }

    private func rows(_ cli: CLIHarness, _ args: String...) throws -> [[String: Any]] {
        let r = cli.run(["costs"] + args + ["--json"])
        XCTAssertEqual(r.code, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        return try XCTUnwrap(json["rows"] as? [[String: Any]])
    }

    private func row(_ rows: [[String: Any]], _ area: String, _ delivery: String?) throws -> [String: Any] {
        try XCTUnwrap(rows.first { $0["area"] as? String == area && ($0["delivery"] as? String) == delivery },
                      "\(area) \(delivery ?? "null") in \(rows)")
    }

    /// Wiang (560101): civil society 100,000 ÷ 50 and 60,000 ÷ 30 → 160,000 ÷ 80 = 2,000 baht a person;
    /// SROI from the one that values its outcomes, 250,000 ÷ 100,000 = 2.5. State 300,000 ÷ 60 = 5,000,
    /// SROI 330,000 ÷ 300,000 = 1.1. Mae Tam (560102): state 80,000 spent, nobody reached → no unit cost.
    /// A mixed project in both tambons counts once, at the amphoe: 200,000 ÷ 100 = 2,000.
    /// The amphoe (5601) holds them all: state (300,000 + 80,000) ÷ (60 + 0) = 6,333.33.
    func testUnitCostAndSROIOnHandComputedProjects() throws {
        let cli = try emptyDatabase()
        let adds: [[String]] = [
            ["name_th=ธนาคารเวลาเวียง", "area=560101", "budget=100000", "reached=50", "delivery=civil-society", "outcome_value=250000"],
            ["name_th=กลุ่มสตรีเวียง", "area=560101", "budget=60,000", "reached=30", "delivery=civil-society"],
            ["name_th=ดูแลผู้สูงอายุเวียง", "area=560101", "budget=300000", "targeted=80", "reached=60", "delivery=state", "outcome_value=330000"],
            ["name_th=ศูนย์แม่ต๋ำ", "area=560102", "budget=80000", "reached=0", "delivery=state"],
            ["name_th=บ้านมั่นคงสองตำบล", "area=560101,560102", "budget=200000", "reached=100", "delivery=mixed"],
        ]
        for fields in adds {
            let r = cli.run(["add", "project"] + fields)
            XCTAssertEqual(r.code, 0, "\(fields): \(r.err)")
        }

        let amphoe = try rows(cli, "--area", "5601")
        // The amphoe's rows first, then each tambon's.
        XCTAssertEqual(amphoe.compactMap { $0["area"] as? String }.first, "5601")
        let civil = try row(amphoe, "560101", "civil-society")
        XCTAssertEqual(civil["projects"] as? Int, 2)
        XCTAssertEqual(civil["budget"] as? Double, 160_000)
        XCTAssertEqual(civil["reached"] as? Int, 80)
        XCTAssertEqual(civil["unit_cost"] as? Double, 2_000)
        XCTAssertEqual(civil["outcome_value"] as? Double, 250_000)
        XCTAssertEqual(civil["sroi"] as? Double, 2.5)
        XCTAssertEqual(civil["valued_projects"] as? Int, 1)
        let state = try row(amphoe, "560101", "state")
        XCTAssertEqual(state["unit_cost"] as? Double, 5_000)
        XCTAssertEqual(try XCTUnwrap(state["sroi"] as? Double), 1.1, accuracy: 1e-12)
        let nobody = try row(amphoe, "560102", "state")
        XCTAssertTrue(nobody["unit_cost"] is NSNull, "80,000 spent, nobody reached: undefined, not 0")
        XCTAssertTrue(nobody["sroi"] is NSNull, "no outcome valued")
        XCTAssertEqual(try row(amphoe, "560102", "mixed")["served_from_above"] as? Int, 1)
        let mixed = try row(amphoe, "5601", "mixed")
        XCTAssertEqual(mixed["projects"] as? Int, 1)
        XCTAssertEqual(mixed["unit_cost"] as? Double, 2_000)
        let amphoeState = try row(amphoe, "5601", "state")
        XCTAssertEqual(amphoeState["projects"] as? Int, 2)
        XCTAssertEqual(try XCTUnwrap(amphoeState["unit_cost"] as? Double), 380_000.0 / 60, accuracy: 1e-9)

        // The text says the same to a person, with the projects behind each figure.
        let text = cli.run("costs", "--area", "560101", "--lang", "en", env: ["COLUMNS": "160"])
        XCTAssertEqual(text.code, 0, text.err)
        let civilLine = try XCTUnwrap(text.out.split(separator: "\n").first { $0.contains("civil society") }, text.out)
        XCTAssertTrue(civilLine.contains("2,000 (2)") && civilLine.contains("2.50 (1)"), String(civilLine))
        let mae = cli.run("costs", "--area", "560102", "--lang", "en", env: ["COLUMNS": "160"])
        XCTAssertTrue(mae.out.contains("nobody reached"), mae.out)
        XCTAssertTrue(mae.out.contains("560102 mixed: 1 more serving several areas, counted above"), mae.out)

        // A whole country's view counts each project once.
        let country = try rows(cli)
        let total = country.filter { $0["area"] as? String == "" }.compactMap { $0["projects"] as? Int }.reduce(0, +)
        XCTAssertEqual(total, 5)
    }

    func testBadFiguresAreRefusedAndChangeNothing() throws {
        let cli = try emptyDatabase()
        for bad in ["reached=-3", "delivery=ngo", "outcome_value=lots"] {
            let r = cli.run("add", "project", "name_th=โครงการ", "area=560101", bad)
            XCTAssertEqual(r.code, 2, bad)
            XCTAssertTrue(r.err.hasPrefix("tisep: error: "), r.err)
        }
        let none = cli.run("costs", "--lang", "en")
        XCTAssertEqual(none.code, 0, none.err)
        XCTAssertTrue(none.out.contains("no projects here"), none.out)
        let unknown = cli.run("costs", "--area", "999999")
        XCTAssertEqual(unknown.code, 1)
        XCTAssertTrue(unknown.err.contains("no area with code 999999"), unknown.err)
    }

    /// A spreadsheet of projects: good rows land, bad ones are listed by line
    /// and reason (as import-entities does), and a second import of the same
    /// file adds nothing, so that budgets are never counted twice.
    func testImportProjectsReportsRefusedRows() throws {
        let cli = try emptyDatabase()
        let csv = """
            name_th,area_code,budget,reached,delivery,outcome_value,status
            ธนาคารเวลาเวียง,560101,100000,50,civil-society,250000,active
            กลุ่มสตรีเวียง,560101,"60,000",30,civil-society,,done
            งบติดลบ,560101,-5,10,state,,active
            ไม่มีพื้นที่,,1000,10,state,,active
            ผู้ดำเนินการผิด,560101,1000,10,ngo,,active
            ธนาคารเวลาเวียง,560101,100000,50,civil-society,250000,active

            """
        let file = try cli.write("projects.csv", csv)
        let r = cli.run("import-projects", file)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("imported 2 projects, refused 4 rows"), r.out)
        XCTAssertTrue(r.out.contains("line 4: ") && r.out.contains("budget"), r.out)
        XCTAssertTrue(r.out.contains("line 5: no area_code"), r.out)
        XCTAssertTrue(r.out.contains("line 6: ") && r.out.contains("delivery"), r.out)
        XCTAssertTrue(r.out.contains("line 7: the same project (name_th and area_code) as line 2"), r.out)
        let civil = try row(try rows(cli, "--area", "560101"), "560101", "civil-society")
        XCTAssertEqual(civil["unit_cost"] as? Double, 2_000)

        let again = cli.run("import-projects", file)
        XCTAssertEqual(again.code, 1, "nothing new to import")
        XCTAssertTrue(again.out.contains("already stored as"), again.out)
        XCTAssertEqual(try row(try rows(cli, "--area", "560101"), "560101", "civil-society")["projects"] as? Int, 2)

        let header = try cli.write("bad.csv", "name_th,budget\nก,1\n")
        let refused = cli.run("import-projects", header)
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("the header lacks area_code"), refused.err)
    }
}
