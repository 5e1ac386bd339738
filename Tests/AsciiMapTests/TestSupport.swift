import Foundation
import XCTest
import AsciiMap

/// Paths computed from this file, so that tests run from any directory.
/// The boundaries are small real fixtures kept beside the tests
/// (`Fixtures/README.md` gives their source, licence and how they were cut).
enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
    static let fixtureDirectory = testsDirectory.appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { fixtureDirectory.appendingPathComponent(name) }

    /// Phayao's 68 tambons, parsed once for the whole test run.
    nonisolated(unsafe) private static var cachedTambons: [AdminFeature]?
    static func phayaoTambons() throws -> [AdminFeature] {
        if let cached = cachedTambons { return cached }
        let features = try GeoJSONReader.read(contentsOf: url("phayao-tambons.geojson"))
        cachedTambons = features
        return features
    }
}
