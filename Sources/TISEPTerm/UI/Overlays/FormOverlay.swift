import AsciiMap
import EcosystemStore

/// A form over the panes, to add or edit one record: a label and a value
/// per row, the store's reason under a refused value, a Save button, the
/// keys at the bottom. Text fields take characters as text (Thai too);
/// Backspace removes a whole grapheme cluster; a pick-list field opens its
/// list (`FormPicker`). The store validates and saves (`Effect.saveForm`).
enum FormOverlay {
    static func keys(_ form: FormState, _ state: inout AppState, _ key: Key) -> [Effect] {
        var form = form
        let outcome = edit(&form, key, areaOptions: state.areaOptions)
        state.overlay = .form(form)
        switch outcome {
        case .none: return []
        case .save: return [.saveForm(form, thai: state.thai)]
        case let .validate(i): return form.fields.indices.contains(i) ? [.checkField(index: i, form.fields[i], form.type)] : []
        case .cancel:
            state.overlay = nil
            state.status = state.texts("ยกเลิก ไม่ได้บันทึก", "cancelled, nothing saved")
            return []
        case let .openDuplicate(id):
            state.overlay = nil
            return [.openElement(id)]
        }
    }

    /// What a key asks of the form beyond editing it.
    enum Outcome: Equatable { case none, save, cancel, validate(Int), openDuplicate(String) }

    static func edit(_ form: inout FormState, _ key: Key, areaOptions: [String]) -> Outcome {
        if form.picker != nil { return FormPicker.keys(&form, key) }
        if !form.duplicates.isEmpty && !form.duplicatesAcknowledged {
            switch key {
            case .enter: return .openDuplicate(form.duplicates[0].id)
            case .function(2), .control("s"):
                form.duplicatesAcknowledged = true
                return .save
            case .escape:
                form.duplicates = []
                return .none
            default:
                form.duplicates = []
            }
        }
        let count = form.fields.count
        let onField = form.fields.indices.contains(form.cursor)
        switch key {
        case .escape: return .cancel
        case .function(2), .control("s"): return .save
        case .tab, .down:
            let left = form.cursor
            form.cursor = min(count, form.cursor + 1)
            return left < count ? .validate(left) : .none
        case .backTab, .up:
            let left = form.cursor
            form.cursor = max(0, form.cursor - 1)
            return left < count ? .validate(left) : .none
        case .enter:
            guard onField else { return .save }
            switch form.fields[form.cursor].kind {
            case .text:
                form.cursor += 1
                return .validate(form.cursor - 1)
            default:
                FormPicker.open(&form, areaOptions: areaOptions)
                return .none
            }
        case .left, .right:
            guard onField else { return .none }
            cycle(&form, by: key == .right ? 1 : -1)
            return .validate(form.cursor)
        case .backspace:
            guard onField, form.fields[form.cursor].isTyped, !form.fields[form.cursor].value.isEmpty else { return .none }
            form.fields[form.cursor].value.removeLast()
            form.fields[form.cursor].error = nil
        case .control("u"):
            guard onField else { return .none }
            form.fields[form.cursor].value = ""
            form.fields[form.cursor].error = nil
        case let .char(c):
            guard onField else { return .none }
            if form.fields[form.cursor].isTyped {
                form.fields[form.cursor].value.append(c)
                form.fields[form.cursor].error = nil
            } else if c == " " {
                FormPicker.open(&form, areaOptions: areaOptions)
            }
        default: break
        }
        return .none
    }

    /// ←→ on a pick-list field: the previous or next word (and empty).
    private static func cycle(_ form: inout FormState, by step: Int) {
        let field = form.fields[form.cursor]
        let words: [String]
        switch field.kind {
        case let .choice(w): words = (field.required ? [] : [""]) + w
        case .bool: words = ["false", "true"]
        default: return
        }
        let current = words.firstIndex(of: field.value.lowercased()) ?? (field.kind == .bool ? 0 : -1)
        form.fields[form.cursor].value = words[((current + step) % words.count + words.count) % words.count]
    }

    // MARK: drawing

    static let labelWidth = 18

    struct Row {
        var text: String
        var style: Style
        var field: Int?
        var isError = false
    }

    /// The value as shown: labels for pick-list words, names for areas.
    static func display(_ field: FormField, type: RecordType, thai: Bool) -> String {
        switch field.kind {
        case .choice, .bool:
            return field.value.isEmpty ? "—" : FormLabels.option(field.name, field.value, type: type, thai: thai)
        case .multi:
            let words = field.value.split(separator: ",").map(String.init)
            return words.isEmpty ? "—" : words.map { FormLabels.option(field.name, $0, type: type, thai: thai) }.joined(separator: ", ")
        case .areas, .text:
            return field.value
        }
    }

