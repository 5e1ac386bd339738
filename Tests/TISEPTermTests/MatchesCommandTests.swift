import Foundation
import XCTest
@testable import TISEPTerm

/// `tisep matches CODE [--limit N] [--json]` (CLI.md, second round) and the
/// resource field `status`, from the command line as a script would use them.
final class MatchesCommandTests: XCTestCase {
    private func id(_ run: CLIRun) throws -> String {
        XCTAssertEqual(run.code, 0, run.err)
        return try XCTUnwrap(run.out.split(separator: "\n").last.map(String.init))
    }

    /// A weaving group in Wiang needing a revolving fund; a welfare fund
    /// next door that pays funerals; a bank in Mae Tam that lends.
    private func weavingTambon(_ cli: CLIHarness) throws -> (need: String, loan: String, welfare: String) {
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let weavers = try id(cli.run("add", "entity", "name_th=กลุ่มทอผ้าไทลื้อบ้านเวียง", "p4=player", "role=implementer", "area=560101"))
        let fund = try id(cli.run("add", "entity", "name_th=กองทุนสวัสดิการชุมชนตำบลเวียง", "p4=asset", "area=560101"))
        let bank = try id(cli.run("add", "entity", "name_th=ธ.ก.ส. สาขาแม่ต๋ำ", "p4=player", "role=supporter", "area=560102", "phone=054123456"))
        let need = try id(cli.run("add", "resource", "entity=\(weavers)", "kind=need", "category=funding",
                                  "description=เงินทุนหมุนเวียนและบรรจุภัณฑ์สำหรับกลุ่มทอผ้าไทลื้อ"))
        let welfare = try id(cli.run("add", "resource", "entity=\(fund)", "kind=offer", "category=funding",
                                     "description=สวัสดิการช่วยเหลือสมาชิกยามเจ็บป่วยและค่าทำศพ"))
        let loan = try id(cli.run("add", "resource", "entity=\(bank)", "kind=offer", "category=funding",
                                  "description=สินเชื่อดอกเบี้ยต่ำเป็นทุนหมุนเวียนให้กลุ่มอาชีพ"))
        return (need, loan, welfare)
    }

