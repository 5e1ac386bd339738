/// Vulnerable-group counts from a spreadsheet (`tisep import-vulnerable`):
/// the columns `tisep export-csv vulnerable` writes —
/// `area_code,area_name_th,area_name_en,target_group,registered,reached,year,source`
/// (the area names help a reader and are ignored).
///
/// A count is one record per area, target group and year, its id made from
/// them (`VulnerableCounts.swift`), so a row is the count of its key: it is
/// added, or the stored count gets the row's figures (an empty cell clears
/// one), or — equal already — nothing changes and the row is counted as
/// unchanged. A deleted count comes back, as `tisep add vulnerable` brings
/// it back. Importing a file twice therefore never doubles a count. Every
/// row is checked by the rule of `tisep add` (`FieldRules`); a second row
/// of the same key is refused; the good rows land in one transaction.
extension Store.Records {
    static let vulnerableColumns = ["area_code", "target_group", "registered", "reached", "year", "source"]

    public func importVulnerableCounts(csv table: CSVTable, file: String = "") throws -> ImportReport {
        let missing = ["area_code", "target_group"].filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw StoreError.message("\(file): the header lacks \(missing.joined(separator: ", ")); it needs the columns 'tisep export-csv vulnerable' writes: area_code,area_name_th,area_name_en,target_group,registered,reached,year,source")
        }
        let known = Set(Self.vulnerableColumns + ["area_name_th", "area_name_en"])
        let unknown = table.header.filter { !known.contains($0.lowercased()) && !$0.isEmpty }
        var report = ImportReport(file: file)
        if !unknown.isEmpty { report.warnings.append((1, "columns ignored: \(unknown.joined(separator: ", "))")) }
        let areaCodes = Set(try db.query("SELECT code FROM areas", []) { $0.text(0) })
        let columns = Self.vulnerableColumns.compactMap { name in table.column(name).map { (index: $0, field: name == "area_code" ? "area" : name) } }
        var firstLine: [String: Int] = [:]
        var creates: [(id: String, values: [String: String?])] = []
        var updates: [(id: String, values: [String: String?])] = []
        var unchanged = 0
        for (line, fields) in table.rows {
            var input: [String: String] = [:]
            for (i, field) in columns where !fields[i].trimmingWhitespace().isEmpty { input[field] = fields[i] }
            var values: [String: String?]
            do {
                values = try validate(.vulnerable, input, creating: true, areaExists: areaCodes.contains)
            } catch let StoreError.invalidValue(name, value, reason) {
                report.problems.append((line, Store.Indicators.csvProblem(name, value, reason)))
                continue
            }
            guard let id = Self.vulnerableCountID(values: values) else { continue }
            if let first = firstLine[id] {
                report.problems.append((line, "the same count (area_code, target_group and year) as line \(first)"))
                continue
            }
            firstLine[id] = line
            // An empty cell is a figure left empty: it clears the stored one.
            for (_, field) in columns where values[field] == nil { values[field] = .some(nil) }
            guard let current = try record(id, type: .vulnerable) else {
                creates.append((id, values))
                continue
            }
            var changes = values.filter { field, value in !Self.vulnerableKeyFields.contains(field) && current[field] != value }
            if current.deleted { changes[SystemField.deleted] = "0" }
            if changes.isEmpty { unchanged += 1 } else { updates.append((id, changes)) }
        }
        try withBulkWrite(searchWrites: 0) {
            let stamp = try context.nextStamp()
            for (id, values) in creates { _ = try insertValidated(.vulnerable, id: id, values: values, demo: false, stamp: stamp) }
            for (id, values) in updates { _ = try setFields(.vulnerable, id: id, values: values, stamp: nil) }
        }
        report.loaded = creates.count
        report.updates = (updates.count, unchanged)
        return report
    }
}
