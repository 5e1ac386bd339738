import Foundation
import XCTest
import EcosystemStore

/// The scorer on the hand-labelled evaluation set (`Fixtures/matching/`,
/// `docs/matching.md`): it fails when precision drops below the targets of
/// issue 16. `TISEP_MATCH_REPORT=DIR` writes every need's first three
/// offers, with their marks and reasons, to DIR/matching-SPLIT.txt.
final class MatchingEvaluationTests: XCTestCase {
    static let firstOfferTarget = 0.90
    static let cleanThreeTarget = 0.80

    private func report(_ name: String, _ f: MatchingFigures) {
        print("matching \(name): \(f)")
        if let dir = ProcessInfo.processInfo.environment["TISEP_MATCH_REPORT"] {
            let file = URL(fileURLWithPath: dir).appendingPathComponent("matching-\(name.prefix { $0 != "," }).txt")
            try? (f.description + "\n" + f.lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        }
    }

    func testTheSetIsAsLargeAsPromisedAndConsistent() throws {
        let set = try MatchingEvaluationSet.load()
        XCTAssertGreaterThanOrEqual(set.needs.count, 100)
        XCTAssertEqual(Set(set.needs.map(\.need.id)).count, set.needs.count, "need ids are unique")
        XCTAssertEqual(Set(set.offers.map(\.id)).count, set.offers.count, "offer ids are unique")
        for n in set.needs {
            XCTAssertTrue(n.good.isDisjoint(with: n.bad) && n.good.isDisjoint(with: n.ok) && n.ok.isDisjoint(with: n.bad), n.need.id)
            XCTAssertTrue(["dev", "test"].contains(n.split), n.need.id)
        }
        XCTAssertGreaterThanOrEqual(set.needs.filter { !$0.bad.isEmpty }.count, 80, "most needs name hard negatives")
    }

    func testPrecisionOnTheTestNeedsMeetsTheTargets() throws {
        let f = MatchingFigures.measure(try MatchingEvaluationSet.load(), split: "test")
        report("test", f)
        XCTAssertGreaterThanOrEqual(f.precisionFirst, Self.firstOfferTarget, "\(f)")
        XCTAssertGreaterThanOrEqual(f.cleanThree, Self.cleanThreeTarget, "\(f)")
    }

    func testPrecisionOnTheDevelopmentNeedsMeetsTheTargets() throws {
        let f = MatchingFigures.measure(try MatchingEvaluationSet.load(), split: "dev")
        report("dev", f)
        XCTAssertGreaterThanOrEqual(f.precisionFirst, Self.firstOfferTarget, "\(f)")
        XCTAssertGreaterThanOrEqual(f.cleanThree, Self.cleanThreeTarget, "\(f)")
    }

    func testPrecisionOnTheWholeSetMeetsTheTargets() throws {
        let f = MatchingFigures.measure(try MatchingEvaluationSet.load(), split: nil)
        report("all", f)
        XCTAssertGreaterThanOrEqual(f.precisionFirst, Self.firstOfferTarget, "\(f)")
        XCTAssertGreaterThanOrEqual(f.cleanThree, Self.cleanThreeTarget, "\(f)")
    }

    /// What the old matching (category alone, nearest first) and the
    /// scorer's parts alone reach on the same set, for docs/matching.md.
    func testBaselinesForTheRecord() throws {
        let set = try MatchingEvaluationSet.load()
        var noPhrases = MatchOptions()
        noPhrases.lexicon = .empty
        report("all, trigrams without the phrase list", MatchingFigures.measure(set, split: nil, options: noPhrases))
        let category = CategoryOnlyBaseline.measure(set)
        report("all, category and distance only (the matching before issue 16)", category)
        let scorer = MatchingFigures.measure(set, split: nil)
        XCTAssertGreaterThan(scorer.precisionFirst, category.precisionFirst + 0.3, "the scorer is far better than the category alone")
    }
}

/// The matching before issue 16: offers of the need's category, nearest first.
enum CategoryOnlyBaseline {
    static func measure(_ set: MatchingEvaluationSet) -> MatchingFigures {
        var options = MatchOptions()
        options.substanceThreshold = 2 // nothing shares substance
        options.weights = MatchWeights()
        options.weights.text = 0
        options.weights.targetGroups = 0
        options.weights.issues = 0
        options.weights.roles = 0
        options.lexicon = .empty
        var f = MatchingFigures.measure(set, split: nil, options: options)
        // Category-only pairs are never claimed as substance, so count
        // the strict figure: the old screen presented them all as matches.
        f.cleanClaims = f.cleanStrict
        return f
    }
}
