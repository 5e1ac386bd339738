import Foundation
import XCTest
import AsciiMap

final class MapLabelTests: XCTestCase {
    /// The sizes and modes a printed map and the pane are drawn at.
    static let cases: [(width: Int, height: Int, mode: ColorMode)] = [
        (80, 24, .none), (80, 30, .palette256), (120, 40, .basic8), (120, 40, .palette256), (200, 60, .none), (200, 60, .palette256),
    ]

    func testLabelsNeverOverlapAndFitInsideTheirArea() throws {
        let areas = try phayaoAreas()
        let names = Dictionary(uniqueKeysWithValues: areas.map { ($0.id, $0.name) })
        for (width, height, mode) in Self.cases {
            for policy in [LabelPolicy(.auto), LabelPolicy(.names), LabelPolicy(.numbers), .pane(cursor: 20)] {
                let (layout, picture, _, _) = drawMap(areas, width: width, height: height, colorMode: mode,
                                                      selection: MapSelection(area: 20), labels: policy)
                let labels = picture.labels
                // No overlap, and one free column between two labels on a row.
                for (i, a) in labels.enumerated() {
                    for b in labels[(i + 1)...] where a.row == b.row {
                        XCTAssertFalse((a.column - 1..<a.column + a.width + 1).overlaps(b.column..<b.column + b.width),
                                       "\(width)×\(height) \(mode): \(a.text) and \(b.text) touch")
                    }
                    XCTAssertGreaterThanOrEqual(a.column, 0)
                    XCTAssertLessThanOrEqual(a.column + a.width, width)
                    XCTAssertEqual(a.width, TextWidth.width(of: a.text), "Thai width: marks take no column")
                    if a.kind == .name { XCTAssertEqual(a.text, names[a.areaID]) }
                    // The cells show the text, one column each (spaces keep the map).
                    let shown = (a.column..<(a.column + a.width)).map { picture.grid[$0, a.row].grapheme }.joined()
                    XCTAssertEqual(shown, a.text)
                    if a.inside {
                        for column in a.column..<(a.column + a.width) {
                            XCTAssertEqual(layout.area(atColumn: column, row: a.row), a.areaID, "\(a.text) leaves its area")
                        }
                    } else {
                        XCTAssertTrue(a.kind == .number || a.areaID == 20, "only numbers and the cursor's name leave their area")
                    }
                }
                // Names do not sit on top of each other either.
                for (i, a) in labels.enumerated() where a.kind == .name {
                    for b in labels[(i + 1)...] where b.kind == .name && abs(a.row - b.row) == 1 {
                        XCTAssertFalse((a.column - 1..<a.column + a.width + 1).overlaps(b.column..<b.column + b.width),
                                       "\(a.text) over \(b.text)")
                    }
                }
            }
        }
    }

    func testAutoNamesEveryAreaOneWayOrTheOther() throws {
        let areas = try phayaoAreas()
        let amphoe = areas.filter { $0.group == "5603" }
        for (set, width, height, mode) in [(areas, 80, 24, ColorMode.none), (areas, 80, 30, .none), (areas, 120, 40, .palette256),
                                           (areas, 200, 60, .none), (amphoe, 200, 60, .none), (amphoe, 80, 24, .palette256)] {
            let (layout, picture, _, _) = drawMap(set, width: width, height: height, colorMode: mode, labels: LabelPolicy(.auto))
            let named = Set(picture.labels.filter { $0.kind == .name }.map(\.areaID))
            let numbered = Set(picture.labels.filter { $0.kind == .number }.map(\.areaID))
            XCTAssertTrue(named.isDisjoint(with: numbered))
            XCTAssertEqual(picture.unlabelled, [])
            for area in set where layout.cellCount(of: area.id) > 0 {
                XCTAssertTrue(named.contains(area.id) || numbered.contains(area.id), "\(width)×\(height): \(area.name)")
            }
            // The key lists exactly the numbers on the map, 1…n in reading order.
            let numbers = picture.labels.filter { $0.kind == .number }
            XCTAssertEqual(picture.key.map(\.number), Array(1...max(1, numbers.count)).prefix(numbers.count).map { $0 })
            XCTAssertEqual(numbers.sorted { ($0.row, $0.column) < ($1.row, $1.column) }.map(\.text), numbers.map { _ in "" }.indices.map { String($0 + 1) })
            for entry in picture.key {
                XCTAssertEqual(entry.name, set.first { $0.id == entry.areaID }?.name)
                XCTAssertTrue(numbers.contains { $0.text == String(entry.number) && $0.areaID == entry.areaID })
            }
            if set.count == 10 && width == 200 { XCTAssertGreaterThanOrEqual(named.count, 8, "an amphoe at 200×60 is mostly named") }
        }
    }

