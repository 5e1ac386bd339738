import Foundation
import AsciiMap

/// A brief as plain text for a terminal or a printer: every line at most
/// `width` display columns, Thai measured by ``TextWidth``; the handout's
/// sections in the HTML brief's order, then the annex under a banner.
enum BriefText {
    static func render(_ brief: Brief, width: Int = 80) -> String {
        var out: [String] = TextTable.wrap(brief.title, width: width)
        out.append(String(repeating: "=", count: min(width, out.map { TextWidth.width(of: $0) }.max() ?? 0)))
        for line in brief.subtitle { out += TextTable.wrap(line, width: width) }
        if let warning = brief.warning { out += TextTable.wrap("!! " + warning, width: width) }
        for section in brief.firstPage + brief.secondPage { out += render(section, width: width) }
        if let annex = brief.annex {
            let rule = String(repeating: "=", count: width)
            out += ["", rule, Brief.annexHeading, rule]
            for section in annex { out += render(section, width: width) }
        }
        return out.map(TextTable.trimTrailing).joined(separator: "\n") + "\n"
    }

    static func render(_ section: BriefSection, width: Int) -> [String] {
        var out = [""]
        let heading = TextTable.wrap(section.numberedHeading, width: width)
        out += heading
        out.append(String(repeating: "-", count: heading.map { TextWidth.width(of: $0) }.max() ?? 0))
        for block in section.blocks { out += render(block, width: width) }
        return out
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
        case let .items(items):
            return items.flatMap { item in
                hanging("  - ", item.text, width: width) + item.details.flatMap { hanging("      ", $0, width: width) }
            }
        case let .preformatted(lines):
            return fitted(lines, width: width)
        case let .map(map):
            return TextTable.wrap(map.caption, width: width) + fitted(map.text, width: width)
        case let .form(form):
            return render(form, width: width)
        case let .table(table):
            if table.keepColumnsInText || TextTable.naturalWidth(headers: table.headers, rows: table.rows) <= width {
                // A table kept in columns keeps its figures whole (an interval never breaks inside a number).
                return TextTable.render(headers: table.headers, rows: table.rows, width: width, rightAligned: table.numeric,
                                        unbroken: table.keepColumnsInText ? table.unbroken : [])
            }
            return records(table, width: width)
        }
    }

    static func fitted(_ lines: [String], width: Int) -> [String] {
        lines.map { TextWidth.width(of: $0) > width ? TextWidth.truncate($0, to: width) : $0 }
    }

    /// Labels with a line of underscores to write on, then the follow-up
    /// table as columns of underscores.
    static func render(_ form: BriefForm, width: Int) -> [String] {
        var out: [String] = []
        for field in form.fields {
            let label = field.label + ": "
            out.append("")
            out.append(label + String(repeating: "_", count: max(10, width - TextWidth.width(of: label))))
            for _ in 1..<max(1, field.lines) {
                out.append("")
                out.append(String(repeating: "_", count: width))
            }
        }
        out += ["", form.tableTitle]
        let n = form.tableHeaders.count
        let inner = width - 3 * (n - 1)
        // Who and by when narrow, what wide.
        var widths = [inner / 4, inner - inner / 4 - inner / 5, inner / 5]
        if n != 3 { widths = Array(repeating: inner / max(1, n), count: n) }
        out.append(zip(form.tableHeaders, widths).map { TextWidth.pad($0, to: $1) }.joined(separator: " | "))
        for _ in 0..<form.tableRows {
            out.append("")
            out.append(widths.map { String(repeating: "_", count: $0) }.joined(separator: " | "))
        }
        return out
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
