import AsciiMap
import EcosystemStore

/// The needs and offers view (`m`): the open needs in the selected area,
/// each with the offers that could meet it, best first, and why
/// (`store.elements.matches`, the same as the brief and `tisep matches`).
/// The cursor is on an offer, or on a need nothing matches.
struct NeedsView: Equatable {
    var area: String
    var matches: [NeedMatch] = []
    var loaded = false
    var cursor = 0
    /// The need just marked met and whose offer met it: `C` logs a contact
    /// with them (the need has left the list) until the cursor moves.
    var justMet: MetNeed?

    struct MetNeed: Equatable {
        var need: String
        var element: String
        var elementName: String
    }

    /// What the cursor can be on, in display order: each offer of each
    /// need, and a need with no offer itself (so it can be marked met).
    var items: [(match: Int, offer: Int?)] {
        matches.enumerated().flatMap { m, match in
            match.offers.isEmpty ? [(m, nil)] : match.offers.indices.map { (m, Optional($0)) }
        }
    }

    /// The need and the offer (if any) under the cursor.
    var chosen: (need: NeedMatch, offer: MatchedOffer?)? {
        let items = self.items
        guard items.indices.contains(cursor) else { return nil }
        let (m, o) = items[cursor]
        return (matches[m], o.map { matches[m].offers[$0] })
    }
}

/// `m`: needs in the selected area with the offers that could meet them and
/// the reason of each match. ↑↓ choose; Enter (or `R`) logs a referral of
/// the need to the chosen offer; `d` marks the need met (it leaves the
/// list; `u` undoes); `C` logs a contact with who offers; Esc closes.
enum NeedsOverlay {
    /// The keys of this view, for the help screen and `docs/keys.md`.
    static let keyHelp: [(keys: String, english: String, thai: String)] = [
        ("`↑` `↓` `PgUp` `PgDn`", "choose an offer (or a need nothing matches)", "เลือกผู้ให้ (หรือความต้องการที่ยังไม่มีผู้ให้)"),
        ("`Enter` `R`", "log a referral of the need to the chosen offer", "บันทึกการส่งต่อความต้องการไปยังผู้ให้ที่เลือก"),
        ("`d`", "mark the need met: it leaves the matches and the brief's gaps", "ทำเครื่องหมายว่าได้รับแล้ว: ออกจากรายการจับคู่และช่องว่างในสรุป"),
        ("`C`", "log a contact with who offers (how the need was met)", "บันทึกการติดต่อกับผู้ให้ (ได้รับอย่างไร)"),
        ("`u`", "undo the last edit", "ย้อนการแก้ไขล่าสุด"),
        ("`Esc` `m`", "close", "ปิด"),
    ]

    /// The keys the status bar shows while the view is open.
    static func keyHint(_ t: Texts) -> String {
        t("↑↓ เลือก · Enter บันทึกการส่งต่อ · d ได้รับแล้ว · C ติดต่อ · u ย้อน · Esc ปิด",
          "↑↓ choose · Enter logs a referral · d met · C contact · u undo · Esc close")
    }

    static func keys(_ view: NeedsView, _ state: inout AppState, _ key: Key) -> [Effect] {
        var view = view
        let count = view.items.count
        let t = state.texts
        switch key.latinEquivalent {
        case .char("d"):
            guard let chosen = view.chosen else { state.overlay = .needs(view); return [] }
            view.justMet = chosen.offer.map { NeedsView.MetNeed(need: text(chosen.need.need, thai: state.thai), element: $0.offer.elementID,
                                                      elementName: $0.offer.elementName) }
            state.overlay = .needs(view)
            return [.markNeedMet(need: chosen.need.need.id, offeringElement: chosen.offer?.offer.elementID, thai: state.thai)]
        case .char("C"):
            let target = view.justMet ?? view.chosen.flatMap { chosen in
                chosen.offer.map { NeedsView.MetNeed(need: text(chosen.need.need, thai: state.thai), element: $0.offer.elementID, elementName: $0.offer.elementName) }
            }
            guard let target else {
                state.status = t("เลือกผู้ให้ก่อน", "choose an offer first")
                return []
            }
            state.overlay = .form(Update.newForm(state, .contactLog, fixed: ["entity": target.element],
                                                 preset: ["date": state.today, "note": t("ความต้องการ: ", "need: ") + target.need],
                                                 subject: target.elementName))
            return []
        case .char("u"):
            state.overlay = .needs(view)
            return Update.performEdit(&state, .undo)
        default: break
        }
        let before = view.cursor
        defer { if case var .needs(v) = state.overlay, v.cursor != before { v.justMet = nil; state.overlay = .needs(v) } }
        switch Keymap.action(for: key) {
        case .moveDown: view.cursor = min(max(0, count - 1), view.cursor + 1)
        case .moveUp: view.cursor = max(0, view.cursor - 1)
        case .pageDown: view.cursor = min(max(0, count - 1), view.cursor + Update.pageSize(state))
        case .pageUp: view.cursor = max(0, view.cursor - Update.pageSize(state))
        case .goTop: view.cursor = 0
        case .goBottom: view.cursor = max(0, count - 1)
        case .back, .quit, .needsOffers:
            state.overlay = nil
            return []
        case .open, .logReferral:
            state.overlay = .needs(view)
            guard let chosen = view.chosen else { return [] }
            guard let offer = chosen.offer else {
                state.status = t("ยังไม่มีผู้ให้สำหรับความต้องการนี้", "nobody offers this yet")
                return []
            }
            let need = chosen.need
            return [.logReferral(need: need.need.id, entity: offer.offer.elementID, area: need.needArea,
                                 caseCode: Update.caseCode(need: need.need.id, today: state.today), date: state.today)]
        default: break
        }
        state.overlay = .needs(view)
        return []
    }

