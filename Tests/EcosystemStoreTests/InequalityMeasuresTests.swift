import Foundation
import XCTest
import EcosystemStore

final class InequalityMeasuresTests: XCTestCase {
    private func h(_ members: Int, _ income: Double, weight: Double = 1) -> HouseholdIncome {
        HouseholdIncome(members: members, annualIncome: income, weight: weight)
    }

    private func assertClose(
        _ actual: Double?, _ expected: Double, relative: Double = 1e-12,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let actual else { return XCTFail("expected \(expected), got nil", file: file, line: line) }
        XCTAssertEqual(actual, expected, accuracy: max(abs(expected) * relative, 1e-15), file: file, line: line)
    }

    // Three households, unweighted, 10 persons; p = 0.1 and p = 0.4 and p = 0.9 all fall inside a household.
    //   h1: 2 members,  20 000 → 10 000 pc     h2: 3 members, 90 000 → 30 000 pc
    //   h3: 5 members, 500 000 → 100 000 pc    total persons 10, total income 610 000
    // Lorenz points: (0,0) (0.2, 20/610) (0.5, 110/610) (1, 1)
    //   L(0.1) = ½·20/610 = 10/610
    //   L(0.4) = 20/610 + (0.2/0.3)·90/610 = 80/610
    //   L(0.9) = 110/610 + (0.4/0.5)·500/610 = 510/610  → 1 − L(0.9) = 100/610
    //   s90s10 = 100/10 = 10;  palma = 100/80 = 1.25
    //   gini = 1 − [0.2·20 + 0.3·(20+110) + 0.5·(110+610)]/610 = 1 − 403/610 = 207/610
    //   mean = 610 000/10 = 61 000; poor (< 38 000): h1 + h2 = 5 of 10 persons → 0.5
    private var straddling: [HouseholdIncome] { [h(5, 500_000), h(2, 20_000), h(3, 90_000)] }

    private func assertStraddlingValues(_ m: InequalityMeasures, file: StaticString = #filePath, line: UInt = #line) {
        assertClose(m.persons, 10, file: file, line: line)
        assertClose(m.meanIncome, 61_000, file: file, line: line)
        assertClose(m.s90s10, 10, file: file, line: line)
        assertClose(m.palma, 1.25, file: file, line: line)
        assertClose(m.gini, 207.0 / 610.0, file: file, line: line)
        assertClose(m.povertyHeadcount, 0.5, file: file, line: line)
    }

    func testHouseholdStraddlingTheDecileBoundaries() {
        let m = InequalityMeasures.compute(straddling)
        XCTAssertEqual(m.households, 3)
        XCTAssertEqual(m.skippedHouseholds, 0)
        XCTAssertTrue(m.smallSample)
        XCTAssertEqual(m.povertyLine, 38_000)
        assertStraddlingValues(m)

        let curve = LorenzCurve(straddling)
        assertClose(curve.incomeShare(atPopulationShare: 0.1), 10.0 / 610.0)
        assertClose(curve.incomeShare(atPopulationShare: 0.4), 80.0 / 610.0)
        assertClose(curve.incomeShare(atPopulationShare: 0.9), 510.0 / 610.0)
        XCTAssertEqual(curve.incomeShare(atPopulationShare: 0), 0)
        XCTAssertEqual(curve.incomeShare(atPopulationShare: 1), 1)
        XCTAssertEqual(curve.populationShares, [0, 0.2, 0.5, 1])
        XCTAssertEqual(curve.perCapitaIncomes, [10_000, 30_000, 100_000])
    }

    // Same population as `straddling`, but the two persons of h1 come from one
    // single-person household with weight 2: per-capita 10 000, person weight 1·2 = 2,
    // weighted income 10 000·2 = 20 000 — identical Lorenz points, so identical values.
    func testWeightsCountPersons() {
        let weighted = [h(1, 10_000, weight: 2), h(3, 90_000), h(5, 500_000)]
        let m = InequalityMeasures.compute(weighted)
        XCTAssertEqual(m.households, 3)
        assertStraddlingValues(m)

        // And equal to listing that household twice.
        let duplicated = [h(1, 10_000), h(1, 10_000), h(3, 90_000), h(5, 500_000)]
        let d = InequalityMeasures.compute(duplicated)
        XCTAssertEqual(d.households, 4)
        assertStraddlingValues(d)
    }

