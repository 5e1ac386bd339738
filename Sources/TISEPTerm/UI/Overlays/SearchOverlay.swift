import AsciiMap
import EcosystemStore

/// `/`: the search bar and its results, over the panes. Typing edits the
/// query; ↑↓ choose a result; Enter goes to it; Esc closes (the query and
/// results stay for `n`, `N` and the next `/`).
///
/// Typing never waits for the database: a key only edits the query and
/// marks it due; the tick after a burst of keys asks for one search
/// (`Update.searchIfDue`), which in the terminal runs on a worker; its
/// result is dropped if the query has changed meanwhile. Enter always goes
/// to the results of what is typed now: while those are still on their
/// way, Enter asks for them on the interface's own thread (`.searchNow`)
/// and their answer opens the chosen result.
enum SearchOverlay {
    static func keys(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.overlay = nil
            return []
        case .enter:
            if state.search.pending {
                state.search.due = nil
                return [.searchNow(query: state.search.query, thai: state.thai)]
            }
            return openChosen(&state)
        case .up:
            state.search.cursor = max(0, state.search.cursor - 1)
            return []
        case .down:
            state.search.cursor = min(max(0, state.search.results.count - 1), state.search.cursor + 1)
            return []
        case .backspace:
            // Removes a whole grapheme cluster: a consonant with its marks.
            guard !state.search.query.isEmpty else { return [] }
            state.search.query.removeLast()
        case let .char(c):
            state.search.query.append(c)
        default:
            return []
        }
        state.search.cursor = 0
        state.search.pending = true
        state.search.due = state.search.query
        return []
    }

    /// Closes the bar and goes to the chosen result, if there is one.
    static func openChosen(_ state: inout AppState) -> [Effect] {
        state.overlay = nil
        guard state.search.results.indices.contains(state.search.cursor) else { return [] }
        return Update.jump(&state, to: state.search.results[state.search.cursor])
    }

    static func render(_ search: SearchState, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        screen.fill(rect)
        let count = search.results.count
        let right = search.query.isEmpty ? t("พิมพ์คำค้น ไทยหรืออังกฤษ · Esc ปิด", "type Thai or English · Esc close")
            : "\(count)\(count >= SearchState.limit ? "+" : "") " + t("ผล", "results") + " · Enter " + t("ไป", "go") + " · Esc " + t("ปิด", "close")
        let rightWidth = min(TextWidth.width(of: right), rect.width / 2)
        let input = "/ " + search.query + look.caret
        screen.writeField(input, x: rect.x + 1, y: rect.y, width: rect.width - rightWidth - 3, style: .bold, charset: look.charset)
        screen.writeField(right, x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth, style: Theme.dim(look), alignment: .right, charset: look.charset)
        let visible = rect.height - 1
        let scroll = TreePane.scrollOffset(cursor: search.cursor, current: 0, visible: visible, count: count)
        let shown = search.results.dropFirst(scroll).prefix(visible)
        // As wide as the widest label of the results (พื้นที่ขับเคลื่อน), within reason.
        let kindWidth = min(18, (search.results.map { TextWidth.width(of: kindLabel($0, t)) }.max() ?? 8) + 2)
        for (i, r) in shown.enumerated() {
            let y = rect.y + 1 + i
            let kind = kindLabel(r, t)
            let name = look.thai ? r.nameTH : (r.nameEN.flatMap { $0.isEmpty ? nil : $0 } ?? r.nameTH)
            let placeWidth = rect.width >= 70 ? rect.width * 35 / 100 : 0
            screen.writeField(kind, x: rect.x + 1, y: y, width: kindWidth, style: Theme.dim(look), charset: look.charset)
            let nameX = rect.x + 1 + kindWidth
            let nameWidth = rect.width - kindWidth - placeWidth - 2
            screen.writeField(name, x: nameX, y: y, width: nameWidth, charset: look.charset)
            highlight(search.query, in: name, x: nameX, y: y, width: nameWidth, screen: &screen, look: look)
            if placeWidth > 0 {
                screen.writeField(r.area.map { search.places[$0] ?? $0 } ?? "", x: rect.maxX - placeWidth - 1, y: y, width: placeWidth,
                                  style: Theme.dim(look), charset: look.charset)
            }
            if scroll + i == search.cursor {
                screen.style(Rect(x: rect.x, y: y, width: rect.width, height: 1), .reverse)
            }
        }
        if count == 0 && !search.query.isEmpty {
            screen.write(t("ไม่พบ", "no results"), x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2)
        }
    }

    /// What a result is, in the glossary's words: an element by its 4P kind
    /// (นโยบาย, ทุน, พื้นที่ขับเคลื่อน, ผู้เล่น), never all of them "players";
    /// the same words as `tisep search` (`SearchText.kind`).
    static func kindLabel(_ result: SearchResult, _ t: Texts) -> String { SearchText.kind(result, t) }

    /// Underlines where the query occurs in a result's name.
    private static func highlight(_ query: String, in name: String, x: Int, y: Int, width: Int, screen: inout ScreenBuffer, look: Look) {
        let q = query.trimmingWhitespace().searchFolded
        guard !q.isEmpty, let range = name.searchFolded.range(of: q) else { return }
        let folded = name.searchFolded
        let start = TextWidth.width(of: folded[folded.startIndex..<range.lowerBound])
        let length = TextWidth.width(of: folded[range])
        guard start < width else { return }
        screen.style(Rect(x: x + start, y: y, width: min(length, width - start), height: 1), Theme.match(look))
    }
}
