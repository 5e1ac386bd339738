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
        /// Why it matches, the matcher's words ("เงินทุนหมุนเวียน, ทอผ้า · อำเภอเดียวกัน · 4 กม.").
        var why: String
    }

    var need: ResourceSummary
    var offers: [Offer]
    /// No offer shares more than the category with it: a gap (the offers
    /// listed, if any, are "same category only").
    var isGap: Bool
}

extension BriefBuilder {
    /// Offers kept per need (the handout shows one to three of them).
    static let offersPerNeed = 3

    /// The one place the brief asks the store which offers could meet the
    /// area's open needs: `store.elements.matches(inAreaOrBelow:limit:)`,
    /// the scored matcher that `tisep matches` and the `m` screen call, so
    /// the brief shows the same offers in the same order with the same
    /// reasons (docs/matching.md). Needs marked met are left out there.
    func needMatches(_ code: String) throws -> [BriefNeedMatch] {
        try store.elements.matches(inAreaOrBelow: code, limit: Self.offersPerNeed).map { m in
            BriefNeedMatch(need: m.need, offers: try m.offers.map { o in
                BriefNeedMatch.Offer(what: o.offer.description ?? o.offer.category?.label(thai: thai) ?? "—",
                                     organisation: o.offer.elementName,
                                     place: o.area == m.needArea ? nil : try placeName(o.area),
                                     contact: o.contact.map(Self.firstChannel), why: o.match.reason(thai: thai))
            }, isGap: m.isGap)
        }
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

    /// A need's line under the gaps and in the annex: a need no offer meets
    /// beyond its category says so, since its offers are weak.
    func needLine(_ m: BriefNeedMatch) -> String {
        needLine(m.need) + (m.isGap && !m.offers.isEmpty ? t(" (ยังไม่มีผู้ให้ที่ตรงในสาระ)", " (no offer meets it beyond the category)") : "")
    }

    /// The details under a need: its offers, or that nobody offers it.
    func offerLines(_ m: BriefNeedMatch, count: Int, withWhat: Bool) -> [String] {
        m.offers.isEmpty ? [t("ยังไม่มีผู้ให้ใกล้เคียง", "nobody nearby offers this")]
                         : m.offers.prefix(count).map { offerLine($0, withWhat: withWhat) }
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
