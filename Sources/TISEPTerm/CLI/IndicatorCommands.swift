import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let importHouseholdsCommand = Command(
        name: "import-households", synopsis: "FILE.csv [--poverty-line BAHT]",
        summary: "load household incomes and recompute the inequality indicators",
        options: [OptionSpec(long: "poverty-line", value: "BAHT", help: "baht per person per year; remembered for later recomputes (default 38000)")],
        details: """
        Header: tambon_code,household_id,year,members,annual_income and optionally
        weight (default 1). A year above 2400 is Buddhist era (2568 = 2025).
        The households of each (tambon, year) in the file replace the ones stored
        for it; other tambons and years are kept. Bad rows are listed with their
        line and skipped. Indicators of the tambons, and of the amphoes and
        provinces above them from the pooled households, are recomputed in the
        same transaction. See docs/indicators.md.
        """,
        run: { inv in
            guard inv.positionals.count == 1, let file = inv.positionals.first else { throw UsageError(message: "give one CSV file") }
            var line: Double? = nil
            if let text = inv.value("poverty-line") {
                guard let v = Double(text.replacingOccurrences(of: ",", with: "")), v.isFinite, v > 0 else {
                    throw UsageError(message: "--poverty-line expects a positive number of baht per person per year, not '\(text)'")
                }
                line = v
            }
            let table = try readCSV(file)
            let store = try inv.openStore()
            let report = try store.indicators.importHouseholds(csv: table, file: file, povertyLine: line)
            printReport(report.rows, verb: "imported", noun: "household", to: inv.context)
            for r in report.replaced where r.previous > 0 {
                inv.context.print("  replaced " + NumberText.count(r.previous, "household", separators: false) + " of \(r.tambon) in \(r.year)")
            }
            let tambons = Set(report.replaced.map(\.tambon)).count
            let years = Set(report.replaced.map(\.year)).sorted().map(String.init).joined(separator: ", ")
            if tambons > 0 { inv.context.print(NumberText.count(tambons, "tambon", separators: false) + " in \(years)") }
            inv.context.print("indicator values created or changed: \(report.valuesChanged)")
            inv.context.print(IndicatorFormat.povertyLineNote(report.povertyLine, thai: inv.thai))
            if report.rows.loaded == 0 && !report.rows.problems.isEmpty { throw JobError(message: "no household was imported; see the reasons above") }
        })

    package static let importIndicatorsCommand = Command(
        name: "import-indicators", synopsis: "FILE.csv",
        summary: "load published indicator values (area_code,indicator,year,value,source)",
        details: """
        One value per area, indicator and year; a later import or recompute of the
        same key replaces it. An empty value (or NA) is stored as undefined. An
        indicator id without a definition is accepted with a note and shown
        under its id. Years above 2400 are Buddhist era.
        """,
        run: { inv in
            guard inv.positionals.count == 1, let file = inv.positionals.first else { throw UsageError(message: "give one CSV file") }
            let table = try readCSV(file)
            let store = try inv.openStore()
            let report = try store.indicators.importValues(csv: table, file: file)
            printReport(report, verb: "imported", noun: "value", to: inv.context)
            if report.loaded == 0 && !report.problems.isEmpty { throw JobError(message: "no value was imported; see the reasons above") }
        })

    package static let indicatorsCommand = Command(
        name: "indicators", synopsis: "[--area CODE] [--indicator ID] [--json]",
        summary: "list indicator values of an area and every area below it",
        options: [
            OptionSpec(long: "area", value: "CODE", help: "this area and everything below it (default: all areas)"),
            OptionSpec(long: "indicator", value: "ID", help: "only this indicator (s90s10, palma, gini, poverty_headcount, mean_income, …)"),
            OptionSpec(long: "json", help: "print one JSON document"),
        ],
        run: { inv in
            guard inv.positionals.isEmpty else { throw UsageError(message: "give the area as --area CODE") }
            let store = try inv.openStore()
            let code = try inv.knownArea(in: store)
            let values = try store.indicators.values(inAreaOrBelow: code, indicator: inv.value("indicator"))
            if inv.flag("json") {
                inv.context.print(JSON.object([("values", .array(values.map { v in
                    .object([("area", .string(v.area)), ("indicator", .string(v.indicator)), ("year", .int(v.year)),
                             ("value", .optional(v.value)), ("source", .optional(v.source)), ("synthetic", .bool(v.synthetic)),
                             ("n", .optionalInt(v.households)), ("low", .optional(v.interval?.low)),
                             ("high", .optional(v.interval?.high)), ("small_sample", .bool(v.smallSample))])
                }))]).serialized)
                return
            }
            for line in try IndicatorListing.text(values, store: store, thai: inv.thai, width: max(60, MapTerminal.size(inv.context).columns)) { inv.context.print(line) }
        })
}

/// The human listing of `tisep indicators`.
enum IndicatorListing {
    static func text(_ values: [IndicatorValue], store: Store, thai: Bool, width: Int) throws -> [String] {
        guard !values.isEmpty else {
            return [thai ? "ไม่มีค่าตัวชี้วัด (no indicator values); นำเข้าด้วย tisep import-households หรือ import-indicators"
                         : "no indicator values; load some with 'tisep import-households' or 'tisep import-indicators'"]
        }
        let definitions = Dictionary(uniqueKeysWithValues: try store.indicators.definitions().map { ($0.id, $0) })
        var names: [String: String] = [:]
        for code in Set(values.map(\.area)) { names[code] = try store.areas.area(code)?.name(thai: thai) ?? "" }
        let headers = thai ? ["รหัส", "พื้นที่", "ตัวชี้วัด", "ปี", "ค่า", "ช่วง 95%", "ครัวเรือน", "หมายเหตุ"]
                           : ["code", "area", "indicator", "year", "value", "95% interval", "households", "notes"]
        var rows: [[String]] = []
        var lines: Set<Double> = []
        for v in values {
            let def = definitions[v.indicator]
            var notes: [String] = []
            if v.smallSample { notes.append(IndicatorFormat.smallSampleMark) }
            if v.synthetic { notes.append(thai ? "สาธิต" : "demo") }
            if v.indicator == "poverty_headcount" { lines.insert(try store.indicators.povertyLine(for: v)) }
            rows.append([v.area, names[v.area] ?? "", def?.name(thai: thai) ?? v.indicator, IndicatorFormat.year(v.year, thai: thai),
                         // With its unit word, as the brief and the detail pane write it: the column holds several units.
                         IndicatorUnit(def).text(v.value, thai: thai), v.interval.map { IndicatorUnit(def).interval($0, thai: thai) } ?? "",
                         v.households.map(NumberText.count) ?? "", notes.joined(separator: " ")])
        }
        var out = TextTable.render(headers: headers, rows: rows, width: width, rightAligned: [4, 5, 6], unbroken: [0, 3, 4, 5, 6])
        out.append("")
        out.append(Texts(thai: thai).count(values.count, "ค่า", "value"))
        if values.contains(where: \.smallSample) { out.append(IndicatorFormat.smallSampleNote(thai: thai)) }
        if values.contains(where: { $0.interval != nil }) { out.append(IndicatorFormat.intervalNote(thai: thai)) }
        for line in lines.sorted() { out.append(IndicatorFormat.povertyLineNote(line, thai: thai)) }
        if values.contains(where: \.synthetic) {
            out.append(thai ? "สาธิต: ค่าจากข้อมูลครัวเรือนที่สร้างขึ้น ไม่ใช่ข้อมูลจริง (demo, generated)" : "demo: computed from generated households, not real data")
        }
        return out
    }
}
