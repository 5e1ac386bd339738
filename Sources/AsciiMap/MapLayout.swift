/// How many map pixels one terminal cell shows.
public enum MapResolution: Sendable, Equatable, CaseIterable {
    /// One pixel per cell: the cell's glyph carries the class (`░▒▓█`) and
    /// the borders (`│─┼`). Used without colour and with 8 colours.
    case cells
    /// Two pixels per cell, one above the other, drawn as `▀` with the upper
    /// pixel's colour in the foreground and the lower one's in the
    /// background: a 200×60 pane shows 200×120 pixels, nearly square.
    case halfBlocks

    /// Pixel rows per cell row: 1 or 2.
    public var pixelRowsPerCell: Int { self == .halfBlocks ? 2 : 1 }

    /// The resolution that reads best in a colour mode. 256 colours: half
    /// blocks (the YlOrRd ramp is ordered by lightness, so a colour alone
    /// tells the class). 8 colours: cells, because the eight basic colours
    /// have no order a reader sees; the shading glyph carries the order and
    /// the colour only confirms it. No colour: cells (there are no pixels
    /// without colour).
    public static func preferred(for colorMode: ColorMode) -> MapResolution {
        colorMode == .palette256 ? .halfBlocks : .cells
    }
}

/// The strength of a border, from none to the outline of the whole map.
public enum BorderStrength: UInt8, Sendable, Comparable, CaseIterable {
    /// Not a border.
    case none = 0
    /// Between two areas of the same group (two tambons of one amphoe): thin.
    case area = 1
    /// Between two groups (two amphoes): stronger.
    case group = 2
    /// Between an area and the outside of the map: the outline.
    case outline = 3

    /// Weaker first.
    public static func < (a: BorderStrength, b: BorderStrength) -> Bool { a.rawValue < b.rawValue }
}

/// A map's geometry at one size: the projection, which area owns each pixel
/// and each cell, where the borders are, where the cursor sits in each area
/// and which areas touch. It depends only on the areas' shapes and groups,
/// the size and the resolution, never on values, names or the selection,
/// so a caller computes it once per (area set, size) and re-renders it with
/// another indicator or selection in a fraction of the time
/// (``MapPicture``). It is also the model the cursor moves on: hit-testing
/// and neighbours without drawing any text.
///
/// ```swift
/// let layout = MapLayout(areas: areas, width: 200, height: 60, resolution: .halfBlocks)
/// layout.area(atColumn: 80, row: 30)           // the id under a cell
/// layout.neighbour(of: 12, toward: .right)     // where → moves the cursor
/// layout.sizes.medianCells                     // too small? show the amphoe instead
/// ```
public struct MapLayout: Sendable {
    /// Size in cells.
    public let width: Int
    /// Size in cells.
    public let height: Int
    /// Pixels per cell.
    public let resolution: MapResolution
    /// Lon/lat → cell coordinates.
    public let projection: Projection
    /// Lon/lat → pixel coordinates (the cell projection with rows doubled in half-block mode).
    public let pixelProjection: Projection
    /// The caller's ids in the order the areas were given.
    public let areaIDs: [Int32]
    /// The areas' groups, in the same order.
    public let groups: [String?]
    /// The id owning each cell (``AreaGrid/empty`` for none), for hit-testing.
    public let areaGrid: AreaGrid

    /// Per pixel: the index of its area in ``areaIDs``, -1 outside.
    let pixels: [Int32]
    /// Per pixel: a ``BorderStrength`` raw value.
    let borders: [UInt8]
    /// Per cell: the index of its owner, -1 outside.
    let cellOwners: [Int32]
    /// Per area index: a group number (-1 for no group).
    let groupKeys: [Int32]
    let indexByID: [Int32: Int]
    let pixelCounts: [Int]
    let cellCounts: [Int]
    /// Per area index: the owned cell the cursor sits on (row * width + column), -1 for none.
    let anchorCells: [Int]
    /// Per area index: its anchor point in continuous cell coordinates.
    let targets: [(x: Double, y: Double)?]
    /// Per area index: the areas (indices) it touches, sorted.
    let adjacency: [[Int32]]

