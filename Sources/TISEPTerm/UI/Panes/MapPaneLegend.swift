import AsciiMap
import EcosystemStore

/// The legend of the map pane, in lines that fit the rectangle `MapFrame`
/// gave it. Its size never depends on the selection (only the first
/// line's words do), so the map keeps its place while the cursor moves.
///
/// Beside the map: the cursor's line, the note (when the pane shows an
/// amphoe), one line per class and no data, then the method and the
/// source lines as far as rows remain. Below the map: the cursor's line,
/// the note, the entries in columns, one line of method and source. When
/// rows are short the source becomes one line, dropping first the method
/// (`c` cycles it and says so in the help), then the values' source name
/// (the demo notice says the same for demo data), then the year, then the
/// attribution's long form for its short one ("OCHA COD-AB, CC BY-IGO"),
/// and the demo notice's for one word ("สาธิต"); the demo notice is never
/// dropped. A legend too narrow for that line (beside an amphoe shown
/// alone, `MapFrame.alone`) puts its parts on lines of their own rather
/// than cut the attribution, and says the note in few words ("อ.เชียงคำ · z").
enum MapPaneLegend {
    /// Classes the pane asks for.
    static let classes = 5

    /// One drawn line: pieces of text, each with a sample cell before it or not.
    typealias Line = [(sample: Cell?, text: String)]

    /// What the legend says.
    struct Content {
        /// The selected area: its class's sample, its name and value.
        var cursor: (sample: Cell?, text: String)
        /// What the pane shows instead of the province, when it does.
        var note: String?
        /// The note in few words, for a legend too narrow for the whole note.
        var shortNote: String?
        /// The classes and no data.
        var entries: [LegendLine]
        var method: String
        var labels: LegendLabels
        var shortAttribution: String?
        /// The demo notice in a word ("สาธิต"), for a line with no room for it whole.
        var shortDemo: String?
    }

    static func labels(_ data: MapData, thai: Bool) -> LegendLabels {
        var labels = data.labels
        labels.noData = data.noDataName(thai: thai)
        return labels
    }

    /// The class and no-data entries of a classification.
    static func entries(_ classification: Classification, _ palette: Palette, _ data: MapData,
                        resolution: MapResolution) -> [LegendLine] {
        Legend.entries(for: classification, palette: palette, resolution: resolution,
                       labels: labels(data, thai: data.thai), format: data.edgeFormat(for: classification))
    }

    /// The widest entry (sample, space, text) of every method, over the
    /// tambons and the amphoes: the legend is as wide whatever `c` chose.
    static func entryWidth(_ load: MapLoad, resolution: MapResolution, charset: Charset) -> Int {
        var widest = 0
        for data in [load.tambons] + (load.amphoes.map { [$0] } ?? []) {
            let values = data.areas.map(\.value)
            for method in ClassificationMethod.allCases {
                let c = Classification(values: values, method: method, classes: classes)
                let palette = Palette(classCount: c.classCount, colorMode: .none, charset: charset)
                for entry in entries(c, palette, data, resolution: resolution) {
                    widest = max(widest, 2 + TextWidth.width(of: entry.text))
                }
            }
        }
        return widest
    }

    /// The lines for `frame.legend`, at most its height.
    static func lines(_ content: Content, frame: MapFrame, charset: Charset) -> [Line] {
        let width = frame.legend.width, rows = frame.legend.height
        guard width > 0, rows > 0 else { return [] }
        var out: [Line] = [[content.cursor]]
        if frame.note {
            let note = content.note ?? ""
            out.append([(nil, TextWidth.width(of: note) > width ? content.shortNote ?? note : note)])
        }
        switch frame.placement {
        case .beside:
            out += content.entries.map { [($0.sample, $0.text)] }
            let left = rows - out.count
            let sources = Legend.sourceLines(content.labels, width: width, charset: charset)
            // A narrow legend (an amphoe shown alone) wraps the shortest form rather than cut the attribution.
            let shortest = Legend.sourceLines(shortest(of: content), width: width, charset: charset)
            if 1 + sources.count <= left {
                out.append([(nil, content.method)])
                out += sources.map { [(nil, $0)] }
            } else if fitsOneLine(content, width: width) {
                if left >= 2 { out.append([(nil, content.method)]) }
                if left >= 1 { out.append([(nil, oneLine(content, method: false, width: width, charset: charset))]) }
            } else if shortest.count <= left {
                if shortest.count < left { out.append([(nil, content.method)]) }
                out += shortest.map { [(nil, $0)] }
            } else if left >= 1 {
                out.append([(nil, oneLine(content, method: false, width: width, charset: charset))])
            }
        case .below:
            let columns = max(1, (width + 2) / (frame.entryWidth + 2))
            var line: Line = []
            for entry in content.entries {
                line.append((entry.sample, TextWidth.pad(entry.text, to: frame.entryWidth - 2, charset: charset)))
                if line.count == columns { out.append(line); line = [] }
            }
            if !line.isEmpty { out.append(line) }
            out.append([(nil, oneLine(content, method: true, width: width, charset: charset))])
        }
        return Array(out.prefix(rows))
    }

