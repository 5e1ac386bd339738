import AsciiMap
import EcosystemStore

/// The choropleth of the selected province (or amphoe, `z`), the selected
/// tambon marked, the legend below.
enum MapPane {
    /// What the map shows.
    struct Model {
        var data: MapData?
        /// Which data: `AppState.mapKey` (scope, indicator, language) and the load.
        var dataKey: String
        var generation: Int
        /// The indicator's name, for the title.
        var indicatorName: String?
        var method: ClassificationMethod
        /// The area to mark: the selection when it is drawn at this level
        /// (a province selected shows its tambons unmarked).
        var selection: String?
    }

    static func render(_ m: Model, _ look: Look, maps: MapRasterCache, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        let t = look.texts
        var title = PaneID.map.title(t)
        if let name = m.indicatorName { title += " " + name }
        screen.box(rect, title: title, style: Theme.border(focused: focused, look), charset: look.charset)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let key = MapRasterCache.Key(dataKey: m.dataKey, generation: m.generation, selection: m.selection, method: m.method,
                                     width: inner.width, height: inner.height, colorMode: look.colorMode, charset: look.charset)
        guard let rendered = maps.rendered(key, draw: { rendered(m, look, in: inner) }) else {
            screen.write(t("ไม่มีพื้นที่ให้วาด", "nothing to draw"), x: inner.x, y: inner.y, maxWidth: inner.width)
            return
        }
        let map = rendered.map
        let x = inner.x + max(0, (inner.width - map.grid.width) / 2)
        screen.blit(map.grid, x: x, y: inner.y, clip: inner)
        var y = inner.y + map.grid.height
        for line in legend(rendered, m, look, width: inner.width) where y < inner.maxY {
            var column = inner.x
            for (sample, text) in line {
                if let sample {
                    screen[column, y] = sample
                    column += 2
                }
                column += screen.write(text, x: column, y: y, maxWidth: inner.maxX - column) + 2
            }
            y += 1
        }
    }

    typealias LegendEntry = (sample: Cell?, text: String)

    /// A legend for a pane: the class entries flowed across lines (the
    /// indicator's name is already in the pane's title), then the no-data
    /// count, the selected area and the method, year and demo notice.
    static func legend(_ rendered: RenderedMap, _ m: Model, _ look: Look, width: Int) -> [[LegendEntry]] {
        let t = look.texts
        let map = rendered.map
        let c = map.classification
        let palette = map.palette
        var entries: [LegendEntry] = []
        if c.isEmpty {
            entries.append((nil, t("ไม่มีค่าของตัวชี้วัดนี้", "no values for this indicator")))
        } else {
            let edges = Legend.formattedEdges(c.edges)
            let dash = look.charset == .unicode ? "–" : ".."
            for i in 0..<c.classCount {
                entries.append((palette.classCell(i, areaID: -1), "\(edges[i])\(dash)\(edges[i + 1]) (\(c.counts[i]))"))
            }
        }
        if c.noDataCount > 0 { entries.append((palette.noDataCell(areaID: -1), t("ไม่มีข้อมูล", "no data") + " (\(c.noDataCount))")) }
        if let code = m.selection, let id = rendered.id(of: code) {
            let name = rendered.data.areas[Int(id)].name
            let value = rendered.data.values[code] ?? nil
            entries.append((palette.selectedCell(classIndex: nil, areaID: -1), name + " " + Format.optional(value, share: rendered.data.definition?.isShare ?? false)))
        }
        var lines: [[LegendEntry]] = []
        var current: [LegendEntry] = []
        var used = 0
        for entry in entries {
            let w = (entry.sample == nil ? 0 : 2) + TextWidth.width(of: entry.text) + 2
            if used + w > width + 2, !current.isEmpty { lines.append(current); current = []; used = 0 }
            current.append(entry)
            used += w
        }
        if !current.isEmpty { lines.append(current) }
        var facts = [rendered.data.labels.methodNames[m.method] ?? m.method.rawValue]
        if let year = rendered.data.labels.year { facts.append(year) }
        if let unit = rendered.data.labels.unit { facts.append(unit) }
        if let demo = rendered.data.labels.demoData { facts.append(demo) }
        facts.append("i c z")
        lines.append([(nil, facts.joined(separator: " · "))])
        return lines
    }

    /// The map drawn to fit the pane with its legend: the legend's height
    /// depends on the classes, so draw, measure, and draw again if needed.
    static func rendered(_ m: Model, _ look: Look, in inner: Rect) -> RenderedMap? {
        guard let data = m.data, !data.areas.isEmpty, inner.width > 2, inner.height > 2 else { return nil }
        func draw(height: Int) -> RenderedMap {
            data.render(width: inner.width, height: max(1, height), legendWidth: inner.width, method: m.method, classes: 5,
                        colorMode: look.colorMode, charset: look.charset, selected: m.selection)
        }
        var result = draw(height: inner.height - 3)
        let fitted = max(1, inner.height - legend(result, m, look, width: inner.width).count)
        if fitted != inner.height - 3 { result = draw(height: fitted) }
        return result
    }
}

/// Maps already drawn for the map pane, by everything a drawing depends
/// on: the data (scope, indicator, language, and which load), the marked
/// area, the method, the pane's size, the colours and the glyphs. A frame
/// drawn after a move in the list or the tree copies the map instead of
/// drawing it again; the last few are kept, so going back is free too.
final class MapRasterCache {
    struct Key: Hashable {
        var dataKey: String
        var generation: Int
        var selection: String?
        var method: ClassificationMethod
        var width: Int
        var height: Int
        var colorMode: ColorMode
        var charset: Charset
    }

    static let capacity = 8
    private var entries: [Key: RenderedMap?] = [:]
    /// Oldest first.
    private var order: [Key] = []
    /// How many maps were drawn (not found here).
    private(set) var drawings = 0

    func rendered(_ key: Key, draw: () -> RenderedMap?) -> RenderedMap? {
        if let found = entries[key] {
            order.removeAll { $0 == key }
            order.append(key)
            return found
        }
        let map = draw()
        drawings += 1
        entries[key] = .some(map)
        order.append(key)
        if order.count > Self.capacity { entries[order.removeFirst()] = nil }
        return map
    }
}
