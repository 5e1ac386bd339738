import AsciiMap
import EcosystemStore

/// `/`: the search bar and its results, over the panes. `/` starts a new
/// query: the last one is shown selected, typing replaces it, Backspace or
/// Ctrl-U clears it, → keeps it to edit, and ↑ on the first row recalls
/// earlier ones. Results rank from the selected area outward (the same
/// tambon, its amphoe, its province, elsewhere); Tab switches where to look
/// (this tambon, amphoe, province, all Thailand). Identical lines in many
/// tambons collapse into one row with a count, which Enter opens. ↑↓ choose,
/// Enter goes, Esc closes (the query and results stay for `n`, `N` and `/`).
///
/// Typing never waits for the database: a key only edits the query and
/// marks it due; the tick after a burst of keys asks for one search
/// (`Update.searchIfDue`), which in the terminal runs on a worker; its
/// result is dropped if the query has changed meanwhile. Enter always goes
/// to the results of what is typed now: while those are still on their
/// way, Enter asks for them on the interface's own thread (`.searchNow`)
/// and their answer opens the chosen result.
enum SearchOverlay {
    /// The keys of the search bar, for the help screen and `docs/keys.md`.
    static let keyHelp: [(keys: String, english: String, thai: String)] = [
        ("`/`", "a new query: the last one is selected, typing replaces it", "คำค้นใหม่: คำเดิมถูกเลือกไว้ พิมพ์ทับได้เลย"),
        ("`Backspace` / `Ctrl-U`", "remove a character (a whole Thai cluster; a selected query at once) / clear the field",
         "ลบหนึ่งตัว (ทั้งกลุ่มอักษรไทย; คำที่เลือกไว้ทั้งคำ) / ล้างช่อง"),
        ("`→` `End`", "keep the selected query and edit it", "เก็บคำเดิมไว้แก้ต่อ"),
        ("`↑` on the first row", "recall an earlier query (again: an older one)", "เรียกคำค้นก่อนหน้า (กดซ้ำ: ก่อนหน้านั้น)"),
        ("`↑` `↓` `PgUp` `PgDn`", "choose a result", "เลือกผล"),
        ("`Tab` / `Shift-Tab`", "where to look: this tambon, amphoe, province, all Thailand", "ค้นที่ไหน: ตำบลนี้ อำเภอ จังหวัด ทั้งประเทศ"),
        ("`Enter`", "go to the result; on a row \"× 40 tambons\", open it into its list", "ไปที่ผล; ที่แถว \"× 40 ตำบล\" เปิดดูรายการ"),
        ("`Esc`", "close (the results stay for `n` `N`)", "ปิด (ผลยังอยู่ให้ `n` `N`)"),
    ]

    /// The keys the status bar shows while the bar is open.
    static func keyHint(_ t: Texts) -> String {
        t("พิมพ์เพื่อค้นหา · Tab ขอบเขต · ↑↓ เลือก · Enter ไป · Ctrl-U ล้าง · Esc ปิด",
          "type to search · Tab where · ↑↓ choose · Enter go · Ctrl-U clear · Esc close")
    }

    static func keys(_ state: inout AppState, _ key: Key) -> [Effect] {
        let rowCount = state.search.rows.count
        switch key {
        case .escape:
            state.search.remember()
            state.overlay = nil
            return []
        case .enter:
            if state.search.pending {
                state.search.due = nil
                return [.searchNow(Update.searchRequest(state))]
            }
            return openChosen(&state)
        case .up:
            if state.search.row == 0 { return recall(&state) }
            state.search.row -= 1
            return []
        case .down:
            state.search.row = min(max(0, rowCount - 1), state.search.row + 1)
            return []
        case .pageUp:
            state.search.row = max(0, state.search.row - Update.pageSize(state))
            return []
        case .pageDown:
            state.search.row = min(max(0, rowCount - 1), state.search.row + Update.pageSize(state))
            return []
        case .tab, .backTab:
            state.search.scope = state.search.scope.next(selected: state.selectedArea, backward: key == .backTab)
            return changed(&state, keepSelection: true)
        case .right, .end:
            state.search.selected = false
            return []
        case .control("u"):
            state.search.query = ""
            state.search.selected = false
        case .backspace:
            // Removes a whole grapheme cluster: a consonant with its marks;
            // a selected query goes at once.
            guard !state.search.query.isEmpty else { return [] }
            if state.search.selected { state.search.query = "" } else { state.search.query.removeLast() }
            state.search.selected = false
        case let .char(c):
            if state.search.selected { state.search.query = "" }
            state.search.selected = false
            state.search.query.append(c)
        default:
            return []
        }
        state.search.historyIndex = nil
        return changed(&state, keepSelection: false)
    }

