import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// Scripted sessions of field work: keys in, frames and the store out.
final class EditingSessionTests: XCTestCase {
    /// The demo at Wiang (560101), focus on the list.
    private func atWiang(width: Int = 80, height: Int = 24) throws -> App {
        let app = try DemoFixture.app(self, width: width, height: height)
        app.press(.char("/"))
        app.type("560101")
        app.press(.enter)
        XCTAssertEqual(app.state.selectedArea, "560101")
        app.press(.tab, .tab)
        XCTAssertEqual(app.state.focus, .list)
        return app
    }

    private func field(_ app: App, _ name: String) -> FormField? {
        app.state.form?.fields.first { $0.name == name }
    }

    /// Moves the form cursor to a field.
    private func go(_ app: App, to name: String) throws {
        let form = try XCTUnwrap(app.state.form)
        let target = try XCTUnwrap(form.fields.firstIndex { $0.name == name })
        while app.state.form!.cursor < target { app.press(.tab) }
        while app.state.form!.cursor > target { app.press(.backTab) }
    }

    func testAddEditUndoDeleteAnElementThroughTheForm() throws {
        let app = try atWiang()
        app.press(.char("a"))
        let form = try XCTUnwrap(app.state.form)
        XCTAssertEqual(form.target, .create(.entity))
        XCTAssertEqual(field(app, "area")?.value, "560101", "the selected tambon is the default area")
        XCTAssertEqual(field(app, "p4")?.value, "player")
        let name = "ศูนย์ฮักน้ำใจบ้านสันป่าม่วง"
        app.type(name)
        app.type("x")
        app.press(.backspace)
        app.type("ซ")
        app.press(.backspace)
        XCTAssertEqual(field(app, "name_th")?.value, name, "Thai typed as text; Backspace removes a whole cluster")
        // The role from its pick list: Enter opens it, ↓ ↓ Enter picks "implementer".
        try go(app, to: "role")
        app.press(.enter)
        XCTAssertNotNil(app.state.form?.picker)
        try assertGoldenScreen("form-pick-role-80x24", app.screenText)
        app.press(.down, .down, .enter)
        XCTAssertEqual(field(app, "role")?.value, "supporter")
        app.press(.right)
        XCTAssertEqual(field(app, "role")?.value, "implementer", "→ takes the next choice")
        try go(app, to: "target_groups")
        app.press(.enter, .char(" "), .down, .char(" "), .enter)
        XCTAssertEqual(field(app, "target_groups")?.value, "poor-elderly,stateless")
        XCTAssertNil(app.state.form?.picker)
        app.press(.escape)
        XCTAssertNil(app.state.form, "Esc leaves without saving")
        XCTAssertTrue(try app.store.search(name).isEmpty)

        // Again, saved this time.
        app.press(.char("a"))
        app.type(name)
        try go(app, to: "role")
        app.press(.right, .right, .right)
        try assertGoldenScreen("form-add-element-80x24", app.screenText)
        app.press(.function(2))
        XCTAssertNil(app.state.form, app.state.status ?? "")
        let id = try XCTUnwrap(app.state.selectedElement)
        XCTAssertEqual(try app.store.search(name).first?.id, id, "the new element is found at once")
        XCTAssertEqual(try app.store.records.record(id)?["role"], "implementer")
        XCTAssertTrue(app.screenText.contains("ศูนย์ฮักน้ำใจ"), app.screenText)
        XCTAssertEqual(app.state.focus, .detail)

        // Edit its phone: an invalid number is refused with the reason next to it.
        app.press(.char("E"))
        XCTAssertEqual(app.state.form?.target, .edit(id, .entity))
        try go(app, to: "phone")
        app.type("12345")
        app.press(.function(2))
        XCTAssertNotNil(app.state.form, "not saved")
        XCTAssertEqual(field(app, "phone")?.error, "เบอร์ไทยขึ้นต้นด้วย 0",
                       "the reason in the interface's language")
        XCTAssertTrue(app.state.status?.contains("ยังบันทึกไม่ได้") ?? false)
        try assertGoldenScreen("form-invalid-phone-80x24", app.screenText)
        XCTAssertNil(try app.store.records.record(id)?["phone"])
        app.press(.control("u"))
        app.type("081-234-5678")
        app.press(.tab)
        XCTAssertNil(field(app, "phone")?.error, "a valid number clears the reason")
        app.press(.function(2))
        XCTAssertNil(app.state.form)
        XCTAssertEqual(try app.store.records.record(id)?["phone"], "0812345678", "stored as digits")
        XCTAssertTrue(app.screenText.contains("081-234-5678"), "shown in the Thai format")
        XCTAssertEqual(try app.store.search("0812345678").first?.id, id)

        // Undo the phone edit: a new stamped edit restoring the old value.
        app.press(.char("u"))
        XCTAssertNil(try app.store.records.record(id)?["phone"])
        let history = try XCTUnwrap(app.store.records.history(of: id)?.fields.first { $0.field == "phone" }).versions.map(\.value)
        XCTAssertTrue(history.contains("0812345678"), "the undone value stays in history")

        // Delete with a confirmation: a tombstone.
        app.press(.char("D"))
        XCTAssertNotNil(app.state.chooser)
        app.press(.enter)
        XCTAssertNotNil(app.state.confirmation)
        XCTAssertTrue(app.frame().lines()[23].contains("y ใช่"), app.frame().lines()[23])
        app.press(.char("n"))
        XCTAssertFalse(try XCTUnwrap(app.store.records.record(id)).deleted)
        app.press(.char("D"), .enter, .char("y"))
        XCTAssertTrue(try XCTUnwrap(app.store.records.record(id)).deleted)
        XCTAssertNil(app.state.selectedElement)
        XCTAssertFalse(app.state.elements.contains { $0.id == id })
        app.press(.char("u"))
        XCTAssertFalse(try XCTUnwrap(app.store.records.record(id)).deleted, "undo of a delete restores")
        app.press(.char("u"))
        XCTAssertTrue(try XCTUnwrap(app.store.records.record(id)).deleted, "undo of the create deletes")
        app.press(.char("u"))
        XCTAssertEqual(app.state.status, "ไม่มีอะไรให้ย้อน")
    }

