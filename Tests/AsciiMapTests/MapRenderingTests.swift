import Foundation
import XCTest
import AsciiMap

/// A 3×3 board of square areas near the equator, named A…I row by row
/// from the north-west; the left column is group "west", the others "east".
enum Board {
    static func areas(values: [Double?]? = nil) -> [MapArea] {
        (0..<9).map { i in
            let column = Double(i % 3), row = Double(i / 3)
            let shape = MultiPolygon(Polygon(outer: TestWorld.rect(column, -row - 1, column + 1, -row)))
            return MapArea(id: Int32(100 + i), code: "b\(i)", name: String(UnicodeScalar(UInt8(65 + i))), shape: .polygons(shape),
                           value: values.map { $0[i] } ?? 5, group: i % 3 == 0 ? "west" : "east")
        }
    }
}

/// The colour of the pixel at `pixelRow` in a half-block cell: `▀` shows the
/// upper pixel in front and the lower behind; `▄` (no upper pixel) the lower in front.
func pixelColour(_ cell: Cell, _ pixelRow: Int) -> Int16 {
    if cell.grapheme == "▄" { return pixelRow % 2 == 1 ? cell.foreground : -1 }
    return pixelRow % 2 == 0 ? cell.foreground : cell.background
}

func isBoxDrawing(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { (0x2500...0x257F).contains($0.value) } && !text.isEmpty
}

/// Draws `areas` with everything a caller chooses.
func drawMap(_ areas: [MapArea], width: Int, height: Int, colorMode: ColorMode, selection: MapSelection = MapSelection(),
             labels: LabelPolicy = LabelPolicy(.none)) -> (MapLayout, MapPicture, Classification, Palette) {
    let layout = MapLayout(areas: areas, width: width, height: height, resolution: .preferred(for: colorMode))
    let c = Classification(values: areas.map(\.value), method: .quantile, classes: 5)
    let palette = Palette(classCount: c.classCount, colorMode: colorMode, charset: .unicode)
    return (layout, MapPicture(layout: layout, areas: areas, classification: c, palette: palette, selection: selection,
                               labels: labels), c, palette)
}

final class MapLayoutTests: XCTestCase {
    func testHalfBlocksDrawTwoPixelsPerCell() throws {
        let areas = try phayaoAreas()
        let (layout, picture, _, _) = drawMap(areas, width: 200, height: 60, colorMode: .palette256)
        XCTAssertEqual(layout.resolution, .halfBlocks)
        XCTAssertEqual(layout.pixelProjection.height, 120, "a 200×60 pane draws 200×120 pixels")
        XCTAssertEqual(layout.pixelProjection.cellAspect, 1, accuracy: 1e-9, "the pixels are square")
        XCTAssertEqual(picture.grid.width, 200)
        XCTAssertEqual(picture.grid.height, 60)
        var split = 0
        for row in 0..<60 {
            for column in 0..<200 {
                let cell = picture.grid[column, row]
                let top = layout.area(atColumn: column, pixelRow: 2 * row), bottom = layout.area(atColumn: column, pixelRow: 2 * row + 1)
                switch (top, bottom) {
                case (nil, nil): XCTAssertEqual(cell.grapheme, " ")
                case (nil, _): XCTAssertEqual(cell.grapheme, "▄")
                case (_, nil): XCTAssertEqual(cell.grapheme, "▀"); XCTAssertEqual(cell.background, -1)
                case let (a?, b?):
                    // Labels aside (none here), the upper pixel is the foreground, the lower the background.
                    XCTAssertEqual(cell.grapheme, "▀")
                    if a != b { split += 1; XCTAssertNotEqual(cell.foreground, -1); XCTAssertNotEqual(cell.background, -1) }
                }
            }
        }
        XCTAssertGreaterThan(split, 100, "many cells show two areas, one above the other")
        // Twice the rows of pixels as of cells cover the province.
        let pixelRows = (0..<120).filter { r in (0..<200).contains { layout.area(atColumn: $0, pixelRow: r) != nil } }.count
        let cellRows = (0..<60).filter { r in (0..<200).contains { layout.area(atColumn: $0, row: r) != nil } }.count
        XCTAssertEqual(Double(pixelRows), Double(cellRows) * 2, accuracy: 2)
        XCTAssertEqual(Set(layout.areaGrid.ids.filter { $0 >= 0 }).count, areas.count, "every tambon can be selected")
    }

