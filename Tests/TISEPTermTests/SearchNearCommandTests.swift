import Foundation
import XCTest
@testable import TISEPTerm

/// `tisep search … --near CODE` (CLI.md, second round): ranked from the
/// area outward, nothing left out, the JSON shape unchanged.
final class SearchNearCommandTests: XCTestCase {
    func testNearRanksFromTheAreaOutward() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        func add(_ name: String, _ area: String) throws -> String {
            let run = cli.run("add", "entity", "name_th=\(name)", "p4=player", "role=implementer", "area=\(area)")
            XCTAssertEqual(run.code, 0, run.err)
            return try XCTUnwrap(run.out.split(separator: "\n").last.map(String.init))
        }
        // Written far first, so that no order of writing explains the ranking.
        let yala = try add("ชมรมผู้สูงอายุตำบลสะเตง", "950101")
        let chun = try add("ชมรมผู้สูงอายุตำบลจุน", "560201")
        let maeTam = try add("ชมรมผู้สูงอายุตำบลแม่ต๋ำ", "560102")
        let wiang = try add("ชมรมผู้สูงอายุตำบลเวียง", "560101")

        func ids(_ args: String...) throws -> [String] {
            let run = cli.run(["search", "ชมรมผู้สูงอายุ", "--kind", "entity", "--json"] + args)
            XCTAssertEqual(run.code, 0, run.err)
            let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
            let results = try XCTUnwrap(root["results"] as? [[String: Any]])
            for r in results { XCTAssertEqual(Set(r.keys), ["kind", "id", "name_th", "name_en", "area", "p4", "role", "score"]) }
            return results.compactMap { $0["id"] as? String }
        }
        XCTAssertEqual(try ids("--near", "560101"), [wiang, maeTam, chun, yala], "tambon, amphoe, province, elsewhere")
        XCTAssertEqual(try ids("--near", "TH950101"), [yala, chun, maeTam, wiang], "Yala's own, then elsewhere in Thai order (จุน, แม่ต๋ำ, เวียง)")
        XCTAssertEqual(Set(try ids()), Set([wiang, maeTam, chun, yala]), "without --near the same records")
        let text = cli.run("search", "ชมรมผู้สูงอายุ", "--near", "560201", "--limit", "1")
        XCTAssertTrue(text.out.split(separator: "\n").first?.contains("ชมรมผู้สูงอายุตำบลจุน") ?? false, text.out)
        let bad = cli.run("search", "ชมรม", "--near", "999999")
        XCTAssertEqual(bad.code, 1)
        XCTAssertTrue(bad.err.contains("no area with code 999999"), bad.err)
    }
}
