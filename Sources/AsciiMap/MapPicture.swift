/// What a map marks as selected: an area (the cursor's tambon) and/or a
/// group (its amphoe at province zoom). Both are outlined, whatever their size.
public struct MapSelection: Equatable, Sendable {
    /// The selected area's id.
    public var area: Int32?
    /// The selected group (a ``MapArea/group`` key).
    public var group: String?
    /// A selection; nothing selected by default.
    public init(area: Int32? = nil, group: String? = nil) { self.area = area; self.group = group }
}

/// A map drawn from a ``MapLayout``: the cells with fills, borders, the
/// selection's outline and the labels, plus the numbered key. Rendering is
/// cheap next to the layout (no projection, no rasterising), so a caller
/// keeps the layout and makes a new picture when the selection, the
/// indicator or the labels change; the picture's size is the layout's,
/// whatever is selected.
///
/// How the cells are drawn (see `docs/map-rendering.md`):
/// - Half blocks (256 colours): each cell is `▀` with the upper pixel's
///   colour in front and the lower one's behind. A pixel shows, by
///   priority, the selection outline, a selected group's outline, a border
///   (grey, darker for group borders and the outline), or its area's fill
///   (the class colour; the no-data checker).
/// - Cells (no colour, 8 colours): a border cell shows a line-drawing glyph
///   (`│─┼`, heavy `┃━╋` for group borders and the outline), any other
///   cell its class glyph (`░▒▓█`, `·` for no data), in the class's hue with
///   8 colours. The selected area's outline cells are in reverse video, a
///   selected group's in bold (and cyan with 8 colours).
/// - Labels are text over the fill: in colour modes on the area's fill
///   colour (the selected area's label on the selection colour).
///
/// ```swift
/// let layout = MapLayout(areas: areas, width: 120, height: 40, resolution: .preferred(for: .palette256))
/// let palette = Palette(classCount: classification.classCount, colorMode: .palette256, charset: .unicode)
/// let picture = MapPicture(layout: layout, areas: areas, classification: classification, palette: palette,
///                          selection: MapSelection(area: 12, group: "5603"), labels: LabelPolicy(.auto))
/// print(picture.grid.renderText(colorMode: .palette256))
/// ```
public struct MapPicture: Sendable {
    /// The cells, `layout.width × layout.height`.
    public let grid: CellGrid
    /// The labels drawn, names first.
    public let labels: [PlacedLabel]
    /// The numbers drawn and the names they stand for, by number.
    public let key: [MapKeyEntry]
    /// Drawn areas that the policy wanted numbered but that found no room
    /// (only on maps far too small for their areas).
    public let unlabelled: [Int32]

    /// Draws `layout` with the values of `areas` (matched by id) classified
    /// by `classification`, and their names.
    public init(layout: MapLayout, areas: [MapArea], classification: Classification, palette: Palette,
                selection: MapSelection = MapSelection(), labels: LabelPolicy = LabelPolicy(.none)) {
        // Usually the very areas the layout was made from, in the same order: no lookup needed.
        let order: [Int?]
        if areas.count == layout.areaIDs.count && zip(areas, layout.areaIDs).allSatisfy({ $0.id == $1 }) {
            order = Array(areas.indices)
        } else {
            var position: [Int32: Int] = [:]
            for (i, area) in areas.enumerated() where position[area.id] == nil { position[area.id] = i }
            order = layout.areaIDs.map { position[$0] }
        }
        self.init(layout: layout, classes: order.map { $0.flatMap { classification.classIndex(of: areas[$0].value) } },
                  names: order.map { $0.map { areas[$0].name } ?? "" }, palette: palette, selection: selection, labels: labels)
    }

