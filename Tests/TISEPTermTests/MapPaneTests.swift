import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// The map pane as a coordinator sees it: drawn with the map engine
/// (`MapLayout` + `MapPicture`), its size kept while the cursor moves, the
/// amphoe shown when the province is too small, the legend in the
/// indicator's unit, and goldens of text and colours.
final class MapPaneTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40), (200, 60)]
    static let modes: [(ColorMode, String)] = [(.palette256, "256"), (.basic8, "8"), (.none, "mono")]

    /// Wiang (560101) chosen in the tree's province of Phayao, or Chiang
    /// Kham's Wiang (560307) with the map on its amphoe: zoomed (`z`), or
    /// already there when the province is too small for the pane.
    private func app(width: Int, height: Int, colorMode: ColorMode, amphoe: Bool) throws -> App {
        let app = try DemoFixture.app(self, width: width, height: height, colorMode: colorMode)
        app.type("/")
        app.type(amphoe ? "560307" : "560101")
        app.press(.enter, .tab)
        if amphoe && app.state.map.fit?.tooSmall == false { app.press(.char("z")) }
        if amphoe { XCTAssertEqual(Set(app.state.map.view?.areas.compactMap(\.group) ?? []), ["5603"], "Chiang Kham alone") }
        return app
    }

    private func mapRect(_ app: App) throws -> Rect {
        try XCTUnwrap(Layout.compute(width: app.state.width, height: app.state.height, focus: app.state.focus).panes[.map])
    }

    func testGoldenMaps() throws {
        for (width, height) in Self.sizes {
            for (mode, label) in Self.modes {
                for amphoe in [false, true] {
                    let app = try app(width: width, height: height, colorMode: mode, amphoe: amphoe)
                    let name = "\(amphoe ? "chiangkham-5603" : "phayao-56")-\(width)x\(height)-\(label)"
                    try assertGoldenCells(name, app.frame(), try mapRect(app))
                }
            }
        }
    }
}

