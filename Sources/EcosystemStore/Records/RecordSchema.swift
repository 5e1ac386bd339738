import Foundation

/// What a field holds; decides validation, the canonical text form (used in
/// history and bundles) and the SQLite column type.
public enum FieldKind: Sendable, Equatable {
    case text
    case integer
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
}

/// One field of a record type, as `tisep add/set` and bundles name it.
public struct FieldSpec: Sendable {
    public let name: String
    public let kind: FieldKind
    public let required: Bool
    /// What the column holds when the field is empty (a NOT NULL column:
    /// a referral's status is `referred` until someone says otherwise).
    public var defaultValue: String? = nil
    /// The numbers the field takes (`.integer` and `.real` fields), when bounded.
    public var range: ClosedRange<Double>? = nil
    /// The bundle format that added the field: a bundle of an older format
    /// lacks it, and its records read as having it empty, stamped when they
    /// were created (`BundleParse.record`).
    public var sinceBundleFormat = 1
    /// What `--help` and error messages say the field accepts.
    public var accepts: String { acceptance.english }

    /// `accepts` in Thai, for the Thai interface's forms.
    public var acceptsThai: String { acceptance.thai }

    /// What the field accepts in both languages, side by side so that a
    /// new kind cannot be described in one and forgotten in the other.
    private var acceptance: ValidationReason {
        switch kind {
        case .text: return ValidationReason("text", thai: "ข้อความ")
        case .integer: return ValidationReason("a whole number", thai: "จำนวนเต็ม")
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

    private func makeFields() -> [FieldSpec] {
        func f(_ name: String, _ kind: FieldKind, required: Bool = false, default value: String? = nil,
               range: ClosedRange<Double>? = nil, sinceBundleFormat: Int = 1) -> FieldSpec {
            FieldSpec(name: name, kind: kind, required: required, defaultValue: value, range: range,
                      sinceBundleFormat: sinceBundleFormat)
        }
        let persons: ClosedRange<Double> = 0...100_000_000
        let baht: ClosedRange<Double> = 0...10_000_000_000_000
        switch self {
        case .entity:
            return [f("name_th", .text, required: true), f("name_en", .text),
                    f("p4", .word(P4Kind.words), required: true), f("role", .word(PlayerRole.words)),
                    f("sector", .word(Sector.words)), f("level", .word(CivilSocietyLevel.words)),
                    f("area", .areaCodes), f("phone", .phone), f("email", .email), f("line_id", .lineID),
                    f("description", .text), f("target_groups", .words(TargetGroup.words)),
                    f("issues", .words(IssueArea.words))]
        case .contact:
            return [f("entity", .recordID, required: true), f("name", .text), f("position", .text),
                    f("phone", .phone), f("email", .email), f("line_id", .lineID), f("address", .text),
                    f("private", .bool)]
        case .resource:
            return [f("entity", .recordID, required: true), f("kind", .word(ResourceKind.words), required: true),
                    f("category", .word(ResourceCategory.words)), f("description", .text),
                    f("quantity", .text), f("area", .areaCode), f("period", .text)]
        case .project:
            return [f("name_th", .text, required: true), f("name_en", .text), f("lead", .recordID),
                    f("partners", .recordIDs), f("area", .areaCodes), f("target_groups", .words(TargetGroup.words)),
                    f("status", .word(ProjectStatus.words)), f("budget", .real), f("start", .date),
                    f("end", .date), f("description", .text),
                    // Bundle format 2 (issue 19): persons targeted and reached, who
                    // delivered it, and its outcomes in baht (unit cost and SROI).
                    f("targeted", .integer, range: persons, sinceBundleFormat: 2),
                    f("reached", .integer, range: persons, sinceBundleFormat: 2),
                    f("delivery", .word(DeliveryType.words), sinceBundleFormat: 2),
                    f("outcome_value", .real, range: baht, sinceBundleFormat: 2)]
        case .vulnerable:
            return [f("area", .areaCode, required: true), f("target_group", .word(TargetGroup.words), required: true),
                    f("registered", .integer), f("reached", .integer), f("year", .integer), f("source", .text)]
        case .indicatorValue:
            return [f("area", .areaCode, required: true), f("indicator", .text, required: true),
                    f("year", .integer, required: true), f("value", .real), f("source", .text),
                    f("synthetic", .bool), f("households", .integer), f("small_sample", .bool),
                    // Bundle format 2: the 95 % interval of a value computed from
                    // households (`high` empty with `low` given: no upper end).
                    f("low", .real, sinceBundleFormat: 2), f("high", .real, sinceBundleFormat: 2)]
        case .contactLog:
            return [f("entity", .recordID, required: true), f("date", .date), f("who", .text),
                    f("channel", .text), f("note", .text), f("outcome", .text)]
        case .referral:
            return [f("area", .areaCode, required: true), f("case_code", .caseCode, required: true),
                    f("target_group", .word(TargetGroup.words)), f("need", .recordID),
                    f("to_entity", .recordID),
                    f("status", .word(["referred", "accepted", "done", "declined"]), default: "referred"),
                    f("date", .date), f("note", .text)]
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

extension FieldSpec {
    /// Validates user input and returns the canonical text stored, stamped
    /// and synced (nil = empty). `areaExists` checks area codes.
    func canonical(_ input: String, areaExists: (String) throws -> Bool) throws -> String? {
        let raw = input.nfc.trimmingWhitespace()
        if raw.isEmpty {
            if required { throw StoreError.invalidValue(field: name, value: input, reason: .required) }
            return nil
        }
        func bad(_ english: String, thai: String) -> StoreError {
            .invalidValue(field: name, value: input, reason: ValidationReason(english, thai: thai))
        }
        let notAccepted = StoreError.invalidValue(field: name, value: input, reason: acceptance)
        let expected = StoreError.invalidValue(field: name, value: input, reason: ValidationReason("expected \(accepts)", thai: "ต้องเป็น\(acceptsThai)"))
        switch kind {
        case .text:
            return raw
        case .integer:
            guard let v = Int(raw.replacingOccurrences(of: ",", with: "")) else { throw expected }
            if let problem = rangeProblem(Double(v)) { throw StoreError.invalidValue(field: name, value: input, reason: problem) }
            return String(v)
        case .real:
            guard let v = Double(raw.replacingOccurrences(of: ",", with: "")), v.isFinite else { throw expected }
            if let problem = rangeProblem(v) { throw StoreError.invalidValue(field: name, value: input, reason: problem) }
            return canonicalNumber(v)
        case .bool:
            switch raw.lowercased() {
            case "true", "yes", "1", "y", "ใช่": return "1"
            case "false", "no", "0", "n", "ไม่": return "0"
            default: throw bad("expected true or false", thai: "ต้องเป็น ใช่ หรือ ไม่")
            }
        case .phone:
            switch PhoneNumber.normalize(raw) {
            case let .success(digits): return digits
            case let .failure(problem): throw bad(problem.description, thai: problem.thai)
            }
        case .email:
            guard EmailAddress.isValid(raw) else {
                throw bad("expected an e-mail address like name@example.org", thai: "ต้องเป็นอีเมล เช่น name@example.org")
            }
            return raw.lowercased()
        case .lineID:
            let id = raw.hasPrefix("@") ? raw : raw.lowercased()
            let allowed = id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-@".unicodeScalars.contains($0)) }
            guard allowed, id.count <= 40 else { throw notAccepted }
            return id
        case .date:
            switch CalendarDate.read(raw) {
            case let .success(date): return date
            case let .failure(why): throw bad(why.english, thai: why.thai)
            }
        case let .word(words):
            let w = raw.lowercased()
            guard words.contains(w) else {
                throw bad("expected one of \(words.joined(separator: ", "))", thai: "ต้องเป็นหนึ่งใน \(words.joined(separator: ", "))")
            }
            return w
        case let .words(words):
            let items = try listItems(raw).map { item -> String in
                let w = item.lowercased()
                guard words.contains(w) else {
                    throw bad("'\(item)' is not one of \(words.joined(separator: ", "))", thai: "'\(item)' ไม่ใช่หนึ่งใน \(words.joined(separator: ", "))")
                }
                return w
            }
            return items.isEmpty ? nil : Array(Set(items)).sorted().joined(separator: ",")
        case .areaCode:
            let code = AreaCode.bare(raw)
            guard try areaExists(code) else { throw bad("no area with code \(code)", thai: "ไม่มีพื้นที่รหัส \(code)") }
            return code
        case .areaCodes:
            let codes = try listItems(raw).map { item -> String in
                let code = AreaCode.bare(item)
                guard try areaExists(code) else { throw bad("no area with code \(code)", thai: "ไม่มีพื้นที่รหัส \(code)") }
                return code
            }
            return codes.isEmpty ? nil : Array(Set(codes)).sorted().joined(separator: ",")
        case .recordID:
            return raw.lowercased()
        case .recordIDs:
            let ids = listItems(raw).map { $0.lowercased() }
            return ids.isEmpty ? nil : Array(Set(ids)).sorted().joined(separator: ",")
        case .caseCode:
            if let problem = CaseCode.problem(raw) { throw StoreError.invalidValue(field: name, value: input, reason: problem) }
            return raw.uppercased()
        }
    }

    /// Why `value` is outside the field's range, or nil.
    func rangeProblem(_ value: Double) -> ValidationReason? {
        guard let range, !range.contains(value) else { return nil }
        let low = canonicalNumber(range.lowerBound), high = NumberText.count(Int(range.upperBound))
        return range.lowerBound == 0
            ? ValidationReason("expected a number from 0 to \(high) (not negative)", thai: "ต้องเป็นตัวเลขตั้งแต่ 0 ถึง \(high) (ห้ามติดลบ)")
            : ValidationReason("expected a number from \(low) to \(high)", thai: "ต้องเป็นตัวเลขตั้งแต่ \(low) ถึง \(high)")
    }

    private func listItems(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map { String($0) }
    }
}

/// Numbers in canonical text: integers without ".0", others as Swift prints them.
func canonicalNumber(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
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

enum EmailAddress {
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !s.contains(" ") else { return false }
        return true
    }
}

/// A referral names a person by a case code only, never by identity. A case
/// code is short ASCII (letters, digits, `-` `_` `/` `.`) with at least one
/// digit, so a name (Thai or Latin) is refused; and it must not hold what
/// identifies a person: a Thai national ID (13 digits, with or without
/// dashes or spaces) or a phone number (9 or 10 digits), nor any unbroken
/// run of 9 or more digits.
public enum CaseCode {
    public static let maxLength = 32

    /// Why `code` is not an acceptable case code, or nil.
    public static func problem(_ code: String) -> ValidationReason? {
        let separators: Set<Character> = ["-", "_", "/", ".", " "]
        let digitsOnly = code.filter(\.isASCII).filter(\.isNumber)
        if code.allSatisfy({ ($0.isASCII && $0.isNumber) || separators.contains($0) }), [9, 10, 13].contains(digitsOnly.count) {
            return digitsOnly.count == 13
                ? ValidationReason("looks like a national ID: use a case code, never a person's identity",
                                   thai: "ดูเหมือนเลขประจำตัวประชาชน: ใช้รหัสกรณี ห้ามใช้ข้อมูลที่ระบุตัวบุคคล")
                : ValidationReason("looks like a phone number: use a case code, never a person's contact",
                                   thai: "ดูเหมือนเบอร์โทรศัพท์: ใช้รหัสกรณี ห้ามใช้ช่องทางติดต่อของบุคคล")
        }
        var run = 0, longest = 0
        for c in code {
            if c.isASCII && c.isNumber { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        if longest >= 9 {
            return ValidationReason("holds a long number (an ID or a phone?): use a case code, never a person's identity",
                                    thai: "มีตัวเลขยาว (เลขประจำตัวหรือเบอร์โทร?): ใช้รหัสกรณี ห้ามใช้ข้อมูลที่ระบุตัวบุคคล")
        }
        guard code.count <= maxLength else {
            return ValidationReason("too long: a case code has at most \(maxLength) characters",
                                    thai: "ยาวเกินไป: รหัสกรณียาวได้ไม่เกิน \(maxLength) ตัว")
        }
        guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_/.".contains($0)) }) else {
            return ValidationReason("a case code uses only letters A-Z, digits and - _ / . (no names, no spaces)",
                                    thai: "รหัสกรณีใช้ได้เฉพาะตัวอักษร A-Z ตัวเลข และ - _ / . (ห้ามใส่ชื่อ ห้ามเว้นวรรค)")
        }
        guard code.contains(where: { $0.isNumber }) else {
            return ValidationReason("a case code has a digit (a name is not a case code)",
                                    thai: "รหัสกรณีต้องมีตัวเลข (ชื่อไม่ใช่รหัสกรณี)")
        }
        return nil
    }
}
