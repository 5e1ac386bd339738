import AsciiMap
import EcosystemStore

/// `/`: the search bar and its results, over the panes.
enum SearchOverlay {
    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        let t = state.texts
        screen.fill(rect)
        let count = state.searchResults.count
        let right = state.searchQuery.isEmpty ? t("พิมพ์คำค้น ไทยหรืออังกฤษ · Esc ปิด", "type Thai or English · Esc close")
            : "\(count)\(count >= AppController.searchLimit ? "+" : "") " + t("ผล", "results") + " · Enter " + t("ไป", "go") + " · Esc " + t("ปิด", "close")
        let rightWidth = min(TextWidth.width(of: right), rect.width / 2)
        let input = "/ " + state.searchQuery + (state.charset == .unicode ? "▏" : "_")
        screen.writeField(input, x: rect.x + 1, y: rect.y, width: rect.width - rightWidth - 3, style: .bold, charset: state.charset)
        screen.writeField(right, x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth, style: Theme.dim(state), alignment: .right, charset: state.charset)
        let visible = rect.height - 1
        let scroll = TreePane.scrollOffset(cursor: state.searchCursor, current: 0, visible: visible, count: count)
        for (i, r) in state.searchResults.dropFirst(scroll).prefix(visible).enumerated() {
            let y = rect.y + 1 + i
            let kind = kindLabel(r.kind, t)
            let name = state.thai ? r.nameTH : (r.nameEN.flatMap { $0.isEmpty ? nil : $0 } ?? r.nameTH)
            let kindWidth = 10
            let placeWidth = rect.width >= 70 ? rect.width * 35 / 100 : 0
            screen.writeField(kind, x: rect.x + 1, y: y, width: kindWidth, style: Theme.dim(state), charset: state.charset)
            let nameX = rect.x + 1 + kindWidth
            let nameWidth = rect.width - kindWidth - placeWidth - 2
            screen.writeField(name, x: nameX, y: y, width: nameWidth, charset: state.charset)
            highlight(state.searchQuery, in: name, x: nameX, y: y, width: nameWidth, screen: &screen, state: state)
            if placeWidth > 0 {
                screen.writeField(r.area.map { state.searchPlaces[$0] ?? $0 } ?? "", x: rect.maxX - placeWidth - 1, y: y, width: placeWidth,
                                  style: Theme.dim(state), charset: state.charset)
            }
            if scroll + i == state.searchCursor {
                screen.style(Rect(x: rect.x, y: y, width: rect.width, height: 1), .reverse)
            }
        }
        if count == 0 && !state.searchQuery.isEmpty {
            screen.write(t("ไม่พบ", "no results"), x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2)
        }
    }

    static func kindLabel(_ kind: SearchResultKind, _ t: Texts) -> String {
        switch kind {
        case .area: return t("พื้นที่", "area")
        case .element: return t("ผู้เล่น", "element")
        case .resource: return t("ทรัพยากร", "resource")
        case .project: return t("โครงการ", "project")
        }
    }

    /// Underlines where the query occurs in a result's name.
    private static func highlight(_ query: String, in name: String, x: Int, y: Int, width: Int, screen: inout ScreenBuffer, state: AppState) {
        let q = query.trimmingWhitespace().searchFolded
        guard !q.isEmpty, let range = name.searchFolded.range(of: q) else { return }
        let folded = name.searchFolded
        let start = TextWidth.width(of: folded[folded.startIndex..<range.lowerBound])
        let length = TextWidth.width(of: folded[range])
        guard start < width else { return }
        screen.style(Rect(x: x + start, y: y, width: min(length, width - start), height: 1),
                     state.colorMode == .none ? Style(attributes: .bold) : Style(foreground: state.colorMode == .basic8 ? 3 : 220, attributes: .bold))
    }
}

