import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// `tisep export-geojson` against RFC 7946: parsed by Foundation's own JSON
/// reader, one feature per area of the map, geometry types, closed rings
/// turning the right way, longitude before latitude, the properties.
final class GeoJSONExportTests: XCTestCase {
    /// The COD-AB boundaries of Phayao vendored for the AsciiMap tests (their
    /// README gives source and licence).
    private func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("AsciiMapTests/Fixtures/\(name)").path
    }

    private func demoWithPhayaoBoundaries() throws -> (cli: CLIHarness, db: String, store: Store) {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        for level in ["tambons", "amphoes", "province"] {
            XCTAssertEqual(cli.run("--db", db, "import-boundaries", fixture("phayao-\(level).geojson")).code, 0)
        }
        return (cli, db, try Store(path: db))
    }

    private func read(_ path: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        return try XCTUnwrap(object as? [String: Any])
    }

    private func features(_ collection: [String: Any]) throws -> [[String: Any]] {
        XCTAssertEqual(collection["type"] as? String, "FeatureCollection")
        XCTAssertNil(collection["crs"], "RFC 7946 has no crs member: WGS 84 always")
        return try XCTUnwrap(collection["features"] as? [[String: Any]])
    }

    /// Twice the signed area of a ring, longitude as x: positive = counter-clockwise.
    private func signedArea(_ ring: [[Double]]) -> Double {
        var sum = 0.0
        for (p, q) in zip(ring, ring.dropFirst()) { sum += (p[0] - ring[0][0]) * (q[1] - ring[0][1]) - (q[0] - ring[0][0]) * (p[1] - ring[0][1]) }
        return sum
    }

    private func checkPosition(_ p: [Double], _ what: String, line: UInt = #line) {
        XCTAssertEqual(p.count, 2, what, line: line)
        XCTAssertTrue((97...106).contains(p[0]), "\(what): longitude first, in Thailand: \(p)", line: line)
        XCTAssertTrue((5...21).contains(p[1]), "\(what): latitude second, in Thailand: \(p)", line: line)
        for c in p { XCTAssertEqual(c * 1e6, (c * 1e6).rounded(), accuracy: 1e-3, "\(what): at most 6 decimals: \(c)", line: line) }
    }

    /// The rules of RFC 7946 §3.1 for one geometry; its type.
    @discardableResult
    private func checkGeometry(_ geometry: [String: Any], _ what: String, line: UInt = #line) throws -> String {
        let type = try XCTUnwrap(geometry["type"] as? String)
        func rings(_ polygon: Any) throws -> [[[Double]]] { try XCTUnwrap(polygon as? [[[Double]]], what) }
        var polygons: [[[[Double]]]] = []
        switch type {
        case "Point":
            checkPosition(try XCTUnwrap(geometry["coordinates"] as? [Double]), what, line: line)
        case "Polygon": polygons = [try rings(geometry["coordinates"] as Any)]
        case "MultiPolygon": polygons = try XCTUnwrap(geometry["coordinates"] as? [Any], what).map(rings)
        default: XCTFail("\(what): geometry \(type)", line: line)
        }
        for polygon in polygons {
            XCTAssertFalse(polygon.isEmpty, what, line: line)
            for (i, ring) in polygon.enumerated() {
                XCTAssertGreaterThanOrEqual(ring.count, 4, "\(what): a linear ring has 4 or more positions", line: line)
                XCTAssertEqual(ring.first, ring.last, "\(what): the ring is closed", line: line)
                for p in ring { checkPosition(p, what, line: line) }
                let area = signedArea(ring)
                if i == 0 {
                    XCTAssertGreaterThan(area, 0, "\(what): the exterior ring turns counter-clockwise", line: line)
                } else {
                    XCTAssertLessThan(area, 0, "\(what): a hole turns clockwise", line: line)
                }
            }
        }
        return type
    }

    func testTheTambonsOfAProvinceFollowTheSpecification() throws {
        let (cli, db, store) = try demoWithPhayaoBoundaries()
        let file = cli.path("phayao.geojson")
        let r = cli.run("--db", db, "export-geojson", "--area", "56", "-o", file)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(try fileMode(file), 0o600)
        let tambons = try store.areas.list(level: .tambon, inside: "56")
        XCTAssertEqual(r.out, "wrote \(file): \(tambons.count) tambons (\(tambons.count) with a boundary, 0 as a centroid), \(tambons.count) with a value of s90s10\n")
        XCTAssertTrue(r.err.contains("credit the boundaries when you share the file: Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO"), r.err)
        let collection = try read(file)
        XCTAssertEqual(collection["attribution"] as? String, "Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO")
        let features = try features(collection)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertEqual(features.count, tambons.count, "one feature per tambon the map draws")
        let latest = try store.indicators.latestValues("s90s10", level: .tambon, inside: "56")
        for (feature, area) in zip(features, tambons) {
            XCTAssertEqual(feature["type"] as? String, "Feature")
            let geometry = try XCTUnwrap(feature["geometry"] as? [String: Any])
            XCTAssertTrue(["Polygon", "MultiPolygon"].contains(try checkGeometry(geometry, area.code)))
            let p = try XCTUnwrap(feature["properties"] as? [String: Any])
            XCTAssertEqual(Set(p.keys), ["code", "pcode", "name_th", "name_en", "level", "indicator", "value", "year", "source",
                                         "synthetic", "low", "high", "n", "small_sample"])
            XCTAssertEqual(p["code"] as? String, area.code)
            XCTAssertEqual(p["pcode"] as? String, "TH" + area.code)
            XCTAssertEqual(p["name_th"] as? String, area.nameTH)
            XCTAssertEqual(p["name_en"] as? String, area.nameEN)
            XCTAssertEqual(p["indicator"] as? String, "s90s10")
            let value = try XCTUnwrap(latest[area.code])
            // Foundation's reader on Linux may miss the last bit; the text is exact.
            XCTAssertEqual(try XCTUnwrap(p["value"] as? Double), try XCTUnwrap(value.value), accuracy: 1e-13, "the value the map shows")
            XCTAssertTrue(text.contains("\"value\":\(value.value!),"), "unrounded: \(value.value!)")
            XCTAssertEqual(p["year"] as? Int, value.year)
            XCTAssertEqual(p["source"] as? String, value.source)
            XCTAssertEqual(p["synthetic"] as? Bool, true)
            XCTAssertEqual(p["n"] as? Int, value.households)
            // The value's 95% interval, as stored (issue 19).
            XCTAssertEqual(p["low"] as? Double, value.interval?.low, "the interval's low end")
            XCTAssertEqual(p["high"] as? Double, value.interval?.high, "the interval's high end")
            if let low = p["low"] as? Double, let high = p["high"] as? Double { XCTAssertTrue(low <= value.value! && value.value! <= high) }
        }
        // The polygons are the stored ones: each fixture ring, rounded, in either turning.
        let stored = try store.areas.boundaries(level: .tambon, inside: "5601")
        let wiang = try GeometryCodec.decode(try XCTUnwrap(stored["560101"]))
        let written = try XCTUnwrap((features[0]["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])
        XCTAssertEqual(Set(written[0].map { "\($0[0]),\($0[1])" }), Set(wiang.polygons[0].rings[0].map { "\($0.lon),\($0.lat)" }))
    }

    /// The embedded geography has a boundary for every province, so the
    /// fallbacks are seen in a database built from the geocode lists alone
    /// (`init --schema-only`, then `import-geography`) with Phayao's outlines
    /// imported: Phayao a polygon, Bangkok and Uttaradit points at their
    /// tambons' centroids, every province without either left out.
    func testProvincesWithoutAnAreaAndCentroidsWhereNoBoundary() throws {
        let cli = try CLIHarness(self)
        let db = cli.path("lists.sqlite")
        XCTAssertEqual(cli.run("--db", db, "init", "--schema-only").code, 0)
        let lists = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/geo")
        let imported = cli.run("--db", db, "import-geography", lists.appendingPathComponent("provinces.csv").path,
                               lists.appendingPathComponent("districts.csv").path, lists.appendingPathComponent("sub_districts.csv").path)
        XCTAssertEqual(imported.code, 0, imported.err)
        XCTAssertEqual(cli.run("--db", db, "import-boundaries", fixture("phayao-province.geojson")).code, 0)
        let store = try Store(path: db)
        let file = cli.path("country.geojson")
        let r = cli.run("--db", db, "export-geojson", "-o", file)
        XCTAssertEqual(r.code, 0, r.err)
        let features = try features(try read(file))
        let withTambons = try store.areas.list(level: .province, inside: nil).filter { try !store.areas.list(level: .tambon, inside: $0.code).isEmpty }
        XCTAssertEqual(withTambons.map(\.code), ["10", "53", "56"])
        XCTAssertEqual(features.map { ($0["properties"] as? [String: Any])?["code"] as? String }, withTambons.map(\.code),
                       "the provinces the map draws: those with a boundary or tambons' centroids")
        XCTAssertTrue(r.err.contains("tisep: note: 74 provinces without a boundary or a centroid left out, as on the map"), r.err)
        for feature in features {
            let p = try XCTUnwrap(feature["properties"] as? [String: Any])
            let code = try XCTUnwrap(p["code"] as? String)
            let geometry = try XCTUnwrap(feature["geometry"] as? [String: Any])
            let type = try checkGeometry(geometry, code)
            XCTAssertEqual(type, code == "56" ? "Polygon" : "Point", code)
            if type == "Point" {
                let centroids = try store.areas.list(level: .tambon, inside: code).compactMap { t in t.lon.map { [$0, t.lat!] } }
                let point = try XCTUnwrap(geometry["coordinates"] as? [Double])
                XCTAssertEqual(point[0], centroids.map { $0[0] }.reduce(0, +) / Double(centroids.count), accuracy: 1e-6)
                XCTAssertEqual(point[1], centroids.map { $0[1] }.reduce(0, +) / Double(centroids.count), accuracy: 1e-6)
            }
            XCTAssertEqual(p["level"] as? String, "province")
        }
    }

    /// With the embedded geography every province is drawn from its own
    /// outline, and its value is the stored one.
    func testEveryProvinceIsItsOutlineWithItsValue() throws {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let store = try Store(path: db)
        let file = cli.path("country.geojson")
        let r = cli.run("--db", db, "export-geojson", "-o", file, "--indicator", "mean_income")
        XCTAssertEqual(r.code, 0, r.err)
        let features = try features(try read(file))
        XCTAssertEqual(features.count, 77)
        for feature in features {
            let p = try XCTUnwrap(feature["properties"] as? [String: Any])
            let code = try XCTUnwrap(p["code"] as? String)
            let type = try checkGeometry(try XCTUnwrap(feature["geometry"] as? [String: Any]), code)
            XCTAssertTrue(type == "Polygon" || type == "MultiPolygon", code)
            if let value = try store.indicators.latestValues("mean_income", level: .province, inside: code)[code]?.value {
                XCTAssertEqual(try XCTUnwrap(p["value"] as? Double), value, accuracy: value * 1e-13)
            } else {
                XCTAssertTrue(p["value"] is NSNull || p["value"] == nil, "no value is null, never zero: \(code)")
            }
        }
    }

    /// A shape made by hand: an exterior given clockwise with a hole given
    /// counter-clockwise, a second part, repeated points, a ring that is a
    /// line, nine decimals.
    func testRingsAreClosedTurnedAndRounded() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let store = try Store(path: cli.db)
        let clockwise = [GeoPoint(lon: 99.0, lat: 19.0), GeoPoint(lon: 99.0, lat: 19.5000004), GeoPoint(lon: 99.0, lat: 19.5),
                         GeoPoint(lon: 99.5, lat: 19.5), GeoPoint(lon: 99.5, lat: 19.0)]
        let hole = [GeoPoint(lon: 99.1, lat: 19.1), GeoPoint(lon: 99.2, lat: 19.1), GeoPoint(lon: 99.2, lat: 19.2), GeoPoint(lon: 99.1, lat: 19.1)]
        let line = [GeoPoint(lon: 99.3, lat: 19.3), GeoPoint(lon: 99.4, lat: 19.4), GeoPoint(lon: 99.3, lat: 19.3)]
        let second = [GeoPoint(lon: 100.123456789, lat: 18.0), GeoPoint(lon: 100.2, lat: 18.0), GeoPoint(lon: 100.2, lat: 18.1)]
        let shape = MultiPolygon(polygons: [Polygon(outer: clockwise, holes: [hole, line]), Polygon(outer: second)])
        try store.areas.setBoundary("560101", geometry: GeometryCodec.encode(shape), source: "test")
        let file = cli.path("wiang.geojson")
        XCTAssertEqual(cli.run("export-geojson", "--area", "560101", "-o", file).code, 0)
        let features = try features(try read(file))
        XCTAssertEqual(features.count, 1, "a tambon's own map is the tambon")
        let geometry = try XCTUnwrap(features[0]["geometry"] as? [String: Any])
        XCTAssertEqual(try checkGeometry(geometry, "560101"), "MultiPolygon")
        let parts = try XCTUnwrap(geometry["coordinates"] as? [[[[Double]]]])
        XCTAssertEqual(parts[0], [
            [[99.0, 19.0], [99.5, 19.0], [99.5, 19.5], [99.0, 19.5], [99.0, 19.0]],
            [[99.1, 19.1], [99.2, 19.2], [99.2, 19.1], [99.1, 19.1]],
        ], "counter-clockwise outside, clockwise hole, each from its first point; the repeated point once, the line dropped")
        XCTAssertEqual(parts[1], [[[100.123457, 18.0], [100.2, 18.0], [100.2, 18.1], [100.123457, 18.0]]], "closed, 6 decimals")
        let p = try XCTUnwrap(features[0]["properties"] as? [String: Any])
        XCTAssertTrue(p["value"] is NSNull && p["year"] is NSNull && p["source"] is NSNull && p["n"] is NSNull, "no value: null")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(text.contains("[100.123457,18]"), "coordinates written short, 6 decimals at most")
    }

    func testTheYearAndTheLevel() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let store = try Store(path: cli.db)
        for (area, year, value) in [("5601", "2024", "-1.5"), ("5601", "2025", "2.25"), ("5602", "2024", "7")] {
            _ = try store.records.create(.indicatorValue, ["area": area, "indicator": "change", "year": year, "value": value, "source": "survey"])
        }
        func values(_ args: String...) throws -> [String: Any] {
            let file = cli.path("x.geojson")
            let r = cli.run(["export-geojson", "--area", "56", "--level", "amphoe", "--indicator", "change", "-o", file, "--force"] + args)
            XCTAssertEqual(r.code, 0, r.err)
            var out: [String: Any] = [:]
            for feature in try features(try read(file)) {
                let p = try XCTUnwrap(feature["properties"] as? [String: Any])
                out[p["code"] as! String] = p["value"]
                XCTAssertEqual(p["level"] as? String, "amphoe")
                try checkGeometry(try XCTUnwrap(feature["geometry"] as? [String: Any]), p["code"] as! String)
            }
            return out
        }
        let latest = try values()
        XCTAssertEqual(latest.count, try store.areas.list(level: .amphoe, inside: "56").count)
        XCTAssertEqual(latest["5601"] as? Double, 2.25, "each area's latest year")
        XCTAssertEqual(latest["5602"] as? Double, 7)
        XCTAssertTrue(latest["5603"] is NSNull)
        let of2024 = try values("--year", "2567")
        XCTAssertEqual(of2024["5601"] as? Double, -1.5, "a Buddhist-era year is the same year")
        XCTAssertEqual(of2024["5602"] as? Double, 7)
        XCTAssertTrue(try values("--year", "2023")["5601"] is NSNull)
        XCTAssertEqual(cli.run("export-geojson", "--year", "twenty", "-o", cli.path("y.geojson")).code, 2)
        XCTAssertEqual(cli.run("export-geojson", "--level", "tambon", "--area", "5601", "--indicator", "nothing", "-o", cli.path("y.geojson")).code, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("y.geojson")))
    }
}
