import Foundation

/// What a field holds; decides validation, the canonical text form (used in
/// history and bundles) and the SQLite column type.
public enum FieldKind: Sendable, Equatable {
    case text
    case integer
    /// A year, stored in the Christian era; a Buddhist-era year is converted.
    case year
    case real
    case bool
    case phone
    case email
    case lineID
    case date
    case word([String])
    case words([String])
    case areaCode
    case areaCodes
    case recordID
    case recordIDs
    /// A referral's case code: the coordinator's own code for a person,
    /// never the person's identity (see `CaseCode`).
    case caseCode
    /// An indicator's id (`s90s10`): lower-case letters, digits and `_`.
    case indicatorID
}

/// One field of a record type, as `tisep add/set` and bundles name it.
public struct FieldSpec: Sendable {
    public let name: String
    public let kind: FieldKind
    public let required: Bool
    /// What the column holds when the field is empty (a NOT NULL column:
    /// a referral's status is `referred` until someone says otherwise).
    public var defaultValue: String? = nil
    /// What text the field takes (`.text` fields): length, lines, personal data.
    public var textRule = TextRule.name
    /// The numbers the field takes (`.integer` and `.real` fields), when bounded.
    public var range: ClosedRange<Double>? = nil
    /// The schema version that added the field. A bundle written before it
    /// lacks the field: its records read as having the default, stamped
    /// when they were created (`BundleParse.record`).
    public var sinceSchema = 1
    /// The bundle format that added the field: a bundle of an older format
    /// lacks it and its records read as having it empty, stamped when they
    /// were created; a bundle of this format or newer must carry it
    /// (`BundleParse.record`).
    public var sinceBundleFormat = 1
    /// What `--help` and error messages say the field accepts.
    public var accepts: String { acceptance.english }

    /// `accepts` in Thai, for the Thai interface's forms.
    public var acceptsThai: String { acceptance.thai }

    /// What the field accepts in both languages, side by side so that a
    /// new kind cannot be described in one and forgotten in the other.
    var acceptance: ValidationReason {
        switch kind {
        case .text: return ValidationReason("text", thai: "ข้อความ")
        case .integer: return ValidationReason("a whole number", thai: "จำนวนเต็ม")
        case .year: return ValidationReason("a year (2025, or Buddhist era 2568)", thai: "ปี (2568 พ.ศ. หรือ 2025 ค.ศ.)")
        case .real: return ValidationReason("a number", thai: "ตัวเลข")
        case .bool: return ValidationReason("true|false", thai: "ใช่|ไม่")
        case .phone: return ValidationReason("a Thai phone number (0812345678, 02-123-4567, 054-123-456)",
                                             thai: "เบอร์โทรศัพท์ไทย (0812345678, 02-123-4567, 054-123-456)")
        case .email: return ValidationReason("an e-mail address", thai: "อีเมล")
        case .lineID: return ValidationReason("a LINE ID (letters, digits, . _ - @; up to 40)",
                                              thai: "LINE ID (ตัวอักษร ตัวเลข . _ - @; ไม่เกิน 40 ตัว)")
        case .date: return ValidationReason("a date: 29/11/2569, 29 Nov 2026 or 2026-11-29 (a year above 2400 is Buddhist era)",
                                            thai: "วันที่ เช่น 29/11/2569, 29 พ.ย. 2569 หรือ 2026-11-29 (ปีที่เกิน 2400 เป็นพุทธศักราช)")
        case let .word(words): return ValidationReason(words.joined(separator: "|"), thai: words.joined(separator: "|"))
        case let .words(words): return ValidationReason("comma-separated: " + words.joined(separator: ","),
                                                        thai: "คั่นด้วยจุลภาค: " + words.joined(separator: ","))
        case .areaCode: return ValidationReason("an area geocode (56, 5601, 560101 or TH560101)",
                                                thai: "รหัสพื้นที่ (56, 5601, 560101 หรือ TH560101)")
        case .areaCodes: return ValidationReason("area geocodes, comma-separated or repeated", thai: "รหัสพื้นที่ คั่นด้วยจุลภาคหรือใส่ซ้ำ")
        case .recordID: return ValidationReason("a record id", thai: "รหัสระเบียน")
        case .recordIDs: return ValidationReason("record ids, comma-separated", thai: "รหัสระเบียน คั่นด้วยจุลภาค")
        case .caseCode: return ValidationReason("a case code (letters A-Z, digits, - _ / .; with a digit; never a national ID, phone number or name)",
                                                thai: "รหัสกรณี (ตัวอักษร A-Z ตัวเลข - _ / .; มีตัวเลข; ห้ามใช้เลขประจำตัวประชาชน เบอร์โทร หรือชื่อ)")
        case .indicatorID: return ValidationReason("an indicator id (lower-case letters, digits and _; up to \(IndicatorID.maxLength))",
                                                   thai: "รหัสตัวชี้วัด (ตัวอักษรเล็ก ตัวเลข และ _; ไม่เกิน \(IndicatorID.maxLength) ตัว)")
        }
    }

