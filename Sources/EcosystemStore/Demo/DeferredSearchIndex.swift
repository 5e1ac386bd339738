extension Store {
    /// Runs `body` in one transaction with the full-text index's triggers
    /// lifted, then puts them back and rebuilds the index once.
    ///
    /// Why: every write of a search document makes the FTS5 trigram index
    /// tokenise it again (an element is reindexed once more for each of its
    /// contacts), which was two thirds of the demo's time; one `rebuild` of
    /// the external-content index at the end costs a fraction of that. The
    /// triggers are restored from their own stored SQL, so this follows the
    /// schema, and DDL is transactional in SQLite: on any error the
    /// rollback brings the triggers back untouched.
    func withSearchIndexDeferred<T>(_ body: () throws -> T) throws -> T {
        try db.transaction {
            let triggers = try db.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs' ORDER BY name") {
                (name: $0.text(0), sql: $0.text(1))
            }
            for trigger in triggers {
                try db.execute("DROP TRIGGER \"\(trigger.name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            }
            let result = try body()
            for trigger in triggers { try db.execute(trigger.sql) }
            if !triggers.isEmpty {
                try db.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            }
            return result
        }
    }
}
