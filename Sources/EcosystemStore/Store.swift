import Foundation

/// The ecosystem store: one SQLite file per laptop, migrated on open, with
/// this laptop's replica identity and hybrid clock.
///
/// ```swift
/// let store = try Store(path: "ecosystem.sqlite")
/// let id = try store.create(.entity, ["name_th": "ชมรมผู้สูงอายุ", "p4": "player", "role": "implementer"])
/// ```
public final class Store {
    public let db: Database
    public private(set) var replicaID: String
    var clock: HybridClock
    private var recordIDs = RecordIDGenerator()
    /// Elements whose search documents wait for the end of a bulk write
    /// (nil: reindex at once). See `withBulkWrite`.
    var pendingElementDocs: Set<String>?

    /// The version the migrations bring a database to.
    public static var schemaVersion: Int { Migrations.latestVersion }

    /// Opens the database at `path`. With `create: false` a missing file is
    /// an error; a file of a newer schema or of another program is refused.
    public init(path: String, create: Bool = false) throws {
        if !create && path != ":memory:" && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.message("no database at \(path); run 'tisep init'")
        }
        do {
            db = try Database(path: path, create: create)
        } catch let StoreError.sqlite(code, _, _) where code & 0xFF == 26 {
            throw StoreError.notAnEcosystemDatabase(path: path) // SQLITE_NOTADB
        }
        replicaID = ""
        clock = HybridClock(replica: "")
        do {
            try Migrations.migrate(self)
        } catch let StoreError.sqlite(code, _, _) where code & 0xFF == 26 {
            throw StoreError.notAnEcosystemDatabase(path: path)
        }
        try loadIdentity()
    }

    private func loadIdentity() throws {
        if let id = try meta("replica_id") {
            replicaID = id
        } else {
            replicaID = Store.newReplicaID()
            try db.transaction {
                try setMeta("replica_id", replicaID)
                try setMeta("created_at", ISO8601DateFormatter().string(from: Date()))
                if try meta("replica_name") == nil {
                    try setMeta("replica_name", ProcessInfo.processInfo.hostName)
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

    // MARK: meta

    public func meta(_ key: String) throws -> String? {
        try db.queryOne("SELECT value FROM meta WHERE key = ?", [key]) { $0.text(0) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try db.run("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
    }

    /// The name coordinators gave this laptop (shown in history; the host
    /// name until they choose one). It travels in every bundle's header.
    public var replicaName: String {
        (try? meta("replica_name")) ?? replicaID
    }

    public func setReplicaName(_ name: String) throws {
        let trimmed = name.nfc.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 60, !trimmed.contains(where: \.isNewline) else {
            throw StoreError.invalidValue(field: "laptop name", value: name, reason: ValidationReason("give 1 to 60 characters on one line", thai: "ใส่ 1 ถึง 60 ตัวอักษรในบรรทัดเดียว"))
        }
        try setMeta("replica_name", trimmed)
    }

    /// Whether the data set came from the embedded demo generator.
    public var isDemoDataSet: Bool {
        (try? db.scalarInt("SELECT EXISTS (SELECT 1 FROM entities WHERE demo = 1 AND deleted = 0)")) ?? 0 > 0
    }

    /// A fresh stamp; the clock's position is saved with the edit's transaction.
    package func nextStamp() throws -> Stamp {
        let stamp = clock.next()
        try setMeta("last_stamp", stamp.description)
        return stamp
    }

    /// Names of laptops by replica id, for history and the detail pane.
    public func replicaNames() throws -> [String: String] {
        var names: [String: String] = [:]
        for (k, v) in try db.query("SELECT key, value FROM meta WHERE key LIKE 'replica_name:%'", [], { ($0.text(0), $0.text(1)) }) {
            names[String(k.dropFirst("replica_name:".count))] = v
        }
        names[replicaID] = replicaName
        return names
    }
}