    var isList: Bool {
        switch kind {
        case .words, .areaCodes, .recordIDs: return true
        default: return false
        }
    }
}

/// The kinds of records users edit and sync.
public enum RecordType: String, CaseIterable, Sendable {
    case entity, contact, resource, project
    case vulnerable
    case indicatorValue = "indicator-value"
    case contactLog = "contact-log"
    case referral

    /// The English noun a count of these records takes ("10,786 elements",
    /// "1 vulnerable-group count"): the interface's words, not the type's.
    public var countNoun: String {
        switch self {
        case .entity: return "element"
        case .vulnerable: return "vulnerable-group count"
        case .indicatorValue: return "indicator value"
        case .contactLog: return "contact log"
        case .contact, .resource, .project, .referral: return rawValue
        }
    }

    public var table: String {
        switch self {
        case .entity: return "entities"
        case .contact: return "contacts"
        case .resource: return "resources"
        case .project: return "projects"
        case .vulnerable: return "vulnerable_groups"
        case .indicatorValue: return "indicator_values"
        case .contactLog: return "contact_logs"
        case .referral: return "referrals"
        }
    }

    /// The user-visible fields, in the order bundles and digests list them.
    /// `deleted` and `demo` are fields too but are handled by the store.
    /// Built once: every insert and every read consults them.
    public var fields: [FieldSpec] { RecordType.fieldTable[self]! }

