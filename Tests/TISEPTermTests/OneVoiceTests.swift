import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// Issue 18: the same number, unit, date and word everywhere a person
/// reads them — panes, overlays, command text, the brief — in Thai and in
/// English (docs/glossary.md, docs/formatting.md). In-memory screens and
/// the command line in-process; `OneVoiceEndToEndTests` walks the real
/// binary in tmux.
final class OneVoiceTests: XCTestCase {
    // Wiang (560101) in the demo data: S90/S10 4.62, Gini 0.253, poverty 9.5%, income 74,195 baht.

    private func at(_ code: String, width: Int = 120, height: Int = 40, thai: Bool = true) throws -> App {
        let app = try DemoFixture.app(self, width: width, height: height, thai: thai)
        app.type("/")
        app.type(code)
        app.press(.enter)
        XCTAssertEqual(app.state.selectedArea, code)
        return app
    }

    private func detailText(_ app: App, width: Int = 400) -> [String] {
        DetailPane.lines(DetailPane.Model(app.state), app.state.look, width: width).map(\.text)
    }

    /// The tree's part of each line of the frame.
    private func treeLines(_ app: App) -> [String] {
        let width = Layout.compute(width: app.state.width, height: app.state.height, focus: app.state.focus).panes[.tree]!.width
        return app.frame().lines().map { TextWidth.slice($0, from: 0, width: width) }
    }

    // MARK: 1. units

    func testEachIndicatorReadsTheSameInTheTreeTheDetailTheBriefAndTheCommandLine() throws {
        let app = try at("560101")
        let detail = detailText(app)
        let brief = try BriefWriter.render(code: "560101", format: .txt, store: app.store, thai: true, includePrivate: false)
        let cli = CLIHarness.onDemo(self)
        let indicators = cli.run("indicators", "--area", "560101").out
        // id, the full form (detail, brief, indicators), the tree's compact form.
        let expected: [(String, String, String)] = [("s90s10", "4.62 เท่า", "4.62"), ("gini", "0.253", "0.253"),
                                                    ("poverty_headcount", "9.5%", "9.5%"), ("mean_income", "74,195 บาท", "74,195")]
        for (id, full, compact) in expected {
            let name = try XCTUnwrap(app.state.indicators.first { $0.id == id }).nameTH
            // The value, then its years' sparkline, then the rank.
            XCTAssertTrue(detail.contains { $0.hasPrefix(name + ": " + full + " ") && $0.contains(" 2566–2568 · อันดับ ") }, "detail: \(id) \(detail)")
            XCTAssertTrue(brief.contains(full), "brief: \(id)")
            XCTAssertTrue(indicators.contains(full), "tisep indicators: \(id)\n\(indicators)")
            // The tree shows the indicator chosen with `i`: cycle to it.
            while app.state.indicator?.id != id { app.press(.char("i")) }
            let row = try XCTUnwrap(treeLines(app).first { $0.contains("● เวียง") })
            XCTAssertTrue(row.contains(" " + compact + " "), "tree: \(id) \(row)")
        }
        // The Gini coefficient is never a percentage anywhere.
        XCTAssertFalse(detail.contains { $0.contains("จีนี: 25") }, "\(detail)")
        XCTAssertTrue(detail.contains { $0.contains("อันดับ 13 จาก 15 ในอำเภอ") }, "ranks read '13 จาก 15' as in the brief")
    }

    func testEnglishUnitsAndNumbers() throws {
        let app = try at("560101", thai: false)
        let detail = detailText(app)
        XCTAssertTrue(detail.contains { $0.hasPrefix("S90/S10 income ratio (top 10% / bottom 10%): 4.62 times ")
                && $0.contains(" 2023–2025 · rank 13 of 15 in the amphoe") }, "\(detail)")
        XCTAssertTrue(detail.contains { $0.hasPrefix("Mean income per person per year: 74,195 baht") }, "\(detail)")
        XCTAssertTrue(CLIHarness.onDemo(self).run("indicators", "--area", "560101", "--lang", "en").out.contains("74,195 baht"))
    }

