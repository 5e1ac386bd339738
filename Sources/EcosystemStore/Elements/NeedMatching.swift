import Foundation

/// An open need of an area with the offers that could meet it, best first,
/// each with its reason in words (`docs/matching.md`).
public struct NeedMatch: Sendable, Equatable {
    public var need: ResourceSummary
    /// Where the need is: the most specific area it is filed under inside
    /// the area asked for.
    public var needArea: String
    public var offers: [MatchedOffer]

    /// No offer shares more than the category with it: a gap of the brief.
    public var isGap: Bool { !offers.contains { $0.match.strength > .sameCategoryOnly } }
}

/// An offer matched with a need, and how to reach who offers it.
public struct MatchedOffer: Sendable, Equatable {
    public var offer: ResourceSummary
    /// The area the offer is filed under that is nearest the need.
    public var area: String
    /// The score, its band (`strength`), the shared terms, the distance and
    /// the reason in Thai and English (`reasonThai`, `reasonEnglish`).
    public var match: OfferMatch
    /// The offering element's phone, LINE or e-mail, else its first public
    /// contact's (formatted for display).
    public var contact: String?
}

extension Store.Elements {
    /// The open needs in `code` or below it, each with at most `limit`
    /// offers that could meet it, best first, scored by `MatchScorer` from
    /// what they share (`docs/matching.md`). One function for the `m`
    /// screen, the brief and `tisep matches`, so that all three show the
    /// same matches and reasons.
    ///
    /// The scope of offers: every offer filed in the need's province —
    /// its own, its amphoes' and tambons', and those of organisations that
    /// serve several provinces or the whole country (filed under each
    /// province they serve) — and the offers of the tambons of other
    /// provinces within `MatchOptions.reachKm` of a need's tambon. Term
    /// weights are taken over the province's open needs and those offers,
    /// so a need scores the same whether its tambon, amphoe or province is
    /// asked for. Needs marked met (`status = met`) are left out.
    public func matches(inAreaOrBelow code: String, limit: Int = 5) throws -> [NeedMatch] {
        let code = AreaCode.bare(code)
        guard code.count >= 2 else { return [] }
        let scope = try matchScope(province: String(code.prefix(2)))
        var contacts: [String: String?] = [:]
        var out: [NeedMatch] = []
        for need in scope.needs {
            guard let summary = scope.summaries[need.id], let needArea = Self.nearest(need.areas, to: code, inside: code) else { continue }
            var offers: [MatchedOffer] = []
            for m in scope.scorer.offers(for: need, limit: limit) {
                guard let offer = scope.summaries[m.offerID], let resource = scope.offersByID[m.offerID] else { continue }
                if contacts[offer.elementID] == nil { contacts[offer.elementID] = try contactLine(ofElement: offer.elementID) }
                offers.append(MatchedOffer(offer: offer, area: Self.nearest(resource.areas, to: needArea, inside: nil) ?? resource.areas.first ?? "",
                                           match: m, contact: contacts[offer.elementID] ?? nil))
            }
            out.append(NeedMatch(need: summary, needArea: needArea, offers: offers))
        }
        return out.sorted { a, b in
            if a.needArea != b.needArea { return a.needArea < b.needArea }
            let ca = a.need.category.map { ResourceCategory.allCases.firstIndex(of: $0)! } ?? 99
            let cb = b.need.category.map { ResourceCategory.allCases.firstIndex(of: $0)! } ?? 99
            return ca != cb ? ca < cb : a.need.id < b.need.id
        }
    }

    /// Of `codes`, the one sharing the longest prefix with `target` (the
    /// most specific on a tie); with `inside`, only codes in that area or
    /// below it.
    static func nearest(_ codes: [String], to target: String, inside: String?) -> String? {
        let candidates = inside.map { area in codes.filter { $0.hasPrefix(area) } } ?? codes
        return candidates.max { a, b in
            let pa = zip(a, target).prefix { $0 == $1 }.count, pb = zip(b, target).prefix { $0 == $1 }.count
            return pa != pb ? pa < pb : (a.count != b.count ? a.count < b.count : a > b)
        }
    }

    /// The scorer of one province, built from the database or taken from
    /// the store's cache while nothing has been written since.
    func matchScope(province: String) throws -> MatchScope {
        let version = try db.changeVersion()
        if let cached = context.matchScopes[province], cached.version == version { return cached.scope }
        let scope = try MatchScopeLoader(elements: self).load(province: province)
        // One province at a time is what a screen or a brief looks at.
        context.matchScopes = [province: (version, scope)]
        return scope
    }
}

/// What the matcher works on for one province: its open needs, the offers
/// in their reach, the scorer over them, and the store's summaries for
/// showing them.
struct MatchScope {
    var needs: [MatchResource]
    var offersByID: [String: MatchResource]
    var summaries: [String: ResourceSummary]
    var scorer: MatchScorer
}

/// Reads a province's needs, offers, organisations and places once.
struct MatchScopeLoader {
    let elements: Store.Elements
    var db: Database { elements.db }

