import AsciiMap
import Foundation
import EcosystemStore

/// The tree of provinces › amphoes › tambons with, where the pane is wide
/// enough, two columns under a header line: the current indicator's value
/// (written by `IndicatorUnit`, headed by the indicator's short name) and
/// the players here (ผู้เล่น: players serving the area or a place inside
/// it, docs/glossary.md "Counts" — the detail pane's "ในพื้นที่").
enum TreePane {
    /// What the tree shows.
    struct Model {
        var rows: [TreeRow]
        var cursor: Int
        var scroll: Int
        var selectedArea: String
        /// The current indicator's value per area code.
        var values: [String: Double]
        var indicator: IndicatorDefinition?
        /// Players here, per area code (absent: none).
        var playerCounts: [String: Int]
        /// The areas that hold ecosystem data (nil: every area does).
        var areasWithData: Set<String>? = nil

        /// Whether an area holds ecosystem data: one that holds none is
        /// dimmed and says "no data yet", never shows a zero.
        func hasData(_ code: String) -> Bool { areasWithData?.contains(code) ?? true }

        /// The players-here count of an area, as the tree writes it.
        func countText(_ code: String) -> String { NumberText.count(playerCounts[code] ?? 0) }

        /// The value of an area in at most `columns` columns, as the tree writes it.
        func valueText(_ code: String, columns: Int) -> String {
            guard let v = values[code] else { return "—" }
            return IndicatorUnit(indicator).compact(v, columns: columns)
        }
    }

    /// The columns at an inner width: the value's and the count's widths
    /// (0 when not shown) and whether English names fit beside the Thai.
    struct Columns: Equatable {
        var value: Int
        var count: Int
        var english: Bool

        init(innerWidth: Int) {
            value = innerWidth >= 30 ? 8 : 0
            count = innerWidth >= 30 ? 6 : 0
            english = innerWidth >= 36
        }

        var any: Bool { value > 0 || count > 0 }
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        let t = look.texts
        screen.box(rect, title: PaneID.tree.title(t) + (look.thai ? " Areas" : ""), style: Theme.border(focused: focused, look), charset: look.charset)
        var inner = rect.inner
        guard !inner.isEmpty else { return }
        let columns = Columns(innerWidth: inner.width)
        let labelWidth = inner.width - columns.value - columns.count
        if columns.any, inner.height >= 3 {
            // The header names what the two numbers are.
            let name = m.indicator?.shortName(thai: look.thai) ?? ""
            screen.writeField(t("พื้นที่", "area"), x: inner.x, y: inner.y, width: labelWidth, style: Theme.dim(look), charset: look.charset)
            screen.writeField(name, x: inner.x + labelWidth, y: inner.y, width: columns.value, style: Theme.dim(look), alignment: .right, charset: look.charset)
            screen.writeField(t("ผู้เล่น", "players"), x: inner.maxX - columns.count, y: inner.y, width: columns.count,
                              style: Theme.dim(look), alignment: .right, charset: look.charset)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        let rows = m.rows
        let scroll = scrollOffset(cursor: m.cursor, current: m.scroll, visible: inner.height, count: rows.count)
        let unicode = look.charset == .unicode
        for (i, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let marker: String
            if row.hasChildren { marker = row.expanded ? (unicode ? "▾" : "-") : (unicode ? "▸" : "+") }
            else { marker = row.area.code == m.selectedArea ? (unicode ? "●" : "*") : (unicode ? "○" : "o") }
            var name = row.area.name(thai: look.thai)
            if columns.english && look.thai && !row.area.nameEN.isEmpty { name += " " + row.area.nameEN }
            let label = String(repeating: " ", count: row.depth * 2) + marker + " " + name
            let hasData = m.hasData(row.area.code)
            screen.writeField(label, x: inner.x, y: y, width: labelWidth, style: hasData ? .plain : Theme.dim(look), charset: look.charset)
            if !hasData {
                if columns.any {
                    screen.writeField(t("ยังไม่มีข้อมูล", "no data yet"), x: inner.x + labelWidth, y: y, width: columns.value + columns.count,
                                      style: Theme.dim(look), alignment: .right, charset: look.charset)
                }
            } else if columns.value > 0 {
                screen.writeField(m.valueText(row.area.code, columns: columns.value - 1), x: inner.x + labelWidth, y: y, width: columns.value,
                                  alignment: .right, charset: look.charset)
            }
            if hasData && columns.count > 0 {
                screen.writeField(m.countText(row.area.code), x: inner.maxX - columns.count, y: y, width: columns.count,
                                  style: Theme.dim(look), alignment: .right, charset: look.charset)
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

/// The map pane's legend numbers before `IndicatorUnit` (kept only for
/// MapPane.swift, which the map-tui work rewrites onto `IndicatorUnit`;
/// every other pane writes numbers through `IndicatorUnit`/`NumberText`).
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
