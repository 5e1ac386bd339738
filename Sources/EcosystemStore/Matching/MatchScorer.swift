import Foundation

/// How much each thing two resources share counts, in the order of
/// importance of `docs/matching.md`: substance, target groups, issue areas,
/// category, roles, distance. The weights sum to 1.
public struct MatchWeights: Sendable, Equatable {
    public var text = 0.40
    public var targetGroups = 0.18
    public var issues = 0.13
    public var category = 0.12
    public var roles = 0.10
    public var distance = 0.07

    public init() {}

    public static let standard = MatchWeights()
}

/// The knobs of the scorer; the defaults are what `docs/matching.md`
/// measured.
public struct MatchOptions: Sendable {
    public var tokenizer: any MatchTokenizer = TrigramTokenizer()
    public var lexicon: MatchLexicon = .standard
    public var weights: MatchWeights = .standard
    /// The least text similarity (0…1) at which two descriptions share
    /// substance.
    public var substanceThreshold = 0.12
    /// A shared stretch of text counts only from this many Unicode scalars
    /// (two overlapping trigrams): a lone trigram is as often the end of
    /// one word and the start of the next as a word.
    public var minimumRunScalars = 4
    /// A phrase-list term weighs this many times its IDF: about what the
    /// trigrams of a word of the same rarity weigh together.
    public var phraseWeight = 3.0
    /// What a shared topic or stretch of text weighs when the two
    /// categories differ (a kind of help shared weighs fully): the same
    /// subject with a different kind of help is seldom what was asked.
    public var crossCategoryFactor = 0.25
    /// Document frequencies count this many background documents that hold
    /// none of the terms, so that a small scope (a tambon with a few needs
    /// and offers) does not make every shared word look common.
    public var backgroundDocuments = 10.0
    /// A field of work shared (`MatchDomain`) weighs this many times its
    /// IDF: half a concept, since a field is broader than a concept (a
    /// wheelchair and a hospital bed are both mobility aids, not the same
    /// thing). 0 leaves fields out.
    public var fieldWeight = 1.5
    /// What whom-it-is-for counts when one side does not say (a shared
    /// group counts 1, groups that differ 0).
    public var unstatedAudience = 0.5
    /// The text similarity that counts as full marks in the score.
    public var fullTextSimilarity = 0.5
    /// Offers of another province count when their tambon is at most this
    /// many kilometres from the need's (centroids); nil: never.
    public var reachKm: Double? = 50
    /// Keep offers out of reach (another province, farther than `reachKm`).
    public var includeOutOfReach = false
    /// Match an organisation's needs with its own offers.
    public var includeSameOrganisation = false

    public init() {}
}

/// Scores every need–offer pair of a scope from what they share and ranks
/// the offers of each need. Pure: values in, ranked matches with scores and
/// reasons out; no database.
///
/// Rare terms weigh more: the inverse document frequency of each term is
/// taken over the distinct descriptions of the needs and offers given here
/// (the scope), so give it the needs of the area and the offers that could
/// meet them (the province's and the national supporters').
///
/// ```swift
/// let scorer = MatchScorer(needs: needs, offers: offers, places: places)
/// for m in scorer.offers(for: needs[0], limit: 5) {
///     print(m.score, m.reasonEnglish)   // 0.93 revolving fund · same amphoe · 5 km
/// }
/// ```
public struct MatchScorer: Sendable {
    public let options: MatchOptions
    public let needs: [MatchResource]
    public let offers: [MatchResource]
    private let analyser: MatchAnalyser
    private let proximity: ProximityFinder
    private var offerTexts: [AnalysedText]
    private var needTexts: [String: AnalysedText]
    private let idf: [String: Double]
    private let conceptIDF: [Int: Double]
    private let fieldIDF: [Int: Double]
    /// Concepts that make an offer a grant for projects, and fields of
    /// money itself (`MatchDomain`), by index.
    private let grantConcepts: Set<Int>
    private let moneyFields: Set<Int>
    /// The who-word covering every group (กลุ่มเปราะบาง), by index.
    private let vulnerable: Int?
    /// Unseen terms: as rare as a term of one document.
    private let unseenIDF: Double
    private let offersByStretch: [Stretch: [Int]]
    /// Every token key of the scope, numbered (`TextSegment.keyIDs`), and
    /// the weight of each number.
    private let keyIDs: [String: Int]
    private let idfByID: [Double]
    private let offersByConcept: [Int: [Int]]
    private let offersByField: [Int: [Int]]
    private let offersByCategory: [ResourceCategory: [Int]]

