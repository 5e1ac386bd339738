import Foundation

/// The ecosystem store: one SQLite file per laptop, migrated on open, with
/// this laptop's replica identity and hybrid clock. Its work is done by
/// focused parts, each a small view over the same connection:
///
/// | part | what it holds |
/// | --- | --- |
/// | `areas` | provinces, amphoes, tambons; geography import; boundaries; the tree's counts |
/// | `records` | every edit: create, set, delete, restore, undo, merge, history, bulk writes |
/// | `elements` | the 4P elements as lists and the detail pane show them, their resources, contacts and projects, an area's situation, needs matched with offers |
/// | `logs` | the contact log and referrals |
/// | `indicators` | indicator definitions and values, households and the recomputation |
/// | `search` | search in Thai and English, and its index |
/// | `sync` | bundle export and import, the content digest |
/// | `laptop` | this laptop's replica id and name, its settings (`meta`) |
/// | `file` | the database file: path, schema version, integrity check, backup |
///
/// ```swift
/// let store = try Store(path: "ecosystem.sqlite")
/// let id = try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุ", "p4": "player", "role": "implementer"])
/// let hits = try store.search("ชมรม")
/// ```
public final class Store {
    let context: StoreContext

    /// The connection, for the store's own white-box tests (`@testable`).
    var db: Database { context.db }

    /// The version the migrations bring a database to.
    public static var schemaVersion: Int { Migrations.latestVersion }

    /// Opens the database at `path`. With `create: false` a missing file is
    /// an error; a file of a newer schema or of another program is refused.
    /// A write that has to wait for another writer waits as long as needed;
    /// `whileWaiting` is called once a wait has lasted a second (see
    /// `Store.File.whileWaiting`).
    public init(path: String, create: Bool = false, whileWaiting: (() -> Void)? = nil) throws {
        if !create && path != ":memory:" && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.message("no database at \(path); run 'tisep init'")
        }
        let db: Database
        do {
            db = try Database(path: path, create: create)
            db.writerWait.notice = whileWaiting
            try Migrations.migrate(db)
        } catch let StoreError.database(error) where error.code.primary == .notADatabase {
            throw StoreError.notAnEcosystemDatabase(path: path)
        }
        context = try StoreContext(db: db)
        // Once, after migration 4: mend what older versions stored (see SchemaV4);
        // then, once after migration 5, the sync rules older versions did not keep.
        if try context.meta("repair_stored_values") != nil { try context.records.repairStoredValues() }
        try context.repairSyncRulesIfAsked()
        // Once, after migration 8: the areas and boundaries an older release did not embed.
        try context.areas.addEmbeddedGeographyIfAsked()
    }

    public var areas: Areas { context.areas }
    public var records: Records { context.records }
    public var elements: Elements { context.elements }
    public var logs: Logs { context.logs }
    public var indicators: Indicators { context.indicators }
    public var search: Search { context.search }
    public var sync: Sync { context.sync }
    public var laptop: Laptop { context.laptop }
    public var file: File { context.file }

    /// Runs `body` as one transaction: every edit in it is kept, or (when it
    /// throws) none is. Nested calls become savepoints, so the parts' own
    /// transactions inside it simply join it.
    ///
    /// ```swift
    /// try store.transaction { for a in areas { try store.areas.upsert(a) } }
    /// ```
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try context.db.transaction(body)
    }
}
