/// A WGS84 position in degrees (GeoJSON order: longitude first).
public struct GeoPoint: Hashable, Sendable {
    /// Longitude in degrees east.
    public var lon: Double
    /// Latitude in degrees north.
    public var lat: Double
    /// A point from longitude and latitude.
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }
}

/// An axis-aligned box in lon/lat. ``empty`` is the identity for ``union(_:)``.
public struct BoundingBox: Equatable, Sendable {
    /// Edges in degrees.
    public var minLon, minLat, maxLon, maxLat: Double

    /// A box from its edges.
    public init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon; self.minLat = minLat; self.maxLon = maxLon; self.maxLat = maxLat
    }

    /// A box containing nothing; growing it by any point gives that point.
    public static let empty = BoundingBox(minLon: .infinity, minLat: .infinity,
                                          maxLon: -.infinity, maxLat: -.infinity)

    /// The smallest box around `points` (``empty`` when there are none).
    public init(points: some Sequence<GeoPoint>) {
        self = .empty
        for p in points { extend(p) }
    }

    /// True when the box holds no point.
    public var isEmpty: Bool { !(minLon <= maxLon && minLat <= maxLat) }
    /// Extent in degrees of longitude.
    public var width: Double { maxLon - minLon }
    /// Extent in degrees of latitude.
    public var height: Double { maxLat - minLat }
    /// The middle of the box.
    public var center: GeoPoint { GeoPoint(lon: (minLon + maxLon) / 2, lat: (minLat + maxLat) / 2) }

    /// Grows the box to include `p`.
    public mutating func extend(_ p: GeoPoint) {
        minLon = Swift.min(minLon, p.lon); maxLon = Swift.max(maxLon, p.lon)
        minLat = Swift.min(minLat, p.lat); maxLat = Swift.max(maxLat, p.lat)
    }

    /// The smallest box holding both.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(minLon: Swift.min(minLon, other.minLon), minLat: Swift.min(minLat, other.minLat),
                    maxLon: Swift.max(maxLon, other.maxLon), maxLat: Swift.max(maxLat, other.maxLat))
    }

    /// Whether `p` lies in the box (edges included).
    public func contains(_ p: GeoPoint) -> Bool {
        p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat
    }

    /// The box grown by `fraction` of its size on every side (at least `minimum` degrees).
    public func padded(by fraction: Double, minimum: Double = 0) -> BoundingBox {
        let dx = Swift.max(width * fraction, minimum), dy = Swift.max(height * fraction, minimum)
        return BoundingBox(minLon: minLon - dx, minLat: minLat - dy, maxLon: maxLon + dx, maxLat: maxLat + dy)
    }
}

/// A polygon: the first ring is the outer boundary, any further rings are
/// holes. Rings may be closed (last point = first) or not; fills use the
/// even-odd rule, so ring orientation does not matter.
public struct Polygon: Equatable, Sendable {
    /// Outer ring first, then holes.
    public var rings: [[GeoPoint]]
    /// A polygon from its rings, outer first.
    public init(rings: [[GeoPoint]]) { self.rings = rings }
    /// A polygon from an outer ring and holes.
    public init(outer: [GeoPoint], holes: [[GeoPoint]] = []) { rings = [outer] + holes }

    /// The outer boundary.
    public var outer: [GeoPoint] { rings.first ?? [] }
    /// The holes.
    public var holes: ArraySlice<[GeoPoint]> { rings.dropFirst() }
    /// The box around the outer ring.
    public var boundingBox: BoundingBox { BoundingBox(points: outer) }

    /// Area in square degrees (holes subtracted), from the shoelace formula.
    public var area: Double {
        guard let first = rings.first else { return 0 }
        return rings.dropFirst().reduce(abs(Self.signedArea(first))) { $0 - abs(Self.signedArea($1)) }
    }

