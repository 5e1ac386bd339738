import XCTest
import EcosystemStore

final class RankDistinctionTests: XCTestCase {
    private func v(_ area: String, _ value: Double, _ low: Double? = nil, _ high: Double?? = nil) -> RankedValue {
        RankedValue(area: area, value: value, interval: low.map { BootstrapInterval(low: $0, high: high ?? value) })
    }

    // Ten tambons by S90/S10 (higher is worse), with their intervals:
    //   A 20 [16, 25]   B 15 [12, 18.5]   C 14 [11, 17]   D 13 [10, 16]   E 12.5 [10.5, 14.5]
    //   F 10 [8.5, 11.5] G 8 [6, 10.2]   H 6 [5, 7]       I 4 [3, 5]      J 3 [2.5, 3.5]
    // C (14, [11, 17]) is 3rd: A and B are higher. Clearly worse than C means a low end above 17:
    // nobody (A's is 16), so C could be 1st. Clearly better means a high end below 11: G (10.2),
    // H, I, J, so C is at worst 10 − 4 = 6th. F's 11.5 overlaps.
    //   → "3rd of 10, not distinguishable from 1st–6th", overlapping A, B, D, E, F.
    private var tambons: [RankedValue] {
        [v("A", 20, 16, 25), v("B", 15, 12, 18.5), v("C", 14, 11, 17), v("D", 13, 10, 16), v("E", 12.5, 10.5, 14.5),
         v("F", 10, 8.5, 11.5), v("G", 8, 6, 10.2), v("H", 6, 5, 7), v("I", 4, 3, 5), v("J", 3, 2.5, 3.5)]
    }

    func testRankAndTheRanksItCannotBeToldFrom() throws {
        let c = try XCTUnwrap(RankDistinction.statement(of: "C", among: tambons, higherIsWorse: true))
        XCTAssertEqual(c.rank, 3)
        XCTAssertEqual(c.of, 10)
        XCTAssertEqual(c.possibleRanks, 1...6)
        XCTAssertEqual(c.overlapping, ["A", "B", "D", "E", "F"])
        XCTAssertFalse(c.isDistinct)

        // H (6, [5, 7]): clearly worse than H are A–F (low ends 16, 12, 11, 10, 10.5, 8.5 above 7)
        // → at best 7th; G (low 6) overlaps. Clearly better: J (3.5 below 5); I's high end 5 touches
        // H's low end, which is not clear → at worst 10 − 1 = 9th.
        let h = try XCTUnwrap(RankDistinction.statement(of: "H", among: tambons, higherIsWorse: true))
        XCTAssertEqual(h.rank, 8)
        XCTAssertEqual(h.possibleRanks, 7...9)
        XCTAssertEqual(h.overlapping, ["G", "I"])
    }

    // Lower is worse (mean income): rank 1 is the poorest.
    func testLowerIsWorse() throws {
        let incomes = [v("X", 30_000, 25_000, 36_000), v("Y", 50_000, 44_000, 57_000), v("Z", 52_000, 45_000, 60_000)]
        let all = RankDistinction.statements(incomes, higherIsWorse: false)
        XCTAssertEqual(all.map(\.area), ["X", "Y", "Z"])
        XCTAssertEqual(all.map(\.rank), [1, 2, 3])
        XCTAssertEqual(all[0].possibleRanks, 1...1)
        XCTAssertTrue(all[0].isDistinct)
        XCTAssertEqual(all[1].possibleRanks, 2...3)
        XCTAssertEqual(all[2].possibleRanks, 2...3)
        XCTAssertEqual(all[2].overlapping, ["Y"])
    }

    // Published values have no interval: they are taken as exact, so two of them always differ
    // unless equal; an interval with no upper end overlaps everything above its low end.
    func testValuesWithoutIntervalsAndOpenEnds() throws {
        let values = [v("P", 10), v("Q", 12), v("R", 12), v("S", 40, 9, .some(nil))]
        let all = RankDistinction.statements(values, higherIsWorse: true)
        XCTAssertEqual(all.map(\.area), ["S", "Q", "R", "P"])
        XCTAssertEqual(all.map(\.rank), [1, 2, 2, 4], "ties share a rank")
        let s = all[0], q = all[1], p = all[3]
        XCTAssertEqual(s.possibleRanks, 1...4)   // [9, ∞) overlaps every other value
        XCTAssertEqual(q.possibleRanks, 1...3)   // equal to R (a common point), below S's open interval, above P
        XCTAssertEqual(q.overlapping, ["S", "R"])
        XCTAssertEqual(p.possibleRanks, 3...4)   // Q and R are exactly above it; S's interval reaches down to 9
        XCTAssertEqual(p.overlapping, ["S"])
        XCTAssertNil(RankDistinction.statement(of: "nowhere", among: values, higherIsWorse: true))
    }
}
