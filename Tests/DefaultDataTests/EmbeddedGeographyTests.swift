import XCTest
import DefaultData
import EcosystemStore

/// The geography compiled into the binary is what `tisep init` loads on a
/// laptop without files: it must load whole, with every area under its parent.
final class EmbeddedGeographyTests: XCTestCase {
    func testTheEmbeddedGeographyLoadsWithEveryAreaUnderItsParent() throws {
        let store = try Store(path: ":memory:", create: true)
        let loaded = try store.areas.importCompactGeography(DefaultData.geography)
        let counts = try store.areas.counts()
        XCTAssertEqual(loaded, counts.provinces + counts.amphoes + counts.tambons, "one area per line")
        XCTAssertEqual(counts.provinces, 77)
        XCTAssertEqual(counts.amphoes, 928)
        for province in DefaultData.pilotProvinces {
            XCTAssertFalse(try store.areas.list(level: .tambon, inside: province).isEmpty, "tambons of pilot province \(province)")
        }
        for tambon in try store.areas.list(level: .tambon, inside: nil) {
            XCTAssertEqual(try store.areas.path(of: tambon.code).count, 3, "\(tambon.code) sits under an amphoe and a province")
        }
    }
}
