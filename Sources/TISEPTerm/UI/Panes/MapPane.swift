import AsciiMap
import EcosystemStore

/// The choropleth of the selected province (or amphoe, `z`): tambons with
/// their borders, amphoe borders stronger, the outline; the selected
/// tambon outlined, its amphoe too; the names that fit and the cursor's;
/// the legend beside or below (`MapFrame`). Drawn from the state's
/// `MapView` (its layout is kept while the cursor moves) into a picture
/// (`MapPicture`), which the cache keeps.
enum MapPane {
    /// What the map shows.
    struct Model {
        var view: MapView?
        var frame: MapFrame?
        /// The indicator's name, for the title.
        var indicatorName: String?
        var method: ClassificationMethod
        /// What to outline: the selected area and, at province zoom, its amphoe.
        var selection: MapSelection
        /// The selected area's name and value, for the legend's first line
        /// (whatever its level: a province selected is named too).
        var cursorName: String?
        var cursorValue: Double?
        /// `K`: numbers on the areas without a name, and their key.
        var numbered: Bool
    }

    /// Draws the pane; returns the numbered key of the picture drawn (empty
    /// unless `numbered`), for the key panel.
    @discardableResult
    static func render(_ m: Model, _ look: Look, maps: MapPictureCache, into screen: inout ScreenBuffer, rect: Rect,
                       focused: Bool) -> [MapKeyEntry] {
        let t = look.texts
        var title = PaneID.map.title(t)
        if let name = m.indicatorName { title += " " + name }
        screen.box(rect, title: title, style: Theme.border(focused: focused, look), charset: look.charset)
        let inner = rect.inner
        guard !inner.isEmpty else { return [] }
        guard let view = m.view, let frame = m.frame, !view.areas.isEmpty else {
            screen.write(t("ไม่มีพื้นที่ให้วาด", "nothing to draw"), x: inner.x, y: inner.y, maxWidth: inner.width)
            return []
        }
        let drawn = maps.drawn(view: view, selection: m.selection, method: m.method, look: look, numbered: m.numbered)
        screen.blit(drawn.picture.grid, x: inner.x + frame.map.x, y: inner.y + frame.map.y, clip: inner)
        let content = legendContent(m, view, drawn, look)
        var y = inner.y + frame.legend.y
        for (row, line) in MapPaneLegend.lines(content, frame: frame, charset: look.charset).enumerated() {
            // The cursor's line in bold; the note that the pane shows an amphoe stands out.
            let style = row == 0 ? Style.bold : frame.note && row == 1 ? Theme.heading(look) : .plain
            var x = inner.x + frame.legend.x
            let right = min(inner.maxX, x + frame.legend.width)
            for piece in line where x < right {
                if let sample = piece.sample {
                    screen[x, y] = sample
                    x += 2
                }
                x += screen.write(piece.text, x: x, y: y, maxWidth: max(0, right - x), style: style) + 2
            }
            y += 1
        }
        return drawn.picture.key
    }

    /// A classification method's name, as the legend writes it.
    static func methodName(_ method: ClassificationMethod, _ t: Texts) -> String {
        switch method {
        case .quantile: return t("ควอนไทล์ (quantile)", "quantile")
        case .equalInterval: return t("ช่วงเท่ากัน (equal interval)", "equal interval")
        case .naturalBreaks: return t("จุดแบ่งธรรมชาติ (Fisher-Jenks)", "natural breaks (Fisher-Jenks)")
        }
    }

