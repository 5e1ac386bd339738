import AsciiMap

/// `?`: every key, grouped, generated from the key table. ↑↓ and the page
/// keys scroll; Esc, `q` or `?` close.
enum HelpOverlay {
    static func keys(scroll: Int, _ state: inout AppState, _ key: Key) -> [Effect] {
        switch Keymap.action(for: key) {
        case .moveDown, .pageDown:
            state.overlay = .help(scroll: scroll + (key == .pageDown || key == .char(" ") ? Update.pageSize(state) : 1))
        case .moveUp, .pageUp:
            state.overlay = .help(scroll: max(0, scroll - (key == .pageUp ? Update.pageSize(state) : 1)))
        case .quit, .back, .help:
            state.overlay = nil
        default: break
        }
        return []
    }

    static func lines(_ look: Look) -> [(String, Style)] {
        let t = look.texts
        var out: [(String, Style)] = [(t("ปุ่มทั้งหมด", "All keys") + " — TISEPTerm · " + t("Esc ปิด", "Esc closes"), .bold)]
        for group in Action.Group.allCases {
            out.append(("", .plain))
            out.append((group.title(t), Theme.heading(look)))
            for (_, action) in Keymap.bindings where action.group == group {
                let keys = TextWidth.pad(Keymap.keyLabel(action), to: 12)
                out.append(("  " + keys + " " + TextWidth.pad(action.rawValue, to: 20) + " " + action.summary(t), .plain))
            }
        }
        for (title, keys) in Keymap.overlayKeys(t) {
            out.append(("", .plain))
            out.append((title, Theme.heading(look)))
            for (k, english, thai) in keys {
                out.append(("  " + TextWidth.pad(k.replacingOccurrences(of: "`", with: ""), to: 22) + " " + t(thai, english), .plain))
            }
        }
        out.append(("", .plain))
        out.append((t("แป้นพิมพ์ไทย (เกษมณี) ใช้ได้: ๆ = q, ฝ = /, ฦ = ?", "Thai (Kedmanee) keys work too: ๆ = q, ฝ = /, ฦ = ?"), Theme.dim(look)))
        return out
    }

    static func render(scroll: Int, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        screen.fill(rect)
        screen.box(rect, title: "? " + look.texts("ความช่วยเหลือ", "Help"), style: Theme.border(focused: true, look), charset: look.charset)
        let inner = rect.inner
        let all = lines(look)
        let scroll = min(scroll, max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(scroll).prefix(inner.height).enumerated() {
            screen.write(line.0, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1, style: line.1)
        }
    }
}
