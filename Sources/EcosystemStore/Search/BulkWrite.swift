extension Store {
    /// A bulk write of fewer search documents than this keeps the trigram
    /// index's triggers: below it, one `rebuild` of the whole index would
    /// cost more than indexing the documents one by one.
    static let deferredIndexMinimum = 2_000

    /// The page cache a bulk write gets (KiB), against SQLite's default of
    /// 2 MB: a bulk import touches every index of the tables it fills, and
    /// once those outgrow the cache each insert waits on a page read (the
    /// worse-than-linear growth of issue 8). Restored afterwards, so
    /// browsing keeps its small footprint.
    static let bulkCacheKiB = 65_536

    /// Runs `body`, which writes many records, in one transaction (a
    /// savepoint inside a larger one) set up for bulk work:
    /// - a larger page cache for its duration;
    /// - each element's search document written once, at the end, however
    ///   many of its contacts the body writes;
    /// - when `searchWrites` (about how many search documents the body
    ///   writes) is large against the index (a tenth of it, and at least
    ///   `deferredIndexMinimum`), the trigram index built once at the end
    ///   instead of document by document (`withSearchIndexDeferred`).
    ///
    /// All of it inside the transaction: on any error the rollback leaves
    /// the index, its triggers and the documents as they were.
    func withBulkWrite<T>(searchWrites: Int, _ body: () throws -> T) throws -> T {
        if pendingElementDocs != nil { return try db.transaction(body) } // the outer bulk write does the rest
        let cacheBefore = try db.scalarInt("PRAGMA cache_size")
        let pageSize = try db.scalarInt("PRAGMA page_size")
        let cacheBytes = cacheBefore < 0 ? -cacheBefore * 1024 : cacheBefore * pageSize
        let raise = cacheBytes < Store.bulkCacheKiB * 1024
        if raise { try db.execute("PRAGMA cache_size = -\(Store.bulkCacheKiB)") }
        defer { if raise { try? db.execute("PRAGMA cache_size = \(cacheBefore)") } }
        return try db.transaction {
            // The largest rowid stands in for the number of documents: exact
            // enough for this choice, and free where count(*) reads the table.
            let documents = try db.scalarInt("SELECT coalesce(max(rowid), 0) FROM search_docs")
            let deferIndex = searchWrites >= Store.deferredIndexMinimum && searchWrites * 10 >= documents
            pendingElementDocs = []
            defer { pendingElementDocs = nil }
            func run() throws -> T {
                let result = try body()
                let pending = pendingElementDocs ?? []
                pendingElementDocs = nil
                // In id order: the reads of the elements and their contacts follow the B-trees.
                for id in pending.sorted() { try reindex(entity: id) }
                return result
            }
            return deferIndex ? try withSearchIndexDeferred(run) : try run()
        }
    }

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
