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
        for (line, fields) in table.rows {
            func field(_ i: Int?) -> String { i.map { $0 < fields.count ? fields[$0].trimmingWhitespace() : "" } ?? "" }
            let area = AreaCode.bare(field(col.area))
            guard try areas.exists(area) else {
                report.problems.append((line, area.isEmpty ? "no area_code" : "unknown area \(area)"))
                continue
            }
            let indicator = field(col.indicator).lowercased()
            guard !indicator.isEmpty, indicator.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
                report.problems.append((line, "indicator '\(field(col.indicator))' must be an id of lower-case letters, digits and _ (e.g. s90s10)"))
                continue
            }
            guard var year = Int(field(col.year)) else {
                report.problems.append((line, "year '\(field(col.year))' is not a whole number"))
                continue
            }
            if year > 2400 { year -= 543 }
            guard (1900...2200).contains(year) else {
                report.problems.append((line, "year \(field(col.year)) is out of range"))
                continue
            }
            let text = field(col.value).replacingOccurrences(of: ",", with: "")
            var value: Double? = nil
            if !["", "na", "n/a", "null", "-"].contains(text.lowercased()) {
                guard let v = Double(text), v.isFinite else {
                    report.problems.append((line, "value '\(field(col.value))' is not a number (leave it empty for an undefined value)"))
                    continue
                }
                value = v
            }
            let id = Self.valueID(area: area, indicator: indicator, year: year)
            if let first = firstLine[id] {
                report.problems.append((line, "\(indicator) of \(area) in \(year) is already on line \(first)"))
                continue
            }
            firstLine[id] = line
            if !defined.contains(indicator), newIndicators[indicator] == nil { newIndicators[indicator] = line }
            let source = field(col.source).nfc
            good.append((id, ["area": area, "indicator": indicator, "year": String(year), "value": value.map(canonicalNumber),
                              "source": source.isEmpty ? "published" : source, "synthetic": "0",
                              "households": nil, "small_sample": "0", "low": nil, "high": nil]))
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