/// `?`: every key, grouped, generated from the key table.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [(String, Style)] {
        let t = state.texts
        var out: [(String, Style)] = [(t("ปุ่มทั้งหมด", "All keys") + " — TISEPTerm · " + t("Esc ปิด", "Esc closes"), .bold)]
        for group in Action.Group.allCases {
            out.append(("", .plain))
            out.append((group.title(t), Theme.heading(state)))
            for (_, action) in Keymap.bindings where action.group == group {
                let keys = TextWidth.pad(Keymap.keyLabel(action), to: 12)
                out.append(("  " + keys + " " + TextWidth.pad(action.rawValue, to: 20) + " " + action.summary(t), .plain))
            }
        }
        out.append(("", .plain))
        out.append((t("แป้นพิมพ์ไทย (เกษมณี) ใช้ได้: ๆ = q, ฝ = /, ฦ = ?", "Thai (Kedmanee) keys work too: ๆ = q, ฝ = /, ฦ = ?"), Theme.dim(state)))
        return out
    }

    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        screen.fill(rect)
        screen.box(rect, title: "? " + state.texts("ความช่วยเหลือ", "Help"), style: Theme.border(focused: true, state), charset: state.charset)
        let inner = rect.inner
        let all = lines(state)
        let scroll = min(state.helpScroll, max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(scroll).prefix(inner.height).enumerated() {
            screen.write(line.0, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1, style: line.1)
        }
    }
}

/// `f`: sector, target group and issue filters, toggled with Enter.
enum FilterMenu {
    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        let t = state.texts
        let options = ListFilter.all
        let width = min(rect.width, 56), height = min(rect.height, options.count + 2)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width: width, height: height)
        screen.fill(box)
        screen.box(box, title: t("ตัวกรอง · Enter เลือก · Esc ปิด", "Filters · Enter toggles · Esc closes"), style: Theme.border(focused: true, state), charset: state.charset)
        let inner = box.inner
        let cursor = state.filterMenuCursor ?? 0
        let scroll = TreePane.scrollOffset(cursor: cursor, current: 0, visible: inner.height, count: options.count)
        for (i, option) in options.dropFirst(scroll).prefix(inner.height).enumerated() {
            let on = state.extraFilters.contains(option)
            let mark = on ? "[x] " : "[ ] "
            screen.writeField(mark + option.label(t), x: inner.x, y: inner.y + i, width: inner.width, charset: state.charset)
            if scroll + i == cursor { screen.style(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), .reverse) }
        }
    }
}

/// The title bar (where you are, which data) and the status bar (keys that matter now).
enum Bars {
    static func title(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        let t = state.texts
        let style = Theme.bar(state)
        screen.fill(rect, with: Cell(grapheme: " ", foreground: style.foreground, background: style.background, attributes: style.attributes))
        let path = state.situation.map { s in s.path.map { $0.name(thai: state.thai) }.joined(separator: " › ") + " " + s.area.code } ?? ""
        let demo = !state.dataset.isDemo ? "" : rect.width >= 100 ? t("ข้อมูลสาธิต (demo data)", "demo data") : t("ข้อมูลสาธิต", "demo data")
        let right = "? " + t("ช่วยเหลือ", "help") + "  L " + (state.thai ? "ไทย/EN" : "EN/ไทย")
        let rightWidth = TextWidth.width(of: right)
        let demoWidth = TextWidth.width(of: demo)
        var x = rect.x
        x += screen.write(" TISEP  ", x: x, y: rect.y, style: Style(foreground: style.foreground, background: style.background, attributes: style.attributes.union(.bold)))
        let room = rect.width - (x - rect.x) - rightWidth - demoWidth - 3
        if room > 4 { screen.writeField(path, x: x, y: rect.y, width: room, style: style, charset: state.charset) }
        if demoWidth > 0, rect.width - rightWidth - demoWidth - 2 > x {
            screen.write(demo, x: rect.maxX - rightWidth - demoWidth - 2, y: rect.y, style: style)
        }
        if rect.width > rightWidth + 10 { screen.write(right, x: rect.maxX - rightWidth - 1, y: rect.y, style: style) }
    }

