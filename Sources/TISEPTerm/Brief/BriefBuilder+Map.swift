import Foundation
import AsciiMap
import EcosystemStore

/// The map of page 1: one load from the store, one classification, drawn as
/// characters for text and Markdown and as shapes for HTML.
extension BriefBuilder {
    static let mapIndicator = "s90s10"
    static let mapClasses = 5
    /// The character map's size: 78 columns leave room in an 80-column brief.
    static let textMapWidth = 78
    static let textMapHeight = 22

    /// A tambon's brief maps its amphoe's tambons; an amphoe's brief its own
    /// tambons (the amphoe outlined as a whole); a province's its amphoes.
    private func mapScope(_ area: Area) -> (scope: String?, level: AreaLevel) {
        switch area.level {
        case .tambon: return (AreaCode.parent(of: area.code), .tambon)
        case .amphoe: return (area.code, .tambon)
        case .province, .country: return (area.code == "TH" ? nil : area.code, .amphoe)
        }
    }

    func map(_ area: Area) throws -> (section: BriefSection, usesBoundaries: Bool) {
        let (scope, level) = mapScope(area)
        var section = BriefSection(kind: .map, number: "", thai: "แผนที่", english: "Map", blocks: [])
        let data = try MapSource(store: store).load(scope: scope, level: level, indicator: Self.mapIndicator, thai: thai)
        guard !data.codes.isEmpty else {
            section.blocks = [.paragraph(t("ไม่มีขอบเขตหรือจุดศูนย์กลางพื้นที่ให้วาดแผนที่", "No boundaries or centroids to draw a map from."))]
            return (section, false)
        }
        let classification = Classification(values: data.areas.map(\.value), method: .quantile, classes: Self.mapClasses)
        let selectedID = data.codes.firstIndex(of: area.code).map(Int32.init)
        let parent = try scope.flatMap { try store.areas.area($0) }
        let shown = level == .tambon ? t("ตำบล", "tambons") : t("อำเภอ", "amphoes")
        let within = parent.map { t("ใน\($0.level.thai)\($0.nameTH)", "of \($0.nameEN) \($0.level.name)") } ?? ""
        // The indicator is named by the legend's title.
        var caption = t("\(shown)\(within) ยิ่งเข้มยิ่งเหลื่อมล้ำ", "The \(shown) \(within); darker is more unequal")
        if selectedID != nil { caption += t(" · \(area.level.thai)\(area.nameTH)มีเส้นขอบหนา", "; \(area.nameEN) is outlined") }
        let map = BriefMap(caption: caption,
                           text: textMap(data, classification, selected: selectedID),
                           figure: figure(data, classification, selected: selectedID.map { _ in area.code }))
        section.blocks = [.map(map)]
        return (section, data.usesBoundaries)
    }

    // MARK: Characters

    /// `PrintedMap` with no colour: names where they fit, numbers and a key
    /// for the rest, the brief's own area always named. Without colour the
    /// selection's reverse video does not print, so its outline is redrawn
    /// with `@`, as the legend says.
    private func textMap(_ data: MapData, _ classification: Classification, selected: Int32?) -> [String] {
        let printed = PrintedMap(data: data, method: classification.method, classes: Self.mapClasses, colorMode: .none, charset: .unicode,
                                 width: Self.textMapWidth, height: Self.textMapHeight, labels: .auto,
                                 selection: MapSelection(area: selected), named: selected)
        var grid = printed.picture.grid
        if let selected {
            for i in grid.cells.indices where grid.cells[i].areaID == selected && grid.cells[i].attributes.contains(.reverse)
                && Self.isMapGlyph(grid.cells[i].grapheme) {
                grid.cells[i].grapheme = "@"
            }
        }
        let drawn = (0..<grid.height).filter { row in (0..<grid.width).contains { grid[$0, row].areaID != AreaGrid.empty } }
        var rows: [String] = []
        if let first = drawn.first, let last = drawn.last {
            rows = (first...last).map { row in
                let line = String((0..<grid.width).map { grid[$0, row].grapheme }.joined().reversed().drop { $0 == " " }.reversed())
                return line.isEmpty ? " " : line
            }
        }
        var legend = printed.legend.map { $0.renderText(colorMode: .none) }
        if let selected, let area = data.areas.first(where: { $0.id == selected }) {
            // After the no-data line, as the terminal legend placed its selection.
            let at = legend.firstIndex { $0.hasPrefix("·· ") }.map { $0 + 1 } ?? legend.count
            legend.insert("@@ " + selectedText(area, data), at: at)
        }
        return rows + [""] + legend + printed.key
    }

    /// The ramp, no-data and line-drawing glyphs: cells of the outline, not of a label.
    private static func isMapGlyph(_ g: String) -> Bool {
        guard let scalar = g.unicodeScalars.first, g.unicodeScalars.count == 1 else { return false }
        return (0x2500...0x257F).contains(scalar.value) || (0x2580...0x259F).contains(scalar.value) || "-:+·./\\|_".unicodeScalars.contains(scalar)
    }

    /// "ที่เลือก: เวียง 12.78"
    private func selectedText(_ area: MapArea, _ data: MapData) -> String {
        let value = area.value.map { IndicatorUnit(data.definition).text($0, thai: thai, withUnit: false) } ?? t("ไม่มีข้อมูล", "no data")
        return t("ที่เลือก", "selected") + ": " + area.name + " " + value
    }

    // MARK: Shapes

    private func figure(_ data: MapData, _ c: Classification, selected: String?) -> MapFigure {
        let palette = Palette(classCount: c.classCount, colorMode: .palette256, charset: .unicode,
                              higherIsWorse: data.definition?.higherIsWorse ?? true)
        let areas = data.areas.map { a -> MapFigure.Area in
            var polygons: MultiPolygon?
            var point: GeoPoint?
            switch a.shape {
            case .polygons(let p): polygons = p
            case .centroid(let p): point = p
            case .centroids: point = a.anchorPoint
            }
            return MapFigure.Area(code: a.code, name: a.name, polygons: polygons, point: point, classIndex: c.classIndex(of: a.value))
        }
        var entries = Legend.entries(for: c, palette: palette, resolution: .halfBlocks, labels: data.labels, format: data.edgeFormat(for: c)).enumerated().map { i, line in
            MapFigure.LegendEntry(text: line.text, classIndex: i < c.classCount ? i : nil)
        }
        if c.isEmpty, !entries.isEmpty { entries[0].plain = true }
        var title = data.labels.title
        if let unit = data.labels.unit, !unit.isEmpty { title += " (\(unit))" }
        if let year = data.labels.year { title += " · " + year }
        let method = c.isEmpty ? nil : "\(data.labels.methodNames[c.method] ?? c.method.rawValue), \(c.classCount) \(data.labels.classes)"
        let selectedArea = selected.flatMap { code in data.areas.first { $0.code == code } }
        return MapFigure(
            areas: areas, selected: selected,
            classFills: (0..<c.classCount).map { Self.hex(Palette.rgb(ofColor: palette.color(ofClass: $0))) },
            classShades: (0..<c.classCount).map { palette.shade(ofClass: $0) },
            title: title, entries: entries, method: method,
            selectedText: selectedArea.map { selectedText($0, data) },
            sourceParts: [data.labels.source, data.labels.demoData, data.labels.attribution].compactMap { $0 }.filter { !$0.isEmpty },
            thai: thai)
    }

    private static func hex(_ rgb: (r: Int, g: Int, b: Int)) -> String {
        String(format: "#%02x%02x%02x", rgb.r, rgb.g, rgb.b)
    }
}
