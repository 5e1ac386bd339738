import XCTest
import AsciiMap

final class VoronoiFillTests: XCTestCase {
    /// Longitude 0…40, latitude -5…5 in 40×5 cells: 1° per column, 2° per row.
    let projection = Projection(fitting: BoundingBox(minLon: 0, minLat: -5, maxLon: 40, maxLat: 5), width: 40, height: 5)

    func testPartitionFollowsPointsAndLeavesFarCellsEmpty() {
        let sites = [VoronoiFill.Site(id: 0, point: GeoPoint(lon: 5, lat: 0)),
                     VoronoiFill.Site(id: 1, point: GeoPoint(lon: 14, lat: 0)),
                     VoronoiFill.Site(id: 2, point: GeoPoint(lon: 30, lat: 3))]
        var grid = AreaGrid(width: 40, height: 5)
        VoronoiFill.fill(sites, into: &grid, projection: projection, cutoff: 6)
        XCTAssertEqual(grid.lines { $0 < 0 ? "." : Character(String($0)) }, [
            ".00000000.11111111......222222222222....",
            "00000000001111111111....222222222222....",
            "00000000001111111111.....2222222222.....",
            "00000000001111111111.......222222.......",
            ".00000000.11111111......................",
        ])
        // The split between 0 and 1 is halfway (longitude 9.5), far cells are empty.
        let middle = projection.cell(containing: GeoPoint(lon: 9, lat: 0))!
        XCTAssertEqual(grid[middle.column, middle.row], 0)
        let pastMiddle = projection.cell(containing: GeoPoint(lon: 10.2, lat: 0))!
        XCTAssertEqual(grid[pastMiddle.column, pastMiddle.row], 1)
        XCTAssertEqual(grid[0, 0], AreaGrid.empty)
        XCTAssertEqual(grid[39, 4], AreaGrid.empty)
        XCTAssertEqual(grid[22, 2], AreaGrid.empty, "8 columns from both 1 and 2: beyond the cutoff")
        // Every filled cell is within the cutoff of its own site.
        for row in 0..<5 {
            for column in 0..<40 where grid[column, row] >= 0 {
                let site = sites[Int(grid[column, row])]
                let p = projection.project(site.point)
                let dx = p.x - (Double(column) + 0.5), dy = (p.y - (Double(row) + 0.5)) * 2
                XCTAssertLessThanOrEqual((dx * dx + dy * dy).squareRoot(), 6)
            }
        }
    }

    func testPolygonsKeepTheirCellsAndDefaultCutoffUsesSpacing() {
        var grid = AreaGrid(width: 40, height: 5)
        grid[5, 2] = 9
        let sites = (0..<4).map { VoronoiFill.Site(id: Int32($0), point: GeoPoint(lon: 5 + Double($0) * 4, lat: 0)) }
        XCTAssertEqual(VoronoiFill.defaultCutoff(sites, projection: projection), 8, accuracy: 1e-9, "2 × spacing of 4 columns")
        VoronoiFill.fill(sites, into: &grid, projection: projection)
        XCTAssertEqual(grid[5, 2], 9)
        XCTAssertEqual(grid[9, 2], 1)
        XCTAssertEqual(grid[35, 2], AreaGrid.empty)
    }
}

final class HitTestingTests: XCTestCase {
    /// Three areas: 1 on the left, 2 top right, 3 bottom right; the right columns empty.
    let grid: AreaGrid = {
        var g = AreaGrid(width: 12, height: 4)
        let rows = ["111122222...",
                    "111122222...",
                    "111133333...",
                    "111133333..."]
        for (r, line) in rows.enumerated() {
            for (c, ch) in line.enumerated() where ch != "." { g[c, r] = Int32(String(ch))! }
        }
        return g
    }()

    func testAreaAtCell() {
        XCTAssertEqual(grid.area(atColumn: 0, row: 0), 1)
        XCTAssertNil(grid.area(atColumn: 11, row: 0))
        XCTAssertNil(grid.area(atColumn: 40, row: 0))
        XCTAssertEqual(grid.cellCount(of: 2), 10)
        XCTAssertEqual(grid.cellCount(of: 99), 0)
    }
}
