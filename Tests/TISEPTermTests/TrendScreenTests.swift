import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// Issue 19 in the interface: the detail pane's years as a sparkline, ranks
/// that say when the intervals cannot tell areas apart, small samples
/// marked in the detail pane and on the map, and the map's year key `y`.
final class TrendScreenTests: XCTestCase {
    /// The detail pane's text (the rightmost pane), its wrapped lines joined.
    private func detailText(_ app: App) -> String {
        app.screenText.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: "│", omittingEmptySubsequences: false)
            guard parts.count >= 3 else { return nil }
            return String(parts[parts.count - 2]).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    private func open(_ app: App, _ code: String) {
        app.type("/")
        app.type(code)
        app.press(.enter)
    }

    func testTheDetailPaneShowsTheYearsAndRanksWithTheirDoubt() throws {
        let app = try DemoFixture.app(self, width: 200, height: 60, thai: false)
        let store = app.store
        let gini = try XCTUnwrap(store.indicators.definition("gini"))
        // A tambon whose Gini rank in its amphoe the intervals cannot pin down (most can't).
        let tambons = try store.areas.list(level: .tambon, inside: "5601")
        let (code, rank) = try XCTUnwrap(tambons.lazy.compactMap { t -> (String, RankStatement)? in
            guard let r = try? store.indicators.rankStatement(of: t.code, indicator: gini, within: "5601"), !r.isDistinct else { return nil }
            return (t.code, r)
        }.first)
        open(app, code)
        let text = detailText(app)
        let line = try store.indicators.trend(of: "gini", area: code).sparkline()
        XCTAssertEqual(line.count, 3, "three demo years")
        XCTAssertTrue(text.contains("Gini coefficient: "), text)
        XCTAssertTrue(text.contains(line + " 2023–2025"), "the sparkline \(line) of the years: \(text)")
        let said = "rank \(rank.rank) of \(rank.of) in the amphoe, not distinguishable from "
            + "\(CountText.ordinal(rank.possibleRanks.lowerBound))–\(CountText.ordinal(rank.possibleRanks.upperBound))"
        XCTAssertTrue(text.contains(said), "\(said) in \(text)")
    }

    func testSmallSamplesAreMarkedInTheDetailPaneAndOnTheMap() throws {
        let app = try DemoFixture.app(self, width: 200, height: 60, thai: false)
        let values = try app.store.indicators.latestValues("s90s10", level: .tambon, inside: nil)
        let small = try XCTUnwrap(values.values.filter { $0.smallSample && $0.value != nil }.map(\.area).min(), "the demo has small samples")
        open(app, small)
        XCTAssertTrue(detailText(app).contains("* (small sample)"), detailText(app))
        let map = try XCTUnwrap(app.state.map.load?.tambons)
        XCTAssertTrue(map.smallSamples.contains(small))
        let name = try XCTUnwrap(map.areas.first { $0.code == small }?.name)
        XCTAssertTrue(name.hasSuffix("*"), "the map's label and key carry the mark: \(name)")
        XCTAssertEqual(map.labels.smallSample, "* small sample (under 30 households)")
        XCTAssertTrue(app.screenText.contains("* small sample"), "the legend says what * means: \(app.screenText)")
    }

    func testYStepsTheMapBackAYearAtATime() throws {
        let app = try DemoFixture.app(self, width: 200, height: 60, thai: false)
        open(app, "560101")
        XCTAssertEqual(app.state.map.load?.tambons.years, [2023, 2024, 2025])
        XCTAssertNil(app.state.mapYear)
        let latest = try XCTUnwrap(app.state.map.load?.tambons.values["560101"] ?? nil)

        app.press(.char("y"))
        XCTAssertEqual(app.state.mapYear, 2024)
        XCTAssertTrue(app.screenText.contains("map of 2024"), "the status line says which year")
        XCTAssertTrue(app.screenText.contains("(top 10% / bottom 10%) · 2024"), "and the map's title")
        let shown = try XCTUnwrap(app.state.map.load?.tambons.values["560101"] ?? nil)
        let stored = try app.store.indicators.years(of: "s90s10", area: "560101").first { $0.year == 2024 }?.value
        XCTAssertEqual(shown, stored, "the map draws 2024's value")
        XCTAssertNotEqual(shown, latest)
        XCTAssertEqual(app.state.map.load?.tambons.labels.year, "2024", "the legend's year")
        XCTAssertTrue(app.screenText.split(separator: "\n").contains { $0.contains("2024") && $0.contains("demo data") }, app.screenText)

        app.press(.char("y"))
        XCTAssertEqual(app.state.mapYear, 2023)
        app.press(.char("y"))
        XCTAssertNil(app.state.mapYear, "from the oldest back to the latest")
        XCTAssertTrue(app.screenText.contains("map of the latest values, 2025"))
        XCTAssertEqual(app.state.map.load?.tambons.values["560101"] ?? nil, latest)
    }
}
