import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// `tisep-bench map --geo DIR`: the whole country's geography and tambon
/// boundaries in a throwaway database, a generated value for every tambon,
/// then the time to load, classify and draw one province and the country.
enum MapBenchmark {
    static let width = 200, height = 60

    static func run(store: Store, geo: String, runs: Int) throws -> String {
        var out: [String] = []
        var started = Date()
        for name in ["provinces.csv", "districts.csv", "sub_districts.csv"] {
            let file = (geo as NSString).appendingPathComponent(name)
            _ = try store.areas.importGeography(csv: try CSVTable(text: try CommandLineTool.readText(file)), file: file)
        }
        out.append("geography CSVs: \(seconds(started))")
        started = Date()
        let report = try BoundaryImport.run(file: (geo as NSString).appendingPathComponent("th_adm3.geojson"), store: store)
        out.append("import-boundaries th_adm3.geojson: \(seconds(started)), \(report.matched.count) of \(report.features) features matched")
        let tambons = try store.areas.list(level: .tambon, inside: nil)
        try store.transaction {
            for (i, t) in tambons.enumerated() {
                // Deterministic and spread: a multiplicative hash of the index.
                let value = 1 + Double((i &* 2_654_435_761) % 10_000) / 1000
                _ = try store.records.insertCanonical(.indicatorValue, id: "iv-\(t.code)-s90s10-2025", values: [
                    "area": t.code, "indicator": "s90s10", "year": "2025", "value": String(value),
                    "source": "bench", "synthetic": "1", "small_sample": "0",
                ], demo: true)
            }
        }
        out.append("values: \(tambons.count) tambons; \(width)×\(height), --color never, median of \(runs) runs (ms):")
        out.append("  map                                      total   classify   draw+text")
        let source = MapSource(store: store)
        for (label, scope) in [("province 56, tambons", Optional("56")), ("country, tambons", nil)] {
            for method in [ClassificationMethod.quantile, .naturalBreaks] {
                var request = MapRequest(scope: scope, level: .tambon, method: method, width: width, height: height, legendWidth: width)
                request.legendBelow = true
                var total: [Double] = [], classify: [Double] = [], areas = 0
                for _ in 0..<runs {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let rendered = try source.render(request)
                    _ = MapCommand.text(rendered.map, colorMode: .none)
                    total.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                    let values = rendered.data.codes.map { rendered.data.values[$0] ?? nil }
                    let t1 = DispatchTime.now().uptimeNanoseconds
                    _ = Classification(values: values, method: method, classes: request.classes)
                    classify.append(Double(DispatchTime.now().uptimeNanoseconds - t1) / 1e6)
                    areas = rendered.data.codes.count
                }
                let name = "\(label) (\(areas)), \(method.rawValue)"
                out.append("  " + name.padding(toLength: 40, withPad: " ", startingAt: 0)
                           + String(format: "%7.1f  %9.1f  %10.1f", median(total), median(classify), median(total) - median(classify)))
            }
        }
        out.append("  (total = load areas, boundaries and values from the store + classify + draw + text; draw+text = total − classify)")
        return out.joined(separator: "\n")
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func seconds(_ since: Date) -> String { String(format: "%.2f s", Date().timeIntervalSince(since)) }
}