    /// Draws `layout` with a class index (nil for no data) and a name for
    /// each area, in the order of ``MapLayout/areaIDs``.
    public init(layout: MapLayout, classes: [Int?], names: [String], palette: Palette,
                selection: MapSelection = MapSelection(), labels policy: LabelPolicy = LabelPolicy(.none)) {
        let n = layout.areaIDs.count
        let classes = classes.count == n ? classes : Array(classes.prefix(n)) + Array(repeating: nil, count: max(0, n - classes.count))
        let selected = selection.area.flatMap { layout.indexByID[$0] }
        let groupKey = selection.group.flatMap { g in layout.groups.firstIndex(of: g).map { layout.groupKeys[$0] } }
        var painter = Painter(layout: layout, classes: classes, palette: palette, selected: selected, groupKey: groupKey)
        var grid = painter.paint()

        let forced = policy.alwaysNamed.flatMap { layout.indexByID[$0] }
        var placer = LabelPlacer(width: layout.width, height: layout.height, owners: layout.cellOwners, free: painter.free,
                                 avoid: painter.selectedEdge,
                                 targets: layout.targets, anchorCells: layout.anchorCells, cellAspect: layout.projection.cellAspect)
        let placed = placer.place(policy: policy, names: names + Array(repeating: "", count: max(0, n - names.count)),
                                  forced: forced, charset: palette.charset)
        var labels: [PlacedLabel] = []
        var key: [MapKeyEntry] = []
        for label in placed.labels {
            painter.write(label.columns, at: label.spot, of: label.index, into: &grid)
            let id = layout.areaIDs[label.index]
            let text = label.columns.joined()
            labels.append(PlacedLabel(areaID: id, kind: label.kind, text: text, column: label.spot.column, row: label.spot.row,
                                      width: label.columns.count, inside: label.spot.inside))
            if label.kind == .number, let number = Int(text) {
                key.append(MapKeyEntry(number: number, areaID: id, name: label.index < names.count ? names[label.index] : ""))
            }
        }
        self.grid = grid
        self.labels = labels
        self.key = key.sorted { $0.number < $1.number }
        unlabelled = placed.unplaced.map { layout.areaIDs[$0] }
    }
}

/// Turns a layout, classes and a selection into cells.
struct Painter {
    let layout: MapLayout
    let classes: [Int?]
    let palette: Palette
    let selected: Int?
    let groupKey: Int32?
    /// Per cell, the area index whose label may go there (its fill, off borders and outlines).
    private(set) var free: [Int32] = []
    /// Per cell, whether it shows the selected area's outline (no other area's label covers it).
    private(set) var selectedEdge: [Bool] = []

    /// Per area index, its class colour (-1 without a class), looked up once rather than per pixel.
    private let classColors: [Int16]

    init(layout: MapLayout, classes: [Int?], palette: Palette, selected: Int?, groupKey: Int32?) {
        self.layout = layout; self.classes = classes; self.palette = palette
        self.selected = selected; self.groupKey = groupKey
        classColors = classes.map { $0.map(palette.color(ofClass:)) ?? -1 }
    }

    var halfBlocks: Bool { layout.resolution == .halfBlocks && palette.colorMode != .none }

    mutating func paint() -> CellGrid {
        halfBlocks ? paintHalfBlocks() : paintCells()
    }

    // MARK: half blocks

    private mutating func paintHalfBlocks() -> CellGrid {
        let width = layout.width, height = layout.height
        let pixels = layout.pixels, borders = layout.borders
        let outline = Self.outlines(pixels, width: width, height: height * 2, selected: selected, groupKey: groupKey,
                                    groupKeys: layout.groupKeys)
        var grid = CellGrid(width: width, height: height)
        free = [Int32](repeating: -1, count: width * height)
        selectedEdge = [Bool](repeating: false, count: width * height)
        for row in 0..<height {
            for column in 0..<width {
                let top = 2 * row * width + column, bottom = top + width
                let cell = row * width + column
                let (a, b) = (pixels[top], pixels[bottom])
                guard a >= 0 || b >= 0 else { continue }
                var out = Cell(areaID: layout.areaGrid.ids[cell])
                if a >= 0 {
                    out.grapheme = "▀"
                    out.foreground = pixelColor(top, a, borders[top], outline[top])
                    out.background = b >= 0 ? pixelColor(bottom, b, borders[bottom], outline[bottom]) : -1
                } else {
                    out.grapheme = "▄"
                    out.foreground = pixelColor(bottom, b, borders[bottom], outline[bottom])
                }
                grid.cells[cell] = out
                selectedEdge[cell] = outline[top] == 2 || outline[bottom] == 2
                if a == b && borders[top] == 0 && borders[bottom] == 0 && outline[top] == 0 && outline[bottom] == 0 {
                    free[cell] = a
                }
            }
        }
        return grid
    }

