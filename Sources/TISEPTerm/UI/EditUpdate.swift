import EcosystemStore

/// Editing keys: `a` add, `E` edit, `D` delete, `u` undo, `C` log a
/// contact, `R` log a referral, `m` needs and offers, `M` merge duplicates;
/// and the keys of the forms, menus and questions they open. Pure, like
/// the rest of `Update`: the store work is done by the controller.
extension Update {
    /// Keys while an editing overlay is open; nil when none is.
    static func editingKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        if state.confirmation != nil { return confirmKey(&state, key) }
        if state.form != nil { return formKey(&state, key) }
        if state.chooser != nil { return chooserKey(&state, key) }
        if state.needsView != nil { return needsKey(&state, key) }
        return nil
    }

    static func performEdit(_ state: inout AppState, _ action: Action) -> [Effect] {
        let t = state.texts
        switch action {
        case .add: return add(&state)
        case .edit: return edit(&state)
        case .delete: return delete(&state)
        case .undo:
            guard !state.undoStack.isEmpty else {
                state.status = t("ไม่มีอะไรให้ย้อน", "nothing to undo")
                return []
            }
            return [.undo]
        case .logContact:
            guard let id = state.selectedElement, let detail = state.elementDetail else { return needElement(&state) }
            state.form = newForm(state, .contactLog, fixed: ["entity": id], preset: ["date": state.today], subject: detail.record["name_th"])
            return []
        case .logReferral:
            var preset = ["status": "referred", "date": state.today]
            if !state.selectedArea.isEmpty { preset["area"] = state.selectedArea }
            var fixed: [String: String] = [:]
            if let id = state.selectedElement, let detail = state.elementDetail {
                fixed["to_entity"] = id
                state.form = newForm(state, .referral, fixed: fixed, preset: preset, subject: t("ถึง ", "to ") + (detail.record["name_th"] ?? ""))
            } else {
                state.form = newForm(state, .referral, fixed: fixed, preset: preset, subject: nil)
            }
            return []
        case .needsOffers:
            guard !state.selectedArea.isEmpty else { return [] }
            state.needsView = NeedsView(area: state.selectedArea)
            return [.loadMatches(state.selectedArea)]
        case .mergeRecords:
            guard let id = state.selectedElement else { return needElement(&state) }
            return [.findDuplicates(id)]
        default: return []
        }
    }

    private static func needElement(_ state: inout AppState) -> [Effect] {
        state.status = state.texts("เลือกผู้เล่นในรายการก่อน", "choose an element in the list first")
        return []
    }

    /// A new, empty form for `type` with values from the context.
    static func newForm(_ state: AppState, _ type: RecordType, fixed: [String: String] = [:], preset: [String: String] = [:],
                        subject: String? = nil) -> FormState {
        let fields = FormLabels.formFields(type).map { spec in
            FormField(name: spec.name, kind: FormLabels.kind(spec), value: preset[spec.name] ?? "", required: spec.required)
        }
        var form = FormState(target: .create(type), fields: fields, fixed: fixed, subject: subject)
        form.cursor = fields.firstIndex { $0.value.isEmpty } ?? 0
        return form
    }

    /// The form of an existing record, with its values as the user would type them.
    static func editForm(_ record: Record, subject: String?) -> FormState {
        var original: [String: String] = [:]
        let fields = FormLabels.formFields(record.type).map { spec -> FormField in
            var value = record[spec.name] ?? ""
            switch spec.kind {
            case .phone where !value.isEmpty: value = PhoneNumber.format(value)
            case .bool: value = value == "1" ? "true" : "false"
            default: break
            }
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
            state.form = newForm(state, .entity, preset: areaPreset.merging(["p4": (state.filterP4 ?? .player).rawValue,
                                                                             "role": state.filterRole?.rawValue ?? ""]) { $1 },
                                 subject: state.areaName(area))
            return []
        }
        if let id = state.selectedElement, let detail = state.elementDetail, state.focus == .detail || state.focus == .list {
            let name = detail.record["name_th"] ?? ""
            let of = ["entity": id]
            state.chooser = Chooser(title: t("เพิ่มให้ ", "Add to ") + name, items: [
                .init(label: t("ผู้ติดต่อ", "a contact"), choice: .add(.contact, fixed: of, preset: [:], subject: name)),
                .init(label: t("สิ่งที่ให้ (ทรัพยากร)", "an offer (resource)"), choice: .add(.resource, fixed: of, preset: ["kind": "offer"], subject: name)),
                .init(label: t("ความต้องการ (ทรัพยากร)", "a need (resource)"), choice: .add(.resource, fixed: of, preset: ["kind": "need"], subject: name)),
                .init(label: t("โครงการที่เป็นผู้นำ", "a project it leads"), choice: .add(.project, fixed: ["lead": id], preset: areaPreset, subject: name)),
                .init(label: t("บันทึกการติดต่อ", "a contact log entry"), choice: .add(.contactLog, fixed: of, preset: ["date": state.today], subject: name)),
                .init(label: t("การส่งต่อมายังผู้เล่นนี้", "a referral to it"),
                      choice: .add(.referral, fixed: ["to_entity": id], preset: areaPreset.merging(["status": "referred", "date": state.today]) { $1 },
                                   subject: t("ถึง ", "to ") + name)),
            ])
            return []
        }
        guard !area.isEmpty else { return [] }
        let place = state.areaName(area) ?? area
        var items: [Chooser.Item] = [
            .init(label: t("องค์ประกอบ/ผู้เล่นในพื้นที่นี้", "an element serving this area"), choice: .add(.entity, fixed: [:], preset: areaPreset.merging(["p4": "player"]) { $1 }, subject: place)),
        ]
        if area.count == 6 {
            items.append(.init(label: t("จำนวนกลุ่มเปราะบางของตำบล", "a vulnerable-group count of the tambon"),
                               choice: .add(.vulnerable, fixed: [:], preset: areaPreset, subject: place)))
        }
        items.append(.init(label: t("โครงการในพื้นที่", "a project in this area"), choice: .add(.project, fixed: [:], preset: areaPreset, subject: place)))
        items.append(.init(label: t("การส่งต่อกรณีในพื้นที่", "a referral of a case here"),
                           choice: .add(.referral, fixed: [:], preset: areaPreset.merging(["status": "referred", "date": state.today]) { $1 }, subject: place)))
        state.chooser = Chooser(title: t("เพิ่มใน ", "Add in ") + place, items: items)
        return []
    }

    /// The records the selection holds: the element and what belongs to it,
    /// or, with no element, the area's vulnerable-group counts and referrals.
    private static func items(_ state: AppState) -> [(id: String, label: String)] {
        let t = state.texts
        if let id = state.selectedElement, let d = state.elementDetail {
            var out = [(id, t("ผู้เล่น: ", "element: ") + (d.record["name_th"] ?? ""))]
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
            out += s.vulnerable.map { (Store.Records.vulnerableCountID(area: s.area.code, group: $0.group.rawValue), t("กลุ่มเปราะบาง: ", "vulnerable: ") + $0.group.label(thai: state.thai) + " \($0.reached)/\($0.registered)") }
        }
        out += state.areaReferrals.map { ($0.id, t("ส่งต่อ: ", "referral: ") + $0.caseCode + " · " + $0.status.label(thai: state.thai)) }
        return out
    }

    private static func edit(_ state: inout AppState) -> [Effect] {
        let t = state.texts
        if state.focus == .list, let id = state.selectedElement { return [.openEditForm(id)] }
        let all = items(state)
        guard !all.isEmpty else {
            state.status = t("ไม่มีรายการให้แก้ไข — เลือกผู้เล่นก่อน", "nothing to edit here — choose an element first")
            return []
        }
        if all.count == 1 { return [.openEditForm(all[0].id)] }
        state.chooser = Chooser(title: t("แก้ไขอะไร", "Edit what"), items: all.map { .init(label: $0.label, choice: .edit($0.id)) })
        return []
    }

    private static func delete(_ state: inout AppState) -> [Effect] {
        let t = state.texts
        if state.focus == .list, let id = state.selectedElement, let d = state.elementDetail {
            state.confirmation = Confirmation(question: t("ลบ \(d.record["name_th"] ?? id) ?", "delete \(d.record["name_th"] ?? id)?"), act: .delete(id))
            return []
        }
        let all = items(state)
        guard !all.isEmpty else {
            state.status = t("ไม่มีรายการให้ลบ — เลือกผู้เล่นก่อน", "nothing to delete here — choose an element first")
            return []
        }
        state.chooser = Chooser(title: t("ลบอะไร", "Delete what"), items: all.map { .init(label: $0.label, choice: .delete($0.id, label: $0.label)) })
        return []
    }

    // MARK: overlay keys

    private static func confirmKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let c = state.confirmation else { return [] }
        state.confirmation = nil
        switch key {
        case .char("y"), .char("Y"), .char("ั"):
            switch c.act {
            case let .delete(id): return [.deleteRecord(id)]
            case let .merge(keep, drop): return [.mergeRecords(keep: keep, drop: drop)]
            case let .replaceFile(purpose, path): return [.writeOutput(purpose, path: path, replace: true)]
            }
        default:
            state.status = state.texts("ยกเลิก", "cancelled")
            return []
        }
    }

    private static func chooserKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var chooser = state.chooser else { return [] }
        switch Keymap.action(for: key) {
        case .moveDown: chooser.cursor = min(chooser.items.count - 1, chooser.cursor + 1)
        case .moveUp: chooser.cursor = max(0, chooser.cursor - 1)
        case .back, .quit:
            state.chooser = nil
            return []
        case .open:
            state.chooser = nil
            switch chooser.items[chooser.cursor].choice {
            case let .add(type, fixed, preset, subject):
                state.form = newForm(state, type, fixed: fixed, preset: preset, subject: subject)
                return []
            case let .edit(id): return [.openEditForm(id)]
            case let .delete(id, label):
                state.confirmation = Confirmation(question: state.texts("ลบ \(label) ?", "delete \(label)?"), act: .delete(id))
                return []
            case let .merge(keep, drop, label):
                state.confirmation = Confirmation(question: state.texts("รวม \(label) เข้ากับผู้เล่นที่เลือก ?", "merge \(label) into the selected element?"),
                                                  act: .merge(keep: keep, drop: drop))
                return []
            }
        default: break
        }
        state.chooser = chooser
        return []
    }

    private static func formKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.form else { return [] }
        let outcome = FormKeys.handle(&form, key, areaOptions: state.areaOptions)
        state.form = form
        switch outcome {
        case .none: return []
        case .save: return [.saveForm]
        case let .validate(i): return [.validateField(i)]
        case .cancel:
            state.form = nil
            state.status = state.texts("ยกเลิก ไม่ได้บันทึก", "cancelled, nothing saved")
            return []
        case let .openDuplicate(id):
            state.form = nil
            return [.openElement(id)]
        }
    }

    private static func needsKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var view = state.needsView else { return [] }
        let pairs = view.pairs
        switch Keymap.action(for: key) {
        case .moveDown: view.cursor = min(max(0, pairs.count - 1), view.cursor + 1)
        case .moveUp: view.cursor = max(0, view.cursor - 1)
        case .pageDown: view.cursor = min(max(0, pairs.count - 1), view.cursor + pageSize(state))
        case .pageUp: view.cursor = max(0, view.cursor - pageSize(state))
        case .back, .quit, .needsOffers:
            state.needsView = nil
            return []
        case .open, .logReferral:
            guard pairs.indices.contains(view.cursor) else { return [] }
            let (m, o) = pairs[view.cursor]
            let match = view.matches[m]
            state.needsView = view
            return [.referFromMatch(need: match.need.id, entity: match.offers[o].offer.elementID, area: match.needArea)]
        default: break
        }
        state.needsView = view
        return []
    }
}