    func testMachineOutputsKeepPlainValues() throws {
        let cli = CLIHarness.onDemo(self)
        let json = cli.run("indicators", "--area", "560101", "--json").out
        XCTAssertTrue(json.contains("\"value\":74195") || json.contains("\"value\":74194"), json)
        XCTAssertFalse(json.contains("74,195") || json.contains("บาท"), json)
        let project = try XCTUnwrap(try Store(path: cli.db).search("", filter: SearchFilter(kind: .project, limit: 1)).first)
        let shown = cli.run("show", project.id, "--json").out
        XCTAssertTrue(shown.contains("\"start\":\"20"), "ISO dates in --json: \(shown)")
    }

    // MARK: 3. words

    func testTheListAndSearchUseTheFourPWords() throws {
        let app = try DemoFixture.app(self)
        XCTAssertTrue(app.screenText.contains("┌ องค์ประกอบ"))
        app.type("/")
        app.type("ป่าชุมชนตำบลเวียง")
        let forest = try XCTUnwrap(app.state.search.results.first { $0.nameTH == "ป่าชุมชนตำบลเวียง" })
        XCTAssertEqual(forest.p4, "asset")
        let row = try XCTUnwrap(app.frame().lines().first { $0.contains("ป่าชุมชนตำบลเวียง") && !$0.hasPrefix(" / ") })
        XCTAssertTrue(row.hasPrefix(" ทุน "), "a community forest is an asset (ทุน), not a player: \(row)")
        XCTAssertFalse(row.contains("ผู้เล่น"), row)

        let cli = CLIHarness.onDemo(self)
        let thai = cli.run("search", "ป่าชุมชนตำบลเวียง", "--limit", "3").out
        XCTAssertTrue(thai.split(separator: "\n").first?.hasPrefix("ทุน  ป่าชุมชนตำบลเวียง") ?? false, thai)
        let english = cli.run("search", "ป่าชุมชนตำบลเวียง", "--limit", "3", "--lang", "en").out
        XCTAssertTrue(english.split(separator: "\n").first?.hasPrefix("asset  ป่าชุมชนตำบลเวียง") ?? false, english)
        let player = cli.run("search", "อบต.เวียง", "--limit", "1").out
        XCTAssertTrue(player.hasPrefix("ผู้เล่น  อบต.เวียง") && player.contains("(ผู้กำหนดนโยบาย;"), player)
    }

