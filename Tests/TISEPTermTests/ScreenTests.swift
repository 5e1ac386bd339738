import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// The interface rendered into an in-memory screen buffer: what a
/// coordinator sees, asserted as text.
final class ScreenTests: XCTestCase {
    func testFourPanesAt80x24() throws {
        let app = try DemoFixture.app(self)
        let lines = app.frame().lines()
        XCTAssertEqual(lines.count, 24)
        for line in lines { XCTAssertEqual(TextWidth.width(of: line), 80, "every row is exactly 80 columns: \(line)") }
        let text = lines.joined(separator: "\n")
        for title in ["พื้นที่", "แผนที่", "องค์ประกอบ", "รายละเอียด"] { XCTAssertTrue(text.contains("┌ " + title), title) }
        XCTAssertFalse(text.contains("┌ ผู้เล่น"), "the mixed list is titled องค์ประกอบ (elements), never ผู้เล่น (players)")
        XCTAssertTrue(lines[0].contains("พะเยา 56"))
        XCTAssertTrue(lines[0].contains("ข้อมูลสาธิต"), "demo data is labelled")
        XCTAssertTrue(text.contains("ไม่มีข้อมูล (0)"), "the legend counts the areas without data")
        XCTAssertTrue(lines[23].contains("/ ค้นหา"))
        try assertGoldenScreen("start-80x24", text)
    }

    func testBordersStayPutOnThaiRows() throws {
        let app = try DemoFixture.app(self, width: 100, height: 30)
        let lines = app.frame().lines()
        let treeEdge = Layout.compute(width: 100, height: 30, focus: .tree).panes[.tree]!.maxX - 1
        for line in lines[2..<28] {
            XCTAssertEqual(borderColumns(line).first, 0, line)
            XCTAssertTrue(borderColumns(line).contains(treeEdge), "tree border at \(treeEdge): \(line)")
        }
    }

    func testTreeOpensOnATambonAndEveryPaneFollows() throws {
        let app = try DemoFixture.app(self)
        app.type("/")
        app.type("560101")
        app.press(.enter)
        let text = app.screenText
        XCTAssertEqual(app.state.selectedArea, "560101")
        XCTAssertTrue(text.contains("● เวียง"), "the tree shows the tambon selected")
        XCTAssertTrue(app.frame().lines()[0].contains("พะเยา › เมืองพะเยา › เวียง 560101"))
        XCTAssertTrue(text.contains("เวียง 560101"), "the detail shows the tambon's situation")
        XCTAssertTrue(text.contains("เวียง 4.62 เท่า"), "the map's legend names the selected tambon and its value")
        XCTAssertTrue(app.state.elements.allSatisfy { $0.fromAbove || $0.servedArea == "560101" })
        try assertGoldenScreen("wiang-80x24", text)
    }