    /// The note that the pane shows less than the province (`MapFrame.note`),
    /// whole and in few words for a narrow legend; `z` switches.
    static func note(_ shown: MapView.Shown, amphoeName: String?, _ t: Texts) -> (whole: String, short: String) {
        switch shown {
        case .all: return (t("ทั้งจังหวัด · ตำบลเล็กมาก · z", "whole province: tiny tambons · z"), t("ทั้งจังหวัด · z", "whole province · z"))
        case .amphoe:
            return (t("เฉพาะอ.\(amphoeName ?? "") · ช่องเล็ก · z", "\(amphoeName ?? "amphoe") only: small pane · z"),
                    t("อ.\(amphoeName ?? "") · z", "\(amphoeName ?? "amphoe") only · z"))
        case .amphoes: return (t("รายอำเภอ · ช่องเล็ก · z", "by amphoe: small pane · z"), t("รายอำเภอ · z", "by amphoe · z"))
        }
    }

    /// The demo notice in a word, for a source line with no room for it whole.
    static func shortDemo(_ t: Texts) -> String { t("สาธิต", "demo") }

    /// The source in its shortest form, the last of `oneLine`'s steps: the
    /// demo notice in a word and the short attribution.
    static func shortest(_ labels: LegendLabels, shortAttribution: String?, shortDemo: String?) -> LegendLabels {
        var labels = labels
        labels.source = nil
        labels.year = nil
        labels.smallSample = nil
        if labels.demoData != nil { labels.demoData = shortDemo }
        labels.attribution = shortAttribution ?? labels.attribution
        return labels
    }

    private static func shortest(of content: Content) -> LegendLabels {
        shortest(content.labels, shortAttribution: content.shortAttribution, shortDemo: content.shortDemo)
    }

    /// The parts of a source line, as `oneLine` joins them.
    private static func parts(_ l: LegendLabels) -> [String] {
        [l.source, l.year, l.demoData, l.smallSample, l.attribution].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// True when `oneLine` (without the method) fits `width` uncut.
    static func fitsOneLine(_ content: Content, width: Int) -> Bool {
        TextWidth.width(of: parts(shortest(of: content)).joined(separator: " · ")) <= width
    }

    /// The least width of a legend beside an amphoe shown alone in `rows`
    /// lines: its entries, the notes in their short form, and the source
    /// in its shortest form — on one line, or one part a line when rows are
    /// left for them (`MapFrame.alone`).
    static func leastWidth(source labels: LegendLabels, notes: [String], entryWidth: Int, rows: Int) -> Int {
        let parts = parts(labels)
        let free = rows - (1 + 1 + classes + 1)
        let source = free >= parts.count ? parts.map { TextWidth.width(of: $0) }.max() ?? 0
            : TextWidth.width(of: parts.joined(separator: " · "))
        return max(entryWidth, source, notes.map { TextWidth.width(of: $0) }.max() ?? 0)
    }

    /// Method, source, year, demo notice and attribution on one line of
    /// `width`, dropping parts in the order the type's comment gives.
    static func oneLine(_ content: Content, method: Bool, width: Int, charset: Charset) -> String {
        let separator = charset == .unicode ? " · " : " - "
        let l = content.labels
        var methodPart: String? = method ? content.method : nil
        var source = l.source, year = l.year
        var attribution = l.attribution, demo = l.demoData, small = l.smallSample
        func joined() -> String {
            [methodPart, source, year, demo, small, attribution].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: separator)
        }
        // "* small sample (under 30 households)" → "* small sample": the
        // mark's meaning stays, before the attribution gives way.
        let shortSmall = small.map { text in text.range(of: " (").map { String(text[..<$0.lowerBound]) } ?? text }
        let steps: [() -> Void] = [
            { methodPart = nil }, { source = nil }, { year = nil }, { small = shortSmall }, { attribution = content.shortAttribution },
            { if demo != nil { demo = content.shortDemo } },
            // Last, the small-sample note goes rather than cut the boundaries'
            // attribution (their licence asks for it); the detail pane still says it.
            { small = nil },
        ]
        var text = joined()
        for step in steps where TextWidth.width(of: text) > width {
            step()
            text = joined()
        }
        return TextWidth.truncate(text, to: width, charset: charset)
    }
}
