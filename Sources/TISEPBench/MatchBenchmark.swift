import Foundation
import EcosystemStore

/// `tisep-bench matches --db PATH [--area CODE]`: how long the needs and
/// offers screen (`m`) and the brief wait for `store.elements.matches`
/// (docs/matching.md): the first call for a province (reading its needs,
/// offers, organisations and places and building the scorer), a call while
/// nothing has changed (the store keeps the province's scorer), and every
/// tambon of the province one after another, as a coordinator moves.
enum MatchBenchmark {
    static func run(path: String, area: String, runs: Int) throws -> String {
        func ms(_ body: () throws -> Void) rethrows -> Double {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        }
        func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
        var cold: [Double] = [], warm: [Double] = [], tambonWarm: [Double] = []
        var needs = 0, offers = 0
        let tambons = try Store(path: path).areas.list(level: .tambon, inside: String(area.prefix(2))).map(\.code)
        for _ in 0..<runs {
            // A fresh connection: nothing kept from the run before.
            let store = try Store(path: path)
            cold.append(try ms { let m = try store.elements.matches(inAreaOrBelow: area); needs = m.count; offers = m.reduce(0) { $0 + $1.offers.count } })
            warm.append(try ms { _ = try store.elements.matches(inAreaOrBelow: area) })
            tambonWarm.append(try ms { for t in tambons { _ = try store.elements.matches(inAreaOrBelow: t) } } / Double(max(1, tambons.count)))
        }
        let f = { (x: Double) in String(format: "%.1f ms", x) }
        return """
        matches in \(area) (\(needs) open needs, \(offers) offers shown, 5 per need), median of \(runs):
          first call (read the province, build the scorer, rank)  \(f(median(cold)))
          again, nothing written since (the scorer kept)           \(f(median(warm)))
          each of the province's \(tambons.count) tambons in turn             \(f(median(tambonWarm))) per tambon
        """
    }
}