    static func signedArea(_ ring: [GeoPoint]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        var prev = ring[ring.count - 1]
        for p in ring { sum += prev.lon * p.lat - p.lon * prev.lat; prev = p }
        return sum / 2
    }

    /// Sum of (signed area × centroid) of a ring, for area-weighted centroids.
    static func firstMoment(_ ring: [GeoPoint]) -> (a: Double, x: Double, y: Double) {
        guard ring.count > 2 else { return (0, 0, 0) }
        var a = 0.0, x = 0.0, y = 0.0
        var prev = ring[ring.count - 1]
        for p in ring {
            let cross = prev.lon * p.lat - p.lon * prev.lat
            a += cross; x += (prev.lon + p.lon) * cross; y += (prev.lat + p.lat) * cross
            prev = p
        }
        return (a / 2, x / 6, y / 6)
    }
}

/// One administrative area's shape: one or more polygons.
public struct MultiPolygon: Equatable, Sendable {
    /// The parts.
    public var polygons: [Polygon]
    /// A shape of several parts.
    public init(polygons: [Polygon]) { self.polygons = polygons }
    /// A shape of one part.
    public init(_ polygon: Polygon) { polygons = [polygon] }

    /// True when the box holds no point.
    public var isEmpty: Bool { polygons.allSatisfy { $0.outer.isEmpty } }
    /// Number of vertices in all rings.
    public var pointCount: Int { polygons.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } } }

    /// The box around all parts.
    public var boundingBox: BoundingBox {
        polygons.reduce(BoundingBox.empty) { $0.union($1.boundingBox) }
    }

    /// Area-weighted centroid (holes subtracted); the box centre for
    /// degenerate shapes. It may lie outside a concave shape.
    public var centroid: GeoPoint? {
        var a = 0.0, x = 0.0, y = 0.0
        for polygon in polygons {
            for (i, ring) in polygon.rings.enumerated() {
                var m = Polygon.firstMoment(ring)
                // Outer rings add, holes subtract, whatever their orientation.
                let sign: Double = (i == 0) == (m.a >= 0) ? 1 : -1
                m = (m.a * sign, m.x * sign, m.y * sign)
                a += m.a; x += m.x; y += m.y
            }
        }
        if abs(a) > 1e-15 { return GeoPoint(lon: x / a, lat: y / a) }
        let box = boundingBox
        return box.isEmpty ? nil : box.center
    }
}

extension GeoPoint {
    /// Whether the point can be drawn: finite and on the globe. A point that
    /// is not (a NaN or infinite centroid an older tisep stored, a damaged
    /// boundary) is left out of a map, never converted to a cell.
    public var isDrawable: Bool { lon.isFinite && lat.isFinite && abs(lon) <= 180 && abs(lat) <= 90 }
}

extension MapArea {
    /// The area as a map can draw it: points that are not drawable left
    /// out (a ring left with fewer than three points, a polygon without its
    /// outer ring, go too), and a value that is not a finite number shown
    /// as no data. Every map goes through this before it projects a point.
    public func drawable() -> MapArea {
        var area = self
        if let value, !value.isFinite { area.value = nil }
        switch shape {
        case .polygons(let shape):
            guard shape.polygons.contains(where: { $0.rings.contains { $0.contains { !$0.isDrawable } } }) else { break }
            let polygons = shape.polygons.compactMap { polygon -> Polygon? in
                let rings = polygon.rings.map { $0.filter(\.isDrawable) }
                guard let outer = rings.first, outer.count >= 3 else { return nil }
                return Polygon(rings: [outer] + rings.dropFirst().filter { $0.count >= 3 })
            }
            area.shape = .polygons(MultiPolygon(polygons: polygons))
        case .centroid(let point):
            if !point.isDrawable { area.shape = .centroids([]) }
        case .centroids(let points):
            if points.contains(where: { !$0.isDrawable }) { area.shape = .centroids(points.filter(\.isDrawable)) }
        }
        return area
    }
}