    public init(needs: [MatchResource], offers: [MatchResource], places: [MatchPlace] = [], options: MatchOptions = MatchOptions()) {
        self.options = options
        self.needs = needs
        self.offers = offers
        let placeTable = Dictionary(places.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        proximity = ProximityFinder(places: placeTable, reachKm: options.reachKm)
        let analyser = MatchAnalyser(lexicon: options.lexicon, tokenizer: options.tokenizer, places: placeTable)
        self.analyser = analyser
        var table: [String: Int] = [:]
        let offerTexts = offers.map { MatchScorer.numbered(analyser.analyse($0.description, areas: $0.areas), &table) }
        var needTexts: [String: AnalysedText] = [:]
        for n in needs { needTexts[n.id] = MatchScorer.numbered(analyser.analyse(n.description, areas: n.areas), &table) }
        self.offerTexts = offerTexts
        self.needTexts = needTexts
        keyIDs = table

        // Document frequencies over distinct texts.
        var seen = Set<String>()
        var df: [String: Int] = [:]
        var conceptDF: [Int: Int] = [:]
        var fieldDF: [Int: Int] = [:]
        for t in offerTexts + needs.compactMap({ needTexts[$0.id] }) where seen.insert(t.signature).inserted {
            for k in t.keys { df[k, default: 0] += 1 }
            for c in t.concepts { conceptDF[c, default: 0] += 1 }
            for f in t.fields { fieldDF[f, default: 0] += 1 }
        }
        let n = Double(seen.count) + max(0, options.backgroundDocuments)
        func idfOf(_ d: Int) -> Double { log(1 + (n - Double(d) + 0.5) / (Double(d) + 0.5)) }
        idf = df.mapValues(idfOf)
        conceptIDF = conceptDF.mapValues(idfOf)
        fieldIDF = fieldDF.mapValues(idfOf)
        let lexicon = options.lexicon
        grantConcepts = Set(lexicon.concepts.indices.filter { MatchDomain.grantConcepts.contains(lexicon.concepts[$0].id) })
        moneyFields = Set(lexicon.domains.indices.filter { MatchDomain.moneyFields.contains(lexicon.domains[$0].id) })
        unseenIDF = idfOf(1)
        vulnerable = lexicon.concepts.firstIndex { $0.id == MatchLexicon.everyoneVulnerable }
        var byID = [Double](repeating: idfOf(1), count: table.count)
        for (key, id) in table { byID[id] = idf[key] ?? idfOf(1) }
        idfByID = byID

        var byStretch: [Stretch: [Int]] = [:], byConcept: [Int: [Int]] = [:], byCategory: [ResourceCategory: [Int]] = [:]
        var byField: [Int: [Int]] = [:]
        for (i, t) in offerTexts.enumerated() {
            for k in MatchScorer.stretches(t, length: options.minimumRunScalars) { byStretch[k, default: []].append(i) }
            for c in t.concepts { byConcept[c, default: []].append(i) }
            for f in t.fields { byField[f, default: []].append(i) }
            if let c = offers[i].category { byCategory[c, default: []].append(i) }
        }
        offersByStretch = byStretch
        offersByConcept = byConcept
        offersByField = byField
        offersByCategory = byCategory
        for i in self.offerTexts.indices { setNorms(&self.offerTexts[i]) }
        for id in self.needTexts.keys { setNorms(&self.needTexts[id]!) }
    }

    /// Every need of the scope with its offers, best first.
    public func matchAll(limitPerNeed: Int? = nil) -> [NeedMatches] {
        needs.map { NeedMatches(need: $0, offers: offers(for: $0, limit: limitPerNeed)) }
    }

    /// The offers of the scope that share substance with `need`, or at
    /// least its category, best first (`docs/matching.md`). A need outside
    /// the scope is scored with the scope's term statistics.
    public func offers(for need: MatchResource, limit: Int? = nil) -> [OfferMatch] {
        let text = needTexts[need.id] ?? analysed(need)
        // Only offers that share a stretch of text as long as a shared
        // run must be, or a phrase-list concept, can share substance; the
        // others can at most share the category (a referral need: a target
        // group with any category), and their text needs no comparing.
        var sharing = Set<Int>()
        for k in MatchScorer.stretches(text, length: options.minimumRunScalars) { sharing.formUnion(offersByStretch[k] ?? []) }
        for c in text.concepts { sharing.formUnion(offersByConcept[c] ?? []) }
        if options.fieldWeight > 0 {
            // A field alone is a claim only between categories that agree
            // (and a grant by subject is funding for funding): an offer of
            // another category sharing nothing but a field is left to the
            // category rules below, unread.
            for f in text.fields {
                for i in offersByField[f] ?? [] where !sharing.contains(i) {
                    if MatchScorer.categoriesAgree(need.category, offers[i].category)
                        || (need.category == .knowledge && offerTexts[i].teaches) { sharing.insert(i) }
                }
            }
            // A need for money meets a grant by subject, whom it is for included.
            if need.category == .funding, !text.audienceFields.isEmpty || !text.fields.isEmpty || text.namesProject {
                for c in grantConcepts { sharing.formUnion(offersByConcept[c] ?? []) }
            }
        }
        var others = Set<Int>()
        if need.category == .referral {
            others = Set(offers.indices)
        } else if let c = need.category {
            others.formUnion(offersByCategory[c] ?? [])
        }
        others.subtract(sharing)
        var out = sharing.compactMap { score(need, text, offers[$0], offerTexts[$0]) }
        out += others.compactMap { score(need, text, offers[$0], offerTexts[$0], textShared: false) }
        out.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            // Full marks for text are capped; among equals, more shared substance first.
            if a.textSimilarity != b.textSimilarity { return a.textSimilarity > b.textSimilarity }
            if a.proximity != b.proximity { return a.proximity < b.proximity }
            if (a.distanceKm ?? .infinity) != (b.distanceKm ?? .infinity) { return (a.distanceKm ?? .infinity) < (b.distanceKm ?? .infinity) }
            return a.offerID < b.offerID
        }
        // Reasons in words only for what is shown.
        if let limit { out = Array(out.prefix(max(0, limit))) }
        return out.map { withReasons($0, category: need.category) }
    }

