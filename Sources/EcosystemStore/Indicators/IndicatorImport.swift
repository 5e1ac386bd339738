import Foundation

extension Store.Indicators {
    /// The columns of a file of published indicator values.
    public static let valueColumns = ["area_code", "indicator", "year", "value", "source"]

    /// Loads published indicator values (`area_code,indicator,year,value,source`)
    /// as `indicator-value` records, not synthetic, in one transaction.
    ///
    /// A value is one record per area, indicator and year (the id computed
    /// values use), so a published figure and a computed one for the same
    /// key are the same record: the last to be written wins, and an import of
    /// households recomputes the areas that have households.
    /// An empty value, `NA` or `null` is stored as undefined.
    /// An indicator id without a definition is accepted (lower-case letters,
    /// digits, `_`), noted as a warning, and shown under its id; maps treat
    /// higher values as worse for it.
    public func importValues(csv table: CSVTable, file: String = "") throws -> ImportReport {
        let missing = Self.valueColumns.dropLast().filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw StoreError.message("\(file): the header lacks \(missing.joined(separator: ", ")); it needs \(Self.valueColumns.joined(separator: ","))")
        }
        let col = (area: table.column("area_code") ?? 0, indicator: table.column("indicator") ?? 0,
                   year: table.column("year") ?? 0, value: table.column("value") ?? 0, source: table.column("source"))
        let defined = Set(try definitions().map(\.id))
        var report = ImportReport(file: file)
        var firstLine: [String: Int] = [:]
        var newIndicators: [String: Int] = [:]
        var good: [(id: String, values: [String: String?])] = []
        let areaCodes = Set(try db.query("SELECT code FROM areas", []) { $0.text(0) })
        for (line, fields) in table.rows {
            func field(_ i: Int?) -> String { i.map { $0 < fields.count ? fields[$0].trimmingWhitespace() : "" } ?? "" }
            // The fields' own rules (`FieldSpec.check`): the same as `tisep add` and bundles.
            var input = ["area": field(col.area), "indicator": field(col.indicator), "year": field(col.year),
                         "source": field(col.source).isEmpty ? "published" : field(col.source)]
            let text = field(col.value)
            if !["", "na", "n/a", "null", "-"].contains(text.lowercased()) { input["value"] = text }
            let values: [String: String?]
            do {
                values = try records.validate(.indicatorValue, input, creating: true, areaExists: areaCodes.contains)
            } catch let StoreError.invalidValue(name, value, reason) {
                report.problems.append((line, Self.csvProblem(name, value, reason)))
                continue
            }
            let (area, indicator) = ((values["area"] ?? nil) ?? "", (values["indicator"] ?? nil) ?? "")
            let year = Int((values["year"] ?? nil) ?? "") ?? 0
            let id = Self.valueID(area: area, indicator: indicator, year: year)
            if let first = firstLine[id] {
                report.problems.append((line, "\(indicator) of \(area) in \(year) is already on line \(first)"))
                continue
            }
            firstLine[id] = line
            if !defined.contains(indicator), newIndicators[indicator] == nil { newIndicators[indicator] = line }
            good.append((id, values.merging(["synthetic": "0", "households": nil, "small_sample": "0", "low": nil, "high": nil]) { $1 }))
        }
        for (indicator, line) in newIndicators.sorted(by: { $0.value < $1.value }) {
            report.warnings.append((line, "'\(indicator)' is not a defined indicator; its values are kept and shown under this id"))
        }
        try db.transaction {
            for (id, values) in good { try putIndicatorValue(id: id, values: values) }
        }
        report.loaded = good.count
        return report
    }

    /// A refused cell in the words of the file's columns.
    static func csvProblem(_ field: String, _ value: String, _ reason: ValidationReason) -> String {
        let column = field == "area" ? "area_code" : field
        if value.isEmpty { return "no \(column)" }
        return "\(column) '\(value.prefix(60))': \(reason)"
    }

    /// Creates the record or edits only the fields that differ; a deleted
    /// value comes back, as the import is an explicit request for it.
    private func putIndicatorValue(id: String, values: [String: String?]) throws {
        if let current = try records.record(id, type: .indicatorValue) {
            var changes = values.filter { name, value in current[name] != value }
            if current.deleted { changes[SystemField.deleted] = "0" }
            if !changes.isEmpty { _ = try records.setFields(.indicatorValue, id: id, values: changes, stamp: nil) }
        } else {
            _ = try records.insertCanonical(.indicatorValue, id: id, values: values, demo: false)
        }
    }
}
