import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// `tisep add contact-log|referral` through the generic `add`, and
/// `tisep merge-records`; what they write travels in bundles.
final class FieldWorkCommandTests: XCTestCase {
    func testContactLogAndReferralFromTheCommandLineTravelInABundle() throws {
        let cli = try CLIHarness(self)
        let a = ["--db", cli.path("a.sqlite")], b = ["--db", cli.path("b.sqlite")]
        XCTAssertEqual(cli.run(["init", "--empty"] + a).code, 0)
        XCTAssertEqual(cli.run(["init", "--empty"] + b).code, 0)
        let add = cli.run(["add", "entity", "name_th=รพ.สต.เวียง", "p4=player", "role=implementer", "area=560101"] + a)
        let id = try XCTUnwrap(add.out.split(separator: "\n").last.map(String.init))
        let log = cli.run(["add", "contact-log", "entity=\(id)", "date=2/11/2568", "who=คุณสมศรี", "channel=โทรศัพท์", "note=นัดประชุม", "outcome=รับเรื่อง"] + a)
        XCTAssertEqual(log.code, 0, log.err)
        let logID = try XCTUnwrap(log.out.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(cli.run(["show", logID, "--json"] + a).out.contains("\"date\":\"2025-11-02\""), "a Buddhist-era date is stored in ISO")
        XCTAssertTrue(cli.run(["show", logID] + a).out.contains("2 พ.ย. 2568"), "and shown in the reader's era")
        XCTAssertTrue(cli.run(["show", logID, "--lang", "en"] + a).out.contains("2 Nov 2025"))
        let bad = cli.run(["add", "referral", "area=560101", "case_code=3560100123456", "to_entity=\(id)"] + a)
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.err.contains("case_code") && bad.err.contains("national ID"), bad.err)
        let ref = cli.run(["add", "referral", "area=560101", "case_code=py-68-001", "target_group=poor-elderly", "to_entity=\(id)"] + a)
        XCTAssertEqual(ref.code, 0, ref.err)
        let refID = try XCTUnwrap(ref.out.split(separator: "\n").last.map(String.init))
        let shown = cli.run(["show", refID] + a).out
        XCTAssertTrue(shown.contains("PY-68-001") && shown.contains("referred"), "status defaults to referred: \(shown)")
        XCTAssertEqual(cli.run(["set", refID, "status=accepted"] + a).code, 0)
        let brief = cli.run(["brief", "560101"] + a)
        XCTAssertEqual(brief.code, 0, brief.err)
        XCTAssertTrue(brief.out.contains("การติดต่อและการส่งต่อ / Contacts and referrals"), brief.out)
        XCTAssertTrue(brief.out.contains("PY-68-001") && brief.out.contains("รับเรื่องแล้ว"), "the open referral by its case code")
        XCTAssertTrue(brief.out.contains("บันทึกการติดต่อ:** 1"), brief.out)

        XCTAssertEqual(cli.run(["export", "-o", cli.path("a.tisep")] + a).code, 0)
        let imported = cli.run(["import", cli.path("a.tisep")] + b)
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertTrue(cli.run(["show", logID] + b).out.contains("คุณสมศรี"))
        XCTAssertTrue(cli.run(["show", refID] + b).out.contains("accepted"))
        XCTAssertEqual(cli.run(["check", "--digest"] + a).out, cli.run(["check", "--digest"] + b).out)
        // An area bundle carries the referral of the area and the log of its elements.
        XCTAssertEqual(cli.run(["export", "-o", cli.path("w.tisep"), "--area", "560101"] + a).code, 0)
        let area = try String(contentsOfFile: cli.path("w.tisep"), encoding: .utf8)
        XCTAssertTrue(area.contains(logID) && area.contains(refID))
    }

    func testMergeRecords() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let keep = try XCTUnwrap(cli.run("add", "entity", "name_th=รพ.สต.เวียง", "p4=player", "area=560101").out.split(separator: "\n").last.map(String.init))
        let drop = try XCTUnwrap(cli.run("add", "entity", "name_th=โรงพยาบาลส่งเสริมสุขภาพตำบลเวียง", "p4=player", "area=560101", "phone=054123456")
            .out.split(separator: "\n").last.map(String.init))
        let contact = try XCTUnwrap(cli.run("add", "contact", "entity=\(drop)", "name=สมศรี").out.split(separator: "\n").last.map(String.init))
        let merged = cli.run("merge-records", keep, drop, "--json")
        XCTAssertEqual(merged.code, 0, merged.err)
        XCTAssertTrue(merged.out.contains("\"repointed\":[\"\(contact)\"]"), merged.out)
        XCTAssertTrue(cli.run("show", keep).out.contains("054-123-456"))
        XCTAssertTrue(cli.run("show", drop).out.contains("(deleted)"))
        XCTAssertTrue(cli.run("show", contact).out.contains(keep))
        XCTAssertTrue(cli.run("history", contact).out.contains(drop), "the old reference is in history")
        XCTAssertEqual(cli.run("merge-records", keep).code, 2)
        XCTAssertEqual(cli.run("merge-records", keep, "nope").code, 1)
    }
}