extension MapPaneTests {
    /// Every cell of the pane's map that shows an area, as a set of positions.
    private func footprint(_ app: App) throws -> Set<Int> {
        let frame = app.frame(), rect = try mapRect(app)
        var cells: Set<Int> = []
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX where frame[x, y].areaID != AreaGrid.empty { cells.insert(y * frame.width + x) }
        }
        return cells
    }

    func testTheMapKeepsItsSizeAndShapeWhileTheCursorMoves() throws {
        for mode in [ColorMode.palette256, .none] {
            let app = try app(width: 200, height: 60, colorMode: mode, amphoe: false)
            XCTAssertEqual(app.state.map.view?.shown, .all, "at 200×60 Phayao is drawn by tambon")
            let frame = app.state.map.fit?.frame, viewKey = app.state.map.view?.key
            let shape = try footprint(app)
            var visited: Set<String> = []
            for key in [Key.right, .right, .down, .down, .left, .up, .right, .down] {
                app.press(key)
                visited.insert(app.state.selectedArea)
                XCTAssertEqual(app.state.map.fit?.frame, frame, "map and legend stay where they were")
                XCTAssertEqual(app.state.map.view?.key, viewKey, "the same layout: a move draws a picture only")
                XCTAssertEqual(try footprint(app), shape, "\(mode): the map covers the same cells whatever is selected")
            }
            XCTAssertGreaterThan(visited.count, 3)
        }
    }

    func testTheSelectedTambonIsOutlinedAndNamedWhateverItsSize() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            for mode in [ColorMode.palette256, .none] {
                let app = try app(width: width, height: height, colorMode: mode, amphoe: false)
                let view = try XCTUnwrap(app.state.map.view)
                let look = Look(thai: true, colorMode: mode, charset: .unicode)
                for area in view.areas {
                    let selection = view.selection(for: area.code, byAmphoe: true)
                    let picture = app.maps.drawn(view: view, selection: selection, method: .quantile, look: look, numbered: false).picture
                    let outlined = picture.grid.cells.contains { cell in
                        mode == .palette256 ? cell.foreground == Palette.selectedColor256 || cell.background == Palette.selectedColor256
                            : cell.attributes.contains(.reverse) && cell.areaID == area.id
                    }
                    XCTAssertTrue(outlined, "\(width)×\(height) \(mode): \(area.name) (\(view.layout.size(of: area.id)) cells) is outlined")
                    XCTAssertTrue(picture.labels.contains { $0.areaID == area.id && $0.kind == .name && $0.text == area.name },
                                  "\(width)×\(height) \(mode): \(area.name)'s name is on or beside the map")
                }
            }
        }
    }

    /// An amphoe shown alone is drawn as wide as it is, not in its
    /// province's few columns: Chiang Kham, wider for its height than
    /// Phayao, gets 34 columns at 100×30 (24 before) and 24 at 80×24 (19),
    /// beside a legend that keeps every entry and the boundaries' licence
    /// whole; Mueang Phayao, which fits Phayao's map, is drawn as before.
    func testAnAmphoeShownAloneGetsTheColumnsItNeeds() throws {
        func mapColumns(_ app: App) throws -> Int {
            let frame = app.frame(), rect = try mapRect(app)
            let xs = (rect.y..<rect.maxY).flatMap { y in (rect.x..<rect.maxX).filter { frame[$0, y].areaID != AreaGrid.empty } }
            return (xs.max() ?? 0) - (xs.min() ?? 0) + 1
        }
        for (width, height, least) in [(80, 24, 23), (100, 30, 32)] {
            for mode in [ColorMode.palette256, .none] {
                let app = try app(width: width, height: height, colorMode: mode, amphoe: true)
                let fit = try XCTUnwrap(app.state.map.fit), view = try XCTUnwrap(app.state.map.view)
                XCTAssertTrue(fit.tooSmall)
                XCTAssertGreaterThan(view.frame.map.width, fit.frame.map.width, "\(width)×\(height): wider than Phayao's map")
                XCTAssertGreaterThanOrEqual(try mapColumns(app), least, "\(width)×\(height) \(mode)")
                let rect = try mapRect(app)
                let text = app.frame().lines()[rect.y..<rect.maxY].joined(separator: "\n")
                for entry in ["เวียง 12.78 เท่า", "3.39–5.83 (14)", "12.77–18.26 (14)", "ไม่มีข้อมูล (0)", "OCHA COD-AB, CC BY-IGO", "สาธิต", "· z"] {
                    XCTAssertTrue(text.contains(entry), "\(width)×\(height) \(mode): \(entry)\n\(text)")
                }
                XCTAssertFalse(text.contains("…"), "nothing cut: \(text)")
                // The cursor moves inside the amphoe: nothing moves.
                let before = view.frame
                app.press(.left)
                XCTAssertEqual(app.state.map.view?.frame, before, "\(app.state.selectedArea)")
            }
        }
        let mueang = try app(width: 80, height: 24, colorMode: .palette256, amphoe: false)
        XCTAssertEqual(mueang.state.map.view?.shown, .amphoe("5601"))
        XCTAssertEqual(mueang.state.map.view?.frame, mueang.state.map.fit?.frame, "Mueang Phayao fits Phayao's map: its frame")
    }

    func testATooSmallPaneShowsTheAmphoeAndSaysSo() throws {
        let small = try app(width: 80, height: 24, colorMode: .palette256, amphoe: false)
        XCTAssertEqual(small.state.map.fit?.tooSmall, true)
        XCTAssertEqual(small.state.map.view?.shown, .amphoe("5601"))
        XCTAssertTrue(small.screenText.contains("เฉพาะอ.เมืองพะเยา"), "the legend says the pane shows Mueang Phayao only")
        XCTAssertEqual(Set(small.state.map.view?.areas.map(\.group) ?? []), ["5601"])
        let frame = small.state.map.fit?.frame
        small.press(.char("z"))
        XCTAssertEqual(small.state.map.view?.shown, .all, "z: the whole province anyway")
        XCTAssertTrue(small.screenText.contains("ทั้งจังหวัด · ตำบลเล็กมาก"), "and the legend says its tambons are tiny")
        XCTAssertEqual(small.state.map.fit?.frame, frame, "in the same place")
        small.press(.char("z"))
        XCTAssertEqual(small.state.map.view?.shown, .amphoe("5601"), "z again: the amphoe")
        // The province selected: the province by amphoe, and Enter goes into the amphoe.
        let start = try DemoFixture.app(self, colorMode: .palette256)
        XCTAssertEqual(start.state.map.view?.shown, .amphoes)
        XCTAssertTrue(start.screenText.contains("รายอำเภอ"))
        start.press(.tab, .right)
        XCTAssertEqual(start.state.selectedArea.count, 4, "an arrow on the province by amphoe selects an amphoe")
        start.press(.enter)
        XCTAssertEqual(start.state.selectedArea.count, 6, "Enter goes into its first tambon")
        XCTAssertEqual(start.state.map.view?.shown, .amphoe(String(start.state.selectedArea.prefix(4))))
        // Large enough: the whole province, no note.
        let large = try app(width: 200, height: 60, colorMode: .palette256, amphoe: false)
        XCTAssertEqual(large.state.map.fit?.tooSmall, false)
        XCTAssertFalse(large.screenText.contains("ช่องเล็ก"))
    }

    func testTheLegendWritesEdgesInTheIndicatorsUnit() throws {
        let app = try DemoFixture.app(self, width: 200, height: 60)
        var seen: [String: String] = [:]
        for _ in app.state.indicators {
            let id = try XCTUnwrap(app.state.indicator?.id)
            let rect = try mapRect(app)
            seen[id] = app.frame().lines()[rect.y..<rect.maxY].joined(separator: "\n")
            app.press(.char("i"))
        }
        func has(_ id: String, _ pattern: String, _ what: String) throws {
            let text = try XCTUnwrap(seen[id], id)
            XCTAssertNotNil(text.range(of: pattern, options: .regularExpression), "\(id): \(what)\n\(text)")
        }
        try has("poverty_headcount", #"\d+\.\d%–\d+\.\d% \(\d+\)"#, "a share as a percentage with one decimal")
        try has("mean_income", #"\d{2,3},\d{3}–\d{2,3},\d{3} \(\d+\)"#, "baht with thousands separators")
        try has("s90s10", #"\d+\.\d\d–\d+\.\d\d \(\d+\)"#, "a ratio with two decimals")
        try has("s90s10", #"ไม่มีข้อมูล \(0\)"#, "the no-data class with its count")
        try has("s90s10", "ข้อมูลสาธิต", "the demo notice")
    }

    func testAreasWithoutDataAreShownAsNoDataNeverAsZero() throws {
        let wiang = "560101"
        for mode in [ColorMode.palette256, .none] {
            let app = try DemoFixture.app(self, width: 200, height: 60, colorMode: mode, prepare: { store in
                // Every year of it: the map shows each area's latest value (the demo has 2023–2025).
                for year in 2023...2025 { try store.records.delete(Store.Indicators.valueID(area: wiang, indicator: "s90s10", year: year)) }
            })
            let view = try XCTUnwrap(app.state.map.view)
            let id = try XCTUnwrap(view.id(of: wiang))
            let text = app.screenText
            XCTAssertTrue(text.contains("ไม่มีข้อมูล (1)"), "the legend counts it")
            let frame = app.frame(), rect = try mapRect(app)
            var cells: [Cell] = []
            for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX where frame[x, y].areaID == id { cells.append(frame[x, y]) } }
            XCTAssertFalse(cells.isEmpty)
            if mode == .none {
                XCTAssertTrue(cells.contains { $0.grapheme == "·" }, "without colour its fill is the no-data dot")
            } else {
                let greys: Set<Int16> = [Palette.noDataChecker256.0, Palette.noDataChecker256.1]
                XCTAssertTrue(cells.contains { greys.contains($0.foreground) || greys.contains($0.background) }, "a grey checker, not a class colour")
            }
            app.type("/")
            app.type(wiang)
            app.press(.enter)
            XCTAssertTrue(app.screenText.contains("เวียง ไม่มีข้อมูล"), "the cursor's line says no data, not 0")
        }
    }

    func testKNumbersTheUnnamedAreasAndListsThem() throws {
        let app = try app(width: 120, height: 40, colorMode: .palette256, amphoe: false)
        XCTAssertFalse(app.screenText.contains("เลขบนแผนที่"))
        app.press(.char("K"))
        let text = app.screenText
        XCTAssertTrue(text.contains("เลขบนแผนที่ (K ปิด)"), text)
        let view = try XCTUnwrap(app.state.map.view)
        let key = app.maps.drawn(view: view, selection: view.selection(for: app.state.selectedArea, byAmphoe: true), method: .quantile,
                                 look: app.state.look, numbered: true).picture.key
        XCTAssertFalse(key.isEmpty, "Phayao at 120×40 has tambons too small for their names")
        for entry in key.prefix(10) { XCTAssertTrue(text.contains("\(entry.number) \(entry.name)"), "\(entry.number) \(entry.name) is listed") }
        app.press(.right)
        XCTAssertTrue(app.screenText.contains("เลขบนแผนที่"), "the arrows still move on the map with the key open")
        app.press(.escape)
        XCTAssertFalse(app.screenText.contains("เลขบนแผนที่"), "Esc closes the key")
    }
}
