/// Schema version 7: the exact-key index also holds the start of every
/// Latin word of a key (`Store.Search.indexedKeys`), so that "vo" finds
/// "Wiang Village Health Volunteers" as "vol" did through the text index.
enum SchemaV7 {
    static func apply(_ db: Database) throws {
        let insert = try db.prepare("INSERT OR IGNORE INTO search_keys(key, ref) VALUES (?, ?)")
        // Only keys with a space can hold a word start.
        for (ref, keys) in try db.query("SELECT ref, keys FROM search_docs WHERE instr(keys, ' ') > 0", [], { ($0.text(0), $0.text(1)) }) {
            for key in keys.split(separator: Character(Store.Search.keySeparator)) {
                for start in Store.Search.wordStarts(of: key) { try insert.run([start, ref]) }
            }
        }
    }
}
