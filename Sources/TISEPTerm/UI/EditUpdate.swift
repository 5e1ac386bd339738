import EcosystemStore

/// Editing keys: `a` add, `E` edit, `D` delete, `u` undo, `C` log a
/// contact, `R` log a referral, `m` needs and offers, `M` merge duplicates
/// (the forms, menus and questions they open are overlays, `Overlays/`);
/// and what the store answered to an edit. Pure, like the rest of
/// `Update`: the store work is `EffectRunner`'s.
extension Update {
    static func performEdit(_ state: inout AppState, _ action: Action) -> [Effect] {
        let t = state.texts
        switch action {
        case .add: return add(&state)
        case .edit: return edit(&state)
        case .delete: return delete(&state)
        case .undo:
            guard let entry = state.undoStack.popLast() else {
                state.status = t("ไม่มีอะไรให้ย้อน", "nothing to undo")
                return []
            }
            return [.applyUndo(entry)]
        case .logContact:
            guard let id = state.selectedElement, let detail = state.elementDetail else { return needElement(&state) }
            state.overlay = .form(newForm(state, .contactLog, fixed: ["entity": id], preset: ["date": state.today], subject: detail.record["name_th"]))
            return []
        case .logReferral:
            var preset = ["status": "referred", "date": state.today]
            if !state.selectedArea.isEmpty { preset["area"] = state.selectedArea }
            var fixed: [String: String] = [:]
            if let id = state.selectedElement, let detail = state.elementDetail {
                fixed["to_entity"] = id
                state.overlay = .form(newForm(state, .referral, fixed: fixed, preset: preset, subject: t("ถึง ", "to ") + (detail.record["name_th"] ?? "")))
            } else {
                state.overlay = .form(newForm(state, .referral, fixed: fixed, preset: preset, subject: nil))
            }
            return []
        case .needsOffers:
            guard !state.selectedArea.isEmpty else { return [] }
            state.overlay = .needs(NeedsView(area: state.selectedArea))
            return [.loadMatches(state.selectedArea)]
        case .mergeRecords:
            guard let id = state.selectedElement else { return needElement(&state) }
            return [.findDuplicates(id)]
        default: return []
        }
    }

    private static func needElement(_ state: inout AppState) -> [Effect] {
        state.status = state.texts("เลือกองค์ประกอบในรายการก่อน", "choose an element in the list first")
        return []
    }

    /// A new, empty form for `type` with values from the context.
    static func newForm(_ state: AppState, _ type: RecordType, fixed: [String: String] = [:], preset: [String: String] = [:],
                        subject: String? = nil) -> FormState {
        let fields = FormLabels.formFields(type).map { spec in
            FormField(name: spec.name, kind: FormLabels.kind(spec), value: FormLabels.shown(preset[spec.name] ?? "", spec, thai: state.thai),
                      required: spec.required)
        }
        var form = FormState(target: .create(type), fields: fields, fixed: fixed, subject: subject)
        form.cursor = fields.firstIndex { $0.value.isEmpty } ?? 0
        return form
    }

    /// The form of an existing record, with its values as the user would type them.
    static func editForm(_ record: Record, subject: String?, thai: Bool) -> FormState {
        var original: [String: String] = [:]
        let fields = FormLabels.formFields(record.type).map { spec -> FormField in
            // A yes/no field never set reads "no", as the store takes it.
            let stored = record[spec.name] ?? (spec.kind == .bool ? "0" : "")
            let value = FormLabels.shown(stored, spec, thai: thai)
            original[spec.name] = value
            return FormField(name: spec.name, kind: FormLabels.kind(spec), value: value, required: spec.required)
        }
        return FormState(target: .edit(record.id, record.type), fields: fields, original: original, subject: subject)
    }

    // MARK: a, E, D