    func testFilteredListByKindAndRole() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        app.press(.tab, .tab)
        XCTAssertEqual(app.state.focus, .list)
        app.press(.char("4"), .char("r"))
        XCTAssertEqual(app.state.filterP4, .player)
        XCTAssertEqual(app.state.filterRole, .policyMaker)
        let text = app.screenText
        XCTAssertTrue(text.contains("4P: ผู้เล่น · ผู้กำหนดนโยบาย"), text)
        XCTAssertFalse(app.state.elements.isEmpty)
        XCTAssertTrue(app.state.elements.allSatisfy { $0.role == .policyMaker })
        app.press(.char("r"), .char("r"), .char("r"), .char("r"))
        XCTAssertNil(app.state.filterRole, "r cycles back to all roles")
        app.press(.char("0"))
        XCTAssertNil(app.state.filterP4)
        app.press(.char("f"), .enter)
        XCTAssertEqual(app.state.extraFilters, [.sector(.central)])
        XCTAssertTrue(app.state.elements.allSatisfy { $0.sector == .central })
        app.press(.escape)
        XCTAssertNil(app.state.filterMenuCursor)
    }

    func testDetailShowsContacts() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        app.type("/")
        app.type("อบต.เวียง")
        XCTAssertEqual(app.state.search.results.first?.kind, .element)
        app.press(.enter)
        XCTAssertEqual(app.state.focus, .list)
        let text = app.screenText
        XCTAssertTrue(text.contains("ผู้ติดต่อ"), text)
        XCTAssertTrue(text.contains("☎ 0"), "phones are shown in the Thai format")
        XCTAssertTrue(text.contains("-555-"))
        let detail = DetailPane.lines(DetailPane.Model(app.state), app.state.look, width: 40).map(\.text).joined(separator: "\n")
        XCTAssertTrue(detail.contains("แก้ไขล่าสุด 1 ม.ค. 2568 · เครื่อง demo"), "the last change and its laptop, Buddhist era: \(detail)")
        try assertGoldenScreen("detail-120x40", text)
    }

    func testHelpListsEveryAction() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("?"))
        XCTAssertTrue(app.screenText.contains("ความช่วยเหลือ"))
        let help = HelpOverlay.lines(app.state.look).map(\.0).joined(separator: "\n")
        for action in Action.allCases {
            XCTAssertTrue(help.contains(action.summary(app.state.texts)), action.rawValue)
            XCTAssertFalse(help.contains(action.rawValue), "the Thai help shows no internal command name: \(action.rawValue)")
        }
        let english = HelpOverlay.lines(Look(thai: false)).map(\.0)
        XCTAssertTrue(english[2].hasSuffix(" command"), "the English help heads its command-name column: \(english[2])")
        for action in Action.allCases { XCTAssertTrue(english.contains { $0.hasSuffix(" " + action.rawValue) }, action.rawValue) }
        try assertGoldenScreen("help-80x24", app.screenText)
        app.press(.escape)
        XCTAssertFalse(app.state.helpVisible)
    }

    func testSearchResultsAndJump() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("/"))
        app.type("สูงอายุ")
        XCTAssertEqual(app.state.search.query, "สูงอายุ")
        let text = app.screenText
        XCTAssertTrue(text.contains("/ สูงอายุ"))
        XCTAssertTrue(text.contains("ชมรมผู้สูงอายุตำบล"), text)
        try assertGoldenScreen("search-80x24", text)
        let first = try XCTUnwrap(app.state.search.results.first)
        app.press(.enter)
        XCTAssertFalse(app.state.searchActive)
        XCTAssertEqual(app.state.selectedElement, first.id)
        XCTAssertEqual(app.state.elements[app.state.listCursor].id, first.id, "the list cursor is on the result")
        app.press(.char("n"))
        XCTAssertEqual(app.state.selectedElement, app.state.search.results[1].id, "n goes to the next result")
    }

    func testBackspaceRemovesAWholeThaiCluster() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("/"))
        app.type("น้ำ")
        XCTAssertEqual(app.state.search.query.unicodeScalars.count, 3)
        app.press(.backspace)
        XCTAssertEqual(app.state.search.query, "", "น้ำ is one cluster: one Backspace removes it")
    }

    func testThaiKeyboardLayoutStillWorks() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("ฦ"))
        XCTAssertTrue(app.state.helpVisible, "ฦ is ? on a Kedmanee keyboard")
        app.press(.escape, .char("ฝ"))
        XCTAssertTrue(app.state.searchActive, "ฝ is /")
        app.press(.char("ๆ"))
        XCTAssertEqual(app.state.search.query, "ๆ", "inside the search bar Thai is text")
        app.press(.escape, .char("ๆ"))
        XCTAssertTrue(app.state.quitRequested, "ๆ is q")
        XCTAssertEqual(Key.kedmanee["ห"], "s")
        XCTAssertEqual(Key.kedmanee["ู"], "^", "combining vowels map one scalar at a time")
        XCTAssertNil(Key.kedmanee["/"], "the / key keeps its meaning")
    }

    func testEnglishInterface() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("L"))
        let text = app.screenText
        for title in ["Areas", "Map", "Elements", "Detail"] { XCTAssertTrue(text.contains("┌ " + title), title) }
        XCTAssertTrue(text.contains("demo data"))
        XCTAssertEqual(try app.store.laptop.meta("ui_lang"), "en", "the choice is remembered")
    }

    func testMapCursorSelectsNeighbouringTambon() throws {
        let app = try DemoFixture.app(self)
        app.type("/")
        app.type("560101")
        app.press(.enter, .tab)
        XCTAssertEqual(app.state.focus, .map)
        var visited: Set<String> = [app.state.selectedArea]
        for key in [Key.right, .down, .left, .up, .right, .right] {
            app.press(key)
            visited.insert(app.state.selectedArea)
        }
        XCTAssertGreaterThan(visited.count, 2, "arrows move the selection over the map")
        XCTAssertTrue(visited.allSatisfy { $0.hasPrefix("56") && $0.count == 6 })
    }

    func testIndicatorAndMethodCycle() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("i"))
        XCTAssertEqual(app.state.indicator?.id, "palma")
        XCTAssertTrue(app.screenText.contains("ดัชนีพาลมา"))
        app.press(.char("c"))
        XCTAssertEqual(app.state.method, .equalInterval)
        XCTAssertTrue(app.screenText.contains("ช่วงเท่ากัน"))
    }

    func testTinyTerminalShowsTabs() throws {
        let app = try DemoFixture.app(self, width: 40, height: 12)
        let lines = app.frame().lines()
        for line in lines { XCTAssertEqual(TextWidth.width(of: line), 40) }
        XCTAssertTrue(lines[1].contains("พื้นที่") && lines[1].contains("แผนที่"), "a tab bar")
        try assertGoldenScreen("tiny-40x12", lines.joined(separator: "\n"))
        app.press(.tab)
        XCTAssertTrue(app.screenText.contains("┌ แผนที่"))
        app.resize(width: 10, height: 4)
        XCTAssertTrue(app.screenText.contains("≥ 20×6"))
    }

    func testLargeTerminal() throws {
        let app = try DemoFixture.app(self, width: 200, height: 60)
        let lines = app.frame().lines()
        for line in lines { XCTAssertEqual(TextWidth.width(of: line), 200) }
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("พะเยา Phayao"), "English names beside Thai on wide screens")
        XCTAssertTrue(text.contains("ผู้กำหนดนโยบาย"), "role column")
        try assertGoldenScreen("start-200x60", text)
    }

    func testNoColourModeMarksFocusWithoutColour() throws {
        let app = try DemoFixture.app(self)
        let frame = app.frame()
        XCTAssertTrue(frame.cells.allSatisfy { $0.foreground < 0 && $0.background < 0 }, "no colour indices in monochrome")
        XCTAssertTrue(frame.cells.contains { $0.attributes.contains(.reverse) }, "selection shown in reverse video")
    }
}

