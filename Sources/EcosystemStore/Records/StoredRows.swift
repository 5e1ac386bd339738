/// The stored rows of a record type as text: the benchmark's plain-SQLite
/// yardstick (`tisep-bench scale`) inserts the very same values.
extension Store.Records {
    /// Every row of `type` in its stored columns (text), for the plain SQLite
    /// comparison to insert the very same values.
    package func rawRows(_ type: RecordType) throws -> (columns: [String], rows: [[String?]]) {
        let columns = type.fields.map(\.name)
        let sql = "SELECT \(type.fields.map(\.quotedColumn).joined(separator: ", ")) FROM \(type.table) ORDER BY rowid"
        let rows = try db.query(sql, []) { st in (0..<columns.count).map { st.string(Int32($0)) } }
        return (columns, rows)
    }
}
