import Foundation
import EcosystemStore

/// The exports for people who never run tisep (docs/sharing-data.md): a
/// list for a spreadsheet, a 3W sheet tagged with HXL for OCHA/HDX, a
/// GeoJSON file for QGIS. Every one writes through ``OutputFile``.
extension CommandLineTool {
    static let areaExportOption = OptionSpec(long: "area", value: "CODE",
                                             help: "only what concerns this area (an area code; everything without it)")

    package static let exportCSVCommand = Command(
        name: "export-csv", synopsis: "entities|contacts|resources|projects|indicators|vulnerable [--area CODE] -o FILE.csv [--force] [--include-private]",
        summary: "write a list for a spreadsheet: UTF-8 CSV that Excel and LibreOffice read, with the columns the import-… commands read",
        options: [
            .output("the CSV file to write"),
            .force,
            areaExportOption,
            OptionSpec(long: "include-private", help: "also list private contacts"),
        ],
        details: """
        One row per record, the column names that the matching import command
        reads (area_code, name_th, …), values in their plain form: codes, numbers
        without separators, ISO dates (2025-11-02), lists comma-separated in one
        cell, phones as 081-234-5678. Text that a spreadsheet would run as a
        formula (starting with = + - @, a tab or a carriage return) is written
        with a leading ' ; tisep's importers take it off again. With --area:
        elements, resources and projects in, below or serving the area;
        contacts of those elements; indicator values and vulnerable counts of
        the area and below. Private contacts only with --include-private.
        Columns: docs/sharing-data.md.
        """,
        run: { inv in
            guard inv.positionals.count == 1 else {
                throw UsageError(message: "give what to list: \(SheetKind.allCases.map(\.rawValue).joined(separator: "|"))")
            }
            guard let kind = SheetKind(rawValue: inv.positionals[0].lowercased()) else {
                throw UsageError(message: "export-csv lists \(SheetKind.allCases.map(\.rawValue).joined(separator: "|")), not '\(inv.positionals[0])'")
            }
            let output = try inv.requiredOutputFile()
            try output.check()
            let store = try inv.openStore()
            let area = try exportArea(inv, store)
            let export = try SheetExport.make(kind, store: store, options: .init(area: area, includePrivate: inv.flag("include-private")))
            try output.write(text: export.sheet.csv)
            inv.context.print("wrote \(output.path): \(export.sheet.rows.count) \(kind.rawValue)")
            sayWhatWasLeftOut(inv, privateLeftOut: export.privateLeftOut, demoRows: export.demoRows)
        })

    /// `--area CODE` of an export: a known area, or none.
    static func exportArea(_ inv: Invocation, _ store: Store) throws -> AreaChoice {
        guard let text = inv.value("area") else { return AreaChoice(nil) }
        let code = AreaCode.bare(text)
        guard try store.areas.exists(code) else { throw JobError(message: "no area with code \(code); try 'tisep search NAME --kind area'") }
        return AreaChoice(code)
    }

    /// Notes on stderr, so that stdout stays the one line of what was written.
    static func sayWhatWasLeftOut(_ inv: Invocation, privateLeftOut: Int, demoRows: Int) {
        if privateLeftOut > 0 {
            inv.context.printError("tisep: note: \(privateLeftOut) private contact\(privateLeftOut == 1 ? "" : "s") left out (--include-private to list them)")
        }
        if demoRows > 0 {
            inv.context.printError("tisep: note: \(demoRows) row\(demoRows == 1 ? " is" : "s are") generated demo data, not real; do not share them as real data")
        }
    }
}
