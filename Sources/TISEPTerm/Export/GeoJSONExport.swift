import AsciiMap
import EcosystemStore

/// `tisep export-geojson`: the areas of a map with their indicator values
/// as a GeoJSON FeatureCollection (RFC 7946) that QGIS opens as a layer.
///
/// One feature per area at the level `tisep map` draws, with the shape the
/// map draws it from: its boundary as a Polygon or MultiPolygon —
/// longitude before latitude, each ring closed, exterior rings counter-
/// clockwise and holes clockwise (RFC 7946 §3.1.6; the stored boundaries
/// keep whatever order their source had), coordinates rounded to 6
/// decimals (about 0.1 m, what tisep stores) — or, where it has none, its
/// centroid as a Point (for a province or amphoe without one of its own, the
/// mean of its tambons' centroids). An area with neither is left out, as
/// the map leaves it out.
enum GeoJSONExport {
    struct Options {
        var scope: String?
        var level: AreaLevel
        var indicator: String
        /// The values of this year; nil: each area's latest.
        var year: Int?
    }

    struct Result {
        var text: String
        var polygons = 0
        var points = 0
        /// Areas at the level with neither a boundary nor a centroid.
        var leftOut = 0
        var withValue = 0
        var synthetic = false
        var attribution: String?
        var features: Int { polygons + points }
    }

    static func make(store: Store, options: Options) throws -> Result {
        let areas = try store.areas.list(level: options.level, inside: options.scope)
        let boundaries = try store.areas.boundaries(level: options.level, inside: options.scope)
        let tambons = options.level == .tambon ? [] : try store.areas.list(level: .tambon, inside: options.scope)
        let length = options.level == .province ? 2 : options.level == .amphoe ? 4 : 6
        var values: [String: IndicatorValue] = [:]
        for v in try store.indicators.values(inAreaOrBelow: options.scope, indicator: options.indicator) where v.area.count == length {
            // In year order: the last one kept is the latest, or the year asked for.
            if let year = options.year, v.year != year { continue }
            values[v.area] = v
        }
        var result = Result(text: "")
        var features: [String] = []
        for area in areas {
            var geometry: String?
            if let bytes = boundaries[area.code] {
                let shape: MultiPolygon
                do { shape = try GeometryCodec.decode(bytes) } catch {
                    throw JobError(message: "the stored boundary of area \(area.code) is damaged (\(error)); import the boundaries again with 'tisep import-boundaries'")
                }
                geometry = GeoJSONGeometry.polygons(shape)
                if geometry != nil { result.polygons += 1 }
            }
            if geometry == nil, let point = centroid(area, tambons: tambons) {
                geometry = GeoJSONGeometry.point(point)
                result.points += 1
            }
            guard let geometry else { result.leftOut += 1; continue }
            let value = values[area.code]
            if value?.value != nil { result.withValue += 1 }
            if value?.synthetic == true { result.synthetic = true }
            features.append(feature(area, geometry: geometry, indicator: options.indicator, value: value))
        }
        if result.polygons > 0 {
            let sources = try store.areas.boundarySources()
            if !sources.isEmpty { result.attribution = "Boundaries: " + sources.joined(separator: "; ") }
        }
        var text = "{\"type\":\"FeatureCollection\""
        if let attribution = result.attribution { text += ",\"attribution\":" + JSONString.quoted(attribution) }
        text += ",\"features\":[\n" + features.joined(separator: ",\n") + (features.isEmpty ? "" : "\n") + "]}\n"
        result.text = text
        return result
    }

    /// The area's own centroid, else the mean of its tambons' centroids.
    private static func centroid(_ area: Area, tambons: [Area]) -> GeoPoint? {
        if let lat = area.lat, let lon = area.lon { return GeoPoint(lon: lon, lat: lat) }
        let inside = tambons.filter { $0.code.hasPrefix(area.code) }.compactMap { t in t.lat.flatMap { lat in t.lon.map { GeoPoint(lon: $0, lat: lat) } } }
        guard !inside.isEmpty else { return nil }
        return GeoPoint(lon: inside.map(\.lon).reduce(0, +) / Double(inside.count), lat: inside.map(\.lat).reduce(0, +) / Double(inside.count))
    }

