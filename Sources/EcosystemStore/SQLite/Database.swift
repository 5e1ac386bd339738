import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// A connection to one SQLite file, with the settings every tisep connection
/// needs: WAL (a reader never blocks the writer), foreign keys, and a busy
/// handler that waits for another writer as long as it takes (`WriterWait`),
/// so that the TUI and commands on the same file wait for each other instead
/// of failing with "database is locked".
///
/// ```swift
/// let db = try Database(path: "eco.sqlite")
/// try db.transaction { try db.execute("INSERT …") }
/// ```
final class Database {
    let handle: OpaquePointer
    let path: String
    private var cache: [String: Statement] = [:]
    private var transactionDepth = 0
    /// How this connection waits for another writer (its busy handler).
    let writerWait = WriterWait()

    /// Opens (and with `create`, creates with mode 0600) the database at `path`.
    /// ":memory:" opens a private in-memory database.
    init(path: String, create: Bool = true, readOnly: Bool = false) throws {
        self.path = path
        if create && path != ":memory:" && access(path, F_OK) != 0 {
            // The file holds people's contacts: make it owner-only before
            // SQLite writes a byte (SQLite gives its WAL the same mode).
            let fd = open(path, O_CREAT | O_WRONLY, 0o600)
            if fd < 0 {
                throw StoreError.message("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            close(fd)
        }
        var db: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close_v2(db) }
            throw StoreError.database(DatabaseError(code: SQLiteResultCode(rawValue: rc), message: "\(message): \(path)"))
        }
        handle = db
        writerWait.install(on: db)
        sqlite3_extended_result_codes(db, 1)
        do {
            try execute("PRAGMA foreign_keys = ON")
            if path != ":memory:" && !readOnly {
                try execute("PRAGMA journal_mode = WAL")
                try execute("PRAGMA synchronous = NORMAL")
            }
        } catch {
            sqlite3_close_v2(db)
            throw error
        }
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Changes when anything is written to the file: by this connection
    /// (its count of changed rows) or by another (SQLite's data version).
    struct ChangeVersion: Equatable {
        var own: Int64
        var others: Int
    }

    func changeVersion() throws -> ChangeVersion {
        ChangeVersion(own: sqlite3_total_changes64(handle), others: try scalarInt("PRAGMA data_version"))
    }

    func error(_ rc: Int32, sql: String?) -> StoreError {
        .database(DatabaseError(code: SQLiteResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(handle)), sql: sql))
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw StoreError.database(DatabaseError(code: SQLiteResultCode(rawValue: rc), message: text, sql: sql))
        }
    }

    /// A prepared statement for `sql`, cached for the connection's lifetime.
    func prepare(_ sql: String) throws -> Statement {
        if let st = cache[sql] { return st }
        let st = try Statement(database: self, sql: sql)
        cache[sql] = st
        return st
    }

    /// Runs `sql` with `values` bound; no rows expected.
    func run(_ sql: String, _ values: [SQLBindable] = []) throws {
        try prepare(sql).run(values)
    }

    /// All rows of `sql`, each read by `read`.
    func query<T>(_ sql: String, _ values: [SQLBindable] = [], _ read: (Statement) throws -> T) throws -> [T] {
        try prepare(sql).rows(values, read)
    }

    /// The first row of `sql`, or nil.
    func queryOne<T>(_ sql: String, _ values: [SQLBindable] = [], _ read: (Statement) throws -> T) throws -> T? {
        let st = try prepare(sql)
        try st.bind(values)
        defer { sqlite3_reset(st.handle) }
        return try st.step() ? try read(st) : nil
    }

    /// The integer in the first column of the first row (0 when no row).
    func scalarInt(_ sql: String, _ values: [SQLBindable] = []) throws -> Int {
        try queryOne(sql, values) { $0.int(0) } ?? 0
    }


    /// Runs `body`, which only reads, in one read transaction: its
    /// statements see one snapshot, and take the WAL read lock once instead
    /// of once each (a search runs a hundred small statements). Inside a
    /// transaction already, `body` simply runs in it.
    func reading<T>(_ body: () throws -> T) throws -> T {
        guard transactionDepth == 0, sqlite3_get_autocommit(handle) != 0 else { return try body() }
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // The body's error is the one to report; a failed ROLLBACK means
            // SQLite has ended the transaction already.
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in a transaction: all of it or nothing. Nested calls become
    /// savepoints, so a helper that needs atomicity can be called from inside
    /// a larger transaction.
    @discardableResult
    func transaction<T>(_ body: () throws -> T) throws -> T {
        let depth = transactionDepth
        if depth == 0 { try execute("BEGIN IMMEDIATE") } else { try execute("SAVEPOINT sp\(depth)") }
        transactionDepth += 1
        do {
            let result = try body()
            transactionDepth -= 1
            if depth == 0 { try execute("COMMIT") } else { try execute("RELEASE sp\(depth)") }
            return result
        } catch {
            transactionDepth -= 1
            // The body's error is the one to report; a rollback that fails
            // means SQLite has already undone the transaction (after a
            // full disk or an interrupt, for example).
            if depth == 0 {
                try? execute("ROLLBACK")
            } else {
                try? execute("ROLLBACK TO sp\(depth)")
                try? execute("RELEASE sp\(depth)")
            }
            throw error
        }
    }

    /// `PRAGMA user_version`: the schema version the migrations have reached.
    var userVersion: Int {
        get throws { try scalarInt("PRAGMA user_version") }
    }

    func setUserVersion(_ version: Int) throws {
        try execute("PRAGMA user_version = \(version)")
    }

    /// Copies the whole database into `destination` with SQLite's online
    /// backup, so the copy is consistent even while others write.
    func backup(to destination: String) throws {
        let target = try Database(path: destination, create: true)
        guard let backup = sqlite3_backup_init(target.handle, "main", handle, "main") else {
            throw target.error(sqlite3_errcode(target.handle), sql: nil)
        }
        var rc: Int32
        repeat {
            rc = sqlite3_backup_step(backup, 256)
            if isBusy(rc) { sqlite3_sleep(20) }
        } while rc == SQLITE_OK || isBusy(rc)
        sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE else { throw target.error(rc, sql: nil) }
    }

    private func isBusy(_ rc: Int32) -> Bool {
        let code = SQLiteResultCode(rawValue: rc).primary
        return code == .busy || code == .locked
    }

    /// Writes the WAL back into the database file and empties it, so that
    /// the file alone is the whole database (before it is moved or copied).
    func checkpoint() throws {
        try execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`; empty when all is well.
    func integrityProblems() throws -> [String] {
        var problems = try query("PRAGMA integrity_check") { $0.text(0) }.filter { $0 != "ok" }
        problems += try query("PRAGMA foreign_key_check") { st in
            "foreign key: table \(st.text(0)) row \(st.int64(1)) refers to missing \(st.text(2))"
        }
        return problems
    }
}
