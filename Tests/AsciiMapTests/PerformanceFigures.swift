import Foundation
import XCTest
import AsciiMap

/// Timings for the record, never asserted (they depend on the machine and
/// the build). Run with
/// `ASCIIMAP_BENCH=1 swift test -c release --filter AsciiMapTests.PerformanceFigures`.
final class PerformanceFigures: XCTestCase {
    func testPerformanceFigures() throws {
        guard ProcessInfo.processInfo.environment["ASCIIMAP_BENCH"] == "1" else {
            throw XCTSkip("set ASCIIMAP_BENCH=1 to print timings")
        }
        func time(_ label: String, runs: Int = 5, _ body: () throws -> Void) rethrows {
            var best = Double.infinity
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print("ASCIIMAP_BENCH " + TextWidth.pad(label, to: 64) + String(format: "%9.2f ms (best of %d)", best, runs))
        }

        let url = try Fixtures.geoFile("th_adm3.geojson")
        var tambons: [AdminFeature] = []
        try time("parse th_adm3.geojson (7,425 features)", runs: 3) { tambons = try GeoJSONReader.read(contentsOf: url) }

        let all = tambons.enumerated().map { i, t in
            MapArea(id: Int32(i), code: t.code, name: t.nameTH ?? "", shape: .polygons(t.geometry), value: demoValue(t.code))
        }
        let phayao = all.filter { $0.code.hasPrefix("56") }
        let labels = LegendLabels(title: "ดัชนีสาธิต", unit: "%")
        for method in ClassificationMethod.allCases {
            time("classify + draw Phayao (\(phayao.count)) 200×60, \(method.rawValue)") {
                _ = ChoroplethMap(areas: phayao, selected: 0, width: 200, height: 60,
                                  options: MapOptions(method: method, classes: 5), labels: labels, legendWidth: 40)
            }
        }
        time("classify + draw Phayao 60×20, quantile") {
            _ = ChoroplethMap(areas: phayao, selected: 0, width: 60, height: 20, labels: labels, legendWidth: 40)
        }
        for method in ClassificationMethod.allCases {
            time("classify + draw all \(all.count) tambons 200×60, \(method.rawValue)") {
                _ = ChoroplethMap(areas: all, selected: 0, width: 200, height: 60,
                                  options: MapOptions(method: method, classes: 7), labels: labels, legendWidth: 40)
            }
        }
        var half = MapOptions(colorMode: .palette256)
        half.halfBlock = true
        time("classify + draw all tambons 200×60 half-block 256 colours") {
            _ = ChoroplethMap(areas: all, selected: 0, width: 200, height: 60, options: half, labels: labels, legendWidth: 40)
        }
        var rng = SplitMix(seed: 11)
        let distinct = (0..<all.count).map { _ in Double(rng.next() % 10_000_000) / 1000 }
        time("Fisher-Jenks alone, 7 classes of \(distinct.count) distinct values") {
            _ = Classification(values: distinct, method: .naturalBreaks, classes: 7)
        }

        // The Voronoi fallback on the 7,436 tambon centroids of the CSV.
        let csv = try String(contentsOf: try Fixtures.geoFile("sub_districts.csv"), encoding: .utf8)
        let points = csv.split(separator: "\n").dropFirst().compactMap { line -> GeoPoint? in
            let f = csvFields(line)
            guard f.count > 7, let lat = Double(f[6]), let lon = Double(f[7]) else { return nil }
            return GeoPoint(lon: lon, lat: lat)
        }
        let sites = points.enumerated().map { i, p in
            MapArea(id: Int32(i), code: "", name: "", shape: .centroid(p), value: Double(i % 97))
        }
        time("classify + draw \(sites.count) centroids (Voronoi) 200×60") {
            _ = ChoroplethMap(areas: sites, selected: 0, width: 200, height: 60, labels: labels, legendWidth: 40)
        }

        let text = Array(repeating: "ผู้สูงอายุ กรุงเทพมหานคร น้ำ ที่ 地図 map", count: 60)
        time("TextWidth: width + truncate + pad of 60 mixed lines", runs: 20) {
            for line in text { _ = TextWidth.pad(line, to: 30); _ = TextWidth.width(of: line) }
        }
    }
}

/// Fields of one CSV line, with quoted fields (which may hold commas and "" escapes).
func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = [], field = "", quoted = false, previous: Character = " "
    for ch in line {
        if ch == "\"" {
            if quoted { quoted = false } else { if previous == "\"" { field.append("\"") }; quoted = true }
        } else if ch == "," && !quoted {
            fields.append(field); field = ""
        } else if ch != "\r" {
            field.append(ch)
        }
        previous = ch
    }
    fields.append(field)
    return fields
}
