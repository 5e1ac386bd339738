import XCTest
import EcosystemStore

final class DeliveryCostsTests: XCTestCase {
    // Two tambons of Mueang Phayao (560101, 560102), the amphoe (5601), one tambon of Yala (950101).
    private let projects = [
        ProjectCost(id: "P1", areas: ["560101"], delivery: .civilSociety, budget: 100_000, reached: 50, outcomeValue: 250_000),
        ProjectCost(id: "P2", areas: ["560101"], delivery: .civilSociety, budget: 60_000, reached: 30),
        ProjectCost(id: "P3", areas: ["560101"], delivery: .state, budget: 300_000, targeted: 80, reached: 60, outcomeValue: 330_000),
        ProjectCost(id: "P4", areas: ["560102"], delivery: .state, budget: 80_000, reached: 0),           // nobody reached yet
        ProjectCost(id: "P5", areas: ["560101", "560102"], delivery: .mixed, budget: 200_000, reached: 100, outcomeValue: 150_000),
        ProjectCost(id: "P6", areas: ["560102"], delivery: .civilSociety, budget: nil, reached: 40),      // budget missing
        ProjectCost(id: "P7", areas: ["560102"], delivery: .civilSociety, budget: 50_000, reached: nil),  // reached missing
        ProjectCost(id: "P8", areas: ["5601"], delivery: .state, budget: 500_000, reached: 1_000),        // the whole amphoe
        ProjectCost(id: "P9", areas: ["950101"], delivery: .civilSociety, budget: 10_000, reached: 10),
        ProjectCost(id: "P10", areas: ["560101", "950101"], delivery: .state, budget: 90_000, reached: 45), // two provinces
        ProjectCost(id: "P11", areas: ["950101"], delivery: nil, budget: -5, reached: 3),                 // a budget that is no budget
    ]

    private func row(_ rows: [DeliveryCostRow], _ area: String, _ delivery: DeliveryType?) throws -> DeliveryCostRow {
        try XCTUnwrap(rows.first { $0.area == area && $0.delivery == delivery }, "\(area) \(String(describing: delivery))")
    }

    func testHomeIsTheSmallestAreaHoldingAllItsAreas() {
        XCTAssertEqual(DeliveryCosts.home(of: ["560101"]), "560101")
        XCTAssertEqual(DeliveryCosts.home(of: ["560101", "560102"]), "5601")
        XCTAssertEqual(DeliveryCosts.home(of: ["560101", "560201"]), "56")
        XCTAssertEqual(DeliveryCosts.home(of: ["5601", "560101"]), "5601")
        XCTAssertEqual(DeliveryCosts.home(of: ["560101", "950101"]), "")
        XCTAssertEqual(DeliveryCosts.home(of: ["56"]), "56")
        XCTAssertEqual(DeliveryCosts.home(of: []), "")
    }

    // Tambon 560101:
    //   state: P3 → 300,000 ÷ 60 = 5,000 baht a person; SROI 330,000 ÷ 300,000 = 1.1;
    //          P8 (the amphoe) and P10 (two provinces) serve it from above.
    //   civil society: P1 + P2 → 160,000 ÷ 80 = 2,000; SROI from P1 only: 250,000 ÷ 100,000 = 2.5.
    //   mixed: P5 serves two tambons, so it is counted at the amphoe; here only "served from above".
    func testTambonRows() throws {
        let rows = DeliveryCosts.rows(projects, areas: ["560101"])
        XCTAssertEqual(rows.map { $0.delivery }, [.state, .civilSociety, .mixed])

        let state = try row(rows, "560101", .state)
        XCTAssertEqual(state.projects, 1)
        XCTAssertEqual(state.budget, 300_000)
        XCTAssertEqual(state.reached, 60)
        XCTAssertEqual(state.unitCost, 5_000)
        XCTAssertEqual(state.outcomeValue, 330_000)
        XCTAssertEqual(try XCTUnwrap(state.sroi), 1.1, accuracy: 1e-12)
        XCTAssertEqual(state.servedFromAbove, 2)

        let civil = try row(rows, "560101", .civilSociety)
        XCTAssertEqual(civil.projects, 2)
        XCTAssertEqual(civil.budget, 160_000)
        XCTAssertEqual(civil.reached, 80)
        XCTAssertEqual(civil.unitCost, 2_000)
        XCTAssertEqual(civil.outcomeValue, 250_000)
        XCTAssertEqual(civil.outcomeBudget, 100_000)
        XCTAssertEqual(civil.valuedProjects, 1)
        XCTAssertEqual(civil.sroi, 2.5)

        let mixed = try row(rows, "560101", .mixed)
        XCTAssertEqual(mixed.projects, 0)
        XCTAssertEqual(mixed.servedFromAbove, 1)
        XCTAssertNil(mixed.unitCost)
        XCTAssertNil(mixed.sroi)
        XCTAssertNil(mixed.outcomeValue)
    }

