/// An area to draw: a boundary, or only a point when no boundary is known.
public struct MapArea: Sendable {
    /// What is known of an area's extent.
    public enum Shape: Sendable {
        case polygons(MultiPolygon)
        /// Drawn by ``VoronoiFill`` around the point.
        case centroid(GeoPoint)
        /// Known only by the centroids of the areas inside it (a province
        /// drawn from its tambons): it owns the Voronoi cells of all of them.
        case centroids([GeoPoint])
    }

    /// The caller's id, returned by hit-testing.
    public var id: Int32
    /// The area's geocode, e.g. "560101".
    public var code: String
    /// The name shown in the legend when the area is selected.
    public var name: String
    /// Boundary or point.
    public var shape: Shape
    /// The indicator value; nil (or NaN) for no data.
    public var value: Double?
    /// The area's parent (a tambon's amphoe code) or any grouping key:
    /// where two areas of different groups meet, ``MapLayout`` draws the
    /// stronger border, and a group can be outlined as a selection. Nil
    /// puts the area in no group (only thin borders around it, inside the
    /// outline).
    public var group: String?

    /// An area to draw.
    public init(id: Int32, code: String, name: String, shape: Shape, value: Double?, group: String? = nil) {
        self.id = id; self.code = code; self.name = name; self.shape = shape; self.value = value; self.group = group
    }

    /// The point the cursor aims for: the centroid of the boundary or the given point.
    public var anchorPoint: GeoPoint? {
        switch shape {
        case .polygons(let shape): return shape.centroid
        case .centroid(let point): return point
        case .centroids(let points):
            guard !points.isEmpty else { return nil }
            return GeoPoint(lon: points.map(\.lon).reduce(0, +) / Double(points.count),
                            lat: points.map(\.lat).reduce(0, +) / Double(points.count))
        }
    }
}
