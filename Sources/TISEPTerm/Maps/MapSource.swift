import AsciiMap
import EcosystemStore

/// The areas, values and labels of a map, loaded from the store once per
/// scope and indicator; drawing it at a size is pure and cheap
/// (`PrintedMap` for `tisep map` and the brief, the interface's `MapView`).
package struct MapData {
    /// Each with its parent's code as its group (a tambon's amphoe), so
    /// that borders between parents are drawn stronger.
    package let areas: [MapArea]
    package let codes: [String]
    package let values: [String: Double?]
    package let definition: IndicatorDefinition?
    package let labels: LegendLabels
    package let usesBoundaries: Bool
    /// The attribution in a few words, for a legend with no room for
    /// `labels.attribution` whole ("OCHA COD-AB, CC BY-IGO"); the whole is
    /// one key away in the interface and in the brief's sources.
    package var shortAttribution: String?
    /// Whether names and numbers are Thai.
    package var thai = true
    /// The year drawn (nil: each area's latest), and the years the
    /// indicator has values in inside the scope, oldest first (the `y` key).
    package var year: Int? = nil
    package var years: [Int] = []
    /// Areas whose value stands on fewer than 30 households: their names
    /// carry `MapSource.smallSampleMark` and the legend says what it means.
    package var smallSamples: Set<String> = []
    /// Whether anything in the map's scope holds ecosystem data. Most of
    /// the country has none yet: its areas are "no data yet", not a class.
    package var hasEcosystemData = true

    /// What an area without a value is called: "no data yet" where the
    /// scope holds no ecosystem data at all, else "no data" (for this indicator).
    package func noDataName(thai: Bool) -> String {
        hasEcosystemData ? (thai ? "ไม่มีข้อมูล" : "no data") : (thai ? "ยังไม่มีข้อมูล" : "no data yet")
    }

    /// Class edges written as the indicator's unit writes them everywhere
    /// else (a share `12.5%`, baht `43,777`, a ratio `4.62`), with more
    /// decimals only where two edges would otherwise read the same.
    package func edgeFormat(for classification: Classification) -> (Double) -> String {
        let unit = IndicatorUnit(definition)
        var byEdge: [Double: String] = [:]
        for (edge, text) in zip(classification.edges, unit.classEdges(classification.edges)) where byEdge[edge] == nil {
            byEdge[edge] = text
        }
        return { byEdge[$0] ?? unit.bare($0, decimals: unit.decimals) }
    }
}

/// Turns the store's areas, boundaries and indicator values into AsciiMap areas.
package struct MapSource {
    package let store: Store

    package init(store: Store) { self.store = store }

    /// The level a map of `scope` shows by default: tambons inside a
    /// province or amphoe, provinces for the whole data set.
    package static func defaultLevel(for scope: String?) -> AreaLevel {
        scope == nil ? .province : .tambon
    }

    /// After the name of an area whose value is a small sample, on the map and in its key.
    package static let smallSampleMark = "*"

    /// `year`: that year's values (nil: each area's latest).
    package func load(scope: String?, level: AreaLevel, indicator: String, thai: Bool, year: Int? = nil) throws -> MapData {
        let areas = try store.areas.list(level: level, inside: scope)
        let values = try year.map { try store.indicators.values(indicator, year: $0, level: level, inside: scope) }
            ?? store.indicators.latestValues(indicator, level: level, inside: scope)
        let definition = try store.indicators.definition(indicator)
        let shapes = try self.shapes(for: areas, level: level, scope: scope)
        var mapAreas: [MapArea] = []
        var smallSamples: Set<String> = []
        var codes: [String] = []
        var shown: [String: Double?] = [:]
        for area in areas {
            guard let shape = shapes.byCode[area.code] else { continue }
            let value = values[area.code]?.value
            // Names are drawn into the map's cells and legend, which a
            // colour map prints with its own escapes: made safe here.
            var name = TerminalSafe.line(area.name(thai: thai))
            if value != nil, values[area.code]?.smallSample == true {
                name += Self.smallSampleMark
                smallSamples.insert(area.code)
            }
            mapAreas.append(MapArea(id: Int32(codes.count), code: area.code, name: name, shape: shape, value: value,
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
        if !smallSamples.isEmpty {
            labels.smallSample = thai ? "\(Self.smallSampleMark) ตัวอย่างน้อย (ต่ำกว่า \(InequalityMeasures.smallSampleThreshold) ครัวเรือน)"
                : "\(Self.smallSampleMark) small sample (under \(InequalityMeasures.smallSampleThreshold) households)"
        }
        var shortAttribution: String?
        if shapes.usesBoundaries {
            let sources = try store.areas.boundarySources()
            if !sources.isEmpty {
                labels.attribution = "Boundaries: " + sources.joined(separator: "; ")
                shortAttribution = sources == [BoundaryImport.codABSource] ? "OCHA COD-AB, CC BY-IGO" : sources.joined(separator: "; ")
            }
        } else if !mapAreas.isEmpty {
            labels.attribution = thai ? "ไม่มีขอบเขต: วาดจากจุดศูนย์กลางตำบล (no boundaries: drawn from tambon centroids)"
                : "no boundaries: drawn from tambon centroids"
            shortAttribution = thai ? "วาดจากจุดศูนย์กลางตำบล" : "drawn from centroids"
        }
        let hasEcosystemData = try scope.map { try store.areas.hasEcosystemData($0) } ?? !store.areas.withEcosystemData(level: .province).isEmpty
        if !hasEcosystemData {
            labels.noData = thai ? "ยังไม่มีข้อมูล" : "no data yet"
            labels.noValues = thai ? "ยังไม่มีข้อมูลในพื้นที่นี้ (no data here yet)" : "no data here yet"
        } else if thai {
            labels.noData = "ไม่มีข้อมูล"
            labels.noValues = "ไม่มีค่าของตัวชี้วัดนี้ (no values)"
        }
        if thai {
            labels.classes = "ชั้น"
            labels.methodNames = [.quantile: "ควอนไทล์ (quantile)", .equalInterval: "ช่วงเท่ากัน (equal interval)",
                                  .naturalBreaks: "จุดแบ่งธรรมชาติ (Fisher-Jenks)"]
        }
        return MapData(areas: mapAreas, codes: codes, values: shown, definition: definition, labels: labels,
                       usesBoundaries: shapes.usesBoundaries, shortAttribution: shortAttribution, thai: thai,
                       year: year, years: try store.indicators.availableYears(of: indicator, inside: scope),
                       smallSamples: smallSamples, hasEcosystemData: hasEcosystemData)
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