    /// Projects and rasterises `areas` into `width × height` cells.
    /// `cellAspect` is a cell's height over its width; `voronoiCutoff`
    /// (column widths) bounds the cells drawn around areas known only by a
    /// point; with `keepSmallAreas` an area too small to cover a pixel centre
    /// still gets one pixel, so every area can be seen and selected.
    public init(areas: [MapArea], width: Int, height: Int, resolution: MapResolution,
                cellAspect: Double = 2, voronoiCutoff: Double? = nil, keepSmallAreas: Bool = true) {
        // Whatever the data hold, only finite points on the globe reach the projection.
        let areas = areas.map { $0.drawable() }
        self.width = max(width, 1)
        self.height = max(height, 1)
        self.resolution = resolution
        areaIDs = areas.map(\.id)
        groups = areas.map(\.group)
        var indexByID: [Int32: Int] = [:]
        for (i, area) in areas.enumerated() where indexByID[area.id] == nil { indexByID[area.id] = i }
        self.indexByID = indexByID
        var groupNumbers: [String: Int32] = [:]
        groupKeys = areas.map { area in
            guard let group = area.group else { return -1 }
            if let n = groupNumbers[group] { return n }
            let n = Int32(groupNumbers.count)
            groupNumbers[group] = n
            return n
        }

        projection = Projection(fitting: MapLayout.extent(of: areas), width: self.width, height: self.height,
                                cellAspect: cellAspect)
        let ppc = resolution.pixelRowsPerCell
        pixelProjection = ppc == 2 ? projection.doubledVertically() : projection
        // Rasterised with the areas' indices as ids, so that everything after works on arrays.
        let indexed = areas.enumerated().map { i, area in
            MapArea(id: Int32(i), code: area.code, name: "", shape: area.shape, value: nil)
        }
        let pixelGrid = MapLayout.rasterize(indexed, projection: pixelProjection, voronoiCutoff: voronoiCutoff,
                                            keepSmallAreas: keepSmallAreas)
        pixels = pixelGrid.ids
        var pixelCounts = [Int](repeating: 0, count: areas.count)
        for p in pixels where p >= 0 { pixelCounts[Int(p)] += 1 }
        self.pixelCounts = pixelCounts

        let owners = ppc == 2 ? MapLayout.cellOwners(ofPixelPairs: pixelGrid) : pixelGrid.ids
        cellOwners = owners
        var cellCounts = [Int](repeating: 0, count: areas.count)
        for o in owners where o >= 0 { cellCounts[Int(o)] += 1 }
        self.cellCounts = cellCounts
        var grid = AreaGrid(width: self.width, height: self.height)
        grid.ids = owners.map { $0 >= 0 ? areas[Int($0)].id : AreaGrid.empty }
        areaGrid = grid

        let projection = self.projection
        targets = areas.map { area in area.anchorPoint.map { projection.project($0) } }
        anchorCells = MapLayout.anchorCells(owners: owners, width: self.width, count: areas.count,
                                            targets: targets, cellAspect: projection.cellAspect)
        let pixelTargets: [(x: Double, y: Double)?] = targets.map { t in t.map { ($0.x, $0.y * Double(ppc)) } }
        // Group borders two pixels thick where areas are large enough to
        // afford it (a typical area of 6×4 pixels or more); on a crowded
        // map they would eat the fills, and their darker grey must do.
        let typical = AreaSizes(cells: pixelCounts.map(Double.init)).medianCells
        let thick = resolution == .halfBlocks && typical >= MapLayout.thickBorderMedianPixels
        let found = BorderFinder(grid: pixels, width: self.width, height: self.height * ppc, counts: pixelCounts,
                                 groupKeys: groupKeys, targets: pixelTargets, aspect: pixelProjection.cellAspect,
                                 thickGroupBorders: thick)
        borders = found.strengths
        adjacency = found.adjacency
    }

    /// The median area size, in pixels, from which half-block maps draw
    /// group borders two pixels thick.
    public static let thickBorderMedianPixels = 24.0

    // MARK: the model the cursor moves on

    /// Whether an area with this id was given.
    public func contains(_ id: Int32) -> Bool { indexByID[id] != nil }

    /// The area at a cell; nil for an empty cell or outside the map.
    public func area(atColumn column: Int, row: Int) -> Int32? {
        areaGrid.area(atColumn: column, row: row)
    }

    /// The cell the cursor sits on for an area: the owned cell nearest its
    /// centroid (the centroid of a crescent lies outside it). Nil when the
    /// area has no cell at this size.
    public func cursorCell(for id: Int32) -> (column: Int, row: Int)? {
        guard let i = indexByID[id], anchorCells[i] >= 0 else { return nil }
        return (anchorCells[i] % width, anchorCells[i] / width)
    }