    static func legendContent(_ m: Model, _ view: MapView, _ drawn: MapPictureCache.Drawn, _ look: Look) -> MapPaneLegend.Content {
        let t = look.texts
        let data = view.data
        let unit = IndicatorUnit(data.definition)
        var cursor: (sample: Cell?, text: String) = (nil, "")
        if let name = m.cursorName {
            let value = m.cursorValue.map { unit.text($0, thai: look.thai) } ?? data.noDataName(thai: look.thai)
            let sample: Cell? = m.selection.area == nil ? nil
                : drawn.palette.sample(ofClass: drawn.classification.classIndex(of: m.cursorValue), resolution: view.layout.resolution)
            cursor = (sample, name + " " + value)
        }
        // Only a province too small for the pane has a note (`MapFrame.note`); `z` switches.
        let note = MapPaneLegend.note(view.shown, amphoeName: view.amphoeName, t)
        var labels = MapPaneLegend.labels(data, thai: look.thai)
        // The pane's title names the indicator; the class edges carry a share's %.
        labels.title = ""
        let methodName = Self.methodName(m.method, t)
        return MapPaneLegend.Content(
            cursor: cursor, note: note.whole, shortNote: note.short,
            entries: MapPaneLegend.entries(drawn.classification, drawn.palette, data, resolution: view.layout.resolution),
            method: methodName, labels: labels, shortAttribution: data.shortAttribution, shortDemo: MapPaneLegend.shortDemo(t))
    }
}

/// Pictures already drawn for the map pane, by everything a picture
/// depends on: the view (data, shown areas, size, resolution), the
/// selection, the method, the colours and glyphs, and the numbers. The
/// layout is the view's, kept while the cursor moves, so a new selection
/// costs a picture only (under a millisecond for a province); a frame
/// drawn after a move in the list or the tree copies the picture. The last
/// few are kept, so going back is free too.
final class MapPictureCache {
    struct Drawn {
        let picture: MapPicture
        let classification: Classification
        let palette: Palette
    }

    struct Key: Equatable {
        var view: MapView.Key
        var selection: MapSelection
        var method: ClassificationMethod
        var colorMode: ColorMode
        var charset: Charset
        var numbered: Bool
    }

    private struct ClassesKey: Equatable {
        var generation: Int
        var amphoes: Bool
        var method: ClassificationMethod
    }

    static let capacity = 8
    /// Oldest first.
    private var pictures: [(key: Key, drawn: Drawn)] = []
    private var classes: [(key: ClassesKey, classification: Classification)] = []
    /// How many pictures were drawn (not found here).
    private(set) var drawings = 0

    func drawn(view: MapView, selection: MapSelection, method: ClassificationMethod, look: Look, numbered: Bool) -> Drawn {
        let key = Key(view: view.key, selection: selection, method: method, colorMode: look.colorMode, charset: look.charset,
                      numbered: numbered)
        if let i = pictures.firstIndex(where: { $0.key == key }) {
            let found = pictures.remove(at: i)
            pictures.append(found)
            return found.drawn
        }
        let classification = self.classification(view, method)
        let palette = Palette(classCount: classification.classCount, colorMode: look.colorMode, charset: look.charset,
                              higherIsWorse: view.data.definition?.higherIsWorse ?? true)
        let labels = numbered ? LabelPolicy(names: true, numbers: .unnamed, alwaysNamed: selection.area) : .pane(cursor: selection.area)
        let picture = MapPicture(layout: view.layout, areas: view.areas, classification: classification, palette: palette,
                                 selection: selection, labels: labels)
        let drawn = Drawn(picture: picture, classification: classification, palette: palette)
        drawings += 1
        pictures.append((key, drawn))
        if pictures.count > Self.capacity { pictures.removeFirst() }
        return drawn
    }

    /// The classes of the view's data (all of it: an amphoe shown alone
    /// keeps its province's classes), once per data and method.
    private func classification(_ view: MapView, _ method: ClassificationMethod) -> Classification {
        let key = ClassesKey(generation: view.key.fit.generation, amphoes: view.shown == .amphoes, method: method)
        if let found = classes.first(where: { $0.key == key }) { return found.classification }
        let c = Classification(values: view.data.areas.map(\.value), method: method, classes: MapPaneLegend.classes)
        classes.append((key, c))
        if classes.count > 6 { classes.removeFirst() }
        return c
    }
}
