/// Fills polygons into an ``AreaGrid``: a cell belongs to a polygon when its
/// centre is inside by the even-odd rule over all the polygon's rings, so
/// holes stay empty whatever their orientation.
///
/// ```swift
/// var grid = AreaGrid(width: 60, height: 20)
/// Rasterizer.fill(shape, id: 7, into: &grid, projection: projection)
/// ```
public enum Rasterizer {
    /// Draws one area over whatever is already in the grid; returns the
    /// number of cells it received.
    @discardableResult
    public static func fill(_ shape: MultiPolygon, id: Int32, into grid: inout AreaGrid,
                            projection: Projection) -> Int {
        var filled = 0
        var crossings: [Double] = []
        for polygon in shape.polygons {
            let rings = polygon.rings.map { $0.map(projection.project) }
            var minY = Double.infinity, maxY = -Double.infinity
            for ring in rings { for p in ring { minY = min(minY, p.y); maxY = max(maxY, p.y) } }
            guard minY < maxY else { continue }
            let firstRow = max(0, Int((minY - 0.5).rounded(.up)))
            let lastRow = min(grid.height - 1, Int((maxY - 0.5).rounded(.down)))
            guard firstRow <= lastRow else { continue }
            for row in firstRow...lastRow {
                let y = Double(row) + 0.5
                crossings.removeAll(keepingCapacity: true)
                for ring in rings where ring.count > 2 {
                    var a = ring[ring.count - 1]
                    for b in ring {
                        // Half-open test: a vertex exactly on the scanline counts once.
                        if (a.y > y) != (b.y > y) {
                            crossings.append(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
                        }
                        a = b
                    }
                }
                crossings.sort()
                var i = 0
                while i + 1 < crossings.count {
                    // Columns whose centre c+0.5 lies in [left, right).
                    let first = max(0, Int((crossings[i] - 0.5).rounded(.up)))
                    let last = min(grid.width - 1, Int((crossings[i + 1] - 0.5).rounded(.up)) - 1)
                    if first <= last {
                        let base = row * grid.width
                        for column in first...last { grid.ids[base + column] = id }
                        filled += last - first + 1
                    }
                    i += 2
                }
            }
        }
        return filled
    }

    /// Draws areas in order (a later area wins a shared cell). With
    /// `keepSmallAreas`, an area too small to cover any cell centre (a town
    /// tambon at province zoom) takes the cell at its centroid, or the
    /// nearest cell around it, from an area that keeps other cells, so that
    /// every area can be seen and selected.
    public static func rasterize(_ areas: [(id: Int32, shape: MultiPolygon)], projection: Projection,
                                 keepSmallAreas: Bool = true) -> AreaGrid {
        var grid = AreaGrid(width: projection.width, height: projection.height)
        var missing: [(id: Int32, shape: MultiPolygon)] = []
        for area in areas where fill(area.shape, id: area.id, into: &grid, projection: projection) == 0 {
            missing.append(area)
        }
        guard keepSmallAreas, !missing.isEmpty else { return grid }
        grid.giveCells(to: missing.compactMap { area in area.shape.centroid.map { (area.id, $0) } }, projection: projection)
        return grid
    }
}

extension AreaGrid {
    /// Gives each listed area without a cell the cell at its anchor point,
    /// or the nearest one around it, taken from an area that keeps other
    /// cells, so that every area can be seen and selected.
    public mutating func giveCells(to areas: [(id: Int32, anchor: GeoPoint)], projection: Projection) {
        guard !areas.isEmpty else { return }
        var cellCounts: [Int32: Int] = [:]
        for id in ids where id != AreaGrid.empty { cellCounts[id, default: 0] += 1 }
        let around = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)]
        for area in areas where cellCounts[area.id, default: 0] == 0 {
            let (x, y) = projection.project(area.anchor)
            // Far outside the grid (or not a number): no cell to give.
            guard x > -1, y > -1, x < Double(width) + 1, y < Double(height) + 1 else { continue }
            let column = Int(x.rounded(.down)), row = Int(y.rounded(.down))
            for (dx, dy) in around {
                let c = column + dx, r = row + dy
                guard c >= 0, r >= 0, c < width, r < height else { continue }
                let owner = self[c, r]
                if owner == AreaGrid.empty || cellCounts[owner, default: 0] > 1 {
                    if owner != AreaGrid.empty { cellCounts[owner, default: 0] -= 1 }
                    self[c, r] = area.id
                    cellCounts[area.id] = 1
                    break
                }
            }
        }
    }
}
