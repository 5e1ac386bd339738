import Foundation
import XCTest
import EcosystemStore

/// The hand-labelled needs and offers of `Fixtures/matching/` (see its
/// README) and the figures the scorer reaches on them.
struct MatchingEvaluationSet {
    struct LabelledNeed {
        var need: MatchResource
        var split: String
        var good: Set<String>
        var ok: Set<String>
        var bad: Set<String>
        var gloss: String
    }

    var places: [MatchPlace] = []
    var offers: [MatchResource] = []
    var needs: [LabelledNeed] = []
    var offerGloss: [String: String] = [:]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/matching")

    /// Rows of a TSV file as dictionaries keyed by its header.
    static func rows(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return try lines.enumerated().map { i, line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == header.count else {
                throw StoreError.message("\(name) line \(i + 2): \(cells.count) cells, the header has \(header.count)")
            }
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }

    static func list<T: RawRepresentable>(_ text: String?, _: T.Type) throws -> [T] where T.RawValue == String {
        try (text ?? "").split(separator: ",").map { word in
            guard let v = T(rawValue: String(word)) else { throw StoreError.message("unknown word \(word)") }
            return v
        }
    }

    static func load() throws -> MatchingEvaluationSet {
        var set = MatchingEvaluationSet()
        for r in try rows("places.tsv") {
            set.places.append(MatchPlace(code: r["code"]!, nameTH: r["name_th"]!, nameEN: r["name_en"]!,
                                         lat: Double(r["lat"]!), lon: Double(r["lon"]!)))
        }
        var orgs: [String: (MatchOrganisation, [String])] = [:]
        for r in try rows("orgs.tsv") {
            let org = MatchOrganisation(id: r["id"]!, p4: P4Kind(rawValue: r["p4"]!), role: PlayerRole(rawValue: r["role"]!),
                                        sector: Sector(rawValue: r["sector"]!),
                                        targetGroups: try list(r["target_groups"], TargetGroup.self),
                                        issues: try list(r["issues"], IssueArea.self))
            orgs[org.id] = (org, r["areas"]!.split(separator: ",").map(String.init))
        }
        func resource(_ r: [String: String], _ kind: ResourceKind) throws -> MatchResource {
            guard let (org, areas) = orgs[r["org"]!] else { throw StoreError.message("\(r["id"]!): no organisation \(r["org"]!)") }
            guard let category = ResourceCategory(rawValue: r["category"]!) else { throw StoreError.message("\(r["id"]!): category") }
            let own = r["area"].flatMap { $0.isEmpty ? nil : [$0] }
            return MatchResource(id: r["id"]!, kind: kind, category: category, description: r["description"]!,
                                 areas: own ?? areas, organisation: org)
        }
        for r in try rows("offers.tsv") {
            set.offers.append(try resource(r, .offer))
            set.offerGloss[r["id"]!] = r["gloss"]!
        }
        let offerIDs = Set(set.offers.map(\.id))
        for r in try rows("needs.tsv") {
            func ids(_ column: String) throws -> Set<String> {
                let found = Set(r[column]!.split(separator: " ").map(String.init))
                if let unknown = found.subtracting(offerIDs).first { throw StoreError.message("\(r["id"]!) \(column): no offer \(unknown)") }
                return found
            }
            set.needs.append(LabelledNeed(need: try resource(r, .need), split: r["split"]!, good: try ids("good"), ok: try ids("ok"),
                                          bad: try ids("bad"), gloss: r["gloss"]!))
        }
        return set
    }
}

/// Precision of the first offer and "no wrong offer in the first three".
struct MatchingFigures: CustomStringConvertible {
    var needs = 0
    /// Needs with at least one offer that would meet them.
    var answerable = 0
    var firstRight = 0
    /// The first offer is good or ok: the coordinator's first call is not
    /// wasted (issue 16's complaint), though it may only partly help.
    var firstNotWasted = 0
    /// No offer claimed as sharing substance among the first three is wrong
    /// (neither good nor ok).
    var cleanClaims = 0
    /// No offer of any strength among the first three is wrong.
    var cleanStrict = 0
    /// A good offer among the first three.
    var goodInThree = 0
    /// Labelled hard negatives that reached the first three.
    var hardNegativesInThree = 0
    var lines: [String] = []

    var precisionFirst: Double { answerable == 0 ? 0 : Double(firstRight) / Double(answerable) }
    var notWastedFirst: Double { answerable == 0 ? 0 : Double(firstNotWasted) / Double(answerable) }
    var cleanThree: Double { needs == 0 ? 0 : Double(cleanClaims) / Double(needs) }
    var cleanThreeStrict: Double { needs == 0 ? 0 : Double(cleanStrict) / Double(needs) }
    var recallThree: Double { answerable == 0 ? 0 : Double(goodInThree) / Double(answerable) }

    var description: String {
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        return "needs \(needs) (\(answerable) with a good offer): first offer right \(firstRight)/\(answerable) = \(pct(precisionFirst)); "
            + "first offer good or ok \(firstNotWasted)/\(answerable) = \(pct(notWastedFirst)); "
            + "no wrong claimed offer in the first three \(cleanClaims)/\(needs) = \(pct(cleanThree)); "
            + "strict (any strength) \(cleanStrict)/\(needs) = \(pct(cleanThreeStrict)); "
            + "a good offer in the first three \(goodInThree)/\(answerable) = \(pct(recallThree)); "
            + "hard negatives in the first three: \(hardNegativesInThree)"
    }

    static func measure(_ set: MatchingEvaluationSet, split: String?, options: MatchOptions = MatchOptions()) -> MatchingFigures {
        let scorer = MatchScorer(needs: set.needs.map(\.need), offers: set.offers, places: set.places, options: options)
        var f = MatchingFigures()
        for labelled in set.needs where split == nil || labelled.split == split {
            let ranked = scorer.offers(for: labelled.need, limit: 3)
            let acceptable = labelled.good.union(labelled.ok)
            f.needs += 1
            if !labelled.good.isEmpty {
                f.answerable += 1
                if let first = ranked.first, labelled.good.contains(first.offerID) { f.firstRight += 1 }
                if let first = ranked.first, acceptable.contains(first.offerID) { f.firstNotWasted += 1 }
                if ranked.contains(where: { labelled.good.contains($0.offerID) }) { f.goodInThree += 1 }
            }
            if !ranked.contains(where: { $0.strength == .substance && !acceptable.contains($0.offerID) }) { f.cleanClaims += 1 }
            if !ranked.contains(where: { !acceptable.contains($0.offerID) }) { f.cleanStrict += 1 }
            f.hardNegativesInThree += ranked.filter { labelled.bad.contains($0.offerID) }.count
            f.lines.append("\(labelled.need.id) \(labelled.need.description) [\(labelled.gloss)]")
            for m in ranked {
                let mark = labelled.good.contains(m.offerID) ? "GOOD" : labelled.ok.contains(m.offerID) ? "ok  "
                    : labelled.bad.contains(m.offerID) ? "BAD " : "??  "
                let offer = set.offers.first { $0.id == m.offerID }!
                f.lines.append("   \(mark) \(String(format: "%.3f", m.score)) \(m.offerID) [\(m.strength.word)] \(offer.description)")
                f.lines.append("        \(m.reasonThai) / \(m.reasonEnglish)")
            }
        }
        return f
    }
}
