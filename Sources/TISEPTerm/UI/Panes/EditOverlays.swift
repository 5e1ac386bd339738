import AsciiMap
import EcosystemStore

/// A form over the panes: a label and a value per row, the store's reason
/// under a refused value, a Save button, the keys at the bottom.
enum FormOverlay {
    static let labelWidth = 18

    struct Row {
        var text: String
        var style: Style
        var field: Int?
        var isError = false
    }

    /// The value as shown: labels for pick-list words, names for areas.
    static func display(_ field: FormField, type: RecordType, state: AppState) -> String {
        switch field.kind {
        case .choice, .bool:
            return field.value.isEmpty ? "—" : FormLabels.option(field.name, field.value, type: type, thai: state.thai)
        case .multi:
            let words = field.value.split(separator: ",").map(String.init)
            return words.isEmpty ? "—" : words.map { FormLabels.option(field.name, $0, type: type, thai: state.thai) }.joined(separator: ", ")
        case .areas, .text:
            return field.value
        }
    }

    static func rows(_ state: AppState, _ form: FormState, width: Int = 78) -> [Row] {
        let t = state.texts
        var rows: [Row] = []
        if !form.duplicates.isEmpty && !form.duplicatesAcknowledged {
            let names = form.duplicates.prefix(3).map(\.nameTH).joined(separator: ", ")
            rows.append(Row(text: "⚠ " + t("มีอยู่แล้วในพื้นที่นี้: ", "already serving this area: ") + names, style: Theme.warning(state)))
            rows.append(Row(text: "  " + t("Enter เปิดรายการเดิม · F2 บันทึกใหม่อยู่ดี · Esc กลับไปแก้", "Enter opens the existing one · F2 saves anyway · Esc goes back"),
                            style: Theme.warning(state)))
        }
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.cursor && form.picker == nil
            let mark = field.required ? "*" : " "
            var value = display(field, type: form.type, state: state)
            if focused && field.isTyped { value += state.charset == .unicode ? "▏" : "_" }
            if !field.isTyped { value += state.charset == .unicode ? " ▾" : " v" }
            if case .areas = field.kind, !field.value.isEmpty {
                let names = field.value.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { state.areaName(AreaCode.bare(String($0))) }
                if !names.isEmpty { value += "  (" + names.joined(separator: ", ") + ")" }
            }
            rows.append(Row(text: TextWidth.pad(mark + FormLabels.field(field.name, form.type, t), to: labelWidth) + value,
                            style: focused ? .reverse : .plain, field: i))
            if let error = field.error {
                for line in Wrap.lines("⚠ " + error, width: max(10, width - labelWidth - 2)) {
                    rows.append(Row(text: String(repeating: " ", count: labelWidth) + line, style: Theme.warning(state), field: i, isError: true))
                }
            }
        }
        let save = "[ " + t("บันทึก", "Save") + " ]"
        rows.append(Row(text: String(repeating: " ", count: labelWidth) + save, style: form.cursor == form.fields.count ? .reverse : .bold, field: form.fields.count))
        return rows
    }

    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        guard let form = state.form else { return }
        let t = state.texts
        screen.fill(rect)
        screen.box(rect, title: form.title(t), style: Theme.border(focused: true, state), charset: state.charset)
        let inner = rect.inner
        guard inner.height >= 3 else { return }
        let all = rows(state, form, width: inner.width)
        let visible = inner.height - 1
        let cursorRow = all.lastIndex { $0.field == form.cursor } ?? 0
        let scroll = max(0, min(cursorRow - visible + 1 + (visible > 6 ? 1 : 0), all.count - visible))
        for (i, row) in all.dropFirst(max(0, scroll)).prefix(visible).enumerated() {
            screen.writeField(" " + row.text, x: inner.x, y: inner.y + i, width: inner.width, style: row.style, charset: state.charset)
        }
        let keys = t("Tab ↑↓ ช่อง · Enter เลือก/ถัดไป · ←→ ตัวเลือก · F2 บันทึก · Esc ยกเลิก", "Tab ↑↓ field · Enter pick/next · ←→ choice · F2 save · Esc cancel")
        screen.writeField(" " + keys, x: inner.x, y: inner.maxY - 1, width: inner.width, style: Theme.dim(state), charset: state.charset)
        if let picker = form.picker { renderPicker(state, form, picker, into: &screen, rect: rect) }
    }

    private static func renderPicker(_ state: AppState, _ form: FormState, _ picker: Picker, into screen: inout ScreenBuffer, rect: Rect) {
        let t = state.texts
        let field = form.fields[picker.field]
        let labels = picker.options.map { option -> String in
            if option.isEmpty { return "—" }
            if case .areas = field.kind { return (state.areaName(option) ?? "") + " " + option }
            return FormLabels.option(field.name, option, type: form.type, thai: state.thai)
        }
        let width = min(rect.width - 4, max(30, (labels.map { TextWidth.width(of: $0) }.max() ?? 10) + 8))
        let height = min(rect.height - 2, picker.options.count + 3)
        let box = Rect(x: rect.x + min(labelWidth + 2, rect.width - width - 1), y: rect.y + 1, width: width, height: height)
        screen.fill(box)
        let help = picker.multiple ? t("Space เลือก · Enter ตกลง", "Space ticks · Enter done") : t("Enter เลือก", "Enter chooses")
        screen.box(box, title: FormLabels.field(field.name, form.type, t) + " · " + help, style: Theme.border(focused: true, state), charset: state.charset)
        let inner = box.inner
        let scroll = TreePane.scrollOffset(cursor: picker.cursor, current: 0, visible: inner.height, count: labels.count)
        for (i, label) in labels.enumerated().dropFirst(scroll).prefix(inner.height) {
            let y = inner.y + i - scroll
            let mark = picker.multiple ? (picker.chosen.contains(picker.options[i]) ? "[x] " : "[ ] ") : ""
            screen.writeField(mark + label, x: inner.x, y: y, width: inner.width, style: i == picker.cursor ? .reverse : .plain, charset: state.charset)
        }
    }
}

