import Foundation

/// A conflict is shown, not only counted (issue 13, section 6).
///
/// A conflict is a field that two laptops edited without either having
/// seen the other's edit (see `docs/bundle-format.md`). An import settles
/// it by the merge rule — the version with the greater stamp wins, the
/// other is kept in history — and now also says so: each conflict is in the
/// import's summary (`BundleImportSummary.conflicts`), in `tisep import`'s
/// text and JSON, and kept in this database (`conflicts`, never synced) for
/// review, with the losing value one call away from being restored
/// (`store.records.restoreLosingValue`).

/// Why the winning value won, as the merge rule applies it: stamps are
/// `wall-ms.counter.replica` compared as text, so the later wall time
/// wins, then the greater counter (edits within one millisecond, or a clock
/// that had seen a later stamp), and only at the same millisecond and
/// counter the greater replica id.
public enum ConflictRule: String, Sendable, Equatable {
    /// The winning edit's stamp is later (time, then counter).
    case laterEdit = "later-edit"
    /// Both edits have the same time and counter: the greater laptop id wins.
    case sameMomentGreaterLaptopID = "same-moment-greater-laptop-id"

    static func deciding(winner: Stamp, loser: Stamp) -> ConflictRule {
        (winner.wallMillis, winner.counter) == (loser.wallMillis, loser.counter) ? .sameMomentGreaterLaptopID : .laterEdit
    }

    public var english: String {
        switch self {
        case .laterEdit: return "the later edit wins"
        case .sameMomentGreaterLaptopID: return "edited at the same moment: the greater laptop id wins"
        }
    }

    public var thai: String {
        switch self {
        case .laterEdit: return "การแก้ไขที่หลังกว่าชนะ"
        case .sameMomentGreaterLaptopID: return "แก้ไขพร้อมกัน: เครื่องที่รหัสมากกว่าชนะ"
        }
    }
}

/// One side of a conflict.
public struct ConflictVersion: Sendable, Equatable {
    public let value: String?
    public let stamp: String
    /// The laptop that made the edit (replica id), and its name when known.
    public let laptop: String
    public var laptopName: String?
    public var date: Date { Stamp(stamp)?.date ?? Date(timeIntervalSince1970: 0) }
}

/// A field edited on two laptops, and how the merge settled it.
public struct SyncConflict: Sendable, Equatable {
    public let type: RecordType
    public let recordID: String
    /// What a person calls the record (an element's name, a count's group,
    /// area and year, …), as it is now.
    public var recordName: String
    public let field: String
    public let winner: ConflictVersion
    public let loser: ConflictVersion
    public var rule: ConflictRule
    /// When this laptop saw the two meet (the import).
    public let seen: Date
    /// The laptop whose bundle brought the other side ("" for a hub's merge).
    public let fromLaptop: String
    /// Whether someone has dealt with it (restored the losing value or dismissed it).
    public var reviewed: Bool

    init(type: RecordType, recordID: String, recordName: String = "", field: String, winner: ConflictVersion, loser: ConflictVersion,
         seen: Date, fromLaptop: String, reviewed: Bool = false) {
        self.type = type
        self.recordID = recordID
        self.recordName = recordName
        self.field = field
        self.winner = winner
        self.loser = loser
        self.rule = Stamp(winner.stamp).flatMap { w in Stamp(loser.stamp).map { ConflictRule.deciding(winner: w, loser: $0) } } ?? .laterEdit
        self.seen = seen
        self.fromLaptop = fromLaptop
        self.reviewed = reviewed
    }

    /// Made from what the merge compared: the winning and losing (stamp, value).
    init(type: RecordType, recordID: String, field: String, winner: (stamp: String, value: String?), loser: (stamp: String, value: String?),
         seen: Date, fromLaptop: String) {
        self.init(type: type, recordID: recordID, field: field,
                  winner: ConflictVersion(value: winner.value, stamp: winner.stamp, laptop: Stamp(winner.stamp)?.replica ?? ""),
                  loser: ConflictVersion(value: loser.value, stamp: loser.stamp, laptop: Stamp(loser.stamp)?.replica ?? ""),
                  seen: seen, fromLaptop: fromLaptop)
    }
}

extension Store.Sync {
    /// Conflicts imports have settled, newest first: those seen at or after
    /// `since` (all without), not those reviewed unless asked, at most `limit`.
    ///
    /// ```swift
    /// for c in try store.sync.conflicts(since: Date().addingTimeInterval(-7 * 86_400)) {
    ///     print(c.recordName, c.field, c.winner.value ?? "", "over", c.loser.value ?? "", c.rule.english)
    /// }
    /// ```
    public func conflicts(since: Date? = nil, includeReviewed: Bool = false, limit: Int = 1_000) throws -> [SyncConflict] {
        let iso = ISO8601DateFormatter()
        var sql = "SELECT record_id, field, winner_stamp, loser_stamp, kind, winner_value, loser_value, seen, from_laptop, reviewed FROM conflicts WHERE seen >= ?"
        if !includeReviewed { sql += " AND reviewed = 0" }
        sql += " ORDER BY seen DESC, record_id, field, loser_stamp LIMIT ?"
        let rows = try db.query(sql, [since.map(iso.string(from:)) ?? "", limit]) { st in
            SyncConflict(type: RecordType(rawValue: st.text(4)) ?? .entity, recordID: st.text(0), field: st.text(1),
                         winner: (st.text(2), st.string(5)), loser: (st.text(3), st.string(6)),
                         seen: iso.date(from: st.text(7)) ?? Date(timeIntervalSince1970: 0), fromLaptop: st.text(8))
                .reviewed(st.int(9) != 0)
        }
        return try named(rows)
    }

