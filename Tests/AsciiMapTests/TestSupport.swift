import Foundation
import XCTest
import AsciiMap

/// Paths computed from this file, so that tests run from any directory.
enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let geoDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/geo")

    static func geoFile(_ name: String) throws -> URL {
        let url = geoDirectory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("reference geography not found at \(url.path)")
        }
        return url
    }

    /// All tambons, parsed once for the whole test run.
    nonisolated(unsafe) private static var cachedTambons: [AdminFeature]?
    static func tambons() throws -> [AdminFeature] {
        if let cached = cachedTambons { return cached }
        let features = try GeoJSONReader.read(contentsOf: try geoFile("th_adm3.geojson"))
        cachedTambons = features
        return features
    }
}
