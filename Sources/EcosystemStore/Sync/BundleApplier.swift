import Foundation

/// Applies a bundle's areas and records inside the import's transaction:
/// per field, last-writer-wins by stamp, every other value kept in history.
struct BundleApplier {
    let store: Store.Sync
    /// This database's replica id when the import began.
    let ownID: String
    private(set) var summary = BundleImportSummary()
    private var renewed = false

    init(store: Store.Sync, ownID: String) {
        self.store = store
        self.ownID = ownID
    }

    private var db: Database { store.db }

    /// The laptop that wrote the bundle (its replica id; "" for a hub's merge),
    /// for the values held back and the conflicts kept.
    var fromLaptop = ""
    /// Areas held back whole: records that name one are held back too.
    private var heldBackAreas = Set<String>()

    /// Keeps a value that breaks the rule for review instead of applying it.
    mutating func holdBack(_ value: HeldBackValue) throws {
        try store.keepHeldBack(value, fromLaptop: fromLaptop)
        summary.heldBackCount += 1
        if summary.heldBack.count < BundleImportSummary.heldBackListed { summary.heldBack.append(value) }
    }

    /// Adds an area this database lacks; fills a missing centroid or postal
    /// code of one it has. Names already here are kept (geography is
    /// reference data, not edited by users). What breaks the rule is held
    /// back: a new area whose code or Thai name does, whole (and the
    /// records that name it); a centroid, postal code or English name, alone.
    mutating func area(_ raw: Area, faults: [HeldBackValue]) throws {
        let isNew = try !store.areas.exists(raw.code)
        var a = raw
        if isNew, let parent = raw.parent, heldBackAreas.contains(parent) {
            try holdBack(HeldBackValue(kind: "area", id: raw.code, field: "", stamp: "", value: BundleLines.area(raw),
                                       reason: ValidationReason("its parent area \(parent) was held back", thai: "พื้นที่แม่ \(parent) ถูกกันไว้")))
            heldBackAreas.insert(raw.code)
            return
        }
        if !faults.isEmpty {
            if isNew, let whole = faults.first(where: { $0.field == "area" || $0.field == "name_th" }) {
                try holdBack(HeldBackValue(kind: "area", id: raw.code, field: "", stamp: "", value: BundleLines.area(raw), reason: whole.reason))
                heldBackAreas.insert(raw.code)
                return
            }
            // The names of an area already here are not taken, so not held back either.
            for fault in faults where isNew || (fault.field != "name_th" && fault.field != "name_en") { try holdBack(fault) }
            for fault in faults {
                switch fault.field {
                case "lat", "lon": a.lat = nil; a.lon = nil
                case "postal_code": a.postalCode = nil
                case "name_en": a.nameEN = ""
                default: break
                }
            }
        }
        try db.run("""
            INSERT INTO areas(code, level, parent, name_th, name_en, lat, lon, postal_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET lat = coalesce(lat, excluded.lat), lon = coalesce(lon, excluded.lon),
              postal_code = coalesce(postal_code, excluded.postal_code)
            """, [a.code, a.level.rawValue, a.parent, a.nameTH, a.nameEN, a.lat, a.lon, a.postalCode])
        if isNew {
            summary.areasAdded += 1
            try store.search.reindex(area: a)
        }
    }

    /// Types whose table was empty when their first record arrived. The
    /// reader lets a type's records through only in increasing id order,
    /// never twice, so none of them can be here already: importing into a
    /// new laptop's empty database skips a look-up per record.
    private var emptyAtFirst: Set<RecordType> = []
    private var typesSeen: Set<RecordType> = []

    /// Contacts this import touched that are or were private, here or in
    /// the bundle: after the last line, the store stamps anew the values of
    /// those now public that were set while they were private
    /// (`PrivateHistory`), so they travel on.
    private(set) var contactsToRecheck = Set<String>()
    /// Contacts that were private here before the import (read at the first contact).
    private var everPrivateHere: Set<String>?

    /// Keeps a conflict the merge rule settled: in the summary (the first
    /// `conflictsListed`) and in the database for review.
    private mutating func conflict(_ r: BundleRecord, _ field: String, winner: (String, String?), loser: (String, String?)) throws {
        let c = SyncConflict(type: r.type, recordID: r.id, field: field, winner: winner, loser: loser, seen: Date(), fromLaptop: fromLaptop)
        try store.keep(c)
        if summary.conflicts.count < BundleImportSummary.conflictsListed { summary.conflicts.append(c) }
    }

    /// Whether an import checks for this database's own edits that it does
    /// not hold (a file copy, see `renew`). Schema 5's repair, folding this
    /// laptop's own counts, sets it false.
    var checksCopies = true

