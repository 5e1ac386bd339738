/// How a map is drawn.
public struct MapOptions: Sendable {
    /// How values are cut into classes.
    public var method: ClassificationMethod = .quantile
    /// Requested number of classes (3–7).
    public var classes = 5
    /// Colours the terminal can show.
    public var colorMode: ColorMode = .none
    /// Unicode glyphs or plain ASCII.
    public var charset: Charset = .unicode
    /// Two vertical "pixels" per cell with `▀`/`▄`; only with `.palette256`
    /// (eight colours cannot show no-data and the selection as pixels, and
    /// without colour there are no pixels).
    public var halfBlock = false
    /// When true the highest class is the darkest.
    public var higherIsWorse = true
    /// Height : width of a terminal cell.
    public var cellAspect = 2.0
    /// Cutoff for areas drawn from points, in column widths; nil for the default.
    public var voronoiCutoff: Double?
    /// Give an area too small to cover a cell centre the empty cell at its centroid.
    public var keepSmallAreas = true

    /// Options; the rest keep their defaults.
    public init(method: ClassificationMethod = .quantile, classes: Int = 5, colorMode: ColorMode = .none,
                charset: Charset = .unicode, halfBlock: Bool = false, higherIsWorse: Bool = true) {
        self.method = method; self.classes = classes; self.colorMode = colorMode
        self.charset = charset; self.halfBlock = halfBlock; self.higherIsWorse = higherIsWorse
    }
}

/// A choropleth map of areas, ready to show: the cells, the legend, the
/// classes, and hit-testing for a cursor. This is the first renderer (one
/// glyph or colour per area, `@` on the selection, no borders or labels),
/// kept for the terminal interface's map pane and the brief until they move
/// to ``MapLayout`` + ``MapPicture`` + ``Legend/mapLines(for:palette:resolution:labels:format:width:)``,
/// which `tisep map` uses.
///
/// ```swift
/// let map = ChoroplethMap(areas: areas, selected: 12, width: 60, height: 20,
///                         options: MapOptions(method: .naturalBreaks),
///                         labels: LegendLabels(title: "Poor elderly", unit: "%"), legendWidth: 28)
/// print(map.grid.lines().joined(separator: "\n"))
/// map.legend.forEach { print($0.plainText) }
/// let id = map.area(atColumn: 30, row: 10)
/// ```
public struct ChoroplethMap: Sendable {
    /// The cells to draw.
    public let grid: CellGrid
    /// Area ids at cell resolution, for hit-testing.
    public let areaGrid: AreaGrid
    /// Legend lines, each fitting the legend width.
    public let legend: [LegendLine]
    /// The classes of the areas' values.
    public let classification: Classification
    /// The look of classes, no data and the selection.
    public let palette: Palette
    /// The projection used (at cell resolution).
    public let projection: Projection
    /// The selected area's id, drawn with the selection mark.
    public let selected: Int32?
    private let anchors: [Int32: GeoPoint]

    /// Classifies the values, fits the areas into `width × height` cells,
    /// draws them and builds a legend `legendWidth` columns wide.
    public init(areas: [MapArea], selected: Int32?, width: Int, height: Int, options: MapOptions = MapOptions(),
                labels: LegendLabels, legendWidth: Int) {
        self.selected = selected
        classification = Classification(values: areas.map(\.value), method: options.method, classes: options.classes)
        let palette = Palette(classCount: classification.classCount, colorMode: options.colorMode,
                              charset: options.charset, higherIsWorse: options.higherIsWorse)
        self.palette = palette
        projection = Projection(fitting: Self.extent(of: areas), width: width, height: height,
                                cellAspect: options.cellAspect)
        var anchors: [Int32: GeoPoint] = [:]
        for area in areas { anchors[area.id] = area.anchorPoint }
        self.anchors = anchors

        let halfBlock = options.halfBlock && options.colorMode == .palette256
        let pixels = Self.rasterize(areas, projection: halfBlock ? projection.doubledVertically() : projection,
                                    options: options)
        var classOf: [Int32: Int] = [:]
        for area in areas { classOf[area.id] = classification.classIndex(of: area.value) }
        if halfBlock {
            (grid, areaGrid) = Self.drawHalfBlocks(pixels, classOf: classOf, selected: selected, palette: palette)
        } else {
            areaGrid = pixels
            var grid = CellGrid(width: pixels.width, height: pixels.height)
            for (i, id) in pixels.ids.enumerated() where id != AreaGrid.empty {
                let cls = classOf[id]
                grid.cells[i] = id == selected ? palette.selectedCell(classIndex: cls, areaID: id)
                    : cls.map { palette.classCell($0, areaID: id) } ?? palette.noDataCell(areaID: id)
            }
            self.grid = grid
        }
        let chosen = areas.first { $0.id == selected }.map { (name: $0.name, value: $0.value) }
        legend = Legend.lines(for: classification, palette: palette, labels: labels, selected: chosen, width: legendWidth)
    }

