import EcosystemStore
import Foundation

/// The cost of the bootstrap intervals at national scale: generated
/// households in tambons of `perTambon` ± 30 % households, 12 amphoes per
/// province, 77 provinces, every tambon, amphoe and province with its point
/// values and intervals (`tisep-bench bootstrap`). The point values are
/// timed through the store's own aggregation (a `package` function).
enum BootstrapBenchmark {
    struct Figures: Sendable {
        var households = 0
        var tambons = 0
        var areas = 0
        var replicates = 0
        var threads = 0
        /// Generating the households (not part of the cost).
        var generateSeconds = 0.0
        /// The point values alone, as `recomputeIndicators` computes them today.
        var pointSeconds = 0.0
        /// Point values and intervals together (`HouseholdBootstrap.evidence`).
        var evidenceSeconds = 0.0
        /// Processor time of the same (all threads): on a shared machine the
        /// wall-clock figure also counts other processes' turns.
        var pointCPUSeconds = 0.0
        var evidenceCPUSeconds = 0.0
        /// Median width of the tambons' S90/S10 intervals relative to their value, a sanity figure.
        var medianRelativeWidthS90S10 = 0.0

        var lines: [String] {
            [
                "bootstrap: \(households) households in \(tambons) tambons (\(areas) areas with amphoes and provinces), "
                    + "\(replicates) replicates, \(threads) thread(s)",
                String(format: "  point values only:        %.2f s wall, %.2f s processor", pointSeconds, pointCPUSeconds),
                String(format: "  point values + intervals: %.2f s wall, %.2f s processor (intervals add %.2f s processor; %.1f ns per household and replicate)",
                       evidenceSeconds, evidenceCPUSeconds, evidenceCPUSeconds - pointCPUSeconds,
                       (evidenceCPUSeconds - pointCPUSeconds) / Double(max(households, 1)) / Double(max(replicates, 1)) * 1e9),
                String(format: "  median S90/S10 interval width / value, tambons: %.2f", medianRelativeWidthS90S10),
            ]
        }
    }

    /// Runs the benchmark once: `households` households in tambons of about `perTambon`.
    static func run(households total: Int = 1_000_000, perTambon: Int = 40,
                           replicates: Int = HouseholdBootstrap.defaultReplicates, threads: Int = 1) -> Figures {
        var figures = Figures()
        figures.replicates = replicates
        figures.threads = threads
        let t0 = DispatchTime.now().uptimeNanoseconds
        let tambons = generate(total: total, perTambon: perTambon)
        figures.households = tambons.reduce(0) { $0 + $1.households.count }
        figures.tambons = tambons.count
        let c1 = processorSeconds()
        let t1 = DispatchTime.now().uptimeNanoseconds
        let points = IndicatorAggregation.measures(tambons, povertyLine: InequalityMeasures.defaultPovertyLine)
        let t2 = DispatchTime.now().uptimeNanoseconds
        let c2 = processorSeconds()
        let evidence = HouseholdBootstrap.evidence(tambons: tambons, year: 2025, replicates: replicates, threads: threads)
        let t3 = DispatchTime.now().uptimeNanoseconds
        let c3 = processorSeconds()
        figures.pointCPUSeconds = c2 - c1
        figures.evidenceCPUSeconds = c3 - c2
        precondition(points.count == evidence.count, "the bootstrap covers every area the point values do")
        figures.areas = evidence.count
        figures.generateSeconds = Double(t1 - t0) / 1e9
        figures.pointSeconds = Double(t2 - t1) / 1e9
        figures.evidenceSeconds = Double(t3 - t2) / 1e9
        let widths = evidence.filter { $0.area.count == 6 }.compactMap { e -> Double? in
            guard let v = e.measures.s90s10, let w = e.intervals.s90s10?.width else { return nil }
            return w / v
        }.sorted()
        figures.medianRelativeWidthS90S10 = widths.isEmpty ? .nan : widths[widths.count / 2]
        return figures
    }

    /// User and system time of this process so far, all threads.
    static func processorSeconds() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }

    /// Lognormal incomes (median 120,000 baht a household, σ 0.8), 1–7
    /// members, weights 0.5–2.5, one household in 50 with no income.
    static func generate(total: Int, perTambon: Int) -> [(tambon: String, households: [HouseholdIncome])] {
        var random = DemoRandom(seed: 19, key: "bootstrap-benchmark")
        var out: [(tambon: String, households: [HouseholdIncome])] = []
        var made = 0
        let amphoes = 77 * 12
        let tambonsPerAmphoe = max(1, min(99, (total / max(perTambon, 1) + amphoes - 1) / amphoes))
        outer: for province in 10..<87 {
            for amphoe in 1...12 {
                for tambon in 1...tambonsPerAmphoe {
                    guard made < total else { break outer }
                    let spread = max(1, perTambon * 3 / 10)
                    let n = min(total - made, max(1, perTambon + random.int(-spread...spread)))
                    var households: [HouseholdIncome] = []
                    households.reserveCapacity(n)
                    for _ in 0..<n {
                        let income = random.chance(0.02) ? 0 : random.lognormal(median: 120_000, sigma: 0.8).rounded()
                        households.append(HouseholdIncome(members: random.int(1...7), annualIncome: income,
                                                          weight: 0.5 + 2 * random.unit()))
                    }
                    out.append((String(format: "%02d%02d%02d", province, amphoe, tambon), households))
                    made += n
                }
            }
        }
        return out
    }
}
