import EcosystemStore

/// How a form field is edited: typed text, one word from a pick list,
/// several words, area codes (typed or picked from the tree's areas), yes/no.
enum FormFieldKind: Equatable {
    case text, choice([String]), multi([String]), areas(multiple: Bool), bool
}

/// One field of a form; `value` is the raw text the store validates.
struct FormField: Equatable {
    var name: String
    var kind: FormFieldKind
    var value: String
    var required: Bool
    /// Why the store refused the value, shown next to the field.
    var error: String?

    var isTyped: Bool {
        switch kind {
        case .text, .areas: return true
        default: return false
        }
    }
}

/// A pick list over a form field (4P kind, role, target groups, areas…).
struct Picker: Equatable {
    var field: Int
    var options: [String]
    var chosen: [String]
    var cursor: Int
    var multiple: Bool
}

/// A form to add or edit one record: a state; `FormOverlay` takes its keys
/// and draws it; the store validates and saves it (`Effect.saveForm`).
struct FormState: Equatable {
    enum Target: Equatable {
        case create(RecordType)
        case edit(String, RecordType)
    }
    var target: Target
    var fields: [FormField]
    /// Values set by the context and not shown (a contact's element).
    var fixed: [String: String] = [:]
    /// The values when the form opened: an edit saves only what changed.
    var original: [String: String] = [:]
    /// Cursor on a field; `fields.count` is the Save button.
    var cursor = 0
    var picker: Picker?
    /// Close names already serving the same tambon (a new element only).
    var duplicates: [ElementSummary] = []
    var duplicatesAcknowledged = false
    /// What the form is about ("ผู้ติดต่อของ รพ.สต.เวียง").
    var subject: String?
    /// The record id when a natural key decides it (vulnerable-group counts).
    var naturalID: String?

    var type: RecordType {
        switch target {
        case let .create(t), let .edit(_, t): return t
        }
    }

    var isEdit: Bool { if case .edit = target { return true }; return false }

    func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    mutating func set(_ name: String, _ value: String) {
        if let i = fields.firstIndex(where: { $0.name == name }) { fields[i].value = value }
    }

    /// What to send to the store: a new record gets every value given; an
    /// edit only the fields that changed ("" clears a field).
    var input: [String: String] {
        var out = fixed
        for f in fields {
            let v = f.value.trimmingWhitespace()
            if isEdit {
                if v != (original[f.name] ?? "") { out[f.name] = v }
            } else if !v.isEmpty {
                out[f.name] = v
            }
        }
        return out
    }

    func title(_ t: Texts) -> String {
        let what = FormLabels.typeName(type, t)
        return (isEdit ? t("แก้ไข", "Edit ") : t("เพิ่ม", "Add ")) + what + (subject.map { " · " + $0 } ?? "")
    }
}

/// The fields each form shows and their labels. Record-id fields (a
/// contact's element, a project's lead) come from the context, not typing.
enum FormLabels {
    static func formFields(_ type: RecordType) -> [FieldSpec] {
        type.fields.filter { spec in
            switch spec.kind {
            case .recordID, .recordIDs: return false
            default: return true
            }
        }
    }

    static func kind(_ spec: FieldSpec) -> FormFieldKind {
        switch spec.kind {
        case let .word(words): return .choice(words)
        case let .words(words): return .multi(words)
        case .areaCode: return .areas(multiple: false)
        case .areaCodes: return .areas(multiple: true)
        case .bool: return .bool
        default: return .text
        }
    }

    /// A stored value as a form shows it, for the person to read and type
    /// over: a date as "29 พ.ย. 2569" / "29 Nov 2026" (read back by
    /// `CalendarDate.read`, like any date typed), a phone number with its
    /// dashes, an amount of baht with thousands separators, yes/no words.
    /// The store reads each of these back to the same stored value.
    static func shown(_ stored: String, _ spec: FieldSpec, thai: Bool) -> String {
        switch spec.kind {
        case _ where stored.isEmpty: return stored
        case .bool: return stored == "1" ? "true" : stored == "0" ? "false" : stored
        default: return ShowText.value(stored, spec, thai: thai)
        }
    }