    private func withReasons(_ m: OfferMatch, category: ResourceCategory?) -> OfferMatch {
        var m = m
        m.reasonThai = MatchReason.text(m, category: category, thai: true)
        m.reasonEnglish = MatchReason.text(m, category: category, thai: false)
        return m
    }

    /// One pair, or nil when they share neither substance nor category, when
    /// the offer is out of reach, or when one organisation both needs and
    /// offers (unless the options say otherwise).
    public func match(_ need: MatchResource, _ offer: MatchResource) -> OfferMatch? {
        let n = needTexts[need.id] ?? analysed(need)
        let o = offers.firstIndex { $0 == offer }.map { offerTexts[$0] } ?? analysed(offer)
        return score(need, n, offer, o).map { withReasons($0, category: need.category) }
    }

    /// A resource outside the scope, with the scope's weights (a key the
    /// scope has not seen is numbered -1: no offer of the scope has it).
    private func analysed(_ r: MatchResource) -> AnalysedText {
        var t = analyser.analyse(r.description, areas: r.areas)
        for i in t.segments.indices { t.segments[i].keyIDs = t.segments[i].tokens.map { keyIDs[$0.key] ?? -1 } }
        t.keyIDs = Set(t.segments.flatMap(\.keyIDs))
        setNorms(&t)
        return t
    }