    private static func add(_ state: inout AppState) -> [Effect] {
        let t = state.texts
        let area = state.selectedArea
        let areaPreset = area.isEmpty ? [:] : ["area": area]
        if state.focus == .list && state.listTab == .elements {
            state.overlay = .form(newForm(state, .entity, preset: areaPreset.merging(["p4": (state.filterP4 ?? .player).rawValue,
                                                                                      "role": state.filterRole?.rawValue ?? ""]) { $1 },
                                          subject: state.areaName(area)))
            return []
        }
        if let id = state.selectedElement, let detail = state.elementDetail, state.focus == .detail || state.focus == .list {
            let name = detail.record["name_th"] ?? ""
            let of = ["entity": id]
            state.overlay = .chooser(Chooser(title: t("เพิ่มให้ ", "Add to ") + name, items: [
                .init(label: t("ผู้ติดต่อ", "a contact"), choice: .add(.contact, fixed: of, preset: [:], subject: name)),
                .init(label: t("สิ่งที่ให้ (ทรัพยากร)", "an offer (resource)"), choice: .add(.resource, fixed: of, preset: ["kind": "offer"], subject: name)),
                .init(label: t("ความต้องการ (ทรัพยากร)", "a need (resource)"), choice: .add(.resource, fixed: of, preset: ["kind": "need"], subject: name)),
                .init(label: t("โครงการที่เป็นผู้นำ", "a project it leads"), choice: .add(.project, fixed: ["lead": id], preset: areaPreset, subject: name)),
                .init(label: t("บันทึกการติดต่อ", "a contact log entry"), choice: .add(.contactLog, fixed: of, preset: ["date": state.today], subject: name)),
                .init(label: t("การส่งต่อมายังองค์ประกอบนี้", "a referral to it"),
                      choice: .add(.referral, fixed: ["to_entity": id], preset: areaPreset.merging(["status": "referred", "date": state.today]) { $1 },
                                   subject: t("ถึง ", "to ") + name)),
            ]))
            return []
        }
        guard !area.isEmpty else { return [] }
        let place = state.areaName(area) ?? area
        var items: [Chooser.Item] = [
            .init(label: t("องค์ประกอบในพื้นที่นี้", "an element serving this area"), choice: .add(.entity, fixed: [:], preset: areaPreset.merging(["p4": "player"]) { $1 }, subject: place)),
        ]
        if area.count == 6 {
            items.append(.init(label: t("จำนวนกลุ่มเปราะบางของตำบล", "a vulnerable-group count of the tambon"),
                               choice: .add(.vulnerable, fixed: [:], preset: areaPreset, subject: place)))
        }
        items.append(.init(label: t("โครงการในพื้นที่", "a project in this area"), choice: .add(.project, fixed: [:], preset: areaPreset, subject: place)))
        items.append(.init(label: t("การส่งต่อกรณีในพื้นที่", "a referral of a case here"),
                           choice: .add(.referral, fixed: [:], preset: areaPreset.merging(["status": "referred", "date": state.today]) { $1 }, subject: place)))
        state.overlay = .chooser(Chooser(title: t("เพิ่มใน ", "Add in ") + place, items: items))
        return []
    }

    /// The records the selection holds: the element and what belongs to it,
    /// or, with no element, the area's vulnerable-group counts and referrals.
    private static func items(_ state: AppState) -> [(id: String, label: String)] {
        let t = state.texts
        if let id = state.selectedElement, let d = state.elementDetail {
            var out = [(id, t("องค์ประกอบ: ", "element: ") + (d.record["name_th"] ?? ""))]
            out += d.contacts.map { ($0.id, t("ผู้ติดต่อ: ", "contact: ") + ($0.name ?? $0.phone.map(PhoneNumber.format) ?? $0.id)) }
            out += d.resources.map { r in
                (r.id, (r.kind == .offer ? t("ให้: ", "offer: ") : t("ต้องการ: ", "need: "))
                    + [r.category?.label(thai: state.thai), r.description].compactMap { $0 }.joined(separator: " "))
            }
            out += d.projects.map { ($0.id, t("โครงการ: ", "project: ") + $0.nameTH) }
            out += state.elementLogs.map { l in
                (l.id, t("บันทึก: ", "log: ") + [l.date.map { CalendarDate.display($0, thai: state.thai) }, l.who, l.outcome].compactMap { $0 }.joined(separator: " · "))
            }
            out += state.elementReferrals.map { ($0.id, t("ส่งต่อ: ", "referral: ") + $0.caseCode + " · " + $0.status.label(thai: state.thai)) }
            return out
        }
        var out: [(String, String)] = []
        if let s = state.situation, s.area.level == .tambon {
            out += s.vulnerable.map { ($0.recordID ?? Store.Records.vulnerableCountID(area: s.area.code, group: $0.group.rawValue, year: $0.year), t("กลุ่มเปราะบาง: ", "vulnerable: ") + $0.group.label(thai: state.thai) + " · "
                + t("เข้าถึงแล้ว \(NumberText.count($0.reached)) จาก \(NumberText.count($0.registered)) คน", "reached \(NumberText.count($0.reached)) of " + NumberText.count($0.registered, "person", "people"))) }
        }
        out += state.areaReferrals.map { ($0.id, t("ส่งต่อ: ", "referral: ") + $0.caseCode + " · " + $0.status.label(thai: state.thai)) }
        return out
    }