    private static let fieldTable: [RecordType: [FieldSpec]] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.makeFields()) })

    /// Every field with its kind and rule; `docs/security.md` lists the rules.
    private func makeFields() -> [FieldSpec] {
        func f(_ name: String, _ kind: FieldKind, required: Bool = false, default value: String? = nil,
               text: TextRule = .name, range: ClosedRange<Double>? = nil, since: Int = 1, sinceBundleFormat: Int = 1) -> FieldSpec {
            FieldSpec(name: name, kind: kind, required: required, defaultValue: value, textRule: text, range: range, sinceSchema: since,
                      sinceBundleFormat: sinceBundleFormat)
        }
        let baht: ClosedRange<Double> = 0...10_000_000_000_000
        let people: ClosedRange<Double> = 0...100_000_000 // counts of persons or households
        switch self {
        case .entity:
            return [f("name_th", .text, required: true), f("name_en", .text),
                    f("p4", .word(P4Kind.words), required: true), f("role", .word(PlayerRole.words)),
                    f("sector", .word(Sector.words)), f("level", .word(CivilSocietyLevel.words)),
                    f("area", .areaCodes), f("phone", .phone), f("email", .email), f("line_id", .lineID),
                    f("description", .text, text: .description), f("target_groups", .words(TargetGroup.words)),
                    f("issues", .words(IssueArea.words))]
        case .contact:
            return [f("entity", .recordID, required: true), f("name", .text), f("position", .text),
                    f("phone", .phone), f("email", .email), f("line_id", .lineID), f("address", .text, text: .address),
                    f("private", .bool)]
        case .resource:
            return [f("entity", .recordID, required: true), f("kind", .word(ResourceKind.words), required: true),
                    f("category", .word(ResourceCategory.words)), f("description", .text, text: .description),
                    f("quantity", .text, text: .short), f("area", .areaCode), f("period", .text, text: .short),
                    f("status", .word(ResourceStatus.words), default: ResourceStatus.open.rawValue, since: 6)]
        case .project:
            return [f("name_th", .text, required: true), f("name_en", .text), f("lead", .recordID),
                    f("partners", .recordIDs), f("area", .areaCodes), f("target_groups", .words(TargetGroup.words)),
                    f("status", .word(ProjectStatus.words)), f("budget", .real, range: 0...10_000_000_000_000), f("start", .date),
                    f("end", .date), f("description", .text, text: .description),
                    // Schema 9, bundle format 2 (issue 19): persons targeted and
                    // reached, who delivered it, and its outcomes in baht (unit cost and SROI).
                    f("targeted", .integer, range: people, since: 9, sinceBundleFormat: 2),
                    f("reached", .integer, range: people, since: 9, sinceBundleFormat: 2),
                    f("delivery", .word(DeliveryType.words), since: 9, sinceBundleFormat: 2),
                    f("outcome_value", .real, range: baht, since: 9, sinceBundleFormat: 2)]
        case .vulnerable:
            return [f("area", .areaCode, required: true), f("target_group", .word(TargetGroup.words), required: true),
                    f("registered", .integer, range: people), f("reached", .integer, range: people), f("year", .year),
                    f("source", .text, text: .short)]
        case .indicatorValue:
            return [f("area", .areaCode, required: true), f("indicator", .indicatorID, required: true),
                    f("year", .year, required: true), f("value", .real, range: -1_000_000_000_000...1_000_000_000_000),
                    f("source", .text, text: .short), f("synthetic", .bool), f("households", .integer, range: people),
                    f("small_sample", .bool),
                    // Schema 9, bundle format 2: the 95 % interval of a value computed
                    // from households (`high` empty with `low` given: no upper end).
                    f("low", .real, range: -1_000_000_000_000...1_000_000_000_000, since: 9, sinceBundleFormat: 2),
                    f("high", .real, range: -1_000_000_000_000...1_000_000_000_000, since: 9, sinceBundleFormat: 2)]
        case .contactLog:
            return [f("entity", .recordID, required: true), f("date", .date), f("who", .text),
                    f("channel", .text), f("note", .text, text: .note), f("outcome", .text, text: .note)]
        case .referral:
            return [f("area", .areaCode, required: true), f("case_code", .caseCode, required: true),
                    f("target_group", .word(TargetGroup.words)), f("need", .recordID),
                    f("to_entity", .recordID),
                    f("status", .word(["referred", "accepted", "done", "declined"]), default: "referred"),
                    f("date", .date), f("note", .text, text: .note)]
        }
    }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }

    /// The SQL that inserts a row of this type (fields in `fields` order after id, stamp, demo).
    var insertSQL: String { RecordType.insertTable[self]! }

    private static let insertTable: [RecordType: String] = Dictionary(uniqueKeysWithValues: allCases.map { type in
        let columns = ["id", "stamp", "demo"] + type.fields.map(\.quotedColumn)
        return (type, "INSERT INTO \(type.table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
    })

    /// Fields whose area codes go into `record_areas`.
    var areaField: String? {
        switch self {
        case .entity, .project, .resource, .vulnerable, .indicatorValue, .referral: return "area"
        case .contact, .contactLog: return nil
        }
    }
}

/// Fields every record has besides its own.
enum SystemField {
    static let deleted = "deleted"
    static let demo = "demo"
}

public enum AreaCode {
    /// "TH560101" → "560101"; surrounding space removed.
    public static func bare(_ code: String) -> String {
        let c = code.trimmingWhitespace()
        if c.uppercased().hasPrefix("TH") && c.count > 2 { return String(c.dropFirst(2)) }
        return c
    }

    /// The parent geocode ("560101" → "5601" → "56" → nil).
    public static func parent(of code: String) -> String? {
        code.count > 2 ? String(code.dropLast(2)) : nil
    }

    /// The lowest string greater than every code that starts with `prefix`,
    /// for range scans of a subtree ("56" → "57"; "5609" → "560:").
    static func upperBound(ofPrefix prefix: String) -> String {
        guard let last = prefix.unicodeScalars.last else { return "\u{10FFFF}" }
        return String(prefix.unicodeScalars.dropLast()) + String(Unicode.Scalar(last.value + 1) ?? last)
    }
}