    func load(province: String) throws -> MatchScope {
        var summaries: [String: ResourceSummary] = [:]
        let needs = try resources(kind: .need, provinces: [province], openOnly: true, into: &summaries)
        let needTambons = Set(needs.flatMap { $0.areas.filter { $0.count == 6 } })
        let reach = MatchOptions().reachKm ?? 0
        let provinces = [province] + (try neighbourProvinces(of: needTambons, outside: province, withinKm: reach))
        let offers = try resources(kind: .offer, provinces: provinces, openOnly: false, into: &summaries)
        let places = try self.places(provinces: provinces)
        let scorer = MatchScorer(needs: needs, offers: offers, places: places)
        return MatchScope(needs: needs, offersByID: Dictionary(offers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                          summaries: summaries, scorer: scorer)
    }

    /// The live resources of `kind` filed in any of `provinces`, with every
    /// area each is filed under (an organisation's other provinces tell a
    /// national supporter) and its organisation.
    private func resources(kind: ResourceKind, provinces: [String], openOnly: Bool,
                           into summaries: inout [String: ResourceSummary]) throws -> [MatchResource] {
        var found: [ResourceSummary] = []
        var seen = Set<String>()
        for province in provinces {
            let rows = try db.query("""
                SELECT DISTINCT r.id, r.kind, r.category, r.description, r.quantity, r.area, r.entity, coalesce(e.name_th, ''), r.status
                FROM record_areas ra JOIN resources r ON r.id = ra.record_id LEFT JOIN entities e ON e.id = r.entity
                WHERE ra.kind = 'resource' AND ra.area_code >= ? AND ra.area_code < ? AND r.deleted = 0 AND r.kind = ?\(openOnly ? " AND r.status = 'open'" : "")
                ORDER BY r.id
                """, [province, AreaCode.upperBound(ofPrefix: province), kind.rawValue], Store.Elements.readResource)
            for r in rows where seen.insert(r.id).inserted { found.append(r) }
        }
        let organisations = try self.organisations(Set(found.map(\.elementID)))
        var out: [MatchResource] = []
        out.reserveCapacity(found.count)
        for r in found {
            summaries[r.id] = r
            let areas = try db.query("SELECT area_code FROM record_areas WHERE record_id = ? ORDER BY area_code", [r.id]) { $0.text(0) }
            out.append(MatchResource(summary: r, organisation: organisations[r.elementID] ?? MatchOrganisation(id: r.elementID), areas: areas))
        }
        return out
    }

    private func organisations(_ ids: Set<String>) throws -> [String: MatchOrganisation] {
        var out: [String: MatchOrganisation] = [:]
        let all = ids.sorted()
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = Array(all[start..<min(all.count, start + 500)])
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            for o in try db.query("SELECT id, p4, role, sector, target_groups, issues FROM entities WHERE id IN (\(marks))", chunk, { st in
                MatchOrganisation(id: st.text(0), p4: st.string(1).flatMap(P4Kind.init(rawValue:)), role: st.string(2).flatMap(PlayerRole.init(rawValue:)),
                                  sector: st.string(3).flatMap(Sector.init(rawValue:)),
                                  targetGroups: st.text(4).split(separator: ",").compactMap { TargetGroup(rawValue: String($0)) },
                                  issues: st.text(5).split(separator: ",").compactMap { IssueArea(rawValue: String($0)) })
            }) { out[o.id] = o }
        }
        return out
    }

    /// Provinces other than `province` with a tambon whose centroid lies
    /// within `km` of one of `tambons` (the scorer's reach).
    private func neighbourProvinces(of tambons: Set<String>, outside province: String, withinKm km: Double) throws -> [String] {
        guard km > 0, !tambons.isEmpty else { return [] }
        let all = try db.query("SELECT code, lat, lon FROM areas WHERE level = 3 AND lat IS NOT NULL AND lon IS NOT NULL", []) {
            ($0.text(0), $0.double(1), $0.double(2))
        }
        let from = all.filter { tambons.contains($0.0) }
        // A degree of latitude is 111 km; of longitude, less: a box first.
        let box = km / 100
        var found = Set<String>()
        for (code, lat, lon) in all where !code.hasPrefix(province) && !found.contains(String(code.prefix(2))) {
            for (_, flat, flon) in from where abs(lat - flat) < box && abs(lon - flon) < box * 1.2 {
                if Self.kilometres(lat, lon, flat, flon) <= km { found.insert(String(code.prefix(2))); break }
            }
        }
        return found.sorted()
    }

    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }

    /// Names and centroids of the provinces and everything in them.
    private func places(provinces: [String]) throws -> [MatchPlace] {
        var out: [MatchPlace] = []
        for p in provinces {
            out += try db.query("SELECT code, name_th, name_en, lat, lon FROM areas WHERE code >= ? AND code < ?",
                                [p, AreaCode.upperBound(ofPrefix: p)]) { st in
                MatchPlace(code: st.text(0), nameTH: st.text(1), nameEN: st.text(2), lat: st.optionalDouble(3), lon: st.optionalDouble(4))
            }
        }
        return out
    }
}

extension Store.Elements {
    /// An element's phone, LINE or e-mail, else its first public contact's.
    public func contactLine(ofElement id: String) throws -> String? {
        func line(_ phone: String?, _ email: String?, _ lineID: String?) -> String? {
            let parts = [phone.map(PhoneNumber.format), lineID.map { "LINE " + $0 }, email].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: " · ")
        }
        if let r = try records.record(id, type: .entity), let own = line(r["phone"], r["email"], r["line_id"]) { return own }
        for c in try contacts(ofElement: id, includePrivate: false) {
            if let l = line(c.phone, c.email, c.lineID) { return [c.name, l].compactMap { $0 }.joined(separator: ": ") }
        }
        return nil
    }
}
