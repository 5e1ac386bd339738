import CSQLite

/// A SQLite result code (primary, or extended with `sqlite3_extended_result_codes`),
/// with names for the codes tisep acts on: SQLite's numbers are named here
/// and nowhere else.
///
/// ```swift
/// catch let StoreError.database(error) where error.code.primary == .notADatabase { … }
/// ```
public struct SQLiteResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code of an extended one (`SQLITE_BUSY_SNAPSHOT` is `SQLITE_BUSY`).
    public var primary: SQLiteResultCode { SQLiteResultCode(rawValue: rawValue & 0xFF) }

    /// SQLite's own short English name of the code ("database is locked").
    public var description: String { String(cString: sqlite3_errstr(rawValue)) }

    public static let ok = SQLiteResultCode(rawValue: SQLITE_OK)
    /// A generic error: bad SQL, a missing table.
    public static let error = SQLiteResultCode(rawValue: SQLITE_ERROR)
    /// Another connection holds the lock longer than the busy timeout.
    public static let busy = SQLiteResultCode(rawValue: SQLITE_BUSY)
    /// A lock held by this very connection (a shared cache, a backup in progress).
    public static let locked = SQLiteResultCode(rawValue: SQLITE_LOCKED)
    public static let readOnly = SQLiteResultCode(rawValue: SQLITE_READONLY)
    public static let corrupt = SQLiteResultCode(rawValue: SQLITE_CORRUPT)
    public static let full = SQLiteResultCode(rawValue: SQLITE_FULL)
    public static let cannotOpen = SQLiteResultCode(rawValue: SQLITE_CANTOPEN)
    public static let constraint = SQLiteResultCode(rawValue: SQLITE_CONSTRAINT)
    /// The file is not an SQLite database (or is encrypted).
    public static let notADatabase = SQLiteResultCode(rawValue: SQLITE_NOTADB)
}

/// SQLite refused something: its result code, its message and the SQL it
/// was running (nil for opening a file or a backup).
public struct DatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The extended result code; compare `code.primary` with the named codes.
    public let code: SQLiteResultCode
    public let message: String
    public let sql: String?

    public init(code: SQLiteResultCode, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    public var description: String {
        if let sql { return "database error \(code.rawValue): \(message) (in: \(sql.prefix(120)))" }
        return "database error \(code.rawValue): \(message)"
    }
}
