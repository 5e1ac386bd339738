import Foundation
import XCTest
import AsciiMap

/// Paths computed from this file, so that tests run from any directory.
enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    /// Samples of the real reference geography (`Fixtures/README.md`).
    static let fixtureDirectory = testsDirectory.appendingPathComponent("Fixtures")

    /// A fixture file; a missing one fails the test (it is part of the repository).
    static func fixture(_ name: String) throws -> URL {
        let url = fixtureDirectory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw FixtureMissing(path: url.path)
        }
        return url
    }

    /// The sample tambons (`adm3-sample.geojson`), parsed once for the whole test run.
    nonisolated(unsafe) private static var cachedTambons: [AdminFeature]?
    static func tambons() throws -> [AdminFeature] {
        if let cached = cachedTambons { return cached }
        let features = try GeoJSONReader.read(contentsOf: try fixture("adm3-sample.geojson"))
        cachedTambons = features
        return features
    }
}

struct FixtureMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "the fixture \(path) is missing from the repository" }
}
