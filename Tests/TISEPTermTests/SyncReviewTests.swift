import Foundation
import XCTest
import EcosystemStore
import AsciiMap
@testable import TISEPTerm

/// A conflict is shown, not only counted (issue 13, section 6), in the
/// interface: the status line names this laptop and counts the conflicts
/// to review; `V` lists them with both values, which won and why; `r`
/// restores the losing value (`u` undoes it), `Enter` marks it reviewed;
/// values held back from bundles are listed beside them; `n` renames the
/// laptop; a write that waits for another tisep says so.
final class SyncReviewTests: XCTestCase {
    private func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-sync-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// The interface on the demo after this laptop imported `ConflictFixture`'s bundles.
    private func appWithConflict(width: Int = 80, height: Int = 24, thai: Bool = true) throws -> App {
        let dir = try directory()
        return try DemoFixture.app(self, width: width, height: height, thai: thai, prepare: { try ConflictFixture.make(in: $0, dir: dir) })
    }

    private func statusLine(_ app: App) -> String { app.frame().lines().last ?? "" }

    // MARK: the status line

    func testTheStatusLineNamesThisLaptopAt80x24AndSaysHowToRenameItWhenThereIsRoom() throws {
        let app = try DemoFixture.app(self)
        let thai = statusLine(app)
        XCTAssertTrue(thai.contains("เครื่อง โน้ตบุ๊กเวียง"), thai)
        XCTAssertTrue(thai.contains("/ ค้นหา") && thai.contains("q ออก"), "the search and quit keys stay: \(thai)")
        XCTAssertFalse(thai.contains("…"), "keys give way whole, none is cut: \(thai)")
        XCTAssertFalse(thai.contains("ความขัดแย้ง"), "no conflicts, no notice: \(thai)")
        app.press(.char("L"))
        XCTAssertTrue(statusLine(app).contains("laptop โน้ตบุ๊กเวียง"), statusLine(app))

        let wide = try DemoFixture.app(self, width: 200, height: 60)
        let line = statusLine(wide)
        XCTAssertTrue(line.contains("เครื่อง โน้ตบุ๊กเวียง · V n เปลี่ยนชื่อ"), line)
        XCTAssertTrue(line.contains("↑↓←→ เลื่อน") && line.hasSuffix("eco.sqlite "), "every key and the file: \(line)")

        let tiny = try DemoFixture.app(self, width: 40, height: 12)
        let small = statusLine(tiny)
        XCTAssertTrue(small.hasPrefix(" / ค้นหา  Tab ช่อง"), small)
        XCTAssertFalse(small.contains("…"), small)
    }

    func testALongLaptopNameIsCutOnTheStatusLineAndNothingElseMoves() throws {
        let long = String(repeating: "โน้ตบุ๊กสำนักงานจังหวัด", count: 2)
        let app = try DemoFixture.app(self, prepare: { try $0.laptop.setName(long) })
        let line = statusLine(app)
        XCTAssertTrue(line.contains("เครื่อง โน้ตบุ๊กสำนักงานจังหวัดโน้ตบุ๊ก…"), line)
        XCTAssertEqual(TextWidth.width(of: line), 80)
        let plain = try DemoFixture.app(self)
        XCTAssertEqual(app.frame().lines().dropLast(), plain.frame().lines().dropLast(), "nothing above the status line moves")
    }

    func testTheStatusLineCountsTheConflictsToReviewAndTheValuesHeldBack() throws {
        let app = try appWithConflict()
        let line = statusLine(app)
        XCTAssertTrue(line.contains("1 ความขัดแย้ง · 1 ค่าที่ถูกกักไว้ · V"), line)
        XCTAssertTrue(line.contains("เครื่อง โน้ตบุ๊กเวียง"), "the laptop's name still fits at 80 columns: \(line)")
        XCTAssertTrue(line.hasPrefix(" / ค้นหา") && line.contains("q ออก"), line)
        app.press(.char("L"))
        XCTAssertTrue(statusLine(app).contains("1 conflict · 1 value held back · V"), statusLine(app))
        XCTAssertTrue(statusLine(app).contains("laptop โน้ตบุ๊กเวียง"), "in English too: \(statusLine(app))")
        let tiny = try appWithConflict(width: 40, height: 12)
        XCTAssertTrue(statusLine(tiny).contains("1 ความขัดแย้ง · 1 ค่าที่ถูกกักไว้ · V"), "the notice stays at 40 columns: \(statusLine(tiny))")
        // An overlay has the keys: V would not be heard, so the notice waits.
        app.press(.char("?"))
        XCTAssertFalse(statusLine(app).contains("held back"), statusLine(app))
    }

