import Foundation
import XCTest
import AsciiMap

final class GeoJSONReaderTests: XCTestCase {
    func testReadsRealTambonsWithTheirParents() throws {
        let features = try GeoJSONReader.read(contentsOf: Fixtures.url("phayao-tambons.geojson"))
        XCTAssertEqual(features.count, 68)
        XCTAssertTrue(features.allSatisfy { $0.level == 3 && $0.code.count == 6 && $0.code.hasPrefix("56") })
        let wiang = try XCTUnwrap(features.first { $0.code == "560101" })
        XCTAssertEqual(wiang.nameTH, "เวียง")
        XCTAssertEqual(wiang.nameEN, "Wiang")
        XCTAssertEqual(wiang.parentCodes, ["56", "5601"])
        XCTAssertGreaterThan(wiang.geometry.pointCount, 3)
    }

    func testProvinceAndAmphoeLevels() throws {
        let provinces = try GeoJSONReader.read(contentsOf: Fixtures.url("phayao-province.geojson"))
        XCTAssertEqual(provinces.map(\.code), ["56"])
        XCTAssertEqual(provinces.first?.level, 1)
        XCTAssertEqual(provinces.first?.nameEN, "Phayao")
        let amphoes = try GeoJSONReader.read(contentsOf: Fixtures.url("phayao-amphoes.geojson"))
        XCTAssertEqual(amphoes.count, 9)
        XCTAssertTrue(amphoes.allSatisfy { $0.level == 2 && $0.code.count == 4 && $0.parentCodes == ["56"] })
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
