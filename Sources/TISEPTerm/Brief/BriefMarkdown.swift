import Foundation

/// A brief as Markdown (CommonMark with GitHub tables): the map as its
/// character map in a fenced code block (the drawing is the HTML brief's;
/// a Markdown brief stays one file to pass on), line breaks inside table
/// cells as `<br>`, the annex under a heading of its own.
enum BriefMarkdown {
    static func render(_ brief: Brief) -> String {
        var out = "# \(escape(brief.title))\n\n"
        for line in brief.subtitle { out += escape(line) + "  \n" }
        out += "\n"
        if let warning = brief.warning { out += "> **\(escape(warning))**\n\n" }
        for section in brief.firstPage + brief.secondPage { out += render(section) }
        if let annex = brief.annex {
            out += "# \(escape(Brief.annexHeading))\n\n"
            for section in annex { out += render(section) }
        }
        return out
    }

    static func render(_ section: BriefSection) -> String {
        "## \(escape(section.numberedHeading))\n\n" + section.blocks.map { render($0) + "\n" }.joined()
    }

    static func render(_ block: BriefBlock) -> String {
        switch block {
        case let .paragraph(text): return escape(text) + "\n"
        case let .note(text): return "_" + escape(text) + "_\n"
        case let .subheading(text): return "### \(escape(text))\n"
        case let .facts(facts): return facts.map { "- **\(escape($0.label)):** \(escape($0.value))\n" }.joined()
        case let .bullets(items): return items.map { "- \(escape($0))\n" }.joined()
        case let .items(items):
            return items.map { item in "- \(escape(item.text))\n" + item.details.map { "  - \(escape($0))\n" }.joined() }.joined()
        case let .preformatted(lines): return fenced(lines)
        case let .map(map): return escape(map.caption) + "\n\n" + fenced(map.text)
        case let .form(form):
            var out = form.fields.map { f in
                "- **\(escape(f.label)):** " + dots(48) + String(repeating: "  \n  " + dots(64), count: max(0, f.lines - 1)) + "\n"
            }.joined()
            out += "\n**\(escape(form.tableTitle))**\n\n"
            out += tableText(form.tableHeaders, rows: Array(repeating: Array(repeating: dots(12), count: form.tableHeaders.count), count: form.tableRows))
            return out
        case let .table(table):
            return tableText(table.headers, rows: table.rows, numeric: table.numeric)
        }
    }

    /// A line of dots to write on, as Thai forms leave one.
    static func dots(_ n: Int) -> String { String(repeating: ".", count: n) }

    static func fenced(_ lines: [String]) -> String {
        // No backtick is drawn in a map, so a fence of three cannot close early.
        "```text\n" + lines.joined(separator: "\n") + "\n```\n"
    }

    static func tableText(_ headers: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { escape($0).replacingOccurrences(of: "\n", with: "<br>") }.joined(separator: " | ") + " |\n"
        }
        let rule = "|" + headers.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        return row(headers) + rule + rows.map(row).joined()
    }

    /// Backslash-escapes what Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\*_`|<>[]#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