    /// The area the cursor reaches from `id` moving in `direction`: among
    /// the areas whose cursor cell lies that way, the one with a cell
    /// nearest ahead (sideways offsets count double, so the cursor goes
    /// straight), looking first within 45° of the direction, then within
    /// 72°. So the cursor always moves the way of the key; nil when no
    /// area's cursor cell lies that way (or `id` has no cell).
    public func neighbour(of id: Int32, toward direction: Direction) -> Int32? {
        guard let from = cursorCell(for: id) else { return nil }
        let aspect = projection.cellAspect
        func ahead(_ cell: Int) -> (ahead: Double, side: Double) {
            let dx = Double(cell % width - from.column), dy = Double(cell / width - from.row) * aspect
            switch direction {
            case .right: return (dx, abs(dy))
            case .left: return (-dx, abs(dy))
            case .down: return (dy, abs(dx))
            case .up: return (-dy, abs(dx))
            }
        }
        let own = indexByID[id] ?? -1
        // Best (score, area index) per tier: a cell within 45°, within 72°; the area's cursor cell ahead.
        var best = [(score: Double, index: Int32)?](repeating: nil, count: 2)
        func offer(_ tier: Int, _ score: Double, _ index: Int32) {
            if score < (best[tier]?.score ?? .infinity) { best[tier] = (score, index) }
        }
        for (cell, o) in cellOwners.enumerated() where o >= 0 && Int(o) != own {
            let (a, side) = ahead(cell)
            guard a > 0, side <= 3 * a else { continue }
            let score = a + 2 * side
            guard anchorCells[Int(o)] >= 0, ahead(anchorCells[Int(o)]).ahead > 0 else { continue }
            offer(side <= a ? 0 : 1, score, o)
        }
        return (best[0] ?? best[1]).map { areaIDs[Int($0.index)] }
    }

    /// The areas that share a border with `id` on this map, in the order given.
    public func neighbours(of id: Int32) -> [Int32] {
        guard let i = indexByID[id] else { return [] }
        return adjacency[i].map { areaIDs[Int($0)] }
    }

    /// Cells owned by an area (for hit-testing; 0 when it has none).
    public func cellCount(of id: Int32) -> Int {
        indexByID[id].map { cellCounts[$0] } ?? 0
    }

    /// An area's size on the map in cells: its pixels over the pixels per
    /// cell (an area drawn as one pixel in half-block mode is 0.5).
    public func size(of id: Int32) -> Double {
        indexByID[id].map { Double(pixelCounts[$0]) / Double(resolution.pixelRowsPerCell) } ?? 0
    }

    /// How large the areas come out at this size, so that a caller can
    /// decide that a map is too small to read (and show the amphoe instead).
    public var sizes: AreaSizes {
        AreaSizes(cells: pixelCounts.map { Double($0) / Double(resolution.pixelRowsPerCell) })
    }

    /// The border strength drawn at a pixel (row in pixel rows).
    public func border(atColumn column: Int, pixelRow row: Int) -> BorderStrength {
        guard column >= 0, row >= 0, column < width, row < height * resolution.pixelRowsPerCell else { return .none }
        return BorderStrength(rawValue: borders[row * width + column]) ?? .none
    }

    /// The area at a pixel (row in pixel rows); nil outside every area.
    public func area(atColumn column: Int, pixelRow row: Int) -> Int32? {
        guard column >= 0, row >= 0, column < width, row < height * resolution.pixelRowsPerCell else { return nil }
        let p = pixels[row * width + column]
        return p < 0 ? nil : areaIDs[Int(p)]
    }

    // MARK: building

    /// The box a layout fits into its size: the polygons, and the points
    /// padded for the cells drawn around them. A caller can compare sizes
    /// before making a layout (where a legend leaves the map the most room).
    public static func extent(of areas: [MapArea]) -> BoundingBox {
        var box = BoundingBox.empty
        var points = BoundingBox.empty
        for area in areas {
            switch area.shape {
            case .polygons(let shape): box = box.union(shape.boundingBox)
            case .centroid(let point): points.extend(point)
            case .centroids(let many): for point in many { points.extend(point) }
            }
        }
        // Cells drawn around points reach beyond the outermost points.
        return points.isEmpty ? box : box.union(points.padded(by: 0.05, minimum: 0.02))
    }

    /// Polygons first (later areas win a shared pixel), then areas known by
    /// points fill the empty pixels nearest to them.
    static func rasterize(_ areas: [MapArea], projection: Projection, voronoiCutoff: Double?,
                          keepSmallAreas: Bool) -> AreaGrid {
        var shapes: [(id: Int32, shape: MultiPolygon)] = []
        var sites: [VoronoiFill.Site] = []
        for area in areas {
            switch area.shape {
            case .polygons(let shape): shapes.append((area.id, shape))
            case .centroid(let point): sites.append(VoronoiFill.Site(id: area.id, point: point))
            case .centroids(let many): sites += many.map { VoronoiFill.Site(id: area.id, point: $0) }
            }
        }
        var grid = Rasterizer.rasterize(shapes, projection: projection, keepSmallAreas: keepSmallAreas)
        if !sites.isEmpty {
            VoronoiFill.fill(sites, into: &grid, projection: projection, cutoff: voronoiCutoff)
            // A settlement crowded out by its neighbours at this zoom still gets a pixel.
            if keepSmallAreas {
                grid.giveCells(to: areas.compactMap { area in
                    if case .polygons = area.shape { return nil }
                    return area.anchorPoint.map { (area.id, $0) }
                }, projection: projection)
            }
        }
        return grid
    }

