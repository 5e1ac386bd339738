import Foundation
import XCTest
import EcosystemStore

/// The scorer on the hand-labelled evaluation set (`Fixtures/matching/`,
/// `docs/matching.md`). It fails when "no wrong offer in the first three"
/// drops below issue 16's target (80%) on any split, or when the precision
/// of the first offer drops below the level reached. Issue 16's target for
/// the first offer, 90%, is NOT reached (76.5% on the whole set of 410
/// needs after the fifth round; 57.6%, 69.0%, 63.4%, 73.1% and 67.4% on
/// the five holdout splits, the needs written freely); `firstOfferFloor`
/// and `splitFloors` guard what there is.
/// `TISEP_MATCH_REPORT=DIR` writes every need's first three offers, with
/// their marks and reasons, to DIR/matching-SPLIT.txt.
final class MatchingEvaluationTests: XCTestCase {
    static let firstOfferTarget = 0.90
    static let cleanThreeTarget = 0.80
    /// The first-offer precision reached on the whole set, rounded down
    /// (76.5% of 410 needs after the fifth round; 75.3% before it).
    static let firstOfferFloor = 0.76
    /// A good offer among the first three, on the whole set, rounded down
    /// (92.6% of 410 needs after the fifth round).
    static let recallThreeFloor = 0.92
    /// The first-offer precision reached on each split after the fifth
    /// round, rounded down to the whole need below it (one need more wrong
    /// fails). The scorer is given every need of the set and their words
    /// are its document frequencies, so adding a split moves the others by
    /// a need or two (README of the set). holdout5 was written before the
    /// fifth round and measured once before it (28 of 43) and once after
    /// (29); holdout4 before the fourth round (37 of 52; 36 after it).
    static let splitFloors: [String: Double] = ["dev": 34.0 / 37, "test": 94.0 / 105, "holdout": 19.0 / 33, "holdout2": 20.0 / 29,
                                               "holdout3": 26.0 / 41, "holdout4": 38.0 / 52, "holdout5": 29.0 / 43]

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
            XCTAssertTrue(["dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"].contains(n.split), n.need.id)
            let own = Set(set.offers.filter { $0.organisation.id == n.need.organisation.id }.map(\.id))
            XCTAssertTrue(n.good.isDisjoint(with: own), "\(n.need.id): an organisation's own offer is never matched")
        }
        XCTAssertGreaterThanOrEqual(set.needs.filter { !$0.bad.isEmpty }.count, 150, "most needs name hard negatives")
    }

    func testNoWrongOfferInTheFirstThreeMeetsTheTargetOnEverySplit() throws {
        let set = try MatchingEvaluationSet.load()
        for split in ["dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"] {
            let f = MatchingFigures.measure(set, split: split)
            report(split, f)
            XCTAssertGreaterThanOrEqual(f.cleanThree, Self.cleanThreeTarget, "\(split): \(f)")
            XCTAssertGreaterThanOrEqual(f.precisionFirst, Self.splitFloors[split]! - 1e-9, "\(split): \(f)")
        }
    }

    func testPrecisionOnTheWholeSet() throws {
        let f = MatchingFigures.measure(try MatchingEvaluationSet.load(), split: nil)
        report("all", f)
        XCTAssertGreaterThanOrEqual(f.cleanThree, Self.cleanThreeTarget, "\(f)")
        XCTAssertGreaterThanOrEqual(f.precisionFirst, Self.firstOfferFloor, "\(f)")
        XCTAssertGreaterThanOrEqual(f.recallThree, Self.recallThreeFloor, "\(f)")
    }

    /// What the old matching (category alone, nearest first) and the
    /// trigrams without the phrase list reach on the same set, for
    /// docs/matching.md.
    func testBaselinesForTheRecord() throws {
        let set = try MatchingEvaluationSet.load()
        var noPhrases = MatchOptions()
        noPhrases.lexicon = .empty
        report("all, trigrams without the phrase list", MatchingFigures.measure(set, split: nil, options: noPhrases))
        var noFields = MatchOptions()
        noFields.fieldWeight = 0
        for split in ["dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"] {
            report("\(split) without fields (fieldWeight 0)", MatchingFigures.measure(set, split: split, options: noFields))
        }
        let withoutFields = MatchingFigures.measure(set, split: nil, options: noFields)
        report("all without fields (fieldWeight 0)", withoutFields)
        let category = CategoryOnlyBaseline.measure(set)
        report("all, category and distance only (the matching before issue 16)", category)
        let scorer = MatchingFigures.measure(set, split: nil)
        XCTAssertGreaterThan(scorer.precisionFirst, category.precisionFirst + 0.3, "the scorer is far better than the category alone")
        XCTAssertGreaterThan(scorer.cleanThree, category.cleanThree + 0.5)
        XCTAssertGreaterThan(scorer.precisionFirst, withoutFields.precisionFirst, "fields of work find more first offers")
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
