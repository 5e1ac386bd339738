import Foundation
import EcosystemStore

/// The store work of editing: every save goes through `Store.create/update/
/// delete/restore` (as `tisep add/set/rm` do), is committed at once, and
/// leaves an inverse edit for `u`.
extension AppController {
    func performEdit(_ effect: Effect) throws {
        let t = state.texts
        switch effect {
        case let .openEditForm(id):
            guard let record = try store.records.record(id) else {
                // A vulnerable-group count not recorded yet: a new one.
                if Store.Records.isVulnerableCountID(id) { state.form = Update.newForm(state, .vulnerable, preset: ["area": state.selectedArea]) }
                return
            }
            state.form = Update.editForm(record, subject: try subject(of: record))
        case let .validateField(i):
            guard var form = state.form, form.fields.indices.contains(i) else { return }
            form.fields[i].error = problem(form.fields[i], type: form.type)
            state.form = form
        case .saveForm:
            try save()
        case let .deleteRecord(id):
            let label = try describe(id)
            let undo = try store.records.deleteUndoable(id)
            if !undo.isEmpty { state.undoStack.append(UndoEntry(label: t("ลบ ", "delete ") + label, edits: undo)) }
            if id == state.selectedElement {
                state.selectedElement = nil
                state.elementDetail = nil
            }
            try reload()
            state.status = t("ลบแล้ว: \(label) · u ย้อน", "deleted \(label) · u undoes")
        case let .mergeRecords(keep, drop):
            let label = try describe(drop)
            let report = try store.records.merge(keep: keep, drop: drop)
            state.undoStack.append(UndoEntry(label: t("รวม ", "merge ") + label, edits: report.undo))
            try reload()
            state.status = t("รวมแล้ว: ย้าย \(report.repointed.count) รายการ · u ย้อน", "merged: \(report.repointed.count) records moved · u undoes")
        case let .findDuplicates(id):
            guard let record = try store.records.record(id, type: .entity) else { return }
            let similar = try store.records.possibleDuplicates(ofName: record["name_th"] ?? "", areas: record.list("area"), excluding: id)
            guard !similar.isEmpty else {
                state.status = t("ไม่พบผู้เล่นชื่อใกล้เคียงในพื้นที่เดียวกัน", "no element with a close name serves the same areas")
                return
            }
            state.chooser = Chooser(title: t("รวมรายการซ้ำเข้ากับ ", "Merge a duplicate into ") + (record["name_th"] ?? ""),
                                    items: similar.map { .init(label: $0.nameTH, choice: .merge(keep: id, drop: $0.id, label: $0.nameTH)) })
        case .undo:
            guard let entry = state.undoStack.popLast() else { return }
            try store.records.apply(entry.edits)
            try reload()
            state.status = t("ย้อนแล้ว: ", "undone: ") + entry.label
        case let .loadMatches(code):
            state.needsView?.matches = try store.elements.matchNeeds(inAreaOrBelow: code)
            state.needsView?.loaded = true
        case let .referFromMatch(need, entity, area):
            let code = "NEED-" + state.today.replacingOccurrences(of: "-", with: "").suffix(6) + "-" + need.prefix(4).uppercased()
            let (id, undo) = try store.records.createUndoable(.referral, ["area": area, "case_code": code, "need": need, "to_entity": entity,
                                                                   "status": "referred", "date": state.today])
            state.undoStack.append(UndoEntry(label: t("ส่งต่อ ", "referral ") + code, edits: undo))
            state.areaReferrals = try store.logs.referrals(inAreaOrBelow: state.selectedArea)
            let name = try store.records.record(entity, type: .entity)?["name_th"] ?? entity
            state.status = t("บันทึกการส่งต่อ \(code) ถึง \(name) · u ย้อน", "referral \(code) to \(name) logged · u undoes")
            _ = id
        case let .openElement(id):
            guard let record = try store.records.record(id, type: .entity) else { return }
            let area = record.list("area").first(where: { $0.hasPrefix(state.selectedArea) }) ?? record.list("area").first ?? state.selectedArea
            run(Update.select(&state, area: area))
            state.selectedElement = id
            state.focus = .detail
            if let i = state.elements.firstIndex(where: { $0.id == id }) { state.listCursor = i }
            try perform(.loadElement(id))
        default:
            break
        }
    }

    /// Why the store refuses a field's value, or nil.
    private func problem(_ field: FormField, type: RecordType) -> String? {
        let value = field.value.trimmingWhitespace()
        if value.isEmpty { return field.required ? state.texts("ต้องกรอก", "required") : nil }
        do {
            _ = try store.records.validate(type, [field.name: value], creating: false)
            return nil
        } catch let StoreError.invalidValue(_, _, reason) {
            return reason.text(thai: state.thai)
        } catch {
            return "\(error)"
        }
    }