    /// A cell belongs to its upper pixel's area, or the lower one's when the
    /// upper is empty; an area seen only in lower pixels then takes one such
    /// cell from an area that keeps others, so that every drawn area can be
    /// selected.
    static func cellOwners(ofPixelPairs pixels: AreaGrid) -> [Int32] {
        let width = pixels.width, height = pixels.height / 2
        var owners = [Int32](repeating: -1, count: width * height)
        var counts: [Int32: Int] = [:]
        var hidden: [Int32: Int] = [:]  // area seen only as a lower pixel → one of its cells
        for row in 0..<height {
            for column in 0..<width {
                let top = pixels.ids[2 * row * width + column], bottom = pixels.ids[(2 * row + 1) * width + column]
                let owner = top >= 0 ? top : bottom
                owners[row * width + column] = owner
                if owner >= 0 { counts[owner, default: 0] += 1 }
                if bottom != owner && bottom >= 0 { hidden[bottom] = row * width + column }
            }
        }
        for (id, cell) in hidden.sorted(by: { $0.key < $1.key }) where counts[id] == nil {
            let owner = owners[cell]
            guard counts[owner, default: 0] > 1 else { continue }
            counts[owner, default: 0] -= 1
            counts[id] = 1
            owners[cell] = id
        }
        return owners
    }

    /// For each area, its owned cell nearest its target (aspect-corrected),
    /// or nearest the mean of its cells when it has no target.
    static func anchorCells(owners: [Int32], width: Int, count: Int, targets: [(x: Double, y: Double)?],
                            cellAspect: Double) -> [Int] {
        var goals = targets
        if goals.contains(where: { $0 == nil }) {
            var sums = [(x: Double, y: Double, n: Double)](repeating: (0, 0, 0), count: count)
            for (cell, o) in owners.enumerated() where o >= 0 && goals[Int(o)] == nil {
                sums[Int(o)].x += Double(cell % width) + 0.5
                sums[Int(o)].y += Double(cell / width) + 0.5
                sums[Int(o)].n += 1
            }
            for i in 0..<count where goals[i] == nil && sums[i].n > 0 {
                goals[i] = (sums[i].x / sums[i].n, sums[i].y / sums[i].n)
            }
        }
        var best = [Int](repeating: -1, count: count)
        var bestD = [Double](repeating: .infinity, count: count)
        for (cell, o) in owners.enumerated() where o >= 0 {
            let i = Int(o)
            guard let goal = goals[i] else { continue }
            let dx = Double(cell % width) + 0.5 - goal.x, dy = (Double(cell / width) + 0.5 - goal.y) * cellAspect
            let d = dx * dx + dy * dy
            if d < bestD[i] { bestD[i] = d; best[i] = cell }
        }
        return best
    }
}

/// How large a map's areas come out, in cells (an area of 3 pixels in
/// half-block mode is 1.5 cells). Areas too small for a pixel count as 0.
public struct AreaSizes: Equatable, Sendable {
    /// Each area's size, smallest first.
    public let sortedCells: [Double]

    /// Sizes of the areas, in any order.
    public init(cells: [Double]) { sortedCells = cells.sorted() }

    /// Number of areas.
    public var count: Int { sortedCells.count }
    /// Areas with at least one pixel.
    public var drawn: Int { sortedCells.filter { $0 > 0 }.count }
    /// The smallest area's size (0 when some area got no pixel).
    public var smallestCells: Double { sortedCells.first ?? 0 }
    /// The median size: what a typical area gets.
    public var medianCells: Double {
        guard !sortedCells.isEmpty else { return 0 }
        let n = sortedCells.count
        return n % 2 == 1 ? sortedCells[n / 2] : (sortedCells[n / 2 - 1] + sortedCells[n / 2]) / 2
    }
    /// The largest area's size.
    public var largestCells: Double { sortedCells.last ?? 0 }
    /// How many areas are smaller than `cells` (e.g. too small for a two-letter number).
    public func count(smallerThan cells: Double) -> Int {
        var low = 0, high = sortedCells.count
        while low < high {
            let mid = (low + high) / 2
            if sortedCells[mid] < cells { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
