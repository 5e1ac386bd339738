/// Every live record of a type at once, for the spreadsheet and 3W exports
/// (`tisep export-csv`, `tisep export-3w`), which list records in their
/// stored form and choose among them by area themselves.
extension Store.Records {
    /// Every record of `type` that is not deleted, in id order, with its
    /// canonical values (the form history and bundles carry).
    ///
    /// ```swift
    /// let projects = try store.records.live(.project)
    /// let areas = projects.first?.list("area")   // ["560101", "560102"]
    /// ```
    public func live(_ type: RecordType) throws -> [Record] {
        let specs = type.fields
        let sql = "SELECT id, stamp, demo, \(specs.map(\.quotedColumn).joined(separator: ", ")) FROM \(type.table) WHERE deleted = 0 ORDER BY id"
        return try db.query(sql, []) { st in
            var values: [String: String] = [:]
            for (i, spec) in specs.enumerated() {
                if let v = spec.canonical(from: st, column: Int32(i + 3)) { values[spec.name] = v }
            }
            return Record(type: type, id: st.text(0), stamp: st.text(1), values: values, deleted: false, demo: st.int(2) != 0)
        }
    }
}
