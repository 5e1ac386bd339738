import Foundation
import XCTest
import EcosystemStore

/// A tambon-like sample from a 64-bit LCG (reproducible without the store's
/// generator): lognormal-ish incomes from the product of uniforms, 1–7
/// members, weights 0.5–2.5 when `weighted`.
func syntheticHouseholds(_ count: Int, seed: UInt64, weighted: Bool = true, zeroEvery: Int = 0,
                         scale: Double = 1) -> [HouseholdIncome] {
    var state = seed
    func unit() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }
    return (0..<count).map { i in
        let members = 1 + Int(unit() * 7)
        var income = (20_000 + 400_000 * unit() * unit() * unit()).rounded() * scale
        if zeroEvery > 0, i % zeroEvery == 0 { income = 0 }
        let weight = weighted ? 0.5 + (unit() * 200).rounded() / 100 : 1
        return HouseholdIncome(members: members, annualIncome: income, weight: weight)
    }
}

final class BootstrapTests: XCTestCase {
    private let line = InequalityMeasures.defaultPovertyLine

    // MARK: The percentile rule

    // numpy: np.percentile(np.arange(1000), [2.5, 97.5]) → [24.975, 974.025];
    // np.percentile(np.arange(500), [2.5, 97.5]) → [12.475, 486.525].
    func testPercentileIsNumpysLinearRuleInAnyOrder() throws {
        var thousand = (0..<1000).map(Double.init).shuffled()
        let a = try XCTUnwrap(BootstrapInterval.percentile(&thousand))
        XCTAssertEqual(a.low, 24.975, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(a.high), 974.025, accuracy: 1e-9)

        var fiveHundred = (0..<500).reversed().map(Double.init)
        let b = try XCTUnwrap(BootstrapInterval.percentile(&fiveHundred))
        XCTAssertEqual(b.low, 12.475, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(b.high), 486.525, accuracy: 1e-9)

        // A 90 % interval of 0...100: positions 5 and 95 exactly.
        var hundred = (0...100).map(Double.init).shuffled()
        let c = try XCTUnwrap(BootstrapInterval.percentile(&hundred, confidence: 0.9))
        XCTAssertEqual(c.low, 5, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(c.high), 95, accuracy: 1e-9)

        var constant = Array(repeating: 0.25, count: 500)
        XCTAssertEqual(BootstrapInterval.percentile(&constant), BootstrapInterval(low: 0.25, high: 0.25))
    }

    // More than 2.5 % of the replicates at +∞ (a poorest decile with no income): no upper end.
    func testInfiniteReplicatesLeaveTheUpperEndOpen() throws {
        var values = (0..<970).map(Double.init) + Array(repeating: Double.infinity, count: 30)
        values.shuffle()
        let interval = try XCTUnwrap(BootstrapInterval.percentile(&values))
        XCTAssertEqual(interval.low, 24.975, accuracy: 1e-9)
        XCTAssertNil(interval.high)
        XCTAssertTrue(interval.contains(1e300))
        XCTAssertNil(interval.width)

        // 2 % at +∞ only: position 974.025 still falls among the 980 finite values.
        var fewer = (0..<980).map(Double.init) + Array(repeating: Double.infinity, count: 20)
        fewer.shuffle()
        XCTAssertEqual(try XCTUnwrap(BootstrapInterval.percentile(&fewer)?.high), 974.025, accuracy: 1e-9)
    }

    // Undefined replicates (NaN) are left out; beyond 5 % of them there is no interval.
    func testUndefinedReplicatesAreLeftOutUpToAFloor() throws {
        var some = (0..<960).map(Double.init) + Array(repeating: Double.nan, count: 40)
        some.shuffle()
        let interval = try XCTUnwrap(BootstrapInterval.percentile(&some))
        // 960 defined: positions 959·0.025 = 23.975 and 959·0.975 = 935.025.
        XCTAssertEqual(interval.low, 23.975, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(interval.high), 935.025, accuracy: 1e-9)

        var many = (0..<940).map(Double.init) + Array(repeating: Double.nan, count: 60)
        XCTAssertNil(BootstrapInterval.percentile(&many))
        var none: [Double] = []
        XCTAssertNil(BootstrapInterval.percentile(&none))
    }

    // MARK: One sample

