import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// The needs and offers view (`m`) in memory: every match says why, "same
/// category only" is shown as such, and a need marked met leaves it (and
/// comes back with `u`).
final class NeedsScreenTests: XCTestCase {
    private func openNeeds(_ app: App, tambon: String = "560101") throws -> NeedsView {
        app.press(.char("/"))
        app.type(tambon)
        app.press(.enter, .char("m"))
        return try XCTUnwrap(app.state.needsView)
    }

    func testEveryOfferOnScreenSaysWhy() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        let view = try openNeeds(app)
        XCTAssertTrue(view.loaded)
        XCTAssertEqual(view.matches, try app.store.elements.matches(inAreaOrBelow: "560101"), "the screen shows the store's matches")
        let screen = app.screenText
        var shown = 0
        for match in view.matches {
            for offer in match.offers where screen.contains(String(offer.offer.elementName.prefix(12))) {
                XCTAssertTrue(screen.contains(offer.match.reasonThai.prefix(20)), "reason of \(offer.offer.elementName): \(screen)")
                shown += 1
            }
        }
        XCTAssertGreaterThan(shown, 3)
        XCTAssertTrue(screen.contains("ประเภทเดียวกันเท่านั้น"), "a same-category-only offer says so: \(screen)")
        let substance = view.matches.flatMap(\.offers).filter { $0.match.strength == .substance }
        XCTAssertFalse(substance.isEmpty)
        for m in view.matches {
            let strengths = m.offers.map(\.match.strength)
            XCTAssertEqual(strengths, strengths.sorted(by: >), "substance before same category only")
        }
        app.press(.escape, .char("L"), .char("m"))
        XCTAssertTrue(app.screenText.contains("same category only ("), app.screenText)
    }

    func testMarkingANeedMetTakesItOutAndUndoBringsItBack() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40)
        let view = try openNeeds(app)
        let chosen = try XCTUnwrap(view.chosen)
        let need = chosen.need.need
        let offerName = try XCTUnwrap(chosen.offer?.offer.elementName)
        app.press(.char("d"))
        XCTAssertEqual(try app.store.records.record(need.id)?["status"], "met")
        let after = try XCTUnwrap(app.state.needsView)
        XCTAssertFalse(after.matches.contains { $0.need.id == need.id }, "a met need leaves the view")
        XCTAssertFalse(NeedsOverlay.lines(after, names: app.state.areaNames, app.state.look).contains { $0.text.contains(need.description ?? "?") })
        let status = try XCTUnwrap(app.state.status)
        XCTAssertTrue(status.contains("ได้รับแล้ว") && status.contains("u ย้อน") && status.contains(offerName), status)

        // C: a contact log with who met it, its note naming the need.
        app.press(.char("C"))
        let form = try XCTUnwrap(app.state.form)
        XCTAssertEqual(form.fixed["entity"], chosen.offer?.offer.elementID)
        XCTAssertTrue(form.value("note")?.contains(need.description ?? "?") ?? false)
        app.press(.escape)

        app.press(.char("m"))
        XCTAssertFalse(try XCTUnwrap(app.state.needsView).matches.contains { $0.need.id == need.id })
        app.press(.char("u"))
        XCTAssertEqual(try app.store.records.record(need.id)?["status"], "open")
        XCTAssertTrue(try XCTUnwrap(app.state.needsView).matches.contains { $0.need.id == need.id }, "undo brings it back into the open view")
    }
}