    func testWithoutColourOneCellIsOnePixel() throws {
        let areas = try phayaoAreas()
        for mode in [ColorMode.none, .basic8] {
            let (layout, picture, _, _) = drawMap(areas, width: 120, height: 40, colorMode: mode)
            XCTAssertEqual(layout.resolution, .cells)
            XCTAssertEqual(layout.pixelProjection, layout.projection)
            XCTAssertFalse(picture.grid.cells.contains { $0.grapheme == "▀" || $0.grapheme == "▄" })
        }
    }

    func testNothingToDrawAndTinyGridsDoNotFail() {
        let empty = MapLayout(areas: [], width: 40, height: 10, resolution: .halfBlocks)
        XCTAssertEqual(empty.sizes.count, 0)
        XCTAssertEqual(empty.sizes.medianCells, 0)
        let palette = Palette(classCount: 0, colorMode: .palette256, charset: .unicode)
        let none = MapPicture(layout: empty, classes: [], names: [], palette: palette, selection: MapSelection(area: 3, group: "x"),
                              labels: LabelPolicy(.auto))
        XCTAssertEqual(none.grid.lines(), Array(repeating: String(repeating: " ", count: 40), count: 10))
        for resolution in MapResolution.allCases {
            let one = MapLayout(areas: Board.areas(), width: 1, height: 1, resolution: resolution)
            let picture = MapPicture(layout: one, classes: [nil], names: ["A"], palette: palette, selection: MapSelection(area: 100),
                                     labels: LabelPolicy(names: true, numbers: .all, alwaysNamed: 104))
            XCTAssertEqual(picture.grid.width, 1)
            XCTAssertEqual(picture.grid.height, 1)
        }
    }

    func testNeighbourLookupOnTheBoard() {
        let layout = MapLayout(areas: Board.areas(), width: 60, height: 15, resolution: .cells)
        // A B C / D E F / G H I, ids 100…108.
        XCTAssertEqual(layout.neighbour(of: 104, toward: .right), 105)
        XCTAssertEqual(layout.neighbour(of: 104, toward: .left), 103)
        XCTAssertEqual(layout.neighbour(of: 104, toward: .up), 101)
        XCTAssertEqual(layout.neighbour(of: 104, toward: .down), 107)
        XCTAssertNil(layout.neighbour(of: 100, toward: .left))
        XCTAssertNil(layout.neighbour(of: 100, toward: .up))
        XCTAssertEqual(layout.neighbour(of: 108, toward: .up), 105)
        XCTAssertEqual(Set(layout.neighbours(of: 104)), [101, 103, 105, 107], "corners touching are not neighbours")
        XCTAssertEqual(Set(layout.neighbours(of: 100)), [101, 103])
        for id in Int32(100)...108 {
            for other in layout.neighbours(of: id) { XCTAssertTrue(layout.neighbours(of: other).contains(id)) }
            let cursor = try? XCTUnwrap(layout.cursorCell(for: id))
            XCTAssertEqual(cursor.flatMap { layout.area(atColumn: $0.column, row: $0.row) }, id)
        }
        XCTAssertNil(layout.neighbour(of: 999, toward: .left), "an unknown id has no neighbour")
    }

    func testNeighboursOnRealTambonsLieThatWay() throws {
        let areas = try phayaoAreas()
        for resolution in MapResolution.allCases {
            let layout = MapLayout(areas: areas, width: 120, height: 40, resolution: resolution)
            var moves = 0
            for area in areas {
                let from = try XCTUnwrap(layout.cursorCell(for: area.id))
                for direction in Direction.allCases {
                    guard let next = layout.neighbour(of: area.id, toward: direction) else { continue }
                    moves += 1
                    let to = try XCTUnwrap(layout.cursorCell(for: next))
                    let (dx, dy) = (to.column - from.column, to.row - from.row)
                    let ahead: Bool
                    switch direction {
                    case .left: ahead = dx < 0
                    case .right: ahead = dx > 0
                    case .up: ahead = dy < 0
                    case .down: ahead = dy > 0
                    }
                    XCTAssertTrue(ahead, "\(resolution) \(area.code) \(direction) → \(next): the cursor goes the way of the key")
                }
                XCTAssertFalse(layout.neighbours(of: area.id).isEmpty, "\(area.code) touches another tambon")
            }
            XCTAssertGreaterThan(moves, areas.count * 3)
        }
    }