    /// One feature; every property is there, null where unknown.
    private static func feature(_ area: Area, geometry: String, indicator: String, value: IndicatorValue?) -> String {
        func text(_ s: String?) -> String { s.flatMap { $0.isEmpty ? nil : JSONString.quoted($0) } ?? "null" }
        func number(_ d: Double?) -> String { d.map { $0.isFinite ? GeoJSONGeometry.number($0) : "null" } ?? "null" }
        func whole(_ n: Int?) -> String { n.map(String.init) ?? "null" }
        func bool(_ b: Bool?) -> String { b.map { $0 ? "true" : "false" } ?? "null" }
        let properties: [(String, String)] = [
            ("code", text(area.code)), ("pcode", text("TH" + area.code)), ("name_th", text(area.nameTH)), ("name_en", text(area.nameEN)),
            ("level", text(area.level.name)), ("indicator", text(indicator)), ("value", number(value?.value)), ("year", whole(value?.year)),
            ("source", text(value?.source)), ("synthetic", bool(value?.synthetic)),
            // The 95% interval of a value computed from households (null
            // for a published value; `high` null with `low` given: no upper end).
            ("low", number(value?.interval?.low)), ("high", number(value?.interval?.high)),
            ("n", whole(value?.households)), ("small_sample", bool(value.map(\.smallSample))),
        ]
        let props = properties.map { JSONString.quoted($0.0) + ":" + $0.1 }.joined(separator: ",")
        return "{\"type\":\"Feature\",\"id\":\(JSONString.quoted(area.code)),\"properties\":{\(props)},\"geometry\":\(geometry)}"
    }
}

/// RFC 7946 geometries as JSON text.
enum GeoJSONGeometry {
    /// Coordinates are written in micro-degrees (6 decimals), as stored.
    static let scale = 1_000_000.0

    static func point(_ p: GeoPoint) -> String {
        "{\"type\":\"Point\",\"coordinates\":" + position(rounded(p)) + "}"
    }

    /// A Polygon (one part) or MultiPolygon, rings rounded, closed and
    /// oriented; nil when no part has an exterior ring left (a shape
    /// degenerate at 6 decimals).
    static func polygons(_ shape: MultiPolygon) -> String? {
        var parts: [[[Micro]]] = []
        for polygon in shape.polygons {
            guard let outer = polygon.rings.first, let exterior = ring(outer, counterClockwise: true) else { continue }
            parts.append([exterior] + polygon.rings.dropFirst().compactMap { ring($0, counterClockwise: false) })
        }
        guard !parts.isEmpty else { return nil }
        func polygon(_ rings: [[Micro]]) -> String {
            "[" + rings.map { "[" + $0.map(position).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }
        if parts.count == 1 { return "{\"type\":\"Polygon\",\"coordinates\":" + polygon(parts[0]) + "}" }
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + parts.map(polygon).joined(separator: ",") + "]}"
    }

    /// A position in micro-degrees: longitude, latitude.
    struct Micro: Equatable { var lon: Int64; var lat: Int64 }

    static func rounded(_ p: GeoPoint) -> Micro {
        Micro(lon: Int64((p.lon * scale).rounded()), lat: Int64((p.lat * scale).rounded()))
    }

    /// The ring rounded, without repeated points, closed (first = last) and
    /// turning the way asked; nil when fewer than 3 distinct points remain.
    static func ring(_ points: [GeoPoint], counterClockwise: Bool) -> [Micro]? {
        var out: [Micro] = []
        for p in points where p.lon.isFinite && p.lat.isFinite {
            let m = rounded(p)
            if out.last != m { out.append(m) }
        }
        while out.count > 1, out.first == out.last { out.removeLast() }
        guard out.count >= 3 else { return nil }
        let area = signedArea(out)
        guard area != 0 else { return nil }
        // Turned the other way from the same first point.
        if (area > 0) != counterClockwise { out = [out[0]] + out.dropFirst().reversed() }
        out.append(out[0])
        return out
    }

    /// Twice the signed area (shoelace, longitude as x): positive when the
    /// ring turns counter-clockwise. Measured from the ring's first point,
    /// so that the products of an area's micro-degrees stay far below 2^53
    /// and the sum is exact.
    static func signedArea(_ ring: [Micro]) -> Double {
        let origin = ring[0]
        func x(_ p: Micro) -> Double { Double(p.lon - origin.lon) }
        func y(_ p: Micro) -> Double { Double(p.lat - origin.lat) }
        var sum = 0.0
        var previous = ring[ring.count - 1]
        for p in ring {
            sum += x(previous) * y(p) - x(p) * y(previous)
            previous = p
        }
        return sum
    }

    static func position(_ m: Micro) -> String { "[" + decimal(m.lon) + "," + decimal(m.lat) + "]" }

    /// Micro-degrees as a decimal without trailing zeros ("99.9", "-0.000001").
    static func decimal(_ micro: Int64) -> String {
        let sign = micro < 0 ? "-" : ""
        let magnitude = micro.magnitude
        let whole = magnitude / 1_000_000, fraction = magnitude % 1_000_000
        guard fraction > 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 6 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }

    /// A value as JSON: whole numbers without a fraction, others in full.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }
}
