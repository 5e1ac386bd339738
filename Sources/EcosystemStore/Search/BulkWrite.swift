extension Store.Records {
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
    package func withBulkWrite<T>(searchWrites: Int, _ body: () throws -> T) throws -> T {
        if context.pendingElementDocs != nil { return try db.transaction(body) } // the outer bulk write does the rest
        let cacheBefore = try db.scalarInt("PRAGMA cache_size")
        let pageSize = try db.scalarInt("PRAGMA page_size")
        let cacheBytes = cacheBefore < 0 ? -cacheBefore * 1024 : cacheBefore * pageSize
        let raise = cacheBytes < Self.bulkCacheKiB * 1024
        if raise { try db.execute("PRAGMA cache_size = -\(Self.bulkCacheKiB)") }
        // Best effort: the cache size only tunes speed, and the body's
        // outcome (its result or its error) is what the caller needs.
        defer { if raise { try? db.execute("PRAGMA cache_size = \(cacheBefore)") } }
        return try db.transaction {
            // The largest rowid stands in for the number of documents: exact
            // enough for this choice, and free where count(*) reads the table.
            let documents = try db.scalarInt("SELECT coalesce(max(rowid), 0) FROM search_docs")
            let deferIndex = searchWrites >= Self.deferredIndexMinimum && searchWrites * 10 >= documents
            context.pendingElementDocs = []
            defer { context.pendingElementDocs = nil }
            func run() throws -> T {
                let result = try body()
                let pending = context.pendingElementDocs ?? []
                context.pendingElementDocs = nil
                try search.writeElementDocs(pending)
                return result
            }
            return deferIndex ? try search.withIndexDeferred(run) : try run()
        }
    }
}

extension Store.Search {
    /// The documents of the elements a bulk write left pending. A few are
    /// read one by one, in id order so that the reads follow the B-trees.
    /// Many (a bundle's or a national import's) come from one pass over the
    /// elements joined to their live contacts: two look-ups per element
    /// were 7 of the 53 s of a national bundle import.
    func writeElementDocs(_ pending: Set<String>) throws {
        let elements = try db.scalarInt("SELECT coalesce(max(rowid), 0) FROM entities")
        guard pending.count >= 1_000, pending.count * 4 >= elements else {
            for id in pending.sorted() { try reindex(element: id) }
            return
        }
        // Entities drive the LEFT JOIN, so an element's contact rows come
        // together, in the contacts index's order, as `putElementDoc` reads them.
        let fields = Self.elementDocFields
        let contactColumn = Int32(2 + fields.count)
        var element: (id: String, deleted: Bool, values: [String: String], contacts: [[String?]])?
        func finish() throws {
            guard let e = element else { return }
            element = nil
            if e.deleted { try removeDoc(ref: e.id) } else { try putElementDoc(id: e.id, e.values, contacts: e.contacts) }
        }
        try db.prepare("""
            SELECT e.id, e.deleted, \(fields.map { "e.\"\($0)\"" }.joined(separator: ", ")),
                   c.name, c.phone, c.email, c.line_id, c.rowid
            FROM entities e LEFT JOIN contacts c ON c.entity = e.id AND c.deleted = 0
            """).forEachRow { st in
            let id = st.text(0)
            if id != element?.id {
                try finish()
                guard pending.contains(id) else { return }
                var values: [String: String] = [:]
                for (i, field) in fields.enumerated() {
                    if let v = st.string(Int32(i + 2)) { values[field] = v }
                }
                element = (id, st.int(1) != 0, values, [])
            }
            if element != nil, !st.isNull(contactColumn + 4) {
                element?.contacts.append((0..<4).map { st.string(contactColumn + $0) })
            }
        }
        try finish()
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
    func withIndexDeferred<T>(_ body: () throws -> T) throws -> T {
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