    func testSizesTellWhenAMapIsTooSmall() throws {
        let areas = try phayaoAreas()
        let small = MapLayout(areas: areas, width: 40, height: 12, resolution: .cells).sizes
        let large = MapLayout(areas: areas, width: 200, height: 60, resolution: .cells).sizes
        let amphoe = MapLayout(areas: areas.filter { $0.group == "5603" }, width: 40, height: 12, resolution: .cells).sizes
        XCTAssertEqual(small.count, 68)
        XCTAssertEqual(small.drawn, 68, "every tambon keeps at least a cell")
        XCTAssertLessThan(small.medianCells, 3, "a province in 40×12: too small to read")
        XCTAssertGreaterThan(large.medianCells, 40)
        XCTAssertGreaterThan(amphoe.medianCells, 15, "the amphoe around the selection fits the same pane")
        XCTAssertLessThanOrEqual(small.smallestCells, small.medianCells)
        XCTAssertLessThanOrEqual(small.medianCells, small.largestCells)
        XCTAssertGreaterThan(small.count(smallerThan: 2), 20)
        XCTAssertEqual(large.count(smallerThan: 0.5), 0)
        let half = MapLayout(areas: areas, width: 40, height: 12, resolution: .halfBlocks)
        XCTAssertEqual(half.sizes.sortedCells.reduce(0, +), Double(half.areaGrid.ids.count { $0 >= 0 }), accuracy: 12,
                       "half-block sizes are pixels over two")
    }
}

final class MapBorderTests: XCTestCase {
    /// Every pair of tambons that touch shows a border between them, in
    /// each mode, although they are all of one class.
    func testBordersBetweenNeighboursOfTheSameClass() throws {
        let areas = try phayaoAreas().map { a -> MapArea in var a = a; a.value = 3; return a }
        for mode in [ColorMode.none, .basic8, .palette256] {
            let (layout, picture, c, _) = drawMap(areas, width: 160, height: 50, colorMode: mode)
            XCTAssertEqual(c.classCount, 1)
            var pairs = 0, bordered = 0
            let ppc = layout.resolution.pixelRowsPerCell
            let height = 50 * ppc
            var seen = Set<[Int32]>()
            for row in 0..<height {
                for column in 0..<160 {
                    guard let a = layout.area(atColumn: column, pixelRow: row) else { continue }
                    for (dx, dy) in [(1, 0), (0, 1)] {
                        guard let b = layout.area(atColumn: column + dx, pixelRow: row + dy), b != a,
                              seen.insert([min(a, b), max(a, b)]).inserted else { continue }
                        pairs += 1
                        if borderBetween(a, b, layout, picture, mode) { bordered += 1 }
                    }
                }
            }
            XCTAssertGreaterThan(pairs, 150, "\(mode)")
            XCTAssertEqual(bordered, pairs, "\(mode): every pair of neighbours has a border drawn between them")
        }
    }

    /// Somewhere along the edge between `a` and `b`, one of the two sides is drawn as a border.
    func borderBetween(_ a: Int32, _ b: Int32, _ layout: MapLayout, _ picture: MapPicture, _ mode: ColorMode) -> Bool {
        let ppc = layout.resolution.pixelRowsPerCell
        for row in 0..<(layout.height * ppc) {
            for column in 0..<layout.width {
                guard let p = layout.area(atColumn: column, pixelRow: row), p == a || p == b else { continue }
                for (dx, dy) in [(1, 0), (0, 1), (-1, 0), (0, -1)] {
                    guard let q = layout.area(atColumn: column + dx, pixelRow: row + dy), q != p, q == a || q == b else { continue }
                    if mode == .palette256 {
                        let cell = picture.grid[column, row / 2]
                        if [Palette.areaBorderColor256, Palette.groupBorderColor256].contains(pixelColour(cell, row)) { return true }
                    } else if isBoxDrawing(picture.grid[column, row].grapheme) {
                        return true
                    }
                }
            }
        }
        return false
    }