/// The export keys: `e` writes the tambon brief, `x`'s menu a bundle of the
/// area (the rest of the menu: `ExportMenuTests`), under the rule of every
/// file tisep writes (``OutputFile``), by default in the export folder.
final class ExportKeyTests: XCTestCase {
    /// 29 Nov 2026 14:32 on this machine's clock.
    private static let moment: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar.date(from: DateComponents(year: 2026, month: 11, day: 29, hour: 14, minute: 32))!
    }()

    func testBriefAndBundleFromTheKeyboard() throws {
        let app = try DemoFixture.app(self)
        app.runner.now = { Self.moment }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        app.runner.environment = ["HOME": dir.path]
        app.type("/")
        app.type("560101")
        app.press(.enter, .char("e"))
        XCTAssertEqual(app.state.prompt?.text, "~/Documents/tisep/brief-560101-2026-11-29-1432.md", "the default carries the date and time")
        XCTAssertTrue(app.frame().lines()[23].contains("brief-560101-2026-11-29-1432.md"))
        app.press(.control("u"))
        let brief = dir.appendingPathComponent("เวียง.md").path
        app.type(brief)
        app.press(.enter)
        XCTAssertNil(app.state.prompt)
        let text = try String(contentsOfFile: brief, encoding: .utf8)
        XCTAssertTrue(text.contains("เวียง") && text.contains("560101"))
        XCTAssertTrue(app.state.status?.hasSuffix(" ~/เวียง.md") ?? false, "the home folder shown as ~")
        try "my notes".write(toFile: brief, atomically: false, encoding: .utf8)

        // A name that exists: a question first; n keeps the file, y replaces it.
        app.press(.char("e"), .control("u"))
        app.type(brief)
        app.press(.enter)
        XCTAssertEqual(app.state.confirmation?.question, "มีไฟล์ เวียง.md อยู่แล้ว แทนที่ไหม?")
        XCTAssertTrue(app.frame().lines()[23].contains("y ใช่"), "asked on the status line")
        app.press(.char("n"))
        XCTAssertEqual(try String(contentsOfFile: brief, encoding: .utf8), "my notes")
        app.press(.char("e"), .control("u"))
        app.type(brief)
        app.press(.enter, .char("y"))
        XCTAssertTrue(try String(contentsOfFile: brief, encoding: .utf8).contains("560101"), "replaced after yes")
        XCTAssertTrue(app.state.status?.hasSuffix(" ~/เวียง.md") ?? false, "the home folder shown as ~")

        app.press(.char("x"), .enter)
        XCTAssertEqual(app.state.prompt?.text, "~/Documents/tisep/tisep-560101-2026-11-29-1432.bundle")
        app.press(.control("u"))
        let bundle = dir.appendingPathComponent("wiang.bundle").path
        app.type(bundle)
        app.press(.enter)
        let head = try String(contentsOfFile: bundle, encoding: .utf8).prefix(40)
        XCTAssertTrue(head.contains("tisep-bundle"), String(head))
        app.press(.char("x"), .enter, .escape)
        XCTAssertNil(app.state.prompt)
        XCTAssertEqual(app.state.status, "ยกเลิก")

        // The database in use is never the target, even after a yes.
        let before = try FileManager.default.attributesOfItem(atPath: app.store.file.path)
        for keys in [[Key.char("x"), .enter], [.char("e")]] {
            for key in keys { app.press(key) }
            app.press(.control("u"))
            app.type(app.store.file.path)
            app.press(.enter)
            XCTAssertNil(app.state.confirmation)
            XCTAssertEqual(app.state.status, "tisep: error: \(app.store.file.path) is the database in use; write somewhere else")
        }
        let after = try FileManager.default.attributesOfItem(atPath: app.store.file.path)
        XCTAssertEqual(after[.systemFileNumber] as? Int, before[.systemFileNumber] as? Int, "the same file")
        XCTAssertEqual(after[.size] as? Int, before[.size] as? Int)
    }

    func testDefaultNamesNeverCollide() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        var seen = Set<String>()
        for _ in 0..<5 {
            let name = OutputFile.freshName("brief-560101", extension: "md", at: Self.moment, folder: dir)
            XCTAssertFalse(FileManager.default.fileExists(atPath: name))
            XCTAssertTrue(seen.insert(name).inserted)
            try OutputFile(name, database: nil).write(text: "x")
        }
        XCTAssertEqual(seen.sorted().first, dir + "/brief-560101-2026-11-29-1432-2.md")
        XCTAssertTrue(seen.contains(dir + "/brief-560101-2026-11-29-1432.md"))
    }
}