    static func typeName(_ type: RecordType, _ t: Texts) -> String {
        switch type {
        case .entity: return t("องค์ประกอบ (4P)", "element (4P)")
        case .contact: return t("ผู้ติดต่อ", "contact")
        case .resource: return t("ทรัพยากร (ให้/ต้องการ)", "resource (offer/need)")
        case .project: return t("โครงการ", "project")
        case .vulnerable: return t("จำนวนกลุ่มเปราะบาง", "vulnerable-group count")
        case .indicatorValue: return t("ค่าตัวชี้วัด", "indicator value")
        case .contactLog: return t("บันทึกการติดต่อ", "contact log")
        case .referral: return t("การส่งต่อ", "referral")
        }
    }

    static func field(_ name: String, _ type: RecordType, _ t: Texts) -> String {
        switch name {
        case "name_th": return t("ชื่อ (ไทย)", "Name (Thai)")
        case "name_en": return t("ชื่อ (อังกฤษ)", "Name (English)")
        case "p4": return t("ประเภท 4P", "4P kind")
        case "role": return t("บทบาท", "Role")
        case "sector": return t("ภาคส่วน", "Sector")
        case "level": return t("ระดับการทำงาน", "Level")
        case "area": return type == .entity || type == .project ? t("พื้นที่ทำงาน", "Areas served") : t("พื้นที่", "Area")
        case "phone": return t("โทรศัพท์", "Phone")
        case "email": return t("อีเมล", "E-mail")
        case "line_id": return "LINE ID"
        case "description": return t("รายละเอียด", "Description")
        case "target_groups", "target_group": return t("กลุ่มเป้าหมาย", "Target group")
        case "issues": return t("ประเด็น", "Issues")
        case "name": return t("ชื่อ", "Name")
        case "position": return t("ตำแหน่ง", "Position")
        case "address": return t("ที่อยู่", "Address")
        case "private": return t("ส่วนตัว", "Private")
        case "kind": return t("ให้ / ต้องการ", "Offer / need")
        case "category": return t("ประเภท", "Category")
        case "quantity": return t("จำนวน", "Quantity")
        case "period": return t("ช่วงเวลา", "Period")
        case "status": return t("สถานะ", "Status")
        case "budget": return t("งบประมาณ (บาท)", "Budget (baht)")
        case "start": return t("เริ่ม", "Start")
        case "end": return t("สิ้นสุด", "End")
        case "registered": return t("ขึ้นทะเบียน (คน)", "Registered")
        case "reached": return t("เข้าถึงแล้ว (คน)", "Reached")
        case "targeted": return t("เป้าหมาย (คน)", "Targeted (persons)")
        case "delivery": return t("ผู้ดำเนินการ", "Delivered by")
        case "outcome_value": return t("มูลค่าผลลัพธ์ (บาท)", "Outcome value (baht)")
        case "year": return t("ปี", "Year")
        case "source": return t("แหล่งที่มา", "Source")
        case "date": return t("วันที่", "Date")
        case "who": return t("ติดต่อกับใคร", "Who")
        case "channel": return t("ช่องทาง", "Channel")
        case "note": return t("บันทึก", "Note")
        case "outcome": return t("ผล", "Outcome")
        case "case_code": return t("รหัสกรณี", "Case code")
        default: return name
        }
    }

    /// The Thai or English label of a pick-list word of a field.
    static func option(_ name: String, _ word: String, type: RecordType, thai: Bool) -> String {
        func label<V: Vocabulary>(_ v: V.Type) -> String { V(rawValue: word)?.label(thai: thai) ?? word }
        switch name {
        case "p4": return label(P4Kind.self)
        case "role": return label(PlayerRole.self)
        case "sector": return label(Sector.self)
        case "level": return label(CivilSocietyLevel.self)
        case "target_groups", "target_group": return label(TargetGroup.self)
        case "issues": return label(IssueArea.self)
        case "kind": return label(ResourceKind.self)
        case "category": return label(ResourceCategory.self)
        case "status":
            switch type {
            case .referral: return label(ReferralStatus.self)
            case .resource: return label(ResourceStatus.self)
            default: return label(ProjectStatus.self)
            }
        case "delivery": return label(DeliveryType.self)
        case "private": return word == "true" ? (thai ? "ใช่" : "yes") : (thai ? "ไม่" : "no")
        default: return word
        }
    }
}
