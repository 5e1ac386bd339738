import AsciiMap
import EcosystemStore

/// The elements serving the selected area (and below it; those serving it
/// from above marked ↑), filtered by 4P kind, role and the filter menu; or,
/// on its second tab, the resources offered and needed there.
enum ListPane {
    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        let t = state.texts
        var title = state.listTab == .elements ? PaneID.list.title(t) : t("ทรัพยากร", "Resources")
        if state.listTab == .elements {
            if let p4 = state.filterP4 { title += " · 4P: " + p4.label(thai: state.thai) }
            if let role = state.filterRole { title += " · " + role.label(thai: state.thai) }
            if !state.extraFilters.isEmpty { title += " · +\(state.extraFilters.count) " + t("ตัวกรอง", "filters") }
            if state.sort != .name { title += " · " + t("เรียงตาม", "by") + " " + state.sort.label(t) }
        }
        screen.box(rect, title: title, style: Theme.border(focused: focused, state), charset: state.charset)
        let inner = rect.inner
        guard inner.height >= 2, inner.width >= 8 else { return }
        let visible = inner.height - 1
        let count = state.listCount
        let scroll = TreePane.scrollOffset(cursor: state.listCursor, current: state.listScroll, visible: visible, count: count)
        if state.listTab == .elements {
            let items = state.elements
            let roleWidth = inner.width >= 44 ? 14 : 0
            let sectorWidth = inner.width >= 60 ? 12 : 0
            for (i, e) in items.dropFirst(scroll).prefix(visible).enumerated() {
                let y = inner.y + i
                let up = e.fromAbove ? (state.charset == .unicode ? "↑" : "^") : " "
                let nameWidth = inner.width - roleWidth - sectorWidth - 2
                screen.writeField(up + " " + e.name(thai: state.thai), x: inner.x, y: y, width: nameWidth, charset: state.charset)
                let kind = e.role?.label(thai: state.thai) ?? e.p4.label(thai: state.thai)
                if roleWidth > 0 { screen.writeField(" " + kind, x: inner.x + nameWidth, y: y, width: roleWidth, style: Theme.dim(state), charset: state.charset) }
                if sectorWidth > 0 {
                    screen.writeField(" " + (e.sector?.label(thai: state.thai) ?? ""), x: inner.x + nameWidth + roleWidth, y: y, width: sectorWidth, style: Theme.dim(state), charset: state.charset)
                }
                if scroll + i == state.listCursor && (focused || state.selectedElement == e.id) {
                    screen.style(Rect(x: inner.x, y: y, width: inner.width, height: 1), Theme.selectedRow(focused: focused))
                }
            }
        } else {
            for (i, r) in state.resources.dropFirst(scroll).prefix(visible).enumerated() {
                let y = inner.y + i
                let kind = r.kind == .offer ? t("ให้", "offer") : t("ต้องการ", "need")
                let what = r.description ?? r.category?.label(thai: state.thai) ?? ""
                screen.writeField("\(kind) · \(what) — \(r.elementName)", x: inner.x, y: y, width: inner.width, charset: state.charset)
                if scroll + i == state.listCursor && focused {
                    screen.style(Rect(x: inner.x, y: y, width: inner.width, height: 1), Theme.selectedRow(focused: true))
                }
            }
        }
        let place = state.situation?.area.name(thai: state.thai) ?? state.selectedArea
        let footer = count == 0
            ? t("ไม่มีรายการใน", "nothing in") + " \(place) · 0 " + t("ล้างตัวกรอง", "clears filters")
            : "\(min(count, state.listCursor + 1))/\(count) " + t("ใน", "in") + " \(place) · 1-4 4P · r " + t("บทบาท", "role") + " · t " + t("แท็บ", "tab")
        screen.writeField(footer, x: inner.x, y: inner.maxY - 1, width: inner.width, style: Theme.dim(state), charset: state.charset)
    }
}
