import Foundation
import XCTest
@testable import EcosystemStore

/// Random edits on several laptops, random exchanges in random orders:
/// every laptop ends with the same data.
final class SyncConvergenceTests: XCTestCase {
    static let names = ["ชมรม", "กลุ่มสตรี", "กองทุน", "อสม.", "วิสาหกิจ", "ป่าชุมชน"]
    static let phones = ["0812345678", "0891112222", "021234567", "054123456"]

    /// One random edit on `store`.
    static func randomEdit(_ store: Store, _ rng: inout SplitMix64) throws {
        let ids = try store.db.query("SELECT id FROM entities ORDER BY id", [], { $0.text(0) })
        let roll = Int.random(in: 0..<10, using: &rng)
        if ids.isEmpty || roll == 0 {
            try store.entity(names.randomElement(using: &rng)! + " \(Int.random(in: 0..<100, using: &rng))",
                             area: ["560101", "560102", "950101"].randomElement(using: &rng)!)
            return
        }
        let id = ids.randomElement(using: &rng)!
        switch roll {
        case 1: try store.records.delete(id)
        case 2: try store.records.restore(id)
        case 3: try store.records.create(.contact, ["entity": id, "name": names.randomElement(using: &rng)!, "phone": phones.randomElement(using: &rng)!])
        case 4:
            let key = "vg-560101-" + ["poor-elderly", "stateless"].randomElement(using: &rng)!
            let n = String(Int.random(in: 0..<50, using: &rng))
            if try store.records.record(key) == nil {
                _ = try store.records.insertCanonical(.vulnerable, id: key, values: ["area": "560101", "target_group": String(key.dropFirst(10)), "registered": n], demo: false)
            } else {
                try store.records.update(key, ["registered": n])
            }
        case 5: try store.records.update(id, ["phone": phones.randomElement(using: &rng)!])
        case 6: try store.records.update(id, ["target_groups": ["poor-elderly", "stateless,disabled", ""].randomElement(using: &rng)!])
        default: try store.records.update(id, [["name_en", "description"].randomElement(using: &rng)!: "v\(Int.random(in: 0..<5, using: &rng))"])
        }
    }

    func testRandomEditsAndExchangesConverge() throws {
        for seed in [UInt64(1), 7, 42] {
            var rng = SplitMix64(seed: seed)
            let lab = try SyncLab(self)
            let stores = try (0..<5).map { _ in try lab.replica() }
            for _ in 0..<150 {
                if Bool.random(using: &rng) {
                    try Self.randomEdit(stores.randomElement(using: &rng)!, &rng)
                } else {
                    let from = stores.randomElement(using: &rng)!, to = stores.randomElement(using: &rng)!
                    try lab.send(from, to)
                }
            }
            // Everyone sends to everyone, in a random order, twice over.
            for _ in 0..<2 {
                for (i, j) in (0..<5).flatMap({ i in (0..<5).map { (i, $0) } }).shuffled(using: &rng) where i != j {
                    try lab.send(stores[i], stores[j])
                }
            }
            let digests = try Set(stores.map { try $0.sync.contentDigest() })
            XCTAssertEqual(digests.count, 1, "seed \(seed)")
            let bodies = try Set(stores.map { try bundleBody(lab.export($0)) })
            XCTAssertEqual(bodies.count, 1, "seed \(seed): same stamps and history too")
        }
    }

    /// Import order does not matter: any permutation of the same bundles
    /// into empty databases gives one result (commutative, associative).
    func testAnyImportOrderGivesTheSameResult() throws {
        var rng = SplitMix64(seed: 99)
        let lab = try SyncLab(self)
        let stores = try (0..<4).map { _ in try lab.replica() }
        var bundles: [String] = []
        for round in 0..<6 {
            for _ in 0..<8 { try Self.randomEdit(stores.randomElement(using: &rng)!, &rng) }
            let from = stores[round % 4], to = stores[(round + 1) % 4]
            let b = try lab.export(from)
            try to.sync.importBundle(at: b)
            bundles.append(b)
        }
        bundles += try stores.map { try lab.export($0) }
        var results = Set<[String]>()
        for _ in 0..<4 {
            let empty = try Store(path: ":memory:", create: true)
            for b in bundles.shuffled(using: &rng) { try empty.sync.importBundle(at: b) }
            results.insert(try bundleBody(lab.export(empty)))
        }
        XCTAssertEqual(results.count, 1)
    }
}
