import Foundation
import XCTest
@testable import EcosystemStore

/// Nothing private leaves (issue 13, section 3). Generated sequences of
/// edits and private/public flips on an owner's two laptops (kept equal by
/// `--include-private` bundles, as a coordinator's own laptops are), with
/// default exports to a peer at random moments: no bundle and nothing in the
/// peer's history ever holds a value that was only held while private, and
/// the peer holds every value of the moments the contacts were public.
final class PrivateHistoryTests: XCTestCase {
    static let fields = ["phone", "address", "name", "email", "line_id", "position"]

    /// What the owner did, and so what may have left.
    struct Model {
        var isPrivate: [String: Bool] = [:]
        var everPublic: Set<String> = []
        var current: [String: [String: String]] = [:]
        /// Every value set, and those set or held while the contact was public.
        var assigned: Set<String> = []
        var published: Set<String> = []
        var counter = 0

        mutating func fresh(_ field: String) -> String {
            counter += 1
            switch field {
            case "phone": return "09" + String(format: "%08d", counter)
            case "email": return "p\(counter)@mail.example.org"
            case "line_id": return "line\(counter)"
            case "address": return "บ้านเลขที่ลับ \(counter) หมู่ 3"
            case "name": return "คุณสมศรี\(counter)"
            default: return "ตำแหน่ง\(counter)"
            }
        }

        mutating func set(_ id: String, _ field: String, _ value: String) {
            current[id, default: [:]][field] = value
            assigned.insert(value)
            if isPrivate[id] != true { published.insert(value) }
        }

        mutating func makePublic(_ id: String) {
            isPrivate[id] = false
            everPublic.insert(id)
            published.formUnion(current[id, default: [:]].values)
        }

        /// Values that were only ever held while private: none may leave.
        var secrets: Set<String> { assigned.subtracting(published) }
    }

