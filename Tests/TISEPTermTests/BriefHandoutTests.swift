import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// The brief as a meeting handout (issue 17): page 1 with the indicators,
/// a drawn map, the gaps and the meeting's notes; page 2; the annex after
/// them. Rendered for a busy tambon with real boundaries, a tambon with no
/// players and no household data outside the pilot provinces, a tambon with
/// a player but no household data, and an amphoe; in Thai and English.
final class BriefHandoutTests: XCTestCase {
    static let env = BriefTests.env
    static let handoutOrder = ["indicators", "map", "gaps", "meeting", "who", "resources", "projects"]
    static let annexOrder = ["directory", "all-resources", "indicator-tables", "sources"]

    static func fixture(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(path).path
    }

    /// A copy of the demo with Phayao's tambon boundaries (COD-AB, the
    /// AsciiMap tests' simplified sample) and Phra Nakhon's tambons.
    private func demo() throws -> (cli: CLIHarness, db: String) {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let boundaries = cli.run("import-boundaries", Self.fixture("../AsciiMapTests/Fixtures/phayao-tambons.geojson"), "--db", db)
        XCTAssertEqual(boundaries.code, 0, boundaries.err)
        let geography = cli.run("import-geography", Self.fixture("Fixtures/brief/phra-nakhon-tambons.csv"), "--db", db)
        XCTAssertEqual(geography.code, 0, geography.err)
        return (cli, db)
    }

    private func brief(_ cli: CLIHarness, _ db: String, _ code: String, _ format: String = "html", _ extra: [String] = []) -> String {
        let r = cli.run(["brief", code, "--format", format, "--db", db] + extra, env: Self.env)
        XCTAssertEqual(r.code, 0, r.err)
        return r.out
    }

