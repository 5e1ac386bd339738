import Foundation
import XCTest
import DefaultData
import EcosystemStore
@testable import TISEPTerm

/// The demo out of the box (issue 19): three survey years per tambon that
/// drift plausibly, and projects with the figures unit cost and SROI need,
/// all labelled demo. On the embedded geography of Phayao, with the seed
/// `tisep init --demo` uses.
final class DemoEvidenceTests: XCTestCase {
    private static func phayao() throws -> Store {
        let store = try Store(path: ":memory:", create: true)
        _ = try store.areas.importCompactGeography(DefaultData.geography)
        _ = try DemoGenerator(seed: DefaultData.demoSeed).populate(store, provinces: ["56"])
        return store
    }

    func testEveryTambonHasThreeYearsThatDriftPlausibly() throws {
        let store = try Self.phayao()
        XCTAssertEqual(try store.indicators.availableYears(of: "mean_income", inside: "56"), [2023, 2024, 2025])
        let tambons = try store.areas.list(level: .tambon, inside: "56")
        XCTAssertGreaterThan(tambons.count, 50)
        var grew = 0, smallSamples = 0, changedS90 = 0
        for tambon in tambons {
            let years = try store.indicators.years(of: "mean_income", area: tambon.code)
            XCTAssertEqual(years.map(\.year), [2023, 2024, 2025], tambon.code)
            XCTAssertTrue(years.allSatisfy(\.synthetic), "demo values say so: \(tambon.code)")
            let incomes = years.compactMap(\.value)
            XCTAssertEqual(incomes.count, 3)
            // A year's sample moves the mean, but not by half or double from one year to the next.
            for (a, b) in zip(incomes, incomes.dropFirst()) {
                XCTAssertTrue((0.5...2.0).contains(b / a), "\(tambon.code): \(incomes)")
            }
            if incomes[2] > incomes[0] { grew += 1 }
            smallSamples += years.filter(\.smallSample).count
            let s90 = try store.indicators.trend(of: "s90s10", area: tambon.code)
            if let change = s90.latestChange, change.change != 0 { changedS90 += 1 }
            XCTAssertEqual(s90.sparkline().count, 3, "one glyph a year")
        }
        // Incomes grow 1–6 % a year, under a tambon sample's noise of some
        // 15 %: more tambons end higher than they began than not, and the
        // province, pooling thousands of households, grows.
        XCTAssertGreaterThan(Double(grew) / Double(tambons.count), 0.5, "\(grew) of \(tambons.count) grew")
        let province = try store.indicators.years(of: "mean_income", area: "56").compactMap(\.value)
        XCTAssertGreaterThan(province[2], province[0], "\(province)")
        XCTAssertEqual(changedS90, tambons.count, "inequality moves in every tambon")
        XCTAssertGreaterThan(smallSamples, 0, "some surveys fall below 30 households, as real ones do")
        // The province pools more households than any tambon and has its years too.
        XCTAssertEqual(try store.indicators.years(of: "gini", area: "56").count, 3)
    }

    func testDemoProjectsCarryBudgetsReachAndOutcomes() throws {
        let store = try Self.phayao()
        XCTAssertTrue(try store.indicators.hasDemoProjects())
        let projects = try store.indicators.projectCosts(touching: "56")
        XCTAssertGreaterThan(projects.count, 3)
        XCTAssertTrue(projects.allSatisfy { $0.delivery != nil }, "every demo project says who delivers it")
        XCTAssertTrue(projects.allSatisfy { ($0.budget ?? 0) > 0 })
        XCTAssertTrue(projects.contains { $0.reached != nil } && projects.contains { $0.outcomeValue != nil })
        for p in projects {
            if let reached = p.reached, let targeted = p.targeted {
                XCTAssertLessThanOrEqual(Double(reached), 1.1 * Double(targeted), p.id)
            }
        }
        let rows = try store.indicators.deliveryCosts(area: "56", below: false)
        XCTAssertFalse(rows.isEmpty)
        for r in rows {
            if let cost = r.unitCost { XCTAssertTrue((200...100_000).contains(cost), "\(r.delivery.map(\.rawValue) ?? "-"): \(cost) baht a person") }
            if let sroi = r.sroi { XCTAssertTrue((1...5).contains(sroi), "SROI \(sroi)") }
        }
    }
}