    func testConflictsAloneAndValuesHeldBackAloneAreEachCountedInFull() throws {
        let dir = try directory()
        let conflictOnly = try DemoFixture.app(self, prepare: { store in
            try ConflictFixture.make(in: store, dir: dir)
            // A phone set here since: had B's been taken, it would have lost.
            try store.records.update(ConflictFixture.element, ["phone": "054-123-456"])
        })
        XCTAssertTrue(statusLine(conflictOnly).contains("1 ความขัดแย้งรอตรวจ · V  เครื่อง โน้ตบุ๊กเวียง"), statusLine(conflictOnly))
        conflictOnly.press(.char("L"))
        XCTAssertTrue(statusLine(conflictOnly).contains("1 conflict to review · V"), statusLine(conflictOnly))

        let heldOnly = try DemoFixture.app(self, prepare: { store in
            try ConflictFixture.make(in: store, dir: try self.directory())
            for c in try store.sync.conflicts() { try store.sync.markReviewed(c) }
        })
        XCTAssertTrue(statusLine(heldOnly).contains("1 ค่าที่ถูกกักไว้ · V  เครื่อง โน้ตบุ๊กเวียง"), statusLine(heldOnly))
        XCTAssertFalse(statusLine(heldOnly).contains("ความขัดแย้ง"), statusLine(heldOnly))
        heldOnly.press(.char("L"))
        XCTAssertTrue(statusLine(heldOnly).contains("1 value held back · V"), statusLine(heldOnly))
    }

    func testConflictsAnImportBringsWhileTheInterfaceIsOpenShowWithinAFewSeconds() throws {
        let app = try DemoFixture.app(self)
        XCTAssertFalse(statusLine(app).contains("ความขัดแย้ง"))
        // `tisep import` in a terminal beside it: another connection to the file.
        let other = try Store(path: app.store.file.path)
        try ConflictFixture.make(in: other, dir: try directory())
        try other.laptop.setName("โน้ตบุ๊กเวียงใหม่")
        for _ in 1..<Update.syncCheckTicks { app.step(.tick) }
        XCTAssertFalse(statusLine(app).contains("ความขัดแย้ง"), "not asked for at every tick")
        app.step(.tick)
        XCTAssertTrue(statusLine(app).contains("1 ความขัดแย้ง · 1 ค่าที่ถูกกักไว้ · V"), statusLine(app))
        XCTAssertTrue(statusLine(app).contains("เครื่อง โน้ตบุ๊กเวียงใหม่"), "a rename with tisep laptop shows too: \(statusLine(app))")
    }

    // MARK: the review

