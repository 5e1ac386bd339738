import AsciiMap
import EcosystemStore

/// Columns aligned by display width (Thai marks take no column), fitted to
/// a width by wrapping the widest columns' cells onto more lines.
enum TextTable {
    static let gap = "  "

    /// The table's lines, none wider than `width` columns. Cells may hold
    /// "\n" for line breaks; `rightAligned` columns (numbers) align right;
    /// `unbroken` columns (numbers and ranges) are never narrowed.
    static func render(headers: [String], rows: [[String]], width: Int = 80, rightAligned: Set<Int> = [],
                       unbroken: Set<Int> = []) -> [String] {
        let n = headers.count
        let all = [headers] + rows
        var widths = (0..<n).map { c in
            all.map { row in c < row.count ? row[c].split(separator: "\n").map { TextWidth.width(of: $0) }.max() ?? 0 : 0 }.max() ?? 0
        }
        let room = width - gap.count * max(0, n - 1)
        // Narrow the widest column until the table fits; 6 columns keep a word readable.
        let narrowable = widths.indices.filter { !unbroken.contains($0) }
        while widths.reduce(0, +) > room, let widest = narrowable.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
            widths[widest] -= 1
        }
        var out: [String] = []
        for (i, row) in all.enumerated() {
            let cells = (0..<n).map { c in wrap(c < row.count ? row[c] : "", width: widths[c]) }
            let height = cells.map(\.count).max() ?? 1
            for l in 0..<height {
                var line = ""
                for c in 0..<n {
                    let text = l < cells[c].count ? cells[c][l] : ""
                    line += (c > 0 ? gap : "") + TextWidth.pad(text, to: widths[c], alignment: rightAligned.contains(c) ? .right : .left)
                }
                out.append(trimTrailing(line))
            }
            if i == 0 { out.append(trimTrailing(widths.map { String(repeating: "-", count: $0) }.joined(separator: gap))) }
        }
        return out
    }

    /// The width of the table with no cell wrapped.
    static func naturalWidth(headers: [String], rows: [[String]]) -> Int {
        let widths = headers.indices.map { c in
            ([headers] + rows).map { row in c < row.count ? row[c].split(separator: "\n").map { TextWidth.width(of: $0) }.max() ?? 0 : 0 }.max() ?? 0
        }
        return widths.reduce(0, +) + gap.count * max(0, headers.count - 1)
    }

    /// The lines of `text` at most `width` columns wide, broken where a
    /// reader expects: between Thai words, at spaces, never inside a word
    /// or a number, a bullet kept with its text (`LineWrap`,
    /// docs/formatting.md "Thai lines"). "\n" starts a new line; an empty
    /// text is one empty line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let lines = LineWrap.wrap(text, width: max(1, width))
        return lines.isEmpty ? [""] : lines
    }

    static func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
