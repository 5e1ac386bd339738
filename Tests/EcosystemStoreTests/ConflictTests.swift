import Foundation
import XCTest
@testable import EcosystemStore

/// A conflict is shown, not only counted (issue 13, section 6): generated
/// edits of the same fields on two laptops; each import lists every
/// conflict with both values, the winner and why, keeps it for review, and
/// the losing value can be restored.
final class ConflictTests: XCTestCase {
    static let fields = ["name_en", "description", "phone", "email"]

    static func value(_ field: String, _ laptop: String, _ n: Int) -> String {
        switch field {
        case "phone": return (laptop == "a" ? "081" : "089") + String(format: "%07d", n)
        case "email": return "\(laptop)\(n)@example.org"
        default: return "\(laptop == "a" ? "ค่าจาก a" : "ค่าจาก b") \(n)"
        }
    }

    /// The current (stamp, value) of each field of a record.
    static func current(_ store: Store, _ id: String) throws -> [String: (String, String?)] {
        var out: [String: (String, String?)] = [:]
        for f in try XCTUnwrap(store.records.history(of: id)).fields {
            if let v = f.versions.first { out[f.field] = (v.stamp, v.value) }
        }
        return out
    }

    func testEveryConflictIsListedWithBothValuesTheWinnerAndWhy() throws {
        for seed in UInt64(1)...20 {
            var rng = SplitMix64(seed: seed)
            let lab = try SyncLab(self)
            let a = try lab.replica(), b = try lab.replica()
            let ids = try (0..<3).map { try a.entity("องค์กร \($0)") }
            try lab.send(a, b)
            var n = 0
            var edited: [String: [String: [String: String]]] = ["a": [:], "b": [:]]
            for (name, store) in [("a", a), ("b", b)] {
                for _ in 0..<Int.random(in: 1...6, using: &rng) {
                    let id = ids.randomElement(using: &rng)!, field = Self.fields.randomElement(using: &rng)!
                    n += 1
                    let v = Self.value(field, name, n)
                    try store.records.update(id, [field: v])
                    edited[name]![id, default: [:]][field] = v
                }
            }
            // The expected conflicts: fields both edited, compared by stamp.
            var expected: [String: (winner: String, loser: String, rule: ConflictRule)] = [:]
            for id in ids {
                let ca = try Self.current(a, id), cb = try Self.current(b, id)
                for field in Self.fields where edited["a"]![id]?[field] != nil && edited["b"]![id]?[field] != nil {
                    let (sa, va) = ca[field]!, (sb, vb) = cb[field]!
                    let (w, l) = sa > sb ? ((sa, va), (sb, vb)) : ((sb, vb), (sa, va))
                    let rule = ConflictRule.deciding(winner: Stamp(w.0)!, loser: Stamp(l.0)!)
                    expected["\(id) \(field)"] = (w.1!, l.1!, rule)
                }
            }
            let before = Date(timeIntervalSinceNow: -1)
            let summary = try lab.send(a, b)
            XCTAssertEqual(summary.total.conflicts, expected.count, "seed \(seed)")
            var seen: [String: (winner: String, loser: String, rule: ConflictRule)] = [:]
            for c in summary.conflicts {
                seen["\(c.recordID) \(c.field)"] = (c.winner.value!, c.loser.value!, c.rule)
                XCTAssertEqual(c.type, .entity)
                XCTAssertTrue(c.recordName.hasPrefix("องค์กร "), c.recordName)
                XCTAssertEqual(c.fromLaptop, a.laptop.id)
                XCTAssertEqual(c.winner.laptopName, try (c.winner.laptop == a.laptop.id ? a : b).laptop.name())
                XCTAssertGreaterThan(c.winner.stamp, c.loser.stamp, "the greater stamp wins")
                XCTAssertEqual(try b.records.record(c.recordID)?[c.field], c.winner.value, "seed \(seed): the winner is current")
            }
            XCTAssertEqual(seen.mapValues { "\($0.winner)|\($0.loser)|\($0.rule)" }, expected.mapValues { "\($0.winner)|\($0.loser)|\($0.rule)" }, "seed \(seed)")
            XCTAssertEqual(try b.sync.conflicts(since: before).count, expected.count, "seed \(seed): kept for review")
            XCTAssertEqual(try b.sync.conflicts(since: Date(timeIntervalSinceNow: 60)).count, 0)

            // Going back, the bundle carries both versions: settled the same
            // way, and not shown again (shown where the two edits first met).
            let back = try lab.send(b, a)
            XCTAssertEqual(back.total.conflicts, 0, "seed \(seed)")
            for (key, e) in expected {
                let parts = key.split(separator: " ").map(String.init)
                XCTAssertEqual(try a.records.record(parts[0])?[parts[1]], e.winner, "seed \(seed)")
            }
            XCTAssertEqual(try a.sync.contentDigest(), try b.sync.contentDigest())

            // Restoring a losing value: a new edit that wins everywhere, no new conflict.
            if let c = try b.sync.conflicts(since: before).first {
                let undo = try b.records.restoreLosingValue(c)
                XCTAssertEqual(try b.records.record(c.recordID)?[c.field], c.loser.value)
                XCTAssertFalse(undo.isEmpty)
                XCTAssertFalse(try b.sync.conflicts(since: before).contains(c), "reviewed")
                XCTAssertTrue(try b.sync.conflicts(since: before, includeReviewed: true).contains { $0.recordID == c.recordID && $0.field == c.field && $0.reviewed })
                let again = try lab.send(b, a)
                XCTAssertEqual(again.total.conflicts, 0, "seed \(seed)")
                XCTAssertEqual(try a.records.record(c.recordID)?[c.field], c.loser.value)
                try b.records.apply(undo)
                XCTAssertEqual(try b.records.record(c.recordID)?[c.field], c.winner.value, "undo")
            }
            XCTAssertEqual(try lab.send(a, b).total.conflicts, 0, "seed \(seed): a conflict is counted where the two edits first meet")
        }
    }