    func testTheReviewListsAConflictMadeByTwoLaptopsExchangingBundlesAndRestoresTheLosingValue() throws {
        let dir = try directory()
        let id = ConflictFixture.element
        var otherName = ""
        let app = try DemoFixture.app(self, prepare: { a in
            // Laptop B starts from A's bundle of Wiang; both rename the same
            // group in English; A imports B's bundle: B's edit is later and wins.
            let b = try Store(path: dir.appendingPathComponent("b.sqlite").path, create: true)
            try b.laptop.setName("โน้ตบุ๊กอำเภอ")
            otherName = try b.laptop.name()
            let base = dir.appendingPathComponent("a.tisep").path
            try a.sync.exportBundle(to: base, options: BundleExportOptions(area: "560101"))
            try b.sync.importBundle(at: base)
            try a.records.update(id, ["name_en": "Wiang Women (A)"])
            Thread.sleep(forTimeInterval: 0.01)
            try b.records.update(id, ["name_en": "Wiang Women (B)"])
            let back = dir.appendingPathComponent("b.tisep").path
            try b.sync.exportBundle(to: back, options: BundleExportOptions(area: "560101"))
            XCTAssertEqual(try a.sync.importBundle(at: back).conflicts.count, 1)
        })
        let conflict = try XCTUnwrap(app.store.sync.conflicts().first)
        app.press(.char("V"))
        let screen = app.screenText
        XCTAssertTrue(screen.contains("ตรวจการซิงก์"), screen)
        XCTAssertTrue(screen.contains("▸ กลุ่มสตรีตำบลเวียง · ชื่อ (อังกฤษ)"), "the record's name and the field's label: \(screen)")
        XCTAssertTrue(screen.contains("ชนะ    \"Wiang Women (B)\" · เครื่อง \(otherName) · " + CalendarDate.displayMoment(conflict.winner.date, thai: true)), screen)
        XCTAssertTrue(screen.contains("แพ้     \"Wiang Women (A)\" · เครื่องนี้ · " + CalendarDate.displayMoment(conflict.loser.date, thai: true)), screen)
        XCTAssertTrue(screen.contains("เพราะ  การแก้ไขที่หลังกว่าชนะ"), screen)
        XCTAssertTrue(statusLine(app).contains("r ใช้ค่าที่แพ้"), "the overlay's keys: \(statusLine(app))")

        app.press(.char("r"))
        XCTAssertEqual(try app.store.records.record(id)?["name_en"], "Wiang Women (A)", "the losing value is back")
        XCTAssertTrue(app.screenText.contains("ไม่มีความขัดแย้งรอตรวจ"), "restored, it leaves the list: \(app.screenText)")
        XCTAssertTrue(statusLine(app).contains("ใช้ค่าที่แพ้แล้ว: กลุ่มสตรีตำบลเวียง · ชื่อ (อังกฤษ) = \"Wiang Women (A)\" · u ย้อน"), statusLine(app))
        XCTAssertEqual(try app.store.sync.conflicts().count, 0)
        XCTAssertEqual(app.state.sync.conflicts, 0)

        app.press(.char("u"))
        XCTAssertEqual(try app.store.records.record(id)?["name_en"], "Wiang Women (B)", "u undoes the restore like any edit")
        XCTAssertTrue(statusLine(app).contains("ย้อนแล้ว: ใช้ค่าที่แพ้ กลุ่มสตรีตำบลเวียง"), statusLine(app))
        let versions = try XCTUnwrap(app.store.records.history(of: id)).fields.first { $0.field == "name_en" }?.versions.map(\.value)
        XCTAssertEqual(versions, ["Wiang Women (B)", "Wiang Women (A)", "Wiang Women (B)", "Wiang Women (A)", ConflictFixture.original],
                       "every value stays in history, newest first")
        app.press(.escape)
        XCTAssertNil(app.state.overlay)
        XCTAssertFalse(statusLine(app).contains("ความขัดแย้ง"), statusLine(app))
    }

    func testRestoreShowsInTheDetailPaneOfTheElement() throws {
        let app = try appWithConflict()
        app.type("/กลุ่มสตรีตำบลเวียง")
        app.press(.enter)
        XCTAssertEqual(app.state.selectedElement, ConflictFixture.element)
        XCTAssertTrue(app.screenText.contains(ConflictFixture.laptopC.value), "C's name won: \(app.screenText)")
        app.press(.char("V"))
        app.press(.char("r"))
        app.press(.escape)
        XCTAssertTrue(app.screenText.contains(ConflictFixture.laptopB.value), "the detail pane shows B's name again: \(app.screenText)")
        XCTAssertFalse(app.screenText.contains(ConflictFixture.laptopC.value))
    }

