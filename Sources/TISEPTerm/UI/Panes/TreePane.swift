import AsciiMap

/// The tree of provinces › amphoes › tambons with the current indicator's
/// value and the number of players serving each area.
enum TreePane {
    /// What the tree shows.
    struct Model {
        var rows: [TreeRow]
        var cursor: Int
        var scroll: Int
        var selectedArea: String
        /// The current indicator's value per area code.
        var values: [String: Double]
        var valuesAreShares: Bool
        var playerCounts: [String: Int]
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        let t = look.texts
        screen.box(rect, title: PaneID.tree.title(t) + (look.thai ? " Areas" : ""), style: Theme.border(focused: focused, look), charset: look.charset)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let rows = m.rows
        let scroll = scrollOffset(cursor: m.cursor, current: m.scroll, visible: inner.height, count: rows.count)
        let showEnglish = inner.width >= 36
        let numberWidth = inner.width >= 30 ? 6 : 0
        let countWidth = inner.width >= 34 ? 5 : 0
        let unicode = look.charset == .unicode
        for (i, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let marker: String
            if row.hasChildren { marker = row.expanded ? (unicode ? "▾" : "-") : (unicode ? "▸" : "+") }
            else { marker = row.area.code == m.selectedArea ? (unicode ? "●" : "*") : (unicode ? "○" : "o") }
            var name = row.area.name(thai: look.thai)
            if showEnglish && look.thai && !row.area.nameEN.isEmpty { name += " " + row.area.nameEN }
            let label = String(repeating: " ", count: row.depth * 2) + marker + " " + name
            let labelWidth = inner.width - numberWidth - countWidth
            screen.writeField(label, x: inner.x, y: y, width: labelWidth, charset: look.charset)
            if numberWidth > 0 {
                let value = m.values[row.area.code].map { Format.number($0, share: m.valuesAreShares) } ?? "·"
                screen.writeField(value, x: inner.x + labelWidth, y: y, width: numberWidth, alignment: .right, charset: look.charset)
            }
            if countWidth > 0 {
                let count = m.playerCounts[row.area.code].map(String.init) ?? ""
                screen.writeField(count, x: inner.maxX - countWidth, y: y, width: countWidth, style: Theme.dim(look), alignment: .right, charset: look.charset)
            }
            if scroll + i == m.cursor {
                screen.style(Rect(x: inner.x, y: y, width: inner.width, height: 1), Theme.selectedRow(focused: focused))
            }
        }
        if rows.isEmpty {
            screen.write(t("ไม่มีพื้นที่ — tisep import-geography", "no areas — tisep import-geography"), x: inner.x, y: inner.y, maxWidth: inner.width)
        }
    }

    /// The first visible row so that the cursor stays in view.
    static func scrollOffset(cursor: Int, current: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var top = min(max(0, current), count - visible)
        if cursor < top { top = cursor }
        if cursor >= top + visible { top = cursor - visible + 1 }
        return max(0, min(top, count - visible))
    }
}

/// Numbers as the panes show them.
enum Format {
    static func number(_ v: Double, share: Bool = false) -> String {
        if share { return String(format: "%.0f%%", v * 100) }
        let a = abs(v)
        if a >= 100_000 { return String(format: "%.0fk", v / 1000) }
        if a >= 1000 { return String(format: "%.0f", v) }
        if a >= 100 { return String(format: "%.0f", v) }
        if a >= 10 { return String(format: "%.1f", v) }
        return String(format: "%.2f", v)
    }

    static func optional(_ v: Double?, share: Bool = false) -> String {
        v.map { number($0, share: share) } ?? "—"
    }
}

import Foundation

enum ISODate {
    static func string(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "Asia/Bangkok")
        return f.string(from: date)
    }
}
