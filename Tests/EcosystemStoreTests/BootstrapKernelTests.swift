import XCTest
import BootstrapReplicates
@testable import EcosystemStore

/// The sorted-index trick: a replicate given as draw counts over the sorted
/// sample must give exactly the measures of the drawn households listed out.
final class BootstrapKernelTests: XCTestCase {
    func testCountsGiveTheMeasuresOfTheDrawnHouseholds() throws {
        // 37 households (an odd count: the pass's last single step), 5 of them with no income.
        let households = syntheticHouseholds(37, seed: 5, zeroEvery: 8)
        var sample = BootstrapSample()
        sample.addStratum(households.shuffled(), random: DemoRandom(seed: 1))
        // The sample's order: per-capita income, then weighted persons and income.
        let sorted = households.sorted {
            ($0.perCapitaIncome, $0.personWeight, $0.annualIncome * $0.weight)
                < ($1.perCapitaIncome, $1.personWeight, $1.annualIncome * $1.weight)
        }
        let n = sorted.count
        XCTAssertEqual(sample.perCapita, sorted.map(\.perCapitaIncome))

        // Four replicates, one per lane.
        var lcg: UInt64 = 42
        var drawn = Array(repeating: Int32(0), count: n)
        for _ in 0..<n {
            lcg = lcg &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            drawn[Int((lcg >> 33) % UInt64(n))] += 1
        }
        let zeroIncome = sorted.indices.filter { sorted[$0].annualIncome == 0 }
        var poorestHeavy = Array(repeating: Int32(1), count: n)
        for i in zeroIncome { poorestHeavy[i] = 4 }                // the no-income households fill the poorest decile
        var single = Array(repeating: Int32(0), count: n)
        single[n / 2] = Int32(n)                                     // one household drawn n times
        let lanes = [Array(repeating: Int32(1), count: n), drawn, poorestHeavy, single]

        var counts = Array(repeating: Int32(0), count: 4 * n)
        for i in 0..<n { for l in 0..<4 { counts[4 * i + l] = lanes[l][i] } }
        let line = InequalityMeasures.defaultPovertyLine
        let poorCount = sorted.prefix { $0.perCapitaIncome < line }.count
        var cumP = Array(repeating: SIMD4<Float>(), count: n), cumY = cumP
        var out = Array(repeating: 0.0, count: 5 * 4)
        sample.persons.withUnsafeBufferPointer { ps in
            sample.income.withUnsafeBufferPointer { ys in
                BootstrapKernel.replicates(persons: ps.baseAddress!, income: ys.baseAddress!, counts: counts, count: n,
                                           poorCount: poorCount, cumulativePersons: &cumP, cumulativeIncome: &cumY,
                                           out: &out, stride: 4, usedLanes: 4)
            }
        }

        for l in 0..<4 {
            let expanded = sorted.indices.flatMap { Array(repeating: sorted[$0], count: Int(lanes[l][$0])) }
            let m = InequalityMeasures.compute(expanded)
            func check(_ s: Int, _ expected: Double?, _ name: String) {
                let got = out[s * 4 + l]
                guard let expected else { return XCTAssertEqual(got, .infinity, "lane \(l) \(name)") }
                // Single precision in the replicates.
                XCTAssertEqual(got, expected, accuracy: max(abs(expected) * 2e-5, 1e-6), "lane \(l) \(name)")
            }
            check(BootstrapKernel.s90s10, m.s90s10, "s90s10")
            check(BootstrapKernel.palma, m.palma, "palma")
            check(BootstrapKernel.gini, m.gini, "gini")
            check(BootstrapKernel.povertyHeadcount, m.povertyHeadcount, "poverty")
            check(BootstrapKernel.meanIncome, m.meanIncome, "mean")
        }
        // The lanes meant to test the edges do: no income in the poorest decile, and perfect equality.
        XCTAssertEqual(out[BootstrapKernel.s90s10 * 4 + 2], .infinity)
        XCTAssertEqual(out[BootstrapKernel.gini * 4 + 3], 0)
        XCTAssertEqual(out[BootstrapKernel.s90s10 * 4 + 3], 1, accuracy: 1e-5)
    }

    // Large pooled samples take the binary search for the decile points.
    func testLargeSamplesTakeTheSameDecilePoints() throws {
        let households = syntheticHouseholds(700, seed: 9, zeroEvery: 50)
        var sample = BootstrapSample()
        sample.addStratum(households, random: DemoRandom(seed: 1))
        let n = households.count
        let counts = Array(repeating: Int32(1), count: 4 * n)
        let poorCount = sample.perCapita.prefix { $0 < InequalityMeasures.defaultPovertyLine }.count
        var cumP = Array(repeating: SIMD4<Float>(), count: n), cumY = cumP
        var out = Array(repeating: 0.0, count: 5 * 4)
        sample.persons.withUnsafeBufferPointer { ps in
            sample.income.withUnsafeBufferPointer { ys in
                BootstrapKernel.replicates(persons: ps.baseAddress!, income: ys.baseAddress!, counts: counts, count: n,
                                           poorCount: poorCount, cumulativePersons: &cumP, cumulativeIncome: &cumY,
                                           out: &out, stride: 4, usedLanes: 4)
            }
        }
        let m = InequalityMeasures.compute(households)
        for l in 0..<4 {
            XCTAssertEqual(out[BootstrapKernel.s90s10 * 4 + l], try XCTUnwrap(m.s90s10), accuracy: try XCTUnwrap(m.s90s10) * 1e-4)
            XCTAssertEqual(out[BootstrapKernel.palma * 4 + l], try XCTUnwrap(m.palma), accuracy: try XCTUnwrap(m.palma) * 1e-4)
            XCTAssertEqual(out[BootstrapKernel.gini * 4 + l], try XCTUnwrap(m.gini), accuracy: 1e-4)
        }
    }

    // The intervals are looked up by the ids the recompute stores the values under.
    func testIndicatorIDsAreTheStoredOnes() {
        let m = InequalityMeasures.compute(syntheticHouseholds(40, seed: 1))
        XCTAssertEqual(IndicatorAggregation.values(of: m).map(\.0), InequalityMeasures.indicatorIDs)
        for (id, value) in IndicatorAggregation.values(of: m) { XCTAssertEqual(m.value(indicator: id), value, id) }
    }

    // The replicate loop's generator is the demo's, step for step: the
    // streams seeded per tambon and year are the documented ones.
    func testTheReplicateGeneratorIsTheDemoGenerator() {
        for seed: UInt64 in [0, 1, 2568, HouseholdBootstrap.seed(area: "560307", year: 2025)] {
            var demo = DemoRandom(seed: seed)
            var fast = ReplicateRandom(state: seed)
            for _ in 0..<1_000 { XCTAssertEqual(demo.next(), fast.next()) }
        }
    }
}
