import XCTest
import EcosystemStore

final class TrendTests: XCTestCase {
    private func trend(_ pairs: [(Int, Double?)]) -> Trend {
        Trend(pairs.map { (year: $0.0, value: $0.1) })
    }

    // Values 10, 13.5, 17: 10 is the lowest glyph, 17 the highest, 13.5 half-way: (3.5/7)·7 = 3.5 → 4 (▅).
    func testSparklineSpansLowestToHighest() {
        let t = trend([(2022, 10), (2023, 13.5), (2024, 17)])
        XCTAssertEqual(t.sparkline(), "▁▅█")
        XCTAssertEqual(t.sparkline(glyphs: Trend.ascii), "_+@")
        // Years come in any order.
        XCTAssertEqual(trend([(2024, 17), (2022, 10), (2023, 13.5)]).sparkline(), "▁▅█")
    }

    // A missing year, an undefined value and a non-number are gaps, kept in their place.
    func testGapsStayInPlace() {
        let t = trend([(2020, 1), (2021, nil), (2023, 8), (2024, .nan), (2025, 4.5)])
        XCTAssertEqual(t.sparkline(), "▁  █ ▅")
        XCTAssertEqual(t.sparkline(gap: "·"), "▁··█·▅")
        XCTAssertEqual(t.latest?.year, 2025)
        XCTAssertEqual(t.latest?.value, 4.5)
    }

    func testFlatEmptyAndSharedScale() {
        XCTAssertEqual(trend([(2023, 0.3), (2024, 0.3), (2025, 0.3)]).sparkline(), "▄▄▄")
        XCTAssertEqual(trend([(2025, 7)]).sparkline(), "▄")
        XCTAssertEqual(trend([]).sparkline(), "")
        XCTAssertEqual(trend([(2024, nil)]).sparkline(), "")
        // On a scale shared with other areas (0 to 1): 0.3 → 2.1 → ▃, 0.5 → 3.5 → ▅; outside values clamp.
        XCTAssertEqual(trend([(2023, 0.3), (2024, 0.5), (2025, 1.4)]).sparkline(range: 0...1), "▃▅█")
    }

    // The change since the previous year: the year before when it has a value, else the latest older one.
    func testChangeSinceThePreviousYear() throws {
        let t = trend([(2023, 0.40), (2024, 0.36), (2025, 0.45)])
        let c = try XCTUnwrap(t.latestChange)
        XCTAssertEqual(c.year, 2025)
        XCTAssertEqual(c.previousYear, 2024)
        XCTAssertEqual(c.change, 0.09, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(c.relativeChange), 0.25, accuracy: 1e-12)
        XCTAssertTrue(c.isFromYearBefore)

        let gap = try XCTUnwrap(trend([(2021, 12), (2022, 15), (2023, nil), (2024, 9)]).latestChange)
        XCTAssertEqual(gap.previousYear, 2022)
        XCTAssertEqual(gap.change, -6)
        XCTAssertEqual(try XCTUnwrap(gap.relativeChange), -0.4, accuracy: 1e-12)
        XCTAssertFalse(gap.isFromYearBefore)

        XCTAssertNil(trend([(2025, 3)]).latestChange)
        XCTAssertNil(try XCTUnwrap(trend([(2024, 0), (2025, 0.1)]).latestChange).relativeChange)
    }
}