    // Fractional weights: h1 (1 member, 10 000, w 0.5) and h2 (1 member, 30 000, w 1.5).
    //   persons 0.5 + 1.5 = 2; income 5 000 + 45 000 = 50 000; mean 25 000
    //   points (0,0) (0.25, 0.1) (1,1)
    //   L(0.1) = 0.4·0.1 = 0.04; L(0.4) = 0.1 + (0.15/0.75)·0.9 = 0.28; L(0.9) = 0.1 + (0.65/0.75)·0.9 = 0.88
    //   s90s10 = 0.12/0.04 = 3; palma = 0.12/0.28 = 3/7
    //   gini = 1 − [0.25·0.1 + 0.75·1.1] = 1 − 0.85 = 0.15
    func testFractionalWeights() {
        let m = InequalityMeasures.compute([h(1, 30_000, weight: 1.5), h(1, 10_000, weight: 0.5)], povertyLine: 20_000)
        assertClose(m.persons, 2)
        assertClose(m.meanIncome, 25_000)
        assertClose(m.s90s10, 3)
        assertClose(m.palma, 3.0 / 7.0)
        assertClose(m.gini, 0.15)
        assertClose(m.povertyHeadcount, 0.25)
    }

    // Four one-person households 0, 0, 100, 300 (total 400).
    //   points (0,0) (0.25,0) (0.5,0) (0.75,0.25) (1,1)
    //   L(0.1) = 0 → s90s10 nil; L(0.4) = 0 → palma nil
    //   gini = 1 − [0 + 0 + 0.25·0.25 + 0.25·1.25] = 1 − 0.375 = 0.625
    //   poverty: default line → all 4 poor; line 100 is strict → only the two zeros → 0.5
    func testZeroIncomesMakeRatiosUndefined() {
        let households = [h(1, 300), h(1, 0), h(1, 100), h(1, 0)]
        let m = InequalityMeasures.compute(households)
        XCTAssertNil(m.s90s10)
        XCTAssertNil(m.palma)
        assertClose(m.gini, 0.625)
        assertClose(m.meanIncome, 100)
        assertClose(m.povertyHeadcount, 1)
        assertClose(InequalityMeasures.compute(households, povertyLine: 100).povertyHeadcount, 0.5)
    }

    // Ten one-person households: one at 0, nine at 10 (total 90).
    //   L(0.1) = 0 → s90s10 nil; L(0.4) = 30/90; 1 − L(0.9) = 10/90 → palma = 1/3
    func testPalmaDefinedWhileS90S10IsNot() {
        let households = [h(1, 0)] + Array(repeating: h(1, 10), count: 9)
        let m = InequalityMeasures.compute(households)
        XCTAssertNil(m.s90s10)
        assertClose(m.palma, 1.0 / 3.0)
    }

    func testAllIncomesZero() {
        let m = InequalityMeasures.compute([h(2, 0), h(3, 0)])
        XCTAssertEqual(m.households, 2)
        assertClose(m.persons, 5)
        XCTAssertEqual(m.meanIncome, 0)
        XCTAssertNil(m.gini)
        XCTAssertNil(m.s90s10)
        XCTAssertNil(m.palma)
        XCTAssertEqual(m.povertyHeadcount, 1)
        XCTAssertNil(LorenzCurve([h(2, 0)]).incomeShare(atPopulationShare: 0.5))
        XCTAssertNil(LorenzCurve([h(2, 0)]).incomeShares)
    }

    func testNoHouseholds() {
        let m = InequalityMeasures.compute([HouseholdIncome]())
        XCTAssertEqual(m.households, 0)
        XCTAssertEqual(m.persons, 0)
        XCTAssertTrue(m.smallSample)
        XCTAssertNil(m.meanIncome)
        XCTAssertNil(m.gini)
        XCTAssertNil(m.s90s10)
        XCTAssertNil(m.palma)
        XCTAssertNil(m.povertyHeadcount)
        XCTAssertNil(LorenzCurve([HouseholdIncome]()).incomeShare(atPopulationShare: 0.5))
        XCTAssertEqual(LorenzCurve([HouseholdIncome]()).populationShares, [])
    }

