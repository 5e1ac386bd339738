import Foundation
import AsciiMap
import EcosystemStore

/// This laptop and what sync has left for a person to look at (issue 13,
/// section 6): the status line shows the laptop's name, the conflicts
/// waiting for review and the values held back from bundles; `Update.syncCheckIfDue` asks for them again every few
/// seconds, so an import run on the command line beside the interface, or
/// `tisep laptop NAME`, shows without a restart.
struct SyncFacts: Equatable {
    var laptopName = ""
    /// The replica id: a conflict's side made here reads "this laptop".
    var laptopID = ""
    /// Conflicts not yet reviewed.
    var conflicts = 0
    /// Values held back from bundles.
    var heldBack = 0
    /// Those of them still to mend: not superseded by what came since
    /// (`HeldBackValue.superseded`); the status line counts these.
    var heldBackToMend = 0
}

/// What the sync review (`V`) lists.
struct SyncReviewData: Equatable {
    /// Conflicts the review lists at most; `tisep conflicts` lists them all.
    static let limit = 200

    var facts: SyncFacts
    /// Conflicts waiting for review, newest first (at most `limit`).
    var conflicts: [SyncConflict]
    /// Values held back from bundles, oldest import first (at most `limit`).
    var heldBack: [HeldBackItem]
}

/// A value held back from a bundle, with the names a person reads.
struct HeldBackItem: Equatable {
    var value: HeldBackValue
    /// What a person calls the record or area ("" when it is not here).
    var name: String
    /// The name of the laptop whose bundle carried it ("" for a hub's merged bundle).
    var fromName: String
}

/// The sync review's state while it is open (`Overlay.syncReview`).
struct SyncReview: Equatable {
    enum Section: Equatable { case conflicts, heldBack }
    var section: Section = .conflicts
    /// nil until loaded.
    var data: SyncReviewData?
    /// The conflict (or held-back value) under the cursor.
    var cursor = 0
    /// The new name while `n` asks for it on the status line.
    var renaming: String?
    /// Why the store refused the name typed.
    var renameProblem: String?

    /// Items in the section shown.
    var count: Int {
        guard let data else { return 0 }
        return section == .conflicts ? data.conflicts.count : data.heldBack.count
    }

    /// The conflict under the cursor.
    var conflict: SyncConflict? {
        guard section == .conflicts, let data, data.conflicts.indices.contains(cursor) else { return nil }
        return data.conflicts[cursor]
    }
}

/// The words of the sync review and the status line, in the glossary's
/// terms (docs/glossary.md: เครื่อง laptop, ไฟล์ซิงก์ bundle, ความขัดแย้ง
/// conflict, ค่าที่ถูกกักไว้ held-back value), with dates and values as
/// docs/formatting.md writes them.
enum SyncText {
    /// "3 ความขัดแย้งรอตรวจ · V", "3 ความขัดแย้ง · 2 ค่าที่ถูกกักไว้ · V"
    /// for the status line: what waits in the sync review, and its key; nil
    /// when nothing does. With both, the conflicts in fewer words, so that
    /// the laptop's name still fits beside them at 80 columns.
    static func notice(conflicts: Int, heldBack: Int, _ t: Texts) -> String? {
        var parts: [String] = []
        if conflicts > 0 {
            if heldBack > 0 {
                parts.append(t.count(conflicts, "ความขัดแย้ง", "conflict"))
            } else {
                parts.append(t.count(conflicts, "ความขัดแย้งรอตรวจ", "conflict") + t("", " to review"))
            }
        }
        if heldBack > 0 {
            parts.append(t.count(heldBack, "ค่าที่ถูกกักไว้", "value") + t("", " held back"))
        }
        return parts.isEmpty ? nil : (parts + ["V"]).joined(separator: " · ")
    }

    /// "เครื่อง โน้ตบุ๊กเวียง", the name cut to 24 columns on the status line.
    static func laptop(_ name: String, _ t: Texts, columns: Int = 24) -> String {
        t("เครื่อง ", "laptop ") + TextWidth.truncate(TerminalSafe.line(name), to: columns)
    }

    /// What a conflict is about: "กลุ่มสตรีตำบลเวียง · ชื่อ (อังกฤษ)"; a
    /// record other than an element is led by its kind.
    static func subject(_ c: SyncConflict, _ t: Texts) -> String {
        let name = c.recordName.isEmpty ? c.recordID : c.recordName
        let kind = c.type == .entity ? "" : FormLabels.typeName(c.type, t) + " "
        return kind + name + " · " + field(c.field, c.type, t)
    }

    /// A field's label in the interface language (the forms' labels).
    static func field(_ name: String, _ type: RecordType?, _ t: Texts) -> String {
        switch name {
        case "deleted": return t("การลบ", "Deleted")
        case "demo": return t("ข้อมูลสาธิต", "Demo data")
        case "centroid": return t("จุดศูนย์กลาง", "Centroid")
        case "postal_code": return t("รหัสไปรษณีย์", "Postal code")
        default: return FormLabels.field(name, type ?? .entity, t)
        }
    }