    /// Numbers a text's token keys, adding new ones to `table`.
    private static func numbered(_ text: AnalysedText, _ table: inout [String: Int]) -> AnalysedText {
        var t = text
        for i in t.segments.indices {
            t.segments[i].keyIDs = t.segments[i].tokens.map { token in
                if let id = table[token.key] { return id }
                table[token.key] = table.count
                return table.count - 1
            }
        }
        t.keyIDs = Set(t.segments.flatMap(\.keyIDs))
        return t
    }

    /// Every substring of `length` Unicode scalars of a text's segments: a
    /// shared run of tokens is at least this long and lies whole in both
    /// texts, so two texts without one in common share no run.
    static func stretches(_ t: AnalysedText, length: Int) -> Set<Stretch> {
        var out = Set<Stretch>()
        let n = max(1, length)
        for segment in t.segments where segment.scalars.count >= n {
            for i in 0...(segment.scalars.count - n) { out.insert(Stretch(segment.scalars[i..<(i + n)])) }
        }
        return out
    }

    /// A short stretch of scalars as a value that hashes quickly: up to
    /// four scalars packed into two words, longer ones by their text.
    struct Stretch: Hashable {
        var packed: UInt64 = 0, more: UInt64 = 0
        var text: String?

        init(_ scalars: ArraySlice<Unicode.Scalar>) {
            guard scalars.count <= 4 else { text = String(String.UnicodeScalarView(scalars)); return }
            for (i, s) in scalars.enumerated() {
                if i < 3 { packed |= UInt64(s.value) << (21 * UInt64(i)) } else { more = UInt64(s.value) }
            }
            more |= UInt64(scalars.count) << 32
        }
    }

