/// A direction for moving the map cursor.
public enum Direction: Sendable, CaseIterable {
    case up, down, left, right
}

/// Hit-testing: which area is under a cell. (Where the cursor sits in an
/// area and which area lies next to it are `MapLayout`'s: `cursorCell(for:)`,
/// `neighbour(of:toward:)`.)
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
}