    /// The words of docs/glossary.md are the labels in the code.
    func testTheCodeFollowsTheGlossary() throws {
        let glossary = try String(contentsOf: repositoryFile("docs/glossary.md"), encoding: .utf8)
        var rows: [String: (thai: String, english: String)] = [:]
        for line in glossary.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            // The id column: `policy`, or `entity` (record type).
            let id = cells[2].split(separator: "`").first.map(String.init) ?? cells[2]
            rows[id] = (cells[0], cells[1])
        }
        for kind in P4Kind.allCases {
            XCTAssertEqual(rows[kind.rawValue]?.thai, kind.thai, kind.rawValue)
            XCTAssertEqual(rows[kind.rawValue]?.english, kind.english, kind.rawValue)
        }
        for role in PlayerRole.allCases {
            XCTAssertEqual(rows[role.rawValue]?.thai, role.thai, role.rawValue)
            XCTAssertEqual(rows[role.rawValue]?.english, role.english, role.rawValue)
        }
        XCTAssertEqual(rows["entity"]?.thai, PaneID.list.title(Texts(thai: true)))
        XCTAssertEqual(rows["entity"].map { $0.english.capitalized + "s" }, PaneID.list.title(Texts(thai: false)), "the English title is the plural")
        // ผู้เล่น (player) only where players are meant: never for the mixed list or any element.
        let t = Texts(thai: true)
        for action in Action.allCases where ![.filterPlayer, .cycleRole].contains(action) {
            XCTAssertFalse(action.summary(t).contains("ผู้เล่น"), "\(action.rawValue): \(action.summary(t))")
        }
        XCTAssertEqual(FormLabels.typeName(.entity, t), "องค์ประกอบ (4P)")
    }

    // MARK: 4. Thai lines

    /// Real sentences of the demo data and the seeds, wrapped as the panes
    /// wrap them: whole words, bullets with their text, every line in the
    /// width, continuation lines hanging under the text.
    func testPanesWrapRealThaiAtWordBoundaries() throws {
        let sentences = try thaiSentences()
        XCTAssertGreaterThan(sentences.count, 50)
        let words = ["ตกหล่น", "สุขภาพ", "ผู้สูงอายุ", "เปราะบาง", "ครัวเรือน", "สวัสดิการ", "ประชาสังคม", "ทรัพยากร", "ภูมิปัญญา"]
        for sentence in sentences {
            for width in [14, 20, 24, 31, 40] {
                for text in [sentence, "· " + sentence] {
                    let lines = WrappedText.lines(text, width: width, hang: text.hasPrefix("· ") ? 2 : 0)
                    for line in lines {
                        XCTAssertLessThanOrEqual(TextWidth.width(of: line), width, line)
                        XCTAssertFalse(line.hasSuffix("·") || line.trimmingCharacters(in: .whitespaces) == "·", "a bullet left alone: \(line)")
                    }
                    if text.hasPrefix("· ") { XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") }, "\(lines)") }
                    for w in words where text.contains(w) && width >= 12 {
                        XCTAssertTrue(lines.contains { $0.contains(w) }, "\(w) cut at width \(width): \(lines)")
                    }
                    let rejoined = lines.joined().filter { !$0.isWhitespace }
                    XCTAssertEqual(rejoined, text.filter { !$0.isWhitespace }, "nothing lost or added")
                }
            }
        }
        // The brief's text tables wrap the same way.
        for sentence in sentences.prefix(40) {
            let lines = TextTable.wrap(sentence, width: 30)
            for w in words where sentence.contains(w) { XCTAssertTrue(lines.contains { $0.contains(w) }, "\(w): \(lines)") }
        }
    }

    /// The detail pane at 80×24, as drawn: no word of the glossary or the
    /// situation cut between two rows, no bullet alone.
    func testTheDetailPaneOnScreenBreaksBetweenWords() throws {
        let app = try at("560101", width: 80, height: 24)
        app.press(.backTab)
        XCTAssertEqual(app.state.focus, .detail)
        let inner = Layout.compute(width: 80, height: 24, focus: .detail).panes[.detail]!.inner
        var seen: [String] = []
        for _ in 0..<12 {
            let rows = app.frame().lines()[inner.y..<inner.maxY].map { TextWidth.slice($0, from: inner.x, width: inner.width) }
            seen += rows.map { $0.trimmingCharacters(in: .whitespaces) }
            for _ in 0..<inner.height { app.press(.down) }
        }
        let all = detailText(app).joined(separator: "\n")
        for w in ["ผู้กำหนดนโยบาย", "ผู้เชื่อมประสาน", "ผู้สนับสนุน", "พื้นที่ขับเคลื่อน", "องค์ประกอบ", "สัมประสิทธิ์จีนี", "ครัวเรือน", "ผู้สูงอายุ"]
        where all.contains(w) {
            XCTAssertTrue(seen.contains { $0.contains(w) }, "\(w) is cut across rows: \(seen)")
        }
        XCTAssertFalse(seen.contains { $0.hasSuffix("·") || $0 == "·" }, "\(seen)")
    }

    /// An e-mail address wider than the detail pane goes on onto the next
    /// rows after its `.`, `@` and `-`, under the `✉`, whole.
    func testALongAddressBreaksAtItsMarksInTheDetailPane() throws {
        let app = try at("560307", width: 80, height: 24)
        app.type("/")
        app.type("ป่าชุมชนตำบลเวียง")
        app.press(.enter)
        let id = try XCTUnwrap(app.state.selectedElement)
        let mail = "wiang.community.forest.secretariat@chiangkham-district-office.example.org"
        _ = try app.store.records.update(id, ["email": mail])
        app.type("/")
        app.type("ป่าชุมชนตำบลเวียง")
        app.press(.enter)
        let inner = Layout.compute(width: 80, height: 24, focus: app.state.focus).panes[.detail]!.inner
        XCTAssertEqual(inner.width, 24)
        let rows = app.frame().lines()[inner.y..<inner.maxY].map { TextWidth.slice($0, from: inner.x, width: inner.width) }
        let first = try XCTUnwrap(rows.firstIndex { $0.hasPrefix("✉ ") }, "\(rows)")
        XCTAssertEqual(Array(rows[first..<first + 4]).map { $0.trimmingCharacters(in: .whitespaces) },
                       ["✉ wiang.community.", "forest.secretariat@", "chiangkham-district-", "office.example.org"])
        XCTAssertTrue(rows[first + 1..<first + 4].allSatisfy { $0.hasPrefix("  ") }, "under the ✉: \(rows)")
        XCTAssertEqual(rows[first..<first + 4].joined().filter { !$0.isWhitespace }, "✉" + mail, "nothing cut off")
    }

    func testHelpWrapsItsDescriptionsInEnglish() throws {
        let lines = HelpOverlay.lines(Look(thai: false), width: 60).map(\.0)
        let add = try XCTUnwrap(lines.firstIndex { $0.contains("add in this pane") })
        XCTAssertTrue(lines[add].hasSuffix(" add"), "the command name ends the key's first line: \(lines[add])")
        XCTAssertTrue(lines[add + 1].hasPrefix(String(repeating: " ", count: 15)), "the rest hangs under the description: \(lines[add + 1])")
        XCTAssertTrue(lines.allSatisfy { TextWidth.width(of: $0) <= 60 }, "\(lines)")
    }

    // MARK: 5. dates

    func testFormsShowAndTakeDatesInBothEras() throws {
        for thai in [true, false] {
            let app = try at("560101", width: 80, height: 24, thai: thai)
            app.press(.tab, .tab, .down, .enter)
            let element = try XCTUnwrap(app.state.selectedElement)
            app.press(.char("C"))
            let form = try XCTUnwrap(app.state.form)
            let date = try XCTUnwrap(form.fields.first { $0.name == "date" })
            XCTAssertEqual(date.value, thai ? "2 พ.ย. 2568" : "2 Nov 2025", "today, as every date is shown")
            XCTAssertTrue(app.screenText.contains(thai ? "2 พ.ย. 2568" : "2 Nov 2025"))
            XCTAssertFalse(app.screenText.contains("2025-11-02"), "no ISO date on screen")
            // Typed in the other era, it is read the same.
            try go(app, to: "date")
            app.press(.control("u"))
            app.type(thai ? "29/11/2025" : "29/11/2568")
            app.press(.function(2))
            XCTAssertNil(app.state.form, app.state.status ?? "")
            XCTAssertEqual(try app.store.logs.contactLogs(ofElement: element).first?.date, "2025-11-29")
            XCTAssertTrue(app.state.status?.contains(thai ? "29 พ.ย. 2568" : "29 Nov 2025") ?? false, "the status line: \(app.state.status ?? "")")
            XCTAssertTrue(detailText(app).contains { $0.hasPrefix("· " + (thai ? "29 พ.ย. 2568" : "29 Nov 2025")) }, "\(detailText(app))")
            // An impossible date is refused in the interface's language.
            app.press(.char("C"))
            try go(app, to: "date")
            app.press(.control("u"))
            app.type("30/02/2568")
            app.press(.function(2))
            let error = try XCTUnwrap(app.state.form?.fields.first { $0.name == "date" }?.error)
            XCTAssertEqual(error, thai ? "ไม่มีวันที่ 30 ก.พ. 2568: กุมภาพันธ์ 2568 มี 28 วัน" : "there is no 30 Feb 2025: February 2025 has 28 days")
        }
    }

    func testAnEditFormShowsItsDatesAsTheyAreRead() throws {
        let app = try at("560101", width: 80, height: 24)
        let cli = CLIHarness.onCopy(of: app.store, self)
        let project = try XCTUnwrap(try app.store.search("", filter: SearchFilter(kind: .project, limit: 1)).first)
        let record = try XCTUnwrap(try app.store.records.record(project.id))
        let form = Update.editForm(record, subject: nil, thai: true)
        let start = try XCTUnwrap(form.fields.first { $0.name == "start" }?.value)
        XCTAssertEqual(start, CalendarDate.display(try XCTUnwrap(record["start"]), thai: true))
        XCTAssertTrue(!start.contains("-") && (Int(start.suffix(4)) ?? 0) > 2400, "a Buddhist-era date, not ISO: \(start)")
        if let budget = form.fields.first(where: { $0.name == "budget" })?.value, !budget.isEmpty {
            XCTAssertTrue(budget.contains(","), "a whole amount with separators: \(budget)")
        }
        XCTAssertTrue(form.input.isEmpty, "nothing changed: nothing to save (\(form.input))")
        // The command line shows the same date.
        XCTAssertTrue(cli.run("show", project.id).out.contains("start          " + start), cli.run("show", project.id).out)
    }

    func testDetailAndHistoryDatesFollowTheLanguage() throws {
        let app = try at("560101")
        app.press(.tab, .tab, .enter)
        XCTAssertNotNil(app.state.elementDetail)
        XCTAssertTrue(detailText(app).contains { $0.hasPrefix("แก้ไขล่าสุด 1 ม.ค. 2568 · เครื่อง ") }, "\(detailText(app))")
        let id = try XCTUnwrap(app.state.selectedElement)
        let cli = CLIHarness.onCopy(of: app.store, self)
        let thai = cli.run("history", id).out
        XCTAssertTrue(thai.contains("  1 ม.ค. 2568 07:00 น.  "), thai)
        let english = cli.run("history", id, "--lang", "en").out
        XCTAssertTrue(english.contains("  1 Jan 2025 07:00  "), english)
        XCTAssertTrue(cli.run("history", id, "--json").out.contains("\"when\":\"2025-01-01T00:00:00Z\""), "--json keeps ISO 8601")
        app.press(.char("L"))
        XCTAssertTrue(detailText(app).contains { $0.hasPrefix("changed 1 Jan 2025 · laptop ") }, "\(detailText(app))")
    }

    // MARK: 6. phone numbers

    func testEveryWayInChecksThePhoneLengthAndSaysWhy() throws {
        let cli = CLIHarness.onDemo(self)
        let english = "a mobile number (starting 08) has 10 digits, this one has 9 (1 missing)"
        let add = cli.run("add", "entity", "name_th=ชมรมทดลอง", "p4=player", "role=implementer", "area=560101", "phone=081-234-567")
        XCTAssertEqual(add.code, 2)
        XCTAssertTrue(add.err.contains(english), add.err)
        let id = try XCTUnwrap(cli.run("add", "entity", "name_th=ชมรมทดลอง", "p4=player", "area=560101").out
            .split(separator: "\n").last.map(String.init))
        let set = cli.run("set", id, "phone=081-234-567")
        XCTAssertEqual(set.code, 2)
        XCTAssertTrue(set.err.contains(english), set.err)
        XCTAssertNil(try Store(path: cli.db).records.record(id)?["phone"], "nothing changed")
        let csv = try cli.write("orgs.csv", "name_th,p4,role,sector,area_code,phone\nกลุ่มหนึ่ง,player,implementer,community,560101,081-234-567\nกลุ่มสอง,player,implementer,community,560101,081-234-5678\n")
        let imported = cli.run("import-entities", csv)
        XCTAssertTrue(imported.out.contains("imported 1 element, refused 1 row\n"), imported.out)
        XCTAssertTrue(imported.out.contains("line 2:") && imported.out.contains(english), imported.out)

        // The form says it in Thai, beside the field.
        let app = try at("560101", width: 80, height: 24)
        app.press(.tab, .tab, .char("a"))
        app.type("ชมรมทดลองโทรศัพท์")
        try go(app, to: "phone")
        app.type("081-234-567")
        app.press(.tab)
        XCTAssertEqual(app.state.form?.fields.first { $0.name == "phone" }?.error, "เบอร์มือถือ (ขึ้นต้น 08) มี 10 หลัก เบอร์นี้มี 9 หลัก (ขาด 1 หลัก)")
        XCTAssertTrue(app.screenText.contains("⚠ เบอร์มือถือ (ขึ้นต้น 08) มี 10"), app.screenText)
    }

    // MARK: 7. messages

    /// A count reads as the number says: "1 row", "2 rows" in English; the
    /// Thai noun stays as it is (docs/formatting.md, "Counts").
    func testCountsAgreeWithTheirNumber() throws {
        let cli = CLIHarness.onDemo(self)
        let csv = try cli.write("orgs.csv", "name_th,p4,role,sector,area_code\nกลุ่มหนึ่ง,player,implementer,community,560101\n,player,implementer,community,560101\nกลุ่มสาม,player,nobody,community,560101\n")
        let imported = cli.run("import-entities", csv)
        XCTAssertTrue(imported.out.contains("imported 1 element, refused 2 rows\n"), imported.out)
        XCTAssertTrue(cli.run("--lang", "en", "search", "Wiang Community Forest").out.contains("\n1 result · demo data"))
        XCTAssertTrue(cli.run("search", "Wiang Community Forest").out.contains("\n1 ผล · ข้อมูลสาธิต"))

        // The search line on screen, in both languages.
        for (thai, expected) in [(false, "· 1 result"), (true, "· 1 ผล")] {
            let app = try DemoFixture.app(self, width: 100, height: 30, thai: thai)
            app.type("/")
            app.type("Wiang Community Forest")
            XCTAssertTrue(app.screenText.contains(expected), app.screenText)
            XCTAssertFalse(app.screenText.contains("1 results"), app.screenText)
        }
        // The list's footer: its noun agrees with the total.
        let list = try at("560101", thai: false)
        list.press(.tab, .tab, .char("4"))
        var model = ListPane.Model(list.state)
        XCTAssertGreaterThan(model.count, 1)
        XCTAssertTrue(list.screenText.contains("1/\(model.count) players · "), list.screenText)
        model.elements = Array(model.elements.prefix(1))
        XCTAssertTrue(ListPane.footer(model, Texts(thai: false)).hasPrefix("1/1 player · "), ListPane.footer(model, Texts(thai: false)))
        model.filterP4 = .policy
        model.elements = Array(ListPane.Model(list.state).elements.prefix(2))
        XCTAssertTrue(ListPane.footer(model, Texts(thai: false)).hasPrefix("1/2 policies"), ListPane.footer(model, Texts(thai: false)))
        XCTAssertTrue(ListPane.footer(model, Texts(thai: true)).hasPrefix("1/2 นโยบาย"), ListPane.footer(model, Texts(thai: true)))

        // The status line after an export, by the same rule.
        var state = try DemoFixture.app(self, width: 100, height: 30, thai: false).state
        _ = Update.handle(&state, .sheetWritten(.threeW("560101"), path: "/tmp/3w.csv", rows: 1))
        XCTAssertTrue(state.status?.hasPrefix("wrote the 3W, 1 row: ") == true, state.status ?? "")
        _ = Update.handle(&state, .sheetWritten(.threeW("560101"), path: "/tmp/3w.csv", rows: 1234))
        XCTAssertTrue(state.status?.hasPrefix("wrote the 3W, 1,234 rows: ") == true, state.status ?? "")
    }

    func testTheFirstRunSpeaksTheLanguageAndNamesThePath() {
        let thai = InteractiveSession.creatingMessage(path: "/tmp/x/eco.sqlite", thai: true)
        XCTAssertTrue(thai.hasPrefix("tisep: กำลังสร้างฐานข้อมูล") && thai.contains("/tmp/x/eco.sqlite"), thai)
        let english = InteractiveSession.creatingMessage(path: "/tmp/x/eco.sqlite", thai: false)
        XCTAssertTrue(english.hasPrefix("tisep: creating the database") && english.contains("/tmp/x/eco.sqlite"), english)
        XCTAssertEqual(InteractiveSession.createdMessage(path: "/p/eco.sqlite", thai: true, home: "/home/a"), "สร้างฐานข้อมูลสาธิตแล้วที่ /p/eco.sqlite")
        let home = InteractiveSession.createdMessage(path: "/home/a/.local/share/tisep/ecosystem.sqlite", thai: false, home: "/home/a")
        XCTAssertEqual(home, "created the demo database at ~/.local/share/tisep/ecosystem.sqlite")
        XCTAssertLessThan(TextWidth.width(of: home), 79, "fits the status line at 80 columns")
    }

    /// The bottom bar shows the keys of what has them: a form, its pick
    /// list, a menu, help, the filter menu, the search bar, the needs view.
    func testTheKeyBarFollowsTheOpenOverlay() throws {
        let app = try at("560101", width: 80, height: 24)
        func bar() -> String { app.frame().lines()[23] }
        XCTAssertTrue(bar().contains("/ ค้นหา"), bar())
        app.press(.tab, .tab, .char("a"))
        XCTAssertNotNil(app.state.form)
        XCTAssertTrue(bar().contains("F2 บันทึก") && bar().contains("Esc ยกเลิก") && !bar().contains("/ ค้นหา"), bar())
        try go(app, to: "role")
        app.press(.enter)
        XCTAssertNotNil(app.state.form?.picker)
        XCTAssertTrue(bar().contains("Esc ปิดรายการ"), bar())
        app.press(.escape, .escape)
        XCTAssertNil(app.state.form)
        app.press(.char("?"))
        XCTAssertTrue(bar().contains("Esc ? q ปิด"), bar())
        app.press(.escape, .char("f"))
        XCTAssertTrue(bar().contains("Enter เลือก/ไม่เลือก"), bar())
        app.press(.escape, .char("/"))
        XCTAssertTrue(bar().contains("พิมพ์เพื่อค้นหา"), bar())
        app.press(.escape, .char("m"))
        XCTAssertTrue(bar().contains("Enter บันทึกการส่งต่อ"), bar())
        app.press(.escape, .backTab, .char("a"))
        XCTAssertNotNil(app.state.chooser)
        XCTAssertTrue(bar().contains("↑↓ เลือก · Enter ตกลง · Esc ปิด"), bar())
    }

    /// At 40×12 the title keeps where you are; the help key's word, the
    /// name and the language key give way first.
    func testTheSmallTitleKeepsThePlace() throws {
        for (thai, place) in [(true, "เวียง 560101"), (false, "Wiang 560101")] {
            let app = try at("560101", width: 40, height: 12, thai: thai)
            let title = app.frame().lines()[0]
            XCTAssertTrue(title.contains(place), title)
            XCTAssertTrue(title.contains("?"), "the help key stays: \(title)")
            XCTAssertTrue(title.contains(thai ? "สาธิต" : "demo"), "demo data stays labelled: \(title)")
            XCTAssertEqual(TextWidth.width(of: title), 40)
        }
        let wide = try at("560101", width: 80, height: 24)
        XCTAssertTrue(wide.frame().lines()[0].hasPrefix(" TISEP  พะเยา › เมืองพะเยา › เวียง 560101"), "at 80 nothing gives way")
        let model = TitleBar.Model(path: ["พะเยา", "เมืองพะเยา", "เวียง"], code: "560101", isDemo: true)
        let narrow = TitleBar.parts(model, Texts(thai: true), width: 40)
        XCTAssertEqual(narrow.place, "เมืองพะเยา › เวียง 560101")
        XCTAssertFalse(narrow.brand)
        XCTAssertEqual(narrow.help, "?")
    }

    // MARK: helpers

    /// Moves the form cursor to a field.
    private func go(_ app: App, to name: String) throws {
        let form = try XCTUnwrap(app.state.form)
        let target = try XCTUnwrap(form.fields.firstIndex { $0.name == name })
        while app.state.form!.cursor < target { app.press(.tab) }
        while app.state.form!.cursor > target { app.press(.backTab) }
    }

    private func thaiSentences() throws -> [String] {
        var out: [String] = []
        for name in ["demo.txt", "seeds.txt"] {
            let text = try String(contentsOf: repositoryFile("Tests/EcosystemStoreTests/Fixtures/thai-text/" + name), encoding: .utf8)
            out += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        return out
    }
}

/// A file of this repository, found from this source file.
func repositoryFile(_ path: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(path)
}

extension CLIHarness {
    /// A harness on a private copy of the demo database.
    static func onDemo(_ test: XCTestCase) -> CLIHarness {
        let cli = try! CLIHarness(test)
        try! Store(path: DemoFixture.path()).file.backup(to: cli.db)
        return cli
    }

    /// A harness on a copy of the database of `store` (what an app has written).
    static func onCopy(of store: Store, _ test: XCTestCase) -> CLIHarness {
        let cli = try! CLIHarness(test)
        try! store.file.backup(to: cli.db)
        return cli
    }
}
