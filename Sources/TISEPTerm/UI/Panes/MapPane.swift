import AsciiMap
import EcosystemStore

/// The choropleth of the selected province (or amphoe, `z`), the selected
/// tambon marked, the legend below.
enum MapPane {
    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        let t = state.texts
        var title = PaneID.map.title(t)
        if let def = state.indicator { title += " " + def.name(thai: state.thai) }
        screen.box(rect, title: title, style: Theme.border(focused: focused, state), charset: state.charset)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        guard let rendered = rendered(state, in: inner) else {
            screen.write(t("ไม่มีพื้นที่ให้วาด", "nothing to draw"), x: inner.x, y: inner.y, maxWidth: inner.width)
            return
        }
        let map = rendered.map
        let x = inner.x + max(0, (inner.width - map.grid.width) / 2)
        screen.blit(map.grid, x: x, y: inner.y, clip: inner)
        var y = inner.y + map.grid.height
        for line in map.legend where y < inner.maxY {
            if let sample = line.sample {
                screen[inner.x, y] = sample
                screen.write(line.text, x: inner.x + 2, y: y, maxWidth: inner.width - 2)
            } else {
                screen.write(line.text, x: inner.x, y: y, maxWidth: inner.width)
            }
            y += 1
        }
    }

    /// The map drawn to fit the pane with its legend: the legend's height
    /// depends on the classes, so draw, measure, and draw again if needed.
    static func rendered(_ state: AppState, in inner: Rect) -> RenderedMap? {
        guard let data = state.mapData, !data.areas.isEmpty, inner.width > 2, inner.height > 2 else { return nil }
        func draw(height: Int) -> RenderedMap {
            data.render(width: inner.width, height: max(1, height), legendWidth: inner.width, method: state.method, classes: 5,
                        colorMode: state.colorMode, charset: state.charset, selected: shownSelection(state))
        }
        var result = draw(height: inner.height - 4)
        let legendLines = result.map.legend.count
        let fitted = max(1, inner.height - legendLines)
        if fitted != inner.height - 4 { result = draw(height: fitted) }
        return result
    }

    /// The rendered map at the pane's current place on screen (for moving the cursor).
    static func rendered(_ state: AppState) -> RenderedMap? {
        let layout = Layout.compute(width: state.width, height: state.height, focus: state.focus)
        guard let rect = layout.panes[.map] else { return nil }
        return rendered(state, in: rect.inner)
    }

    /// The area marked on the map: the selection if it is drawn at this
    /// level, else nothing (a province selected shows its tambons unmarked).
    static func shownSelection(_ state: AppState) -> String? {
        guard let data = state.mapData else { return nil }
        return data.codes.contains(state.selectedArea) ? state.selectedArea : nil
    }
}
