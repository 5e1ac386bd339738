/// Organisations from a spreadsheet: `name_th,p4,role,sector,area_code` and
/// optional `name_en,phone,email,line_id,description,target_groups,issues`.
extension Store.Elements {
    static let csvColumns: [(csv: String, field: String)] = [
        ("name_th", "name_th"), ("p4", "p4"), ("role", "role"), ("sector", "sector"), ("area_code", "area"),
        ("name_en", "name_en"), ("phone", "phone"), ("email", "email"), ("line_id", "line_id"),
        ("description", "description"), ("target_groups", "target_groups"), ("issues", "issues"), ("level", "level"),
    ]

    /// Validates every row; refused rows are reported with line and reason,
    /// the good rows are inserted in one transaction (all of them or none).
    public func importElements(csv table: CSVTable, file: String = "") throws -> ImportReport {
        let required = ["name_th", "p4", "role", "sector", "area_code"]
        let missing = required.filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw StoreError.message("\(file): the header lacks \(missing.joined(separator: ", ")); it needs at least \(required.joined(separator: ","))")
        }
        let known = Set(Self.csvColumns.map(\.csv))
        let unknown = table.header.filter { !known.contains($0.lowercased()) && !$0.isEmpty }
        var report = ImportReport(file: file)
        if !unknown.isEmpty {
            report.warnings.append((1, "columns ignored: \(unknown.joined(separator: ", "))"))
        }
        // One set for the whole file rather than a query per row and code.
        let areaCodes = Set(try db.query("SELECT code FROM areas", []) { $0.text(0) })
        let columns = Self.csvColumns.compactMap { csv, field in table.column(csv).map { (index: $0, field: field) } }
        var good: [[String: String?]] = []
        for (line, fields) in table.rows {
            var input: [String: String] = [:]
            for (i, field) in columns where i < fields.count && !fields[i].trimmingWhitespace().isEmpty {
                input[field] = fields[i]
            }
            do {
                good.append(try records.validate(.entity, input, creating: true, areaExists: areaCodes.contains))
            } catch {
                report.problems.append((line, "\(error)"))
            }
        }
        try records.withBulkWrite(searchWrites: good.count) {
            let stamp = try context.nextStamp()
            for values in good {
                _ = try records.insertValidated(.entity, values: values, demo: false, stamp: stamp)
            }
        }
        report.loaded = good.count
        return report
    }
}
