import AsciiMap
import EcosystemStore

/// What map to draw: the areas at `level` inside `scope`, coloured by one indicator.
package struct MapRequest: Equatable {
    /// A province or amphoe code; nil for the whole data set.
    package var scope: String?
    package var level: AreaLevel
    package var indicator: String = "s90s10"
    package var method: ClassificationMethod = .quantile
    package var classes = 5
    package var colorMode: ColorMode = .none
    package var charset: Charset = .unicode
    package var halfBlock = false
    package var width: Int
    package var height: Int
    package var legendWidth: Int
    /// When true, `height` is the whole text (map, a blank line, legend) and
    /// the map gets what the longest possible legend leaves (`tisep map`).
    package var legendBelow = false
    package var thai = true
    /// The area to mark (any level: a tambon inside an amphoe map marks its amphoe… only when drawn).
    package var selected: String?

    package init(scope: String?, level: AreaLevel, indicator: String = "s90s10", method: ClassificationMethod = .quantile,
                 classes: Int = 5, colorMode: ColorMode = .none, charset: Charset = .unicode, halfBlock: Bool = false,
                 width: Int, height: Int, legendWidth: Int, legendBelow: Bool = false, thai: Bool = true, selected: String? = nil) {
        self.scope = scope; self.level = level; self.indicator = indicator; self.method = method; self.classes = classes
        self.colorMode = colorMode; self.charset = charset; self.halfBlock = halfBlock; self.width = width; self.height = height
        self.legendWidth = legendWidth; self.legendBelow = legendBelow; self.thai = thai; self.selected = selected
    }

    /// The level a map of `scope` shows by default: tambons inside a
    /// province or amphoe, provinces for the whole data set.
    package static func defaultLevel(for scope: String?) -> AreaLevel {
        scope == nil ? .province : .tambon
    }
}

/// The areas, values and labels of a map, loaded from the store once per
/// scope and indicator; drawing it at a size is pure and cheap.
package struct MapData {
    /// Each with its parent's code as its group (a tambon's amphoe), so
    /// that borders between parents are drawn stronger.
    package let areas: [MapArea]
    package let codes: [String]
    package let values: [String: Double?]
    package let definition: IndicatorDefinition?
    package let labels: LegendLabels
    package let usesBoundaries: Bool
    /// Whether names and numbers are Thai.
    package var thai = true

    /// Class edges and values written as the indicator's unit everywhere
    /// else ("23.4%", "45,210" baht, "4.62" for a ratio).
    package var format: (Double) -> String {
        let definition = self.definition, thai = self.thai
        return { IndicatorFormat.value($0, definition, thai: thai) }
    }

    package func render(width: Int, height: Int, legendWidth: Int, method: ClassificationMethod, classes: Int,
                colorMode: ColorMode, charset: Charset, halfBlock: Bool = false, selected: String?) -> RenderedMap {
        var options = MapOptions(method: method, classes: classes, colorMode: colorMode, charset: charset)
        options.halfBlock = halfBlock
        options.higherIsWorse = definition?.higherIsWorse ?? true
        let selectedID = selected.flatMap { code in codes.firstIndex(of: code).map(Int32.init) }
        let map = ChoroplethMap(areas: areas, selected: selectedID, width: max(1, width), height: max(1, height),
                                options: options, labels: labels, legendWidth: max(1, legendWidth))
        return RenderedMap(map: map, data: self)
    }
}

/// A drawn map with the lookups a caller needs (hit-testing gives ids).
package struct RenderedMap {
    package let map: ChoroplethMap
    package let data: MapData

    package func code(of id: Int32?) -> String? {
        guard let id, id >= 0, Int(id) < data.codes.count else { return nil }
        return data.codes[Int(id)]
    }

    package func id(of code: String?) -> Int32? {
        guard let code, let i = data.codes.firstIndex(of: code) else { return nil }
        return Int32(i)
    }
}