    func testReviewedLeavesTheListAndTheWinnerStays() throws {
        let app = try appWithConflict()
        app.press(.char("V"))
        XCTAssertTrue(app.screenText.contains("ความขัดแย้งรอตรวจ 1"), app.screenText)
        app.press(.enter)
        XCTAssertTrue(app.screenText.contains("ไม่มีความขัดแย้งรอตรวจ"), app.screenText)
        XCTAssertTrue(app.screenText.contains("ความขัดแย้งรอตรวจ 0"), app.screenText)
        XCTAssertTrue(statusLine(app).hasPrefix(" คงค่าที่ชนะแล้ว: กลุ่มสตรีตำบลเวียง · ชื่อ (อังกฤษ)"), statusLine(app))
        XCTAssertEqual(try app.store.records.record(ConflictFixture.element)?["name_en"], ConflictFixture.laptopC.value)
        XCTAssertEqual(try app.store.sync.conflicts().count, 0)
        XCTAssertEqual(try app.store.sync.conflicts(includeReviewed: true).map(\.reviewed), [true], "kept, as reviewed")
        app.press(.char("u"))
        XCTAssertTrue(statusLine(app).contains("ไม่มีอะไรให้ย้อน"), "marking reviewed is not an edit: \(statusLine(app))")
        app.press(.escape)
        XCTAssertFalse(statusLine(app).contains("ความขัดแย้ง"), statusLine(app))
    }

    func testHeldBackValuesAreListedReadOnlyWithWhyAndHowToMendThem() throws {
        let app = try appWithConflict()
        app.press(.char("V"))
        XCTAssertTrue(app.screenText.contains("ค่าที่ถูกกักไว้ 1"), app.screenText)
        app.press(.tab)
        let screen = app.screenText
        XCTAssertTrue(screen.contains("▸ องค์ประกอบ (4P) กลุ่มสตรีตำบลเวียง (\(ConflictFixture.element))"), screen)
        XCTAssertTrue(screen.contains("· โทรศัพท์"), "the field's label: \(screen)")
        XCTAssertTrue(screen.contains("\"\(ConflictFixture.badPhone)\""), screen)
        XCTAssertTrue(screen.contains("จาก    เครื่อง โน้ตบุ๊กอำเภอเมือง · 3 พ.ย. 2568"), screen)
        XCTAssertTrue(screen.contains("tisep check"), "how to mend it: \(screen)")
        let reason = try XCTUnwrap(app.store.sync.heldBackValues().first).reason.thai
        XCTAssertTrue(screen.replacingOccurrences(of: "\n│", with: "").contains(String(reason.prefix(20))), "why, in Thai: \(reason)")
        app.press(.char("r"))
        app.press(.enter)
        XCTAssertEqual(try app.store.sync.conflicts().count, 1, "r and Enter do nothing among held-back values")
        XCTAssertEqual(try app.store.sync.heldBackValues().count, 1)
        app.press(.tab)
        XCTAssertTrue(app.screenText.contains("▸ กลุ่มสตรีตำบลเวียง · ชื่อ (อังกฤษ)"), app.screenText)
    }

    func testAHeldBackValueALaterEditMadeMootLeavesTheStatusLineAndSaysNothingIsToMend() throws {
        let app = try appWithConflict()
        XCTAssertTrue(statusLine(app).contains("1 ค่าที่ถูกกักไว้"), statusLine(app))
        // Laptop B mended its phone and sent it again, later than the bad one.
        let mended = try ConflictFixture.mendedPhoneBundle(from: app.store, dir: try directory())
        try Store(path: app.store.file.path).sync.importBundle(at: mended)
        for _ in 0..<Update.syncCheckTicks { app.step(.tick) }
        XCTAssertFalse(statusLine(app).contains("ค่าที่ถูกกักไว้"), "nothing left to mend: \(statusLine(app))")
        XCTAssertTrue(statusLine(app).contains("1 ความขัดแย้งรอตรวจ · V"), statusLine(app))
        app.press(.char("V"))
        XCTAssertTrue(app.screenText.contains("ค่าที่ถูกกักไว้ 1 (ต้องแก้ 0)"), "still listed: \(app.screenText)")
        app.press(.tab)
        XCTAssertTrue(app.screenText.contains("ไม่ต้องแก้: ค่าที่ใหม่กว่ามาถึงแล้ว"), app.screenText)
        XCTAssertFalse(app.screenText.contains("อัปเดต tisep"), app.screenText)
        XCTAssertEqual(try app.store.records.record(ConflictFixture.element)?["phone"], ConflictFixture.mendedPhone)
    }