    /// `textShared: false` when the two share no stretch of text and no
    /// concept: their text similarity is 0 without comparing them.
    private func score(_ need: MatchResource, _ n: AnalysedText, _ offer: MatchResource, _ o: AnalysedText,
                       textShared: Bool = true) -> OfferMatch? {
        if !options.includeSameOrganisation, need.organisation.id == offer.organisation.id { return nil }
        let (place, km) = proximity.proximity(need: need.areas, offer: offer.areas)
        if place == .outOfReach, !options.includeOutOfReach { return nil }

        let sameCategory = need.category != nil && need.category == offer.category
        // Teaching is knowledge whatever the category it is filed under
        // (youth volunteers who teach elders to use smartphones).
        let compatible = MatchScorer.categoriesAgree(need.category, offer.category) || (need.category == .knowledge && o.teaches)
        let shared = textShared ? sharedText(n, o, categoriesAgree: compatible, needCategory: need.category, offerCategory: offer.category)
                                : SharedText()
        let needWho = MatchScorer.audience(need, n), offerWho = MatchScorer.audience(offer, o)
        let needGroups = groups(need, n, who: needWho), offerGroups = groups(offer, o, who: offerWho)
        let sharedGroups = TargetGroup.allCases.filter { needGroups.contains($0) && offerGroups.contains($0) }
        let sharedIssues = IssueArea.allCases.filter { need.organisation.issues.contains($0) && offer.organisation.issues.contains($0) }

        let strength: MatchStrength
        // Substance is a shared concept or stretch of text; a field alone is
        // the weaker claim of the same field.
        if shared.asksHelp || (shared.baseSimilarity >= options.substanceThreshold && (shared.sharesConcept || shared.hasRun)) {
            strength = .substance
        } else if shared.sharesField {
            strength = .sameField
        } else if sameCategory || (need.category == .referral && !sharedGroups.isEmpty) {
            strength = sharedGroups.isEmpty ? .sameCategoryOnly : .sharedGroup
        } else {
            return nil
        }

        var parts = MatchParts()
        parts.text = min(1, shared.similarity / options.fullTextSimilarity)
        parts.targetGroups = MatchScorer.audienceFit(need: (needGroups, needWho), offer: (offerGroups, offerWho), everyone: vulnerable,
                                                     unstated: options.unstatedAudience)
        parts.issues = !sharedIssues.isEmpty ? 1 : (need.organisation.issues.isEmpty || offer.organisation.issues.isEmpty ? 0.3 : 0)
        parts.category = sameCategory || MatchScorer.refersTo(need.category, offer.category) ? 1
            : (need.category == nil || offer.category == nil ? 0.3 : 0)
        parts.roles = MatchScorer.roleFit(need: need.organisation, offer: offer.organisation)
        parts.distance = max(0, place.closeness - min(km ?? 0, 60) / 600)
        let w = options.weights
        let base = w.text * parts.text + w.targetGroups * parts.targetGroups + w.issues * parts.issues
            + w.category * parts.category + w.roles * parts.roles + w.distance * parts.distance
        let total = w.text + w.targetGroups + w.issues + w.category + w.roles + w.distance
        let unit = total > 0 ? min(1, max(0, base / total)) : 0
        let score: Double
        switch strength {
        case .substance: score = 0.5 + 0.5 * unit
        case .sameField:
            // The field of what the need asks (meals for an elder who cannot
            // cook) before the field of whom it is for (elder care): half
            // the band goes by how much of what is asked the offer covers.
            let asked = n.askedFields.isEmpty ? 0 : Double(n.askedFields.intersection(o.fields).count) / Double(n.askedFields.count)
            score = 0.35 + 0.07 * asked + 0.07 * unit
        case .sharedGroup: score = 0.2 + 0.14 * unit
        case .sameCategoryOnly: score = 0.01 + 0.18 * unit
        }
        // The reasons in words are added to the few matches shown (`withReasons`).
        return OfferMatch(needID: need.id, offerID: offer.id, score: score, strength: strength, textSimilarity: shared.similarity,
                          terms: shared.terms,
                          sharedTargetGroups: sharedGroups, sharedIssues: sharedIssues, sameCategory: sameCategory,
                          proximity: place, distanceKm: km, parts: parts, reasonThai: "", reasonEnglish: "")
    }

    /// Whether a topic shared across these categories is likely the same
    /// help: the same category, no category given, or a referral need (it
    /// asks to pass someone on to a service of any kind).
    static func categoriesAgree(_ need: ResourceCategory?, _ offer: ResourceCategory?) -> Bool {
        guard let need, let offer else { return true }
        return need == offer || need == .referral
    }

    /// A referral passes a person on to a service: care, another referral
    /// point, volunteers or any other service, not money, a course, a
    /// thing, a room or data.
    static func refersTo(_ need: ResourceCategory?, _ offer: ResourceCategory?) -> Bool {
        guard need == .referral, let offer else { return false }
        return [.care, .referral, .volunteers, .other].contains(offer)
    }

    /// Whom a resource is for: what its description says, else whom its
    /// organisation serves (an organisation serving elders and women may
    /// offer something for only one of them; a description naming only
    /// "low-income families" names no target group).
    private func groups(_ r: MatchResource, _ t: AnalysedText, who: Set<Int>) -> Set<TargetGroup> {
        if !who.isEmpty || !t.groups.isEmpty { return t.groups }
        return Set(r.organisation.targetGroups.filter { $0 != .other })
    }

    /// The who-words that say whom a resource is for: its description's,
    /// and in training its providers too (an อสม. course is for อสม.).
    static func audience(_ r: MatchResource, _ t: AnalysedText) -> Set<Int> {
        r.category == .knowledge ? t.who.union(t.providers) : t.who
    }

