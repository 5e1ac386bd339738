import Foundation
import XCTest
import AsciiMap

/// Compares text with a file under Golden/; `ASCIIMAP_RECORD=1` rewrites the file instead.
func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = Fixtures.goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ASCIIMAP_RECORD"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertEqual(text, expected, "differs from Golden/\(name); rerun with ASCIIMAP_RECORD=1 to re-record", file: file, line: line)
}

/// Deterministic demo values: a smooth-ish function of the tambon code.
func demoValue(_ code: String) -> Double? {
    let n = Int(code) ?? 0
    if n % 17 == 0 { return nil }  // some areas without data
    return Double((n * 37) % 101) / 10
}

/// Phayao's tambons with demo values, each grouped by its amphoe, ids 0… in code order.
func phayaoAreas(values: Bool = true) throws -> [MapArea] {
    try Fixtures.phayaoTambons().filter { $0.parentCodes.first == "56" }.sorted { $0.code < $1.code }
        .enumerated().map { i, t in
            MapArea(id: Int32(i), code: t.code, name: t.nameTH ?? t.code, shape: .polygons(t.geometry),
                    value: values ? demoValue(t.code) : nil, group: t.parentCodes.last)
        }
}

final class ChoroplethMapTests: XCTestCase {
    func testPhayaoGolden() throws {
        let areas = try phayaoAreas()
        XCTAssertEqual(areas.count, 68)
        let selected = try XCTUnwrap(areas.first { $0.code == "560101" })
        var labels = LegendLabels(title: "ดัชนีสาธิต", unit: "%", year: "2566", source: "Boundaries: OCHA COD-AB (RTSD 2019)")
        labels.demoData = "demo data / ข้อมูลสาธิต"
        let map = ChoroplethMap(areas: areas, selected: selected.id, width: 60, height: 20,
                                options: MapOptions(method: .quantile, classes: 5), labels: labels, legendWidth: 40)
        let text = (map.grid.lines() + [""] + map.legend.map(\.plainText)).joined(separator: "\n") + "\n"
        try assertGolden(text, "phayao-tambons-60x20.txt")
        // Every area with at least one cell, and the selection where the cursor goes.
        let drawn = Set(map.areaGrid.ids.filter { $0 >= 0 })
        XCTAssertEqual(drawn.count, areas.count)
        let cursor = try XCTUnwrap(map.cursorCell(for: selected.id))
        XCTAssertEqual(map.area(atColumn: cursor.column, row: cursor.row), selected.id)
        XCTAssertEqual(map.grid[cursor.column, cursor.row].grapheme, "@")
        for line in map.legend { XCTAssertLessThanOrEqual(TextWidth.width(of: line.plainText), 40) }
    }

    func testPhayaoAsciiWithoutValues() throws {
        let areas = try phayaoAreas(values: false)
        var options = MapOptions(charset: .ascii)
        options.higherIsWorse = false
        let map = ChoroplethMap(areas: areas, selected: nil, width: 60, height: 20, options: options,
                                labels: LegendLabels(title: "s90s10"), legendWidth: 40)
        XCTAssertTrue(map.classification.isEmpty)
        let glyphs = Set(map.grid.lines().joined())
        XCTAssertEqual(glyphs, [" ", "."], "only the outline, drawn with the no-data mark")
        XCTAssertTrue(map.legend.map(\.plainText).contains("no values for this indicator"))
        XCTAssertTrue(map.legend.map(\.plainText).contains(".. no data (68)"))
    }

    func testColourModesAndHalfBlocks() throws {
        let areas = try phayaoAreas()
        let labels = LegendLabels(title: "x")
        let plain = ChoroplethMap(areas: areas, selected: 3, width: 60, height: 20, labels: labels, legendWidth: 30)
        var options = MapOptions(colorMode: .palette256)
        let colour = ChoroplethMap(areas: areas, selected: 3, width: 60, height: 20, options: options, labels: labels, legendWidth: 30)
        XCTAssertEqual(colour.grid.lines(), plain.grid.lines(), "the glyph ramp is kept under the colours")
        let used = Set(colour.grid.cells.filter { $0.grapheme != " " && $0.grapheme != "@" && $0.grapheme != "·" }.map(\.background))
        XCTAssertTrue(used.isSubset(of: [229, 221, 215, 208, 202, 160, 88]), "\(used)")
        let ansi = colour.grid.renderText(colorMode: .palette256)
        XCTAssertTrue(ansi.contains("\u{1B}[0;38;5;"))
        XCTAssertEqual(ansi.components(separatedBy: "\n").count, 20)

        options.halfBlock = true
        let half = ChoroplethMap(areas: areas, selected: 3, width: 60, height: 20, options: options, labels: labels, legendWidth: 30)
        XCTAssertEqual(half.grid.height, 20)
        XCTAssertTrue(half.grid.cells.contains { $0.grapheme == "▀" && $0.foreground != $0.background })
        XCTAssertTrue(half.grid.cells.contains { $0.foreground == Palette.selectedColor256 || $0.background == Palette.selectedColor256 })
        XCTAssertEqual(Set(half.areaGrid.ids.filter { $0 >= 0 }).count, areas.count)
        let cursor = try XCTUnwrap(half.cursorCell(for: 3))
        XCTAssertEqual(half.area(atColumn: cursor.column, row: cursor.row), 3)
    }