    /// The `<section class="…">` names in document order.
    private func sections(_ html: String) -> [String] {
        html.components(separatedBy: "<section class=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    private func svg(_ html: String) throws -> String {
        let start = try XCTUnwrap(html.range(of: "<svg class=\"map\""), "an inline SVG map")
        let end = try XCTUnwrap(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// Every area of the map is one shape with its code, and named: inside
    /// or beside it, or by a number and the key.
    private func assertEveryArea(_ areas: [Area], drawnIn svg: String, thai: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(count("class=\"area\"", in: svg), areas.count, "one shape per area", file: file, line: line)
        for a in areas {
            XCTAssertEqual(count("data-code=\"\(a.code)\"", in: svg.components(separatedBy: "<g class=\"labels\"").first ?? ""), 1,
                           "\(a.code) drawn once", file: file, line: line)
            let name = BriefHTML.escape(a.name(thai: thai))
            let named = svg.contains(">\(name)</text>") || svg.range(of: #">\d+ \#(NSRegularExpression.escapedPattern(for: name))</text>"#, options: .regularExpression) != nil
            XCTAssertTrue(named, "\(a.code) \(name) named on the map or in its key", file: file, line: line)
        }
    }

    // MARK: A busy tambon

    func testBusyTambonHandoutThenAnnex() throws {
        let (cli, db) = try demo()
        let html = brief(cli, db, "560307")
        XCTAssertEqual(sections(html), Self.handoutOrder + Self.annexOrder)
        // Page 1 holds indicators, map, gaps, meeting; page 2 and the annex start new pages.
        let page1 = try XCTUnwrap(html.range(of: "<div class=\"page page1\">")), page2 = try XCTUnwrap(html.range(of: "<div class=\"page page2\">"))
        let annex = try XCTUnwrap(html.range(of: "<div class=\"annex\">"))
        XCTAssertTrue(page1.upperBound < page2.lowerBound && page2.upperBound < annex.lowerBound)
        let first = String(html[page1.upperBound..<page2.lowerBound])
        XCTAssertEqual(sections(first), ["indicators", "map", "gaps", "meeting"])
        XCTAssertTrue(html.contains(".page2, .annex { break-before: page; }"), "page 2 and the annex start new pages")
        for heading in ["3. ช่องว่าง / Gaps", "4. บันทึกการประชุม / Meeting notes", "5. ใครอยู่ในพื้นที่ / Who is there", ">ภาคผนวก / Annex<"] {
            XCTAssertTrue(html.contains(heading), heading)
        }
        // The place, the date, ranks in amphoe and province, the demo flag.
        XCTAssertTrue(first.contains("ตำบลเวียง (Wiang) · อำเภอเชียงคำ (Chiang Kham) · จังหวัดพะเยา (Phayao)"))
        XCTAssertTrue(first.contains("รหัสพื้นที่ 560307") && first.contains("จัดทำเมื่อ 1 ม.ค. 2569"))
        // Page 1 ranks in the amphoe, with what the intervals allow, and in the province.
        XCTAssertTrue(first.contains("3 จาก 10 (1–7)<br>14 จาก 68") && first.contains("(1–7) หลังอันดับ: แยกไม่ออกจากอันดับ 1–7"),
                      "the ranks in the amphoe and the province and what the intervals allow")
        XCTAssertTrue(first.contains("<p class=\"demo\">ข้อมูลสาธิต"))
        // The gaps: roles, vulnerable registered and reached, needs with an offer each, referrals.
        for words in ["บทบาทที่ยังไม่มีใครทำ", "กลุ่มเปราะบางที่ยังเข้าไม่ถึง", "ขึ้นทะเบียน", "เข้าถึงแล้ว",
                      "ความต้องการที่ยังเปิดอยู่และผู้ที่อาจช่วยได้", "การส่งต่อที่ยังค้าง"] {
            XCTAssertTrue(first.contains(words), words)
        }
        let needs = first.components(separatedBy: "<ul class=\"items\">").dropFirst().first?.components(separatedBy: "</ul>").first ?? ""
        XCTAssertGreaterThanOrEqual(count("<li>", in: needs), 2, "open needs listed")
        XCTAssertTrue(needs.contains("→ ") && needs.contains("เพราะ ") && needs.contains("054-555-"), "an offer with its organisation, contact and why")
        // Room for the meeting: date, attendees, decisions, follow-ups (who, what, by when).
        for words in ["วันที่ประชุม:", "ผู้เข้าร่วม:", "ข้อตกลง:", "<caption>ติดตามงาน</caption>", "<th>ใคร</th>", "<th>ทำอะไร</th>", "<th>ภายในวันที่</th>"] {
            XCTAssertTrue(first.contains(words), words)
        }
        XCTAssertEqual(count("<td></td><td></td><td></td>", in: first), 4, "four empty follow-up rows")
        // The estimate keeps page 1 on one page.
        let store = try Store(path: db)
        let model = try BriefWriter.brief(code: "560307", store: store, thai: true, includePrivate: false)
        XCTAssertLessThanOrEqual(BriefPages.firstPageHeight(model), BriefPages.pageHeight)
    }

    func testTheMapIsADrawingOfTheAmphoesTambons() throws {
        let (cli, db) = try demo()
        let html = brief(cli, db, "560307")
        let map = try svg(html)
        let store = try Store(path: db)
        let tambons = try store.areas.list(level: .tambon, inside: "5603")
        XCTAssertEqual(tambons.count, 10)
        assertEveryArea(tambons, drawnIn: map)
        XCTAssertEqual(count("<path class=\"area\"", in: map), 10, "polygons, not dots, where boundaries are loaded")
        XCTAssertTrue(map.contains("<g class=\"selected\""), "the brief's tambon outlined")
        XCTAssertTrue(map.contains("font-weight=\"bold\">เวียง</text>"), "and named in bold")
        XCTAssertTrue(map.contains(" กม.</text>"), "a scale bar in kilometres")
        XCTAssertTrue(map.contains(">N</text>"), "a north arrow")
        XCTAssertTrue(map.contains("Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO"), "the boundaries' attribution")
        XCTAssertTrue(try section("sources", of: html).contains("Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO"),
                      "and in the annex's sources and licences")
        XCTAssertTrue(map.contains("household income (demo, generated)") && map.contains("ข้อมูลสาธิต (demo data)"))
        // The terminal legend's classes: five, their edges and counts, and no data.
        for i in 0..<5 { XCTAssertTrue(map.contains("<pattern id=\"class\(i)\""), "class \(i)") }
        XCTAssertEqual(count("class=\"swatch\"", in: map), 6)
        XCTAssertTrue(map.contains(">3.68–5.92 (2)</text>") && map.contains(">ไม่มีข้อมูล (0)</text>"), "the legend of tisep map")
        // Self-contained: no script, no link, no external file.
        XCTAssertFalse(html.contains("<script") || html.lowercased().contains("http") || html.contains("href") || html.contains("<img"))
    }

    // MARK: Tambons with little or nothing

    func testEmptyTambonOutsideThePilotProvinces() throws {
        let (cli, db) = try demo()
        let html = brief(cli, db, "100101")
        XCTAssertEqual(sections(html), Self.handoutOrder + Self.annexOrder)
        XCTAssertTrue(html.contains("ยังไม่มีค่าตัวชี้วัดของพื้นที่นี้"), "no household data")
        XCTAssertTrue(html.contains("ยังไม่มีผู้เล่นที่บันทึกไว้ในพื้นที่นี้ ทั้งสี่บทบาทยังว่าง"), "no players: every role open")
        XCTAssertTrue(html.contains("ไม่มีความต้องการที่ยังเปิดอยู่"))
        XCTAssertTrue(html.contains("วันที่ประชุม:"), "room for the meeting all the same")
        let store = try Store(path: db)
        let tambons = try store.areas.list(level: .tambon, inside: "1001")
        XCTAssertEqual(tambons.count, 12)
        let map = try svg(html)
        assertEveryArea(tambons, drawnIn: map)
        // An area without ecosystem data says so ("no data yet"), never a zero.
        XCTAssertTrue(map.contains(">ยังไม่มีข้อมูลในพื้นที่นี้ (no data here yet)</text>") && map.contains(">ยังไม่มีข้อมูล (12)</text>"), map)
        XCTAssertTrue(map.contains("fill=\"url(#nodata)\""))
    }

    func testTambonWithAPlayerButNoHouseholdData() throws {
        let cli = try CLIHarness(self)
        let db = cli.path("yala.sqlite")
        XCTAssertEqual(cli.run("init", "--empty", "--db", db).code, 0)
        let add = cli.run("add", "entity", "name_th=ชมรมผู้สูงอายุตำบลสะเตง", "p4=player", "role=implementer", "area=950101", "phone=0812345678", "--db", db)
        XCTAssertEqual(add.code, 0, add.err)
        let id = try XCTUnwrap(add.out.split(separator: "\n").last.map(String.init))
        XCTAssertEqual(cli.run("add", "resource", "entity=\(id)", "kind=need", "category=funding", "description=ค่าอาหารกลางวันผู้สูงอายุ", "--db", db).code, 0)
        let html = brief(cli, db, "950101")
        XCTAssertEqual(sections(html), Self.handoutOrder + Self.annexOrder)
        XCTAssertTrue(html.contains("ยังไม่มีค่าตัวชี้วัดของพื้นที่นี้"))
        XCTAssertTrue(html.contains("ผู้กำหนดนโยบาย · ผู้สนับสนุน · ผู้เชื่อมประสาน"), "the three roles nobody fills")
        XCTAssertTrue(html.contains("ค่าอาหารกลางวันผู้สูงอายุ") && html.contains("ยังไม่มีผู้ให้ใกล้เคียง"), "a need nobody offers: a gap")
        let who = try XCTUnwrap(html.components(separatedBy: "<section class=\"who\">").dropFirst().first)
        XCTAssertTrue(who.contains("ชมรมผู้สูงอายุตำบลสะเตง") && who.contains("081-234-5678"), "the player with one contact")
        XCTAssertFalse(html.contains("<p class=\"demo\">"), "no demo warning on real data")
        let store = try Store(path: db)
        assertEveryArea(try store.areas.list(level: .tambon, inside: "9501"), drawnIn: try svg(html))
    }

    // MARK: Amphoe, English, annex none

    func testAmphoeBriefFollowsThePlan() throws {
        let (cli, db) = try demo()
        for lang in ["th", "en"] {
            let html = brief(cli, db, "5603", "html", ["--lang", lang])
            // Chiang Kham's demo projects are all counted in Phayao: no costs.
            XCTAssertEqual(sections(html), Self.handoutOrder + Self.annexOrder, lang)
            let store = try Store(path: db)
            assertEveryArea(try store.areas.list(level: .tambon, inside: "5603"), drawnIn: try svg(html), thai: lang == "th")
            XCTAssertFalse(html.contains("Rank in amphoe") || html.contains("อันดับในอำเภอ"), "an amphoe ranks in its province only")
            // Page 1 lists two of its 32 needs in either language (English
            // text is measured narrower than Thai; Chromium prints it on one page).
            let needs = try section("gaps", of: html).components(separatedBy: "<ul class=\"items\">").dropFirst().first ?? ""
            // (Two since the key indicators show intervals, years and ranks the intervals allow.)
            XCTAssertEqual(count("<span class=\"detail\">→ ", in: needs), 2, "\(lang): two needs with an offer each")
            XCTAssertTrue(needs.contains(lang == "th" ? "และอีก 30 ความต้องการ" : "and 30 more needs"), lang)
        }
    }

    func testEnglishHandout() throws {
        let (cli, db) = try demo()
        let html = brief(cli, db, "560307", "html", ["--lang", "en"])
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
        for words in ["3. ช่องว่าง / Gaps", "4. บันทึกการประชุม / Meeting notes", "Roles nobody fills", "Vulnerable people not reached",
                      "Open needs and who could meet them", "Pending referrals", "Date:", "Attendees:", "Decisions:", "<th>By when</th>",
                      "Tambon Wiang (เวียง)", "Made 1 Jan 2026", "3 of 10"] {
            XCTAssertTrue(html.contains(words), words)
        }
        let map = try svg(html)
        XCTAssertTrue(map.contains(" km</text>") && map.contains("font-weight=\"bold\">Wiang</text>"))
        XCTAssertTrue(html.contains("content: \"page \" counter(page) \" / \" counter(pages)"), "page numbers in the bottom margin")
    }

    func testAnnexNone() throws {
        let (cli, db) = try demo()
        let html = brief(cli, db, "560307", "html", ["--annex", "none"])
        XCTAssertEqual(sections(html), Self.handoutOrder)
        XCTAssertFalse(html.contains("<div class=\"annex\">") || html.contains("ภาคผนวก / Annex"))
        for format in ["md", "txt"] {
            let text = brief(cli, db, "560307", format, ["--annex", "none"])
            XCTAssertFalse(text.contains("ภาคผนวก / Annex"), format)
            XCTAssertTrue(text.contains("7. โครงการที่ดำเนินการอยู่ / Active projects"), format)
        }
        let bad = cli.run("brief", "560307", "--annex", "some", "--db", db)
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.err.contains("--annex accepts full|none"), bad.err)
    }

    /// Markdown and text in the HTML brief's order: the gaps before who is
    /// there, the annex last.
    func testMarkdownAndTextFollowTheHandoutsOrder() throws {
        let (cli, db) = try demo()
        let headings = ["1. ตัวชี้วัดหลัก / Key indicators", "2. แผนที่ / Map", "3. ช่องว่าง / Gaps", "4. บันทึกการประชุม / Meeting notes",
                        "5. ใครอยู่ในพื้นที่ / Who is there", "6. ทรัพยากร / Resources", "7. โครงการที่ดำเนินการอยู่ / Active projects",
                        "ภาคผนวก / Annex", "A1. รายชื่อผู้ติดต่อทั้งหมด / Directory of contacts", "A2. ทรัพยากรทั้งหมด / All resources",
                        "A3. ตัวชี้วัดและแหล่งที่มา / Indicators and sources", "A4. แหล่งข้อมูลและสัญญาอนุญาต / Sources and licences"]
        for format in ["md", "txt", "html"] {
            let text = brief(cli, db, "560307", format)
            let places = headings.map { text.range(of: $0)?.lowerBound }
            XCTAssertFalse(places.contains(nil), "\(format): \(zip(headings, places).filter { $0.1 == nil }.map(\.0))")
            let found = places.compactMap { $0 }
            XCTAssertEqual(found, found.sorted(), "\(format): in order")
        }
        let txt = brief(cli, db, "560307", "txt")
        XCTAssertTrue(txt.contains("ใคร") && txt.contains("______"), "lines to write on in text too")
        XCTAssertTrue(txt.contains("@@ ที่เลือก: เวียง 12.78"), "the character map marks the tambon")
        XCTAssertTrue(txt.contains("Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO"))
        for line in txt.split(separator: "\n") { XCTAssertLessThanOrEqual(TextWidth.width(of: line), 80, String(line)) }
        let md = brief(cli, db, "560307", "md")
        XCTAssertTrue(md.contains("```text\n"), "Markdown keeps the character map")
        XCTAssertTrue(md.contains("| ใคร | ทำอะไร | ภายในวันที่ |"))
    }

    // MARK: Needs and offers: the matching of tisep matches

    /// The part of the brief between two section classes.
    private func section(_ name: String, of html: String) throws -> String {
        let body = try XCTUnwrap(html.components(separatedBy: "<section class=\"\(name)\">").dropFirst().first, name)
        return body.components(separatedBy: "</section>").first ?? body
    }

    /// The first list item holding `text`.
    private func item(containing text: String, in html: String) -> String? {
        html.components(separatedBy: "<li>").dropFirst().first { $0.contains(text) }.map { $0.components(separatedBy: "</li>").first ?? $0 }
    }

    /// Every open need of the annex lists the offers `tisep matches` gives
    /// (three at most), in its order, with its reasons; page 1 shows the
    /// first of them the same way.
    func testOffersAreThoseOfTisepMatches() throws {
        let (cli, db) = try demo()
        for (lang, why) in [("th", " — เพราะ "), ("en", " — why: ")] {
            let json = cli.run(["matches", "560307", "--limit", "3", "--json", "--lang", lang, "--db", db], env: Self.env)
            XCTAssertEqual(json.code, 0, json.err)
            let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
            let needs = try XCTUnwrap(root["needs"] as? [[String: Any]])
            XCTAssertEqual(needs.count, 5, "Wiang's open needs")
            let html = brief(cli, db, "560307", "html", ["--lang", lang])
            let annex = try section("all-resources", of: html), gaps = try section("gaps", of: html)
            var onPage1 = 0, withSubstance = 0
            for need in needs {
                let description = try XCTUnwrap(need["description"] as? String)
                let offers = try XCTUnwrap(need["offers"] as? [[String: Any]])
                let li = try XCTUnwrap(item(containing: BriefHTML.escape(description), in: annex), "\(lang): \(description) in the annex")
                let details = li.components(separatedBy: "<span class=\"detail\">").dropFirst().map { $0.components(separatedBy: "</span>").first ?? $0 }
                XCTAssertEqual(details.count, max(1, offers.count), "\(lang): \(description): one line per offer")
                for (line, offer) in zip(details, offers) {
                    let name = BriefHTML.escape(try XCTUnwrap(offer["entity_name"] as? String))
                    let reason = BriefHTML.escape(try XCTUnwrap(offer["why"] as? String))
                    XCTAssertTrue(line.hasPrefix("→ " + name), "\(lang): \(line) is \(name)")
                    XCTAssertTrue(line.hasSuffix(why + reason), "\(lang): \(line) says why: \(reason)")
                }
                if offers.isEmpty { XCTAssertTrue(details.first?.contains(lang == "th" ? "ยังไม่มีผู้ให้ใกล้เคียง" : "nobody nearby offers this") == true) }
                if offers.contains(where: { $0["strength"] as? String != "same-category-only" }) { withSubstance += 1 }
                // Page 1: the same best offer first, under the same need.
                if let first = item(containing: BriefHTML.escape(description), in: gaps) {
                    onPage1 += 1
                    if let best = offers.first {
                        let name = BriefHTML.escape(try XCTUnwrap(best["entity_name"] as? String))
                        XCTAssertTrue(first.contains("<span class=\"detail\">→ " + name), "\(lang): page 1 leads with \(name)")
                    }
                }
            }
            XCTAssertGreaterThanOrEqual(onPage1, 2, "\(lang): needs on page 1")
            XCTAssertGreaterThan(withSubstance, 0, "\(lang): offers sharing more than the category")
        }
    }

    /// A need marked met (`tisep set ID status=met`) leaves the gaps and
    /// page 2's needs, is counted as met, and stays in the annex marked met.
    func testAMetNeedLeavesTheGaps() throws {
        let (cli, db) = try demo()
        let store = try Store(path: db)
        let need = try XCTUnwrap(try store.elements.resources(inAreaOrBelow: "560307", kind: .need)
            .first { $0.description == "งบประมาณกิจกรรมโรงเรียนผู้สูงอายุ" })
        let description = try XCTUnwrap(need.description)
        let before = brief(cli, db, "560307")
        XCTAssertTrue(try section("gaps", of: before).contains(description), "open: under the gaps")
        XCTAssertEqual(cli.run("set", need.id, "status=met", "--db", db).code, 0)
        let after = brief(cli, db, "560307")
        XCTAssertFalse(try section("gaps", of: after).contains(description), "met: no longer a gap")
        let resources = try section("resources", of: after)
        XCTAssertFalse(resources.contains(description), "nor among page 2's needs")
        XCTAssertTrue(resources.contains("ได้รับแล้ว 1 รายการ (ไม่นับรวมข้างบน)"), "but counted as met")
        let annex = try section("all-resources", of: after)
        XCTAssertTrue(annex.contains(description + " (ได้รับแล้ว)"), "the annex keeps it, marked met")
        XCTAssertFalse(annex.components(separatedBy: "<ul class=\"items\">").dropFirst().joined().contains(description), "with no offers sought for it")
    }

    // MARK: Pages, private contacts

    func testTheCommandSaysHowManyPagesItExpects() throws {
        let (cli, db) = try demo()
        let path = cli.path("wiang.html")
        let r = cli.run(["brief", "560307", "-o", path, "--lang", "en", "--db", db], env: Self.env)
        XCTAssertEqual(r.code, 0, r.err)
        let store = try Store(path: db)
        let estimate = BriefPages.estimate(try BriefWriter.brief(code: "560307", store: store, thai: false, includePrivate: false))
        XCTAssertEqual(estimate.firstPage, 1)
        XCTAssertEqual(estimate.annexStart, 3, "the handout on two pages, the annex from page 3")
        XCTAssertEqual(r.out, "wrote \(path): about \(estimate.total) A4 pages: the handout on pages 1–2, the annex on pages 3–\(estimate.total)\n")
        let none = cli.run(["brief", "560307", "-o", cli.path("none.html"), "--annex", "none", "--db", db], env: Self.env)
        XCTAssertEqual(none.out, "wrote \(cli.path("none.html")): ประมาณ 2 หน้า A4: ส่วนแจก หน้า 1–2\n")
        let md = cli.run(["brief", "560307", "-o", cli.path("w.md"), "--db", db], env: Self.env)
        XCTAssertEqual(md.out, "wrote \(cli.path("w.md"))\n", "pages only for the printable HTML")
    }

    func testPrivateContactsLeftOutAndCounted() throws {
        let (cli, db) = try demo()
        let store = try Store(path: db)
        let ids = try store.elements.list(servingAreaOrBelow: "560307").map(\.id)
        let hidden = try ids.flatMap { try store.elements.contacts(ofElement: $0).filter(\.isPrivate) }
        let html = brief(cli, db, "560307")
        if hidden.isEmpty {
            XCTAssertFalse(html.contains("ผู้ติดต่อส่วนตัว") && html.contains(" ราย (ใส่ได้ด้วย --include-private)"))
        } else {
            XCTAssertTrue(html.contains("ไม่รวมผู้ติดต่อส่วนตัว \(hidden.count) ราย (ใส่ได้ด้วย --include-private)"), "the count said")
            for phone in hidden.compactMap(\.phone).map(PhoneNumber.format) { XCTAssertFalse(html.contains(phone), phone) }
            let with = brief(cli, db, "560307", "html", ["--include-private"])
            XCTAssertTrue(with.contains("รวมผู้ติดต่อส่วนตัว \(hidden.count) ราย"))
        }
    }

    // MARK: The drawing on its own

    /// Classes get darker class by class (a lightness ramp) and each has
    /// a pattern of its own, so that a black-and-white print tells them apart.
    func testClassesReadInBlackAndWhite() throws {
        let (cli, db) = try demo()
        let map = try svg(brief(cli, db, "560307"))
        var patterns: [String] = []
        var fills: [String] = []
        for i in 0..<5 {
            let body = try XCTUnwrap(map.components(separatedBy: "<pattern id=\"class\(i)\"").dropFirst().first?.components(separatedBy: "</pattern>").first)
            let fill = try XCTUnwrap(body.range(of: ##"fill="#[0-9a-f]{6}""##, options: .regularExpression)).lowerBound
            fills.append(String(body[body.index(fill, offsetBy: 6)..<body.index(fill, offsetBy: 13)]))
            patterns.append(body.replacingOccurrences(of: #"#[0-9a-f]{6}"#, with: "", options: .regularExpression))
        }
        let lightness = fills.map(BriefSVG.lightness(hex:))
        XCTAssertEqual(lightness, lightness.sorted(by: >), "light to dark: \(fills)")
        XCTAssertEqual(Set(lightness).count, 5)
        XCTAssertEqual(Set(patterns).count, 5, "a different pattern per class")
    }

    /// Where only a centroid is known an area is a dot with its name beside
    /// it; names that collide become numbers with a key.
    func testAreasWithoutBoundariesAreDotsWithNames() {
        let names = ["หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก"]
        let figure = MapFigure(
            areas: names.enumerated().map { i, name in
                MapFigure.Area(code: "10010\(i + 1)", name: name, polygons: nil, point: GeoPoint(lon: 100.49 + Double(i) * 0.001, lat: 13.75), classIndex: nil)
            } + [MapFigure.Area(code: "100104", name: "ไกล", polygons: nil, point: GeoPoint(lon: 100.6, lat: 13.85), classIndex: nil)],
            selected: "100101", classFills: [], classShades: [], title: "S90/S10", entries: [], method: nil, selectedText: nil,
            sourceParts: ["no boundaries: drawn from tambon centroids"], thai: true)
        let svg = BriefSVG.render(figure, widthMM: 80, maxMapHeightMM: 50).svg
        XCTAssertEqual(count("<circle class=\"area\"", in: svg), 7)
        XCTAssertTrue(svg.contains(">ไกล</text>"), "a lone dot is named beside it")
        XCTAssertTrue(svg.contains("font-weight=\"bold\">หนึ่ง</text>"), "the selected dot named first, in bold")
        XCTAssertTrue(svg.contains("class=\"number\""), "crowded dots are numbered")
        for name in names { XCTAssertTrue(svg.contains(">\(name)</text>") || svg.contains(" \(name)</text>"), name) }
        XCTAssertTrue(svg.contains("no boundaries: drawn from tambon centroids"))
    }

    func testALabelFitsInsideItsShape() {
        typealias P = PlaneShape.Point
        // An L: a wide bar along the bottom and a narrow post on the left.
        let l = PlaneShape(rings: [[P(x: 0, y: 0), P(x: 20, y: 0), P(x: 20, y: 80), P(x: 200, y: 80), P(x: 200, y: 100), P(x: 0, y: 100)]])
        let centre = l.visualCentre()
        XCTAssertTrue(l.contains(centre), "the visual centre lies inside a concave shape")
        let label = l.labelCentre(width: 120, height: 16, near: centre)
        XCTAssertNotNil(label)
        if let label { XCTAssertTrue(label.y > 80 && label.y < 100 && label.x - 60 >= 0 && label.x + 60 <= 200, "\(label)") }
        XCTAssertNil(l.labelCentre(width: 120, height: 30, near: centre), "too tall for the bar")
    }
}