    /// Whether the two are for the same people: their target groups and the
    /// other who-words of their descriptions (women, fishers, low-income
    /// families). 1 when they share one, or when one side is for
    /// vulnerable people (`everyone`: กลุ่มเปราะบาง covers every group) and
    /// the other says whom; 0 when both say and none is shared (loans for
    /// women's groups do not serve a fishers' group); `unstatedAudience`
    /// when one does not say.
    static func audienceFit(need: (Set<TargetGroup>, Set<Int>), offer: (Set<TargetGroup>, Set<Int>), everyone: Int?,
                            unstated: Double) -> Double {
        if !need.0.isDisjoint(with: offer.0) || !need.1.isDisjoint(with: offer.1) { return 1 }
        let needSays = !need.0.isEmpty || !need.1.isEmpty, offerSays = !offer.0.isEmpty || !offer.1.isEmpty
        guard needSays && offerSays else { return unstated }
        if let everyone, need.1.contains(everyone) || offer.1.contains(everyone) { return 1 }
        return 0
    }

    /// How well the organisations' roles fit a flow of help: a supporter
    /// offering to an implementer is the pattern of seed 000 (`docs/matching.md`).
    static func roleFit(need: MatchOrganisation, offer: MatchOrganisation) -> Double {
        let fit: Double
        switch offer.role {
        case .supporter: fit = 1
        case .connector: fit = 0.8
        case .policyMaker: fit = 0.7
        case .implementer: fit = 0.6
        case nil: fit = offer.p4 == .asset ? 0.6 : 0.5
        }
        // Supporters helping supporters is less the point than helping those who do the work.
        if need.role == .supporter, offer.role == .supporter { return 0.6 }
        return fit
    }

    // MARK: Text

    struct SharedText {
        var similarity = 0.0
        var terms: [SharedTerm] = []
        var hasRun = false
        /// They share a kind of help the need asks for (a loan and a
        /// revolving fund): substance however much else either says.
        var asksHelp = false
        /// They are in the same field of work and their categories agree
        /// (`MatchDomain`): the offer meets the need in other words.
        var sharesField = false
        /// A phrase-list concept is shared (a field is not one).
        var sharesConcept = false
        /// The similarity without fields (the second round's): whether a
        /// pair shares substance is decided on it, so that a field makes
        /// no claim of substance, only ranks.
        var baseSimilarity = 0.0
    }

    private func weight(_ key: String) -> Double { idf[key] ?? unseenIDF }
    private func weight(id: Int) -> Double { id >= 0 ? idfByID[id] : unseenIDF }

    /// The squared length of a text's weight vector, summed in one order
    /// (sorted), so that a score never depends on how a set was built.
    private func setNorms(_ t: inout AnalysedText) {
        t.baseNorm = t.keys.sorted().reduce(0.0) { $0 + pow(weight($1), 2) } + t.concepts.sorted().reduce(0.0) { $0 + pow(weight(concept: $1), 2) }
        t.norm = t.baseNorm + t.fields.sorted().reduce(0.0) { $0 + pow(weight(field: $1), 2) }
    }
    private func weight(concept c: Int) -> Double { (conceptIDF[c] ?? unseenIDF) * options.phraseWeight }
    private func weight(field f: Int) -> Double { (fieldIDF[f] ?? unseenIDF) * options.fieldWeight }

