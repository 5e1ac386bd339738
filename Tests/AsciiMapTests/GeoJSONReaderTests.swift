import Foundation
import XCTest
import AsciiMap

final class GeoJSONReaderTests: XCTestCase {
    func testReadsAllTambonsQuickly() throws {
        let url = try Fixtures.geoFile("th_adm3.geojson")
        let start = Date()
        let features = try GeoJSONReader.read(contentsOf: url)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(features.count, 7_425)
        XCTAssertLessThan(seconds, 2.0, "parsing th_adm3.geojson took \(seconds) s")
        XCTAssertTrue(features.allSatisfy { $0.level == 3 && $0.code.count == 6 })
        let wiang = try XCTUnwrap(features.first { $0.code == "560101" })
        XCTAssertEqual(wiang.nameTH, "เวียง")
        XCTAssertEqual(wiang.parentCodes, ["56", "5601"])
        // Some tambons have several parts and some have holes.
        XCTAssertTrue(features.contains { $0.geometry.polygons.count > 1 })
        let holed = try XCTUnwrap(features.first { $0.code == "580104" })
        XCTAssertGreaterThan(holed.geometry.polygons[0].rings.count, 1)
    }

    func testProvinceAndAmphoeCounts() throws {
        let provinces = try GeoJSONReader.read(contentsOf: try Fixtures.geoFile("th_adm1.geojson"))
        XCTAssertEqual(provinces.count, 77)
        XCTAssertTrue(provinces.allSatisfy { $0.level == 1 && $0.code.count == 2 })
        XCTAssertEqual(provinces.first { $0.code == "56" }?.nameEN, "Phayao")
        let amphoes = try GeoJSONReader.read(contentsOf: try Fixtures.geoFile("th_adm2.geojson"))
        XCTAssertEqual(amphoes.count, 928)
        XCTAssertTrue(amphoes.allSatisfy { $0.level == 2 && $0.code.count == 4 })
    }

    func testPolygonWithHoleAndMultiPolygon() throws {
        let json = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"ADM1_PCODE":"TH10","ADM1_TH":"กรุงเทพมหานคร","ADM1_EN":"Bangkok"},
          "geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}},
         {"type":"Feature","properties":{"ADM1_PCODE":"TH10","ADM2_PCODE":"TH1001"},
          "geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}}
        ]}
        """
        let features = try GeoJSONReader.read(data: Data(json.utf8))
        XCTAssertEqual(features.map(\.code), ["10", "1001"])
        XCTAssertEqual(features.map(\.level), [1, 2])
        XCTAssertEqual(features[0].geometry.polygons[0].holes.count, 1)
        XCTAssertEqual(features[0].nameTH, "กรุงเทพมหานคร")
        XCTAssertEqual(features[1].geometry.polygons.count, 2)
        XCTAssertEqual(features[1].parentCodes, ["10"])
    }

    func testMalformedInputThrowsClearMessages() {
        let cases: [(String, String)] = [
            ("{", "not valid JSON"),
            ("[]", "not a FeatureCollection"),
            (#"{"type":"FeatureCollection"}"#, "no \"features\""),
            (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]}"#, "feature 0: no ADM1_PCODE"),
            (#"{"type":"FeatureCollection","features":[{"properties":{"ADM1_PCODE":"TH10"},"geometry":{"type":"Point","coordinates":[1,2]}}]}"#,
             "Point is not Polygon"),
            (#"{"type":"FeatureCollection","features":[{"properties":{"ADM1_PCODE":"TH10"},"geometry":{"type":"Polygon","coordinates":[[[1,"x"]]]}}]}"#,
             "not [longitude, latitude]"),
        ]
        for (json, expected) in cases {
            XCTAssertThrowsError(try GeoJSONReader.read(data: Data(json.utf8)), json) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error) should mention \(expected)")
            }
        }
    }
}