    // Records that break the input contract are skipped, not fatal; with only those
    // the result is the same as for no households.
    func testInvalidRecordsAreSkipped() {
        let bad = [h(0, 1_000), h(2, -5), h(2, .nan), h(2, 1_000, weight: 0), h(2, 1_000, weight: -1),
                   h(2, .infinity), h(2, 1_000, weight: .infinity)]
        let onlyBad = InequalityMeasures.compute(bad)
        XCTAssertEqual(onlyBad.households, 0)
        XCTAssertEqual(onlyBad.skippedHouseholds, bad.count)
        XCTAssertNil(onlyBad.gini)
        XCTAssertNil(onlyBad.povertyHeadcount)

        let mixed = InequalityMeasures.compute(bad + straddling)
        XCTAssertEqual(mixed.households, 3)
        XCTAssertEqual(mixed.skippedHouseholds, bad.count)
        assertStraddlingValues(mixed)
    }

    // One household: L(p) = p, the diagonal.
    //   s90s10 = 0.1/0.1 = 1; palma = 0.1/0.4 = 0.25; gini = 1 − 1·(0 + 1) = 0
    //   per capita 100 000/4 = 25 000 < 38 000 → everyone poor
    func testSingleHousehold() {
        let m = InequalityMeasures.compute([h(4, 100_000, weight: 3)])
        XCTAssertEqual(m.households, 1)
        assertClose(m.persons, 12)
        assertClose(m.meanIncome, 25_000)
        assertClose(m.s90s10, 1)
        assertClose(m.palma, 0.25)
        XCTAssertEqual(m.gini, 0)
        XCTAssertEqual(m.povertyHeadcount, 1)
    }

    // 50 households of varied size and weight, all at 40 000 per person: the
    // Lorenz curve is the diagonal again → gini 0, s90s10 1, palma 0.25, nobody poor.
    func testAllEqualPerCapitaIncomes() {
        let households = (0..<50).map { (i: Int) -> HouseholdIncome in
            let members = 1 + i % 6
            let weight = 0.5 + Double(i % 4)
            return h(members, 40_000 * Double(members), weight: weight)
        }
        let m = InequalityMeasures.compute(households)
        XCTAssertEqual(m.households, 50)
        XCTAssertFalse(m.smallSample)
        XCTAssertEqual(m.gini ?? -1, 0, accuracy: 1e-12)
        assertClose(m.s90s10, 1, relative: 1e-12)
        assertClose(m.palma, 0.25, relative: 1e-12)
        assertClose(m.meanIncome, 40_000)
        XCTAssertEqual(m.povertyHeadcount, 0)
    }

    func testSmallSampleThreshold() {
        XCTAssertTrue(InequalityMeasures.compute(Array(repeating: h(1, 1), count: 29)).smallSample)
        XCTAssertFalse(InequalityMeasures.compute(Array(repeating: h(1, 1), count: 30)).smallSample)
    }

    // Two groups of two one-person households each.
    //   For two one-person households a < b: L(0.1) = 0.2a/(a+b), 1 − L(0.9) = 0.2b/(a+b) → s90s10 = b/a.
    //   A = {10 000, 30 000} → 3;  B = {50 000, 150 000} → 3;  average of the ratios: 3.
    //   Pooled {10, 30, 50, 150} (thousands, total 240): points (0.25, 10/240) (0.5, 40/240) (0.75, 90/240) (1,1)
    //   L(0.1) = 0.4·10/240 = 4/240; L(0.9) = 90/240 + 0.6·150/240 = 180/240 → s90s10 = 60/4 = 15.
    func testPooledValueIsNotTheAverageOfGroupValues() {
        let a = [h(1, 10_000), h(1, 30_000)]
        let b = [h(1, 150_000), h(1, 50_000)]
        let groupA = InequalityMeasures.compute(a)
        let groupB = InequalityMeasures.compute(b)
        assertClose(groupA.s90s10, 3)
        assertClose(groupB.s90s10, 3)

        let pooled = InequalityMeasures.compute(a + b)
        assertClose(pooled.s90s10, 15)
        XCTAssertNotEqual(pooled.s90s10!, (groupA.s90s10! + groupB.s90s10!) / 2, accuracy: 1)

        // Every pooling entry point gives the same answer.
        XCTAssertEqual(InequalityMeasures.compute(pooling: [a, b]), pooled)
        XCTAssertEqual(InequalityMeasures.compute([a, b].joined()), pooled)
        XCTAssertEqual(InequalityMeasures.compute(a.lazy.map { $0 } + b), pooled)
    }

