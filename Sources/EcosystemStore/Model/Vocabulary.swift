/// A closed list of words shared by CSV imports, `--json` output, filters and
/// the UI (which shows the Thai or English label).
public protocol Vocabulary: CaseIterable, RawRepresentable, Sendable, Hashable where RawValue == String {
    var thai: String { get }
    var english: String { get }
    /// The field name used in messages ("p4", "role", …).
    static var fieldName: String { get }
}

extension Vocabulary {
    /// The label in the interface language.
    public func label(thai useThai: Bool) -> String { useThai ? thai : english }
    public static var words: [String] { allCases.map(\.rawValue) }

    /// Parses a word, also accepting its English label and Thai label.
    public static func parse(_ text: String) -> Self? {
        let t = text.trimmingWhitespace().lowercased()
        return allCases.first { $0.rawValue == t || $0.english.lowercased() == t || $0.thai == t }
    }
}

/// The 4Ps of seed 000: the kind of an ecosystem element.
public enum P4Kind: String, Vocabulary {
    case policy, asset, platform, player
    public static let fieldName = "p4"
    public var thai: String {
        switch self {
        case .policy: return "นโยบาย"
        case .asset: return "ทุน"
        case .platform: return "พื้นที่ขับเคลื่อน"
        case .player: return "ผู้เล่น"
        }
    }
    public var english: String {
        switch self {
        case .policy: return "policy"
        case .asset: return "asset"
        case .platform: return "platform"
        case .player: return "player"
        }
    }
}

/// The four roles a player takes (seed 000).
public enum PlayerRole: String, Vocabulary {
    case policyMaker = "policy-maker", supporter, implementer, connector
    public static let fieldName = "role"
    public var thai: String {
        switch self {
        case .policyMaker: return "ผู้กำหนดนโยบาย"
        case .supporter: return "ผู้สนับสนุน"
        case .implementer: return "ผู้ปฏิบัติ"
        case .connector: return "ผู้เชื่อมประสาน"
        }
    }
    public var english: String {
        switch self {
        case .policyMaker: return "policy maker"
        case .supporter: return "supporter"
        case .implementer: return "implementer"
        case .connector: return "connector"
        }
    }
}

public enum Sector: String, Vocabulary {
    case central, provincial, local, civilSociety = "civil-society", community, `private`, academic
    public static let fieldName = "sector"
    public var thai: String {
        switch self {
        case .central: return "ส่วนกลาง"
        case .provincial: return "ส่วนภูมิภาค"
        case .local: return "อปท."
        case .civilSociety: return "ประชาสังคม"
        case .community: return "องค์กรชุมชน"
        case .private: return "เอกชน"
        case .academic: return "วิชาการ"
        }
    }
    public var english: String {
        switch self {
        case .central: return "central government"
        case .provincial: return "provincial office"
        case .local: return "local government"
        case .civilSociety: return "civil society"
        case .community: return "community"
        case .private: return "private"
        case .academic: return "academic"
        }
    }
}

/// The level at which civil society acts (seed 002).
public enum CivilSocietyLevel: String, Vocabulary {
    case operational, coordinating, policy
    public static let fieldName = "level"
    public var thai: String {
        switch self {
        case .operational: return "ปฏิบัติการ"
        case .coordinating: return "ประสานงาน"
        case .policy: return "ขับเคลื่อนนโยบาย"
        }
    }
    public var english: String {
        switch self {
        case .operational: return "operational"
        case .coordinating: return "coordinating"
        case .policy: return "policy-driving"
        }
    }
}

/// The three issue areas of the national master plans (seed 000).
public enum IssueArea: String, Vocabulary {
    case socialPower = "social-power", grassrootsEconomy = "grassroots-economy", socialSecurity = "social-security"
    public static let fieldName = "issues"
    public var thai: String {
        switch self {
        case .socialPower: return "พลังทางสังคม"
        case .grassrootsEconomy: return "เศรษฐกิจฐานราก"
        case .socialSecurity: return "ความเสมอภาคและหลักประกันทางสังคม"
        }
    }
    public var english: String {
        switch self {
        case .socialPower: return "social power"
        case .grassrootsEconomy: return "grassroots economy"
        case .socialSecurity: return "equality and social security"
        }
    }
}

