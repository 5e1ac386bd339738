import XCTest
import AsciiMap

/// A small test world at the equator where one column is 0.5° of longitude
/// and one row 1° of latitude: longitude 0…10, latitude -2.5…2.5 in 20×5 cells.
enum TestWorld {
    static let box = BoundingBox(minLon: 0, minLat: -2.5, maxLon: 10, maxLat: 2.5)
    static let projection = Projection(fitting: box, width: 20, height: 5)

    static func rect(_ lon0: Double, _ lat0: Double, _ lon1: Double, _ lat1: Double) -> [GeoPoint] {
        [GeoPoint(lon: lon0, lat: lat0), GeoPoint(lon: lon1, lat: lat0), GeoPoint(lon: lon1, lat: lat1),
         GeoPoint(lon: lon0, lat: lat1), GeoPoint(lon: lon0, lat: lat0)]
    }

    static func draw(_ shape: MultiPolygon) -> [String] {
        Rasterizer.rasterize([(1, shape)], projection: projection, keepSmallAreas: false)
            .lines { $0 == AreaGrid.empty ? "." : "#" }
    }
}

final class ProjectionTests: XCTestCase {
    func testSquareNearEquatorIsTwiceAsWideAsTall() {
        let box = BoundingBox(minLon: 100, minLat: -0.5, maxLon: 101, maxLat: 0.5)
        let p = Projection(fitting: box, width: 100, height: 100)
        let a = p.project(GeoPoint(lon: 100, lat: 0.5)), b = p.project(GeoPoint(lon: 101, lat: -0.5))
        let columns = b.x - a.x, rows = b.y - a.y
        XCTAssertEqual(columns / rows, 2.0, accuracy: 0.001)
        XCTAssertEqual(columns, 100, accuracy: 0.01, "fits the width")
        XCTAssertEqual((a.y + b.y) / 2, 50, accuracy: 0.001, "centred vertically")
    }

    func testLongitudeScaledAtLatitudeSixty() {
        let box = BoundingBox(minLon: 10, minLat: 59.5, maxLon: 11, maxLat: 60.5)
        let p = Projection(fitting: box, width: 100, height: 100)
        // A degree of longitude is half a degree of latitude on the ground at 60°N;
        // with 2:1 cells both take the same number of cells.
        XCTAssertEqual(p.columnsPerDegree / p.rowsPerDegree, 2 * 0.5, accuracy: 1e-9)
        let q = Projection(fitting: box, width: 100, height: 100, cellAspect: 1)
        XCTAssertEqual(q.columnsPerDegree / q.rowsPerDegree, 0.5, accuracy: 1e-9)
    }

    func testFitsAndRoundTrips() {
        let p = TestWorld.projection
        XCTAssertEqual(p.columnsPerDegree, 2, accuracy: 1e-9)
        XCTAssertEqual(p.rowsPerDegree, 1, accuracy: 1e-9)
        let wide = Projection(fitting: BoundingBox(minLon: 0, minLat: 0, maxLon: 20, maxLat: 1), width: 40, height: 10)
        let left = wide.project(GeoPoint(lon: 0, lat: 0.5)), right = wide.project(GeoPoint(lon: 20, lat: 0.5))
        XCTAssertEqual(left.x, 0, accuracy: 0.05)
        XCTAssertEqual(right.x, 40, accuracy: 0.05)
        XCTAssertEqual(left.y, 5, accuracy: 1e-9)
        for (column, row) in [(0, 0), (19, 4), (7, 2)] {
            let g = p.geoPoint(column: column, row: row)
            let cell = p.cell(containing: g)
            XCTAssertEqual(cell?.column, column)
            XCTAssertEqual(cell?.row, row)
        }
        XCTAssertNil(p.cell(containing: GeoPoint(lon: -1, lat: 0)))
        let half = p.doubledVertically()
        XCTAssertEqual(half.height, 10)
        XCTAssertEqual(half.cellAspect, 1)
        XCTAssertEqual(half.project(GeoPoint(lon: 5, lat: 0)).y, 5, accuracy: 1e-9)
    }
}

final class RasterizerTests: XCTestCase {
    func testSquare() {
        XCTAssertEqual(TestWorld.draw(MultiPolygon(Polygon(outer: TestWorld.rect(2, -1.5, 8, 1.5)))), [
            "....................",
            "....############....",
            "....############....",
            "....############....",
            "....................",
        ])
    }

    func testHoleStaysEmpty() {
        let shape = Polygon(outer: TestWorld.rect(1, -2.5, 9, 2.5), holes: [TestWorld.rect(4, -0.5, 6, 0.5).reversed()])
        XCTAssertEqual(TestWorld.draw(MultiPolygon(shape)), [
            "..################..",
            "..################..",
            "..######....######..",
            "..################..",
            "..################..",
        ])
    }