    private func pixelColor(_ p: Int, _ area: Int32, _ border: UInt8, _ outline: UInt8) -> Int16 {
        let basic = palette.colorMode == .basic8
        if outline == 2 { return basic ? 6 : Palette.selectedColor256 }
        if outline == 1 { return basic ? 4 : Palette.groupSelectionColor256 }
        if border > 0 {
            if basic { return border >= BorderStrength.group.rawValue ? 0 : 7 }
            return Palette.borderColor256(BorderStrength(rawValue: border) ?? .area)
        }
        let c = classColors[Int(area)]
        if c >= 0 { return c }
        if basic { return 7 }
        let checker = (p % layout.width + p / layout.width) % 2 == 0
        return checker ? Palette.noDataChecker256.0 : Palette.noDataChecker256.1
    }

    // MARK: cells

    private mutating func paintCells() -> CellGrid {
        let width = layout.width, height = layout.height
        let owners = layout.cellOwners
        let borders: [UInt8]
        if layout.resolution == .cells {
            borders = layout.borders
        } else {
            // A half-block layout drawn without colour: borders found again on the cells.
            borders = BorderFinder(grid: owners, width: width, height: height, counts: layout.cellCounts,
                                   groupKeys: layout.groupKeys, targets: layout.targets,
                                   aspect: layout.projection.cellAspect).strengths
        }
        let outline = Self.outlines(owners, width: width, height: height, selected: selected, groupKey: groupKey,
                                    groupKeys: layout.groupKeys)
        var grid = CellGrid(width: width, height: height)
        free = [Int32](repeating: -1, count: width * height)
        selectedEdge = outline.map { $0 == 2 }
        let mode = palette.colorMode
        for cell in 0..<(width * height) {
            let a = owners[cell]
            guard a >= 0 else { continue }
            let cls = classes[Int(a)]
            var out = Cell(areaID: layout.areaGrid.ids[cell])
            let strength = BorderStrength(rawValue: borders[cell]) ?? .none
            if strength != .none {
                let heavy = strength >= .group
                out.grapheme = BoxGlyph.glyph(Self.around(cell, owners, borders, width: width, height: height),
                                              heavy: heavy, charset: palette.charset)
                switch mode {
                case .none, .basic8: if heavy && palette.charset == .ascii { out.attributes.insert(.bold) }
                case .palette256:
                    out.foreground = Palette.borderColor256(strength)
                    out.background = cls.map { palette.color(ofClass: $0) } ?? Palette.noDataChecker256.0
                }
            } else {
                free[cell] = a
                out.grapheme = cls.map { palette.glyph(ofClass: $0) } ?? palette.noDataGlyph
                switch mode {
                case .none: break
                case .basic8: out.foreground = cls.map { palette.color(ofClass: $0) } ?? -1
                case .palette256:
                    out.foreground = cls.map { palette.color(ofClass: $0) } ?? Palette.noDataColor256
                    out.background = cls.map { palette.color(ofClass: $0) } ?? Palette.noDataChecker256.0
                }
            }
            switch outline[cell] {
            case 2:
                free[cell] = -1
                if mode == .palette256 { out.background = Palette.selectedColor256; out.foreground = 16 } else {
                    out.attributes.formUnion([.reverse, .bold])
                }
            case 1:
                free[cell] = -1
                switch mode {
                case .none: out.attributes.insert(.bold)
                case .basic8: out.foreground = Palette.groupSelectionColor8; out.attributes.insert(.bold)
                case .palette256: out.foreground = Palette.groupSelectionColor256
                }
            default: break
            }
            grid.cells[cell] = out
        }
        return grid
    }

