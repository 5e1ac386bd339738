import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// `tisep-bench indicators --households N`: a generated survey of N
/// households spread over every tambon of the embedded geography, written as
/// a CSV and loaded through the same path as `tisep import-households`.
enum IndicatorBenchmark {
    static func run(store: Store, households: Int, directory: URL) throws -> String {
        let tambons = try store.areas.list(level: .tambon, inside: nil).map(\.code)
        guard !tambons.isEmpty else { throw JobError(message: "no tambons to generate households for") }
        let csv = directory.appendingPathComponent("tisep-bench-households-\(getpid()).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try generate(households, tambons: tambons).write(to: csv, atomically: false, encoding: .utf8)

        func seconds(_ body: () throws -> Void) rethrows -> Double {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        }
        var table: CSVTable?
        let parse = try seconds { table = try CSVTable(text: String(contentsOf: csv, encoding: .utf8)) }
        var report: HouseholdImportReport?
        let load = try seconds { report = try store.indicators.importHouseholds(csv: table!, file: csv.lastPathComponent) }
        let recompute = try seconds { _ = try store.indicators.recompute(demo: false) }
        let rows = try store.indicators.householdIncomes()
        var measures: InequalityMeasures?
        let pooled = seconds { measures = InequalityMeasures.compute(rows) }
        let f = { (s: Double) in String(format: "%.2f s", s) }
        return """
        households: \(households) over \(tambons.count) tambons (one year), \(report?.valuesChanged ?? 0) indicator values written
        parse CSV (\(ByteCountFormatter.string(fromByteCount: Int64((try? FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0), countStyle: .file))): \(f(parse))
        import-households (validate, replace, insert, recompute, one transaction): \(f(load))
        recompute again (read households, tambons + pooled amphoes + provinces, nothing to write): \(f(recompute))
        measures of all \(rows.count) households pooled in memory (the sort): \(f(pooled)); gini \(measures?.gini.map { String(format: "%.4f", $0) } ?? "-")
        """
    }

    /// Lognormal-like per-capita incomes (a product of uniforms), from a
    /// fixed linear congruential sequence so that runs compare.
    static func generate(_ count: Int, tambons: [String]) -> String {
        var state: UInt64 = 0x5EED
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var out = "tambon_code,household_id,year,members,annual_income,weight\n"
        out.reserveCapacity(count * 40)
        for i in 0..<count {
            let members = 1 + Int(next() * 6)
            let perCapita = 15_000 * exp(1.2 * (next() + next() + next() - 1.5))
            out += "\(tambons[i % tambons.count]),h\(i),2568,\(members),\(Int(perCapita * Double(members))),1\n"
        }
        return out
    }
}
