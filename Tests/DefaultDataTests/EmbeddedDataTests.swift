import Foundation
import XCTest
import AsciiMap
import DefaultData
import EcosystemStore

/// The data compiled into the binary: the whole country, every boundary
/// readable and in Thailand, and the attribution its licence asks for.
final class EmbeddedDataTests: XCTestCase {
    /// The area lines (code, name_th, name_en, lat, lon, postal) of the embedded geography.
    private var areaLines: [[Substring]] {
        DefaultData.geography.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    func testTheWholeCountryWithItsGaps() {
        let lines = areaLines
        XCTAssertTrue(lines.allSatisfy { $0.count == 6 && !$0[1].isEmpty })
        let byLength = Dictionary(grouping: lines, by: { $0[0].count })
        XCTAssertEqual(byLength[2]?.count, 77)
        XCTAssertEqual(byLength[4]?.count, 928)
        XCTAssertEqual(byLength[6]?.count, 7_436)
        let tambons = byLength[6] ?? []
        XCTAssertEqual(tambons.filter { $0[3].isEmpty || $0[4].isEmpty }.count, 85, "tambons the source gives no centroid")
        XCTAssertEqual(tambons.filter { DefaultData.pilotProvinces.contains(String($0[0].prefix(2))) }.count, 1_155)
        XCTAssertTrue(tambons.contains { $0[0] == "560101" && $0[1] == "เวียง" && $0[2] == "Wiang" && $0[5] == "56000" })
        XCTAssertEqual(lines.map { String($0[0]) }, lines.map { String($0[0]) }.sorted(), "code order: parents first")
    }

    func testEveryBoundaryDecodesInsideThailandAndBelongsToAnArea() throws {
        let areas = Set(areaLines.map { String($0[0]) })
        var counts: [Int: Int] = [:]
        var withPolygon = Set<String>()
        for text in DefaultData.boundaries {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t")
                XCTAssertEqual(f.count, 2)
                let code = String(f[0])
                XCTAssertTrue(areas.contains(code), "boundary of an unknown area \(code)")
                let bytes = try XCTUnwrap(Data(base64Encoded: String(f[1])), code)
                let shape = try GeometryCodec.decode([UInt8](bytes))
                XCTAssertGreaterThanOrEqual(shape.pointCount, 4, code)
                for point in shape.polygons.flatMap({ $0.rings.flatMap { $0 } }) {
                    XCTAssertTrue((97...106).contains(point.lon) && (5...21).contains(point.lat), "\(code): \(point)")
                }
                counts[code.count, default: 0] += 1
                withPolygon.insert(code)
            }
        }
        XCTAssertEqual(counts, [2: 77, 4: 928, 6: 7_422])
        // The tambons newer than the 2019 boundaries (Bangkok's 2020s
        // splits and 530407 of Uttaradit) have no polygon, and no centroid.
        let missing = areas.filter { $0.count == 6 && !withPolygon.contains($0) }.sorted()
        XCTAssertEqual(missing, ["100910", "101406", "102602", "103402", "103403", "104402", "104403", "104702", "104703",
                                 "105002", "105003", "105004", "105005", "530407"])
    }

    func testTheAttributionTheLicenceAsksFor() {
        XCTAssertEqual(DefaultData.boundaryAttribution, "Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO")
    }
}
