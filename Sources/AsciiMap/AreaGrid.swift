/// Which area owns each cell of a map: `ids[row * width + column]`, with
/// ``AreaGrid/empty`` (-1) where no area is drawn. This is what rasterisation
/// produces and what hit-testing reads; colours come later.
public struct AreaGrid: Equatable, Sendable {
    /// The id of a cell that no area covers.
    public static let empty: Int32 = -1

    /// Size in cells.
    public let width: Int
    /// Size in cells.
    public let height: Int
    /// Area ids, row-major.
    public var ids: [Int32]

    /// An empty grid.
    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        ids = Array(repeating: Self.empty, count: self.width * self.height)
    }

    /// The id at a cell; ``empty`` outside the grid.
    public subscript(column: Int, row: Int) -> Int32 {
        get {
            guard column >= 0, row >= 0, column < width, row < height else { return Self.empty }
            return ids[row * width + column]
        }
        set {
            guard column >= 0, row >= 0, column < width, row < height else { return }
            ids[row * width + column] = newValue
        }
    }

    /// The grid as text, one character per cell (for tests and debugging).
    public func lines(_ glyph: (Int32) -> Character) -> [String] {
        (0..<height).map { row in
            String(ids[(row * width)..<((row + 1) * width)].map(glyph))
        }
    }
}
