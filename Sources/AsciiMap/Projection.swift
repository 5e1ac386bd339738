import Foundation

/// Equirectangular projection of lon/lat onto a grid of terminal cells.
///
/// Longitude is scaled by cos(latitude of the view's centre) so that shapes
/// keep their proportions near that latitude, and rows are `cellAspect`
/// times taller than columns are wide (a terminal cell is about 2:1), so a
/// square on the ground covers about twice as many columns as rows.
/// Grid coordinates are continuous: cell (c, r) spans `c ..< c+1` and
/// `r ..< r+1`, row 0 at the top (north). Cell centres are at `+0.5`.
///
/// ```swift
/// let p = Projection(fitting: box, width: 80, height: 24)
/// let (x, y) = p.project(GeoPoint(lon: 99.9, lat: 19.2))
/// let centre = p.geoPoint(column: 40, row: 12)
/// ```
public struct Projection: Equatable, Sendable {
    /// Grid size in cells.
    public let width: Int
    /// Grid size in cells.
    public let height: Int
    /// Height of a cell divided by its width (2 for text cells, 1 for half-block pixels).
    public let cellAspect: Double
    /// The geographic point drawn at the grid's centre.
    public let center: GeoPoint
    /// Columns per degree of longitude (already scaled by cos(latitude)).
    public let columnsPerDegree: Double
    /// Rows per degree of latitude.
    public let rowsPerDegree: Double

    /// Fits `box` into `width × height` cells, centred, as large as it can be
    /// without distortion. An empty or degenerate box is given a small extent.
    public init(fitting box: BoundingBox, width: Int, height: Int, cellAspect: Double = 2.0) {
        self.width = max(width, 1)
        self.height = max(height, 1)
        self.cellAspect = cellAspect > 0 ? cellAspect : 2.0
        let box = box.isEmpty ? BoundingBox(minLon: -1, minLat: -1, maxLon: 1, maxLat: 1) : box
        center = box.center
        let cosLat = max(cos(center.lat * .pi / 180), 0.01)
        // Ground extent in "longitude degrees at the equator", one unit per column width.
        let spanX = max(box.width * cosLat, 1e-9)
        let spanY = max(box.height, 1e-9)
        let unitsPerColumn = max(spanX / Double(self.width), spanY / (Double(self.height) * self.cellAspect))
        columnsPerDegree = cosLat / unitsPerColumn
        rowsPerDegree = 1 / (unitsPerColumn * self.cellAspect)
    }

    /// Half-block mode: the same view drawn at twice the vertical resolution,
    /// each cell split into two square-ish "pixels".
    public func doubledVertically() -> Projection {
        Projection(center: center, width: width, height: height * 2, cellAspect: cellAspect / 2,
                   columnsPerDegree: columnsPerDegree, rowsPerDegree: rowsPerDegree * 2)
    }

    private init(center: GeoPoint, width: Int, height: Int, cellAspect: Double,
                 columnsPerDegree: Double, rowsPerDegree: Double) {
        self.center = center; self.width = width; self.height = height; self.cellAspect = cellAspect
        self.columnsPerDegree = columnsPerDegree; self.rowsPerDegree = rowsPerDegree
    }

    /// Continuous grid coordinates of a point (may lie outside the grid).
    @inline(__always)
    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        (Double(width) / 2 + (p.lon - center.lon) * columnsPerDegree,
         Double(height) / 2 - (p.lat - center.lat) * rowsPerDegree)
    }

    /// The cell containing a point, or nil outside the grid.
    public func cell(containing p: GeoPoint) -> (column: Int, row: Int)? {
        let (x, y) = project(p)
        guard x >= 0, y >= 0, x < Double(width), y < Double(height) else { return nil }
        return (Int(x), Int(y))
    }

    /// The lon/lat of a cell's centre.
    public func geoPoint(column: Int, row: Int) -> GeoPoint {
        geoPoint(x: Double(column) + 0.5, y: Double(row) + 0.5)
    }

    /// The lon/lat at continuous grid coordinates.
    public func geoPoint(x: Double, y: Double) -> GeoPoint {
        GeoPoint(lon: center.lon + (x - Double(width) / 2) / columnsPerDegree,
                 lat: center.lat - (y - Double(height) / 2) / rowsPerDegree)
    }

    /// The lon/lat box the grid shows.
    public var visibleBox: BoundingBox {
        let a = geoPoint(x: 0, y: 0), b = geoPoint(x: Double(width), y: Double(height))
        return BoundingBox(minLon: a.lon, minLat: b.lat, maxLon: b.lon, maxLat: a.lat)
    }
}