    /// What a border cell's glyph depends on. Two border cells side by side
    /// join only where the line runs between them: a vertical join needs
    /// one of the two on a vertical edge, a horizontal join one on a
    /// horizontal edge, so two parallel lines stay two lines (`──` over
    /// `──`, not `┬┬` over `┴┴`).
    private static func around(_ cell: Int, _ owners: [Int32], _ borders: [UInt8], width: Int, height: Int) -> BoxGlyph.Around {
        let x = cell % width, y = cell / width
        func inside(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }
        func border(_ x: Int, _ y: Int) -> Bool { inside(x, y) && borders[y * width + x] > 0 }
        func differs(_ x: Int, _ y: Int, _ a: Int32) -> Bool { !inside(x, y) || owners[y * width + x] != a }
        func edges(_ x: Int, _ y: Int) -> (vertical: Bool, horizontal: Bool) {
            let a = owners[y * width + x]
            return (differs(x - 1, y, a) || differs(x + 1, y, a), differs(x, y - 1, a) || differs(x, y + 1, a))
        }
        let own = edges(x, y)
        var around = BoxGlyph.Around()
        around.onVerticalEdge = own.vertical
        around.onHorizontalEdge = own.horizontal
        around.up = border(x, y - 1) && (own.vertical || edges(x, y - 1).vertical)
        around.down = border(x, y + 1) && (own.vertical || edges(x, y + 1).vertical)
        around.left = border(x - 1, y) && (own.horizontal || edges(x - 1, y).horizontal)
        around.right = border(x + 1, y) && (own.horizontal || edges(x + 1, y).horizontal)
        around.upLeft = border(x - 1, y - 1); around.upRight = border(x + 1, y - 1)
        around.downLeft = border(x - 1, y + 1); around.downRight = border(x + 1, y + 1)
        return around
    }

    // MARK: selection

    /// Per pixel: 2 on the selected area's edge (inside it), 1 on the
    /// selected group's edge, 0 elsewhere.
    static func outlines(_ grid: [Int32], width: Int, height: Int, selected: Int?, groupKey: Int32?,
                         groupKeys: [Int32]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: grid.count)
        guard selected != nil || groupKey != nil else { return out }
        let sel = selected.map(Int32.init) ?? -2
        for p in 0..<grid.count {
            let a = grid[p]
            guard a >= 0 else { continue }
            let inGroup = groupKey.map { groupKeys[Int(a)] == $0 } ?? false
            guard a == sel || inGroup else { continue }
            let x = p % width, y = p / width
            var leavesArea = false, leavesGroup = false
            for (dx, dy) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                let nx = x + dx, ny = y + dy
                let b: Int32 = (nx >= 0 && ny >= 0 && nx < width && ny < height) ? grid[ny * width + nx] : -1
                if b != a { leavesArea = true }
                if b < 0 || groupKeys[Int(b)] != groupKeys[Int(a)] { leavesGroup = true }
            }
            if a == sel && leavesArea { out[p] = 2 } else if inGroup && leavesGroup { out[p] = 1 }
        }
        return out
    }

    // MARK: labels

    /// Writes a label's columns over the map (spaces keep the map under
    /// them). In colour the text stands on its area's fill colour, the
    /// selected area's on the selection colour.
    func write(_ columns: [String], at spot: LabelPlacer.Spot, of index: Int, into grid: inout CellGrid) {
        let isSelected = index == selected
        let cls = classes[index]
        for (k, text) in columns.enumerated() where text != " " {
            let c = spot.row * layout.width + spot.column + k
            var cell = grid.cells[c]
            cell.grapheme = text
            cell.attributes = []
            cell.foreground = -1
            cell.background = -1
            switch palette.colorMode {
            case .none:
                if isSelected { cell.attributes = [.reverse, .bold] }
            case .basic8:
                if isSelected { cell.attributes = [.reverse, .bold] } else if let cls {
                    cell.background = palette.color(ofClass: cls)
                    cell.foreground = cell.background == Palette.lowHue8 ? 0 : 7
                }
            case .palette256:
                let fill = isSelected ? Palette.selectedColor256
                    : cls.map { palette.color(ofClass: $0) } ?? Palette.noDataChecker256.0
                cell.background = fill
                cell.foreground = Palette.lightness(ofColor: fill) > 55 ? 16 : 231
            }
            grid.cells[c] = cell
        }
    }
}

extension Palette {
    /// The legend's sample of a class (nil: no data), looking as the map
    /// draws it at `resolution`.
    public func sample(ofClass index: Int?, resolution: MapResolution) -> Cell {
        if let index { return classCell(index, areaID: AreaGrid.empty) }
        switch colorMode {
        case .palette256 where resolution == .halfBlocks:
            return Cell(grapheme: "▀", foreground: Self.noDataChecker256.0, background: Self.noDataChecker256.1)
        case .palette256:
            return Cell(grapheme: noDataGlyph, foreground: Self.noDataColor256, background: Self.noDataChecker256.0)
        case .none, .basic8:
            return Cell(grapheme: noDataGlyph)
        }
    }
}
