import AsciiMap
import EcosystemStore

/// The needs and offers view (`m`): needs in the selected area, each with
/// offers of its category nearby; the cursor is on one (need, offer) pair.
struct NeedsView: Equatable {
    var area: String
    var matches: [NeedOfferMatch] = []
    var loaded = false
    var cursor = 0
    var scroll = 0

    /// Every (need, offer) pair in display order.
    var pairs: [(match: Int, offer: Int)] {
        matches.enumerated().flatMap { m, match in match.offers.indices.map { (m, $0) } }
    }
}

/// `m`: needs in the selected area, each with offers of its category nearby
/// (the same tambon first, then the amphoe, then the province) and how to
/// reach who offers; ↑↓ choose an offer, Enter (or `R`) logs a referral of
/// the need to it, Esc closes.
enum NeedsOverlay {
    static func keys(_ view: NeedsView, _ state: inout AppState, _ key: Key) -> [Effect] {
        var view = view
        let pairs = view.pairs
        switch Keymap.action(for: key) {
        case .moveDown: view.cursor = min(max(0, pairs.count - 1), view.cursor + 1)
        case .moveUp: view.cursor = max(0, view.cursor - 1)
        case .pageDown: view.cursor = min(max(0, pairs.count - 1), view.cursor + Update.pageSize(state))
        case .pageUp: view.cursor = max(0, view.cursor - Update.pageSize(state))
        case .back, .quit, .needsOffers:
            state.overlay = nil
            return []
        case .open, .logReferral:
            guard pairs.indices.contains(view.cursor) else { return [] }
            let (m, o) = pairs[view.cursor]
            let match = view.matches[m]
            state.overlay = .needs(view)
            return [.logReferral(need: match.need.id, entity: match.offers[o].offer.elementID, area: match.needArea,
                                 caseCode: Update.caseCode(need: match.need.id, today: state.today), date: state.today)]
        default: break
        }
        state.overlay = .needs(view)
        return []
    }

    struct Line { var text: String; var style: Style; var pair: Int? }

    static func lines(_ view: NeedsView, names: AreaNames, _ look: Look) -> [Line] {
        let t = look.texts
        var out: [Line] = []
        var pair = 0
        if view.loaded && view.matches.isEmpty { out.append(Line(text: t("ไม่มีความต้องการในพื้นที่นี้", "no needs recorded in this area"), style: .plain)) }
        for match in view.matches {
            let need = match.need
            let what = [need.category?.label(thai: look.thai), need.description].compactMap { $0 }.joined(separator: ": ")
            out.append(Line(text: t("ต้องการ ", "need ") + what + " — " + need.elementName + " (" + (names.name(match.needArea) ?? match.needArea) + ")",
                            style: Theme.heading(look)))
            if match.offers.isEmpty { out.append(Line(text: "   " + t("ยังไม่มีผู้ให้ใกล้เคียง", "nobody nearby offers this"), style: Theme.warning(look))) }
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
        let cursorLine = all.firstIndex { $0.pair == view.cursor } ?? 0
        let scroll = max(0, min(cursorLine - visible / 2, all.count - visible))
        for (i, line) in all.dropFirst(scroll).prefix(visible).enumerated() {
            screen.writeField(" " + line.text, x: inner.x, y: inner.y + i, width: inner.width, style: line.style, charset: look.charset)
        }
        screen.writeField(" " + t("↑↓ เลือกผู้ให้ · Enter บันทึกการส่งต่อ · Esc ปิด", "↑↓ choose an offer · Enter logs a referral · Esc close"),
                          x: inner.x, y: inner.maxY - 1, width: inner.width, style: Theme.dim(look), charset: look.charset)
    }

    /// Each line wrapped between words to the overlay's width, its later
    /// parts indented under its text (an offer's reason stays readable
    /// instead of being cut off).
    static func wrapped(_ lines: [Line], width: Int) -> [Line] {
        lines.flatMap { line -> [Line] in
            let hang = line.text.prefix { $0 == " " }.count + 2
            return WrappedText.lines(line.text, width: width, hang: hang).map { Line(text: $0, style: line.style, pair: line.pair) }
        }
    }
}