    /// At the same millisecond and counter, the greater laptop id wins, and the conflict says so.
    func testEditsAtTheSameMomentAreSettledByLaptopID() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        let id = try a.entity("ชมรม")
        try lab.send(a, b)
        let moment = Int64(Date().timeIntervalSince1970 * 1000) + 1_000
        for store in [a, b] { store.context.clock = HybridClock(replica: store.laptop.id, now: { moment }) }
        try a.records.update(id, ["description": "จาก a"])
        try b.records.update(id, ["description": "จาก b"])
        let summary = try lab.send(a, b)
        let c = try XCTUnwrap(summary.conflicts.first)
        XCTAssertEqual(c.rule, .sameMomentGreaterLaptopID)
        XCTAssertEqual(c.winner.value, a.laptop.id > b.laptop.id ? "จาก a" : "จาก b")
        XCTAssertEqual(c.winner.laptop, max(a.laptop.id, b.laptop.id))
    }

    /// A hub's merge, where two laptops' edits first meet in a hub tree,
    /// finds the same conflicts an import would (and not again later).
    func testAHubMergeListsTheConflictsItSettles() throws {
        var rng = SplitMix64(seed: 77)
        for _ in 0..<10 {
            let lab = try SyncLab(self)
            let a = try lab.replica(), b = try lab.replica()
            let id = try a.entity("ชมรม")
            try lab.send(a, b)
            let fields = Self.fields.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng))
            for (n, field) in fields.enumerated() {
                try a.records.update(id, [field: Self.value(field, "a", n)])
                try b.records.update(id, [field: Self.value(field, "b", n)])
            }
            let fromA = try lab.export(a), fromB = try lab.export(b)
            let report = try BundleMerge.merge([fromA, fromB], into: lab.path("hub.tisep"))
            XCTAssertEqual(Set(report.conflicts.map(\.field)), Set(fields))
            for c in report.conflicts {
                XCTAssertEqual(c.recordName, "ชมรม")
                XCTAssertEqual(c.winner.value, try b.records.record(id)?[c.field] == c.winner.value ? c.winner.value : try a.records.record(id)?[c.field])
                XCTAssertGreaterThan(c.winner.stamp, c.loser.stamp)
                XCTAssertNotNil(c.winner.laptopName)
            }
            let imported = try b.sync.importBundle(at: fromA)
            XCTAssertEqual(Set(imported.conflicts.map { "\($0.field) \($0.winner.value ?? "") \($0.loser.value ?? "")" }),
                           Set(report.conflicts.map { "\($0.field) \($0.winner.value ?? "") \($0.loser.value ?? "")" }), "merge and import agree")
            XCTAssertEqual(try BundleMerge.merge([lab.path("hub.tisep"), fromA], into: lab.path("hub2.tisep")).conflicts, [])
        }
    }

    /// A dry run lists the conflicts and keeps none.
    func testADryRunShowsConflictsAndKeepsNone() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        let id = try a.entity("ชมรม")
        try lab.send(a, b)
        try a.records.update(id, ["phone": "0811111111"])
        try b.records.update(id, ["phone": "0822222222"])
        let dry = try b.sync.importBundle(at: try lab.export(a), options: BundleImportOptions(dryRun: true))
        XCTAssertEqual(dry.conflicts.count, 1)
        XCTAssertEqual(try b.sync.conflicts().count, 0)
    }
}