    func testGroupBordersAreStrongerThanAreaBorders() throws {
        let areas = try phayaoAreas()
        let light = Set("│─┌┐└┘├┤┬┴┼".map(String.init)), heavy = Set("┃━┏┓┗┛┣┫┳┻╋".map(String.init))
        let (layout, picture, _, _) = drawMap(areas, width: 160, height: 50, colorMode: .none)
        let group = Dictionary(uniqueKeysWithValues: areas.map { ($0.id, $0.group) })
        var heavyBetweenGroups = 0, thinOnlyBetweenGroups = 0, lightInside = 0
        for row in 0..<50 {
            for column in 0..<159 {
                guard let a = layout.area(atColumn: column, row: row), let b = layout.area(atColumn: column + 1, row: row), a != b
                else { continue }
                let glyphs = [picture.grid[column, row].grapheme, picture.grid[column + 1, row].grapheme]
                if group[a] != group[b] {
                    if glyphs.contains(where: heavy.contains) { heavyBetweenGroups += 1 } else if glyphs.contains(where: light.contains) {
                        thinOnlyBetweenGroups += 1
                    }
                } else if glyphs.contains(where: light.contains) { lightInside += 1 }
            }
        }
        XCTAssertGreaterThan(heavyBetweenGroups, 50)
        XCTAssertEqual(thinOnlyBetweenGroups, 0, "where two amphoes meet, the line is heavy")
        XCTAssertGreaterThan(lightInside, 50, "tambon borders inside an amphoe are thin")
        // The model says the same, pixel by pixel, and the outline is the strongest.
        var strengths: Set<BorderStrength> = []
        for row in 0..<50 { for column in 0..<160 { strengths.insert(layout.border(atColumn: column, pixelRow: row)) } }
        XCTAssertEqual(strengths, Set(BorderStrength.allCases))
        // 256 colours: group borders darker grey than tambon borders, drawn two pixels thick at this size.
        let (colourLayout, colour, _, _) = drawMap(areas, width: 200, height: 60, colorMode: .palette256)
        let colours = colour.grid.cells.flatMap { [$0.foreground, $0.background] }
        XCTAssertTrue(colours.contains(Palette.groupBorderColor256))
        XCTAssertTrue(colours.contains(Palette.areaBorderColor256))
        XCTAssertGreaterThan(Palette.lightness(ofColor: Palette.areaBorderColor256), Palette.lightness(ofColor: Palette.groupBorderColor256) + 15)
        var thick = 0
        for row in 0..<119 {
            for column in 0..<200 where colourLayout.border(atColumn: column, pixelRow: row) == .group {
                if colourLayout.border(atColumn: column + 1, pixelRow: row) == .group || colourLayout.border(atColumn: column, pixelRow: row + 1) == .group {
                    thick += 1
                }
            }
        }
        XCTAssertGreaterThan(thick, 100)
    }

    func testOutlineSurroundsTheMapAndBlankIsOutside() throws {
        let areas = try phayaoAreas()
        let (layout, picture, _, _) = drawMap(areas, width: 120, height: 40, colorMode: .none, labels: LabelPolicy(.auto))
        for row in 0..<40 {
            for column in 0..<120 {
                let cell = picture.grid[column, row]
                if layout.area(atColumn: column, row: row) == nil {
                    XCTAssertEqual(cell.grapheme, " ", "outside every area: a space")
                } else {
                    XCTAssertNotEqual(cell.grapheme.trimmingCharacters(in: .whitespaces), "", "(\(column), \(row)) is visible")
                    // The cell next to the outside is the outline (or an area too small to give it up).
                    let outside = [(1, 0), (-1, 0), (0, 1), (0, -1)].contains { layout.area(atColumn: column + $0.0, row: row + $0.1) == nil }
                    if outside && layout.size(of: cell.areaID) > 3 && !picture.labels.contains(where: { $0.row == row && (column..<(column + 1)).overlaps($0.column..<($0.column + $0.width)) }) {
                        XCTAssertTrue(isBoxDrawing(cell.grapheme), "(\(column), \(row)) \(cell.grapheme)")
                    }
                }
            }
        }
    }
}