    private static func edit(_ state: inout AppState) -> [Effect] {
        let t = state.texts
        if state.focus == .list, let id = state.selectedElement { return [.openEditForm(id)] }
        let all = items(state)
        guard !all.isEmpty else {
            state.status = t("ไม่มีรายการให้แก้ไข — เลือกองค์ประกอบก่อน", "nothing to edit here — choose an element first")
            return []
        }
        if all.count == 1 { return [.openEditForm(all[0].id)] }
        state.overlay = .chooser(Chooser(title: t("แก้ไขอะไร", "Edit what"), items: all.map { .init(label: $0.label, choice: .edit($0.id)) }))
        return []
    }

    private static func delete(_ state: inout AppState) -> [Effect] {
        let t = state.texts
        if state.focus == .list, let id = state.selectedElement, let d = state.elementDetail {
            state.overlay = .confirmation(Confirmation(question: t("ลบ \(d.record["name_th"] ?? id) ?", "delete \(d.record["name_th"] ?? id)?"), act: .delete(id)))
            return []
        }
        let all = items(state)
        guard !all.isEmpty else {
            state.status = t("ไม่มีรายการให้ลบ — เลือกองค์ประกอบก่อน", "nothing to delete here — choose an element first")
            return []
        }
        state.overlay = .chooser(Chooser(title: t("ลบอะไร", "Delete what"), items: all.map { .init(label: $0.label, choice: .delete($0.id, label: $0.label)) }))
        return []
    }

    // MARK: what the store answered

    /// A record to edit: its form; a vulnerable-group count not recorded yet: a new one.
    static func editRecordLoaded(_ state: inout AppState, _ loaded: EditRecord) -> [Effect] {
        guard let record = loaded.record else {
            if Store.Records.isVulnerableCountID(loaded.id) { state.overlay = .form(newForm(state, .vulnerable, preset: ["area": state.selectedArea])) }
            return []
        }
        // What the form is about: the element it belongs to, else its area.
        let subject = loaded.ownerFound ? loaded.ownerName
            : record["area"]?.split(separator: ",").first.map { state.areaName(String($0)) ?? String($0) }
        state.overlay = .form(editForm(record, subject: subject, thai: state.thai))
        return []
    }

    /// The store's word on a field the cursor left (if the field still holds that value).
    static func fieldChecked(_ state: inout AppState, index: Int, value: String, problem: FieldProblem?) -> [Effect] {
        guard case var .form(form) = state.overlay, form.fields.indices.contains(index), form.fields[index].value == value else { return [] }
        form.fields[index].error = problem?.text(state.texts)
        state.overlay = .form(form)
        return []
    }

    static func formSaved(_ state: inout AppState, _ outcome: FormSaveOutcome) -> [Effect] {
        guard case var .form(form) = state.overlay else { return [] }
        let t = state.texts
        switch outcome {
        case let .invalid(problems):
            for i in form.fields.indices { form.fields[i].error = problems.indices.contains(i) ? problems[i]?.text(t) : nil }
            if let first = form.fields.firstIndex(where: { $0.error != nil }) { form.cursor = first }
            state.overlay = .form(form)
            let n = form.fields.filter { $0.error != nil }.count
            state.status = t("ยังบันทึกไม่ได้: แก้ ", "not saved: ") + t.count(n, "ช่อง", "field") + t("", " to fix")
            return []
        case let .duplicates(similar):
            // Every field passed the store's checks.
            for i in form.fields.indices { form.fields[i].error = nil }
            form.duplicates = similar
            state.overlay = .form(form)
            state.status = t("มีชื่อใกล้เคียงในพื้นที่เดียวกัน", "a close name already serves this area")
            return []
        case let .refused(field, reason):
            for i in form.fields.indices { form.fields[i].error = nil }
            if let i = form.fields.firstIndex(where: { $0.name == field }) {
                form.fields[i].error = reason.text(thai: state.thai)
                form.cursor = i
            }
            state.overlay = .form(form)
            state.status = t("ยังบันทึกไม่ได้: ", "not saved: ") + FormLabels.field(field, form.type, t) + ": " + reason.text(thai: state.thai)
            return []
        case let .saved(saved):
            let label: String
            var effects: [Effect] = []
            switch saved.kind {
            case .vulnerable:
                label = FormLabels.typeName(.vulnerable, t)
                state.undoStack.append(UndoEntry(label: label, edits: saved.undo))
            case let .created(id, type):
                label = saved.description
                state.undoStack.append(UndoEntry(label: t("เพิ่ม ", "add ") + label, edits: saved.undo))
                // A new element is shown at once.
                if type == .entity { effects.append(.openElement(id)) }
            case let .edited(changedNothing):
                if !saved.undo.isEmpty { state.undoStack.append(UndoEntry(label: t("แก้ไข ", "edit ") + saved.description, edits: saved.undo)) }
                label = saved.description + (changedNothing ? t(" (ไม่มีอะไรเปลี่ยน)", " (nothing changed)") : "")
            }
            state.overlay = nil
            state.status = t("บันทึกแล้ว: \(label) · u ย้อน", "saved \(label) · u undoes")
            return [reload(state)] + effects
        }
    }

