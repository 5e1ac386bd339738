/// Numbered schema migrations. Each runs in its own transaction and moves
/// `PRAGMA user_version` to its number; a database with a higher version
/// than the last one here was made by a newer tisep and is refused.
enum Migrations {
    struct Migration: Sendable {
        let version: Int
        let name: String
        let apply: @Sendable (Database) throws -> Void
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "ecosystem schema", apply: { try $0.execute(SchemaV1.sql) }),
        Migration(version: 2, name: "exact search keys", apply: { try SchemaV2.apply($0) }),
        Migration(version: 3, name: "indexes for a national data set", apply: { try $0.execute(SchemaV3.sql) }),
        Migration(version: 4, name: "intervals of indicator values; persons reached, delivery and outcomes of projects",
                  apply: { try $0.execute(SchemaV4.sql) }),
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
        for migration in all where migration.version > current {
            try db.transaction {
                try migration.apply(db)
                try db.setUserVersion(migration.version)
            }
        }
    }
}