    /// A value as the detail pane and forms show it: vocabulary words by
    /// their labels, dates in the reader's era, phones with dashes, amounts
    /// with separators; "(ว่าง)" for none; cut after `limit` characters
    /// (`tisep conflicts` prints it whole). Quoted when it is free text.
    static func value(_ stored: String?, field: String, type: RecordType, _ t: Texts, limit: Int = 160) -> String {
        guard let stored, !stored.isEmpty else { return t("(ว่าง)", "(empty)") }
        if field == "deleted" { return stored == "1" ? t("ลบแล้ว", "deleted") : t("ไม่ลบ", "not deleted") }
        if field == "demo" { return stored == "1" ? t("ใช่", "yes") : t("ไม่", "no") }
        guard let spec = type.fields.first(where: { $0.name == field }) else { return quoted(stored, limit: limit) }
        switch spec.kind {
        case .word, .words:
            return stored.split(separator: ",").map { FormLabels.option(field, String($0), type: type, thai: t.thai) }.joined(separator: ", ")
        case .bool:
            return stored == "1" ? t("ใช่", "yes") : t("ไม่", "no")
        case .text:
            return quoted(stored, limit: limit)
        default:
            return cut(ShowText.value(stored, spec, thai: t.thai), limit: limit)
        }
    }

    static func quoted(_ text: String, limit: Int) -> String { "\"" + cut(text, limit: limit) + "\"" }

    /// At most `limit` characters, made safe for the terminal first (so a
    /// line is wrapped as it will be shown), with "…" when cut.
    static func cut(_ text: String, limit: Int) -> String {
        let safe = TerminalSafe.line(text)
        return safe.count > limit ? String(safe.prefix(limit)) + "…" : safe
    }

    /// Who made a side of a conflict, and when: "เครื่องนี้ · 1 พ.ย. 2568 10:00 น.".
    static func side(_ v: ConflictVersion, thisLaptop: String, _ t: Texts) -> String {
        let who = v.laptop == thisLaptop ? t("เครื่องนี้", "this laptop") : t("เครื่อง ", "laptop ") + TerminalSafe.line(v.laptopName ?? v.laptop)
        return who + " · " + CalendarDate.displayMoment(v.date, thai: t.thai)
    }

    /// Why the winner won, in the interface language.
    static func rule(_ r: ConflictRule, _ t: Texts) -> String { t.thai ? r.thai : r.english }

    /// What a held-back value belongs to: "องค์ประกอบ (4P) กลุ่มสตรีตำบลเวียง · ชื่อ (ไทย)".
    static func subject(_ item: HeldBackItem, _ t: Texts) -> String {
        let v = item.value
        let type = RecordType(rawValue: v.kind)
        let kind: String
        switch v.kind {
        case "area": kind = t("พื้นที่", "area")
        case "laptop": kind = t("ชื่อเครื่อง", "laptop name")
        default: kind = type.map { FormLabels.typeName($0, t) } ?? v.kind
        }
        let name = item.name.isEmpty ? v.id : TerminalSafe.line(item.name) + " (" + v.id + ")"
        let what = v.isWhole ? t("ทั้งรายการ", "the whole record") : v.kind == "laptop" ? "" : field(v.field, type, t)
        return [kind + " " + name, what].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// How to mend a held-back value: on the laptop that sent it; nothing
    /// to do once what came since makes it moot.
    static func mend(_ item: HeldBackItem, _ t: Texts) -> String {
        if item.value.superseded {
            return item.value.kind == "laptop"
                ? t("ไม่ต้องแก้: เครื่องนี้รู้ชื่อที่ถูกต้องของเครื่องนั้นแล้ว", "nothing to mend: a valid name of that laptop is known here")
                : t("ไม่ต้องแก้: ค่าที่ใหม่กว่ามาถึงแล้ว", "nothing to mend: a later value is here")
        }
        let from = item.value.fromLaptop.isEmpty ? nil : TerminalSafe.line(item.fromName.isEmpty ? item.value.fromLaptop : item.fromName)
        if item.value.kind == "laptop" {
            return t("ตั้งชื่อใหม่ที่เครื่องนั้น: tisep laptop ชื่อ", "rename that laptop there: tisep laptop NAME")
        }
        let there = from.map { t("ที่เครื่อง \($0)", "on laptop \($0)") } ?? t("ที่เครื่องที่สร้างค่านี้", "on the laptop that made it")
        return t("\(there): อัปเดต tisep แล้ว tisep check ที่นั่นจะบอกค่าที่ต้องแก้ ค่าที่แก้แล้วมากับไฟล์ซิงก์ถัดไป",
                 "\(there): update tisep, and tisep check there names the value to mend; the mended value comes with its next bundle")
    }

    /// "เครื่อง X · 2 พ.ย. 2568": whose bundle carried a held-back value, and when it came.
    static func received(_ item: HeldBackItem, _ t: Texts) -> String {
        let v = item.value
        let from = v.fromLaptop.isEmpty ? t("ไฟล์ซิงก์ที่รวมมา", "a merged bundle")
            : t("เครื่อง ", "laptop ") + TerminalSafe.line(item.fromName.isEmpty ? v.fromLaptop : item.fromName)
        let when = ISO8601DateFormatter().date(from: v.received).map { " · " + CalendarDate.display($0, thai: t.thai) } ?? ""
        return from + when
    }
}
