import AsciiMap

/// `f`: sector, target group and issue filters, toggled with Enter; `s`
/// sorts, `0` clears them, Esc or `f` closes.
enum FilterMenuOverlay {
    static func keys(cursor: Int, _ state: inout AppState, _ key: Key) -> [Effect] {
        let options = ListFilter.all
        var cursor = cursor
        switch Keymap.action(for: key) {
        case .moveDown: cursor = min(options.count - 1, cursor + 1)
        case .moveUp: cursor = max(0, cursor - 1)
        case .open:
            let choice = options[cursor]
            if let i = state.extraFilters.firstIndex(of: choice) { state.extraFilters.remove(at: i) } else { state.extraFilters.append(choice) }
            state.listTab = .elements
            state.overlay = .filterMenu(cursor: cursor)
            return Update.resetList(&state)
        case .back, .filterMenu, .quit:
            state.overlay = nil
            return []
        case .cycleSort:
            Update.nextSort(&state)
            return Update.resetList(&state)
        case .clearFilters:
            state.extraFilters = []
        default: break
        }
        state.overlay = .filterMenu(cursor: cursor)
        return []
    }

    static func render(cursor: Int, chosen: [ListFilter], _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        let options = ListFilter.all
        let width = min(rect.width, 56), height = min(rect.height, options.count + 2)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width: width, height: height)
        screen.fill(box)
        screen.box(box, title: t("ตัวกรอง · Enter เลือก · Esc ปิด", "Filters · Enter toggles · Esc closes"), style: Theme.border(focused: true, look), charset: look.charset)
        let inner = box.inner
        let scroll = TreePane.scrollOffset(cursor: cursor, current: 0, visible: inner.height, count: options.count)
        for (i, option) in options.dropFirst(scroll).prefix(inner.height).enumerated() {
            let mark = chosen.contains(option) ? "[x] " : "[ ] "
            screen.writeField(mark + option.label(t), x: inner.x, y: inner.y + i, width: inner.width, charset: look.charset)
            if scroll + i == cursor { screen.style(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), .reverse) }
        }
    }
}
