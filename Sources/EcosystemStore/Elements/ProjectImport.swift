/// Projects from a spreadsheet (`tisep import-projects`): `name_th,area_code`
/// and optional `name_en,lead,partners,target_groups,status,budget,start,end,
/// description,targeted,reached,delivery,outcome_value`.
extension Store.Elements {
    static let projectColumns: [(csv: String, field: String)] = [
        ("name_th", "name_th"), ("area_code", "area"), ("name_en", "name_en"), ("lead", "lead"), ("partners", "partners"),
        ("target_groups", "target_groups"), ("status", "status"), ("budget", "budget"), ("start", "start"), ("end", "end"),
        ("description", "description"), ("targeted", "targeted"), ("reached", "reached"), ("delivery", "delivery"),
        ("outcome_value", "outcome_value"),
    ]

    /// Validates every row by the same rule as `tisep add project`; refused
    /// rows are reported with line and reason, the good rows are inserted in
    /// one transaction (all of them or none). A row naming a project that is
    /// already stored (same Thai name and areas) or already on an earlier
    /// line is refused, so that importing a file twice does not count its
    /// budgets twice in `tisep costs`.
    public func importProjects(csv table: CSVTable, file: String = "") throws -> ImportReport {
        let required = ["name_th", "area_code"]
        let missing = required.filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw StoreError.message("\(file): the header lacks \(missing.joined(separator: ", ")); it needs at least \(required.joined(separator: ","))")
        }
        let known = Set(Self.projectColumns.map(\.csv))
        let unknown = table.header.filter { !known.contains($0.lowercased()) && !$0.isEmpty }
        var report = ImportReport(file: file)
        if !unknown.isEmpty { report.warnings.append((1, "columns ignored: \(unknown.joined(separator: ", "))")) }
        let areaCodes = Set(try db.query("SELECT code FROM areas", []) { $0.text(0) })
        var seen: [String: String] = [:]
        for (id, name, area) in try db.query("SELECT id, name_th, coalesce(area, '') FROM projects WHERE deleted = 0", [], {
            ($0.text(0), $0.text(1), $0.text(2))
        }) { seen[name + "\u{1F}" + area] = id }
        let columns = Self.projectColumns.compactMap { csv, field in table.column(csv).map { (index: $0, field: field) } }
        var good: [[String: String?]] = []
        for (line, fields) in table.rows {
            var input: [String: String] = [:]
            for (i, field) in columns where i < fields.count && !fields[i].trimmingWhitespace().isEmpty {
                input[field] = fields[i]
            }
            guard input["area"] != nil else {
                report.problems.append((line, "no area_code (the tambon, amphoe or province codes the project serves)"))
                continue
            }
            let values: [String: String?]
            do {
                values = try records.validate(.project, input, creating: true, areaExists: areaCodes.contains)
            } catch {
                report.problems.append((line, "\(error)"))
                continue
            }
            let key = ((values["name_th"] ?? nil) ?? "") + "\u{1F}" + ((values["area"] ?? nil) ?? "")
            if let earlier = seen[key] {
                report.problems.append((line, earlier.hasPrefix("line ")
                    ? "the same project (name_th and area_code) as \(earlier)"
                    : "already stored as \(earlier); change it with 'tisep set \(earlier) FIELD=VALUE'"))
                continue
            }
            seen[key] = "line \(line)"
            good.append(values)
        }
        try records.withBulkWrite(searchWrites: good.count) {
            let stamp = try context.nextStamp()
            for values in good {
                _ = try records.insertValidated(.project, values: values, demo: false, stamp: stamp)
            }
        }
        report.loaded = good.count
        return report
    }
}