    func testPaneNamesWhatFitsAndAlwaysTheCursor() throws {
        let areas = try phayaoAreas()
        let layout = MapLayout(areas: areas, width: 80, height: 24, resolution: .halfBlocks)
        let tiny = try XCTUnwrap(areas.min { layout.size(of: $0.id) < layout.size(of: $1.id) })
        let c = Classification(values: areas.map(\.value), method: .quantile, classes: 5)
        let palette = Palette(classCount: c.classCount, colorMode: .palette256, charset: .unicode)
        let picture = MapPicture(layout: layout, areas: areas, classification: c, palette: palette,
                                 selection: MapSelection(area: tiny.id), labels: .pane(cursor: tiny.id))
        let cursor = try XCTUnwrap(picture.labels.first { $0.areaID == tiny.id }, "the cursor's tambon is named")
        XCTAssertEqual(cursor.kind, .name)
        XCTAssertEqual(cursor.text, tiny.name)
        XCTAssertFalse(cursor.inside, "too small for its name: set beside it")
        XCTAssertEqual(picture.grid[cursor.column, cursor.row].background, Palette.selectedColor256)
        XCTAssertTrue(picture.labels.allSatisfy { $0.kind == .name }, "no numbers in a pane")
        XCTAssertEqual(picture.key, [])
        XCTAssertTrue(picture.labels.filter { $0.areaID != tiny.id }.allSatisfy(\.inside))
        // The text keeps the fill colour as its background, contrasting in front.
        for label in picture.labels where label.areaID != tiny.id {
            let cell = picture.grid[label.column, label.row]
            let area = try XCTUnwrap(areas.first { $0.id == label.areaID })
            let fill = c.classIndex(of: area.value).map { palette.color(ofClass: $0) } ?? Palette.noDataChecker256.0
            XCTAssertEqual(cell.background, fill)
            XCTAssertGreaterThan(abs(Palette.lightness(ofColor: cell.foreground) - Palette.lightness(ofColor: fill)), 35)
        }
    }

    func testEveryCellOfAnAreaIsVisibleWithoutColour() throws {
        // Names with spaces and Thai marks: a space keeps the map under it.
        var areas = Board.areas(values: [1, 2, 3, 4, nil, 6, 7, 8, 9])
        areas[4].name = "Ban Mai"
        areas[0].name = "น้ำแวน"
        let (layout, picture, _, _) = drawMap(areas, width: 60, height: 15, colorMode: .none, labels: LabelPolicy(.auto))
        XCTAssertTrue(picture.labels.contains { $0.text == "Ban Mai" })
        let thai = try XCTUnwrap(picture.labels.first { $0.areaID == 100 })
        XCTAssertEqual(thai.width, 5, "น้ำแวน is five columns: น้ำ takes two cells, its tone mark none")
        XCTAssertEqual(picture.grid[thai.column, thai.row].grapheme, "น้")
        XCTAssertEqual(picture.grid[thai.column + 1, thai.row].grapheme, "ำ")
        for row in 0..<15 {
            for column in 0..<60 {
                let glyph = picture.grid[column, row].grapheme
                if layout.area(atColumn: column, row: row) == nil { XCTAssertEqual(glyph, " ") } else { XCTAssertNotEqual(glyph, " ") }
            }
        }
        XCTAssertTrue(picture.grid.lines().joined().contains("·"), "the area without data shows the no-data mark")
    }

