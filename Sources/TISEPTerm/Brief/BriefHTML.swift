/// A brief as one self-contained HTML file: no scripts, images, fonts or
/// links to fetch, so it opens and prints the same on a laptop with no network.
enum BriefHTML {
    static func render(_ brief: Brief, thai: Bool) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(thai ? "th" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(brief.title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <h1>\(escape(brief.title))</h1>

        """
        for (i, line) in brief.subtitle.enumerated() {
            out += "<p class=\"\(i == 0 ? "path" : "demo")\">\(escape(line))</p>\n"
        }
        for (n, section) in brief.sections.enumerated() {
            out += "<section>\n<h2>\(n + 1). \(escape(section.heading))</h2>\n"
            for block in section.blocks { out += render(block) }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// A4 print styles; Thai fonts by name with fallbacks, none downloaded.
    static let style = """
    @page { size: A4; margin: 14mm 14mm 16mm 14mm; }
    body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif;
           font-size: 11pt; line-height: 1.45; color: #000; background: #fff; max-width: 182mm; margin: 1em auto; padding: 0 1em; }
    h1 { font-size: 16pt; margin: 0 0 4pt 0; }
    h2 { font-size: 13pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #555; page-break-after: avoid; break-after: avoid; }
    h3 { font-size: 11.5pt; margin: 8pt 0 2pt 0; page-break-after: avoid; break-after: avoid; }
    p { margin: 3pt 0; }
    p.path { color: #333; }
    p.demo { border: 2px solid #000; padding: 3pt 6pt; font-weight: bold; }
    p.note { font-size: 9pt; color: #333; }
    table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; break-inside: avoid; }
    th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
    th { background: #eee; }
    td.num { text-align: right; white-space: nowrap; }
    table.facts th { width: 28%; background: none; }
    pre { font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Courier New", monospace; font-size: 8pt; line-height: 1.15;
          page-break-inside: avoid; break-inside: avoid; }
    @media print { body { max-width: none; margin: 0; padding: 0; } a { color: #000; text-decoration: none; } }
    """

    static func render(_ block: BriefBlock) -> String {
        switch block {
        case let .paragraph(text): return "<p>\(escape(text))</p>\n"
        case let .note(text): return "<p class=\"note\">\(escape(text))</p>\n"
        case let .subheading(text): return "<h3>\(escape(text))</h3>\n"
        case let .bullets(items): return "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        case let .preformatted(lines): return "<pre>" + lines.map(escape).joined(separator: "\n") + "</pre>\n"
        case let .facts(facts):
            return "<table class=\"facts\">\n<tbody>\n"
                + facts.map { "<tr><th scope=\"row\">\(escape($0.label))</th><td>\(cell($0.value))</td></tr>\n" }.joined()
                + "</tbody>\n</table>\n"
        case let .table(table):
            var out = "<table>\n<thead>\n<tr>" + table.headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
            for row in table.rows {
                out += "<tr>" + row.enumerated().map { i, c in
                    table.numeric.contains(i) ? "<td class=\"num\">\(cell(c))</td>" : "<td>\(cell(c))</td>"
                }.joined() + "</tr>\n"
            }
            return out + "</tbody>\n</table>\n"
        }
    }

    static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