    func testHeldBackValuesInEnglish() throws {
        let app = try appWithConflict(width: 120, height: 40, thai: false)
        app.press(.char("V"), .tab)
        let screen = app.screenText
        XCTAssertTrue(screen.contains("Values held back 1"), screen)
        XCTAssertTrue(screen.contains("▸ element (4P) กลุ่มสตรีตำบลเวียง (\(ConflictFixture.element)) · Phone"), screen)
        XCTAssertTrue(screen.contains("value  \"\(ConflictFixture.badPhone)\""), screen)
        XCTAssertTrue(screen.contains("from   laptop โน้ตบุ๊กอำเภอเมือง · 3 Nov 2025"), screen)
        XCTAssertTrue(screen.contains("mend   on laptop โน้ตบุ๊กอำเภอเมือง: update tisep, and tisep check there names the value to mend"), screen)
        XCTAssertTrue(statusLine(app).contains("Tab conflicts"), statusLine(app))
    }

    func testAHostileHeldBackValueIsShownWithItsControlsVisible() throws {
        let dir = try directory()
        let app = try DemoFixture.app(self, prepare: { store in
            let base = dir.appendingPathComponent("base.tisep").path
            try store.sync.exportBundle(to: base, options: BundleExportOptions(area: "560101"))
            let out = dir.appendingPathComponent("hostile.tisep").path
            try ConflictFixture.bundle(from: base, to: out, laptop: (ConflictFixture.laptopB.id, ConflictFixture.laptopB.name),
                                       wall: ConflictFixture.laptopB.wall, nameEN: "Wiang \\u001b]0;pwned\\u0007 Women", phone: nil)
            try store.sync.importBundle(at: out, options: BundleImportOptions(now: ConflictFixture.imported))
        })
        XCTAssertEqual(try app.store.sync.heldBackValues().count, 1)
        app.press(.char("V"))
        app.press(.tab)
        let screen = app.screenText
        XCTAssertFalse(screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "no control reaches the terminal")
        XCTAssertTrue(screen.contains("\\x1b]0;pwned\\x07"), screen)
    }

    func testGoldenReviewScreens() throws {
        let app = try appWithConflict()
        app.press(.char("V"))
        try assertGoldenScreen("sync-review-80x24", app.screenText)
        app.press(.tab)
        try assertGoldenScreen("sync-review-held-back-80x24", app.screenText)
        let english = try appWithConflict(width: 120, height: 40, thai: false)
        english.press(.char("V"))
        try assertGoldenScreen("sync-review-120x40-en", english.screenText)
        let tiny = try appWithConflict(width: 40, height: 12)
        tiny.press(.char("V"))
        try assertGoldenScreen("sync-review-40x12", tiny.screenText)
    }

    func testHelpListsTheKeyAndTheKeysOfTheReviewInThaiAndEnglish() throws {
        let thai = HelpOverlay.lines(Look(thai: true)).map(\.0)
        XCTAssertTrue(thai.contains { $0.hasPrefix("  V ") && $0.contains("ตรวจการซิงก์") }, thai.joined(separator: "\n"))
        let section = try XCTUnwrap(thai.firstIndex { $0.contains("ในหน้าตรวจการซิงก์ (V)") })
        let keys = thai[section...].prefix(14).joined(separator: "\n")
        XCTAssertTrue(keys.contains("Enter") && keys.contains("คงค่าที่ชนะ"), keys)
        XCTAssertTrue(keys.contains("r ") && keys.contains("ใช้ค่าที่แพ้"), keys)
        let english = HelpOverlay.lines(Look(thai: false)).map(\.0)
        XCTAssertTrue(english.contains { $0.hasPrefix("  V ") && $0.contains("sync-review") }, english.joined(separator: "\n"))
        XCTAssertTrue(english.contains { $0.contains("In the sync review (V)") })
        XCTAssertTrue(english.contains { $0.contains("keep the value that lost") })
    }

