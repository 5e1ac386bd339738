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
    /// Word after the class count ("5 classes").
    public var classes = "classes"
    /// Names of the methods.
    public var methodNames: [ClassificationMethod: String] = [
        .quantile: "quantile", .equalInterval: "equal interval", .naturalBreaks: "natural breaks (Fisher-Jenks)",
    ]
    /// Set when the values are synthetic, e.g. "demo data / ข้อมูลสาธิต"; nil hides the line.
    public var demoData: String?
    /// Set when some areas' names carry a small-sample mark, e.g.
    /// "* small sample (under 30 households)"; nil hides it.
    public var smallSample: String?
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

/// Legend lines for a map (`Legend.mapLines`, `Legend.entries`,
/// `Legend.sourceLines`, `Legend.keyLines`, in MapLegend.swift) that fit a
/// width in display columns, Thai included.
public enum Legend {
    /// Decimals that give the largest edge about 3 significant digits.
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
