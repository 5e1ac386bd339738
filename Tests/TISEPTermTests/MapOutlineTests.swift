import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// Issue 15, "Done when": on the embedded default data, without any import,
/// a printed province has its real outline. The filled cells of
/// `tisep map --area P --width 120 --height 50 --color never --labels none`,
/// scaled to the bounding box of the province's COD-AB polygon, overlap that
/// polygon (intersection over union of the cells) by 0.85 or more each and
/// 0.90 on average. The polygons are a fixture (Fixtures/outlines, cut by
/// the script beside them).
final class MapOutlineTests: XCTestCase {
    static let provinces = ["56", "51", "32", "45", "72", "34"]

    func testPrintedProvincesHaveTheirRealOutline() throws {
        let cli = try CLIHarness(self)
        try FileManager.default.copyItem(atPath: try DemoFixture.path(), toPath: cli.db)
        let outlines = try GeoJSONReader.read(contentsOf: URL(fileURLWithPath: try fixtureFile("outlines/provinces-iou.geojson")))
        XCTAssertEqual(outlines.map(\.code), Self.provinces)
        var overlaps: [Double] = []
        for outline in outlines {
            let r = cli.run(["map", "--area", outline.code, "--width", "120", "--height", "50", "--color", "never", "--labels", "none"],
                            env: ["LANG": "C.UTF-8"])
            XCTAssertEqual(r.code, 0, r.err)
            let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for line in lines.dropLast() { XCTAssertLessThanOrEqual(TextWidth.width(of: line), 120, line) }
            let overlap = Self.intersectionOverUnion(mapRows: Array(lines.prefix(50)), outline: outline.geometry)
            XCTAssertGreaterThanOrEqual(overlap, 0.85, "\(outline.code) \(outline.nameEN ?? ""): IoU \(overlap)\n\(r.out)")
            overlaps.append(overlap)
        }
        let mean = overlaps.reduce(0, +) / Double(overlaps.count)
        XCTAssertGreaterThanOrEqual(mean, 0.90, "mean IoU \(mean): \(overlaps)")
    }

    /// A printed amphoe at 200×60 names every tambon, on the map or in its
    /// key, in a pilot province and outside them (no ecosystem data there);
    /// every line fits the width.
    func testEveryTambonOfAnAmphoeIsNamedAt200x60() throws {
        let cli = try CLIHarness(self)
        try FileManager.default.copyItem(atPath: try DemoFixture.path(), toPath: cli.db)
        let store = try Store(path: cli.db)
        for amphoe in ["3401", "7201", "5001"] {
            let r = cli.run(["map", "--area", amphoe, "--width", "200", "--height", "60", "--color", "never"], env: ["LANG": "C.UTF-8"])
            XCTAssertEqual(r.code, 0, r.err)
            let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            for line in lines { XCTAssertLessThanOrEqual(TextWidth.width(of: line), 200, line) }
            let blank = try XCTUnwrap(lines.firstIndex(of: ""))
            let map = lines[..<blank].joined(separator: "\n")
            let numbersOnMap = Set(map.split { !$0.isNumber }.compactMap { Int($0) })
            var key: [String: Int] = [:]
            for line in lines[(blank + 1)...] {
                let words = line.split(separator: " ")
                for (i, word) in words.enumerated() where i + 1 < words.count {
                    if let n = Int(word) { key[String(words[i + 1]), default: n] = n }
                }
            }
            let tambons = try store.areas.list(level: .tambon, inside: amphoe)
            XCTAssertGreaterThan(tambons.count, 5)
            for tambon in tambons {
                let named = map.contains(tambon.nameTH) || key[tambon.nameTH].map(numbersOnMap.contains) == true
                XCTAssertTrue(named, "\(amphoe): \(tambon.nameTH) is not named\n\(r.out)")
            }
        }
    }

    /// The cells of `mapRows` that hold a character (with `--color never`
    /// every cell of an area does, and every other cell is a space) against
    /// the cells whose centres fall inside `outline` once its bounding box
    /// is stretched over the filled cells' bounding box.
    static func intersectionOverUnion(mapRows: [String], outline: MultiPolygon) -> Double {
        var filled = Set<[Int]>()
        for (row, line) in mapRows.enumerated() {
            // --labels none: every character of the map is one column wide.
            for (column, c) in line.enumerated() where c != " " { filled.insert([column, row]) }
        }
        guard let left = filled.map({ $0[0] }).min(), let right = filled.map({ $0[0] }).max(),
              let top = filled.map({ $0[1] }).min(), let bottom = filled.map({ $0[1] }).max() else { return 0 }
        let rings = outline.polygons.flatMap(\.rings)
        let points = rings.flatMap { $0 }
        guard let west = points.map(\.lon).min(), let east = points.map(\.lon).max(),
              let south = points.map(\.lat).min(), let north = points.map(\.lat).max() else { return 0 }
        let columns = Double(right - left + 1), rows = Double(bottom - top + 1)
        var inside = Set<[Int]>()
        for row in top...bottom {
            for column in left...right {
                let lon = west + (Double(column - left) + 0.5) / columns * (east - west)
                let lat = north - (Double(row - top) + 0.5) / rows * (north - south)
                if contains(rings, lon: lon, lat: lat) { inside.insert([column, row]) }
            }
        }
        return Double(filled.intersection(inside).count) / Double(filled.union(inside).count)
    }

    /// Even-odd rule over every ring (holes and separate parts alike).
    static func contains(_ rings: [[GeoPoint]], lon: Double, lat: Double) -> Bool {
        var odd = false
        for ring in rings where ring.count > 2 {
            var previous = ring[ring.count - 1]
            for point in ring {
                if (point.lat > lat) != (previous.lat > lat),
                   lon < point.lon + (lat - point.lat) * (previous.lon - point.lon) / (previous.lat - point.lat) {
                    odd.toggle()
                }
                previous = point
            }
        }
        return odd
    }
}
