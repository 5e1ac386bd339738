/// Finds the borders of a grid of area indices (pixels, or cells at cell
/// resolution) and which areas touch.
///
/// A border is one pixel thick and lies inside one of the two areas it
/// separates: for each pair of side-by-side pixels of different areas, the
/// pixel of the *larger* area (more pixels) is marked, so that a small area
/// keeps its fill and the line runs around it in its neighbour. Borders
/// between groups can be drawn two pixels thick instead (both sides marked),
/// which is how half-block maps show them stronger. A pixel
/// next to the outside (or the edge of the grid) is marked as outline.
/// Strength: outline > between groups > inside a group; a pixel keeps the
/// strongest mark it gets. An area left with no unmarked pixel (a town
/// tambon of one or two pixels at the map's edge) gets back the pixel
/// nearest its anchor, so that its class can still be seen.
struct BorderFinder {
    /// Per pixel, a ``BorderStrength`` raw value.
    private(set) var strengths: [UInt8]
    /// Per area index, the indices of the areas it touches, sorted.
    private(set) var adjacency: [[Int32]]

    init(grid: [Int32], width: Int, height: Int, counts: [Int], groupKeys: [Int32],
         targets: [(x: Double, y: Double)?], aspect: Double, thickGroupBorders: Bool = false) {
        var strengths = [UInt8](repeating: 0, count: grid.count)
        var touching = Set<UInt64>()
        @inline(__always) func mark(_ p: Int, _ s: BorderStrength) {
            if strengths[p] < s.rawValue { strengths[p] = s.rawValue }
        }
        @inline(__always) func edge(_ p: Int, _ a: Int32, _ q: Int, _ b: Int32) {
            if a < 0 { mark(q, .outline); return }
            if b < 0 { mark(p, .outline); return }
            if groupKeys[Int(a)] != groupKeys[Int(b)] {
                mark(counts[Int(a)] >= counts[Int(b)] || thickGroupBorders ? p : q, .group)
                if thickGroupBorders { mark(q, .group) }
            } else {
                mark(counts[Int(a)] >= counts[Int(b)] ? p : q, .area)
            }
            touching.insert(UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b))))
        }
        for y in 0..<height {
            for x in 0..<width {
                let p = y * width + x
                let a = grid[p]
                if a >= 0 && (x == 0 || y == 0 || x == width - 1 || y == height - 1) { mark(p, .outline) }
                if x + 1 < width, grid[p + 1] != a { edge(p, a, p + 1, grid[p + 1]) }
                if y + 1 < height, grid[p + width] != a { edge(p, a, p + width, grid[p + width]) }
            }
        }

        // Areas whose every pixel became border get their most central one back.
        var fill = [Int](repeating: 0, count: counts.count)
        for (p, a) in grid.enumerated() where a >= 0 && strengths[p] == 0 { fill[Int(a)] += 1 }
        var best = [Int](repeating: -1, count: counts.count)
        var bestD = [Double](repeating: .infinity, count: counts.count)
        for (p, a) in grid.enumerated() where a >= 0 && fill[Int(a)] == 0 {
            let i = Int(a)
            guard let t = targets[i] else { if best[i] < 0 { best[i] = p }; continue }
            let dx = Double(p % width) + 0.5 - t.x, dy = (Double(p / width) + 0.5 - t.y) * aspect
            let d = dx * dx + dy * dy
            if d < bestD[i] { bestD[i] = d; best[i] = p }
        }
        for p in best where p >= 0 { strengths[p] = 0 }

        var adjacency = [[Int32]](repeating: [], count: counts.count)
        for pair in touching {
            let a = Int32(truncatingIfNeeded: pair >> 32), b = Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)
            adjacency[Int(a)].append(b)
            adjacency[Int(b)].append(a)
        }
        self.strengths = strengths
        self.adjacency = adjacency.map { $0.sorted() }
    }
}

/// The line-drawing glyph of a border cell at cell resolution, from the
/// border cells beside it: `│ ─ ┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼` (heavy `┃ ━ ┏ … ╋` for
/// group borders and the outline). A border cell with no border beside it
/// takes the direction of the edge it lies on (`│` beside a neighbour to
/// its left or right, `─` above or below one), or `╱`/`╲` where it is a step
/// of a diagonal border (edges on both sides, borders at its corners).
/// ASCII: `|` for vertical lines and junctions, `_` for horizontal ones,
/// `/ \` for diagonals (heavy and light alike: the ASCII fallback draws
/// group borders in bold).
enum BoxGlyph {
    struct Around {
        var up = false, down = false, left = false, right = false
        var upLeft = false, upRight = false, downLeft = false, downRight = false
        /// The cell differs from its left or right neighbour (or is at the grid's side).
        var onVerticalEdge = false
        /// The cell differs from the one above or below (or is at the grid's top or bottom).
        var onHorizontalEdge = false
    }

    static let light: [String] = ["", "│", "│", "│", "─", "┘", "┐", "┤", "─", "└", "┌", "├", "─", "┴", "┬", "┼"]
    static let heavy: [String] = ["", "┃", "┃", "┃", "━", "┛", "┓", "┫", "━", "┗", "┏", "┣", "━", "┻", "┳", "╋"]

    static func glyph(_ a: Around, heavy isHeavy: Bool, charset: Charset) -> String {
        var mask = (a.up ? 1 : 0) | (a.down ? 2 : 0) | (a.left ? 4 : 0) | (a.right ? 8 : 0)
        if mask == 0 {
            let falling = a.upLeft || a.downRight, rising = a.upRight || a.downLeft
            if a.onVerticalEdge && a.onHorizontalEdge && falling != rising {
                if charset == .ascii { return falling ? "\\" : "/" }
                return falling ? "╲" : "╱"
            }
            mask = a.onVerticalEdge ? 3 : 12
        }
        guard charset == .unicode else { return mask & 3 != 0 ? "|" : "_" }
        return (isHeavy ? heavy : light)[mask]
    }
}