    func testGoldenMaps() throws {
        let areas = try phayaoAreas()
        let amphoe = areas.filter { $0.group == "5603" }
        let labels = LegendLabels(title: "ดัชนีสาธิต", unit: "%", year: "2568", source: "ทดสอบ", demoData: "ข้อมูลสาธิต")
        func text(_ set: [MapArea], _ width: Int, _ height: Int, _ mode: ColorMode, selection: MapSelection) -> String {
            let (layout, picture, c, palette) = drawMap(set, width: width, height: height, colorMode: mode, selection: selection,
                                                       labels: LabelPolicy(.auto))
            var lines = [picture.grid.renderText(colorMode: mode), ""]
            if mode == .none {
                // Without colour the selection is in the attributes: R reverse (and bold), B bold.
                lines += (0..<height).map { row in
                    String((0..<width).map { column -> Character in
                        let attributes = picture.grid[column, row].attributes
                        return attributes.contains(.reverse) ? "R" : attributes.contains(.bold) ? "B" : "."
                    })
                } + [""]
            }
            lines += Legend.mapLines(for: c, palette: palette, resolution: layout.resolution, labels: labels,
                                     format: Legend.plainFormatter(for: c.edges), width: width).map { $0.renderText(colorMode: mode) }
            lines += Legend.keyLines(picture.key, width: width)
            return lines.joined(separator: "\n") + "\n"
        }
        try assertGolden(text(areas, 120, 40, .none, selection: MapSelection(area: 20, group: "5603")), "phayao-picture-120x40.txt")
        try assertGolden(text(amphoe, 80, 24, .none, selection: MapSelection(area: 30)), "chiangkham-picture-80x24.txt")
        try assertGolden(text(amphoe, 80, 24, .basic8, selection: MapSelection(area: 30)), "chiangkham-picture-80x24-8.ansi")
        try assertGolden(text(amphoe, 80, 24, .palette256, selection: MapSelection(area: 30)), "chiangkham-picture-80x24-256.ansi")
    }
}

final class MapPaletteTests: XCTestCase {
    func testThe256RampGetsDarkerClassByClass() {
        for k in 1...7 {
            for worse in [true, false] {
                let palette = Palette(classCount: k, colorMode: .palette256, charset: .unicode, higherIsWorse: worse)
                let lightness = (0..<k).map { Palette.lightness(ofColor: palette.color(ofClass: $0)) }
                let ordered = worse ? lightness : lightness.reversed()
                for (a, b) in zip(ordered, ordered.dropFirst()) { XCTAssertGreaterThan(a, b + 4, "k=\(k): \(lightness)") }
                // No data is a grey that no class colour is, and the selection stands apart.
                let classColours = Set((0..<k).map { palette.color(ofClass: $0) })
                XCTAssertFalse(classColours.contains(Palette.noDataChecker256.0))
                XCTAssertFalse(classColours.contains(Palette.noDataChecker256.1))
                XCTAssertFalse(classColours.contains(Palette.selectedColor256))
            }
        }
        // The YlOrRd approximation: light yellow to dark red.
        XCTAssertGreaterThan(Palette.lightness(ofColor: 229), 95)
        XCTAssertLessThan(Palette.lightness(ofColor: 88), 30)
        let grey = Palette.rgb(ofColor: Palette.noDataChecker256.1)
        XCTAssertTrue(grey.r == grey.g && grey.g == grey.b, "no data is neutral grey")
    }

    /// Shade glyphs from light to dark, as a reader sees them.
    static let density = ["-", ":", "+", "░", "▒", "▓", "█"]

