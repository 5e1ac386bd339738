import AsciiMap
import CSQLite
import EcosystemStore
import Foundation
import TISEPTerm

/// The yardstick of `tisep-bench scale`: the same rows written by plain
/// SQLite through its C API — one prepared statement per table, one
/// transaction, the same settings as the store (WAL, synchronous NORMAL) —
/// and the same kind of FTS5 trigram index built once afterwards; and a
/// `LIKE '%q%'` scan for the same queries. What tisep does above this
/// (validation, stamps, history, areas served, search documents and keys)
/// is what the ratios measure.
public final class PlainSQLite {
    private let db: OpaquePointer
    public let path: String

    /// Creates a fresh database at `path` (any old one is removed).
    public init(path: String) throws {
        self.path = path
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let handle else {
            throw StoreError.message("plain sqlite: cannot open \(path)")
        }
        db = handle
        try exec("PRAGMA journal_mode = WAL")
        try exec("PRAGMA synchronous = NORMAL")
    }

    deinit { sqlite3_close_v2(db) }

    /// The SQLite library's version ("3.40.1").
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    public func exec(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &message) != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? "error"
            sqlite3_free(message)
            throw StoreError.message("plain sqlite: \(text): \(sql.prefix(80))")
        }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer {
        var st: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &st, nil) == SQLITE_OK, let st else {
            throw StoreError.message("plain sqlite: \(String(cString: sqlite3_errmsg(db))): \(sql.prefix(80))")
        }
        return st
    }

    /// Creates `table` with a text primary key `id` and text `columns`.
    public func createTable(_ table: String, columns: [String]) throws {
        try exec("CREATE TABLE \(table) (id TEXT PRIMARY KEY, \(columns.map { "\($0) TEXT" }.joined(separator: ", ")))")
    }

    /// Inserts `rows` (each `columns.count` values; a random UUID id each)
    /// with one prepared statement. Call inside `transaction`.
    public func insert(_ table: String, columns: [String], rows: [[String?]]) throws {
        let st = try prepare("INSERT INTO \(table)(id, \(columns.joined(separator: ", "))) VALUES (?\(String(repeating: ", ?", count: columns.count)))")
        defer { sqlite3_finalize(st) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for row in rows {
            sqlite3_bind_text(st, 1, UUID().uuidString.lowercased(), -1, transient)
            for (i, value) in row.prefix(columns.count).enumerated() {
                if let value { sqlite3_bind_text(st, Int32(i + 2), value, -1, transient) } else { sqlite3_bind_null(st, Int32(i + 2)) }
            }
            guard sqlite3_step(st) == SQLITE_DONE else {
                throw StoreError.message("plain sqlite: \(String(cString: sqlite3_errmsg(db)))")
            }
            sqlite3_reset(st)
        }
    }

    public func transaction(_ body: () throws -> Void) throws {
        try exec("BEGIN")
        do { try body() } catch { try? exec("ROLLBACK"); throw error }
        try exec("COMMIT")
    }

    /// A `name(body)` table filled from `sources` (SQL selecting one text
    /// column), and an external-content FTS5 trigram index over it built in
    /// one `rebuild`: the store's search index without its ranking keys.
    public func buildTrigramIndex(_ name: String, from sources: [String]) throws {
        try transaction {
            try exec("CREATE TABLE \(name) (rowid INTEGER PRIMARY KEY, body TEXT NOT NULL)")
            for source in sources { try exec("INSERT INTO \(name)(body) \(source)") }
            try exec("CREATE VIRTUAL TABLE \(name)_fts USING fts5(body, content='\(name)', content_rowid='rowid', tokenize='trigram')")
            try exec("INSERT INTO \(name)_fts(\(name)_fts) VALUES ('rebuild')")
        }
    }

    /// `SELECT id FROM table WHERE column LIKE '%q%' ESCAPE '\' LIMIT limit`:
    /// the number of rows found.
    public func likeScan(_ table: String, column: String, query: String, limit: Int = 50) throws -> Int {
        let st = try prepare("SELECT id FROM \(table) WHERE \(column) LIKE ? ESCAPE '\\' LIMIT \(limit)")
        defer { sqlite3_finalize(st) }
        let escaped = query.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        sqlite3_bind_text(st, 1, "%\(escaped)%", -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        var n = 0
        while sqlite3_step(st) == SQLITE_ROW { n += 1 }
        return n
    }

    public func checkpoint() throws { try exec("PRAGMA wal_checkpoint(TRUNCATE)") }
}
