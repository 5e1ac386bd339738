/// A direction for moving the map cursor.
public enum Direction: Sendable, CaseIterable {
    case up, down, left, right
}

/// Hit-testing: which area is under the cursor, where the cursor should go
/// when an area is selected elsewhere (a list, a search), and which area lies
/// next to it in a direction.
extension AreaGrid {
    /// The area at a cell, nil for an empty cell or outside the grid.
    public func area(atColumn column: Int, row: Int) -> Int32? {
        let id = self[column, row]
        return id == Self.empty ? nil : id
    }

    /// Number of cells an area owns.
    public func cellCount(of id: Int32) -> Int {
        ids.reduce(0) { $0 + ($1 == id ? 1 : 0) }
    }

    /// The cell of `id` where a cursor should sit: the owned cell nearest to
    /// `target` (grid coordinates, e.g. the projected centroid), or to the
    /// middle of the area's cells. Nearest, not the centroid itself, because
    /// the centroid of a crescent-shaped area lies outside it. Nil when the
    /// area has no cell.
    public func anchorCell(of id: Int32, near target: (x: Double, y: Double)? = nil,
                           cellAspect: Double = 2) -> (column: Int, row: Int)? {
        var sumX = 0.0, sumY = 0.0, n = 0
        for (i, v) in ids.enumerated() where v == id {
            sumX += Double(i % width) + 0.5; sumY += Double(i / width) + 0.5; n += 1
        }
        guard n > 0 else { return nil }
        let goal = target ?? (sumX / Double(n), sumY / Double(n))
        var best: (column: Int, row: Int)?
        var bestD = Double.infinity
        for (i, v) in ids.enumerated() where v == id {
            let dx = Double(i % width) + 0.5 - goal.x, dy = (Double(i / width) + 0.5 - goal.y) * cellAspect
            let d = dx * dx + dy * dy
            if d < bestD { bestD = d; best = (i % width, i / width) }
        }
        return best
    }

    /// The area next to `id` in `direction`, seen from `from` (default: the
    /// area's anchor cell): among cells within 45° of the direction, the one
    /// with the least distance ahead plus twice the sideways offset, so the
    /// cursor goes straight rather than diagonally; nil when nothing lies
    /// that way.
    public func neighbour(of id: Int32, toward direction: Direction,
                          from: (column: Int, row: Int)? = nil, cellAspect: Double = 2) -> Int32? {
        guard let origin = from ?? anchorCell(of: id, cellAspect: cellAspect) else { return nil }
        var best: (score: Double, id: Int32)?
        for (i, v) in ids.enumerated() where v != Self.empty && v != id {
            let dx = Double(i % width - origin.column), dy = Double(i / width - origin.row) * cellAspect
            let (ahead, side): (Double, Double)
            switch direction {
            case .right: (ahead, side) = (dx, abs(dy))
            case .left: (ahead, side) = (-dx, abs(dy))
            case .down: (ahead, side) = (dy, abs(dx))
            case .up: (ahead, side) = (-dy, abs(dx))
            }
            guard ahead > 0, side <= ahead else { continue }
            let score = ahead + 2 * side
            if score < (best?.score ?? .infinity) { best = (score, v) }
        }
        return best?.id
    }
}