    static func status(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        let t = state.texts
        let style = Theme.bar(state)
        screen.fill(rect, with: Cell(grapheme: " ", foreground: style.foreground, background: style.background, attributes: style.attributes))
        let text: String
        if let prompt = state.prompt {
            let line = " " + prompt.label(t) + prompt.text + (state.charset == .unicode ? "▏" : "_") + "   Enter · Esc"
            screen.writeField(line, x: rect.x, y: rect.y, width: rect.width, style: .reverse, charset: state.charset)
            return
        } else if let confirmation = state.confirmation {
            let line = " " + confirmation.question + "  y " + t("ใช่", "yes") + " · n " + t("ไม่", "no")
            screen.writeField(line, x: rect.x, y: rect.y, width: rect.width, style: .reverse, charset: state.charset)
            return
        } else if let message = state.status {
            text = " " + message
        } else if state.searchActive {
            text = " " + t("พิมพ์เพื่อค้นหา · ↑↓ เลือก · Enter ไป · Esc ปิด", "type to search · ↑↓ choose · Enter go · Esc close")
        } else {
            var keys = [" / " + t("ค้นหา", "search"), "Tab " + t("ช่อง", "pane"), "↑↓←→ " + t("เลื่อน", "move"), "Enter " + t("เปิด", "open")]
            switch state.focus {
            case .list: keys += ["1-4 4P", "r " + t("บทบาท", "role"), "f " + t("กรอง", "filter"), "t " + t("แท็บ", "tab")]
            case .map: keys += ["i " + t("ตัวชี้วัด", "indicator"), "c " + t("วิธีแบ่ง", "method"), "z " + t("ซูม", "zoom")]
            default: keys += ["i " + t("ตัวชี้วัด", "indicator"), "1-4 4P"]
            }
            keys += ["e " + t("สรุป", "brief"), "q " + t("ออก", "quit")]
            text = keys.joined(separator: "  ")
        }
        let file = " " + state.dataset.path
        let fileWidth = TextWidth.width(of: file)
        let textWidth = rect.width - (rect.width >= 100 ? fileWidth + 1 : 0)
        screen.writeField(text, x: rect.x, y: rect.y, width: max(0, textWidth), style: style, charset: state.charset)
        if rect.width >= 100 {
            screen.writeField(file, x: rect.maxX - fileWidth - 1, y: rect.y, width: fileWidth, style: style, charset: state.charset)
        }
    }

    static func tabs(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect) {
        var x = rect.x
        for pane in PaneID.allCases {
            let label = " " + pane.title(state.texts) + " "
            let w = screen.write(label, x: x, y: rect.y, maxWidth: rect.maxX - x, style: pane == state.focus ? .reverse : .plain)
            x += w
        }
    }
}

/// The whole frame: bars, panes (or tabs), overlays.
enum Screen {
    static func render(_ state: AppState) -> ScreenBuffer {
        var screen = ScreenBuffer(width: state.width, height: state.height)
        let layout = Layout.compute(width: state.width, height: state.height, focus: state.focus)
        if layout.tooSmall {
            screen.write(state.texts("จอเล็กเกินไป", "too small"), x: 0, y: 0, maxWidth: state.width)
            screen.write("≥ 20×6", x: 0, y: 1, maxWidth: state.width)
            return screen
        }
        Bars.title(state, into: &screen, rect: layout.title)
        if let bar = layout.tabBar { Bars.tabs(state, into: &screen, rect: bar) }
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = pane == state.focus
            switch pane {
            case .tree: TreePane.render(state, into: &screen, rect: rect, focused: focused)
            case .map: MapPane.render(state, into: &screen, rect: rect, focused: focused)
            case .list: ListPane.render(state, into: &screen, rect: rect, focused: focused)
            case .detail: DetailPane.render(state, into: &screen, rect: rect, focused: focused)
            }
        }
        if state.form != nil { FormOverlay.render(state, into: &screen, rect: layout.body) }
        else if state.needsView != nil { NeedsOverlay.render(state, into: &screen, rect: layout.body) }
        else if state.searchActive { SearchOverlay.render(state, into: &screen, rect: layout.body) }
        else if state.helpVisible { HelpOverlay.render(state, into: &screen, rect: layout.body) }
        else if state.filterMenuCursor != nil { FilterMenu.render(state, into: &screen, rect: layout.body) }
        if state.chooser != nil { ChooserOverlay.render(state, into: &screen, rect: layout.body) }
        Bars.status(state, into: &screen, rect: layout.status)
        return screen
    }
}