    func testPrivateValuesNeverLeaveInGeneratedEditAndFlipSequences() throws {
        for seed in UInt64(1)...24 {
            var rng = SplitMix64(seed: seed)
            let lab = try SyncLab(self)
            let owner = try lab.replica(), ownSecond = try lab.replica(), peer = try lab.replica()
            let element = try owner.entity("ชมรมผู้สูงอายุ")
            var model = Model()
            var contacts: [String] = []
            /// The owner's laptops stay equal: everything, private included.
            func mirror(_ from: Store, _ to: Store) throws {
                try to.sync.importBundle(at: try lab.export(from, BundleExportOptions(includePrivate: true)))
            }
            try mirror(owner, ownSecond)
            for step in 0..<36 {
                let laptop = Bool.random(using: &rng) ? owner : ownSecond
                let roll = Int.random(in: 0..<10, using: &rng)
                if contacts.isEmpty || roll == 0 {
                    let makePrivate = Bool.random(using: &rng)
                    var values = ["entity": element, "private": makePrivate ? "true" : "false"]
                    for field in Self.fields.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)) { values[field] = model.fresh(field) }
                    let id = try laptop.records.create(.contact, values)
                    contacts.append(id)
                    model.isPrivate[id] = makePrivate
                    if !makePrivate { model.everPublic.insert(id) }
                    for (field, value) in values where Self.fields.contains(field) { model.set(id, field, value) }
                } else if roll <= 5 {
                    let id = contacts.randomElement(using: &rng)!
                    var values: [String: String] = [:]
                    for field in Self.fields.shuffled(using: &rng).prefix(Int.random(in: 1...2, using: &rng)) { values[field] = model.fresh(field) }
                    try laptop.records.update(id, values)
                    for (field, value) in values { model.set(id, field, value) }
                } else if roll <= 8 {
                    let id = contacts.randomElement(using: &rng)!
                    let toPrivate = model.isPrivate[id] != true
                    // Sometimes a value changes in the same edit as the flip.
                    var values = ["private": toPrivate ? "true" : "false"]
                    let field = Self.fields.randomElement(using: &rng)!
                    let alsoEdit = Int.random(in: 0..<3, using: &rng) == 0
                    if alsoEdit { values[field] = model.fresh(field) }
                    try laptop.records.update(id, values)
                    if toPrivate {
                        model.isPrivate[id] = true
                        if alsoEdit { model.set(id, field, values[field]!) }
                    } else {
                        if alsoEdit { model.current[id, default: [:]][field] = values[field]!; model.assigned.insert(values[field]!) }
                        model.makePublic(id)
                    }
                } else {
                    let id = contacts.randomElement(using: &rng)!
                    if try laptop.records.record(id)?.deleted == true { try laptop.records.restore(id) } else { try laptop.records.delete(id) }
                }
                try mirror(laptop, laptop === owner ? ownSecond : owner)

                guard Int.random(in: 0..<3, using: &rng) == 0 || step == 35 else { continue }
                let bundle = try lab.export(Bool.random(using: &rng) ? owner : ownSecond)
                let text = try String(contentsOfFile: bundle, encoding: .utf8)
                let secrets = model.secrets
                for secret in secrets {
                    XCTAssertFalse(text.contains("\"\(secret)\""), "seed \(seed) step \(step): \(secret) left in a bundle")
                }
                try peer.sync.importBundle(at: bundle)
                let peerText = try String(contentsOfFile: try lab.export(peer), encoding: .utf8)
                for id in contacts {
                    let history = try peer.records.history(of: id)
                    XCTAssertEqual(history != nil, model.everPublic.contains(id), "seed \(seed): a contact never public never leaves")
                    for version in history?.fields.flatMap(\.versions) ?? [] {
                        if let v = version.value { XCTAssertFalse(secrets.contains(v), "seed \(seed) step \(step): \(v) in the peer's history") }
                    }
                    let record = try peer.records.record(id)
                    if model.isPrivate[id] == false {
                        for field in Self.fields {
                            XCTAssertEqual(record?[field], model.current[id]?[field], "seed \(seed) step \(step): \(field) of a public contact reaches the peer")
                        }
                    } else if model.everPublic.contains(id) {
                        XCTAssertEqual(record?["private"], "1", "seed \(seed): made private again, the peer marks it private")
                    }
                }
                for secret in secrets { XCTAssertFalse(peerText.contains("\"\(secret)\""), "seed \(seed): \(secret) in the peer's bundle") }
            }
            XCTAssertEqual(try peer.sync.contentDigest(), try owner.sync.contentDigest(), "seed \(seed)")
            XCTAssertEqual(try ownSecond.sync.contentDigest(), try owner.sync.contentDigest(), "seed \(seed)")
        }
    }

    /// The bug of before, by example: a contact kept private, its phone and
    /// address changed, then made public. The next default export carries
    /// its values of now, as new values, and not those of before.
    func testAContactMadePublicTravelsWithItsValuesOfThatMomentOnly() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica(), b = try lab.replica()
        let e = try a.entity("อบต.เวียง")
        let c = try a.records.create(.contact, ["entity": e, "name": "สมชาย", "phone": "0811111111", "address": "บ้านเก่า", "private": "true"])
        try a.records.update(c, ["phone": "0822222222", "address": "บ้านใหม่"])
        try a.records.update(c, ["private": "false"])
        let bundle = try lab.export(a)
        let text = try String(contentsOfFile: bundle, encoding: .utf8)
        XCTAssertFalse(text.contains("0811111111") || text.contains("บ้านเก่า"), text)
        XCTAssertTrue(text.contains("0822222222") && text.contains("บ้านใหม่"))
        try b.sync.importBundle(at: bundle)
        let phone = try XCTUnwrap(b.records.history(of: c)?.fields.first { $0.field == "phone" })
        XCTAssertEqual(phone.versions.map(\.value), ["0822222222"], "one version, as of the moment it became public")
        let flip = try XCTUnwrap(a.records.history(of: c)?.fields.first { $0.field == "private" }?.versions.first?.stamp)
        XCTAssertEqual(phone.versions.first?.stamp, flip, "stamped as a new value at the time it became public")
        // The owner keeps every value.
        let own = try XCTUnwrap(a.records.history(of: c)?.fields.first { $0.field == "phone" })
        XCTAssertEqual(own.versions.compactMap(\.value), ["0822222222", "0822222222", "0811111111"])
        // --include-private keeps everything.
        let all = try String(contentsOfFile: try lab.export(a, BundleExportOptions(includePrivate: true)), encoding: .utf8)
        XCTAssertTrue(all.contains("0811111111") && all.contains("บ้านเก่า"))
    }

    /// A database of an older version, where a contact was made public
    /// without its values stamped anew (and a peer that received them from
    /// an older laptop): once repaired, its values travel, those of its
    /// private time never.
    func testOlderDataIsRepairedOnceAndAnOldLaptopsLeakDoesNotTravelOn() throws {
        let lab = try SyncLab(self)
        let path = lab.path("old.sqlite")
        let old = try Store(path: path, create: true)
        try old.areas.upsert(Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"))
        let e = try old.entity("ชมรม", area: "56")
        let c = try old.records.create(.contact, ["entity": e, "phone": "0811111111", "private": "true"])
        try old.records.update(c, ["phone": "0833333333"])
        // As older versions made it public: the flip alone, no new stamps.
        let flip = try old.laptop.nextStamp().description
        try old.db.run("UPDATE contacts SET private = 0 WHERE id = ?", [c])
        try old.db.run("INSERT INTO history(record_id, field, stamp, value) VALUES (?, 'private', ?, '1')",
                       [c, try old.records.currentFieldState(.contact, id: c)["private"]!.stamp])
        try old.db.run("INSERT INTO field_stamps(record_id, field, stamp) VALUES (?, 'private', ?) ON CONFLICT(record_id, field) DO UPDATE SET stamp = excluded.stamp", [c, flip])
        // An older laptop exported everything: the peer got the old phone.
        let leak = try lab.export(old, BundleExportOptions(includePrivate: true))
        let peer = try lab.replica()
        try peer.sync.importBundle(at: leak)
        let onward = try String(contentsOfFile: try lab.export(peer), encoding: .utf8)
        XCTAssertFalse(onward.contains("0811111111"), "the peer does not pass the old private value on")
        XCTAssertTrue(onward.contains("0833333333"), "but the value of the moment it became public, stamped anew")

        let before = try String(contentsOfFile: try lab.export(old), encoding: .utf8)
        XCTAssertFalse(before.contains(c), "unrepaired: the contact is held back whole rather than leak")
        try old.db.run("INSERT INTO meta(key, value) VALUES ('repair_sync_rules', '5')")
        let repaired = try Store(path: path)
        let after = try String(contentsOfFile: try lab.export(repaired), encoding: .utf8)
        XCTAssertTrue(after.contains("0833333333") && !after.contains("0811111111"), after)
    }

    /// A tambon bundle counts the private contacts it left out, not every
    /// private contact of the database: generated contacts in three tambons.
    func testATambonBundleCountsItsOwnPrivateContacts() throws {
        var rng = SplitMix64(seed: 5)
        let lab = try SyncLab(self)
        let store = try lab.replica()
        let tambons = ["560101", "560102", "950101"]
        var privateIn: [String: Int] = [:]
        for _ in 0..<60 {
            let area = tambons.randomElement(using: &rng)!
            let e = try store.entity("องค์กร \(Int.random(in: 0..<1000, using: &rng))", area: area)
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let isPrivate = Bool.random(using: &rng)
                try store.records.create(.contact, ["entity": e, "name": "ผู้ติดต่อ", "private": isPrivate ? "true" : "false"])
                if isPrivate { privateIn[area, default: 0] += 1 }
            }
        }
        for code in tambons + ["5601", "56"] {
            let p = lab.path("area-\(code).tisep")
            let report = try store.sync.exportBundle(to: p, options: BundleExportOptions(area: code))
            let expected = privateIn.filter { $0.key.hasPrefix(code) }.values.reduce(0, +)
            XCTAssertEqual(report.privateLeftOut, expected, code)
            let header = try XCTUnwrap(String(contentsOfFile: p, encoding: .utf8).split(separator: "\n").first)
            XCTAssertTrue(header.contains("\"private_left_out\":\(expected),"), String(header))
        }
        XCTAssertEqual(try store.sync.exportBundle(to: lab.path("all.tisep")).privateLeftOut, privateIn.values.reduce(0, +))
    }

    /// A hub merge follows the same rule as an export.
    func testAHubMergeCarriesNoPrivateTimeValues() throws {
        let lab = try SyncLab(self)
        let a = try lab.replica()
        let e = try a.entity("ชมรม")
        let c = try a.records.create(.contact, ["entity": e, "phone": "0811111111", "private": "true"])
        try a.records.update(c, ["phone": "0844444444", "private": "false"])
        let withdrawn = try a.records.create(.contact, ["entity": e, "phone": "0855555555"])
        try a.records.update(withdrawn, ["private": "true"])
        try a.records.update(withdrawn, ["phone": "0866666666"])
        let everything = try lab.export(a, BundleExportOptions(includePrivate: true))
        let merged = lab.path("merged.tisep")
        let report = try BundleMerge.merge([everything], into: merged)
        let text = try String(contentsOfFile: merged, encoding: .utf8)
        XCTAssertFalse(text.contains("0811111111") || text.contains("0866666666"), text)
        XCTAssertTrue(text.contains("0844444444") && text.contains("0855555555"))
        XCTAssertEqual(report.privateLeftOut, 1)
        XCTAssertEqual(try bundleBody(merged), try bundleBody(lab.export(a)), "merge and export agree")
    }
}
