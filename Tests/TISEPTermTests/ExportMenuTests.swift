import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// `x`: the export menu (bundle, brief, 3W, the list on screen as CSV, the
/// map on screen as GeoJSON), each written to the export folder with the
/// date and time in its name, the status line saying where.
final class ExportMenuTests: XCTestCase {
    /// 29 Nov 2026 14:32 on this machine's clock.
    private static let moment: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar.date(from: DateComponents(year: 2026, month: 11, day: 29, hour: 14, minute: 32))!
    }()

    /// The interface on Wiang (560101), with a home folder of the test's own.
    private func wiang(thai: Bool = true) throws -> (app: App, home: String) {
        let app = try DemoFixture.app(self, thai: thai)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: home) }
        app.runner.environment = ["HOME": home]
        app.runner.now = { Self.moment }
        app.type("/")
        app.type("560101")
        app.press(.enter)
        XCTAssertEqual(app.state.selectedArea, "560101")
        return (app, home)
    }

    func testTheMenuAt80x24() throws {
        let (app, _) = try wiang()
        app.press(.char("x"))
        let chooser = try XCTUnwrap(app.state.chooser)
        XCTAssertEqual(chooser.items.count, 5)
        try assertGoldenScreen("export-menu-th", app.screenText)
        XCTAssertTrue(app.frame().lines()[23].contains("Enter"), "the menu's keys on the status bar")
        app.press(.escape)
        XCTAssertNil(app.state.overlay)
        app.press(.char("L"), .char("x"))
        try assertGoldenScreen("export-menu-en", app.screenText)
        for line in app.frame().lines() { XCTAssertLessThanOrEqual(TextWidth.width(of: line), 80) }
    }

    /// The brief's item names the brief the selected area gets: an amphoe
    /// brief on an amphoe, a province brief (its amphoes) on a province —
    /// never "tambon brief" there — and Enter writes that brief.
    func testTheBriefItemNamesTheLevelOfTheArea() throws {
        let (app, home) = try wiang()
        func briefItem() throws -> String {
            app.press(.char("x"))
            defer { app.press(.escape) }
            return try XCTUnwrap(app.state.chooser?.items.first { if case .export(.brief) = $0.choice { true } else { false } }?.label)
        }
        XCTAssertEqual(try briefItem(), "สรุปตำบล สำหรับการประชุม (ปุ่ม e)")
        for (code, thai, english) in [("5603", "สรุปอำเภอ สำหรับการประชุม (ปุ่ม e)", "amphoe brief, for a meeting (key e)"),
                                      ("56", "สรุปจังหวัด สำหรับการประชุม (ปุ่ม e)", "province brief, for a meeting (key e)")] {
            app.type("/")
            app.type(code)
            app.press(.enter)
            XCTAssertEqual(app.state.selectedArea, code)
            XCTAssertEqual(try briefItem(), thai)
            app.press(.char("x"))
            XCTAssertTrue(app.screenText.contains(thai), app.screenText)
            XCTAssertFalse(app.screenText.contains("สรุปตำบล"), app.screenText)
            app.press(.escape, .char("L"))
            XCTAssertEqual(try briefItem(), english)
            app.press(.char("L"))
        }
        // On Phayao the item writes Phayao's province brief.
        XCTAssertEqual(export(app, item: 1, expecting: "brief-56-2026-11-29-1432.md"), "เขียนสรุปแล้ว: ~/Documents/tisep/brief-56-2026-11-29-1432.md")
        let brief = try String(contentsOfFile: home + "/Documents/tisep/brief-56-2026-11-29-1432.md", encoding: .utf8)
        XCTAssertTrue(brief.contains("สรุปข้อมูลจังหวัดพะเยา / Province brief: Phayao"), String(brief.prefix(300)))
    }

    /// Chooses item `index` of the menu and takes the proposed name.
    private func export(_ app: App, item index: Int, expecting name: String) -> String? {
        app.press(.char("x"))
        for _ in 0..<index { app.press(.down) }
        app.press(.enter)
        XCTAssertEqual(app.state.prompt?.text, "~/Documents/tisep/" + name, "the default: the export folder, date and time")
        app.press(.enter)
        XCTAssertNil(app.state.overlay)
        return app.state.status
    }

    func testEveryChoiceWritesToTheExportFolder() throws {
        let (app, home) = try wiang()
        let folder = home + "/Documents/tisep"
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "made only when a file goes there")

        var status = export(app, item: 0, expecting: "tisep-560101-2026-11-29-1432.bundle")
        XCTAssertTrue(status?.contains("~/Documents/tisep/tisep-560101-2026-11-29-1432.bundle") ?? false, status ?? "")
        XCTAssertEqual(try fileMode(folder), 0o700, "the folder holds contacts: owner-only")
        XCTAssertEqual(try fileMode(home + "/Documents"), 0o700)
        XCTAssertTrue(try String(contentsOfFile: folder + "/tisep-560101-2026-11-29-1432.bundle", encoding: .utf8).hasPrefix("{\"format\":\"tisep-bundle\""))

        status = export(app, item: 1, expecting: "brief-560101-2026-11-29-1432.md")
        XCTAssertEqual(status, "เขียนสรุปแล้ว: ~/Documents/tisep/brief-560101-2026-11-29-1432.md")
        XCTAssertTrue(try String(contentsOfFile: folder + "/brief-560101-2026-11-29-1432.md", encoding: .utf8).contains("560101"))

        status = export(app, item: 2, expecting: "3w-560101-2026-11-29-1432.csv")
        let threeW = RawCSV.rows(try String(contentsOfFile: folder + "/3w-560101-2026-11-29-1432.csv", encoding: .utf8))
        XCTAssertEqual(threeW[1], ThreeWTests.tags)
        let expected = try ThreeW.make(store: app.store, options: .init(area: AreaChoice("560101"))).sheet.rows.count
        XCTAssertEqual(threeW.count - 2, expected)
        XCTAssertEqual(status, "เขียน 3W แล้ว \(expected) แถว: ~/Documents/tisep/3w-560101-2026-11-29-1432.csv")

        // The list as shown: players only (4), sorted by role (s).
        app.press(.char("4"), .char("s"))
        let shown = app.state.elements.map(\.id)
        XCTAssertGreaterThan(shown.count, 3)
        XCTAssertLessThan(shown.count, try app.store.elements.list(servingAreaOrBelow: "560101").count)
        status = export(app, item: 3, expecting: "elements-560101-2026-11-29-1432.csv")
        let list = RawCSV.records(try String(contentsOfFile: folder + "/elements-560101-2026-11-29-1432.csv", encoding: .utf8))
        XCTAssertEqual(list.rows.map { $0["id"]! }, shown, "the rows on screen, in their order")
        // Too long for 80 columns: the first folders give way, the name stays.
        XCTAssertEqual(status, "เขียนรายการแล้ว \(shown.count) องค์ประกอบ: …/tisep/elements-560101-2026-11-29-1432.csv")
        XCTAssertEqual(app.frame().lines()[23].trimmingCharacters(in: .whitespaces), status, "the whole message on the status line")
        XCTAssertEqual(try fileHead(folder + "/elements-560101-2026-11-29-1432.csv", 3), [0xEF, 0xBB, 0xBF])

        // The map as drawn: at 80x24 Phayao is too small, so Mueang Phayao's tambons.
        let drawn = try XCTUnwrap(app.state.map.view).areas.map(\.code)
        status = export(app, item: 4, expecting: "map-5601-s90s10-2026-11-29-1432.geojson")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/map-5601-s90s10-2026-11-29-1432.geojson")))
        let features = try XCTUnwrap((object as? [String: Any])?["features"] as? [[String: Any]])
        XCTAssertEqual(features.compactMap { ($0["properties"] as? [String: Any])?["code"] as? String }, drawn)
        XCTAssertEqual(status, "เขียนแผนที่แล้ว \(drawn.count) พื้นที่: ~/Documents/tisep/map-5601-s90s10-2026-11-29-1432.geojson")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            XCTAssertEqual(try fileMode(folder + "/" + file), 0o600, file)
        }

        // The same minute again: a new name, never the old file.
        app.press(.char("x"), .down, .down, .enter)
        XCTAssertEqual(app.state.prompt?.text, "~/Documents/tisep/3w-560101-2026-11-29-1432-2.csv")
        app.press(.escape)
    }

    /// The 3W, the list and the map under the rule of every file tisep
    /// writes: an existing file only after a yes (then 0600), the database
    /// in use never, even typed with `~`.
    func testExistingFilesAndTheDatabaseFromTheMenu() throws {
        let (app, home) = try wiang()
        let before = try FileManager.default.attributesOfItem(atPath: app.store.file.path)
        for (item, kind) in [(2, "3W"), (3, "list"), (4, "map")] {
            let target = home + "/\(kind)-ของเดิม.csv"
            try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
            chmod(target, 0o644)
            app.press(.char("x"))
            for _ in 0..<item { app.press(.down) }
            app.press(.enter, .control("u"))
            app.type("~/\(kind)-ของเดิม.csv")
            app.press(.enter)
            let question = try XCTUnwrap(app.state.confirmation, kind).question
            XCTAssertEqual(question, "มีไฟล์ \(kind)-ของเดิม.csv อยู่แล้ว แทนที่ไหม?")
            app.press(.char("n"))
            XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "precious\n", "\(kind): kept after no")

            app.press(.char("x"))
            for _ in 0..<item { app.press(.down) }
            app.press(.enter, .control("u"))
            app.type(target)
            app.press(.enter, .char("y"))
            XCTAssertNil(app.state.overlay)
            XCTAssertTrue(app.state.status?.hasSuffix(": ~/\(kind)-ของเดิม.csv") ?? false, app.state.status ?? "")
            XCTAssertNotEqual(try String(contentsOfFile: target, encoding: .utf8), "precious\n", "\(kind): replaced after yes")
            XCTAssertEqual(try fileMode(target), 0o600, "\(kind): owner-only once replaced")

            // The database in use, by its path, is refused before any question.
            app.press(.char("x"))
            for _ in 0..<item { app.press(.down) }
            app.press(.enter, .control("u"))
            app.type(app.store.file.path)
            app.press(.enter)
            XCTAssertNil(app.state.confirmation, kind)
            XCTAssertEqual(app.state.status, "tisep: error: \(app.store.file.path) is the database in use; write somewhere else")
        }
        let after = try FileManager.default.attributesOfItem(atPath: app.store.file.path)
        XCTAssertEqual(after[.systemFileNumber] as? Int, before[.systemFileNumber] as? Int, "the same file")
        XCTAssertEqual(after[.size] as? Int, before[.size] as? Int)
    }

    func testTheResourcesTabExportsItsRows() throws {
        let (app, home) = try wiang(thai: false)
        app.press(.char("t"))
        let shown = app.state.resources.map(\.id)
        XCTAssertFalse(shown.isEmpty)
        let status = export(app, item: 3, expecting: "resources-560101-2026-11-29-1432.csv")
        let rows = RawCSV.records(try String(contentsOfFile: home + "/Documents/tisep/resources-560101-2026-11-29-1432.csv", encoding: .utf8)).rows
        XCTAssertEqual(rows.map { $0["id"]! }, shown)
        XCTAssertEqual(status, "wrote the list, \(shown.count) resources: …/tisep/resources-560101-2026-11-29-1432.csv")
    }

    func testTheDocumentsFolderOfTheDesktop() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-xdg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/.config", withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: home) }
        XCTAssertEqual(ExportFolder.path(environment: ["HOME": home]), home + "/Documents/tisep", "no settings")
        try """
        # This file is written by xdg-user-dirs-update
        XDG_DESKTOP_DIR="$HOME/เดสก์ท็อป"
        XDG_DOCUMENTS_DIR="$HOME/เอกสาร"
        """.write(toFile: home + "/.config/user-dirs.dirs", atomically: true, encoding: .utf8)
        XCTAssertEqual(ExportFolder.path(environment: ["HOME": home]), home + "/เอกสาร/tisep", "a Thai desktop's folder")
        XCTAssertEqual(ExportFolder.path(environment: ["HOME": home, "XDG_DOCUMENTS_DIR": "/srv/docs/"]), "/srv/docs/tisep", "the variable first")
        XCTAssertEqual(ExportFolder.path(environment: ["HOME": home, "XDG_CONFIG_HOME": home + "/elsewhere"]), home + "/Documents/tisep")
        try "XDG_DOCUMENTS_DIR=\"$HOME/\"\n".write(toFile: home + "/.config/user-dirs.dirs", atomically: true, encoding: .utf8)
        XCTAssertEqual(ExportFolder.path(environment: ["HOME": home]), home + "/Documents/tisep", "the home folder itself means none")
        XCTAssertEqual(ExportFolder.path(environment: [:]), ".", "no home: the current directory")
        XCTAssertEqual(ExportFolder.expand("~/x.csv", environment: ["HOME": "/h"]), "/h/x.csv")
        XCTAssertEqual(ExportFolder.shown("/h/a/x.csv", environment: ["HOME": "/h"]), "~/a/x.csv")
        XCTAssertEqual(ExportFolder.shown("/hx/x.csv", environment: ["HOME": "/h"]), "/hx/x.csv")
    }

    /// What was written and where, on one status line: the whole path
    /// where it fits; else the note after it goes, then the first folders.
    func testTheStatusLineKeepsTheFileName() {
        var state = AppState()
        state.dataset = DataSetInfo(path: "/home/somchai/.local/share/tisep/ecosystem.sqlite", isDemo: false)
        let path = "~/Documents/tisep/elements-560101-2026-11-29-1432.csv"
        state.width = 200
        XCTAssertEqual(StatusBar.written("wrote the list, 22 elements: ", path: path, tail: " (note)", state: state),
                       "wrote the list, 22 elements: " + path + " (note)")
        state.width = 85
        XCTAssertEqual(StatusBar.written("wrote the list, 22 elements: ", path: path, tail: " (a note that does not fit)", state: state),
                       "wrote the list, 22 elements: " + path)
        state.width = 80
        XCTAssertEqual(StatusBar.written("wrote the list, 22 elements: ", path: path, state: state),
                       "wrote the list, 22 elements: …/tisep/elements-560101-2026-11-29-1432.csv")
        state.width = 50
        XCTAssertEqual(StatusBar.written("wrote the list, 22 elements: ", path: path, state: state),
                       "wrote the list, 22 elements: …/elements-560101-2026-11-29-1432.csv", "at least the name")
        state.charset = .ascii
        state.width = 30
        XCTAssertEqual(StatusBar.written("wrote: ", path: "/a/very/long/folder/name/and/more/x.csv", state: state), "wrote: .../and/more/x.csv",
                       "ASCII: not '~', which would read as the home folder")
        state.charset = .unicode
        for width in [40, 80, 120, 200] {
            state.width = width
            let line = StatusBar.written("wrote: ", path: "/srv/data/exports/tisep/3w-560101-2026-11-29-1432.csv", state: state)
            XCTAssertTrue(line.hasSuffix("/3w-560101-2026-11-29-1432.csv"), line)
            XCTAssertLessThanOrEqual(TextWidth.width(of: line), max(StatusBar.textRoom(width: width, file: state.dataset.path) - 1,
                                                                     TextWidth.width(of: "wrote: …/3w-560101-2026-11-29-1432.csv")))
        }
    }

    func testALongNameKeepsTheCaretInView() {
        let look = Look(thai: true, colorMode: .none, charset: .unicode)
        let prompt = Prompt(purpose: .threeW("560101"), text: "~/Documents/tisep/a-very-long-folder-name/and-another-one/3w-560101-2026-11-29-1432.csv")
        let line = PromptOverlay.line(prompt, look, width: 80)
        XCTAssertLessThanOrEqual(TextWidth.width(of: line), 80)
        XCTAssertTrue(line.hasSuffix("1432.csv" + look.caret), line)
        XCTAssertTrue(line.hasPrefix(" เขียน 3W ของ 560101 ไปที่: …"), line)
        let short = PromptOverlay.line(Prompt(purpose: .threeW("560101"), text: "~/x.csv"), look, width: 80)
        XCTAssertTrue(short.hasSuffix("Enter · Esc"), short)
    }
}