final class KeyDocumentationTests: XCTestCase {
    /// docs/keys.md is generated from the key table; regenerate it with
    /// `tisep keys --markdown > docs/keys.md` when a key changes.
    func testKeysDocumentMatchesTheKeyTable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), Keymap.markdown())
        for action in Action.allCases { XCTAssertFalse(Keymap.keys(for: action).isEmpty, "\(action.rawValue) has a key") }
    }
}

/// Searches typed in the terminal run on a worker thread with its own connection.
final class SearchWorkerTests: XCTestCase {
    func testBackgroundSearchKeepsOnlyTheNewestQuery() throws {
        var made: SearchWorker?
        let app = try DemoFixture.app(self, worker: { store in
            made = EffectRunner.searchWorker(for: store)
            return made!
        })
        defer { made?.stop() }
        app.press(.char("/"))
        for c in "สูงอายุ".unicodeScalars { app.step(.key(.char(Character(c)))) }
        app.step(.tick)
        XCTAssertTrue(app.state.search.pending, "the search runs elsewhere; the frame does not wait")
        let deadline = Date().addingTimeInterval(10)
        while !app.collect() && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertFalse(app.state.search.pending)
        XCTAssertTrue(app.state.search.results.contains { $0.nameTH.contains("ชมรมผู้สูงอายุ") })
        // A result that arrives for a query already changed is dropped.
        app.step(.key(.char("x")))
        app.step(.tick)
        app.step(.key(.char("y")))
        Thread.sleep(forTimeInterval: 1.5)
        XCTAssertFalse(app.collect(), "the result for สูงอายุx arrives after the query became สูงอายุxy")
        XCTAssertTrue(app.state.search.pending)
        app.step(.key(.backspace))
        // Enter while a search is pending goes to the results of what is typed now.
        app.step(.key(.backspace))
        app.step(.key(.enter))
        XCTAssertFalse(app.state.searchActive)
        XCTAssertNotNil(app.state.selectedElement)
    }
}