    /// Marks a conflict dealt with: it leaves the default list.
    public func markReviewed(_ conflict: SyncConflict) throws {
        try db.run("UPDATE conflicts SET reviewed = 1 WHERE record_id = ? AND field = ? AND winner_stamp = ? AND loser_stamp = ?",
                   [conflict.recordID, conflict.field, conflict.winner.stamp, conflict.loser.stamp])
    }

    /// Keeps a conflict an import settled (inside the import's transaction).
    func keep(_ c: SyncConflict) throws {
        try db.run("""
            INSERT OR IGNORE INTO conflicts(record_id, field, winner_stamp, loser_stamp, kind, winner_value, loser_value, seen, from_laptop)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [c.recordID, c.field, c.winner.stamp, c.loser.stamp, c.type.rawValue, c.winner.value, c.loser.value,
                  ISO8601DateFormatter().string(from: c.seen), c.fromLaptop])
    }

    /// The conflicts with their records' names and laptops' names filled in.
    func named(_ conflicts: [SyncConflict]) throws -> [SyncConflict] {
        let names = try laptop.names()
        var recordNames: [String: String] = [:]
        return try conflicts.map { c in
            var c = c
            if recordNames[c.recordID] == nil { recordNames[c.recordID] = try records.displayName(c.type, id: c.recordID) }
            c.recordName = recordNames[c.recordID] ?? ""
            c = c.withLaptopNames(names)
            return c
        }
    }
}

extension SyncConflict {
    fileprivate func reviewed(_ flag: Bool) -> SyncConflict {
        var c = self
        c.reviewed = flag
        return c
    }

    func withLaptopNames(_ names: [String: String]) -> SyncConflict {
        var w = winner, l = loser
        w.laptopName = names[w.laptop]
        l.laptopName = names[l.laptop]
        var c = SyncConflict(type: type, recordID: recordID, recordName: recordName, field: field, winner: w, loser: l,
                             seen: seen, fromLaptop: fromLaptop, reviewed: reviewed)
        c.rule = rule
        return c
    }
}

extension RecordType {
    /// What a person calls a record of this type, from its current values
    /// (`value(field)`): an element's or project's Thai name, a contact's
    /// name, a resource's description, a count's group, area and year, an
    /// indicator value's indicator, area and year, a contact log's date and
    /// who, a referral's case code.
    static func displayName(_ type: RecordType, _ value: (String) -> String?) -> String {
        let parts: [String?]
        switch type {
        case .entity, .project: parts = [value("name_th")]
        case .contact: parts = [value("name") ?? value("position") ?? value("phone").map(PhoneNumber.format)]
        case .resource: parts = [value("description").map { String($0.prefix(60)) } ?? value("kind")]
        case .vulnerable: parts = [value("target_group"), value("area"), value("year")]
        case .indicatorValue: parts = [value("indicator"), value("area"), value("year")]
        case .contactLog: parts = [value("date"), value("who")]
        case .referral: parts = [value("case_code")]
        }
        return parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension Store.Records {
    /// What a person calls a record: an element's or project's Thai name,
    /// a contact's name, a resource's description, a count's group, area
    /// and year, an indicator value's indicator, area and year, a contact
    /// log's date and who, a referral's case code ("" when gone).
    public func displayName(_ type: RecordType, id: String) throws -> String {
        guard let r = try record(id, type: type) else { return "" }
        let named = RecordType.displayName(type) { r[$0] }
        // An area's code reads better with its name.
        guard let code = r["area"], [.vulnerable, .indicatorValue].contains(type), let area = try areas.area(code) else { return named }
        return named.replacingOccurrences(of: code, with: "\(area.nameTH) \(code)")
    }

    /// Sets `field` of record `id` back to the value it had at `stamp` (one
    /// of its versions, current or in history), as a new local edit that
    /// wins everywhere; returns the edits that undo it (empty when the
    /// field already holds that value). The key of a vulnerable-group count
    /// does not change this way either.
    public func restoreValue(of id: String, field: String, stamp: String) throws -> [InverseEdit] {
        guard let type = try recordType(of: id), let before = try record(id, type: type) else { throw StoreError.unknownRecord(id) }
        guard type.storedFields.contains(where: { $0.name == field }) else {
            throw StoreError.unknownField(type: type.rawValue, field: field, accepted: type.storedFields.map(\.name))
        }
        guard let version = try sync.bundleRecord(type, id: id).fields[field]?.first(where: { $0.stamp == stamp }) else {
            throw StoreError.message("\(id) has no value of \(field) stamped \(stamp); 'tisep history \(id)' lists them")
        }
        if type == .vulnerable { try checkVulnerableKeyUnchanged(id, [field: version.value]) }
        let changed = try db.transaction { try setFields(type, id: id, values: [field: version.value], stamp: nil) }
        guard !changed.isEmpty else { return [] }
        if field == SystemField.deleted { return [before.deleted ? .delete(id) : .restore(id)] }
        return [.set(id, [field: before[field] ?? ""])]
    }

    /// Restores the value that lost `conflict` (see `restoreValue`) and
    /// marks the conflict reviewed; returns the edits that undo it.
    public func restoreLosingValue(_ conflict: SyncConflict) throws -> [InverseEdit] {
        try db.transaction {
            let undo = try restoreValue(of: conflict.recordID, field: conflict.field, stamp: conflict.loser.stamp)
            try sync.markReviewed(conflict)
            return undo
        }
    }
}
