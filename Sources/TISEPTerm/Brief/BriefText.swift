import Foundation
import AsciiMap

/// A brief as plain text for a terminal or a printer: every line at most
/// `width` display columns, Thai measured by ``TextWidth``.
enum BriefText {
    static func render(_ brief: Brief, width: Int = 80) -> String {
        var out: [String] = TextTable.wrap(brief.title, width: width)
        out.append(String(repeating: "=", count: min(width, out.map { TextWidth.width(of: $0) }.max() ?? 0)))
        for line in brief.subtitle { out += TextTable.wrap(line, width: width) }
        for (n, section) in brief.sections.enumerated() {
            out.append("")
            let heading = TextTable.wrap("\(n + 1). \(section.heading)", width: width)
            out += heading
            out.append(String(repeating: "-", count: heading.map { TextWidth.width(of: $0) }.max() ?? 0))
            for block in section.blocks { out += render(block, width: width) }
        }
        return out.map(TextTable.trimTrailing).joined(separator: "\n") + "\n"
    }

    static func render(_ block: BriefBlock, width: Int) -> [String] {
        switch block {
        case let .paragraph(text), let .note(text):
            return TextTable.wrap(text, width: width)
        case let .subheading(text):
            return [""] + TextTable.wrap("[\(text)]", width: width)
        case let .facts(facts):
            let labelWidth = min(24, facts.map { TextWidth.width(of: $0.label) + 1 }.max() ?? 0)
            return facts.flatMap { fact in
                hanging(TextWidth.pad(fact.label + ":", to: max(labelWidth, TextWidth.width(of: fact.label) + 1)) + " ", fact.value, width: width)
            }
        case let .bullets(items):
            return items.flatMap { hanging("  - ", $0, width: width) }
        case let .preformatted(lines):
            return lines.map { TextWidth.width(of: $0) > width ? TextWidth.truncate($0, to: width) : $0 }
        case let .table(table):
            if table.keepColumnsInText || TextTable.naturalWidth(headers: table.headers, rows: table.rows) <= width {
                return TextTable.render(headers: table.headers, rows: table.rows, width: width, rightAligned: table.numeric)
            }
            return records(table, width: width)
        }
    }

    /// A wide table as one block per row: the first cell as a line of its
    /// own, the others as labelled lines indented under it.
    static func records(_ table: BriefTable, width: Int) -> [String] {
        var out: [String] = []
        for (i, row) in table.rows.enumerated() {
            if i > 0 { out.append("") }
            out += TextTable.wrap(row.first.map { $0.replacingOccurrences(of: "\n", with: " / ") } ?? "", width: width)
            for (c, cell) in row.enumerated().dropFirst() where !cell.isEmpty && cell != "—" {
                let lead = "    " + (c < table.headers.count ? table.headers[c] : "") + ": "
                let lines = cell.split(separator: "\n").map(String.init)
                for (l, line) in lines.enumerated() {
                    let start = l == 0 ? lead : String(repeating: " ", count: TextWidth.width(of: lead))
                    out += hanging(start, line, width: width)
                }
            }
        }
        return out
    }

    /// `lead` then `text` wrapped so that its later lines start under the text.
    static func hanging(_ lead: String, _ text: String, width: Int) -> [String] {
        let indent = TextWidth.width(of: lead)
        let lines = TextTable.wrap(text, width: max(10, width - indent))
        return lines.enumerated().map { ($0 == 0 ? lead : String(repeating: " ", count: indent)) + $1 }
    }
}