/// The small menus of `a`, `E`, `D` and `M`.
enum ChooserOverlay {
    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        guard let chooser = state.chooser else { return }
        let labels = chooser.items.map(\.label)
        let width = min(rect.width, max(40, (labels.map { TextWidth.width(of: $0) }.max() ?? 10) + 4, TextWidth.width(of: chooser.title) + 6))
        let height = min(rect.height, labels.count + 3)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width: width, height: height)
        screen.fill(box)
        screen.box(box, title: chooser.title, style: Theme.border(focused: true, state), charset: state.charset)
        let inner = box.inner
        let visible = inner.height - 1
        let scroll = TreePane.scrollOffset(cursor: chooser.cursor, current: 0, visible: visible, count: labels.count)
        for (i, label) in labels.enumerated().dropFirst(scroll).prefix(visible) {
            screen.writeField(" " + label, x: inner.x, y: inner.y + i - scroll, width: inner.width,
                              style: i == chooser.cursor ? .reverse : .plain, charset: state.charset)
        }
        screen.writeField(" " + state.texts("↑↓ เลือก · Enter ตกลง · Esc ปิด", "↑↓ choose · Enter go · Esc close"), x: inner.x, y: inner.maxY - 1,
                          width: inner.width, style: Theme.dim(state), charset: state.charset)
    }
}

/// `m`: needs in the selected area, each with offers of its category nearby
/// (the same tambon first, then the amphoe, then the province) and how to
/// reach who offers; Enter logs a referral of the need to that offer.
enum NeedsOverlay {
    struct Line { var text: String; var style: Style; var pair: Int? }

    static func lines(_ state: AppState) -> [Line] {
        guard let view = state.needsView else { return [] }
        let t = state.texts
        var out: [Line] = []
        var pair = 0
        if view.loaded && view.matches.isEmpty { out.append(Line(text: t("ไม่มีความต้องการในพื้นที่นี้", "no needs recorded in this area"), style: .plain)) }
        for match in view.matches {
            let need = match.need
            let what = [need.category?.label(thai: state.thai), need.description].compactMap { $0 }.joined(separator: ": ")
            out.append(Line(text: t("ต้องการ ", "need ") + what + " — " + need.elementName + " (" + (state.areaName(match.needArea) ?? match.needArea) + ")",
                            style: Theme.heading(state)))
            if match.offers.isEmpty { out.append(Line(text: "   " + t("ยังไม่มีผู้ให้ใกล้เคียง", "nobody nearby offers this"), style: Theme.warning(state))) }
            for o in match.offers {
                let near: String
                switch o.distance {
                case .sameTambon: near = t("ตำบลเดียวกัน", "same tambon")
                case .sameAmphoe: near = t("อำเภอเดียวกัน", "same amphoe")
                case .sameProvince: near = t("จังหวัดเดียวกัน", "same province")
                }
                let text = "   " + o.offer.elementName + " · " + near + (o.contact.map { " · " + $0 } ?? "")
                    + (o.offer.description.map { " · " + $0 } ?? "")
                out.append(Line(text: text, style: pair == view.cursor ? .reverse : .plain, pair: pair))
                pair += 1
            }
        }
        return out
    }

    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        guard let view = state.needsView else { return }
        let t = state.texts
        screen.fill(rect)
        let place = state.areaName(view.area) ?? view.area
        screen.box(rect, title: t("ความต้องการและผู้ให้ใกล้เคียง · ", "Needs and offers nearby · ") + place,
                   style: Theme.border(focused: true, state), charset: state.charset)
        let inner = rect.inner
        guard inner.height >= 2 else { return }
        let all = lines(state)
        let visible = inner.height - 1
        let cursorLine = all.firstIndex { $0.pair == view.cursor } ?? 0
        let scroll = max(0, min(cursorLine - visible / 2, all.count - visible))
        for (i, line) in all.dropFirst(scroll).prefix(visible).enumerated() {
            screen.writeField(" " + line.text, x: inner.x, y: inner.y + i, width: inner.width, style: line.style, charset: state.charset)
        }
        screen.writeField(" " + t("↑↓ เลือกผู้ให้ · Enter บันทึกการส่งต่อ · Esc ปิด", "↑↓ choose an offer · Enter logs a referral · Esc close"),
                          x: inner.x, y: inner.maxY - 1, width: inner.width, style: Theme.dim(state), charset: state.charset)
    }
}
