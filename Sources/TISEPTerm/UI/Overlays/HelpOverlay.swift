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

    static let keyWidth = 12
    static let commandWidth = 20

    /// The help's lines at `width` columns: per group, each key with what
    /// it does (wrapped between words, under its own column). The command
    /// names of the key table (`focus-next-pane`, the names `docs/keys.md`
    /// and scripts use) are English words: shown in the English interface
    /// only, in a last column headed "command"; the Thai help reads as Thai.
    static func lines(_ look: Look, width: Int = 78) -> [(String, Style)] {
        let t = look.texts
        let showCommands = !look.thai
        let lead = 2 + keyWidth + 1
        let summaryWidth = max(10, width - lead - (showCommands ? commandWidth + 1 : 0))
        var out: [(String, Style)] = [(t("ปุ่มทั้งหมด", "All keys") + " — TISEPTerm · " + t("Esc ปิด", "Esc closes"), .bold), ("", .plain)]
        var header = "  " + TextWidth.pad(t("ปุ่ม", "key"), to: keyWidth) + " " + TextWidth.pad(t("ทำอะไร", "what it does"), to: summaryWidth)
        if showCommands { header += " " + "command" }
        out.append((header, Theme.dim(look)))
        for group in Action.Group.allCases {
            out.append(("", .plain))
            out.append((group.title(t), Theme.heading(look)))
            for (_, action) in Keymap.bindings where action.group == group {
                let summary = WrappedText.lines(action.summary(t), width: summaryWidth)
                for (i, part) in summary.enumerated() {
                    let keys = i == 0 ? Keymap.keyLabel(action) : ""
                    var line = "  " + TextWidth.pad(keys, to: keyWidth) + " " + part
                    if showCommands && i == 0 { line = "  " + TextWidth.pad(keys, to: keyWidth) + " " + TextWidth.pad(part, to: summaryWidth) + " " + action.rawValue }
                    out.append((line, .plain))
                }
            }
        }
        for (title, keys) in Keymap.overlayKeys(t) {
            out.append(("", .plain))
            out.append((title, Theme.heading(look)))
            // The keys of the search bar, the needs view and a form: a wider
            // key column ("Backspace / Ctrl-U"), the description wrapped under itself.
            let keyColumn = 22
            let describe = max(10, width - 2 - keyColumn - 1)
            for (k, english, thai) in keys {
                for (i, part) in WrappedText.lines(t(thai, english), width: describe).enumerated() {
                    let label = i == 0 ? k.replacingOccurrences(of: "`", with: "") : ""
                    out.append(("  " + TextWidth.pad(label, to: keyColumn) + " " + part, .plain))
                }
            }
        }
        out.append(("", .plain))
        for line in WrappedText.lines(t("แป้นพิมพ์ไทย (เกษมณี) ใช้ได้: ๆ = q, ฝ = /, ฦ = ?", "Thai (Kedmanee) keys work too: ๆ = q, ฝ = /, ฦ = ?"), width: width) {
            out.append((line, Theme.dim(look)))
        }
        return out
    }

    static func render(scroll: Int, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        screen.fill(rect)
        screen.box(rect, title: "? " + look.texts("ความช่วยเหลือ", "Help"), style: Theme.border(focused: true, look), charset: look.charset)
        let inner = rect.inner
        let all = lines(look, width: inner.width - 1)
        let scroll = min(scroll, max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(scroll).prefix(inner.height).enumerated() {
            screen.write(line.0, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1, style: line.1)
        }
    }

    /// The keys of the status bar while help is open.
    static func keyHint(_ t: Texts) -> String {
        t("↑↓ PgUp PgDn เลื่อน · Esc ? q ปิด", "↑↓ PgUp PgDn scroll · Esc ? q close")
    }
}
