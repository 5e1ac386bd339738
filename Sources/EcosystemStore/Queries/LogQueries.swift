/// The contact and referral log: who was contacted, and which cases (by
/// case code only) were referred to whom, with what result.
public struct ContactLogEntry: Sendable, Equatable {
    public var id: String
    public var entity: String
    public var date: String?
    public var who: String?
    public var channel: String?
    public var note: String?
    public var outcome: String?
}

public enum ReferralStatus: String, Vocabulary {
    case referred, accepted, done, declined
    public static let fieldName = "status"
    public var thai: String {
        switch self {
        case .referred: return "ส่งต่อแล้ว"
        case .accepted: return "รับเรื่องแล้ว"
        case .done: return "เสร็จสิ้น"
        case .declined: return "ปฏิเสธ"
        }
    }
    public var english: String { rawValue }
    /// Still waiting for help.
    public var isOpen: Bool { self == .referred || self == .accepted }
}

public struct ReferralEntry: Sendable, Equatable {
    public var id: String
    public var area: String
    public var caseCode: String
    public var targetGroup: TargetGroup?
    public var need: String?
    /// The need's description or category, when the referral is about a need.
    public var needText: String?
    public var toEntity: String?
    public var toEntityName: String?
    public var status: ReferralStatus
    public var date: String?
    public var note: String?
}

/// Counts of the log for an area (the brief and the situation view).
public struct LogCounts: Sendable, Equatable {
    public var contactLogs = 0
    public var referrals = 0
    public var openReferrals = 0
    public var byStatus: [ReferralStatus: Int] = [:]
}

extension Store {
    public func contactLogs(of entity: String) throws -> [ContactLogEntry] {
        try db.query("""
            SELECT id, entity, date, who, channel, note, outcome FROM contact_logs
            WHERE entity = ? AND deleted = 0 ORDER BY date DESC, id
            """, [entity]) { st in
            ContactLogEntry(id: st.text(0), entity: st.text(1), date: st.string(2), who: st.string(3), channel: st.string(4),
                            note: st.string(5), outcome: st.string(6))
        }
    }

    private static let referralSelect = """
        SELECT f.id, f.area, f.case_code, f.target_group, f.need, coalesce(r.description, r.category), f.to_entity, e.name_th,
               f.status, f.date, f.note
        FROM referrals f LEFT JOIN resources r ON r.id = f.need LEFT JOIN entities e ON e.id = f.to_entity
        """

    private static func readReferral(_ st: Statement) -> ReferralEntry {
        ReferralEntry(id: st.text(0), area: st.text(1), caseCode: st.text(2), targetGroup: st.string(3).flatMap(TargetGroup.init(rawValue:)),
                      need: st.string(4), needText: st.string(5), toEntity: st.string(6), toEntityName: st.string(7),
                      status: st.string(8).flatMap(ReferralStatus.init(rawValue:)) ?? .referred, date: st.string(9), note: st.string(10))
    }

    /// Referrals to an element (it was asked to help).
    public func referrals(toEntity id: String) throws -> [ReferralEntry] {
        try db.query(Store.referralSelect + " WHERE f.deleted = 0 AND f.to_entity = ? ORDER BY f.date DESC, f.id", [id], Store.readReferral)
    }

    /// Referrals of cases in `code` or below it; open ones first, newest first.
    public func referrals(inAreaOrBelow code: String) throws -> [ReferralEntry] {
        let all = try db.query(Store.referralSelect + " WHERE f.deleted = 0 AND f.area >= ? AND f.area < ? ORDER BY f.date DESC, f.id",
                               [code, AreaCode.upperBound(ofPrefix: code)], Store.readReferral)
        return all.filter { $0.status.isOpen } + all.filter { !$0.status.isOpen }
    }

    /// Contact logs of the elements serving `code` or below it, and the
    /// referrals of cases there.
    public func logCounts(inAreaOrBelow code: String) throws -> LogCounts {
        var counts = LogCounts()
        counts.contactLogs = try db.scalarInt("""
            SELECT count(*) FROM contact_logs WHERE deleted = 0 AND entity IN (
              SELECT record_id FROM record_areas WHERE kind = 'entity' AND area_code >= ? AND area_code < ?)
            """, [code, AreaCode.upperBound(ofPrefix: code)])
        for r in try referrals(inAreaOrBelow: code) {
            counts.referrals += 1
            counts.byStatus[r.status, default: 0] += 1
            if r.status.isOpen { counts.openReferrals += 1 }
        }
        return counts
    }
}

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

extension Store {
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
                    """, [province, AreaCode.upperBound(ofPrefix: province)]) { st in (Store.readResource(st), st.text(8)) }
            }
            var best: [String: NearbyOffer] = [:]
            for (offer, area) in offersByProvince[province] ?? [] where offer.category == category && offer.entityID != need.entityID {
                let common = zip(area, needArea).prefix { $0 == $1 }.count
                let distance: NearbyOffer.Distance = common >= 6 ? .sameTambon : common >= 4 ? .sameAmphoe : .sameProvince
                if let existing = best[offer.id], existing.distance <= distance { continue }
                if contacts[offer.entityID] == nil { contacts[offer.entityID] = try contactLine(offer.entityID) }
                best[offer.id] = NearbyOffer(offer: offer, distance: distance, area: area, contact: contacts[offer.entityID] ?? nil)
            }
            let offers = best.values.sorted { a, b in
                if a.distance != b.distance { return a.distance < b.distance }
                let ka = ThaiCollation.key(a.offer.entityName), kb = ThaiCollation.key(b.offer.entityName)
                return ka == kb ? a.offer.id < b.offer.id : ka.lexicographicallyPrecedes(kb)
            }
            out.append(NeedOfferMatch(need: need, needArea: needArea, offers: Array(offers.prefix(offersPerNeed))))
        }
        return out
    }

    /// An element's phone, LINE or e-mail, else its first public contact's.
    public func contactLine(_ entity: String) throws -> String? {
        func line(_ phone: String?, _ email: String?, _ lineID: String?) -> String? {
            let parts = [phone.map(PhoneNumber.format), lineID.map { "LINE " + $0 }, email].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: " · ")
        }
        if let r = try record(entity, type: .entity), let own = line(r["phone"], r["email"], r["line_id"]) { return own }
        for c in try contacts(of: entity, includePrivate: false) {
            if let l = line(c.phone, c.email, c.lineID) { return [c.name, l].compactMap { $0 }.joined(separator: ": ") }
        }
        return nil
    }
}