    func testJSONHasTheShapeOfCLIMarkdownWithReasons() throws {
        let cli = try CLIHarness(self)
        let (need, loan, welfare) = try weavingTambon(cli)
        let run = cli.run("matches", "TH560101", "--json", "--lang", "en")
        XCTAssertEqual(run.code, 0, run.err)
        XCTAssertEqual(run.out.filter { $0 == "\n" }.count, 1, "one JSON document on one line")
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        XCTAssertEqual(root["area"] as? String, "560101")
        let needs = try XCTUnwrap(root["needs"] as? [[String: Any]])
        XCTAssertEqual(needs.count, 1)
        for key in ["id", "entity", "category", "description", "area", "offers"] { XCTAssertNotNil(needs[0][key], key) }
        XCTAssertEqual(needs[0]["id"] as? String, need)
        XCTAssertEqual(needs[0]["area"] as? String, "560101")
        let offers = try XCTUnwrap(needs[0]["offers"] as? [[String: Any]])
        XCTAssertEqual(offers.map { $0["id"] as? String }, [loan, welfare], "the loan first, the funeral fund after it")
        for o in offers {
            for key in ["id", "entity", "category", "description", "area", "score", "distance_km", "why"] { XCTAssertNotNil(o[key], key) }
            let score = try XCTUnwrap(o["score"] as? Double)
            XCTAssertTrue((0...1).contains(score))
        }
        XCTAssertEqual(offers[0]["area"] as? String, "560102")
        XCTAssertGreaterThan(try XCTUnwrap(offers[0]["distance_km"] as? Double), 0, "the two tambons' centroids are apart")
        XCTAssertTrue((offers[0]["why"] as? String)?.hasPrefix("revolving fund · same amphoe") ?? false, "\(offers[0])")
        XCTAssertTrue((offers[1]["why"] as? String)?.hasPrefix("same category only (funding)") ?? false, "\(offers[1])")
        XCTAssertGreaterThan(try XCTUnwrap(offers[0]["score"] as? Double), try XCTUnwrap(offers[1]["score"] as? Double))

        let limited = cli.run("matches", "56", "--json", "--limit", "1")
        let one = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(limited.out.utf8)) as? [String: Any])
        XCTAssertEqual(((one["needs"] as? [[String: Any]])?.first?["offers"] as? [Any])?.count, 1)
        XCTAssertTrue(limited.out.contains("เงินทุนหมุนเวียน"), "the reason in the interface language (Thai by default)")
    }

    func testTextSaysWhyInTheInterfaceLanguage() throws {
        let cli = try CLIHarness(self)
        _ = try weavingTambon(cli)
        let en = cli.run("matches", "5601", "--lang", "en")
        XCTAssertEqual(en.code, 0, en.err)
        let lines = en.out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("need funding: เงินทุนหมุนเวียน"), en.out)
        XCTAssertTrue(lines[1].contains("revolving fund · same amphoe"), en.out)
        XCTAssertTrue(lines[2].contains("ธ.ก.ส. สาขาแม่ต๋ำ") && lines[2].contains("054-123-456"), "who offers and how to reach them: \(en.out)")
        XCTAssertTrue(lines[3].contains("same category only (funding) · same tambon"), en.out)
        XCTAssertTrue(lines.last?.hasPrefix("1 open need, 1 with an offer sharing more than the category") ?? false, en.out)
        let th = cli.run("matches", "560101")
        XCTAssertTrue(th.out.contains("ประเภทเดียวกันเท่านั้น (เงินทุน) · ตำบลเดียวกัน"), th.out)
    }

    func testAMetNeedIsGoneFromTheMatchesAndTheBrief() throws {
        let cli = try CLIHarness(self)
        let (need, _, _) = try weavingTambon(cli)
        XCTAssertTrue(cli.run("show", need).out.contains("open"), "a need is open by default")
        let before = cli.run("brief", "560101", "--format", "md").out
        XCTAssertTrue(before.contains("เงินทุนหมุนเวียนและบรรจุภัณฑ์สำหรับกลุ่มทอผ้าไทลื้อ — กลุ่มทอผ้าไทลื้อบ้านเวียง"), before)

        let bad = cli.run("set", need, "status=done")
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.err.contains("status") && bad.err.contains("open") && bad.err.contains("met"), bad.err)
        XCTAssertEqual(cli.run("set", need, "status=met").code, 0)
        XCTAssertTrue(cli.run("show", need).out.contains("met"))
        let json = cli.run("matches", "560101", "--json")
        XCTAssertEqual(json.out, "{\"area\":\"560101\",\"needs\":[]}\n")
        XCTAssertTrue(cli.run("matches", "560101", "--lang", "en").out.hasPrefix("no open needs in Wiang 560101"))
        let after = cli.run("brief", "560101", "--format", "md").out
        XCTAssertFalse(after.contains("เงินทุนหมุนเวียนและบรรจุภัณฑ์สำหรับกลุ่มทอผ้าไทลื้อ — กลุ่มทอผ้าไทลื้อบ้านเวียง"),
                       "neither matched nor a gap once met: \(after)")
        XCTAssertTrue(after.contains("ได้รับแล้ว 1 รายการ"), after)
    }

    func testBadInput() {
        let cli = try? CLIHarness(self)
        guard let cli else { return XCTFail("harness") }
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let unknown = cli.run("matches", "999999")
        XCTAssertEqual(unknown.code, 1)
        XCTAssertTrue(unknown.err.hasPrefix("tisep: error: no area with code 999999;"), unknown.err)
        XCTAssertEqual(cli.run("matches").code, 2)
        XCTAssertEqual(cli.run("matches", "56", "--limit", "0").code, 2)
    }
}