    // Independent reference: numpy, on 200 households from a 64-bit LCG
    // (Knuth's MMIX constants), reproduced here bit for bit. The Python used:
    //
    //   import numpy as np
    //   M = 2**64
    //   s = 20240601
    //   def nxt():
    //       global s
    //       s = (s * 6364136223846793005 + 1442695040888963407) % M
    //       return s
    //   mem, inc, w = [], [], []
    //   for i in range(200):
    //       a = nxt(); b = nxt(); c = nxt()
    //       mem.append(1 + (a >> 33) % 7)
    //       base = (b >> 24) % 2_000_000
    //       mult = 1 + (b >> 60) % 4
    //       inc.append(0.0 if (c >> 59) == 0 else float(base * mult))
    //       w.append(0.5 + ((c >> 40) % 151) / 100)
    //   mem = np.array(mem, dtype=float); inc = np.array(inc); w = np.array(w)
    //   pc = inc / mem; pw = mem * w; y = inc * w
    //   o = np.argsort(pc, kind='stable')
    //   P = np.concatenate(([0.0], np.cumsum(pw[o]))); P /= P[-1]
    //   L = np.concatenate(([0.0], np.cumsum(y[o]))); L /= L[-1]
    //   Lp = lambda p: np.interp(p, P, L)
    //   gini = 1 - np.sum(np.diff(P) * (L[1:] + L[:-1]))
    //   print(pw.sum(), y.sum() / pw.sum(), gini, (1 - Lp(0.9)) / Lp(0.1),
    //         (1 - Lp(0.9)) / Lp(0.4), pw[pc < 38000].sum() / pw.sum())
    //
    // (numpy 2.4.6; 14 of the 200 incomes are zero.)
    func testAgainstNumpyReference() {
        var state: UInt64 = 20_240_601
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        var households = [HouseholdIncome]()
        for _ in 0..<200 {
            let a = next(), b = next(), c = next()
            let members = 1 + Int((a >> 33) % 7)
            let base = (b >> 24) % 2_000_000
            let mult = 1 + (b >> 60) % 4
            let income = (c >> 59) == 0 ? 0 : Double(base * mult)
            let weight = 0.5 + Double((c >> 40) % 151) / 100
            households.append(HouseholdIncome(members: members, annualIncome: income, weight: weight))
        }
        XCTAssertEqual(households.first, HouseholdIncome(members: 2, annualIncome: 2_160_284, weight: 1.96))
        XCTAssertEqual(households.last, HouseholdIncome(members: 7, annualIncome: 2_209_978, weight: 1.78))
        XCTAssertEqual(households.filter { $0.annualIncome == 0 }.count, 14)

        let m = InequalityMeasures.compute(households)
        XCTAssertEqual(m.households, 200)
        XCTAssertFalse(m.smallSample)
        assertClose(m.persons, 1001.32, relative: 1e-9)
        assertClose(m.meanIncome, 591_811.0589122358, relative: 1e-9)
        assertClose(m.gini, 0.496522964215405, relative: 1e-9)
        assertClose(m.s90s10, 137.56477132622115, relative: 1e-9)
        assertClose(m.palma, 3.6850417590931994, relative: 1e-9)
        assertClose(m.povertyHeadcount, 0.0879439140334758, relative: 1e-9)
    }
}
