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
            inv.context.print("wrote \(output.path): \(export.sheet.rows.count) \(kind.rowNoun)")
            sayWhatWasLeftOut(inv, privateLeftOut: export.privateLeftOut, demoRows: export.demoRows)
        })

    package static let export3WCommand = Command(
        name: "export-3w", synopsis: "[--area CODE] [--players] -o FILE.csv [--force]",
        summary: "write who does what where (3W) with HXL hashtags, for OCHA and HDX",
        options: [
            .output("the CSV file to write"),
            .force,
            OptionSpec(long: "area", value: "CODE", help: "only rows in this area and below it (an area code; everything without it)"),
            OptionSpec(long: "players", help: "also a row per player and area it serves where it takes part in no project"),
        ],
        details: """
        A header row, then a row of HXL hashtags (#org+name, #org+type, #org+impl,
        #org+funding, #sector, #activity+name, #adm1+name, #adm1+code (TH p-codes),
        … #adm3+code, #date+start, #date+end, #status, #targeted+ind, #reached+ind),
        then one row per project and area it works in. The organisation is the
        project's lead, its type the IATI organisation type of its sector; funders
        are the members that are supporters or policy makers, implementers those
        that implement or connect. \(ThreeW.personsNote)
        UTF-8 with a byte-order mark; text that would run as a formula gets a
        leading '. Columns and mapping: docs/sharing-data.md.
        """,
        run: { inv in
            guard inv.positionals.isEmpty else { throw UsageError(message: "unexpected argument '\(inv.positionals[0])'") }
            let output = try inv.requiredOutputFile()
            try output.check()
            let store = try inv.openStore()
            let export = try ThreeW.make(store: store, options: .init(area: try exportArea(inv, store), players: inv.flag("players")))
            try output.write(text: export.sheet.csv)
            inv.context.print("wrote \(output.path): " + NumberText.count(export.sheet.rows.count, "row", separators: false))
            if !ThreeW.personsKept { inv.context.printError("tisep: note: \(ThreeW.personsNote)") }
            sayWhatWasLeftOut(inv, privateLeftOut: 0, demoRows: export.demoRows)
        })

    package static let exportGeoJSONCommand = Command(
        name: "export-geojson", synopsis: "[--area CODE] [--level province|amphoe|tambon] [--indicator ID] [--year Y] -o FILE.geojson [--force]",
        summary: "write the areas of a map with an indicator's values as GeoJSON for QGIS (RFC 7946)",
        options: [
            .output("the GeoJSON file to write"),
            .force,
            OptionSpec(long: "area", value: "CODE", help: "the areas inside CODE (default: the provinces)"),
            OptionSpec(long: "level", value: "LEVEL", help: "province|amphoe|tambon (default: as tisep map: tambons inside an area, provinces without one)"),
            OptionSpec(long: "indicator", value: "ID", help: "s90s10 (default), palma, gini, poverty_headcount, mean_income, …"),
            OptionSpec(long: "year", value: "Y", help: "the values of year Y (2025 or 2568; default: each area's latest)"),
        ],
        details: """
        One feature per area at the level tisep map would draw: its boundary as a
        Polygon or MultiPolygon (longitude, latitude; exterior rings counter-
        clockwise, holes clockwise; 6 decimals), or its centroid as a Point where
        it has none; an area with neither is left out. Properties: code, pcode
        (TH + code), name_th, name_en, level, indicator, value, year, source,
        synthetic, low, high, n, small_sample (null where unknown). Opens in QGIS
        with Layer › Add Layer › Add Vector Layer (docs/sharing-data.md).
        """,
        run: { inv in
            guard inv.positionals.isEmpty else { throw UsageError(message: "unexpected argument '\(inv.positionals[0])'") }
            let output = try inv.requiredOutputFile()
            var year: Int?
            if let text = inv.value("year") {
                guard let n = Int(text), case let .success(y) = Year.canonical(n) else {
                    throw UsageError(message: "--year expects a year such as 2025 or 2568, not '\(text)'")
                }
                year = y
            }
            try output.check()
            let store = try inv.openStore()
            let scope = try MapCommand.scope(inv, store)
            let options = GeoJSONExport.Options(scope: scope?.code, level: try MapCommand.level(inv, scope: scope),
                                                indicator: try MapCommand.indicator(inv, store), year: year)
            let result = try GeoJSONExport.make(store: store, options: options)
            try output.write(text: result.text)
            inv.context.print("wrote \(output.path): " + NumberText.count(result.features, options.level.name, separators: false) + " (\(result.polygons) with a boundary, \(result.points) as a centroid), \(result.withValue) with a value of \(options.indicator)\(year.map { " in \($0)" } ?? "")")
            if result.leftOut > 0 {
                inv.context.printError("tisep: note: " + NumberText.count(result.leftOut, options.level.name) + " without a boundary or a centroid left out, as on the map")
            }
            if let attribution = result.attribution { inv.context.printError("tisep: note: credit the boundaries when you share the file: \(attribution)") }
            if result.synthetic { inv.context.printError("tisep: note: the values are generated demo data, not real; do not share them as real data") }
        })

    /// `--area CODE` of an export: a known area, or none.
    static func exportArea(_ inv: Invocation, _ store: Store) throws -> AreaChoice {
        AreaChoice(try inv.knownArea(in: store))
    }

    /// Notes on stderr, so that stdout stays the one line of what was written.
    static func sayWhatWasLeftOut(_ inv: Invocation, privateLeftOut: Int, demoRows: Int) {
        if privateLeftOut > 0 {
            inv.context.printError("tisep: note: " + NumberText.count(privateLeftOut, "private contact") + " left out (--include-private to list them)")
        }
        if demoRows > 0 {
            inv.context.printError("tisep: note: " + NumberText.count(demoRows, "row") + (demoRows == 1 ? " is" : " are") + " generated demo data, not real; do not share them as real data")
        }
    }
}