    private func save() throws {
        guard var form = state.form else { return }
        let t = state.texts
        for i in form.fields.indices { form.fields[i].error = problem(form.fields[i], type: form.type) }
        if let first = form.fields.firstIndex(where: { $0.error != nil }) {
            form.cursor = first
            state.form = form
            let n = form.fields.filter { $0.error != nil }.count
            state.status = t("ยังบันทึกไม่ได้: แก้ \(n) ช่อง", "not saved: \(n) field\(n == 1 ? "" : "s") to fix")
            return
        }
        let input = form.input
        if case .create(.entity) = form.target, !form.duplicatesAcknowledged {
            let areas = (form.value("area") ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map { AreaCode.bare(String($0)) }
            let similar = try store.records.possibleDuplicates(ofName: form.value("name_th") ?? "", areas: areas)
            if !similar.isEmpty {
                form.duplicates = similar
                state.form = form
                state.status = t("มีชื่อใกล้เคียงในพื้นที่เดียวกัน", "a close name already serves this area")
                return
            }
        }
        let label: String
        do {
            switch form.target {
            case let .create(type) where type == .vulnerable:
                let undo = try store.records.setVulnerableCount(input).undo
                state.undoStack.append(UndoEntry(label: FormLabels.typeName(type, t), edits: undo))
                label = FormLabels.typeName(type, t)
            case let .create(type):
                let (id, undo) = try store.records.createUndoable(type, input)
                state.undoStack.append(UndoEntry(label: t("เพิ่ม ", "add ") + (try describe(id)), edits: undo))
                label = try describe(id)
                if type == .entity {
                    state.form = nil
                    try reload()
                    try perform(.openElement(id))
                    state.status = t("บันทึกแล้ว: \(label) · u ย้อน", "saved \(label) · u undoes")
                    return
                }
            case let .edit(id, _):
                let (changed, undo) = try store.records.updateUndoable(id, input)
                if !undo.isEmpty { state.undoStack.append(UndoEntry(label: t("แก้ไข ", "edit ") + (try describe(id)), edits: undo)) }
                label = try describe(id) + (changed.isEmpty ? t(" (ไม่มีอะไรเปลี่ยน)", " (nothing changed)") : "")
            }
        } catch let StoreError.invalidValue(field, _, reason) {
            if let i = form.fields.firstIndex(where: { $0.name == field }) {
                form.fields[i].error = reason.text(thai: state.thai)
                form.cursor = i
            }
            state.form = form
            state.status = t("ยังบันทึกไม่ได้: ", "not saved: ") + "\(field) \(reason.text(thai: state.thai))"
            return
        }
        state.form = nil
        try reload()
        state.status = t("บันทึกแล้ว: \(label) · u ย้อน", "saved \(label) · u undoes")
    }

    /// After an edit: the area, the element and the tree's counts again.
    private func reload() throws {
        state.playerCounts = try store.areas.playerCounts()
        if !state.selectedArea.isEmpty { try perform(.loadArea(state.selectedArea)) }
        if let id = state.selectedElement {
            if let r = try store.records.record(id, type: .entity), !r.deleted {
                try perform(.loadElement(id))
            } else {
                state.selectedElement = nil
                state.elementDetail = nil
            }
        }
        state.listCursor = min(state.listCursor, max(0, state.listCount - 1))
    }

    /// A record in a few words, for the status line and the undo label.
    private func describe(_ id: String) throws -> String {
        guard let r = try store.records.record(id) else { return id }
        switch r.type {
        case .entity, .project: return r["name_th"] ?? id
        case .contact: return r["name"] ?? r["phone"].map(PhoneNumber.format) ?? FormLabels.typeName(.contact, state.texts)
        case .resource: return [r["kind"], r["category"], r["description"]].compactMap { $0 }.joined(separator: " ")
        case .contactLog: return FormLabels.typeName(.contactLog, state.texts) + (r["date"].map { " " + $0 } ?? "")
        case .referral: return FormLabels.typeName(.referral, state.texts) + " " + (r["case_code"] ?? "")
        case .vulnerable, .indicatorValue: return FormLabels.typeName(r.type, state.texts)
        }
    }

    /// What a form of this record is about: the element it belongs to.
    private func subject(of record: Record) throws -> String? {
        let owner = record["entity"] ?? record["to_entity"] ?? record["lead"]
        if let owner, let e = try store.records.record(owner, type: .entity) { return e["name_th"] }
        if let area = record["area"]?.split(separator: ",").first { return state.areaName(String(area)) ?? String(area) }
        return nil
    }
}