    // MARK: the laptop's name

    func testNRenamesThisLaptopAndARefusedNameSaysWhy() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("V"))
        XCTAssertTrue(app.screenText.contains("เครื่องนี้ชื่อ โน้ตบุ๊กเวียง · n เปลี่ยนชื่อ (หรือ tisep laptop ชื่อ)"), app.screenText)
        app.press(.char("n"))
        XCTAssertTrue(statusLine(app).hasPrefix(" ชื่อเครื่องนี้: โน้ตบุ๊กเวียง"), statusLine(app))
        app.press(.control("u"))
        app.press(.enter)
        XCTAssertTrue(app.screenText.contains("ตั้งชื่อไม่ได้: ใส่ 1 ถึง 60 ตัวอักษรในบรรทัดเดียว"), app.screenText)
        XCTAssertEqual(try app.store.laptop.name(), DemoFixture.laptopName, "nothing changed")
        app.type("อบต.เวียง – สมศรี")
        app.press(.enter)
        XCTAssertEqual(try app.store.laptop.name(), "อบต.เวียง – สมศรี")
        XCTAssertTrue(app.screenText.contains("เครื่องนี้ชื่อ อบต.เวียง – สมศรี"), app.screenText)
        app.press(.escape)
        XCTAssertTrue(statusLine(app).contains("เครื่อง อบต.เวียง – สมศรี"), statusLine(app))
        // Esc while typing leaves the name as it was.
        app.press(.char("V"), .char("n"))
        app.type("xyz")
        app.press(.escape)
        XCTAssertEqual(try app.store.laptop.name(), "อบต.เวียง – สมศรี")
        XCTAssertNotNil(app.state.syncReview, "Esc closes the question, not the review")
    }

    func testTheThaiKeyboardOpensTheReview() throws {
        let app = try appWithConflict()
        let thaiV = try XCTUnwrap(Key.kedmanee.first { $0.value == "V" }?.key)
        app.press(.char(thaiV))
        XCTAssertNotNil(app.state.syncReview)
        let thaiR = try XCTUnwrap(Key.kedmanee.first { $0.value == "r" }?.key)
        app.press(.char(thaiR))
        XCTAssertEqual(try app.store.records.record(ConflictFixture.element)?["name_en"], ConflictFixture.laptopB.value)
    }

    // MARK: waiting for another writer

    /// Another tisep (a thread with its own connection) holds the write
    /// lock; `L` makes the interface write the language. The loop is stuck
    /// in the write, so the frame saying why is drawn from inside SQLite's
    /// wait; once the other writer lets go, the write goes through and the
    /// next frame no longer says it waits.
    func testAWriteThatWaitsForAnotherTisepSaysSoOnTheStatusLine() throws {
        let app = try DemoFixture.app(self)
        let path = app.store.file.path
        let other = try AnotherWriter(path: path, holdingAtMost: 20) { store in
            _ = try store.records.create(.entity, ["name_th": "ผู้เขียนอีกคน", "p4": "asset", "area": "560101"])
        }
        var waitingLine: String?
        let terminal = TestTerminal(width: 80, height: 24, script: [.key(.char("L")), .idle(milliseconds: 300)])
        terminal.onDraw = { frame in
            guard waitingLine == nil, let line = frame.lines().last, line.contains("waiting") else { return }
            waitingLine = line
            other.letGo()
        }
        let started = Date()
        app.run(on: terminal)
        other.finish()
        XCTAssertEqual(other.errors.entries, [], "the interface never said it waits, or the other writer failed")
        XCTAssertEqual(waitingLine?.hasPrefix(" waiting for another tisep writing to eco.sqlite… (Ctrl-C quits unsaved)"), true,
                       waitingLine ?? "no frame said it waits")
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.9, "said after a second of waiting")
        XCTAssertFalse(app.state.writerWaiting)
        XCTAssertFalse(terminal.screen.lines().last?.contains("waiting") ?? true, "the frame after the write: \(terminal.screen.text)")
        XCTAssertEqual(try app.store.laptop.meta("ui_lang"), "en", "the write went through")
        XCTAssertEqual(try app.store.search("ผู้เขียนอีกคน").count, 1, "and the other writer's")
    }

    /// The same in Thai, from the review: the new name of the laptop waits
    /// to be saved, and the status line says so (not the question).
    func testARenameThatWaitsForAnotherTisepSaysSoInThai() throws {
        let app = try DemoFixture.app(self)
        app.press(.char("V"), .char("n"), .control("u"))
        app.type("อบต.เวียง")
        let other = try AnotherWriter(path: app.store.file.path, holdingAtMost: 20)
        var waitingLine: String?
        let terminal = TestTerminal(width: 80, height: 24, script: [.key(.enter), .idle(milliseconds: 300)])
        terminal.onDraw = { frame in
            guard waitingLine == nil, let line = frame.lines().last, line.contains("รอ tisep") else { return }
            waitingLine = line
            other.letGo()
        }
        app.run(on: terminal)
        other.finish()
        XCTAssertEqual(waitingLine?.hasPrefix(" รอ tisep อีกตัวที่กำลังเขียน eco.sqlite… (บันทึกต่อจากนั้น · Ctrl-C ออกโดยไม่บันทึก)"), true,
                       waitingLine ?? "no frame said it waits")
        XCTAssertEqual(try app.store.laptop.name(), "อบต.เวียง", "saved after the other writer")
        XCTAssertTrue(app.screenText.contains("เครื่องนี้ชื่อ อบต.เวียง"), app.screenText)
    }

    /// Ctrl-C while a write waits: the write is given up (nothing of it
    /// made), the loop ends as on any Ctrl-C, while the other writer still
    /// holds the database.
    func testCtrlCWhileAWriteWaitsGivesTheWriteUpAndQuits() throws {
        let app = try DemoFixture.app(self)
        let other = try AnotherWriter(path: app.store.file.path, holdingAtMost: 30)
        let terminal = TestTerminal(width: 80, height: 24, script: [.key(.char("L")), .idle(milliseconds: 300), .key(.char("L"))])
        var saidIt = false
        terminal.onDraw = { frame in
            guard let line = frame.lines().last, line.contains("Ctrl-C quits unsaved") else { return }
            saidIt = true
            terminal.signalled = true
        }
        app.run(on: terminal)
        let heldWhileQuitting = other.isHolding
        other.finish()
        XCTAssertTrue(saidIt, "the wait was said, with the way out")
        XCTAssertTrue(heldWhileQuitting, "the loop ended while the other writer still held the database")
        XCTAssertNil(try app.store.laptop.meta("ui_lang"), "the language was not written")
        XCTAssertTrue(app.state.status?.contains("locked") ?? false, app.state.status ?? "no status")
    }
}

