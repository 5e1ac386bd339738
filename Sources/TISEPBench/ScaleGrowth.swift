import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// The figures of one scale that `bench scale all` compares across scales,
/// to answer issue 8's question: does anything grow worse than linearly?
struct ScaleFigures {
    var name: String
    var elements: Int
    /// Work over the whole data set: seconds, and the records it handled.
    var work: [(what: String, seconds: Double, records: Int)] = []
    /// Per-action figures (a search, a key, a start in milliseconds; a
    /// peak memory in megabytes), each with its unit.
    var readings: [(what: String, value: Double, unit: String)] = []
}

/// The growth table printed after the scales' own tables.
enum ScaleGrowth {
    /// Per-record cost growing by more than this factor between the first
    /// and the last scale counts as worse than linear: noise on a shared
    /// 2-core machine alone moves figures by a third.
    static let linearTolerance = 1.5

    static func table(_ scales: [ScaleFigures]) -> String {
        guard let first = scales.first, let last = scales.last, scales.count > 1 else { return "" }
        let size = Double(last.elements) / Double(max(1, first.elements))
        var out = ["### Growth from \(first.name) to \(last.name) (\(String(format: "%.1f", size))× the elements)", "",
                   "| what | " + scales.map(\.name).joined(separator: " | ") + " | growth |",
                   "|---" + String(repeating: "|---", count: scales.count) + "|---|"]
        for (what, _, _) in first.work {
            let perRecord = scales.map { s in s.work.first { $0.what == what }.map { $0.records > 0 ? $0.seconds / Double($0.records) : 0 } }
            let cells = perRecord.map { $0.map { microseconds($0) } ?? "-" }
            var verdict = "-"
            if let a = perRecord.first ?? nil, let b = perRecord.last ?? nil, a > 0 {
                let factor = b / a
                verdict = "per record ×\(String(format: "%.2f", factor)): " + (factor > linearTolerance ? "**worse than linear**" : "linear")
            }
            out.append("| \(what) (per record) | " + cells.joined(separator: " | ") + " | \(verdict) |")
        }
        for (what, _, unit) in first.readings {
            let values = scales.map { s in s.readings.first { $0.what == what }?.value }
            let cells = values.map { $0.map { String(format: $0 < 10 ? "%.2f " : "%.0f ", $0) + unit } ?? "-" }
            var verdict = "-"
            if let a = values.first ?? nil, let b = values.last ?? nil, a > 0 {
                verdict = "×\(String(format: "%.1f", b / a)) for ×\(String(format: "%.1f", size)) the elements"
            }
            out.append("| \(what) | " + cells.joined(separator: " | ") + " | \(verdict) |")
        }
        return out.joined(separator: "\n")
    }

    private static func microseconds(_ seconds: Double) -> String {
        let us = seconds * 1e6
        return String(format: us < 10 ? "%.2f µs" : "%.0f µs", us)
    }
}
