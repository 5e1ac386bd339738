import Foundation
import XCTest
import AsciiMap

/// What the first renderer's tests checked that still matters, on the
/// renderer that replaced it (`MapLayout` + `MapPicture` + `Legend.mapLines`).
final class LegendAndFallbackTests: XCTestCase {
    func testWithoutValuesTheMapIsTheOutlineWithTheNoDataMark() throws {
        let areas = try phayaoAreas(values: false)
        let c = Classification(values: areas.map(\.value), method: .quantile, classes: 5)
        XCTAssertTrue(c.isEmpty)
        let palette = Palette(classCount: c.classCount, colorMode: .none, charset: .ascii, higherIsWorse: false)
        let layout = MapLayout(areas: areas, width: 60, height: 20, resolution: .cells)
        let picture = MapPicture(layout: layout, areas: areas, classification: c, palette: palette)
        let glyphs = Set(picture.grid.cells.filter { $0.areaID != AreaGrid.empty }.map(\.grapheme))
        XCTAssertTrue(glyphs.contains("."), "areas without data show the no-data mark, never a class")
        XCTAssertTrue(glyphs.isSubset(of: [".", "|", "_", "/", "\\"]), "only the no-data mark and ASCII borders: \(glyphs)")
        let legend = Legend.mapLines(for: c, palette: palette, resolution: .cells, labels: LegendLabels(title: "s90s10"),
                                     format: Legend.plainFormatter(for: c.edges), width: 40).map(\.plainText)
        XCTAssertTrue(legend.contains("no values for this indicator"), "\(legend)")
        XCTAssertTrue(legend.contains(".. no data (68)"), "\(legend)")
    }

    func testVoronoiFallbackForCentroidsOnly() throws {
        // Phayao's tambons known only by their centroids: the outline still resembles the province.
        let areas = try phayaoAreas().map { area -> MapArea in
            guard case .polygons(let shape) = area.shape else { return area }
            return MapArea(id: area.id, code: area.code, name: area.name, shape: .centroid(shape.centroid!), value: area.value,
                           group: area.group)
        }
        let layout = MapLayout(areas: areas, width: 60, height: 20, resolution: .cells)
        let c = Classification(values: areas.map(\.value), method: .quantile, classes: 5)
        let picture = MapPicture(layout: layout, areas: areas, classification: c,
                                 palette: Palette(classCount: c.classCount, colorMode: .none, charset: .unicode))
        let lines = picture.grid.lines()
        try assertGolden(lines.joined(separator: "\n") + "\n", "phayao-voronoi-60x20.txt")
        XCTAssertEqual(Set(layout.areaGrid.ids.filter { $0 >= 0 }).count, areas.count, "every tambon keeps a cell")
        XCTAssertEqual(lines[0].first, " ", "the corner is far from every settlement")
    }

    func testLegendFitsEveryWidthWithThaiLabels() {
        let c = Classification(values: ClassificationTests.a + [nil, nil], method: .naturalBreaks, classes: 5)
        var labels = LegendLabels(title: "สัดส่วนผู้สูงอายุที่อยู่ลำพังและยากจน", unit: "ร้อยละ", year: "2566",
                                  source: "ที่มา: สำนักงานสถิติแห่งชาติ")
        labels.noData = "ไม่มีข้อมูล"
        labels.classes = "ชั้น"
        labels.methodNames[.naturalBreaks] = "ช่วงธรรมชาติ"
        labels.demoData = "ข้อมูลสาธิต"
        let format = Legend.plainFormatter(for: c.edges)
        for charset in [Charset.unicode, .ascii] {
            let palette = Palette(classCount: c.classCount, colorMode: .none, charset: charset)
            for width in [1, 4, 10, 18, 24, 40, 80] {
                let lines = Legend.mapLines(for: c, palette: palette, resolution: .cells, labels: labels, format: format, width: width)
                for line in lines {
                    XCTAssertLessThanOrEqual(TextWidth.width(of: line.plainText), width, "\(line.plainText) @\(width)")
                }
            }
            guard charset == .unicode else { continue }
            let wide = Legend.mapLines(for: c, palette: palette, resolution: .cells, labels: labels, format: format, width: 80).map(\.plainText)
            XCTAssertEqual(wide, [
                "สัดส่วนผู้สูงอายุที่อยู่ลำพังและยากจน (ร้อยละ)",
                // mapclassify counts 3, 8, 5, 5, 4: its bins include their upper bound.
                "++ 2.0–5.3 (4)",
                "░░ 5.3–11.1 (7)",
                "▒▒ 11.1–16.6 (5)",
                "▓▓ 16.6–22.4 (4)",
                "██ 22.4–30.7 (5)",
                "·· ไม่มีข้อมูล (2)",
                "ช่วงธรรมชาติ, 5 ชั้น",
                "ที่มา: สำนักงานสถิติแห่งชาติ · 2566 · ข้อมูลสาธิต",
            ])
        }
    }

    func testPlainEdgesAreWrittenAlikeAndKeptApart() {
        func texts(_ edges: [Double]) -> [String] { edges.map(Legend.plainFormatter(for: edges)) }
        XCTAssertEqual(texts([0.47, 0.51, 0.956, 3.2]), ["0.47", "0.51", "0.96", "3.20"])
        XCTAssertEqual(texts([1200, 15000.4, 123456]), ["1200", "15000", "123456"])
        XCTAssertEqual(texts([1.001, 1.002, 1.5]), ["1.001", "1.002", "1.500"], "more digits to keep edges apart")
        XCTAssertEqual(texts([-0.0001, 0.5]), ["0.000", "0.500"], "no negative zero")
    }

    func testReducedClassesAreShown() {
        let c = Classification(values: ClassificationTests.b, method: .quantile, classes: 5)
        let lines = Legend.mapLines(for: c, palette: Palette(classCount: c.classCount, colorMode: .none, charset: .ascii),
                                    resolution: .cells, labels: LegendLabels(title: "t"), format: Legend.plainFormatter(for: c.edges),
                                    width: 60).map(\.plainText)
        XCTAssertTrue(lines.contains("quantile, 4 classes (5→4)"), "\(lines)")
    }
}
