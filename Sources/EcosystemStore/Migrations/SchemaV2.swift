/// Schema version 2: an index of exact search keys (folded names, codes,
/// postal codes, phone digits, e-mails, LINE IDs), so that an exact or
/// prefix match is found by a B-tree lookup whatever the size of the data,
/// instead of hoping it is among the first candidates the trigram index returns.
enum SchemaV2 {
    static let sql = """
    CREATE TABLE search_keys (
        key TEXT NOT NULL,
        ref TEXT NOT NULL,
        PRIMARY KEY (key, ref)
    ) WITHOUT ROWID;
    CREATE INDEX search_keys_ref ON search_keys(ref);
    """

    /// Fills the new table from the keys already kept in `search_docs`.
    static func apply(_ db: Database) throws {
        try db.execute(sql)
        let insert = try db.prepare("INSERT OR IGNORE INTO search_keys(key, ref) VALUES (?, ?)")
        for (ref, keys) in try db.query("SELECT ref, keys FROM search_docs", [], { ($0.text(0), $0.text(1)) }) {
            for key in keys.split(separator: Character(Store.Search.keySeparator)) where !key.isEmpty {
                try insert.run([String(key), ref])
            }
        }
    }
}
