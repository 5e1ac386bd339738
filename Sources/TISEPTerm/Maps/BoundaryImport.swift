import Foundation
import AsciiMap
import EcosystemStore
import DefaultData

/// What `tisep import-boundaries` did with one file.
package struct BoundaryImportReport {
    package var file: String
    package var source: String
    package var features = 0
    package var levels: [AreaLevel] = []
    /// Codes whose polygon was stored.
    package var matched: [String] = []
    /// Feature codes with no area of that level in the store.
    package var noArea: [String] = []
    /// Features whose geometry is null or empty: nothing to store.
    package var noGeometry: [String] = []
    /// Areas at the file's levels, inside the provinces it touches, that it gave no polygon.
    package var noPolygon: [String] = []
}

/// Stores COD-AB polygons as area boundaries, matched on geocode only
/// (tambon names repeat across the country, so a name match would be wrong).
package enum BoundaryImport {
    /// The source a COD-AB file is stored with: the same as the embedded boundaries'.
    package static let codABSource = DefaultData.boundarySource

    /// Reads `file` and stores every matched polygon in one transaction, so a
    /// failure leaves the store as it was.
    package static func run(file: String, store: Store) throws -> BoundaryImportReport {
        let features = try GeoJSONReader.read(contentsOf: URL(fileURLWithPath: file))
        let name = URL(fileURLWithPath: file).lastPathComponent
        var report = BoundaryImportReport(file: name, source: looksLikeCODAB(features) ? codABSource : name)
        report.features = features.count

        // A code may come in several features (islands split off): their polygons are one shape.
        var shapes: [String: MultiPolygon] = [:]
        var order: [String] = []
        var levels = Set<AreaLevel>()
        var provinces = Set<String>()
        var known: [AreaLevel: Set<String>] = [:]
        for feature in features {
            guard let level = AreaLevel(rawValue: feature.level) else { continue }
            levels.insert(level)
            provinces.insert(String(feature.code.prefix(2)))
            if known[level] == nil { known[level] = Set(try store.areas.list(level: level, inside: nil).map(\.code)) }
            guard known[level]?.contains(feature.code) == true else {
                report.noArea.append(feature.code)
                continue
            }
            guard feature.geometry.pointCount > 0 else {
                report.noGeometry.append(feature.code)
                continue
            }
            if shapes[feature.code] == nil { order.append(feature.code) }
            shapes[feature.code, default: MultiPolygon(polygons: [])].polygons += feature.geometry.polygons
        }
        try store.areas.setBoundaries(order.map { ($0, GeometryCodec.encode(shapes[$0]!)) }, source: report.source)
        report.matched = order
        report.levels = levels.sorted()
        let stored = Set(order)
        for level in report.levels {
            for area in try store.areas.list(level: level, inside: nil)
            where provinces.contains(String(area.code.prefix(2))) && !stored.contains(area.code) {
                report.noPolygon.append(area.code)
            }
        }
        report.noArea = Array(Set(report.noArea)).sorted()
        return report
    }

    /// COD-AB files name each area in Thai and English next to its p-code
    /// (`ADMn_TH`, `ADMn_EN`); a file of one's own rarely carries both.
    package static func looksLikeCODAB(_ features: [AdminFeature]) -> Bool {
        !features.isEmpty && features.allSatisfy { $0.nameTH?.isEmpty == false && $0.nameEN?.isEmpty == false }
    }
}