    func testIntervalsContainTheValuesAndAreReproducible() throws {
        let households = syntheticHouseholds(40, seed: 7)
        let seed = HouseholdBootstrap.seed(area: "560307", year: 2025)
        let m = InequalityMeasures.compute(households)
        let intervals = HouseholdBootstrap.intervals(households, seed: seed)
        XCTAssertEqual(intervals.replicates, 500)
        XCTAssertEqual(intervals.confidence, 0.95)
        for id in InequalityMeasures.indicatorIDs {
            let value = try XCTUnwrap(m.value(indicator: id), id)
            let interval = try XCTUnwrap(intervals[indicator: id], id)
            XCTAssertTrue(interval.contains(value), "\(id): \(value) outside \(interval)")
            XCTAssertGreaterThan(try XCTUnwrap(interval.width, id), 0, id)
        }
        // The same data give the same intervals, in any row order.
        XCTAssertEqual(HouseholdBootstrap.intervals(households, seed: seed), intervals)
        XCTAssertEqual(HouseholdBootstrap.intervals(households.reversed(), seed: seed), intervals)
        XCTAssertEqual(HouseholdBootstrap.intervals(households.shuffled(), seed: seed), intervals)
        // Another year's stream gives other draws, of the same spread.
        let other = HouseholdBootstrap.intervals(households, seed: HouseholdBootstrap.seed(area: "560307", year: 2024))
        XCTAssertNotEqual(other, intervals)
        let width = try XCTUnwrap(intervals.gini?.width), otherWidth = try XCTUnwrap(other.gini?.width)
        XCTAssertEqual(otherWidth / width, 1, accuracy: 0.3)
    }

    // The seed is a pure function of the code and the year (FNV-1a, then
    // SplitMix64's finaliser), checked against an independent Python
    // computation: it cannot drift between machines or Swift versions.
    func testSeedIsAStableHashOfAreaAndYear() {
        XCTAssertEqual(HouseholdBootstrap.seed(area: "560307", year: 2025), 5_318_730_224_140_194_753)
        XCTAssertEqual(HouseholdBootstrap.seed(area: "560307", year: 2024), 15_854_018_881_116_292_463)
    }

    // The bits of an interval do not depend on the run: a value written on one
    // laptop is the value recomputed on another (x86-64 figures).
    func testIntervalsAreTheSameOnEveryRun() throws {
        let households = syntheticHouseholds(40, seed: 7)
        let intervals = HouseholdBootstrap.intervals(households, seed: HouseholdBootstrap.seed(area: "560307", year: 2025))
        let gini = try XCTUnwrap(intervals.gini)
        XCTAssertEqual(gini.low, Self.recordedGini.low, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(gini.high), Self.recordedGini.high, accuracy: 1e-12)
    }
    static let recordedGini = (low: 0.403008092597727, high: 0.5558777163261474)

    // Four times the households, about half the width (the spread of an estimate falls as 1/√n).
    func testLargerSamplesGiveNarrowerIntervals() throws {
        let seed = HouseholdBootstrap.seed(area: "560101", year: 2025)
        let small = HouseholdBootstrap.intervals(syntheticHouseholds(40, seed: 11), seed: seed)
        let large = HouseholdBootstrap.intervals(syntheticHouseholds(640, seed: 11), seed: seed)
        for id in ["gini", "poverty_headcount", "mean_income"] {
            let ratio = try XCTUnwrap(large[indicator: id]?.width) / XCTUnwrap(small[indicator: id]?.width)
            XCTAssertLessThan(ratio, 0.5, id)
            XCTAssertGreaterThan(ratio, 0.1, id)
        }
    }

    // Undefined values have no interval; equal incomes have a zero-width one.
    func testUndefinedAndDegenerateValues() throws {
        let seed = HouseholdBootstrap.seed(area: "560101", year: 2025)
        // A poorest decile with no income: S90/S10 undefined, so no interval; Palma still has one.
        let zeros = (0..<4).map { _ in HouseholdIncome(members: 1, annualIncome: 0) }
            + (0..<36).map { HouseholdIncome(members: 1, annualIncome: 50_000 + Double($0) * 1_000) }
        let m = InequalityMeasures.compute(zeros)
        XCTAssertNil(m.s90s10)
        let z = HouseholdBootstrap.intervals(zeros, seed: seed)
        XCTAssertNil(z.s90s10)
        XCTAssertTrue(try XCTUnwrap(z.palma).contains(XCTUnwrap(m.palma)))

        // Everyone at 40,000 per person: no inequality and no poverty in any replicate.
        let equal = (1...35).map { HouseholdIncome(members: 1 + $0 % 4, annualIncome: 40_000 * Double(1 + $0 % 4)) }
        let e = HouseholdBootstrap.intervals(equal, seed: seed)
        XCTAssertEqual(e.gini, BootstrapInterval(low: 0, high: 0))
        XCTAssertEqual(e.povertyHeadcount, BootstrapInterval(low: 0, high: 0))
        XCTAssertEqual(try XCTUnwrap(e.s90s10?.low), 1, accuracy: 1e-5)
        XCTAssertEqual(try XCTUnwrap(e.meanIncome?.high), 40_000, accuracy: 0.5)

        // No usable household: nothing at all.
        let none = HouseholdBootstrap.intervals([HouseholdIncome(members: 0, annualIncome: 1)], seed: seed)
        XCTAssertNil(none.gini)
        XCTAssertNil(none.meanIncome)
    }