    /// The query or scope changed: new results are due at the next tick.
    private static func changed(_ state: inout AppState, keepSelection: Bool) -> [Effect] {
        state.search.cursor = 0
        state.search.row = 0
        state.search.opened = []
        if state.search.query.isEmpty {
            state.search.results = []
            state.search.pending = false
            state.search.due = nil
            return []
        }
        state.search.pending = true
        state.search.due = state.search.query
        return []
    }

    /// `↑` on the first row: the query before this one, selected.
    private static func recall(_ state: inout AppState) -> [Effect] {
        let history = state.search.history
        let start = state.search.historyIndex ?? (history.last == state.search.query ? history.count - 1 : history.count)
        guard start - 1 >= 0, !history.isEmpty else { return [] }
        state.search.historyIndex = start - 1
        state.search.query = history[start - 1]
        state.search.selected = true
        return changed(&state, keepSelection: true)
    }

    /// Enter: a collapsed row opens (or closes); a result closes the bar
    /// and goes to it.
    static func openChosen(_ state: inout AppState) -> [Effect] {
        let rows = state.search.rows
        guard rows.indices.contains(state.search.row) else {
            state.search.remember()
            state.overlay = nil
            return []
        }
        let row = rows[state.search.row]
        if case let .group(key, _) = row {
            if state.search.opened.contains(key) { state.search.opened.remove(key) } else { state.search.opened.insert(key) }
            return []
        }
        state.search.remember()
        state.overlay = nil
        guard let i = row.result, state.search.results.indices.contains(i) else { return [] }
        state.search.cursor = i
        return Update.jump(&state, to: state.search.results[i])
    }

    /// What the bar shows besides the results: where it looks, and the
    /// name of the selected area it ranks from.
    struct Model {
        var search: SearchState
        var scope: String
        var nearName: String?
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        let search = m.search
        screen.fill(rect)
        let count = search.results.count
        // Where it looks, and (all Thailand) where the ranking starts.
        var right = m.scope
        if search.scope == .country, let near = m.nearName { right += " (" + t("\(near)ก่อน", "\(near) first") + ")" }
        if !search.query.isEmpty {
            right += " · \(count)\(count >= SearchState.limit ? "+" : "") " + t("ผล", NumberText.noun(count, "result"))
        }
        let rightWidth = min(TextWidth.width(of: right), rect.width / 2)
        screen.write("/ ", x: rect.x + 1, y: rect.y, style: .bold)
        // The query, selected (reverse) when `/` has just shown it again, then the caret.
        let inputWidth = max(1, rect.width - rightWidth - 6)
        let shown = TextWidth.truncate(search.query, to: inputWidth, charset: look.charset)
        let queryWidth = screen.write(shown, x: rect.x + 3, y: rect.y, maxWidth: inputWidth, style: search.selected ? .reverse : .bold)
        screen.write(look.caret, x: rect.x + 3 + queryWidth, y: rect.y, style: .bold)
        screen.writeField(right, x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth, style: Theme.dim(look), alignment: .right,
                          charset: look.charset)
        var y = rect.y + 1
        if search.isShortQuery {
            // Why "vo" finds little and "vol" much: say it where it applies.
            let q = search.query.trimmingWhitespace()
            screen.writeField(" " + t("1–2 ตัวอักษร: ชื่อ รหัส และเลขที่ขึ้นต้นด้วย “\(q)” · พิมพ์ 3 ตัวขึ้นไปเพื่อค้นทุกที่",
                                      "1–2 letters: names, codes and numbers that start with “\(q)”; type 3 for anywhere"),
                              x: rect.x, y: y, width: rect.width, style: Theme.dim(look), charset: look.charset)
            y += 1
        }
        let rows = search.rows
        let visible = rect.maxY - y
        guard visible > 0 else { return }
        let scroll = TreePane.scrollOffset(cursor: search.row, current: 0, visible: visible, count: rows.count)
        // As wide as the widest label of the results (พื้นที่ขับเคลื่อน), within reason.
        let kindWidth = min(18, (search.results.map { TextWidth.width(of: kindLabel($0, t)) }.max() ?? 8) + 2)
        for (i, row) in rows.dropFirst(scroll).prefix(visible).enumerated() {
            draw(row, search: search, look: look, y: y + i, rect: rect, kindWidth: kindWidth, into: &screen)
            if scroll + i == search.row {
                screen.style(Rect(x: rect.x, y: y + i, width: rect.width, height: 1), .reverse)
            }
        }
        if count == 0 && !search.query.isEmpty && !search.pending {
            screen.write(t("ไม่พบ", "no results") + (m.scope.isEmpty ? "" : " · Tab " + t("ค้นที่อื่น", "looks elsewhere")),
                         x: rect.x + 1, y: y, maxWidth: rect.width - 2)
        }
    }