    func testThe8ColourRampReadsLowToHigh() {
        for k in 2...7 {
            let palette = Palette(classCount: k, colorMode: .basic8, charset: .unicode)
            let glyphs = (0..<k).map { Self.density.firstIndex(of: palette.glyph(ofClass: $0))! }
            XCTAssertEqual(glyphs, glyphs.sorted(), "denser glyph for each higher class")
            XCTAssertEqual(Set(glyphs).count, k)
            let hues = (0..<k).map { palette.classCell($0, areaID: -1).foreground }
            XCTAssertEqual(hues.first, Palette.lowHue8)
            XCTAssertEqual(hues.last, Palette.highHue8)
            // Yellow, then red, and never back.
            XCTAssertEqual(zip(hues, hues.dropFirst()).filter { $0 != $1 }.count, 1, "\(hues)")
            XCTAssertTrue((0..<k).allSatisfy { palette.classCell($0, areaID: -1).background == -1 }, "the glyph shows on the background")
        }
        // The hues themselves: yellow is lighter than red.
        XCTAssertGreaterThan(Palette.lightness(ofColor: Palette.lowHue8), Palette.lightness(ofColor: Palette.highHue8))
    }

    func testWithoutColourTheGlyphsCarryTheOrder() {
        for k in 1...7 {
            for worse in [true, false] {
                let palette = Palette(classCount: k, colorMode: .none, charset: .unicode, higherIsWorse: worse)
                let glyphs = (0..<k).map { Self.density.firstIndex(of: palette.glyph(ofClass: $0))! }
                XCTAssertEqual(worse ? glyphs : glyphs.reversed(), glyphs.sorted(), "k=\(k)")
                XCTAssertEqual(Set(glyphs).count, k)
                XCTAssertFalse((0..<k).map { palette.glyph(ofClass: $0) }.contains(palette.noDataGlyph))
            }
        }
    }
}

final class MapLegendTests: XCTestCase {
    static let attribution = "Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO"

    func testTheCallersFormatterAndTheNoDataCount() {
        let c = Classification(values: [0.05, 0.125, 0.2, 0.31, nil, 0.42, nil, 0.5], method: .equalInterval, classes: 3)
        var labels = LegendLabels(title: "สัดส่วนคนจน", unit: "%", year: "2568", source: "สศช.", demoData: "ข้อมูลสาธิต")
        labels.noData = "ไม่มีข้อมูล"
        labels.attribution = Self.attribution
        let percent: (Double) -> String = { String(format: "%.1f%%", $0 * 100) }
        let palette = Palette(classCount: c.classCount, colorMode: .palette256, charset: .unicode)
        let lines = Legend.mapLines(for: c, palette: palette, resolution: .halfBlocks, labels: labels, format: percent, width: 80)
            .map(\.plainText)
        XCTAssertEqual(lines[0], "สัดส่วนคนจน (%)")
        XCTAssertTrue(lines.contains { $0.hasSuffix("5.0%–20.0% (2)") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasSuffix("35.0%–50.0% (2)") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasSuffix("ไม่มีข้อมูล (2)") }, "\(lines)")
        XCTAssertTrue(lines.contains("สศช. · 2568 · ข้อมูลสาธิต · " + Self.attribution), "\(lines)")
        let narrow = Legend.mapLines(for: c, palette: palette, resolution: .halfBlocks, labels: labels, format: percent, width: 60)
            .map(\.plainText)
        XCTAssertEqual(narrow.suffix(2), ["สศช. · 2568 · ข้อมูลสาธิต", Self.attribution], "the attribution whole on its own line")

        let baht: (Double) -> String = { value in
            let formatter = NumberFormatter()
            formatter.numberStyle = .decimal
            formatter.maximumFractionDigits = 0
            formatter.locale = Locale(identifier: "en_US")
            return formatter.string(from: NSNumber(value: value)) ?? ""
        }
        let incomes = Classification(values: [45_210, 61_000, 120_500, 250_000], method: .quantile, classes: 3)
        let bahtLines = Legend.mapLines(for: incomes, palette: Palette(classCount: 3, colorMode: .none, charset: .unicode),
                                        resolution: .cells, labels: LegendLabels(title: "รายได้", unit: "บาท"), format: baht, width: 60)
            .map(\.plainText)
        XCTAssertTrue(bahtLines.contains { $0.contains("45,210–") }, "\(bahtLines)")
        XCTAssertTrue(bahtLines.contains { $0.contains("–250,000 (") }, "\(bahtLines)")
        XCTAssertTrue(bahtLines.contains { $0.hasSuffix("no data (0)") }, "no data shown even when there is none")
    }