    static func text(_ need: ResourceSummary, thai: Bool) -> String {
        need.description ?? need.category?.label(thai: thai) ?? ""
    }

    /// The view once its matches are loaded again (after an edit): the
    /// cursor stays where it was, within the new list.
    static func reloaded(_ view: NeedsView, _ matches: [NeedMatch]) -> NeedsView {
        var view = view
        view.matches = matches
        view.loaded = true
        view.cursor = min(view.cursor, max(0, view.items.count - 1))
        return view
    }

    struct Line { var text: String; var style: Style; var item: Int? }

    static func lines(_ view: NeedsView, names: AreaNames, _ look: Look) -> [Line] {
        let t = look.texts
        var out: [Line] = []
        var item = 0
        if view.loaded && view.matches.isEmpty {
            out.append(Line(text: t("ไม่มีความต้องการที่ยังเปิดอยู่ในพื้นที่นี้", "no open needs recorded in this area"), style: .plain))
        }
        for match in view.matches {
            let need = match.need
            let what = [need.category?.label(thai: look.thai), need.description].compactMap { $0 }.joined(separator: ": ")
            out.append(Line(text: t("ต้องการ ", "need ") + what + " — " + need.elementName + " (" + (names.name(match.needArea) ?? match.needArea) + ")",
                            style: Theme.heading(look), item: match.offers.isEmpty ? item : nil))
            if match.offers.isEmpty {
                out.append(Line(text: "   " + t("ยังไม่มีผู้ให้ใกล้เคียง", "nobody nearby offers this"), style: Theme.warning(look), item: item))
                item += 1
            }
            for o in match.offers {
                // The reason first: it is what tells a call worth making from a wasted one.
                let weak = o.match.strength == .sameCategoryOnly
                out.append(Line(text: "   " + o.match.reason(thai: look.thai) + " — " + o.offer.elementName,
                                style: weak ? Theme.dim(look) : .plain, item: item))
                let detail = [o.offer.description, o.contact].compactMap { $0 }.joined(separator: " · ")
                if !detail.isEmpty { out.append(Line(text: "      " + detail, style: Theme.dim(look), item: item)) }
                item += 1
            }
        }
        return out
    }

    static func render(_ view: NeedsView, names: AreaNames, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        screen.fill(rect)
        let place = names.name(view.area) ?? view.area
        screen.box(rect, title: t("ความต้องการและผู้ให้ใกล้เคียง · ", "Needs and offers nearby · ") + place,
                   style: Theme.border(focused: true, look), charset: look.charset)
        let inner = rect.inner
        guard inner.height >= 2 else { return }
        let all = wrapped(lines(view, names: names, look), width: inner.width - 1)
        let visible = inner.height - 1
        let cursorLines = all.indices.filter { all[$0].item == view.cursor }
        let first = cursorLines.first ?? 0
        // Keep the need's heading above its first offer in sight.
        let anchor = max(0, first - 1)
        let scroll = max(0, min(anchor - visible / 3, all.count - visible))
        for (i, line) in all.dropFirst(scroll).prefix(visible).enumerated() {
            let y = inner.y + i
            screen.writeField(" " + line.text, x: inner.x, y: y, width: inner.width, style: line.style, charset: look.charset)
            if line.item == view.cursor && !(view.loaded && view.matches.isEmpty) {
                screen.style(Rect(x: inner.x, y: y, width: inner.width, height: 1), .reverse)
            }
        }
        screen.writeField(" " + keyHint(t),
                          x: inner.x, y: inner.maxY - 1, width: inner.width, style: Theme.dim(look), charset: look.charset)
    }

    /// Each line wrapped between words to the overlay's width, its later
    /// parts indented under its text (an offer's reason stays readable
    /// instead of being cut off).
    static func wrapped(_ lines: [Line], width: Int) -> [Line] {
        lines.flatMap { line -> [Line] in
            let hang = line.text.prefix { $0 == " " }.count + 2
            return WrappedText.lines(line.text, width: width, hang: hang).map { Line(text: $0, style: line.style, item: line.item) }
        }
    }
}
