import Foundation

/// A brief as Markdown (CommonMark with GitHub tables): the map in a
/// fenced code block, line breaks inside table cells as `<br>`.
enum BriefMarkdown {
    static func render(_ brief: Brief) -> String {
        var out = "# \(escape(brief.title))\n\n"
        for (i, line) in brief.subtitle.enumerated() {
            out += (i == 0 ? escape(line) : "> **\(escape(line))**") + "\n\n"
        }
        for (n, section) in brief.sections.enumerated() {
            out += "## \(n + 1). \(escape(section.heading))\n\n"
            for block in section.blocks { out += render(block) + "\n" }
        }
        return out
    }

    static func render(_ block: BriefBlock) -> String {
        switch block {
        case let .paragraph(text): return escape(text) + "\n"
        case let .note(text): return "_" + escape(text) + "_\n"
        case let .subheading(text): return "### \(escape(text))\n"
        case let .facts(facts): return facts.map { "- **\(escape($0.label)):** \(escape($0.value))\n" }.joined()
        case let .bullets(items): return items.map { "- \(escape($0))\n" }.joined()
        case let .preformatted(lines):
            // A fence longer than any run of backticks inside cannot close early.
            return "```text\n" + lines.joined(separator: "\n") + "\n```\n"
        case let .table(table):
            func row(_ cells: [String]) -> String {
                "| " + cells.map { escape($0).replacingOccurrences(of: "\n", with: "<br>") }.joined(separator: " | ") + " |\n"
            }
            let rule = "|" + table.headers.indices.map { table.numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
            return row(table.headers) + rule + table.rows.map(row).joined()
        }
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
