import AsciiMap

/// `K`: the numbers the map puts on the areas it cannot name, and the
/// names they stand for, in columns read downwards (`Legend.keyLines`).
/// Drawn over the list and detail panes, below the map, so that map and
/// key are seen together and the arrow keys still move on the map.
enum MapKeyPanel {
    /// Below the map: over the list and detail panes, or the lower half of
    /// the screen when panes are shown one at a time.
    static func rect(_ layout: Layout) -> Rect {
        if let list = layout.panes[.list], let detail = layout.panes[.detail] {
            return Rect(x: list.x, y: list.y, width: detail.maxX - list.x, height: max(list.height, detail.height))
        }
        let half = layout.body.height / 2
        return Rect(x: layout.body.x, y: layout.body.y + half, width: layout.body.width, height: layout.body.height - half)
    }

    static func render(_ key: [MapKeyEntry], _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        screen.fill(rect)
        screen.box(rect, title: t("เลขบนแผนที่ (K ปิด)", "Numbers on the map (K closes)"), style: Theme.border(focused: true, look),
                   charset: look.charset)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        guard !key.isEmpty else {
            screen.write(t("ทุกพื้นที่มีชื่อบนแผนที่แล้ว", "every area is named on the map"), x: inner.x, y: inner.y, maxWidth: inner.width)
            return
        }
        var lines = Legend.keyLines(key, width: inner.width, charset: look.charset)
        if lines.count > inner.height {
            // As many as fit above a line saying how many did not, rather than names cut silently.
            let rows = max(1, inner.height - 1)
            var shown = key.count
            repeat {
                shown -= 1
                lines = Legend.keyLines(Array(key.prefix(shown)), width: inner.width, charset: look.charset)
            } while shown > 0 && lines.count > rows
            lines.append(t("… อีก \(key.count - shown) (หน้าต่างใหญ่ขึ้นจะเห็นทั้งหมด)", "… \(key.count - shown) more (a larger window shows them all)"))
        }
        for (i, line) in lines.prefix(inner.height).enumerated() {
            screen.write(line, x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
    }

}