final class MapSelectionTests: XCTestCase {
    func testAOneCellAreaIsOutlinedWhenSelected() throws {
        let areas = try phayaoAreas()
        let layout = MapLayout(areas: areas, width: 60, height: 20, resolution: .cells)
        let tiny = try XCTUnwrap(areas.first { layout.cellCount(of: $0.id) == 1 }, "a town tambon of one cell at 60×20")
        let cell = try XCTUnwrap(layout.cursorCell(for: tiny.id))
        let c = Classification(values: areas.map(\.value), method: .quantile, classes: 5)
        for mode in [ColorMode.none, .basic8] {
            let palette = Palette(classCount: c.classCount, colorMode: mode, charset: .unicode)
            let before = MapPicture(layout: layout, areas: areas, classification: c, palette: palette)
            let after = MapPicture(layout: layout, areas: areas, classification: c, palette: palette,
                                   selection: MapSelection(area: tiny.id))
            XCTAssertFalse(before.grid[cell.column, cell.row].attributes.contains(.reverse))
            XCTAssertTrue(after.grid[cell.column, cell.row].attributes.contains(.reverse), "\(mode)")
            let changed = zip(before.grid.cells, after.grid.cells).filter { $0 != $1 }.count
            XCTAssertEqual(changed, 1, "only the selected area's cell changes")
        }
        // 256 colours: its pixel is the selection colour.
        let half = MapLayout(areas: areas, width: 60, height: 20, resolution: .halfBlocks)
        let smallest = try XCTUnwrap(areas.min { half.size(of: $0.id) < half.size(of: $1.id) })
        XCTAssertLessThanOrEqual(half.size(of: smallest.id), 1)
        let palette = Palette(classCount: c.classCount, colorMode: .palette256, charset: .unicode)
        let picture = MapPicture(layout: half, areas: areas, classification: c, palette: palette, selection: MapSelection(area: smallest.id))
        var highlighted = 0
        for row in 0..<40 {
            for column in 0..<60 where half.area(atColumn: column, pixelRow: row) == smallest.id {
                let cell = picture.grid[column, row / 2]
                XCTAssertEqual(pixelColour(cell, row), Palette.selectedColor256)
                highlighted += 1
            }
        }
        XCTAssertGreaterThan(highlighted, 0)
    }

    func testALargeAreaIsOutlinedNotFilled() throws {
        let areas = try phayaoAreas()
        let (layout, picture, _, _) = drawMap(areas, width: 120, height: 40, colorMode: .none, selection: MapSelection(area: 20))
        var edge = 0, inner = 0
        for row in 0..<40 {
            for column in 0..<120 where layout.area(atColumn: column, row: row) == 20 {
                let onEdge = [(1, 0), (-1, 0), (0, 1), (0, -1)].contains { layout.area(atColumn: column + $0.0, row: row + $0.1) != 20 }
                XCTAssertEqual(picture.grid[column, row].attributes.contains(.reverse), onEdge)
                if onEdge { edge += 1 } else { inner += 1 }
            }
        }
        XCTAssertGreaterThan(edge, 4)
        XCTAssertGreaterThan(inner, 0, "the inside keeps its class")
    }

    func testASelectedGroupIsOutlined() throws {
        let areas = try phayaoAreas()
        let group = "5603"
        let members = Set(areas.filter { $0.group == group }.map(\.id))
        for mode in [ColorMode.none, .basic8, .palette256] {
            let (layout, picture, _, _) = drawMap(areas, width: 120, height: 40, colorMode: mode, selection: MapSelection(group: group))
            let ppc = layout.resolution.pixelRowsPerCell
            var marked = 0
            for row in 0..<(40 * ppc) {
                for column in 0..<120 {
                    guard let a = layout.area(atColumn: column, pixelRow: row) else { continue }
                    let cell = picture.grid[column, row / ppc]
                    let isMarked: Bool
                    switch mode {
                    case .none: isMarked = cell.attributes.contains(.bold)
                    case .basic8: isMarked = cell.foreground == Palette.groupSelectionColor8 && cell.attributes.contains(.bold)
                    case .palette256: isMarked = pixelColour(cell, row) == Palette.groupSelectionColor256
                    }
                    if ppc == 2 || mode == .none || mode == .basic8 {
                        let onEdge = members.contains(a) && [(1, 0), (-1, 0), (0, 1), (0, -1)].contains { d in
                            layout.area(atColumn: column + d.0, pixelRow: row + d.1).map { !members.contains($0) } ?? true
                        }
                        XCTAssertEqual(isMarked, onEdge, "\(mode) (\(column), \(row))")
                    }
                    if isMarked { marked += 1 }
                }
            }
            XCTAssertGreaterThan(marked, 20, "\(mode)")
        }
    }
}