/// Another tisep holding the write lock: a thread with its own connection
/// that runs `body` in a transaction and keeps it open until `letGo()` (or
/// `holdingAtMost` seconds, which counts as an error). Returns once the
/// lock is held.
final class AnotherWriter: @unchecked Sendable {
    private let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var holds = false
    let errors = ErrorLog()

    init(path: String, holdingAtMost seconds: Double, body: @escaping @Sendable (Store) throws -> Void = { _ in }) throws {
        Thread.detachNewThread { [self] in
            do {
                let other = try Store(path: path)
                try other.transaction {
                    try body(other)
                    lock.withLock { holds = true }
                    holding.signal()
                    if release.wait(timeout: .now() + seconds) == .timedOut { errors.add("held for \(seconds) s and never let go") }
                    lock.withLock { holds = false }
                }
            } catch {
                errors.add("\(error)")
                holding.signal()
            }
            done.signal()
        }
        holding.wait()
    }

    /// Whether the other writer holds the database at this moment.
    var isHolding: Bool { lock.withLock { holds } }
    func letGo() { release.signal() }
    /// Lets go (if not yet) and waits for the thread to end.
    func finish() {
        release.signal()
        done.wait()
    }
}

/// Messages from another thread.
final class ErrorLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    var entries: [String] { lock.withLock { list } }
    func add(_ s: String) { lock.withLock { list.append(s) } }
}
