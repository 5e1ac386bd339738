import EcosystemStore

/// An open need of the area with the offers that could meet it, best first:
/// who offers, how to reach them and why it matches, in the brief's words.
struct BriefNeedMatch: Equatable {
    struct Offer: Equatable {
        /// What is offered ("เงินทุนหมุนเวียน…").
        var what: String
        var organisation: String
        /// Where the offer is filed, when not the need's own tambon.
        var place: String?
        var contact: String?
        /// Why it matches ("ประเภทเดียวกัน (เงินทุน) · อำเภอเดียวกัน").
        var why: String
    }

    var need: ResourceSummary
    var offers: [Offer]
    /// No offer can meet it: a gap.
    var isGap: Bool
}

extension BriefBuilder {
    /// Offers kept per need (the handout shows one to three of them).
    static let offersPerNeed = 3

    /// The one place the brief asks the store which offers could meet the
    /// area's open needs. Today `matchNeeds` (offers of the same category,
    /// the nearest first); issue 16's `store.elements.matches(inAreaOrBelow:limit:)`
    /// (scored matches with their reason, met needs left out) replaces the
    /// call and the mapping below, and nothing else in the brief changes.
    func needMatches(_ code: String) throws -> [BriefNeedMatch] {
        try store.elements.matchNeeds(inAreaOrBelow: code, offersPerNeed: Self.offersPerNeed).map { m in
            BriefNeedMatch(need: m.need, offers: try m.offers.map { o in
                BriefNeedMatch.Offer(what: o.offer.description ?? o.offer.category?.label(thai: thai) ?? "—",
                                     organisation: o.offer.elementName,
                                     place: o.distance == .sameTambon ? nil : try placeName(o.area),
                                     contact: o.contact.map(Self.firstChannel), why: why(o))
            }, isGap: m.offers.isEmpty)
        }
    }

    private func why(_ o: NearbyOffer) -> String {
        let category = o.offer.category?.label(thai: thai) ?? "—"
        let distance: String
        switch o.distance {
        case .sameTambon: distance = t("ตำบลเดียวกัน", "same tambon")
        case .sameAmphoe: distance = t("อำเภอเดียวกัน", "same amphoe")
        case .sameProvince: distance = t("จังหวัดเดียวกัน", "same province")
        }
        return t("ประเภทเดียวกัน (\(category))", "same category (\(category))") + " · " + distance
    }

    /// The first way to reach someone of a contact line ("นางอัมพร: 091-555-3111 · LINE … · …"
    /// → "นางอัมพร: 091-555-3111"): one contact is what a handout line holds.
    static func firstChannel(_ line: String) -> String {
        line.components(separatedBy: " · ").first ?? line
    }

    /// "ต้องการ เงินทุน: … — วิสาหกิจชุมชน…" : the need as one line.
    func needLine(_ need: ResourceSummary) -> String {
        "\(need.category?.label(thai: thai) ?? "—"): \(need.description ?? "—") — \(need.elementName)"
    }

    /// "→ กองทุนสวัสดิการชุมชน (อ.เชียงคำ) · 054-555-123 — why": an offer as one line.
    func offerLine(_ o: BriefNeedMatch.Offer, withWhat: Bool) -> String {
        var line = "→ " + o.organisation
        if let place = o.place { line += " (\(place))" }
        if let contact = o.contact { line += " · " + contact }
        if withWhat { line += " · " + o.what }
        return line + t(" — เพราะ ", " — why: ") + o.why
    }
}
