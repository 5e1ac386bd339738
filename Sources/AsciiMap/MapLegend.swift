/// The legend of a ``MapPicture``: it depends on the classes and the
/// caller's words only, never on the selection, so it keeps its height
/// while the cursor moves.
///
/// ```swift
/// let percent: (Double) -> String = { String(format: "%.1f%%", $0 * 100) }
/// let lines = Legend.mapLines(for: classification, palette: palette, resolution: layout.resolution,
///                             labels: labels, format: percent, width: 80)
/// let key = Legend.keyLines(picture.key, width: 80)
/// ```
extension Legend {
    /// The title (name and unit), one line per class (its sample, its
    /// edges written by `format`, its count of areas), the no-data class
    /// with its count, the method, and the source line (source, year, demo
    /// notice, boundary attribution), wrapped rather than cut so that the
    /// attribution is always whole. Every line fits `width` columns.
    public static func mapLines(for classification: Classification, palette: Palette, resolution: MapResolution,
                                labels: LegendLabels, format: (Double) -> String, width: Int) -> [LegendLine] {
        guard width > 0 else { return [] }
        let charset = palette.charset
        var out: [LegendLine] = []
        func add(_ text: String, _ sample: Cell? = nil) {
            let room = sample == nil ? width : width - 3
            if room <= 0 { out.append(LegendLine(sample: nil, text: TextWidth.truncate(text, to: width, charset: charset))); return }
            out.append(LegendLine(sample: sample, text: TextWidth.truncate(text, to: room, charset: charset)))
        }
        var title = labels.title
        if let unit = labels.unit, !unit.isEmpty { title += " (\(unit))" }
        add(title)
        for entry in entries(for: classification, palette: palette, resolution: resolution, labels: labels, format: format) {
            add(entry.text, entry.sample)
        }
        if !classification.isEmpty {
            let method = labels.methodNames[classification.method] ?? classification.method.rawValue
            var text = "\(method), \(classification.classCount) \(labels.classes)"
            if classification.reduction == .duplicateEdges || classification.reduction == .allValuesEqual {
                text += " (\(classification.requestedClasses)→\(classification.classCount))"
            }
            add(text)
        }
        for line in sourceLines(labels, width: width, charset: charset) { add(line) }
        return out
    }

    /// The class entries and the no-data entry, for a caller that flows
    /// them across lines itself (a narrow pane). Without values: one entry
    /// saying so, then no data.
    public static func entries(for classification: Classification, palette: Palette, resolution: MapResolution,
                               labels: LegendLabels, format: (Double) -> String) -> [LegendLine] {
        var out: [LegendLine] = []
        let dash = palette.charset == .unicode ? "–" : ".."
        if classification.isEmpty {
            out.append(LegendLine(sample: nil, text: labels.noValues))
        } else {
            let edges = classification.edges.map(format)
            for i in 0..<classification.classCount {
                out.append(LegendLine(sample: palette.sample(ofClass: i, resolution: resolution),
                                      text: "\(edges[i])\(dash)\(edges[i + 1]) (\(classification.counts[i]))"))
            }
        }
        out.append(LegendLine(sample: palette.sample(ofClass: nil, resolution: resolution),
                              text: "\(labels.noData) (\(classification.noDataCount))"))
        return out
    }

    /// Source, year, demo notice and attribution joined by " · " (ASCII
    /// " - ") into lines of at most `width` columns: a part that does not
    /// fit after the others starts a new line, so that the attribution
    /// stays whole where a line can hold it; a part longer than a line is
    /// wrapped at spaces. Empty when none is given.
    public static func sourceLines(_ labels: LegendLabels, width: Int, charset: Charset = .unicode) -> [String] {
        let parts = [labels.source, labels.year, labels.demoData, labels.smallSample, labels.attribution]
            .compactMap { $0 }.filter { !$0.isEmpty }
        guard !parts.isEmpty, width > 0 else { return [] }
        let separator = charset == .unicode ? " · " : " - "
        var lines: [String] = []
        var line = ""
        for part in parts {
            let joined = line.isEmpty ? part : line + separator + part
            if TextWidth.width(of: joined) <= width { line = joined; continue }
            if !line.isEmpty { lines.append(line) }
            var pieces = wrapped(part, width: width)
            line = pieces.popLast() ?? ""
            lines += pieces
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The numbered key of a map: "7 เวียง" entries in columns, read down
    /// each column, every line within `width` columns.
    public static func keyLines(_ key: [MapKeyEntry], width: Int, charset: Charset = .unicode) -> [String] {
        guard !key.isEmpty, width > 0 else { return [] }
        let digits = String(key.map(\.number).max() ?? 0).count
        let texts = key.map { entry -> String in
            let number = String(entry.number)
            return String(repeating: " ", count: digits - number.count) + number + " " + entry.name
        }
        let cellWidth = min(width, texts.map { TextWidth.width(of: $0) }.max() ?? 1)
        let columns = max(1, (width + 2) / (cellWidth + 2))
        let rows = (texts.count + columns - 1) / columns
        return (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                let i = column * rows + row
                guard i < texts.count else { break }
                if column > 0 { line += "  " }
                line += TextWidth.pad(texts[i], to: cellWidth, charset: charset)
            }
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// A formatter writing every edge with the same number of decimals,
    /// enough to tell the edges apart. For tests
    /// and callers without a unit; a caller with a unit passes its own.
    public static func plainFormatter(for edges: [Double]) -> @Sendable (Double) -> String {
        var places = decimals(for: edges)
        while places < 6 {
            let texts = edges.map { format($0, decimals: places) }
            if zip(texts, texts.dropFirst()).allSatisfy({ $0 != $1 }) || edges.count < 2 { break }
            places += 1
        }
        let chosen = places
        return { format($0, decimals: chosen) }
    }

    /// `text` wrapped at spaces into lines of at most `width` display
    /// columns; a word longer than a line is cut between clusters.
    public static func wrapped(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            let candidate = line.isEmpty ? word : line + " " + word
            if TextWidth.width(of: candidate) <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line); line = "" }
            while TextWidth.width(of: word) > width {
                let head = TextWidth.slice(word, from: 0, width: width)
                guard !head.isEmpty else { word = ""; break }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            line = word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