/// The map's arrow keys move over the layout the pane draws (each area's
/// cursor cell, `MapLayout.neighbour`), not over a drawing.
final class MapCursorTests: XCTestCase {
    private func cell(_ app: App) throws -> (column: Int, row: Int) {
        let view = try XCTUnwrap(app.state.map.view)
        let id = try XCTUnwrap(view.id(of: app.state.selectedArea), "the selection is on the map")
        return try XCTUnwrap(view.layout.cursorCell(for: id))
    }

    func testArrowsGoTheWayTheyPoint() throws {
        let app = try DemoFixture.app(self, width: 160, height: 50, colorMode: .palette256)
        app.type("/")
        app.type("560101")
        app.press(.enter, .tab)
        XCTAssertEqual(app.state.focus, .map)
        XCTAssertEqual(app.state.map.view?.shown, .all, "Phayao reads by tambon in a 160×50 terminal with 256 colours")
        let rules: [(Key, String, ((column: Int, row: Int), (column: Int, row: Int)) -> Bool)] = [
            (.right, "right", { $1.column > $0.column }), (.left, "left", { $1.column < $0.column }),
            (.up, "up", { $1.row < $0.row }), (.down, "down", { $1.row > $0.row }),
        ]
        for (key, way, rule) in rules {
            let before = try cell(app), area = app.state.selectedArea
            app.press(key)
            XCTAssertNotEqual(app.state.selectedArea, area, "\(key) moves")
            let after = try cell(app)
            XCTAssertTrue(rule(before, after), "\(key) moves \(way) on the screen: \(before) → \(after)")
        }
    }

    func testAtTheEdgeOfAnAmphoeShownAloneTheCursorCrossesIntoTheNext() throws {
        let app = try DemoFixture.app(self)
        app.type("/")
        app.type("560101")
        app.press(.enter, .tab)
        XCTAssertEqual(app.state.map.view?.shown, .amphoe("5601"), "at 80×24 Phayao is too small: Mueang Phayao is shown")
        let frame = app.state.map.fit?.frame
        var amphoes: Set<String> = []
        for _ in 0..<12 {
            app.press(.right)
            amphoes.insert(String(app.state.selectedArea.prefix(4)))
            XCTAssertEqual(app.state.map.view?.shown, .amphoe(String(app.state.selectedArea.prefix(4))), "the amphoe of the cursor is shown")
            XCTAssertEqual(app.state.map.fit?.frame, frame, "the map keeps its place and size")
        }
        XCTAssertGreaterThan(amphoes.count, 1, "going right leaves Mueang Phayao for the amphoe east of it")
    }

    func testAProvinceSelectedStartsAtTheFirstArea() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        XCTAssertEqual(app.state.selectedArea.count, 2, "the interface opens on a province")
        app.press(.tab, .right)
        XCTAssertEqual(app.state.selectedArea, app.state.map.view?.areas.first?.code, "the first arrow lands on the map's first area")
    }
}

/// A frame is drawn when something changed, and the map in it only when what the map shows changed.
final class FrameDrawingTests: XCTestCase {
    func testTheMapIsDrawnAgainOnlyWhenWhatItShowsChanges() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        let first = app.frame()
        let drawn = app.maps.drawings
        XCTAssertGreaterThan(drawn, 0)
        XCTAssertEqual(app.frame(), first, "nothing happened: the same frame")
        app.press(.tab, .tab, .down, .down)
        XCTAssertNotEqual(app.frame(), first, "the list moved")
        XCTAssertEqual(app.maps.drawings, drawn, "the map did not change: copied, not drawn")
        app.press(.char("c"))
        XCTAssertTrue(app.screenText.contains("ช่วงเท่ากัน"))
        XCTAssertEqual(app.maps.drawings, drawn + 1, "another method: drawn again")
        app.press(.char("c"))
        _ = app.frame()
        XCTAssertEqual(app.maps.drawings, drawn + 2, "natural breaks: drawn")
        app.press(.char("c"))
        XCTAssertTrue(app.screenText.contains("ควอนไทล์"), "back at quantile")
        let afterCycle = app.maps.drawings
        XCTAssertEqual(afterCycle, drawn + 2, "a map drawn before is found again")
        app.resize(width: 100, height: 30)
        _ = app.frame()
        XCTAssertEqual(app.maps.drawings, afterCycle + 1, "another size: drawn again")
    }
}
