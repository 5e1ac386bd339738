/// A need and the offers of the same category nearby.
public struct NeedOfferMatch: Sendable, Equatable {
    public var need: ResourceSummary
    /// Where the need is (the most specific area it is filed under).
    public var needArea: String
    public var offers: [NearbyOffer]
}

public struct NearbyOffer: Sendable, Equatable {
    public enum Distance: Int, Sendable, Comparable {
        case sameTambon, sameAmphoe, sameProvince
        public static func < (a: Distance, b: Distance) -> Bool { a.rawValue < b.rawValue }
    }
    public var offer: ResourceSummary
    public var distance: Distance
    /// The area the offer is filed under that is nearest the need.
    public var area: String
    /// How to reach the offering element: its phone, LINE or e-mail, else its
    /// first public contact's (formatted for display).
    public var contact: String?
}

extension Store.Elements {
    /// For the needs in `code` or below it: offers of the same category by
    /// other elements, in the same tambon first, then the amphoe, then the
    /// province. `limit` bounds the number of needs, `offersPerNeed` the
    /// offers kept for each (the nearest).
    public func matchNeeds(inAreaOrBelow code: String, limit: Int = 200, offersPerNeed: Int = 5) throws -> [NeedOfferMatch] {
        let needs = try resources(inAreaOrBelow: code, kind: .need).prefix(limit)
        var offersByProvince: [String: [(ResourceSummary, String)]] = [:]
        var contacts: [String: String?] = [:]
        var out: [NeedOfferMatch] = []
        for need in needs {
            guard let category = need.category else { continue }
            let needAreas = try db.query("SELECT area_code FROM record_areas WHERE record_id = ? AND kind = 'resource'", [need.id]) { $0.text(0) }
            guard let needArea = needAreas.filter({ $0.hasPrefix(code) || code.hasPrefix($0) }).max(by: { $0.count < $1.count }) ?? needAreas.first else { continue }
            let province = String(needArea.prefix(2))
            if offersByProvince[province] == nil {
                offersByProvince[province] = try db.query("""
                    SELECT r.id, r.kind, r.category, r.description, r.quantity, r.area, r.entity, coalesce(e.name_th, ''), ra.area_code
                    FROM record_areas ra JOIN resources r ON r.id = ra.record_id LEFT JOIN entities e ON e.id = r.entity
                    WHERE ra.kind = 'resource' AND r.deleted = 0 AND r.kind = 'offer' AND ra.area_code >= ? AND ra.area_code < ?
                    """, [province, AreaCode.upperBound(ofPrefix: province)]) { st in (Self.readResource(st), st.text(8)) }
            }
            var best: [String: NearbyOffer] = [:]
            for (offer, area) in offersByProvince[province] ?? [] where offer.category == category && offer.elementID != need.elementID {
                let common = zip(area, needArea).prefix { $0 == $1 }.count
                let distance: NearbyOffer.Distance = common >= 6 ? .sameTambon : common >= 4 ? .sameAmphoe : .sameProvince
                if let existing = best[offer.id], existing.distance <= distance { continue }
                if contacts[offer.elementID] == nil { contacts[offer.elementID] = try contactLine(ofElement: offer.elementID) }
                best[offer.id] = NearbyOffer(offer: offer, distance: distance, area: area, contact: contacts[offer.elementID] ?? nil)
            }
            let offers = best.values.sorted { a, b in
                if a.distance != b.distance { return a.distance < b.distance }
                let ka = ThaiCollation.key(a.offer.elementName), kb = ThaiCollation.key(b.offer.elementName)
                return ka == kb ? a.offer.id < b.offer.id : ka.lexicographicallyPrecedes(kb)
            }
            out.append(NeedOfferMatch(need: need, needArea: needArea, offers: Array(offers.prefix(offersPerNeed))))
        }
        return out
    }

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