    // MARK: Tambons, amphoes and provinces

    private func survey() -> [(tambon: String, households: [HouseholdIncome])] {
        var tambons: [(tambon: String, households: [HouseholdIncome])] = []
        var seed: UInt64 = 100
        for province in ["56", "95"] {
            for amphoe in ["01", "02"] {
                for tambon in ["01", "02", "03"] {
                    seed += 1
                    let count = tambon == "03" ? 25 : 45
                    tambons.append((province + amphoe + tambon, syntheticHouseholds(count, seed: seed, scale: province == "95" ? 0.6 : 1)))
                }
            }
        }
        return tambons
    }

    func testEvidenceCoversEveryLevelWithThePointValuesAsStored() throws {
        let tambons = survey()
        let evidence = HouseholdBootstrap.evidence(tambons: tambons.shuffled(), year: 2025)
        XCTAssertEqual(evidence.map(\.area), [
            "560101", "560102", "560103", "560201", "560202", "560203",
            "950101", "950102", "950103", "950201", "950202", "950203",
            "5601", "5602", "9501", "9502", "56", "95",
        ])
        // The point values are InequalityMeasures' own: the tambon's, and the pooled ones above.
        XCTAssertEqual(evidence[0].measures, InequalityMeasures.compute(tambons[0].households))
        let amphoe = try XCTUnwrap(evidence.first { $0.area == "5601" })
        XCTAssertEqual(amphoe.measures, InequalityMeasures.compute(pooling: tambons[0..<3].map(\.households)))
        XCTAssertEqual(amphoe.measures.households, 45 + 45 + 25)
        let province = try XCTUnwrap(evidence.first { $0.area == "95" })
        XCTAssertEqual(province.measures.households, 2 * (45 + 45 + 25))

        // Small samples are flagged on the value (25 households), not on the amphoe above.
        let small = try XCTUnwrap(evidence.first { $0.area == "560103" })
        XCTAssertEqual(small.households, 25)
        XCTAssertTrue(small.smallSample)
        XCTAssertFalse(try XCTUnwrap(evidence.first { $0.area == "560101" }).smallSample)
        XCTAssertFalse(amphoe.smallSample)

        for e in evidence {
            for id in InequalityMeasures.indicatorIDs {
                guard let value = e.measures.value(indicator: id) else { continue }
                let interval = try XCTUnwrap(e.intervals[indicator: id], "\(e.area) \(id)")
                XCTAssertTrue(interval.contains(value), "\(e.area) \(id): \(value) outside \(interval)")
            }
        }
        // Pooling narrows: the province's Gini interval is narrower than any of its tambons'.
        let provinceWidth = try XCTUnwrap(province.intervals.gini?.width)
        for e in evidence where e.area.hasPrefix("95") && e.area.count == 6 {
            XCTAssertLessThan(provinceWidth, try XCTUnwrap(e.intervals.gini?.width), e.area)
        }
    }

    // A tambon's interval is the same computed alone, with the country, or on two threads.
    func testEvidenceDoesNotDependOnWhatIsComputedWithIt() throws {
        let tambons = survey()
        let all = HouseholdBootstrap.evidence(tambons: tambons, year: 2025)
        XCTAssertEqual(HouseholdBootstrap.evidence(tambons: tambons, year: 2025, threads: 2), all)
        let alone = HouseholdBootstrap.evidence(tambons: [tambons[4]], year: 2025)
        XCTAssertEqual(alone.first?.area, "560202")
        XCTAssertEqual(alone.first?.intervals, all.first { $0.area == "560202" }?.intervals)
        XCTAssertEqual(alone.first?.intervals,
                       HouseholdBootstrap.intervals(tambons[4].households, seed: HouseholdBootstrap.seed(area: "560202", year: 2025)))
        // An amphoe computed on its own, from its tambons, is the same as in the whole survey.
        let amphoe = HouseholdBootstrap.evidence(tambons: Array(tambons[3..<6]), year: 2025).first { $0.area == "5602" }
        XCTAssertEqual(amphoe, all.first { $0.area == "5602" })
        // Another year: other draws.
        XCTAssertNotEqual(HouseholdBootstrap.evidence(tambons: tambons, year: 2024).first?.intervals, all.first?.intervals)
    }

    func testReplicateCountsThatDoNotFillTheLastPass() throws {
        let households = syntheticHouseholds(33, seed: 3)
        let seed = HouseholdBootstrap.seed(area: "950101", year: 2025)
        for replicates in [1, 3, 501, 1_000] {
            let intervals = HouseholdBootstrap.intervals(households, seed: seed, replicates: replicates)
            XCTAssertEqual(intervals.replicates, replicates)
            let value = try XCTUnwrap(InequalityMeasures.compute(households).gini)
            XCTAssertTrue(try XCTUnwrap(intervals.gini).contains(value), "\(replicates)")
        }
    }
}