    /// IDF-weighted cosine of the two texts' terms (phrase-list concepts and
    /// tokens), counting only tokens that lie in a stretch of text both
    /// descriptions contain; topics and free text count less when the
    /// categories disagree. And those terms, readable, in the need's words.
    private func sharedText(_ n: AnalysedText, _ o: AnalysedText, categoriesAgree: Bool, needCategory: ResourceCategory?,
                            offerCategory: ResourceCategory?) -> SharedText {
        var out = SharedText()
        var sharedWeight = 0.0, baseWeight = 0.0
        var terms: [SharedTerm] = []
        let topicFactor = categoriesAgree ? 1 : options.crossCategoryFactor
        // Money or training for something: the something is the subject.
        // Of a need (money for a screening project does not ask for
        // screening), and of an offer of another category (a course in
        // packaging design gives no packaging).
        func wraps(_ c: ResourceCategory?) -> Bool { c == .funding || c == .knowledge }
        let offerWraps = wraps(offerCategory) && offerCategory != needCategory
        let grant = grantBySubject(n, o, needCategory: needCategory, offerCategory: offerCategory)
        for c in n.concepts.intersection(o.concepts).sorted() {
            let concept = options.lexicon.concepts[c]
            // A grant for another subject is not the money asked for
            // (teenage pregnancy against elder care).
            let offSubject = grant == .offSubject && grantConcepts.contains(c)
            let asked = concept.role == .help && (!wraps(needCategory) || concept.gives == needCategory)
                && (!offerWraps || concept.gives == offerCategory) && !offSubject
            if asked { out.asksHelp = true }
            out.sharesConcept = true
            let w = weight(concept: c) * (asked ? 1 : offSubject ? options.crossCategoryFactor : topicFactor)
            sharedWeight += w * w
            baseWeight += w * w
            let label = concept.label(form: n.forms[c] ?? nil)
            if !terms.contains(where: { $0.thai == label.thai }) {
                terms.append(SharedTerm(thai: label.thai, english: label.english, weight: w, fromPhraseList: true))
            }
        }
        // Fields of work shared: the same field in other words. A reason
        // names them only when no concept is shared; otherwise the concepts
        // say it better (รถเข็น, not รถเข็น and "mobility aids").
        let domains = options.lexicon.domains
        for f in n.fields.intersection(o.fields).sorted() where options.fieldWeight > 0 {
            let w = weight(field: f) * topicFactor
            sharedWeight += w * w
            if categoriesAgree { out.sharesField = true }
            if !out.sharesConcept {
                terms.append(SharedTerm(thai: "ด้าน" + domains[f].thai, english: "field: " + domains[f].english, weight: w,
                                        fromPhraseList: true))
            }
        }
        if case .onSubject(let common, let asked) = grant {
            if asked { out.asksHelp = true }
            // Subjects that only whom the need is for names (money for the
            // elders' day; a grant for elder care) are not in the text
            // vectors: they add to the shared weight here.
            for f in common.subtracting(n.fields.intersection(o.fields)).sorted() {
                let w = weight(field: f)
                sharedWeight += w * w
                terms.append(SharedTerm(thai: "ทุนด้าน" + domains[f].thai, english: "grant for " + domains[f].english, weight: w,
                                        fromPhraseList: true))
            }
        }
        if grant == .open {
            out.asksHelp = true
            if !terms.contains(where: { $0.fromPhraseList && $0.english == "project grants" }) {
                terms.append(SharedTerm(thai: "ทุนโครงการเปิดรับทุกเรื่อง", english: "open project grant", weight: 0, fromPhraseList: true))
            }
        }
        var sharedKeys = Set<Int>()
        for segment in n.segments {
            for run in sharedRuns(segment, in: o) {
                // A stretch counts only if it reads as a term once cut to
                // whole clusters and rid of little words ("ในการ" does not).
                guard let phrase = MatchReason.phrase(segment.scalars, run.range, minimum: options.minimumRunScalars) else { continue }
                var runWeight = 0.0
                for k in run.keys where sharedKeys.insert(k).inserted {
                    let w = weight(id: k) * topicFactor
                    sharedWeight += w * w
                    baseWeight += w * w
                    runWeight += w
                }
                out.hasRun = true
                if !terms.contains(where: { $0.thai == phrase }), runWeight > 0 {
                    terms.append(SharedTerm(thai: phrase, english: phrase, weight: runWeight, fromPhraseList: false))
                }
            }
        }
        // Weightless terms (an open grant) are reasons all the same.
        out.terms = terms.sorted { $0.weight > $1.weight }
        guard sharedWeight > 0 else { return out }
        out.similarity = min(1, sharedWeight / (n.norm * o.norm).squareRoot())
        if n.baseNorm > 0, o.baseNorm > 0 { out.baseSimilarity = min(1, baseWeight / (n.baseNorm * o.baseNorm).squareRoot()) }
        return out
    }

