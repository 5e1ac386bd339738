import CSQLite

/// A value as SQLite stores it.
enum SQLValue: Equatable, Sendable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    var description: String {
        switch self {
        case .null: return "NULL"
        case let .integer(v): return String(v)
        case let .real(v): return String(v)
        case let .text(v): return v
        case let .blob(v): return "<\(v.count) bytes>"
        }
    }
}

/// Types that bind to a statement parameter.
protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

extension String: SQLBindable { var sqlValue: SQLValue { .text(self) } }
extension Int: SQLBindable { var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { var sqlValue: SQLValue { .integer(self) } }
extension Double: SQLBindable { var sqlValue: SQLValue { .real(self) } }
extension Bool: SQLBindable { var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension SQLValue: SQLBindable { var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// A prepared statement. It owns its `sqlite3_stmt` and finalizes it when released.
///
/// ```swift
/// let st = try db.prepare("SELECT name_th FROM areas WHERE code = ?")
/// try st.bind([ "56" ])
/// while try st.step() { print(st.string(0) ?? "") }
/// ```
final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    let sql: String

    init(database: Database, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(database.handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw database.error(rc, sql: sql)
        }
        self.handle = stmt
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds `values` to parameters 1…n.
    func bind(_ values: [SQLBindable]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (i, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(i + 1))
        }
    }

    /// Binds one value to parameter `index` (1-based).
    func bind(_ value: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case let .integer(v): rc = sqlite3_bind_int64(handle, index, v)
        case let .real(v): rc = sqlite3_bind_double(handle, index, v)
        case let .text(v): rc = sqlite3_bind_text(handle, index, v, -1, shim_sqlite_transient())
        case let .blob(v):
            rc = v.withUnsafeBytes { buf in
                sqlite3_bind_blob(handle, index, buf.baseAddress, Int32(buf.count), shim_sqlite_transient())
            }
        }
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    /// Advances to the next row; `false` when done.
    @discardableResult
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let err = database.error(rc, sql: sql)
            sqlite3_reset(handle)
            throw err
        }
    }

    /// Binds, runs to completion and resets, for statements without rows.
    func run(_ values: [SQLBindable] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Binds, then calls `body` on each row in turn (for results too large
    /// to collect, or grouped while reading); the statement is reset after,
    /// on error too, so that it holds no read lock.
    func forEachRow(_ values: [SQLBindable] = [], _ body: (Statement) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() { try body(self) }
    }

    /// Binds and collects every row through `read`.
    func rows<T>(_ values: [SQLBindable] = [], _ read: (Statement) throws -> T) throws -> [T] {
        try bind(values)
        var out: [T] = []
        while try step() { out.append(try read(self)) }
        sqlite3_reset(handle)
        return out
    }

    var columnCount: Int32 { sqlite3_column_count(handle) }
    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }
    func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }
    func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }
    func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }
    func optionalDouble(_ i: Int32) -> Double? { isNull(i) ? nil : double(i) }
    func optionalInt(_ i: Int32) -> Int? { isNull(i) ? nil : int(i) }
    func bool(_ i: Int32) -> Bool { sqlite3_column_int64(handle, i) != 0 }

    /// The column as text, or nil for NULL.
    func string(_ i: Int32) -> String? {
        guard let p = sqlite3_column_text(handle, i) else { return nil }
        let n = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// The column as text, "" for NULL.
    func text(_ i: Int32) -> String { string(i) ?? "" }

    func blob(_ i: Int32) -> [UInt8]? {
        guard let p = sqlite3_column_blob(handle, i) else { return nil }
        let n = Int(sqlite3_column_bytes(handle, i))
        return Array(UnsafeRawBufferPointer(start: p, count: n))
    }

    func value(_ i: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(int64(i))
        case SQLITE_FLOAT: return .real(double(i))
        case SQLITE_TEXT: return .text(text(i))
        case SQLITE_BLOB: return .blob(blob(i) ?? [])
        default: return .null
        }
    }
}
