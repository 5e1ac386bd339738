/// Numbered schema migrations. Each runs in its own transaction and moves
/// `PRAGMA user_version` to its number; a database with a higher version
/// than the last one here was made by a newer tisep and is refused.
enum Migrations {
    struct Migration: Sendable {
        let version: Int
        let name: String
        /// A table or index this migration creates and no later one drops:
        /// whether it exists tells whether the migration ran, so a
        /// `user_version` changed by hand is caught (nil: not checked).
        var marker: String? = nil
        let apply: @Sendable (Database) throws -> Void
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "ecosystem schema", marker: "entities", apply: { try $0.execute(SchemaV1.sql) }),
        Migration(version: 2, name: "exact search keys", marker: "search_keys", apply: { try SchemaV2.apply($0) }),
        Migration(version: 3, name: "indexes for a national data set", marker: "entities_player_areas", apply: { try $0.execute(SchemaV3.sql) }),
        Migration(version: 4, name: "values held back from bundles", marker: "held_back", apply: { try $0.execute(SchemaV4.sql) }),
        Migration(version: 5, name: "conflicts kept for review; sync rules repaired", marker: "conflicts", apply: { try $0.execute(SchemaV5.sql) }),
        // Issue 16 (numbered after the trust work's 4 and 5, merged before):
        // a column and index rows, no table or index of their own to mark them.
        Migration(version: 6, name: "resource status (open or met)", apply: { try $0.execute(SchemaV6.sql) }),
        Migration(version: 7, name: "word starts of English names in the exact search keys", apply: { try SchemaV7.apply($0) }),
        // Issue 15 (numbered after issue 16's 6 and 7): a request in meta
        // that the store clears once the geography is loaded (no table or
        // index of its own to mark it).
        Migration(version: 8, name: "the whole country's geography and boundaries", apply: { try $0.execute(SchemaV8.sql) }),
        // Issue 19: columns only, no table or index of their own to mark them.
        Migration(version: 9, name: "intervals of indicator values; persons reached, delivery and outcomes of projects",
                  apply: { try $0.execute(SchemaV9.sql) }),
    ]

    static var latestVersion: Int { all.last?.version ?? 0 }

    /// Brings `db` to the latest version. Throws `newerSchema` for a database
    /// from the future and `notAnEcosystemDatabase` for a foreign file.
    static func migrate(_ db: Database) throws {
        let current = try db.userVersion
        if current > latestVersion {
            throw StoreError.newerSchema(found: current, supported: latestVersion)
        }
        if current == 0 {
            let tables = try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
            if tables > 0 { throw StoreError.notAnEcosystemDatabase(path: db.path) }
        }
        for migration in all {
            guard let marker = migration.marker else { continue }
            let present = try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = ?", [marker]) > 0
            if present != (migration.version <= current) {
                throw StoreError.inconsistentSchema(path: db.path, version: current)
            }
        }
        for migration in all where migration.version > current {
            try db.transaction {
                try migration.apply(db)
                try db.setUserVersion(migration.version)
            }
        }
    }
}
