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

/// Compares text with a file under Golden/; `ASCIIMAP_RECORD=1` rewrites the file instead.
func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = Fixtures.goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ASCIIMAP_RECORD"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertEqual(text, expected, "differs from Golden/\(name); rerun with ASCIIMAP_RECORD=1 to re-record", file: file, line: line)
}

/// Deterministic demo values: a smooth-ish function of the tambon code.
func demoValue(_ code: String) -> Double? {
    let n = Int(code) ?? 0
    if n % 17 == 0 { return nil }  // some areas without data
    return Double((n * 37) % 101) / 10
}

/// Phayao's tambons with demo values, each grouped by its amphoe, ids 0… in code order.
func phayaoAreas(values: Bool = true) throws -> [MapArea] {
    try Fixtures.phayaoTambons().filter { $0.parentCodes.first == "56" }.sorted { $0.code < $1.code }
        .enumerated().map { i, t in
            MapArea(id: Int32(i), code: t.code, name: t.nameTH ?? t.code, shape: .polygons(t.geometry),
                    value: values ? demoValue(t.code) : nil, group: t.parentCodes.last)
        }
}