    func testACloseNameInTheSameTambonOffersTheExistingElement() throws {
        let app = try atWiang()
        let existing = try XCTUnwrap(app.state.elements.first { !$0.fromAbove && $0.servedArea == "560101" })
        app.press(.char("a"))
        app.type(existing.nameTH + " ")
        app.press(.function(2))
        XCTAssertEqual(app.state.form?.duplicates.map(\.id), [existing.id])
        XCTAssertTrue(app.screenText.contains("มีอยู่แล้วในพื้นที่นี้"), app.screenText)
        app.press(.enter)
        XCTAssertNil(app.state.form)
        XCTAssertEqual(app.state.selectedElement, existing.id, "Enter opens the existing element")

        // F2 a second time saves anyway; M then merges the copy into the original.
        app.press(.tab, .tab, .tab, .char("a"))
        app.type(existing.nameTH + " ")
        app.press(.function(2), .function(2))
        let copy = try XCTUnwrap(app.state.selectedElement)
        XCTAssertNotEqual(copy, existing.id)
        app.press(.char("C"))
        XCTAssertEqual(app.state.form?.fields[app.state.form!.cursor].name, "who", "the cursor starts on the first empty field")
        app.type("คุณแดง")
        app.press(.function(2))
        XCTAssertNil(app.state.form, app.state.status ?? "")
        app.run([.openElement(existing.id)])
        XCTAssertEqual(app.state.selectedElement, existing.id)
        app.press(.char("M"))
        guard case let .merge(keep, drop, _)? = app.state.chooser?.items.first?.choice else { return XCTFail("M offers the copy") }
        XCTAssertEqual([keep, drop], [existing.id, copy])
        app.press(.enter, .char("y"))
        XCTAssertTrue(try XCTUnwrap(app.store.records.record(copy)).deleted)
        XCTAssertEqual(app.state.elementLogs.map(\.who), ["คุณแดง"], "the copy's contact log moved to the element kept")
        app.press(.char("u"))
        XCTAssertFalse(try XCTUnwrap(app.store.records.record(copy)).deleted, "a merge is undone too")
    }

