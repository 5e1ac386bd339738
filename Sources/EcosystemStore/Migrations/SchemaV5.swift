/// Schema version 5: the sync rules of issue 13 (trust).
///
/// - `conflicts`: every conflict an import settled (a field edited on two
///   laptops without either seeing the other's edit), kept for review:
///   which value won, which lost and why (`store.sync.conflicts(since:)`,
///   `docs/bundle-format.md`). Local: never synced. One row per meeting of
///   two versions of one field.
/// - `repair_sync_rules` in `meta` asks the store to apply, once, after it
///   opens (`StoreRepair`), the rules older versions did not keep: a
///   vulnerable-group count lives under the id of its area, group and year
///   (duplicates merge), a public contact's values set while it was private
///   are stamped anew, and a laptop still named after its host alone gets a
///   name of its own. These need the store's parts, so they cannot run as
///   SQL here; they are ordinary stamped edits and sync like any edit.
///
/// Numbered 5 to follow version 4 (values held back from bundles) of the
/// validation work, which is merged beside it.
enum SchemaV5 {
    static let sql = """
    CREATE TABLE conflicts (
        record_id    TEXT NOT NULL,
        field        TEXT NOT NULL,
        winner_stamp TEXT NOT NULL,
        loser_stamp  TEXT NOT NULL,
        kind         TEXT NOT NULL,
        winner_value TEXT,
        loser_value  TEXT,
        seen         TEXT NOT NULL,
        from_laptop  TEXT NOT NULL,
        reviewed     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (record_id, field, winner_stamp, loser_stamp)
    ) WITHOUT ROWID;
    CREATE INDEX conflicts_seen ON conflicts(seen);
    INSERT INTO meta(key, value) VALUES ('repair_sync_rules', '5')
      ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    """
}