    /// The area under a cell, nil for none.
    public func area(atColumn column: Int, row: Int) -> Int32? {
        areaGrid.area(atColumn: column, row: row)
    }

    /// Where to put the cursor for an area (see ``AreaGrid/anchorCell(of:near:cellAspect:)``).
    public func cursorCell(for id: Int32) -> (column: Int, row: Int)? {
        let target = anchors[id].map { projection.project($0) }
        return areaGrid.anchorCell(of: id, near: target, cellAspect: projection.cellAspect)
    }

    /// The area next to `id` in a direction, nil when there is none.
    public func neighbour(of id: Int32, toward direction: Direction) -> Int32? {
        areaGrid.neighbour(of: id, toward: direction, from: cursorCell(for: id), cellAspect: projection.cellAspect)
    }

    static func extent(of areas: [MapArea]) -> BoundingBox { MapLayout.extent(of: areas) }

    static func rasterize(_ areas: [MapArea], projection: Projection, options: MapOptions) -> AreaGrid {
        MapLayout.rasterize(areas, projection: projection, voronoiCutoff: options.voronoiCutoff,
                            keepSmallAreas: options.keepSmallAreas)
    }

    /// Pairs of pixel rows become one row of `▀` cells (top pixel in the
    /// foreground, bottom in the background). A cell belongs to its top
    /// pixel's area, or the bottom's when the top is empty, except that an
    /// area seen only in bottom pixels takes one such cell from an area that
    /// keeps others, so that every drawn area can be selected.
    static func drawHalfBlocks(_ pixels: AreaGrid, classOf: [Int32: Int], selected: Int32?,
                               palette: Palette) -> (CellGrid, AreaGrid) {
        let width = pixels.width, height = pixels.height / 2
        var grid = CellGrid(width: width, height: height)
        var areas = AreaGrid(width: width, height: height)
        func color(_ id: Int32) -> Int16 {
            if id == AreaGrid.empty { return -1 }
            if id == selected { return Palette.selectedColor256 }
            return classOf[id].map { palette.color(ofClass: $0) } ?? Palette.noDataColor256
        }
        var cellCounts: [Int32: Int] = [:]
        var hidden: [Int32: Int] = [:]  // area seen only as a bottom pixel → one of its cells
        for row in 0..<height {
            for column in 0..<width {
                let top = pixels[column, 2 * row], bottom = pixels[column, 2 * row + 1]
                let owner = top != AreaGrid.empty ? top : bottom
                areas[column, row] = owner
                if owner != AreaGrid.empty { cellCounts[owner, default: 0] += 1 }
                if bottom != owner && bottom != AreaGrid.empty { hidden[bottom] = row * width + column }
                let (t, b) = (color(top), color(bottom))
                var cell = Cell(areaID: owner)
                switch (t >= 0, b >= 0) {
                case (false, false): break
                case (true, _): cell.grapheme = "▀"; cell.foreground = t; cell.background = b
                case (false, true): cell.grapheme = "▄"; cell.foreground = b
                }
                grid[column, row] = cell
            }
        }
        for (id, cell) in hidden.sorted(by: { $0.key < $1.key }) where cellCounts[id] == nil {
            let owner = areas.ids[cell]
            guard cellCounts[owner, default: 0] > 1 else { continue }
            cellCounts[owner, default: 0] -= 1
            cellCounts[id] = 1
            areas.ids[cell] = id
            grid.cells[cell].areaID = id
        }
        return (grid, areas)
    }
}
