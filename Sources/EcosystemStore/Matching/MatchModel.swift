/// The values the matcher reads. It never touches the database: the caller
/// reads needs, offers, their organisations and the places once, and the
/// scorer works on these copies (`docs/matching.md`).

/// An organisation (ecosystem element) as the matcher sees it.
public struct MatchOrganisation: Sendable, Equatable {
    public var id: String
    public var p4: P4Kind?
    public var role: PlayerRole?
    public var sector: Sector?
    public var targetGroups: [TargetGroup]
    public var issues: [IssueArea]

    public init(id: String, p4: P4Kind? = nil, role: PlayerRole? = nil, sector: Sector? = nil,
                targetGroups: [TargetGroup] = [], issues: [IssueArea] = []) {
        self.id = id
        self.p4 = p4
        self.role = role
        self.sector = sector
        self.targetGroups = targetGroups
        self.issues = issues
    }

    /// From a list row of the store.
    public init(element e: ElementSummary) {
        self.init(id: e.id, p4: e.p4, role: e.role, sector: e.sector, targetGroups: e.targetGroups, issues: e.issues)
    }
}

/// A need or an offer.
public struct MatchResource: Sendable, Equatable {
    public var id: String
    public var kind: ResourceKind
    public var category: ResourceCategory?
    public var description: String
    /// Geocodes where the resource is: its own `area`, else the areas its
    /// organisation serves (as `record_areas` files it). "TH" is the
    /// whole country.
    public var areas: [String]
    public var organisation: MatchOrganisation

    public init(id: String, kind: ResourceKind, category: ResourceCategory?, description: String,
                areas: [String], organisation: MatchOrganisation) {
        self.id = id
        self.kind = kind
        self.category = category
        self.description = description
        self.areas = areas
        self.organisation = organisation
    }

    /// From a list row of the store, its organisation, and the geocodes it
    /// is filed under (`record_areas`).
    public init(summary r: ResourceSummary, organisation: MatchOrganisation, areas: [String]) {
        self.init(id: r.id, kind: r.kind, category: r.category, description: r.description ?? "",
                  areas: areas, organisation: organisation)
    }
}

/// An area's names (to keep place names out of the shared terms) and its
/// centroid (for kilometres), when known.
public struct MatchPlace: Sendable, Equatable {
    public var code: String
    public var nameTH: String
    public var nameEN: String
    public var lat: Double?
    public var lon: Double?

    public init(code: String, nameTH: String, nameEN: String = "", lat: Double? = nil, lon: Double? = nil) {
        self.code = code
        self.nameTH = nameTH
        self.nameEN = nameEN
        self.lat = lat
        self.lon = lon
    }

    public init(area a: Area) {
        self.init(code: a.code, nameTH: a.nameTH, nameEN: a.nameEN, lat: a.lat, lon: a.lon)
    }
}

/// How strongly a pair is matched: a band of the score (`docs/matching.md`).
/// Every pair that shares substance ranks above every pair that does not.
public enum MatchStrength: Int, Sendable, Comparable, CaseIterable {
    /// The same category, nothing else in common.
    case sameCategoryOnly = 0
    /// No shared substance, but the same category (any category for a
    /// referral need) and a target group.
    case sharedGroup = 1
    /// No shared substance, but the same field of work and categories that
    /// agree (`MatchDomain`): a man who cannot get up and a loan of hospital
    /// beds. A weaker claim than substance, shown as the field.
    case sameField = 2
    /// Their descriptions share substance (terms that are not generic).
    case substance = 3

    public static func < (a: MatchStrength, b: MatchStrength) -> Bool { a.rawValue < b.rawValue }

    /// The word `--json` and tests use.
    public var word: String {
        switch self {
        case .sameCategoryOnly: return "same-category-only"
        case .sharedGroup: return "shared-group"
        case .sameField: return "same-field"
        case .substance: return "substance"
        }
    }
}

/// A term both descriptions contain, as a reason shows it.
public struct SharedTerm: Sendable, Equatable {
    public var thai: String
    /// The English gloss from the phrase list; the Thai text itself when the
    /// term is not in the list.
    public var english: String
    /// Its weight in the text score (rarer terms weigh more).
    public var weight: Double
    /// True when it comes from the phrase list (`MatchLexicon`), false when
    /// it is a shared stretch of text found by the tokenizer.
    public var fromPhraseList: Bool

    public func label(thai useThai: Bool) -> String { useThai ? thai : english }
}

/// The parts of a score, each from 0 to 1, before weighting.
public struct MatchParts: Sendable, Equatable {
    /// Similarity of the descriptions (IDF-weighted cosine of their terms).
    public var text: Double = 0
    public var targetGroups: Double = 0
    public var issues: Double = 0
    public var category: Double = 0
    public var roles: Double = 0
    public var distance: Double = 0
}

/// One offer scored against one need.
public struct OfferMatch: Sendable, Equatable {
    public var needID: String
    public var offerID: String
    /// From 0 to 1; the band of `strength` decides first (`docs/matching.md`).
    public var score: Double
    public var strength: MatchStrength
    /// The descriptions' similarity before it is capped at full marks
    /// (`MatchOptions.fullTextSimilarity`); it orders equal scores.
    public var textSimilarity: Double
    /// Shared terms, heaviest first.
    public var terms: [SharedTerm]
    public var sharedTargetGroups: [TargetGroup]
    public var sharedIssues: [IssueArea]
    public var sameCategory: Bool
    public var proximity: MatchProximity
    /// Between the two tambons' centroids, when both are tambons with a centroid.
    public var distanceKm: Double?
    public var parts: MatchParts
    /// The reason in words, in Thai and in English
    /// ("เงินทุนหมุนเวียน, ทอผ้า · อำเภอเดียวกัน · 4 กม.").
    public var reasonThai: String
    public var reasonEnglish: String

    public func reason(thai: Bool) -> String { thai ? reasonThai : reasonEnglish }
}

/// A need and its offers, best first.
public struct NeedMatches: Sendable, Equatable {
    public var need: MatchResource
    public var offers: [OfferMatch]
}
