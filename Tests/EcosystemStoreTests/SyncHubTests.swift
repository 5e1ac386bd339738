import Foundation
import XCTest
import EcosystemStore

/// Tambon laptops → amphoe hubs → a province hub and back, with merges and
/// deltas, random edits and random delays: everyone ends with one digest.
final class SyncHubTests: XCTestCase {
    func testFiftyLaptopsInAThreeLevelHubTreeConverge() throws {
        var rng = SplitMix64(seed: 2025)
        let lab = try SyncLab(self)
        let laptops = try (0..<50).map { _ in try lab.replica() }
        let amphoeOf = { (i: Int) in i % 5 }
        var amphoeHub: [String?] = Array(repeating: nil, count: 5) // each hub's merged bundle
        var provinceHub: String?
        var inbox: [[String]] = Array(repeating: [], count: 5)
        var provinceInbox: [String] = []
        var lastFromHub: [String?] = Array(repeating: nil, count: 50)
        var serial = 0
        func merge(_ inputs: [String]) throws -> String {
            serial += 1
            let out = lab.path("hub\(serial).tisep")
            _ = try BundleMerge.merge(inputs, into: out)
            return out
        }
        func round(edits: Bool, chance: Double) throws {
            for (i, laptop) in laptops.enumerated() {
                if edits && Double.random(in: 0..<1, using: &rng) < 0.3 {
                    for _ in 0..<Int.random(in: 1...3, using: &rng) { try SyncConvergenceTests.randomEdit(laptop, &rng) }
                }
                if Double.random(in: 0..<1, using: &rng) < chance { // the coordinator reaches the amphoe office
                    inbox[amphoeOf(i)].append(try lab.export(laptop, BundleExportOptions(since: lastFromHub[i])))
                    if let hub = amphoeHub[amphoeOf(i)] {
                        try laptop.sync.importBundle(at: hub)
                        lastFromHub[i] = hub
                    }
                }
            }
            for h in 0..<5 where Double.random(in: 0..<1, using: &rng) < chance {
                amphoeHub[h] = try merge([amphoeHub[h], provinceHub].compactMap { $0 } + inbox[h])
                inbox[h] = []
                provinceInbox.append(amphoeHub[h]!)
            }
            if Double.random(in: 0..<1, using: &rng) < chance, !provinceInbox.isEmpty {
                provinceHub = try merge([provinceHub].compactMap { $0 } + provinceInbox)
                provinceInbox = []
            }
        }
        for _ in 0..<5 { try round(edits: true, chance: 0.5) }
        for _ in 0..<3 { try round(edits: false, chance: 1) }
        let digests = try Set(laptops.map { try $0.sync.contentDigest() })
        XCTAssertEqual(digests.count, 1)
        XCTAssertGreaterThan(try laptops[0].records.count(.entity, includeDeleted: true), 20)
    }
}
