import BootstrapReplicates

/// The households of a group of tambons laid out for the bootstrap, with
/// the code and point values of each area whose intervals are wanted.
///
/// The replicate loop itself (`ReplicateDesign`, `ReplicateWorkspace`,
/// `BootstrapKernel`) lives in the module `BootstrapReplicates`, which is
/// compiled with optimisation in every build: unoptimised, the loop is a
/// hundred times slower (540 ns instead of 5 per household and replicate),
/// and the debug builds that run the tests and `swift run tisep` compute
/// the demo's intervals on their first run.
struct BootstrapSample {
    var design = ReplicateDesign()
    /// Per pool: its code and its point values (computed by `InequalityMeasures`, exactly as stored).
    var areas: [String] = []
    var measures: [InequalityMeasures] = []

    var perCapita: [Double] { design.perCapita }
    var persons: [Float] { design.persons }
    var income: [Float] { design.income }
    var strata: [ReplicateDesign.Stratum] { design.strata }

    /// Appends a tambon's usable households, sorted by per-capita income and
    /// then by weighted persons and income, so that the draws (indices into
    /// this order) depend on the households, not on the order they came in.
    mutating func addStratum(_ households: [HouseholdIncome], random: DemoRandom) {
        var entries: [(perCapita: Double, persons: Double, income: Double)] = []
        entries.reserveCapacity(households.count)
        for h in households where h.isUsable {
            entries.append((h.perCapitaIncome, h.personWeight, h.annualIncome * h.weight))
        }
        design.addStratum(entries, random: ReplicateRandom(state: random.state))
    }

    /// Declares an area made of the strata `range` with its point values.
    mutating func addPool(area: String, strata range: Range<Int>, measures pointValues: InequalityMeasures) {
        areas.append(area)
        measures.append(pointValues)
        design.addPool(strata: range, povertyLine: pointValues.povertyLine)
    }
}

/// Runs the replicates of a `BootstrapSample` and turns them into
/// intervals. One workspace per thread (its buffers are reused).
struct BootstrapWorkspace {
    private var replicateWorkspace = ReplicateWorkspace()

    mutating func intervals(of sample: inout BootstrapSample, replicates: Int, confidence: Double) -> [MeasureIntervals] {
        let stats = BootstrapKernel.statistics
        let measures = sample.measures
        return replicateWorkspace.run(&sample.design, replicates: replicates) { values in
            measures.enumerated().map { p, m in
                func interval(_ s: Int, _ point: Double?) -> BootstrapInterval? {
                    guard let point else { return nil }
                    let base = values + (p * stats + s) * replicates
                    return BootstrapInterval.percentile(base, count: replicates, confidence: confidence)?.including(point)
                }
                return MeasureIntervals(
                    s90s10: interval(BootstrapKernel.s90s10, m.s90s10),
                    palma: interval(BootstrapKernel.palma, m.palma),
                    gini: interval(BootstrapKernel.gini, m.gini),
                    povertyHeadcount: interval(BootstrapKernel.povertyHeadcount, m.povertyHeadcount),
                    meanIncome: interval(BootstrapKernel.meanIncome, m.meanIncome),
                    replicates: replicates, confidence: confidence)
            }
        }
    }
}
