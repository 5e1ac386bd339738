import Foundation
import AsciiMap
import EcosystemStore

/// The `tisep map` command: its entry in the command table and how it runs.
extension CommandLineTool {
    package static let mapCommand = Command(
        name: "map",
        synopsis: "[--area CODE] [--level province|amphoe|tambon] [--indicator ID] [--method quantile|equal|jenks] [--classes K] [--labels auto|names|numbers|none] [--year Y] [--width W] [--height H] [--color WHEN] [--breaks-json]",
        summary: "draw a choropleth map of an indicator with its legend",
        options: [
            OptionSpec(long: "area", value: "CODE", help: "the province or amphoe to draw (default: the whole data set)"),
            OptionSpec(long: "level", value: "province|amphoe|tambon", help: "areas to colour (default: tambon inside --area, else province)"),
            OptionSpec(long: "indicator", value: "ID", help: "s90s10 (default), palma, gini, poverty_headcount, mean_income, …"),
            OptionSpec(long: "method", value: "quantile|equal|jenks", help: "class breaks (default quantile)"),
            OptionSpec(long: "classes", value: "K", help: "number of classes, 3 to 7 (default 5)"),
            OptionSpec(long: "labels", value: "auto|names|numbers|none", help: "names where they fit, numbers and a key for the rest (auto, the default), names only, numbers only, or none"),
            OptionSpec(long: "year", value: "Y", help: "the values of this year (default: each area's latest); above 2400 is Buddhist era"),
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
        yellow then red. Names of areas whose value stands on fewer than 30
        households end in '*' (a small sample), which the legend explains.
        """,
        run: { inv in try MapCommand.run(inv) })
}

/// `tisep map`: flags → the areas and values from the store → a
/// ``PrintedMap`` on stdout (map rows, a blank line, legend, key).
package enum MapCommand {
    package static func run(_ inv: Invocation) throws {
        guard inv.positionals.isEmpty else { throw UsageError(message: "give the area as --area CODE") }
        let method = try self.method(inv)
        let classes = try inv.integer("classes", default: 5, range: Classification.allowedClasses)
        let labels = try self.labels(inv)
        let size = MapTerminal.size(inv.context)
        let width = try inv.integer("width", default: size.columns, range: 20...2000)
        let height = try inv.value("height").map { _ in try inv.integer("height", default: 0, range: 5...2000) }
        let colorMode = MapTerminal.colorMode(option: inv.value("color"), inv.context)
        let charset = MapTerminal.charset(inv.context)
        let store = try inv.openStore()
        let scope = try self.scope(inv, store)
        let level = try self.level(inv, scope: scope)
        let indicator = try self.indicator(inv, store)
        let year = try self.year(inv, store, indicator: indicator, scope: scope?.code)

        // Thai cannot be shown where the locale cannot show UTF-8.
        let thai = inv.thai && charset == .unicode
        let data = try MapSource(store: store).load(scope: scope?.code, level: level, indicator: indicator, thai: thai, year: year)
        guard !data.codes.isEmpty else {
            let place = scope.map { "\($0.name(thai: thai)) (\($0.code))" } ?? "the database"
            throw JobError(message: "no \(level.name) of \(place) has a boundary or a centroid to draw; import them with 'tisep import-geography' or 'tisep import-boundaries'")
        }
        if inv.flag("breaks-json") {
            let classification = Classification(values: data.areas.map(\.value), method: method, classes: classes)
            inv.context.print(breaksJSON(data, classification, indicator: indicator, method: method).serialized)
            return
        }
        let mapHeight = height ?? defaultHeight(data, method: method, classes: classes, colorMode: colorMode,
                                                 charset: charset, width: width, rows: size.rows)
        let printed = PrintedMap(data: data, method: method, classes: classes, colorMode: colorMode, charset: charset,
                                 width: width, height: mapHeight, labels: labels)
        for line in printed.lines(colorMode: colorMode) {
            // A colour line carries its own escapes; its names were made safe in MapSource.
            if colorMode == .none { inv.context.print(line) } else { inv.context.printFormatted(line) }
        }
    }

    /// Without `--height`, the map takes what the terminal leaves above
    /// the blank line and the legend (at least 5 rows); the key follows.
    package static func defaultHeight(_ data: MapData, method: ClassificationMethod, classes: Int, colorMode: ColorMode,
                              charset: Charset, width: Int, rows: Int) -> Int {
        let c = Classification(values: data.areas.map(\.value), method: method, classes: classes)
        let palette = Palette(classCount: c.classCount, colorMode: colorMode, charset: charset)
        let legend = PrintedMap.legend(data, c, palette, .preferred(for: colorMode), width: width)
        return max(5, rows - 1 - legend.count)
    }

    package static func breaksJSON(_ data: MapData, _ c: Classification, indicator: String, method: ClassificationMethod) -> JSON {
        .object([
            ("indicator", .string(indicator)), ("method", .string(method.rawValue)), ("classes", .int(c.classCount)),
            ("breaks", .array(c.edges.map(JSON.number))),
            ("values", .object(data.codes.map { ($0, JSON.optional(data.values[$0] ?? nil)) })),
        ])
    }

    package static func labels(_ inv: Invocation) throws -> LabelMode {
        guard let text = inv.value("labels") else { return .auto }
        guard let mode = LabelMode(rawValue: text.lowercased()) else {
            throw UsageError(message: "--labels accepts auto|names|numbers|none, not '\(text)'")
        }
        return mode
    }

    package static func method(_ inv: Invocation) throws -> ClassificationMethod {
        guard let text = inv.value("method") else { return .quantile }
        guard let method = ClassificationMethod(rawValue: text.lowercased()) else {
            throw UsageError(message: "--method accepts quantile|equal|jenks, not '\(text)'")
        }
        return method
    }

    package static func scope(_ inv: Invocation, _ store: Store) throws -> Area? {
        guard let text = inv.value("area") else { return nil }
        guard let area = try store.areas.area(AreaCode.bare(text)) else {
            throw JobError.unknownArea(AreaCode.bare(text))
        }
        return area
    }

    package static func level(_ inv: Invocation, scope: Area?) throws -> AreaLevel {
        guard let text = inv.value("level") else {
            // A tambon's own map is the tambon itself.
            return max(MapSource.defaultLevel(for: scope?.code), scope?.level ?? .province)
        }
        guard let level = [AreaLevel.province, .amphoe, .tambon].first(where: { $0.name == text.lowercased() }) else {
            throw UsageError(message: "--level accepts province|amphoe|tambon, not '\(text)'")
        }
        if let scope, level < scope.level {
            throw UsageError(message: "--level \(level.name) is above \(scope.level.name) \(scope.code); choose \(scope.level.name) or below")
        }
        return level
    }

    /// `--year`: a year the indicator has values in inside the scope
    /// (Christian era or, above 2400, Buddhist); nil without the option.
    package static func year(_ inv: Invocation, _ store: Store, indicator: String, scope: String?) throws -> Int? {
        guard let text = inv.value("year") else { return nil }
        guard let given = Int(text.trimmingCharacters(in: .whitespaces)), given > 0 else {
            throw UsageError(message: "--year expects a year such as 2025 or 2568, not '\(text)'")
        }
        let year = given > 2400 ? given - 543 : given
        let years = try store.indicators.availableYears(of: indicator, inside: scope)
        guard years.contains(year) else {
            let have = years.isEmpty ? "none" : years.map { String($0) + "/" + String($0 + 543) }.joined(separator: ", ")
            throw JobError(message: "\(indicator) has no values in \(year) (\(year + 543) BE) here; years with values: \(have)")
        }
        return year
    }

    /// A defined indicator, or one that has values (imported under a new id).
    package static func indicator(_ inv: Invocation, _ store: Store) throws -> String {
        let id = inv.value("indicator") ?? "s90s10"
        let defined = try store.indicators.definitions().map(\.id)
        if defined.contains(id) { return id }
        if try store.indicators.hasValues(id) { return id }
        throw UsageError(message: "--indicator accepts \(defined.joined(separator: "|")) or an imported indicator, not '\(id)'")
    }
}