    mutating func record(_ raw: BundleRecord) throws {
        if !heldBackAreas.isEmpty, let area = raw.cleaned().referencedAreas.first(where: heldBackAreas.contains) {
            try holdWhole(raw, ValidationReason("names area \(area), which was held back", thai: "อ้างถึงพื้นที่ \(area) ซึ่งถูกกันไว้"))
            return
        }
        let incoming = raw.cleaned()
        if typesSeen.insert(incoming.type).inserted, try db.scalarInt("SELECT EXISTS (SELECT 1 FROM \(incoming.type.table))") == 0 {
            emptyAtFirst.insert(incoming.type)
        }
        var r = incoming
        var copiesChecked = !checksCopies
        if r.type == .vulnerable, let folded = try foldedAlias(incoming) {
            r = folded
            copiesChecked = true
            summary.duplicateCountsMerged += 1
        }
        var counts = summary.byType[r.type] ?? BundleTypeSummary()
        defer { summary.byType[r.type] = counts }
        if r.type == .contact {
            if everPrivateHere == nil { everPrivateHere = emptyAtFirst.contains(.contact) ? [] : try store.records.contactsEverPrivate() }
            if everPrivateHere?.contains(r.id) == true || r.fields["private"]?.contains(where: { $0.value == "1" }) == true {
                contactsToRecheck.insert(r.id)
            }
        }
        let localBase = emptyAtFirst.contains(r.type) ? nil
            : try db.queryOne(BundleApplier.stampSQL[r.type]!, [r.id], { $0.text(0) })
        guard let localBase else {
            // New here: without its held-back values it must still be a record.
            // (Without faults the reader has seen every required field set.)
            if !raw.faults.isEmpty, let lacking = r.type.storedFields.first(where: { spec in
                (spec.required || spec.kind == .bool) && (r.fields[spec.name]?.first?.value ?? nil) == nil
            }) {
                let why = raw.faults.first { $0.field == lacking.name }?.reason ?? .required
                try holdWhole(raw, ValidationReason("\(lacking.name): \(why.english)", thai: "\(lacking.name): \(why.thai)"))
                return
            }
            for fault in raw.faults { try holdBack(fault) }
            if !copiesChecked, r.fields.values.contains(where: { $0.contains { isOwn($0.stamp) } }) { try renew() }
            try insert(r)
            counts.created += 1
            return
        }
        for fault in raw.faults { try holdBack(fault) }
        let local = try store.records.currentFieldState(r.type, id: r.id)
        if r.stamp < localBase {
            // The earliest creation wins the base stamp (two laptops can make
            // the same natural-key record); fields keep their own stamps.
            for (field, state) in local {
                try db.run("INSERT OR IGNORE INTO field_stamps(record_id, field, stamp) VALUES (?, ?, ?)", [r.id, field, state.stamp])
            }
            try db.run("UPDATE \(r.type.table) SET stamp = ? WHERE id = ?", [r.stamp, r.id])
        }
        var winners: [String: [String: String?]] = [:]
        var becameDeleted = false
        for spec in r.type.storedFields {
            guard let versions = r.fields[spec.name], let top = versions.first, let mine = local[spec.name] else { continue }
            if !copiesChecked, !renewed, try versions.contains(where: { try isOwn($0.stamp) && !has(r.id, spec.name, $0.stamp, mine.stamp) }) {
                try renew()
            }
            if top.stamp > mine.stamp {
                winners[top.stamp, default: [:]][spec.name] = .some(top.value)
                if top.value != mine.value && !versions.contains(where: { $0.stamp == mine.stamp }) {
                    counts.conflicts += 1
                    try conflict(r, spec.name, winner: (top.stamp, top.value), loser: (mine.stamp, mine.value))
                }
                if spec.name == SystemField.deleted && top.value == "1" && mine.value != "1" { becameDeleted = true }
            } else if top.stamp < mine.stamp, top.value != mine.value, try !has(r.id, spec.name, top.stamp, mine.stamp) {
                counts.conflicts += 1
                try conflict(r, spec.name, winner: (mine.stamp, mine.value), loser: (top.stamp, top.value))
            }
            let kept = max(top.stamp, mine.stamp)
            for v in versions where v.stamp != kept && v.stamp != mine.stamp {
                try db.run("INSERT OR IGNORE INTO history(record_id, field, stamp, value) VALUES (?, ?, ?, ?)", [r.id, spec.name, v.stamp, v.value])
            }
        }
        for (stamp, values) in winners.sorted(by: { $0.key < $1.key }) {
            guard let s = Stamp(stamp) else { continue }
            _ = try store.records.setFields(r.type, id: r.id, values: values, stamp: s)
        }
        if becameDeleted { counts.deleted += 1 } else if !winners.isEmpty { counts.updated += 1 } else { counts.unchanged += 1 }
    }

    /// Holds back a whole record, its line as the bundle carried it.
    private mutating func holdWhole(_ raw: BundleRecord, _ reason: ValidationReason) throws {
        try holdBack(HeldBackValue(kind: raw.type.rawValue, id: raw.id, field: "", stamp: raw.stamp,
                                   value: BundleLines.record(raw), reason: reason))
    }