    // Tambon 560102:
    //   state: P4 spent 80,000 and reached nobody → unit cost undefined ("nobody reached"), not 0 or ∞.
    //   civil society: P6 has no budget and P7 no count of persons reached → no unit cost at all,
    //   and neither figure leaks into the totals (budget 0, reached 0).
    func testNobodyReachedAndMissingFigures() throws {
        let rows = DeliveryCosts.rows(projects, areas: ["560102"])
        let state = try row(rows, "560102", .state)
        XCTAssertEqual(state.projects, 1)
        XCTAssertEqual(state.budget, 80_000)
        XCTAssertEqual(state.reached, 0)
        XCTAssertNil(state.unitCost)
        XCTAssertEqual(state.unitCostGap, .nobodyReached)
        XCTAssertNil(state.sroi)

        let civil = try row(rows, "560102", .civilSociety)
        XCTAssertEqual(civil.projects, 2)
        XCTAssertEqual(civil.costedProjects, 0)
        XCTAssertEqual(civil.withoutBudget, 1)
        XCTAssertEqual(civil.withoutReached, 1)
        XCTAssertEqual(civil.budget, 0)
        XCTAssertEqual(civil.reached, 0)
        XCTAssertNil(civil.unitCost)
        XCTAssertEqual(civil.unitCostGap, .noProjectWithBudgetAndReach)
    }

    // Amphoe 5601 = its tambons' projects + its own, each once:
    //   state: P3 + P4 + P8 → (300,000 + 80,000 + 500,000) ÷ (60 + 0 + 1,000) = 880,000 ÷ 1,060;
    //          SROI from P3 alone, 1.1; P10 (two provinces) serves it from above.
    //   civil society: P1, P2 costed (2,000 a person), P6 and P7 left out; 4 projects.
    //   mixed: P5 → 200,000 ÷ 100 = 2,000; SROI 150,000 ÷ 200,000 = 0.75.
    func testAmphoeCountsEachProjectOnce() throws {
        let rows = DeliveryCosts.rows(projects, areas: ["5601", "56"])
        let state = try row(rows, "5601", .state)
        XCTAssertEqual(state.projects, 3)
        XCTAssertEqual(state.budget, 880_000)
        XCTAssertEqual(state.reached, 1_060)
        XCTAssertEqual(try XCTUnwrap(state.unitCost), 880_000.0 / 1_060.0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(state.sroi), 1.1, accuracy: 1e-12)
        XCTAssertEqual(state.servedFromAbove, 1)

        let civil = try row(rows, "5601", .civilSociety)
        XCTAssertEqual(civil.projects, 4)
        XCTAssertEqual(civil.costedProjects, 2)
        XCTAssertEqual(civil.unitCost, 2_000)
        XCTAssertEqual(civil.sroi, 2.5)

        let mixed = try row(rows, "5601", .mixed)
        XCTAssertEqual(mixed.projects, 1)
        XCTAssertEqual(mixed.unitCost, 2_000)
        XCTAssertEqual(mixed.sroi, 0.75)
        XCTAssertEqual(mixed.servedFromAbove, 0)

        // Nothing of Yala in Phayao; the province row equals the amphoe row (one amphoe has projects).
        XCTAssertEqual(try row(rows, "56", .state).budget, 880_000)
        XCTAssertEqual(try row(rows, "56", .civilSociety).projects, 4)
    }

    // The whole country: every project once, P10 included; P11's negative budget counts as missing.
    func testTheCountryAndUnrecordedDelivery() throws {
        let rows = DeliveryCosts.rows(projects, areas: [""])
        XCTAssertEqual(rows.map(\.delivery), [.state, .civilSociety, .mixed, nil])
        let state = try row(rows, "", .state)
        XCTAssertEqual(state.projects, 4)
        XCTAssertEqual(state.budget, 970_000)
        XCTAssertEqual(state.reached, 1_105)
        XCTAssertEqual(try row(rows, "", .civilSociety).budget, 170_000)
        XCTAssertEqual(try row(rows, "", .civilSociety).reached, 90)
        let unrecorded = try row(rows, "", nil)
        XCTAssertEqual(unrecorded.projects, 1)
        XCTAssertEqual(unrecorded.withoutBudget, 1)
        XCTAssertNil(unrecorded.unitCost)
        XCTAssertEqual(DeliveryType.civilSociety.rawValue, "civil-society")
        XCTAssertEqual(DeliveryType(rawValue: "mixed"), .mixed)
        XCTAssertTrue(DeliveryCosts.rows(projects, areas: ["9601"]).isEmpty)
    }
}