/// The export menu in the real binary, in a real terminal at 80×24.
final class ExportMenuEndToEndTests: XCTestCase {
    func testThe3WFromTheMenu() throws {
        let tmux = try TmuxSession(name: "tisep-export")
        defer { tmux.kill() }
        let db = try DemoFixture.copy(self)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-e2e-home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: home) }
        tmux.start("HOME=\(home) LANG=C.UTF-8 TERM=xterm-256color \(Tmux.binary) --db \(db); echo EXIT=$?; sleep 120", width: 80, height: 24)
        try tmux.waitFor("the first frame") { $0.contains("รายละเอียด") }
        tmux.send("/")
        tmux.type("560101")
        try tmux.waitFor("the search result") { $0.contains("เวียง") && $0.contains("560101") }
        tmux.send("Enter")
        try tmux.waitFor("Wiang selected") { $0.split(separator: "\n").first?.contains("560101") ?? false }
        tmux.send("x")
        var screen = try tmux.waitFor("the export menu") { $0.contains("ส่งออก เวียง") && $0.contains("GeoJSON") }
        for item in ["ไฟล์ซิงก์", "สรุปตำบล", "3W", "CSV ของรายการบนจอ", "GeoJSON ของแผนที่บนจอ"] { XCTAssertTrue(screen.contains(item), item) }
        tmux.send("Down", "Down", "Enter")
        screen = try tmux.waitFor("the prompt") { $0.contains("เขียน 3W ของ 560101 ไปที่") }
        XCTAssertTrue(screen.contains("~/Documents/tisep/3w-560101-"), screen)
        tmux.send("Enter")
        screen = try tmux.waitFor("the status line") { $0.contains("เขียน 3W แล้ว") }
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/Documents/tisep")
        XCTAssertEqual(files.count, 1)
        let file = try XCTUnwrap(files.first)
        XCTAssertTrue(file.hasPrefix("3w-560101-") && file.hasSuffix(".csv"), file)
        XCTAssertTrue(screen.contains(file) || screen.contains("~/Documents/tisep/3w-560101-"), "the status line says where: \(screen)")
        XCTAssertEqual(RawCSV.rows(try String(contentsOfFile: home + "/Documents/tisep/" + file, encoding: .utf8))[1], ThreeWTests.tags)
        tmux.send("q")
        try tmux.waitFor("exit") { $0.contains("EXIT=0") }
    }
}