    func testCursorMovesBetweenNeighbours() throws {
        let areas = try phayaoAreas()
        let map = ChoroplethMap(areas: areas, selected: nil, width: 60, height: 20, labels: LegendLabels(title: "x"), legendWidth: 30)
        // From every area, moving in a direction lands on a different area owning a cell that way.
        var moves = 0
        for area in areas {
            let from = try XCTUnwrap(map.cursorCell(for: area.id), "no cell for \(area.code)")
            for direction in Direction.allCases {
                guard let next = map.neighbour(of: area.id, toward: direction) else { continue }
                moves += 1
                XCTAssertNotEqual(next, area.id)
                let ahead = (0..<map.areaGrid.ids.count).contains { i in
                    guard map.areaGrid.ids[i] == next else { return false }
                    let dx = i % 60 - from.column, dy = i / 60 - from.row
                    switch direction {
                    case .left: return dx < 0
                    case .right: return dx > 0
                    case .up: return dy < 0
                    case .down: return dy > 0
                    }
                }
                XCTAssertTrue(ahead, "\(area.code) \(direction)")
            }
        }
        XCTAssertGreaterThan(moves, areas.count * 2)
        // The westernmost column's area has no western neighbour from there.
        let westCells = (0..<20).compactMap { row in (0..<60).first { map.area(atColumn: $0, row: row) != nil }.map { ($0, row) } }
        let west = try XCTUnwrap(westCells.min { $0.0 < $1.0 })
        XCTAssertNil(map.areaGrid.neighbour(of: map.area(atColumn: west.0, row: west.1)!, toward: .left, from: west))
    }

    func testVoronoiFallbackForCentroidsOnly() throws {
        // Phayao's tambons known only by their centroids: the outline still resembles the province.
        let areas = try phayaoAreas().map { area -> MapArea in
            guard case .polygons(let shape) = area.shape else { return area }
            return MapArea(id: area.id, code: area.code, name: area.name, shape: .centroid(shape.centroid!), value: area.value)
        }
        let map = ChoroplethMap(areas: areas, selected: nil, width: 60, height: 20, labels: LegendLabels(title: "x"), legendWidth: 30)
        let lines = map.grid.lines()
        try assertGolden(lines.joined(separator: "\n") + "\n", "phayao-voronoi-60x20.txt")
        XCTAssertEqual(Set(map.areaGrid.ids.filter { $0 >= 0 }).count, areas.count)
        XCTAssertEqual(lines[0].first, " ", "the corner is far from every settlement")
    }
}

final class LegendTests: XCTestCase {
    func testFitsWidthWithThaiLabels() {
        let c = Classification(values: ClassificationTests.a + [nil, nil], method: .naturalBreaks, classes: 5)
        var labels = LegendLabels(title: "สัดส่วนผู้สูงอายุที่อยู่ลำพังและยากจน", unit: "ร้อยละ", year: "2566",
                                  source: "ที่มา: สำนักงานสถิติแห่งชาติ")
        labels.noData = "ไม่มีข้อมูล"
        labels.selected = "ที่เลือก"
        labels.classes = "ชั้น"
        labels.methodNames[.naturalBreaks] = "ช่วงธรรมชาติ"
        labels.demoData = "ข้อมูลสาธิต"
        for charset in [Charset.unicode, .ascii] {
            let palette = Palette(classCount: c.classCount, colorMode: .none, charset: charset)
            for width in [1, 4, 10, 18, 24, 40, 80] {
                let lines = Legend.lines(for: c, palette: palette, labels: labels,
                                         selected: (name: "น้ำแวน", value: 12.345), width: width)
                XCTAssertEqual(lines.count, 11)
                for line in lines {
                    XCTAssertLessThanOrEqual(TextWidth.width(of: line.plainText), width, "\(line.plainText) @\(width)")
                }
            }
            let wide = Legend.lines(for: c, palette: palette, labels: labels, selected: (name: "น้ำแวน", value: 12.345), width: 80)
                .map(\.plainText)
            if charset == .unicode {
                XCTAssertEqual(wide, [
                    "สัดส่วนผู้สูงอายุที่อยู่ลำพังและยากจน (ร้อยละ) 2566",
                    // mapclassify counts 3, 8, 5, 5, 4: its bins include their upper bound.
                    "++ 2.0–5.3  (4)",
                    "░░ 5.3–11.1  (7)",
                    "▒▒ 11.1–16.6  (5)",
                    "▓▓ 16.6–22.4  (4)",
                    "██ 22.4–30.7  (5)",
                    "·· ไม่มีข้อมูล (2)",
                    "@@ ที่เลือก: น้ำแวน 12.3",
                    "ช่วงธรรมชาติ, 5 ชั้น",
                    "ที่มา: สำนักงานสถิติแห่งชาติ",
                    "ข้อมูลสาธิต",
                ])
            }
        }
    }

    func testNumberFormatting() {
        XCTAssertEqual(Legend.formattedEdges([0.47, 0.51, 0.956, 3.2]), ["0.47", "0.51", "0.96", "3.20"])
        XCTAssertEqual(Legend.formattedEdges([1200, 15000.4, 123456]), ["1200", "15000", "123456"])
        XCTAssertEqual(Legend.formattedEdges([1.001, 1.002, 1.5]), ["1.001", "1.002", "1.500"], "more digits to keep edges apart")
        XCTAssertEqual(Legend.formattedEdges([-0.0001, 0.5]), ["0.000", "0.500"])
    }

    func testReducedClassesAreShown() {
        let c = Classification(values: ClassificationTests.b, method: .quantile, classes: 5)
        let lines = Legend.lines(for: c, palette: Palette(classCount: c.classCount, colorMode: .none, charset: .ascii),
                                 labels: LegendLabels(title: "t"), width: 60).map(\.plainText)
        XCTAssertTrue(lines.contains("quantile, 4 classes (5→4)"), "\(lines)")
    }
}
