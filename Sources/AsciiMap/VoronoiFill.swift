/// Draws areas known only by a point (a tambon centroid without a boundary):
/// each cell goes to the nearest point, measured on the ground (columns and
/// rows corrected for the cell's aspect), but a cell farther than a cutoff
/// from every point stays empty, so the outline follows the settlements
/// instead of filling the whole rectangle.
///
/// ```swift
/// VoronoiFill.fill(sites, into: &grid, projection: projection)   // default cutoff
/// ```
public enum VoronoiFill {
    /// A point standing for an area.
    public struct Site: Sendable {
        /// The area's id.
        public var id: Int32
        /// Where the area is (e.g. its centroid).
        public var point: GeoPoint
        /// A site.
        public init(id: Int32, point: GeoPoint) { self.id = id; self.point = point }
    }

    /// Assigns cells (only empty ones when `onlyEmpty`, so that polygons
    /// drawn first keep theirs). `cutoff` is in column widths; nil uses
    /// ``defaultCutoff(_:projection:)``. Ties go to the earlier site.
    public static func fill(_ sites: [Site], into grid: inout AreaGrid, projection: Projection,
                            cutoff: Double? = nil, onlyEmpty: Bool = true) {
        guard !sites.isEmpty, grid.width > 0, grid.height > 0 else { return }
        let aspect = projection.cellAspect
        let points = sites.map { site -> (x: Double, y: Double) in
            let p = projection.project(site.point)
            return (p.x, p.y * aspect)
        }
        let limit = cutoff ?? defaultCutoff(points: points, projection: projection)
        guard limit > 0 else { return }
        let index = BucketIndex(points: points, bucketSize: max(limit, 1),
                                minX: -limit, minY: -limit,
                                maxX: Double(grid.width) + limit, maxY: Double(grid.height) * aspect + limit)
        let reach = Int((limit / index.size).rounded(.up))
        let limit2 = limit * limit
        for row in 0..<grid.height {
            let cy = (Double(row) + 0.5) * aspect
            for column in 0..<grid.width {
                let cell = row * grid.width + column
                if onlyEmpty && grid.ids[cell] != AreaGrid.empty { continue }
                let cx = Double(column) + 0.5
                var best = -1
                var bestD2 = limit2
                index.forEachNear(x: cx, y: cy, reach: reach) { i in
                    let dx = points[i].x - cx, dy = points[i].y - cy
                    let d2 = dx * dx + dy * dy
                    if d2 < bestD2 || (d2 == bestD2 && (best < 0 || i < best)) {
                        best = i; bestD2 = d2
                    }
                }
                if best >= 0 { grid.ids[cell] = sites[best].id }
            }
        }
    }

    /// The default cutoff: twice the median nearest-neighbour distance
    /// between the sites, and at least one row height, in column widths.
    /// Measured on Phayao's tambon centroids at 60×20: 1.5× left holes inside
    /// the province where mountain tambons are large; 2× closes them while
    /// the outline still follows the outermost settlements.
    public static func defaultCutoff(_ sites: [Site], projection: Projection) -> Double {
        let points = sites.map { site -> (x: Double, y: Double) in
            let p = projection.project(site.point)
            return (p.x, p.y * projection.cellAspect)
        }
        return defaultCutoff(points: points, projection: projection)
    }

    static func defaultCutoff(points: [(x: Double, y: Double)], projection: Projection) -> Double {
        let floor = projection.cellAspect
        guard points.count > 1 else {
            return max(floor, Double(min(projection.width, projection.height)) / 4)
        }
        let median = medianNearestNeighbourDistance(points)
        return max(2 * median, floor)
    }

    static func medianNearestNeighbourDistance(_ points: [(x: Double, y: Double)]) -> Double {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for p in points { minX = min(minX, p.x); minY = min(minY, p.y); maxX = max(maxX, p.x); maxY = max(maxY, p.y) }
        // About one point per bucket on average.
        // (but never so many buckets that points on a line make a huge index).
        let n = Double(points.count)
        let extent = max(maxX - minX, maxY - minY)
        let size = max(((maxX - minX) * (maxY - minY) / n).squareRoot(), extent / (4 * n.squareRoot() + 1), 1e-9)
        let index = BucketIndex(points: points, bucketSize: size, minX: minX, minY: minY, maxX: maxX, maxY: maxY)
        var distances: [Double] = []
        distances.reserveCapacity(points.count)
        for (i, p) in points.enumerated() {
            var best = Double.infinity
            var reach = 1
            while true {
                index.forEachNear(x: p.x, y: p.y, reach: reach) { j in
                    guard j != i else { return }
                    let dx = points[j].x - p.x, dy = points[j].y - p.y
                    best = min(best, (dx * dx + dy * dy).squareRoot())
                }
                // Anything beyond the searched square is at least (reach) buckets away.
                if best <= Double(reach) * size || reach > index.columns + index.rows { break }
                reach *= 2
            }
            distances.append(best)
        }
        distances.sort()
        return distances[distances.count / 2]
    }
}

/// Points sorted into square buckets so that a neighbourhood query touches
/// only a few buckets instead of every point.
struct BucketIndex {
    let size: Double
    let minX: Double, minY: Double
    let columns: Int, rows: Int
    private var start: [Int]   // bucket b holds order[start[b] ..< start[b+1]]
    private var order: [Int]

    init(points: [(x: Double, y: Double)], bucketSize: Double, minX: Double, minY: Double, maxX: Double, maxY: Double) {
        size = bucketSize
        self.minX = minX; self.minY = minY
        columns = max(1, Int(((maxX - minX) / bucketSize).rounded(.up)) + 1)
        rows = max(1, Int(((maxY - minY) / bucketSize).rounded(.up)) + 1)
        var bucketOf = [Int](repeating: -1, count: points.count)
        var counts = [Int](repeating: 0, count: columns * rows + 1)
        for (i, p) in points.enumerated() {
            let bx = Int(((p.x - minX) / bucketSize).rounded(.down))
            let by = Int(((p.y - minY) / bucketSize).rounded(.down))
            guard bx >= 0, by >= 0, bx < columns, by < rows else { continue }  // far outside: never near a cell
            bucketOf[i] = by * columns + bx
            counts[bucketOf[i] + 1] += 1
        }
        for b in 0..<(columns * rows) { counts[b + 1] += counts[b] }
        start = counts
        var fill = counts
        order = [Int](repeating: 0, count: counts[columns * rows])
        for (i, b) in bucketOf.enumerated() where b >= 0 {
            order[fill[b]] = i
            fill[b] += 1
        }
    }

    /// Calls `body` with the index of every point in the buckets within
    /// `reach` buckets of (x, y), in increasing index order per bucket.
    func forEachNear(x: Double, y: Double, reach: Int, _ body: (Int) -> Void) {
        let bx = Int(((x - minX) / size).rounded(.down)), by = Int(((y - minY) / size).rounded(.down))
        let top = max(0, by - reach), bottom = min(rows - 1, by + reach)
        let left = max(0, bx - reach), right = min(columns - 1, bx + reach)
        guard top <= bottom, left <= right else { return }
        for row in top...bottom {
            for column in left...right {
                let b = row * columns + column
                for k in start[b]..<start[b + 1] { body(order[k]) }
            }
        }
    }
}
