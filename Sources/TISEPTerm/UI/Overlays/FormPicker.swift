import AsciiMap
import EcosystemStore

/// The pick list over a form field (4P kind, role, target groups, areas…):
/// ↑↓ choose, Space ticks in a list of several, Enter takes the choice
/// (and the field is checked), Esc closes the list.
enum FormPicker {
    static func open(_ form: inout FormState, areaOptions: [String]) {
        guard form.fields.indices.contains(form.cursor) else { return }
        let field = form.fields[form.cursor]
        let current = field.value.split(whereSeparator: { $0 == "," || $0 == " " }).map { String($0).lowercased() }
        var picker: Picker
        switch field.kind {
        case let .choice(words): picker = Picker(field: form.cursor, options: (field.required ? [] : [""]) + words, chosen: current, cursor: 0, multiple: false)
        case let .multi(words): picker = Picker(field: form.cursor, options: words, chosen: current, cursor: 0, multiple: true)
        case .bool: picker = Picker(field: form.cursor, options: ["false", "true"], chosen: current, cursor: 0, multiple: false)
        case let .areas(multiple):
            let options = areaOptions + current.map(AreaCode.bare).filter { !areaOptions.contains($0) }
            picker = Picker(field: form.cursor, options: (multiple || field.required ? [] : [""]) + options, chosen: current.map(AreaCode.bare),
                            cursor: 0, multiple: multiple)
        case .text: return
        }
        picker.cursor = picker.options.firstIndex { picker.chosen.contains($0) } ?? 0
        form.picker = picker
    }

    static func keys(_ form: inout FormState, _ key: Key) -> FormOverlay.Outcome {
        guard var picker = form.picker else { return .none }
        switch key {
        case .up: picker.cursor = max(0, picker.cursor - 1)
        case .down: picker.cursor = min(picker.options.count - 1, picker.cursor + 1)
        case .home: picker.cursor = 0
        case .end: picker.cursor = picker.options.count - 1
        case .escape:
            form.picker = nil
            return .none
        case .char(" ") where picker.multiple:
            let option = picker.options[picker.cursor]
            if let i = picker.chosen.firstIndex(of: option) { picker.chosen.remove(at: i) } else { picker.chosen.append(option) }
        case .enter:
            if picker.multiple {
                form.fields[picker.field].value = picker.options.filter { picker.chosen.contains($0) }.joined(separator: ",")
            } else {
                form.fields[picker.field].value = picker.options[picker.cursor]
            }
            form.fields[picker.field].error = nil
            form.picker = nil
            return .validate(picker.field)
        default:
            // Typing a letter jumps to the first option starting with it is
            // left out: options are shown by their labels, not their words.
            break
        }
        form.picker = picker
        return .none
    }

    static func render(_ picker: Picker, of form: FormState, names: AreaNames, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        let field = form.fields[picker.field]
        let labels = picker.options.map { option -> String in
            if option.isEmpty { return "—" }
            if case .areas = field.kind { return (names.name(option) ?? "") + " " + option }
            return FormLabels.option(field.name, option, type: form.type, thai: look.thai)
        }
        let width = min(rect.width - 4, max(30, (labels.map { TextWidth.width(of: $0) }.max() ?? 10) + 8))
        let height = min(rect.height - 2, picker.options.count + 3)
        let box = Rect(x: rect.x + min(FormOverlay.labelWidth + 2, rect.width - width - 1), y: rect.y + 1, width: width, height: height)
        screen.fill(box)
        let help = picker.multiple ? t("Space เลือก · Enter ตกลง", "Space ticks · Enter done") : t("Enter เลือก", "Enter chooses")
        screen.box(box, title: FormLabels.field(field.name, form.type, t) + " · " + help, style: Theme.border(focused: true, look), charset: look.charset)
        let inner = box.inner
        let scroll = TreePane.scrollOffset(cursor: picker.cursor, current: 0, visible: inner.height, count: labels.count)
        for (i, label) in labels.enumerated().dropFirst(scroll).prefix(inner.height) {
            let y = inner.y + i - scroll
            let mark = picker.multiple ? (picker.chosen.contains(picker.options[i]) ? "[x] " : "[ ] ") : ""
            screen.writeField(mark + label, x: inner.x, y: y, width: inner.width, style: i == picker.cursor ? .reverse : .plain, charset: look.charset)
        }
    }
}
