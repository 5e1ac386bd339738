import Foundation
import XCTest
@testable import EcosystemStore

/// One rule per record (issue 13, section 5): a vulnerable-group count is
/// one record per area, target group and year, made on any laptop, by any
/// way in (`add`, the interface, an import from a laptop not yet upgraded).
final class VulnerableCountTests: XCTestCase {
    static let tambons = ["560101", "560102", "950101"]
    static let groups = ["poor-elderly", "stateless", "disabled"]

    /// A count's raw input, with the year in either era.
    static func input(_ rng: inout SplitMix64) -> [String: String] {
        var input = ["area": tambons.randomElement(using: &rng)!, "target_group": groups.randomElement(using: &rng)!,
                     "registered": String(Int.random(in: 10...200, using: &rng))]
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: input["year"] = "2025"
        case 1: input["year"] = "2568"
        default: break
        }
        if Bool.random(using: &rng) { input["reached"] = String(Int.random(in: 0...9, using: &rng)) }
        return input
    }

    static func key(_ input: [String: String]) -> String {
        Store.Records.vulnerableCountID(area: input["area"]!, group: input["target_group"]!, year: input["year"].flatMap { Int($0) })
    }

    /// Both laptops add counts (many with the same keys) the ways a user can
    /// — `tisep add vulnerable` (`create`) and the interface
    /// (`setVulnerableCount`) — and exchange bundles in either order: one
    /// record per key on both, equal digests, every figure in history.
    func testTwoLaptopsAddingTheSameCountsConvergeInBothOrders() throws {
        for seed in UInt64(1)...30 {
            var rng = SplitMix64(seed: seed)
            let lab = try SyncLab(self)
            let a = try lab.replica(), b = try lab.replica()
            var keys = Set<String>()
            var figures = Set<String>()
            for _ in 0..<Int.random(in: 2...12, using: &rng) {
                let laptop = Bool.random(using: &rng) ? a : b
                let input = Self.input(&rng)
                if Bool.random(using: &rng) { _ = try laptop.records.create(.vulnerable, input) } else { try laptop.records.setVulnerableCount(input) }
                keys.insert(Self.key(input))
                figures.insert(input["registered"]!)
            }
            let aFirst = Bool.random(using: &rng)
            if aFirst { try lab.send(a, b); try lab.send(b, a) } else { try lab.send(b, a); try lab.send(a, b) }
            for store in [a, b] {
                let ids = Set(try store.db.query("SELECT id FROM vulnerable_groups", [], { $0.text(0) }))
                XCTAssertEqual(ids, keys, "seed \(seed): one record per area, group and year")
            }
            XCTAssertEqual(try a.sync.contentDigest(), try b.sync.contentDigest(), "seed \(seed)")
            XCTAssertEqual(try bundleBody(lab.export(a)), try bundleBody(lab.export(b)), "seed \(seed): same history too")
            var kept = Set<String>()
            for id in keys {
                for version in try XCTUnwrap(a.records.history(of: id)).fields.first(where: { $0.field == "registered" })?.versions ?? [] {
                    if let v = version.value { kept.insert(v) }
                }
            }
            XCTAssertEqual(kept, figures, "seed \(seed): nothing anyone typed is lost")
        }
    }

    /// What a laptop not yet upgraded makes: the count under a random id.
    static func olderCount(_ store: Store, _ input: [String: String]) throws -> String {
        let values = try store.records.validate(.vulnerable, input, creating: true)
        let id = UUID().uuidString.lowercased()
        try store.records.insertRecord(.vulnerable, id: id, values: values, stamp: try store.laptop.nextStamp(), demo: false)
        return id
    }

    /// Counts under other ids arrive in bundles from older laptops (random
    /// ids, and `vg-AREA-GROUP` with a year): each is merged into the count
    /// of its key, field by field with both histories, in any order, and
    /// every laptop ends with one record per key.
    func testCountsFromOlderLaptopsMergeIntoTheCountOfTheirKey() throws {
        for seed in UInt64(1)...20 {
            var rng = SplitMix64(seed: seed)
            let lab = try SyncLab(self)
            let older = try lab.replica(), a = try lab.replica(), b = try lab.replica()
            var keys = Set<String>(), figures = Set<String>()
            for _ in 0..<Int.random(in: 2...8, using: &rng) {
                var input = Self.input(&rng)
                if input["year"] == nil { input["year"] = "2025" }
                if Bool.random(using: &rng) {
                    _ = try Self.olderCount(older, input)
                } else {
                    // The older interface's id: area and group, the year a field.
                    let values = try older.records.validate(.vulnerable, input, creating: true)
                    let id = "vg-\(input["area"]!)-\(input["target_group"]!)"
                    if try older.records.record(id) == nil {
                        try older.records.insertRecord(.vulnerable, id: id, values: values, stamp: try older.laptop.nextStamp(), demo: false)
                    } else {
                        try older.records.update(id, ["registered": input["registered"]!])
                    }
                }
                keys.insert(Self.key(input))
                figures.insert(input["registered"]!)
                let upgraded = Bool.random(using: &rng) ? a : b
                try upgraded.records.setVulnerableCount(Self.input(&rng).merging(["area": input["area"]!, "target_group": input["target_group"]!, "year": "2025"]) { $1 })
            }
            for (x, y) in [(older, a), (b, a), (a, b), (older, b)].shuffled(using: &rng) { try lab.send(x, y) }
            try lab.send(a, b)
            try lab.send(b, a)
            for store in [a, b] {
                let live = Set(try store.db.query("SELECT id FROM vulnerable_groups WHERE deleted = 0", [], { $0.text(0) }))
                XCTAssertTrue(live.isSuperset(of: keys), "seed \(seed)")
                for id in live { XCTAssertTrue(id.hasPrefix("vg-"), "seed \(seed): \(id) is not a count's key") }
                let history = Set(try store.db.query("SELECT value FROM history WHERE field = 'registered' UNION SELECT registered FROM vulnerable_groups", [], { $0.text(0) }))
                XCTAssertTrue(history.isSuperset(of: figures), "seed \(seed): both laptops' figures kept")
            }
            XCTAssertEqual(try a.sync.contentDigest(), try b.sync.contentDigest(), "seed \(seed)")
            XCTAssertEqual(try bundleBody(lab.export(a)), try bundleBody(lab.export(b)), "seed \(seed)")
            // Once the older laptop is upgraded, it agrees too.
            try older.db.run("INSERT INTO meta(key, value) VALUES ('repair_sync_rules', '5')")
            try older.repairForTests()
            try lab.send(a, older)
            try lab.send(older, a)
            try lab.send(a, b)
            XCTAssertEqual(try older.sync.contentDigest(), try a.sync.contentDigest(), "seed \(seed)")
            XCTAssertEqual(try b.sync.contentDigest(), try a.sync.contentDigest(), "seed \(seed)")
            XCTAssertNil(try lab.send(older, a).newReplicaID, "its own counts, merged, are not mistaken for a copy's")
        }
    }

    /// Duplicates already stored (three of one count: the demo's, two adds
    /// of an older version) become one record when the database opens.
    func testDuplicatesAlreadyStoredMergeOnceOnOpening() throws {
        let lab = try SyncLab(self)
        let path = lab.path("eco.sqlite")
        let store = try Store(path: path, create: true)
        try store.transaction {
            for a in [Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"),
                      Area(code: "5601", level: .amphoe, parent: "56", nameTH: "เมืองพะเยา", nameEN: "Mueang Phayao"),
                      Area(code: "560101", level: .tambon, parent: "5601", nameTH: "เวียง", nameEN: "Wiang")] { try store.areas.upsert(a) }
        }
        let input = ["area": "560101", "target_group": "stateless", "year": "2568"]
        let values = try store.records.validate(.vulnerable, input.merging(["registered": "30", "source": "demo"]) { $1 }, creating: true)
        try store.records.insertRecord(.vulnerable, id: "vg-560101-stateless", values: values, stamp: try store.laptop.nextStamp(), demo: true)
        let first = try Self.olderCount(store, input.merging(["registered": "12"]) { $1 })
        let second = try Self.olderCount(store, input.merging(["registered": "14", "reached": "2"]) { $1 })
        let deleted = try Self.olderCount(store, input.merging(["registered": "99"]) { $1 })
        try store.records.delete(deleted)
        XCTAssertEqual(try store.records.count(.vulnerable), 3)
        try store.db.run("INSERT INTO meta(key, value) VALUES ('repair_sync_rules', '5')")

        let opened = try Store(path: path)
        XCTAssertEqual(try opened.records.count(.vulnerable), 1)
        let count = try XCTUnwrap(opened.records.record("vg-560101-stateless-2025"))
        XCTAssertEqual(count["registered"], "14", "the newest figure wins")
        XCTAssertEqual(count["reached"], "2")
        let source = try XCTUnwrap(opened.records.history(of: count.id)?.fields.first { $0.field == "source" })
        XCTAssertTrue(source.versions.contains { $0.value == "demo" }, "the oldest's source is kept in history (the newest, empty, is current)")
        let registered = try XCTUnwrap(opened.records.history(of: count.id)?.fields.first { $0.field == "registered" })
        XCTAssertEqual(Set(registered.versions.compactMap(\.value)), ["30", "12", "14"], "every figure in history")
        XCTAssertNil(try opened.records.record(first))
        XCTAssertNil(try opened.records.record(second))
        XCTAssertEqual(try opened.records.record(deleted)?.deleted, true, "a deleted duplicate stays a tombstone")
        XCTAssertEqual(opened.laptop.id, store.laptop.id, "the repair is not taken for a file copy")
    }

    /// `add` twice updates; `set` refuses to move a count to another key.
    func testAddingACountAgainUpdatesItAndItsKeyDoesNotChange() throws {
        let store = try smallStore()
        let id = try store.records.create(.vulnerable, ["area": "560101", "target_group": "disabled", "registered": "20", "year": "2025"])
        XCTAssertEqual(try store.records.create(.vulnerable, ["area": "560101", "target_group": "disabled", "registered": "25", "year": "2568"]), id)
        XCTAssertEqual(try store.records.count(.vulnerable), 1)
        XCTAssertEqual(try store.records.record(id)?["registered"], "25")
        XCTAssertThrowsError(try store.records.update(id, ["year": "2026"])) { error in
            XCTAssertTrue("\(error)".contains("add the count for the other area, group or year"), "\(error)")
        }
        XCTAssertThrowsError(try store.records.update(id, ["area": "560102"]))
        XCTAssertEqual(try store.records.update(id, ["year": "2568", "reached": "4"]), ["reached"],
                       "the same year in the other era is the stored year (Christian era), not a change")
        XCTAssertThrowsError(try store.records.insertCanonical(.vulnerable, id: "some-other-id", values: ["area": "560101", "target_group": "stateless"], demo: false))
    }

    /// An area's situation takes each tambon's newest year, not the sum of years.
    func testTheSituationCountsEachAreasNewestYear() throws {
        let store = try smallStore()
        try store.records.setVulnerableCount(["area": "560101", "target_group": "stateless", "registered": "40", "reached": "10", "year": "2024"])
        try store.records.setVulnerableCount(["area": "560101", "target_group": "stateless", "registered": "50", "reached": "20", "year": "2568"])
        try store.records.setVulnerableCount(["area": "560102", "target_group": "stateless", "registered": "7", "reached": "1"])
        let tambon = try XCTUnwrap(store.elements.situation(of: "560101")?.vulnerable.first)
        XCTAssertEqual([tambon.registered, tambon.reached, tambon.year], [50, 20, 2025])
        XCTAssertEqual(tambon.recordID, "vg-560101-stateless-2025")
        let amphoe = try XCTUnwrap(store.elements.situation(of: "5601")?.vulnerable.first)
        XCTAssertEqual([amphoe.registered, amphoe.reached], [57, 21])
        XCTAssertNil(amphoe.recordID, "two counts make it")
    }
}

extension Store {
    /// Runs the repair a newer schema asks for, as opening the file would.
    func repairForTests() throws { try context.repairSyncRulesIfAsked() }
}