    func testMultiPolygonAndTriangle() {
        let shape = MultiPolygon(polygons: [
            Polygon(outer: TestWorld.rect(0.5, 0.5, 2.5, 2.5)),
            Polygon(outer: TestWorld.rect(7, -2.5, 9.5, -0.5)),
            Polygon(outer: [GeoPoint(lon: 4, lat: 2.5), GeoPoint(lon: 6, lat: 2.5), GeoPoint(lon: 5, lat: -2.5)]),
        ])
        XCTAssertEqual(TestWorld.draw(shape), [
            ".####...####........",
            ".####....##.........",
            ".........##.........",
            ".........##...#####.",
            "..............#####.",
        ])
    }

    func testLaterAreaWinsAndSmallAreasStayVisible() {
        let big = MultiPolygon(Polygon(outer: TestWorld.rect(0, -2.5, 5, 2.5)))
        let over = MultiPolygon(Polygon(outer: TestWorld.rect(4, -2.5, 9.5, 2.5)))
        let tiny = MultiPolygon(Polygon(outer: TestWorld.rect(9.55, 2.05, 9.6, 2.1)))  // covers no cell centre
        let grid = Rasterizer.rasterize([(1, big), (2, over), (3, tiny)], projection: TestWorld.projection)
        XCTAssertEqual(grid.lines { $0 < 0 ? "." : Character(String($0)) }[0], "11111111222222222223")
        XCTAssertEqual(grid.cellCount(of: 3), 1)
        let without = Rasterizer.rasterize([(3, tiny)], projection: TestWorld.projection, keepSmallAreas: false)
        XCTAssertEqual(without.cellCount(of: 3), 0)
    }
}

final class GeometryCodecTests: XCTestCase {
    func testRoundTrip() throws {
        let shape = MultiPolygon(polygons: [
            Polygon(outer: TestWorld.rect(99.123456, 19.5, 100.25, 20.000001), holes: [TestWorld.rect(99.5, 19.6, 99.6, 19.7)]),
            Polygon(outer: TestWorld.rect(-179.999999, -89.5, 179.999999, 89.9)),
        ])
        let blob = GeometryCodec.encode(shape)
        let back = try GeometryCodec.decode(blob)
        XCTAssertEqual(back.polygons.count, 2)
        XCTAssertEqual(back.polygons[0].rings.count, 2)
        for (a, b) in zip(shape.polygons.flatMap { $0.rings.flatMap { $0 } }, back.polygons.flatMap { $0.rings.flatMap { $0 } }) {
            XCTAssertEqual(a.lon, b.lon, accuracy: 5e-7)
            XCTAssertEqual(a.lat, b.lat, accuracy: 5e-7)
        }
        XCTAssertEqual(GeometryCodec.encode(back), blob, "decoding then encoding is stable")
        XCTAssertEqual(try GeometryCodec.decode(GeometryCodec.encode(MultiPolygon(polygons: []))), MultiPolygon(polygons: []))
    }

    func testRealTambonsAreCompact() throws {
        let tambons = try Fixtures.phayaoTambons()
        var bytes = 0, points = 0
        for t in tambons {
            let blob = GeometryCodec.encode(t.geometry)
            bytes += blob.count; points += t.geometry.pointCount
            XCTAssertEqual(try GeometryCodec.decode(blob).pointCount, t.geometry.pointCount)
        }
        XCTAssertLessThan(Double(bytes) / Double(points), 8, "delta varints should beat 8 bytes per point")
    }

    func testGarbageIsRejected() {
        let valid = GeometryCodec.encode(MultiPolygon(Polygon(outer: TestWorld.rect(99, 19, 100, 20))))
        XCTAssertThrowsError(try GeometryCodec.decode([]))
        XCTAssertThrowsError(try GeometryCodec.decode([9] + valid.dropFirst()))
        for length in 1..<valid.count {
            XCTAssertThrowsError(try GeometryCodec.decode(Array(valid.prefix(length))), "prefix \(length)")
        }
        XCTAssertThrowsError(try GeometryCodec.decode(valid + [0]))
        XCTAssertThrowsError(try GeometryCodec.decode([1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]), "huge count")
        XCTAssertThrowsError(try GeometryCodec.decode([1] + Array(repeating: 0xFF, count: 20)), "endless varint")
        var rng = SplitMix(seed: 42)
        for _ in 0..<2000 {
            let junk = [UInt8(1)] + (0..<Int(rng.next() % 40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? GeometryCodec.decode(junk)  // must not crash
        }
    }
}

/// Deterministic pseudo-random numbers for tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