    enum GrantFit: Equatable {
        /// Not a grant offered for a need for money, or one of the two says no subject.
        case none
        /// The grant's subject and the need's share these fields; `asked`:
        /// the need names no other kind of money (a loan), so the grant is
        /// what it asks.
        case onSubject(Set<Int>, asked: Bool)
        /// Both name subjects, and none in common.
        case offSubject
        /// A grant open to any subject (it names none) and a need for money
        /// for a project.
        case open
    }

    /// Grants are matched by subject as well as kind: a need for money and
    /// a grant for projects agree when their subjects — the fields of their
    /// concepts and situations, and of whom they are for — share a field
    /// (money for an elders' day and a grant for elder-care projects), and
    /// disagree when both name subjects and none is shared. Fields of money
    /// itself (capital, welfare) are no subject.
    private func grantBySubject(_ n: AnalysedText, _ o: AnalysedText, needCategory: ResourceCategory?,
                                offerCategory: ResourceCategory?) -> GrantFit {
        guard options.fieldWeight > 0, needCategory == .funding, offerCategory == .funding,
              !o.concepts.isDisjoint(with: grantConcepts) else { return .none }
        let needSubject = n.fields.union(n.audienceFields).subtracting(moneyFields)
        let offerSubject = o.fields.union(o.audienceFields).subtracting(moneyFields)
        // A need that names another kind of money (a loan), or money for a
        // person, a family or a business (its situations, or whom it is
        // for, are in a field of money: no money for the bus, no capital,
        // a poor family), does not ask for a project grant.
        let otherMoney = n.concepts.contains { options.lexicon.concepts[$0].gives == .funding && !grantConcepts.contains($0) }
            || !n.fields.isDisjoint(with: moneyFields) || !n.audienceFields.isDisjoint(with: moneyFields)
        if offerSubject.isEmpty { return n.namesProject && !otherMoney ? .open : .none }
        guard !needSubject.isEmpty else { return .none }
        let common = needSubject.intersection(offerSubject)
        guard !common.isEmpty else { return .offSubject }
        // When the need says what its project is about, the grant must share
        // that, not only whom it is for (grab rails for elders' homes and a
        // grant for elders' health); when it says only whom (an elders'
        // day), that is its subject.
        let ownFields = n.fields.subtracting(moneyFields)
        let onTopic = ownFields.isEmpty || !common.isDisjoint(with: ownFields)
        return .onSubject(common, asked: !otherMoney && onTopic)
    }

    struct Run {
        var range: Range<Int>
        var keys: [Int]
    }

    /// Stretches of `segment` made of tokens the other text has, each of
    /// which the other text contains whole (two shared trigrams need not be
    /// next to each other there), at least `minimumRunScalars` long.
    private func sharedRuns(_ segment: TextSegment, in other: AnalysedText) -> [Run] {
        var runs: [Run] = []
        var current: Run?
        func close() {
            if let r = current, r.range.count >= options.minimumRunScalars { runs.append(r) }
            current = nil
        }
        for (token, key) in zip(segment.tokens, segment.keyIDs) {
            guard key >= 0, other.keyIDs.contains(key) else { close(); continue }
            if var r = current, token.range.lowerBound <= r.range.upperBound {
                let extended = r.range.lowerBound..<max(r.range.upperBound, token.range.upperBound)
                if other.contains(segment.bytes(extended)) {
                    r.range = extended
                    r.keys.append(key)
                    current = r
                    continue
                }
            }
            close()
            current = Run(range: token.range, keys: [key])
        }
        close()
        return runs
    }
}
