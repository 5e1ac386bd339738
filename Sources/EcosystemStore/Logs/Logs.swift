/// The contact and referral log: who was contacted, and which cases (by
/// case code only) were referred to whom, with what result.
public struct ContactLogEntry: Sendable, Equatable {
    public var id: String
    public var element: String
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
    public var toElement: String?
    public var toElementName: String?
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
    /// The contact and referral log: who was contacted, and which cases (by
    /// case code only) were referred to which element, with what result.
    ///
    /// ```swift
    /// let open = try store.logs.referrals(inAreaOrBelow: "560307").filter(\.status.isOpen)
    /// let calls = try store.logs.contactLogs(ofElement: id)
    /// ```
    public struct Logs: StorePart {
        let context: StoreContext
    }
}

extension Store.Logs {
    /// An element's contact log, newest first.
    public func contactLogs(ofElement id: String) throws -> [ContactLogEntry] {
        try db.query("""
            SELECT id, entity, date, who, channel, note, outcome FROM contact_logs
            WHERE entity = ? AND deleted = 0 ORDER BY date DESC, id
            """, [id]) { st in
            ContactLogEntry(id: st.text(0), element: st.text(1), date: st.string(2), who: st.string(3), channel: st.string(4),
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
                      need: st.string(4), needText: st.string(5), toElement: st.string(6), toElementName: st.string(7),
                      status: st.string(8).flatMap(ReferralStatus.init(rawValue:)) ?? .referred, date: st.string(9), note: st.string(10))
    }

    /// Referrals to an element (it was asked to help).
    public func referrals(toElement id: String) throws -> [ReferralEntry] {
        try db.query(Self.referralSelect + " WHERE f.deleted = 0 AND f.to_entity = ? ORDER BY f.date DESC, f.id", [id], Self.readReferral)
    }

    /// Referrals of cases in `code` or below it; open ones first, newest first.
    public func referrals(inAreaOrBelow code: String) throws -> [ReferralEntry] {
        let all = try db.query(Self.referralSelect + " WHERE f.deleted = 0 AND f.area >= ? AND f.area < ? ORDER BY f.date DESC, f.id",
                               [code, AreaCode.upperBound(ofPrefix: code)], Self.readReferral)
        return all.filter { $0.status.isOpen } + all.filter { !$0.status.isOpen }
    }

    /// Contact logs of the elements serving `code` or below it, and the
    /// referrals of cases there.
    public func counts(inAreaOrBelow code: String) throws -> LogCounts {
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
