import Foundation
import AsciiMap
import EcosystemStore

extension CommandLineTool {
    package static let importBoundariesCommand = Command(
        name: "import-boundaries", synopsis: "FILE.geojson [--verbose]",
        summary: "load area polygons from an OCHA COD-AB style GeoJSON file",
        options: [OptionSpec(long: "verbose", short: "v", help: "list every unmatched code, not only the first \(BoundaryReportText.shown)")],
        details: """
        Features are matched to areas by ADM1_PCODE/ADM2_PCODE/ADM3_PCODE (TH + geocode),
        never by name. All polygons land in one transaction; a file that cannot be
        read changes nothing. Reports the codes with no area and the areas (inside
        the provinces the file touches) left without a polygon; exit 0 when any
        feature matched. Provinces and amphoes without a polygon of their own are
        drawn as the union of their tambons.
        """,
        run: { inv in
            guard inv.positionals.count == 1, let file = inv.positionals.first else {
                throw UsageError(message: "give one GeoJSON file")
            }
            let store = try inv.openStore()
            let report: BoundaryImportReport
            do { report = try BoundaryImport.run(file: file, store: store) } catch let error as GeoJSONError {
                throw JobError(message: "\(file): \(error); nothing was imported")
            }
            for line in BoundaryReportText.lines(report, all: inv.flag("verbose")) { inv.context.print(line) }
            if report.matched.isEmpty {
                throw JobError(message: "no feature of \(file) matched an area; import the geography first (tisep import-geography)")
            }
        })

    package static let mapCommand = Command(
        name: "map",
        synopsis: "[--area CODE] [--level province|amphoe|tambon] [--indicator ID] [--method quantile|equal|jenks] [--classes K] [--labels auto|names|numbers|none] [--width W] [--height H] [--color WHEN] [--breaks-json]",
        summary: "draw a choropleth map of an indicator with its legend",
        options: [
            OptionSpec(long: "area", value: "CODE", help: "the province or amphoe to draw (default: the whole data set)"),
            OptionSpec(long: "level", value: "province|amphoe|tambon", help: "areas to colour (default: tambon inside --area, else province)"),
            OptionSpec(long: "indicator", value: "ID", help: "s90s10 (default), palma, gini, poverty_headcount, mean_income, …"),
            OptionSpec(long: "method", value: "quantile|equal|jenks", help: "class breaks (default quantile)"),
            OptionSpec(long: "classes", value: "K", help: "number of classes, 3 to 7 (default 5)"),
            OptionSpec(long: "labels", value: "auto|names|numbers|none", help: "names where they fit, numbers and a key for the rest (auto, the default), names only, numbers only, or none"),
            OptionSpec(long: "width", value: "W", help: "columns (default: the terminal's, else $COLUMNS, else 80)"),
            OptionSpec(long: "height", value: "H", help: "the map's own lines, 5 or more (default: what the terminal, $LINES or 30 lines leave above the legend)"),
            OptionSpec(long: "breaks-json", help: "print the class edges and the drawn areas' values as JSON instead"),
        ],
        details: """
        The map's rows come first (H of them at most), then one blank line, the
        legend and the numbered key. Borders are drawn where areas meet, stronger
        between amphoes, with the outline around all. Without colour the classes
        are a glyph ramp, light to dark (dark = worse), and borders are lines.
        Glyphs are ASCII and labels English unless the locale (LC_ALL, LC_CTYPE,
        LANG) is UTF-8. --color always uses 256 colours (two map pixels per
        cell, a yellow-to-red ramp), or the basic 8 when TERM names a terminal
        without 256 (no '256' in TERM and no COLORTERM): the glyph ramp in
        yellow then red.
        """,
        run: { inv in try MapCommand.run(inv) })
}

/// The text of an import-boundaries report.
enum BoundaryReportText {
    static let shown = 20

    static func lines(_ r: BoundaryImportReport, all: Bool) -> [String] {
        let levels = r.levels.map(\.name).joined(separator: ", ")
        var out = ["\(r.file): \(r.features) features (\(levels.isEmpty ? "no level" : levels)), matched \(r.matched.count), no area for \(r.noArea.count) codes"]
        func list(_ title: String, _ codes: [String]) {
            guard !codes.isEmpty else { return }
            let head = all ? codes : Array(codes.prefix(shown))
            var line = "  \(title) (\(codes.count)): " + head.joined(separator: " ")
            if head.count < codes.count { line += " … and \(codes.count - head.count) more (--verbose lists them)" }
            out.append(line)
        }
        list("codes with no area", r.noArea)
        list("features without geometry", r.noGeometry)
        list("areas left without a polygon", r.noPolygon)
        if !r.matched.isEmpty { out.append("  source: \(r.source)") }
        return out
    }
}