/// Turns the store's areas, boundaries and indicator values into AsciiMap areas.
package struct MapSource {
    package let store: Store

    package init(store: Store) { self.store = store }

    /// Loads and draws in one go (the `map` command). With `legendBelow`
    /// the map leaves room under it for the longest legend it can have, so
    /// that map and legend fit the requested height together.
    package func render(_ request: MapRequest) throws -> RenderedMap {
        let data = try load(scope: request.scope, level: request.level, indicator: request.indicator, thai: request.thai)
        let selected = request.selected.map { data.codes.contains($0) } ?? false
        let mapHeight = request.legendBelow
            ? request.height - 1 - Self.legendLineBound(classes: request.classes, labels: data.labels, selected: selected)
            : request.height
        guard mapHeight >= Self.minimumMapHeight else {
            throw MapSizeError(height: request.height, needed: request.height - mapHeight + Self.minimumMapHeight)
        }
        return data.render(width: request.width, height: mapHeight, legendWidth: request.legendWidth, method: request.method,
                           classes: request.classes, colorMode: request.colorMode, charset: request.charset,
                           halfBlock: request.halfBlock, selected: request.selected)
    }

    package func load(scope: String?, level: AreaLevel, indicator: String, thai: Bool) throws -> MapData {
        let areas = try store.areas.list(level: level, inside: scope)
        let values = try store.indicators.latestValues(indicator, level: level, inside: scope)
        let definition = try store.indicators.definition(indicator)
        let shapes = try self.shapes(for: areas, level: level, scope: scope)
        var mapAreas: [MapArea] = []
        var codes: [String] = []
        var shown: [String: Double?] = [:]
        for area in areas {
            guard let shape = shapes.byCode[area.code] else { continue }
            let value = values[area.code]?.value
            // Names are drawn into the map's cells and legend, which a
            // colour map prints with its own escapes: made safe here.
            mapAreas.append(MapArea(id: Int32(codes.count), code: area.code, name: TerminalSafe.line(area.name(thai: thai)), shape: shape, value: value,
                                    group: AreaCode.parent(of: area.code)))
            codes.append(area.code)
            shown[area.code] = value
        }
        let synthetic = values.values.contains { $0.synthetic }
        let years = Set(values.values.map(\.year))
        var labels = LegendLabels(title: TerminalSafe.line(definition?.name(thai: thai) ?? indicator),
                                  unit: definition.map { TerminalSafe.line($0.unit(thai: thai)) }.flatMap { $0.isEmpty ? nil : $0 },
                                  year: years.count == 1 ? years.first.map { thai ? String($0 + 543) : String($0) } : nil,
                                  source: values.values.first?.source.map(TerminalSafe.line))
        if synthetic { labels.demoData = thai ? "ข้อมูลสาธิต (demo data)" : "demo data" }
        if shapes.usesBoundaries {
            let sources = try store.areas.boundarySources()
            if !sources.isEmpty { labels.attribution = "Boundaries: " + sources.joined(separator: "; ") }
        } else if !mapAreas.isEmpty {
            labels.attribution = thai ? "ไม่มีขอบเขต: วาดจากจุดศูนย์กลางตำบล (no boundaries: drawn from tambon centroids)"
                : "no boundaries: drawn from tambon centroids"
        }
        if thai {
            labels.noData = "ไม่มีข้อมูล"
            labels.noValues = "ไม่มีค่าของตัวชี้วัดนี้ (no values)"
            labels.selected = "ที่เลือก"
            labels.classes = "ชั้น"
            labels.methodNames = [.quantile: "ควอนไทล์ (quantile)", .equalInterval: "ช่วงเท่ากัน (equal interval)",
                                  .naturalBreaks: "จุดแบ่งธรรมชาติ (Fisher-Jenks)"]
        }
        return MapData(areas: mapAreas, codes: codes, values: shown, definition: definition, labels: labels,
                       usesBoundaries: shapes.usesBoundaries, thai: thai)
    }

    package static let minimumMapHeight = 3

    /// The most lines `Legend.lines` can give: title, one per class (or the
    /// no-values line), no data, selected, method, source, demo notice.
    /// Counted before classifying so that the map can be drawn once.
    package static func legendLineBound(classes: Int, labels: LegendLabels, selected: Bool) -> Int {
        let k = min(max(classes, Classification.allowedClasses.lowerBound), Classification.allowedClasses.upperBound)
        return 1 + k + 1 + (selected ? 1 : 0) + 1 + (labels.source?.isEmpty == false ? 1 : 0) + (labels.demoData?.isEmpty == false ? 1 : 0)
    }

    /// A stored boundary as polygons. A damaged one is an error the user
    /// sees, not an area silently missing from the map.
    private static func decode(_ bytes: [UInt8], of code: String) throws -> MultiPolygon {
        do {
            return try GeometryCodec.decode(bytes)
        } catch {
            throw JobError(message: "the stored boundary of area \(code) is damaged (\(error)); import the boundaries again with 'tisep import-boundaries'")
        }
    }

    /// Each area's shape: its own boundary; else, for a province or amphoe,
    /// the union of its tambons' boundaries (a parent owns every cell of its
    /// children); else its centroid, or its tambons' centroids. Areas with
    /// none of these are left out.
    private func shapes(for areas: [Area], level: AreaLevel, scope: String?) throws -> (byCode: [String: MapArea.Shape], usesBoundaries: Bool) {
        var out: [String: MapArea.Shape] = [:]
        let own = try store.areas.boundaries(level: level, inside: scope)
        let tambonBoundaries = level == .tambon ? own : try store.areas.boundaries(level: .tambon, inside: scope)
        let tambons = level == .tambon ? areas : try store.areas.list(level: .tambon, inside: scope)
        var usesBoundaries = false
        for area in areas {
            if let bytes = own[area.code] {
                let shape = try Self.decode(bytes, of: area.code)
                out[area.code] = .polygons(shape)
                usesBoundaries = true
                continue
            }
            if level == .tambon {
                if let lat = area.lat, let lon = area.lon { out[area.code] = .centroid(GeoPoint(lon: lon, lat: lat)) }
                continue
            }
            let inside = tambons.filter { $0.code.hasPrefix(area.code) }
            let polygons = try inside.compactMap { t in try tambonBoundaries[t.code].map { try Self.decode($0, of: t.code) } }
            if !polygons.isEmpty {
                out[area.code] = .polygons(MultiPolygon(polygons: polygons.flatMap(\.polygons)))
                usesBoundaries = true
            } else {
                let points = inside.compactMap { t in t.lat.flatMap { lat in t.lon.map { GeoPoint(lon: $0, lat: lat) } } }
                if !points.isEmpty { out[area.code] = .centroids(points) }
            }
        }
        return (out, usesBoundaries)
    }
}

/// The requested height leaves no room for a map above its legend.
package struct MapSizeError: Error, CustomStringConvertible {
    package let height: Int
    package let needed: Int
    package var description: String { "a height of \(height) lines leaves no room for the map above its legend; give --height \(needed) or more" }
}
