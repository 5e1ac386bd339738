import Foundation
import XCTest
import AsciiMap

final class GeoJSONReaderTests: XCTestCase {
    func testReadsRealTambons() throws {
        let features = try GeoJSONReader.read(contentsOf: try Fixtures.fixture("adm3-sample.geojson"))
        XCTAssertEqual(features.count, 70)
        XCTAssertTrue(features.allSatisfy { $0.level == 3 && $0.code.count == 6 })
        XCTAssertEqual(features.filter { $0.code.hasPrefix("56") }.count, 68, "Phayao's tambons")
        let wiang = try XCTUnwrap(features.first { $0.code == "560101" })
        XCTAssertEqual(wiang.nameTH, "เวียง")
        XCTAssertEqual(wiang.nameEN, "Wiang")
        XCTAssertEqual(wiang.parentCodes, ["56", "5601"])
        // Some tambons have several parts and some have holes.
        let islands = try XCTUnwrap(features.first { $0.code == "910106" })
        XCTAssertEqual(islands.geometry.polygons.count, 3)
        let holed = try XCTUnwrap(features.first { $0.code == "580104" })
        XCTAssertGreaterThan(holed.geometry.polygons[0].rings.count, 1)
        XCTAssertEqual(holed.geometry.polygons[0].holes.count, holed.geometry.polygons[0].rings.count - 1)
    }

    func testProvinceAndAmphoeFiles() throws {
        let provinces = try GeoJSONReader.read(contentsOf: try Fixtures.fixture("adm1-sample.geojson"))
        XCTAssertEqual(provinces.map(\.code).sorted(), ["53", "56"])
        XCTAssertTrue(provinces.allSatisfy { $0.level == 1 && $0.parentCodes.isEmpty })
        XCTAssertEqual(provinces.first { $0.code == "56" }?.nameEN, "Phayao")
        XCTAssertEqual(provinces.first { $0.code == "56" }?.nameTH, "พะเยา")
        let amphoes = try GeoJSONReader.read(contentsOf: try Fixtures.fixture("adm2-sample.geojson"))
        XCTAssertEqual(amphoes.count, 9)
        XCTAssertTrue(amphoes.allSatisfy { $0.level == 2 && $0.code.count == 4 && $0.parentCodes == ["56"] })
        XCTAssertEqual(amphoes.first { $0.code == "5603" }?.nameEN, "Chiang Kham")
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
