import Foundation

/// The words of a legend, chosen by the caller so that Thai or English is
/// the caller's choice. Defaults are English.
public struct LegendLabels: Sendable {
    /// The indicator's name, e.g. "ผู้สูงอายุยากจน" or "Poor elderly".
    public var title: String
    /// E.g. "%" or "ร้อยละ".
    public var unit: String?
    /// The year of the values, as the caller writes it (e.g. "2566").
    public var year: String?
    /// Shown as given, e.g. "Source: NSO 2566".
    public var source: String?
    /// Label of the no-data mark.
    public var noData = "no data"
    /// Said instead of classes when there are no values at all.
    public var noValues = "no values for this indicator"
    /// Label of the selected-area mark.
    public var selected = "selected"
    /// Word after the class count ("5 classes").
    public var classes = "classes"
    /// Names of the methods.
    public var methodNames: [ClassificationMethod: String] = [
        .quantile: "quantile", .equalInterval: "equal interval", .naturalBreaks: "natural breaks (Fisher-Jenks)",
    ]
    /// Set when the values are synthetic, e.g. "demo data / ข้อมูลสาธิต"; nil hides the line.
    public var demoData: String?
    /// The boundaries' attribution, shown whole on the source line, e.g.
    /// "Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO".
    public var attribution: String?

    /// Labels with English defaults for the fixed words.
    public init(title: String, unit: String? = nil, year: String? = nil, source: String? = nil,
                demoData: String? = nil) {
        self.title = title; self.unit = unit; self.year = year; self.source = source; self.demoData = demoData
    }
}

/// One legend line: an optional two-column colour/glyph sample, then text.
public struct LegendLine: Equatable, Sendable {
    /// The class's cell, drawn twice before the text; nil for plain lines.
    public var sample: Cell?
    /// The text, already truncated to fit.
    public var text: String

    /// The line as plain text (the sample's glyph twice, a space, the text).
    public var plainText: String {
        guard let sample else { return text }
        return sample.grapheme + sample.grapheme + " " + text
    }

    /// The line with ANSI colours on the sample (`--color always`).
    public func renderText(colorMode: ColorMode) -> String {
        guard let sample, colorMode != .none else { return plainText }
        return ANSI.style(sample, colorMode: colorMode) + sample.grapheme + sample.grapheme + ANSI.reset + " " + text
    }
}

/// Builds legend lines that fit a width in display columns (Thai included).
///
/// ```swift
/// let lines = Legend.lines(for: classification, palette: palette,
///                          labels: LegendLabels(title: "ผู้สูงอายุ", unit: "%", year: "2566"),
///                          selected: (name: "เวียง", value: 4.2), width: 30)
/// ```
public enum Legend {
    /// Title; one line per class (sample, range, count of areas); the
    /// no-data mark and count; the selected area; method and class count;
    /// source; demo-data notice. Every line fits `width` columns.
    public static func lines(for classification: Classification, palette: Palette, labels: LegendLabels,
                             selected: (name: String, value: Double?)? = nil, width: Int) -> [LegendLine] {
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
        if let year = labels.year, !year.isEmpty { title += " \(year)" }
        add(title)

        let edges = formattedEdges(classification.edges)
        let dash = charset == .unicode ? "–" : ".."
        if classification.isEmpty {
            add(labels.noValues)
        } else {
            for i in 0..<classification.classCount {
                add("\(edges[i])\(dash)\(edges[i + 1])  (\(classification.counts[i]))",
                    palette.classCell(i, areaID: AreaGrid.empty))
            }
        }
        add("\(labels.noData) (\(classification.noDataCount))", palette.noDataCell(areaID: AreaGrid.empty))
        if let selected {
            var text = "\(labels.selected): \(selected.name)"
            if let value = selected.value { text += " \(format(value, decimals: decimals(for: classification.edges)))" }
            add(text, palette.selectedCell(classIndex: nil, areaID: AreaGrid.empty))
        }
        if !classification.isEmpty {
            let method = labels.methodNames[classification.method] ?? classification.method.rawValue
            var text = "\(method), \(classification.classCount) \(labels.classes)"
            if classification.reduction == .duplicateEdges || classification.reduction == .allValuesEqual {
                text += " (\(classification.requestedClasses)→\(classification.classCount))"
            }
            add(text)
        }
        if let source = labels.source, !source.isEmpty { add(source) }
        if let demo = labels.demoData, !demo.isEmpty { add(demo) }
        return out
    }

    /// Edges with the same number of decimals, about 3 significant digits
    /// for the largest, and more when that would make two edges look equal.
    public static func formattedEdges(_ edges: [Double]) -> [String] {
        var decimals = decimals(for: edges)
        while true {
            let texts = edges.map { format($0, decimals: decimals) }
            let distinct = zip(texts, texts.dropFirst()).allSatisfy { $0 != $1 }
            if distinct || decimals >= 6 || edges.count < 2 || edges.first == edges.last { return texts }
            decimals += 1
        }
    }

    static func decimals(for edges: [Double]) -> Int {
        let largest = edges.map(abs).max() ?? 0
        guard largest > 0, largest.isFinite else { return 0 }
        return max(0, 2 - Int(log10(largest).rounded(.down)))
    }

    static func format(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        // "-0.0" reads as a negative value that is not there.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }
}
