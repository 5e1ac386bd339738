/// Schema version 4: values held back from bundles, and a repair of what
/// older versions stored.
///
/// `held_back` keeps every value a bundle carried that breaks the
/// acceptance rule (see `HeldBackValue`), for review: `tisep check` lists
/// them. One row per value (kind, id, field, stamp); `field` is '' when a
/// whole record or area was held back, and `value` then holds its line.
///
/// Older versions accepted text that the rule now refuses. The part of it
/// that can be mended without changing what it says (not NFC, a line break
/// in a one-line field, CR LF) is mended once, after this migration, by
/// `Store.Records.repairStoredValues` — as local edits, so the old values
/// stay in history and the mends travel like any edit. The rest is named
/// by `tisep check`, with how to mend it.
enum SchemaV4 {
    static let sql = """
    CREATE TABLE held_back (
        kind        TEXT NOT NULL,
        id          TEXT NOT NULL,
        field       TEXT NOT NULL,
        stamp       TEXT NOT NULL,
        value       TEXT,
        reason      TEXT NOT NULL,
        reason_th   TEXT NOT NULL,
        bundle      TEXT NOT NULL,
        received    TEXT NOT NULL,
        from_laptop TEXT NOT NULL,
        PRIMARY KEY (kind, id, field, stamp)
    ) WITHOUT ROWID;
    INSERT INTO meta(key, value) VALUES ('repair_stored_values', '4')
      ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    """
}