    func testEveryLineFitsAndTheAttributionIsNeverCut() {
        let c = Classification(values: ClassificationTests.a + [nil], method: .naturalBreaks, classes: 5)
        var labels = LegendLabels(title: "สัดส่วนรายได้ กลุ่มบนสุด 10% ต่อ กลุ่มล่างสุด 10%", unit: "เท่า", year: "2568",
                                  source: "household income (demo, generated)", demoData: "ข้อมูลสาธิต (demo data)")
        labels.attribution = Self.attribution
        for charset in [Charset.unicode, .ascii] {
            let palette = Palette(classCount: c.classCount, colorMode: .none, charset: charset)
            for width in [20, 30, 45, 80] {
                let lines = Legend.mapLines(for: c, palette: palette, resolution: .cells, labels: labels,
                                            format: Legend.plainFormatter(for: c.edges), width: width).map(\.plainText)
                for line in lines { XCTAssertLessThanOrEqual(TextWidth.width(of: line), width, line) }
                let words = lines.joined(separator: " ").split(separator: " ").map(String.init)
                let attribution = Self.attribution.split(separator: " ").map(String.init)
                let start = try? XCTUnwrap(words.firstIndex(of: "Boundaries:"))
                XCTAssertEqual(start.map { Array(words[$0..<min(words.count, $0 + attribution.count)]) }, attribution, "width \(width)")
            }
        }
    }

    func testTheLegendDoesNotDependOnTheSelection() throws {
        let areas = try phayaoAreas()
        let layout = MapLayout(areas: areas, width: 100, height: 30, resolution: .halfBlocks)
        let c = Classification(values: areas.map(\.value), method: .quantile, classes: 5)
        let palette = Palette(classCount: c.classCount, colorMode: .palette256, charset: .unicode)
        var grids: [CellGrid] = []
        for selection in [MapSelection(), MapSelection(area: 3), MapSelection(area: 50, group: "5606"), MapSelection(group: "5601")] {
            let picture = MapPicture(layout: layout, areas: areas, classification: c, palette: palette, selection: selection,
                                     labels: .pane(cursor: selection.area))
            grids.append(picture.grid)
        }
        for grid in grids {
            XCTAssertEqual(grid.width, 100)
            XCTAssertEqual(grid.height, 30)
            XCTAssertEqual(grid.cells.map(\.areaID), grids[0].cells.map(\.areaID), "the same cells belong to the same areas")
            XCTAssertEqual(grid.cells.map { $0.grapheme == " " }, grids[0].cells.map { $0.grapheme == " " }, "the same shape")
        }
        let legend = Legend.mapLines(for: c, palette: palette, resolution: .halfBlocks, labels: LegendLabels(title: "x"),
                                     format: Legend.plainFormatter(for: c.edges), width: 100)
        XCTAssertEqual(legend.count, 1 + 5 + 1 + 1, "title, classes, no data, method: nothing about the selection")
    }

    func testKeyLinesFitInColumns() {
        let key = (1...23).map { MapKeyEntry(number: $0, areaID: Int32($0), name: ["เวียง", "แม่ต๋ำ", "บ้านต๊ำ", "น้ำแวน"][$0 % 4]) }
        for width in [12, 40, 80] {
            let lines = Legend.keyLines(key, width: width)
            for line in lines { XCTAssertLessThanOrEqual(TextWidth.width(of: line), width) }
            let text = lines.joined(separator: "\n")
            for entry in key { XCTAssertTrue(text.contains("\(entry.number) \(entry.name)"), "\(entry.number) at \(width)") }
        }
        XCTAssertEqual(Legend.keyLines(key, width: 80).count, 3, "read down the columns")
        XCTAssertTrue(Legend.keyLines(key, width: 80)[0].hasPrefix(" 1 "))
    }
}