    /// A vulnerable-group count under another id than that of its area,
    /// group and year (from a laptop not yet upgraded, see
    /// `VulnerableCounts.swift`): while it is live, it becomes the count of
    /// its key, with every version of every field it has here and in the
    /// bundle, and its own row here goes. Nil: not such a count (a deleted
    /// one stays a tombstone under its own id).
    private mutating func foldedAlias(_ incoming: BundleRecord) throws -> BundleRecord? {
        func key(_ record: BundleRecord) -> String? {
            Store.Records.vulnerableCountID(values: Dictionary(uniqueKeysWithValues: Store.Records.vulnerableKeyFields.map { ($0, record.current($0)) }))
        }
        guard key(incoming) != incoming.id else { return nil }
        let isHere = try !emptyAtFirst.contains(.vulnerable) && db.queryOne(BundleApplier.stampSQL[.vulnerable]!, [incoming.id], { $0.text(0) }) != nil
        let alias = isHere ? try store.bundleRecord(.vulnerable, id: incoming.id).union(incoming) : incoming
        guard alias.current(SystemField.deleted) != "1", let target = key(alias), target != alias.id else { return nil }
        if checksCopies { try checkCopy(incoming, holders: [incoming.id, target]) }
        if isHere { try store.records.purge(.vulnerable, id: incoming.id) }
        // The count of the key may now be here before its own line arrives.
        emptyAtFirst.remove(.vulnerable)
        var moved = alias
        moved.id = target
        return moved
    }

    /// `renew` when `incoming` carries an edit of this database that none
    /// of `holders` has here.
    private mutating func checkCopy(_ incoming: BundleRecord, holders: [String]) throws {
        guard !renewed else { return }
        var held = Set<String>()
        for id in holders where try db.queryOne(BundleApplier.stampSQL[incoming.type]!, [id], { $0.text(0) }) != nil {
            for versions in try store.bundleRecord(incoming.type, id: id).fields.values { held.formUnion(versions.map(\.stamp)) }
        }
        if incoming.fields.values.contains(where: { $0.contains { isOwn($0.stamp) && !held.contains($0.stamp) } }) { try renew() }
    }

    /// A new record exactly as the bundle has it: current values under the
    /// base stamp, other stamps in `field_stamps`, the rest in history.
    private func insert(_ r: BundleRecord) throws {
        let specs = r.type.storedFields
        var binds: [SQLBindable] = [r.id, r.stamp]
        var values: [String: String] = [:]
        for spec in specs {
            let value = r.current(spec.name)
            binds.append(spec.sqlValue(value))
            if let value { values[spec.name] = value }
        }
        try db.run(BundleApplier.insertSQL[r.type]!, binds)
        for spec in specs {
            guard let versions = r.fields[spec.name], let top = versions.first else { continue }
            if top.stamp != r.stamp {
                try db.run("INSERT INTO field_stamps(record_id, field, stamp) VALUES (?, ?, ?)", [r.id, spec.name, top.stamp])
            }
            for v in versions.dropFirst() {
                try db.run("INSERT OR IGNORE INTO history(record_id, field, stamp, value) VALUES (?, ?, ?, ?)", [r.id, spec.name, v.stamp, v.value])
            }
        }
        try store.records.afterInsert(r.type, id: r.id, values: values, deleted: values[SystemField.deleted] == "1",
                              adoptsResources: r.type == .entity, elementDocLater: true)
    }

    private static let stampSQL = Dictionary(uniqueKeysWithValues: RecordType.allCases.map {
        ($0, "SELECT stamp FROM \($0.table) WHERE id = ?")
    })

    private static let insertSQL = Dictionary(uniqueKeysWithValues: RecordType.allCases.map { type in
        let columns = ["id", "stamp"] + type.storedFields.map(\.quotedColumn)
        return (type, "INSERT INTO \(type.table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
    })

    private func isOwn(_ stamp: String) -> Bool {
        !renewed && stamp.hasSuffix("." + ownID)
    }

    /// Whether this database already holds that value of the field.
    private func has(_ id: String, _ field: String, _ stamp: String, _ current: String) throws -> Bool {
        if stamp == current { return true }
        return try db.scalarInt("SELECT count(*) FROM history WHERE record_id = ? AND field = ? AND stamp = ?", [id, field, stamp]) > 0
    }

    /// The bundle holds edits stamped with this database's own id that it
    /// does not have: another laptop runs a file copy of this database. This
    /// one takes a new id so that the two stop making look-alike stamps;
    /// no data changes.
    private mutating func renew() throws {
        guard !renewed else { return }
        renewed = true
        let newID = StoreContext.newReplicaID()
        try store.context.setMeta("replica_name:\(ownID)", try store.laptop.name())
        try store.context.setMeta("replica_id", newID)
        store.context.adoptReplicaID(newID)
        try store.laptop.followNewID(old: ownID, new: newID)
        summary.newReplicaID = newID
    }
}
