import Foundation
import AsciiMap
import EcosystemStore

extension CommandLineTool {
    package static let importBoundariesCommand = Command(
        name: "import-boundaries", synopsis: "FILE.geojson [--verbose]",
        summary: "load area polygons from an OCHA COD-AB style GeoJSON file",
        options: [OptionSpec(long: "verbose", short: "v", help: "list the codes of features for areas not in this database, and every code of the other lists")],
        details: """
        Features are matched to areas by ADM1_PCODE/ADM2_PCODE/ADM3_PCODE (TH + geocode),
        never by name. All polygons land in one transaction; a file that cannot be
        read changes nothing. Reports how many areas matched, how many features are
        of areas this database does not hold (expected for a national file and a
        database of some provinces; --verbose lists their codes), and the areas
        (inside the provinces the file touches) left without a polygon; exit 0 when
        any feature matched. Provinces and amphoes without a polygon of their own are
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
}

/// The text of an import-boundaries report. What was matched comes first;
/// features of areas the database does not hold are expected (a national
/// file into a database of some provinces), so they are counted on one
/// line and their codes listed only with `--verbose` (or when nothing
/// matched at all, where they are the reason).
enum BoundaryReportText {
    static let shown = 20

    static func lines(_ r: BoundaryImportReport, all: Bool) -> [String] {
        let levels = r.levels.map(\.name).joined(separator: ", ")
        var out = ["\(r.file): " + NumberText.count(r.features, "feature", separators: false) + " (\(levels.isEmpty ? "no level" : levels)); matched to an area of this database: \(r.matched.count)"]
        func list(_ title: String, _ codes: [String]) {
            guard !codes.isEmpty else { return }
            let head = all ? codes : Array(codes.prefix(shown))
            var line = "  \(title) (\(codes.count)): " + head.joined(separator: " ")
            if head.count < codes.count { line += " … and \(codes.count - head.count) more (--verbose lists them)" }
            out.append(line)
        }
        if all || r.matched.isEmpty {
            list("codes of areas not in this database", r.noArea)
        } else if !r.noArea.isEmpty {
            out.append("  for areas this database does not hold: \(r.noArea.count) (expected when it holds only some provinces; --verbose lists their codes)")
        }
        list("features without geometry", r.noGeometry)
        list("areas left without a polygon", r.noPolygon)
        if !r.matched.isEmpty { out.append("  source: \(r.source)") }
        return out
    }
}
