import Foundation
import XCTest
@testable import EcosystemStore

final class SyncMergeTests: XCTestCase {
    func testRoundTripIntoAnEmptyDatabaseGivesEqualDigestAndEqualBundle() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica()
        let e = try a.entity("ชมรมผู้สูงอายุตำบลเวียง")
        try a.records.update(e, ["name_en": "Wiang Elderly Club", "phone": "081-234-5678", "target_groups": "poor-elderly,disabled"])
        try a.records.create(.contact, ["entity": e, "name": "สมศรี", "phone": "0891112222"])
        try a.records.create(.contact, ["entity": e, "name": "ลับ", "private": "true"])
        let r = try a.records.create(.resource, ["entity": e, "kind": "offer", "category": "funding"])
        try a.records.create(.project, ["name_th": "โครงการ", "lead": e, "area": "560101,950101", "budget": "12500.5", "start": "2568-01-02"])
        _ = try a.records.insertCanonical(.vulnerable, id: "vg-560101-poor-elderly", values: ["area": "560101", "target_group": "poor-elderly", "registered": "42"], demo: true)
        try a.records.delete(r)
        let bundle = try lab.export(a)
        let b = try Store(path: ":memory:", create: true) // no geography at all: the bundle brings its areas
        let summary = try b.sync.importBundle(at: bundle)
        XCTAssertEqual(summary.total.created, 5)
        XCTAssertEqual(summary.areasAdded, 6)
        XCTAssertEqual(try a.sync.contentDigest(), try b.sync.contentDigest())
        XCTAssertEqual(try bundleBody(lab.export(b)), try bundleBody(bundle), "the copy exports the same records, stamps and history")
        XCTAssertEqual(try b.search("สมศรี").map(\.id), [e], "imported records are searchable")
    }

    func testDifferentFieldsBothKeptSameFieldSameWinnerLoserInHistory() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        let e = try a.entity("กลุ่มสตรี")
        try lab.send(a, b)
        try a.records.update(e, ["phone": "0812345678"])
        try b.records.update(e, ["name_en": "Women's Group"])
        try a.records.update(e, ["description": "from a"])
        usleep(5_000) // b's edit a few milliseconds later by the wall clock: b's value must win
        try b.records.update(e, ["description": "from b"])
        let toB = try lab.send(a, b)
        let toA = try lab.send(b, a)
        XCTAssertEqual(toB.byType[.entity]?.conflicts, 1)
        XCTAssertEqual(toA.byType[.entity]?.conflicts, 0, "b's bundle shows b saw a's value: settled where the edits met")
        let ra = try XCTUnwrap(a.records.record(e)), rb = try XCTUnwrap(b.records.record(e))
        XCTAssertEqual(ra, rb)
        XCTAssertEqual(ra["phone"], "0812345678")
        XCTAssertEqual(ra["name_en"], "Women's Group")
        XCTAssertEqual(ra["description"], "from b", "b edited later, so b wins on both laptops")
        XCTAssertEqual(try a.sync.contentDigest(), try b.sync.contentDigest())
        for store in [a, b] {
            let description = try XCTUnwrap(store.records.history(of: e)?.fields.first { $0.field == "description" })
            XCTAssertEqual(description.versions.map(\.value), ["from b", "from a", nil], "the losing value is kept")
            XCTAssertEqual(description.versions.map(\.current), [true, false, false])
        }
    }

    func testTombstonesOldBundlesAndOtherEditsDoNotReviveOnlyRestore() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        let e = try a.entity("ป่าชุมชน")
        let old = try lab.export(a)
        try b.sync.importBundle(at: old)
        try a.records.delete(e)
        try a.sync.importBundle(at: old)
        XCTAssertTrue(try XCTUnwrap(a.records.record(e)).deleted, "an old bundle does not revive")
        try b.records.update(e, ["description": "edited while a deleted it"])
        try lab.send(b, a)
        let deletion = try lab.send(a, b)
        XCTAssertEqual(deletion.byType[.entity]?.deleted, 1)
        XCTAssertTrue(try XCTUnwrap(a.records.record(e)).deleted, "an edit of another field does not revive")
        XCTAssertTrue(try XCTUnwrap(b.records.record(e)).deleted)
        XCTAssertEqual(try b.records.record(e)?["description"], "edited while a deleted it")
        XCTAssertTrue(try b.search("ป่าชุมชน").isEmpty)
        try b.records.restore(e)
        try lab.send(b, a)
        XCTAssertFalse(try XCTUnwrap(a.records.record(e)).deleted, "a restore stamped after the delete does")
        XCTAssertEqual(try a.search("ป่าชุมชน").map(\.id), [e])
        XCTAssertEqual(try a.sync.contentDigest(), try b.sync.contentDigest())
        XCTAssertEqual(try a.records.history(of: e)?.fields.first { $0.field == "deleted" }?.versions.map(\.value), ["0", "1", "0"])
    }

    func testImportIsIdempotentAndDryRunChangesNothing() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        let e = try a.entity("ชมรม")
        try b.entity("อื่น")
        try a.records.update(e, ["description": "x"])
        let bundle = try lab.export(a)
        let before = try b.sync.contentDigest()
        let dry = try b.sync.importBundle(at: bundle, options: BundleImportOptions(dryRun: true))
        XCTAssertTrue(dry.dryRun)
        XCTAssertEqual(dry.byType[.entity]?.created, 1)
        XCTAssertEqual(try b.sync.contentDigest(), before, "a dry run changes nothing")
        XCTAssertNil(try b.records.record(e))
        let first = try b.sync.importBundle(at: bundle)
        XCTAssertEqual(first.byType, dry.byType, "the dry run said what the import did")
        let after = try b.sync.contentDigest()
        let rows = try b.db.scalarInt("SELECT (SELECT count(*) FROM history) * 1000 + (SELECT count(*) FROM field_stamps)")
        let again = try b.sync.importBundle(at: bundle)
        XCTAssertEqual(again.total.unchanged, 1)
        XCTAssertEqual(again.total.created + again.total.updated + again.total.conflicts, 0)
        XCTAssertEqual(try b.sync.contentDigest(), after)
        XCTAssertEqual(try b.db.scalarInt("SELECT (SELECT count(*) FROM history) * 1000 + (SELECT count(*) FROM field_stamps)"), rows)
    }

    func testNaturalKeyMadeOnTwoLaptopsConverges() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        _ = try a.records.insertCanonical(.vulnerable, id: "vg-560101-stateless", values: ["area": "560101", "target_group": "stateless", "registered": "5"], demo: false)
        _ = try b.records.insertCanonical(.vulnerable, id: "vg-560101-stateless", values: ["area": "560101", "target_group": "stateless", "registered": "7", "source": "survey"], demo: false)
        try lab.send(a, b)
        try lab.send(b, a)
        XCTAssertEqual(try a.sync.contentDigest(), try b.sync.contentDigest())
        XCTAssertEqual(try bundleBody(lab.export(a)), try bundleBody(lab.export(b)))
    }

    func testMergeEqualsImportIntoEmptyDatabaseThenExport() throws {
        let lab = try SyncLab(self)
        let stores = try (0..<3).map { _ in try lab.replica() }
        let shared = try stores[0].entity("ร่วม")
        try lab.send(stores[0], stores[1])
        for (i, s) in stores.enumerated() {
            let e = try s.entity("องค์กร \(i)", area: i == 2 ? "950101" : "560102")
            try s.records.create(.contact, ["entity": e, "name": "ผู้ติดต่อ \(i)", "private": i == 1 ? "true" : "false"])
            if i < 2 { try s.records.update(shared, ["description": "edit \(i)"]) }
        }
        try stores[1].records.delete(shared)
        let bundles = try stores.map { try lab.export($0, BundleExportOptions(includePrivate: true)) }
        let merged = lab.path("merged.tisep")
        let report = try BundleMerge.merge(bundles, into: merged)
        XCTAssertEqual(report.privateLeftOut, 1)
        let empty = try Store(path: ":memory:", create: true)
        for b in bundles { try empty.sync.importBundle(at: b) }
        XCTAssertEqual(try bundleBody(merged), try bundleBody(lab.export(empty)))
        let fromMerge = try Store(path: ":memory:", create: true)
        try fromMerge.sync.importBundle(at: merged)
        XCTAssertEqual(try fromMerge.sync.contentDigest(), try empty.sync.contentDigest())
    }

    func testAreaExportCarriesTheAreaWhatServesItAndWhatItNeeds() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica()
        let tambon = try a.entity("ในตำบล", area: "560101")
        let province = try a.entity("ระดับจังหวัด", area: "56")
        let elsewhere = try a.entity("ยะลา", area: "950101")
        let contact = try a.records.create(.contact, ["entity": tambon, "name": "ก"])
        let resource = try a.records.create(.resource, ["entity": elsewhere, "kind": "offer", "area": "560101"])
        let gone = try a.entity("ลบแล้ว", area: "560101")
        try a.records.delete(gone)
        let bundle = try lab.export(a, BundleExportOptions(area: "560101"))
        let text = try bundleBody(bundle).joined(separator: "\n")
        for id in [tambon, province, contact, resource, elsewhere, gone] { XCTAssertTrue(text.contains("\"id\":\"\(id)\""), id) }
        let other = try a.entity("อีกตำบล", area: "560102")
        XCTAssertFalse(try bundleBody(lab.export(a, BundleExportOptions(area: "560101"))).joined().contains(other))
    }

    func testDeltaSinceAPeersBundleLosesNothingEvenForOldStamps() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica(), c = try lab.replica()
        let e = try c.entity("แก่กว่า") // stamped before anything a does next
        for i in 0..<5 { try a.entity("a\(i)") }
        try lab.send(a, b)
        let fromB = try lab.export(b)
        try lab.send(c, a) // c's older stamps reach a after b's bundle was made
        try a.entity("ใหม่")
        let delta = lab.path("delta.tisep")
        let report = try a.sync.exportBundle(to: delta, options: BundleExportOptions(since: fromB))
        XCTAssertEqual(report.records, 2)
        XCTAssertEqual(report.unchangedLeftOut, 5)
        try b.sync.importBundle(at: delta)
        XCTAssertEqual(try b.sync.contentDigest(), try a.sync.contentDigest())
        XCTAssertNotNil(try b.records.record(e))
    }
}
