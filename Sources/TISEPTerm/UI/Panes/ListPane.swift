import AsciiMap
import EcosystemStore

/// The elements serving the selected area (and below it; those serving it
/// from above marked ↑), filtered by 4P kind, role and the filter menu; or,
/// on its second tab, the resources offered and needed there.
enum ListPane {
    /// What the list shows.
    struct Model {
        var tab: ListTab
        var filterP4: P4Kind?
        var filterRole: PlayerRole?
        var extraFilterCount: Int
        var sort: ListSort
        /// The elements after every filter, in the chosen order.
        var elements: [ElementSummary]
        var resources: [ResourceSummary]
        var cursor: Int
        var scroll: Int
        var selectedElement: String?
        /// The selected area's name, for the footer.
        var place: String

        var count: Int { tab == .elements ? elements.count : resources.count }
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        let t = look.texts
        var title = m.tab == .elements ? PaneID.list.title(t) : t("ทรัพยากร", "Resources")
        if m.tab == .elements {
            if let p4 = m.filterP4 { title += " · 4P: " + p4.label(thai: look.thai) }
            if let role = m.filterRole { title += " · " + role.label(thai: look.thai) }
            if m.extraFilterCount > 0 { title += " · +\(m.extraFilterCount) " + t("ตัวกรอง", "filters") }
            if m.sort != .name { title += " · " + t("เรียงตาม", "by") + " " + m.sort.label(t) }
        }
        screen.box(rect, title: title, style: Theme.border(focused: focused, look), charset: look.charset)
        let inner = rect.inner
        guard inner.height >= 2, inner.width >= 8 else { return }
        let visible = inner.height - 1
        let count = m.count
        let scroll = TreePane.scrollOffset(cursor: m.cursor, current: m.scroll, visible: visible, count: count)
        if m.tab == .elements {
            let roleWidth = inner.width >= 44 ? 14 : 0
            let sectorWidth = inner.width >= 60 ? 12 : 0
            for (i, e) in m.elements.dropFirst(scroll).prefix(visible).enumerated() {
                let y = inner.y + i
                let up = e.fromAbove ? (look.charset == .unicode ? "↑" : "^") : " "
                let nameWidth = inner.width - roleWidth - sectorWidth - 2
                screen.writeField(up + " " + e.name(thai: look.thai), x: inner.x, y: y, width: nameWidth, charset: look.charset)
                let kind = e.role?.label(thai: look.thai) ?? e.p4.label(thai: look.thai)
                if roleWidth > 0 { screen.writeField(" " + kind, x: inner.x + nameWidth, y: y, width: roleWidth, style: Theme.dim(look), charset: look.charset) }
                if sectorWidth > 0 {
                    screen.writeField(" " + (e.sector?.label(thai: look.thai) ?? ""), x: inner.x + nameWidth + roleWidth, y: y, width: sectorWidth, style: Theme.dim(look), charset: look.charset)
                }
                if scroll + i == m.cursor && (focused || m.selectedElement == e.id) {
                    screen.style(Rect(x: inner.x, y: y, width: inner.width, height: 1), Theme.selectedRow(focused: focused))
                }
            }
        } else {
            for (i, r) in m.resources.dropFirst(scroll).prefix(visible).enumerated() {
                let y = inner.y + i
                let kind = r.kind == .offer ? t("ให้", "offer") : r.status == .met ? t("ได้รับแล้ว", "met") : t("ต้องการ", "need")
                let what = r.description ?? r.category?.label(thai: look.thai) ?? ""
                screen.writeField("\(kind) · \(what) — \(r.elementName)", x: inner.x, y: y, width: inner.width, charset: look.charset)
                if scroll + i == m.cursor && focused {
                    screen.style(Rect(x: inner.x, y: y, width: inner.width, height: 1), Theme.selectedRow(focused: true))
                }
            }
        }
        screen.writeField(footer(m, t), x: inner.x, y: inner.maxY - 1, width: inner.width, style: Theme.dim(look), charset: look.charset)
    }

    /// "3/22 องค์ประกอบ · ↑ 9 · เวียง": where the cursor is, how many the list
    /// holds and what they are (the filter's 4P kind or role, else
    /// elements), how many of them serve from above. Unfiltered, these are
    /// the detail pane's element counts; filtered to players (`4`), its
    /// player counts (ServingCounts).
    static func footer(_ m: Model, _ t: Texts) -> String {
        let count = m.count
        guard count > 0 else { return t("ไม่มีรายการใน", "nothing in") + " \(m.place) · 0 " + t("ล้างตัวกรอง", "clears filters") }
        let position = "\(NumberText.count(min(count, m.cursor + 1)))/\(NumberText.count(count))"
        // The noun agrees with the total, as a count does: "1/1 player", "3/55 players".
        func noun(_ th: String, _ en: String, _ enPlural: String? = nil) -> String {
            t(th, NumberText.noun(count, en, enPlural))
        }
        guard m.tab == .elements else { return position + " " + noun("ทรัพยากร", "resource") + " · " + m.place }
        let what = m.filterRole.map { noun($0.thai, $0.english) } ?? m.filterP4.map { noun($0.thai, $0.english, $0 == .policy ? "policies" : nil) }
            ?? noun("องค์ประกอบ", "element")
        let above = m.elements.reduce(0) { $0 + ($1.fromAbove ? 1 : 0) }
        return position + " " + what + (above > 0 ? " · ↑ " + NumberText.count(above) : "") + " · " + m.place
    }
}