    static func recordDeleted(_ state: inout AppState, id: String, label: String, undo: [InverseEdit]) -> [Effect] {
        let t = state.texts
        if !undo.isEmpty { state.undoStack.append(UndoEntry(label: t("ลบ ", "delete ") + label, edits: undo)) }
        if id == state.selectedElement {
            state.selectedElement = nil
            state.elementDetail = nil
        }
        state.status = t("ลบแล้ว: \(label) · u ย้อน", "deleted \(label) · u undoes")
        return [reload(state)]
    }

    static func recordsMerged(_ state: inout AppState, label: String, moved: Int, undo: [InverseEdit]) -> [Effect] {
        let t = state.texts
        state.undoStack.append(UndoEntry(label: t("รวม ", "merge ") + label, edits: undo))
        state.status = t("รวมแล้ว: ย้าย ", "merged: ") + t.count(moved, "รายการ", "record") + t(" · u ย้อน", " moved · u undoes")
        return [reload(state)]
    }

    static func duplicatesFound(_ state: inout AppState, keep: String, name: String, similar: [ElementSummary]) -> [Effect] {
        let t = state.texts
        guard !similar.isEmpty else {
            state.status = t("ไม่พบองค์ประกอบชื่อใกล้เคียงในพื้นที่เดียวกัน", "no element with a close name serves the same areas")
            return []
        }
        state.overlay = .chooser(Chooser(title: t("รวมรายการซ้ำเข้ากับ ", "Merge a duplicate into ") + name,
                                         items: similar.map { .init(label: $0.nameTH, choice: .merge(keep: keep, drop: $0.id, label: $0.nameTH)) }))
        return []
    }

    static func referralLogged(_ state: inout AppState, caseCode: String, toName: String, undo: [InverseEdit]) -> [Effect] {
        let t = state.texts
        state.undoStack.append(UndoEntry(label: t("ส่งต่อ ", "referral ") + caseCode, edits: undo))
        state.status = t("บันทึกการส่งต่อ \(caseCode) ถึง \(toName) · u ย้อน", "referral \(caseCode) to \(toName) logged · u undoes")
        return [.loadAreaReferrals(state.selectedArea)]
    }

    /// A need marked met: undoable, and it leaves the open view at once;
    /// the status line offers to log how (a contact with who offered).
    static func needMarkedMet(_ state: inout AppState, label: String, offeredBy: String?, undo: [InverseEdit]) -> [Effect] {
        let t = state.texts
        state.undoStack.append(UndoEntry(label: t("ได้รับแล้ว ", "met ") + label, edits: undo))
        var status = t("ได้รับแล้ว: \(label) · u ย้อน", "marked met: \(label) · u undoes")
        if let offeredBy { status += t(" · C บันทึกการติดต่อกับ \(offeredBy)", " · C logs a contact with \(offeredBy)") }
        state.status = status
        var effects = [reload(state)]
        if case let .needs(view) = state.overlay { effects.append(.loadMatches(view.area)) }
        return effects
    }

    /// Shows an element: in the served area under the selection (else its
    /// first), with the detail pane focused.
    static func elementOpened(_ state: inout AppState, id: String, areas: [String]) -> [Effect] {
        let area = areas.first(where: { $0.hasPrefix(state.selectedArea) }) ?? areas.first ?? state.selectedArea
        var effects = select(&state, area: area)
        // Set before the area's answer, which puts the list cursor on it.
        state.selectedElement = id
        state.focus = .detail
        effects.append(.loadElement(id))
        return effects
    }

    /// A referral of a need to who offers it, under a case code of today's date and the need.
    static func caseCode(need: String, today: String) -> String {
        "NEED-" + today.replacingOccurrences(of: "-", with: "").suffix(6) + "-" + need.prefix(4).uppercased()
    }
}
