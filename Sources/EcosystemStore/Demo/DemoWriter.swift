/// An ecosystem element before it is written, its values already in the
/// store's canonical form.
struct DemoElement {
    var key: String
    var nameTH: String
    var nameEN: String
    var p4: P4Kind
    var role: PlayerRole? = nil
    var sector: Sector? = nil
    var level: CivilSocietyLevel? = nil
    var areas: [String]
    var description: String
    var targets: [TargetGroup] = []
    var issues: [IssueArea] = []
    var phone: String? = nil
    var email: String? = nil
    var lineID: String? = nil

    var values: [String: String?] {
        ["name_th": nameTH, "name_en": nameEN, "p4": p4.rawValue, "role": role?.rawValue,
         "sector": sector?.rawValue, "level": level?.rawValue, "area": DemoWriter.list(areas),
         "phone": phone, "email": email, "line_id": lineID, "description": description,
         "target_groups": DemoWriter.list(targets.map(\.rawValue)), "issues": DemoWriter.list(issues.map(\.rawValue))]
    }
}

/// Writes demo records: every one marked demo, stamped with one fixed
/// stamp and given an id derived from the seed, so that two laptops that
/// load the demo hold the very same records and their bundles agree.
package final class DemoWriter {
    let store: Store
    let seed: UInt64
    let stamp: Stamp
    private(set) var counts: [RecordType: Int] = [:]
    private var keys: Set<String> = []

    /// 2025-01-01T00:00:00Z, from a replica id no laptop draws (all hex
    /// digits would be needed to collide, and "demo" is not hex).
    static let fixedStamp = Stamp(wallMillis: 1_735_689_600_000, counter: 0, replica: "demo000000000000")

    init(store: Store, seed: UInt64) {
        self.store = store
        self.seed = seed
        self.stamp = DemoWriter.fixedStamp
    }

    /// The canonical form of a list field: distinct items, sorted, comma-joined; nil when empty.
    package static func list(_ items: [String]) -> String? {
        var distinct: [String] = []
        for item in items.sorted() where distinct.last != item { distinct.append(item) }
        return distinct.isEmpty ? nil : distinct.joined(separator: ",")
    }

    /// Writes a record whose id derives from `key`; a repeated key is a bug
    /// of the generator (it would silently merge two records), so it throws.
    @discardableResult
    func write(_ type: RecordType, key: String, _ values: [String: String?]) throws -> String {
        try write(type, id: DemoRandom.recordID(seed: seed, key: key), key: key, values)
    }

    /// Writes a record with a natural id (`vg-560101-stateless-2025`).
    @discardableResult
    func write(_ type: RecordType, id: String, key: String? = nil, _ values: [String: String?]) throws -> String {
        guard keys.insert(key ?? id).inserted else {
            throw StoreError.message("demo generator: two records with the key \(key ?? id)")
        }
        _ = try store.records.insertCanonical(type, id: id, values: values, demo: true, stamp: stamp)
        counts[type, default: 0] += 1
        return id
    }

    @discardableResult
    func element(_ e: DemoElement) throws -> String {
        try write(.entity, key: "entity/" + e.key, e.values)
    }

    func contact(entity: String, key: String, name: String, position: String, phone: String,
                 email: String? = nil, lineID: String? = nil, isPrivate: Bool) throws {
        try write(.contact, key: "contact/" + key, [
            "entity": entity, "name": name, "position": position, "phone": phone,
            "email": email, "line_id": lineID, "private": isPrivate ? "1" : "0",
        ])
    }

    func resource(entity: String, key: String, _ kind: ResourceKind, _ category: ResourceCategory,
                  _ description: String, quantity: String? = nil, area: String? = nil, period: String? = nil) throws {
        try write(.resource, key: "resource/" + key, [
            "entity": entity, "kind": kind.rawValue, "category": category.rawValue, "description": description,
            "quantity": quantity, "area": area, "period": period,
        ])
    }
}