    func testLogAContactAndAReferral() throws {
        let app = try atWiang()
        app.press(.down)
        let id = try XCTUnwrap(app.state.selectedElement)
        app.press(.enter)
        XCTAssertEqual(app.state.focus, .detail)
        app.press(.char("C"))
        XCTAssertEqual(app.state.form?.target, .create(.contactLog))
        XCTAssertEqual(field(app, "date")?.value, "2 พ.ย. 2568", "today by default, written as everywhere else (Buddhist era in Thai)")
        try go(app, to: "who")
        app.type("คุณสมศรี ผอ.รพ.สต.")
        try go(app, to: "channel")
        app.type("โทรศัพท์")
        try go(app, to: "outcome")
        app.type("รับเรื่อง นัดเยี่ยมบ้าน")
        app.press(.function(2))
        XCTAssertNil(app.state.form, app.state.status ?? "")
        XCTAssertEqual(try app.store.logs.contactLogs(ofElement: id).map(\.who), ["คุณสมศรี ผอ.รพ.สต."])
        let detail = DetailPane.lines(DetailPane.Model(app.state), app.state.look, width: 60).map(\.text).joined(separator: "\n")
        XCTAssertTrue(detail.contains("บันทึกการติดต่อ (1)") && detail.contains("2 พ.ย. 2568 · คุณสมศรี"), detail)
        XCTAssertEqual(try app.store.logs.contactLogs(ofElement: id).first?.date, "2025-11-02", "stored as ISO")

        app.press(.char("R"))
        XCTAssertEqual(app.state.form?.fixed["to_entity"], id)
        XCTAssertEqual(field(app, "area")?.value, "560101")
        XCTAssertEqual(field(app, "status")?.value, "referred")
        try go(app, to: "case_code")
        app.type("3-5601-00123-45-6")
        app.press(.function(2))
        XCTAssertTrue(field(app, "case_code")?.error?.contains("เลขประจำตัวประชาชน") ?? false, "\(String(describing: field(app, "case_code")))")
        try assertGoldenScreen("form-referral-id-refused-80x24", app.screenText)
        app.press(.control("u"))
        app.type("py-68-001")
        try go(app, to: "target_group")
        app.press(.right)
        app.press(.function(2))
        XCTAssertNil(app.state.form, app.state.status ?? "")
        let referral = try XCTUnwrap(app.store.logs.referrals(toElement: id).first)
        XCTAssertEqual(referral.caseCode, "PY-68-001")
        XCTAssertEqual(referral.targetGroup, .poorElderly)
        XCTAssertTrue(app.screenText.contains("PY-68-001"), app.screenText)
        // Its status changes through the edit menu.
        app.press(.char("E"))
        let items = try XCTUnwrap(app.state.chooser?.items)
        let index = try XCTUnwrap(items.firstIndex { $0.choice == .edit(referral.id) })
        for _ in 0..<index { app.press(.down) }
        app.press(.enter)
        try go(app, to: "status")
        app.press(.right, .right)
        app.press(.function(2))
        XCTAssertEqual(try app.store.records.record(referral.id)?["status"], "done")
        // The area's situation counts the referral.
        app.press(.escape)
        XCTAssertTrue(DetailPane.lines(DetailPane.Model(app.state), app.state.look, width: 60).map(\.text).joined().contains("การส่งต่อ (1, ค้าง 0)"))
    }

    func testVulnerableGroupCountOfATambon() throws {
        let app = try atWiang()
        app.press(.backTab, .backTab, .char("a"))
        let chooser = try XCTUnwrap(app.state.chooser)
        XCTAssertEqual(chooser.items.count, 4)
        app.press(.down, .enter)
        XCTAssertEqual(app.state.form?.target, .create(.vulnerable))
        try go(app, to: "target_group")
        app.press(.enter, .down, .down, .enter)
        try go(app, to: "registered")
        app.type("สิบ")
        app.press(.tab)
        XCTAssertNotNil(field(app, "registered")?.error, "a number is required")
        app.press(.backTab, .control("u"))
        app.type("12")
        try go(app, to: "reached")
        app.type("5")
        app.press(.function(2))
        XCTAssertNil(app.state.form, app.state.status ?? "")
        let record = try XCTUnwrap(app.store.records.record("vg-560101-women-violence"))
        XCTAssertEqual(record["registered"], "12")
        XCTAssertEqual(record["reached"], "5")
    }

    func testNeedsMatchedWithOffersAndAReferralInOneKey() throws {
        let app = try DemoFixture.app(self)
        // A tambon of the demo with a need that someone nearby offers.
        var code: String?
        for tambon in try app.store.areas.list(level: .tambon, inside: "5601") {
            if try app.store.elements.matches(inAreaOrBelow: tambon.code).contains(where: { !$0.offers.isEmpty }) { code = tambon.code; break }
        }
        let tambon = try XCTUnwrap(code, "the demo has a need with an offer nearby in Mueang Phayao")
        app.press(.char("/"))
        app.type(tambon)
        app.press(.enter, .char("m"))
        let view = try XCTUnwrap(app.state.needsView)
        XCTAssertTrue(view.loaded)
        let items = view.items
        XCTAssertFalse(items.isEmpty)
        let first = view.matches[items[0].match]
        XCTAssertTrue(app.screenText.contains(first.offers[0].match.reasonThai), "the reason is on screen: \(app.screenText)")
        if tambon == "560101" { try assertGoldenScreen("needs-offers-80x24", app.screenText) }
        let before = try app.store.logs.referrals(inAreaOrBelow: tambon).count
        app.press(.enter)
        let after = try app.store.logs.referrals(inAreaOrBelow: tambon)
        XCTAssertEqual(after.count, before + 1)
        let made = try XCTUnwrap(after.first { $0.need == first.need.id })
        XCTAssertEqual(made.toElement, first.offers[0].offer.elementID)
        XCTAssertEqual(made.status, .referred)
        XCTAssertTrue(app.state.status?.contains(made.caseCode) ?? false)
        XCTAssertNil(CaseCode.problem(made.caseCode))
        app.press(.escape)
        XCTAssertNil(app.state.needsView)
        app.press(.char("u"))
        XCTAssertEqual(try app.store.logs.referrals(inAreaOrBelow: tambon).count, before)
    }
}