/// Vulnerable target groups (seed 002, plus the usual others).
public enum TargetGroup: String, Vocabulary {
    case poorElderly = "poor-elderly", stateless, womenViolence = "women-violence"
    case childrenYouth = "children-youth", disabled, other
    public static let fieldName = "target_groups"
    public var thai: String {
        switch self {
        case .poorElderly: return "ผู้สูงอายุยากจน"
        case .stateless: return "ผู้มีปัญหาสถานะทางทะเบียน"
        case .womenViolence: return "สตรีผู้ประสบความรุนแรง"
        case .childrenYouth: return "เด็กและเยาวชน"
        case .disabled: return "คนพิการ"
        case .other: return "อื่น ๆ"
        }
    }
    public var english: String {
        switch self {
        case .poorElderly: return "poor elderly"
        case .stateless: return "stateless / registration problems"
        case .womenViolence: return "women facing violence"
        case .childrenYouth: return "children and youth"
        case .disabled: return "people with disabilities"
        case .other: return "other"
        }
    }
}

public enum ResourceKind: String, Vocabulary {
    case offer, need
    public static let fieldName = "kind"
    public var thai: String { self == .offer ? "ให้" : "ต้องการ" }
    public var english: String { self == .offer ? "offer" : "need" }
}

/// Whether a need still waits for help (`open`, the default) or has been
/// met; a met need is no longer matched with offers (`docs/matching.md`).
public enum ResourceStatus: String, Vocabulary {
    case open, met
    public static let fieldName = "status"
    public var thai: String { self == .open ? "ยังต้องการ" : "ได้รับแล้ว" }
    public var english: String { self == .open ? "open" : "met" }
}

public enum ResourceCategory: String, Vocabulary {
    case funding, knowledge, equipment, venue, volunteers, data, care, referral, other
    public static let fieldName = "category"
    public var thai: String {
        switch self {
        case .funding: return "เงินทุน"
        case .knowledge: return "ความรู้/อบรม"
        case .equipment: return "อุปกรณ์"
        case .venue: return "สถานที่"
        case .volunteers: return "อาสาสมัคร"
        case .data: return "ข้อมูล"
        case .care: return "บริการดูแล"
        case .referral: return "การส่งต่อ"
        case .other: return "อื่น ๆ"
        }
    }
    public var english: String {
        switch self {
        case .knowledge: return "knowledge/training"
        case .care: return "care services"
        default: return rawValue
        }
    }
}

public enum ProjectStatus: String, Vocabulary {
    case planned, active, done, suspended
    public static let fieldName = "status"
    public var thai: String {
        switch self {
        case .planned: return "วางแผน"
        case .active: return "ดำเนินการ"
        case .done: return "เสร็จสิ้น"
        case .suspended: return "ระงับ"
        }
    }
    public var english: String { rawValue }
}

/// Administrative level of an area, from its geocode length.
public enum AreaLevel: Int, Sendable, Comparable, CaseIterable {
    case country = 0, province = 1, amphoe = 2, tambon = 3

    public static func < (a: AreaLevel, b: AreaLevel) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .country: return "country"
        case .province: return "province"
        case .amphoe: return "amphoe"
        case .tambon: return "tambon"
        }
    }
    public var thai: String {
        switch self {
        case .country: return "ประเทศ"
        case .province: return "จังหวัด"
        case .amphoe: return "อำเภอ"
        case .tambon: return "ตำบล"
        }
    }

    /// The level of a bare geocode: 2 digits province, 4 amphoe, 6 tambon; "TH" is the country.
    public init?(code: String) {
        switch code.count {
        case 2 where code == "TH": self = .country
        case 2: self = .province
        case 4: self = .amphoe
        case 6: self = .tambon
        default: return nil
        }
    }
}