    /// The form's rows at `width` columns (the pane's inner width): a value
    /// too long for its column (a description, an error) wraps between
    /// words onto more rows under the value column, so nothing typed is cut
    /// off and the caret stays in view.
    static func rows(_ form: FormState, names: AreaNames, _ look: Look, width: Int = 78) -> [Row] {
        let t = look.texts
        let valueWidth = max(8, width - 1 - labelWidth)
        let indent = String(repeating: " ", count: labelWidth)
        var rows: [Row] = []
        if !form.duplicates.isEmpty && !form.duplicatesAcknowledged {
            let close = form.duplicates.prefix(3).map(\.nameTH).joined(separator: ", ")
            for line in WrappedText.lines("⚠ " + t("มีอยู่แล้วในพื้นที่นี้: ", "already serving this area: ") + close, width: width - 1, hang: 2) {
                rows.append(Row(text: line, style: Theme.warning(look)))
            }
            for line in WrappedText.lines("  " + t("Enter เปิดรายการเดิม · F2 บันทึกใหม่อยู่ดี · Esc กลับไปแก้", "Enter opens the existing one · F2 saves anyway · Esc goes back"),
                                          width: width - 1, hang: 2) {
                rows.append(Row(text: line, style: Theme.warning(look)))
            }
        }
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.cursor && form.picker == nil
            let mark = field.required ? "*" : " "
            var value = display(field, type: form.type, thai: look.thai)
            if focused && field.isTyped { value += look.caret }
            if !field.isTyped { value += look.charset == .unicode ? " ▾" : " v" }
            if case .areas = field.kind, !field.value.isEmpty {
                let named = field.value.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { names.name(AreaCode.bare(String($0))) }
                if !named.isEmpty { value += "  (" + named.joined(separator: ", ") + ")" }
            }
            let lines = field.isTyped ? WrappedText.lines(value, width: valueWidth) : [value]
            for (n, line) in (lines.isEmpty ? [""] : lines).enumerated() {
                let label = n == 0 ? TextWidth.pad(mark + FormLabels.field(field.name, form.type, t), to: labelWidth) : indent
                rows.append(Row(text: label + line, style: focused ? .reverse : .plain, field: i))
            }
            if let error = field.error {
                for line in WrappedText.lines("⚠ " + error, width: valueWidth, hang: 2) {
                    rows.append(Row(text: indent + line, style: Theme.warning(look), field: i, isError: true))
                }
            }
        }
        let save = "[ " + t("บันทึก", "Save") + " ]"
        rows.append(Row(text: indent + save, style: form.cursor == form.fields.count ? .reverse : .bold, field: form.fields.count))
        return rows
    }

    static func render(_ form: FormState, names: AreaNames, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        screen.fill(rect)
        screen.box(rect, title: form.title(t), style: Theme.border(focused: true, look), charset: look.charset)
        let inner = rect.inner
        guard inner.height >= 3 else { return }
        let all = rows(form, names: names, look, width: inner.width)
        let visible = inner.height
        let cursorRow = all.lastIndex { $0.field == form.cursor } ?? 0
        let scroll = max(0, min(cursorRow - visible + 1 + (visible > 6 ? 1 : 0), all.count - visible))
        for (i, row) in all.dropFirst(max(0, scroll)).prefix(visible).enumerated() {
            screen.writeField(" " + row.text, x: inner.x, y: inner.y + i, width: inner.width, style: row.style, charset: look.charset)
        }
        if let picker = form.picker { FormPicker.render(picker, of: form, names: names, look, into: &screen, rect: rect) }
    }

    /// The keys of the status bar while a form is open: the pick list's
    /// while it is open, the duplicate question's while it is asked.
    static func keyHint(_ form: FormState, _ t: Texts) -> String {
        if let picker = form.picker {
            return picker.multiple ? t("↑↓ เลือก · Space ติ๊ก · Enter ตกลง · Esc ปิดรายการ", "↑↓ choose · Space ticks · Enter done · Esc closes the list")
                : t("↑↓ เลือก · Enter ตกลง · Esc ปิดรายการ", "↑↓ choose · Enter takes it · Esc closes the list")
        }
        if !form.duplicates.isEmpty && !form.duplicatesAcknowledged {
            return t("Enter เปิดรายการเดิม · F2 บันทึกใหม่อยู่ดี · Esc กลับไปแก้", "Enter opens the existing one · F2 saves anyway · Esc goes back")
        }
        return t("Tab ↑↓ ช่อง · Enter เลือก/ถัดไป · ←→ ตัวเลือก · F2 บันทึก · Esc ยกเลิก", "Tab ↑↓ field · Enter pick/next · ←→ choice · F2 save · Esc cancel")
    }
}
