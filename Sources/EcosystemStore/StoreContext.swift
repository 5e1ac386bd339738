import Foundation

/// What every part of the store shares: the one connection, this laptop's
/// replica id and hybrid clock, the id generator and the state of a bulk
/// write under way. Internal: the parts are the store's only way in.
final class StoreContext {
    let db: Database
    private(set) var replicaID: String
    var clock: HybridClock
    private var recordIDs = RecordIDGenerator()
    /// Elements whose search documents wait for the end of a bulk write
    /// (nil: reindex at once). See `Store.Records.withBulkWrite`.
    var pendingElementDocs: Set<String>?
    /// The matcher of the province looked at last, with the database's
    /// change version it was built at (`Elements.matchScope`): opening the
    /// needs screen again, or writing the brief after it, costs nothing.
    var matchScopes: [String: (version: Database.ChangeVersion, scope: MatchScope)] = [:]
    /// The search documents of the province searched from last
    /// (`Search.nearbyDocs`), with the change version they were read at.
    var nearbyDocs: (version: Database.ChangeVersion, docs: NearbyDocs)?

    /// Takes over a migrated database and reads (or, the first time, makes)
    /// this laptop's identity.
    init(db: Database) throws {
        self.db = db
        replicaID = ""
        clock = HybridClock(replica: "")
        try loadIdentity()
    }

    private func loadIdentity() throws {
        if let id = try meta("replica_id") {
            replicaID = id
        } else {
            replicaID = StoreContext.newReplicaID()
            try db.transaction {
                try setMeta("replica_id", replicaID)
                try setMeta("created_at", ISO8601DateFormatter().string(from: Date()))
                if try meta("replica_name") == nil {
                    try setMeta("replica_name", Store.Laptop.defaultName(replica: replicaID))
                }
            }
        }
        let last = try meta("last_stamp").flatMap(Stamp.init)
        clock = HybridClock(replica: replicaID, last: last)
    }

    /// Switches this store to another replica id, keeping the clock's
    /// position; the caller records the change in `meta`. Sync uses it when
    /// this database proves to be a file copy of another laptop's.
    func adoptReplicaID(_ id: String) {
        replicaID = id
        clock = HybridClock(replica: id, last: Stamp(wallMillis: clock.lastWall, counter: clock.lastCounter, replica: id))
    }

    /// A new id for a record created here (time-ordered: see `RecordIDGenerator`).
    func newRecordID() -> String { recordIDs.next() }

    /// 64 random bits as 16 hex digits: short enough for every stamp.
    static func newReplicaID() -> String {
        var g = SystemRandomNumberGenerator()
        let v = g.next() as UInt64
        let hex = String(v, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A fresh stamp; the clock's position is saved with the edit's transaction.
    func nextStamp() throws -> Stamp {
        let stamp = clock.next()
        try setMeta("last_stamp", stamp.description)
        return stamp
    }

    func meta(_ key: String) throws -> String? {
        try db.queryOne("SELECT value FROM meta WHERE key = ?", [key]) { $0.text(0) }
    }

    func setMeta(_ key: String, _ value: String) throws {
        try db.run("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
    }

    // The parts, for one part to reach another (`context.areas.area(code)`).
    var areas: Store.Areas { Store.Areas(context: self) }
    var records: Store.Records { Store.Records(context: self) }
    var elements: Store.Elements { Store.Elements(context: self) }
    var logs: Store.Logs { Store.Logs(context: self) }
    var indicators: Store.Indicators { Store.Indicators(context: self) }
    var search: Store.Search { Store.Search(context: self) }
    var sync: Store.Sync { Store.Sync(context: self) }
    var laptop: Store.Laptop { Store.Laptop(context: self) }
    var file: Store.File { Store.File(context: self) }
}

/// A part of the store: a small view over the shared context, made afresh
/// on each use (it holds nothing else), so parts can call each other by
/// name: `areas.area(code)`, `records.record(id)`.
protocol StorePart {
    var context: StoreContext { get }
}

extension StorePart {
    var db: Database { context.db }
    var areas: Store.Areas { context.areas }
    var records: Store.Records { context.records }
    var elements: Store.Elements { context.elements }
    var logs: Store.Logs { context.logs }
    var indicators: Store.Indicators { context.indicators }
    var search: Store.Search { context.search }
    var sync: Store.Sync { context.sync }
    var laptop: Store.Laptop { context.laptop }
}