    /// One row: what it is (area, element, offer or need, project), its
    /// name (a resource: its category and description), and where (a
    /// resource: its tambon and who offers or needs it; a collapsed row:
    /// how many).
    private static func draw(_ row: SearchRow, search: SearchState, look: Look, y: Int, rect: Rect, kindWidth: Int, into screen: inout ScreenBuffer) {
        let t = look.texts
        let indices: [Int]
        switch row {
        case let .result(i), let .member(i): indices = [i]
        case let .group(_, members): indices = members
        }
        guard let first = indices.first, search.results.indices.contains(first) else { return }
        let r = search.results[first]
        let indent = row == .member(first) ? "  " : ""
        let placeWidth = rect.width >= 70 ? rect.width * 35 / 100 : 0
        screen.writeField(indent + kindLabel(r, t), x: rect.x + 1, y: y, width: kindWidth, style: Theme.dim(look), charset: look.charset)
        let nameX = rect.x + 1 + kindWidth
        let nameWidth = rect.width - kindWidth - placeWidth - 2
        let name = displayName(r, look)
        screen.writeField(name, x: nameX, y: y, width: nameWidth, charset: look.charset)
        highlight(search.query, in: name, x: nameX, y: y, width: nameWidth, screen: &screen, look: look)
        let place: String
        if case .group = row {
            let areas = Set(indices.compactMap { search.results[$0].area })
            // At the cap the group may go on past it: "200+".
            let more = search.results.count >= SearchState.limit ? "+" : ""
            place = "× \(indices.count)\(more) " + (areas.count == indices.count ? t("ตำบล ▸ Enter", "tambons ▸ Enter") : t("รายการ ▸ Enter", "records ▸ Enter"))
        } else {
            place = where_(r, places: search.places)
        }
        if placeWidth > 0 {
            screen.writeField(place, x: rect.maxX - placeWidth - 1, y: y, width: placeWidth, style: Theme.dim(look), charset: look.charset)
        } else if case .group = row {
            // Narrow: the count replaces the end of the name.
            let w = TextWidth.width(of: place)
            screen.writeField(place, x: rect.maxX - w - 1, y: y, width: w, style: Theme.dim(look), charset: look.charset)
        }
    }

    /// What a result is, in the glossary's words: an element by its 4P kind
    /// (นโยบาย, ทุน, พื้นที่ขับเคลื่อน, ผู้เล่น), never all of them "players";
    /// the same words as `tisep search` (`SearchText.kind`).
    static func kindLabel(_ result: SearchResult, _ t: Texts) -> String { SearchText.kind(result, t) }

    /// A resource: "เงินทุน: เงินทุนหมุนเวียน…"; others their name.
    static func displayName(_ r: SearchResult, _ look: Look) -> String {
        let name = look.thai ? r.nameTH : (r.nameEN.flatMap { $0.isEmpty ? nil : $0 } ?? r.nameTH)
        if r.kind == .resource, let category = r.category { return category.label(thai: look.thai) + ": " + name }
        return name
    }

    /// Where a result is: a resource's tambon and who offers or needs it,
    /// else the path of its area.
    static func where_(_ r: SearchResult, places: [String: String]) -> String {
        let path = r.area.map { places[$0] ?? $0 } ?? ""
        guard r.kind == .resource || r.kind == .project else { return path }
        let tambon = path.components(separatedBy: " › ").first ?? path
        return [tambon, r.elementName].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " · ")
    }

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
