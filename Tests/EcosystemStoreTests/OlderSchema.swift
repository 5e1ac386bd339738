import Foundation
@testable import EcosystemStore

/// Turns a database of the current schema back into one an older release
/// made, by undoing each later migration's tables, indexes and columns: a
/// faithful older file, whose first open runs the real migrations again.
/// (Moving `user_version` alone is caught as a hand edit.)
enum OlderSchema {
    /// What undoes each migration (the key) of `Migrations.all`.
    static let undo: [Int: String] = [
        9: """
        ALTER TABLE indicator_values DROP COLUMN low; ALTER TABLE indicator_values DROP COLUMN high;
        ALTER TABLE projects DROP COLUMN targeted; ALTER TABLE projects DROP COLUMN reached;
        ALTER TABLE projects DROP COLUMN delivery; ALTER TABLE projects DROP COLUMN outcome_value;
        """,
        // 8 asks for the embedded geography in meta, and the store clears the request.
        8: "DELETE FROM meta WHERE key = '\(SchemaV8.request)';",
        // 7 adds rows to search_keys with INSERT OR IGNORE: they may stay.
        7: "",
        6: "ALTER TABLE resources DROP COLUMN status;",
        5: "DROP TABLE conflicts; DELETE FROM meta WHERE key = 'repair_sync_rules';",
        4: "DROP TABLE held_back; DELETE FROM meta WHERE key = 'repair_stored_values';",
        3: """
        DROP INDEX entities_player_areas; DROP INDEX indicator_values_live; DROP INDEX search_keys_area;
        CREATE INDEX search_keys_ref ON search_keys(ref);
        """,
        2: "DROP TABLE search_keys;",
    ]

    /// Brings the database at `path` (of the current schema) down to `version`.
    static func downgrade(_ path: String, to version: Int) throws {
        precondition(Migrations.all.allSatisfy { $0.version == 1 || undo[$0.version] != nil }, "a migration without its undo here")
        let db = try Database(path: path)
        try db.transaction {
            for step in Migrations.all.map(\.version).reversed() where step > version {
                try db.execute(undo[step]!)
            }
            try db.setUserVersion(version)
        }
    }
}
