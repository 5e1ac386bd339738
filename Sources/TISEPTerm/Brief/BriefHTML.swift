import EcosystemStore

/// A brief as one self-contained HTML file for A4: no scripts, fonts or
/// links to fetch, the map an inline SVG drawing, so it opens and prints
/// the same on a laptop with no network. Page 1 is the handout (indicators
/// beside the map, the gaps, the meeting's notes), page 2 starts on a new
/// sheet, and so does the annex.
enum BriefHTML {
    /// The drawing's width on page 1 and the most its map part may take.
    static let mapWidthMM = 78.0, mapHeightMM = 46.0
    /// The gaps' left column (roles, referrals), a share of the width; the
    /// vulnerable people's table beside it.
    static let gapsLeftShare = 0.42

    static func render(_ brief: Brief, thai: Bool) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(thai ? "th" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(brief.title))</title>
        <style>
        \(style(footer: brief.title, thai: thai))
        </style>
        </head>
        <body>

        """
        out += "<div class=\"page page1\">\n<header>\n<h1>\(escape(brief.title))</h1>\n"
        for line in brief.subtitle { out += "<p class=\"path\">\(escape(line))</p>\n" }
        if let warning = brief.warning { out += "<p class=\"demo\">\(escape(warning))</p>\n" }
        out += "</header>\n"
        // Indicators and map side by side, then the rest of page 1 across.
        let top = brief.firstPage.filter { $0.kind == .indicators || $0.kind == .map }
        if !top.isEmpty {
            out += "<div class=\"top\">\n" + top.map(render).joined() + "</div>\n"
        }
        out += brief.firstPage.filter { $0.kind != .indicators && $0.kind != .map }.map(render).joined()
        out += "</div>\n<div class=\"page page2\">\n" + brief.secondPage.map(render).joined() + "</div>\n"
        if let annex = brief.annex {
            out += "<div class=\"annex\">\n<h1 class=\"annex-title\">\(escape(Brief.annexHeading))</h1>\n" + annex.map(render).joined() + "</div>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func render(_ section: BriefSection) -> String {
        var out = "<section class=\"\(section.kind.rawValue)\">\n"
        // A heading stays with what follows it: the heading and the first
        // part are kept on one page together.
        var parts: [[BriefBlock]] = [[]]
        for block in section.blocks {
            if case .subheading = block, !(parts.last?.isEmpty ?? true) { parts.append([]) }
            parts[parts.count - 1].append(block)
        }
        let heading = "<h2>\(escape(section.numberedHeading))</h2>\n"
        func part(_ blocks: [BriefBlock]) -> String {
            // A long part of the annex breaks across pages rather than leave one half empty.
            let long = section.kind.isAnnex && BriefPages.isLong(blocks)
            return "<div class=\"part\(long ? " long" : "")\">\n" + blocks.map(render).joined() + "</div>\n"
        }
        if section.kind == .gaps, parts.count == 4 {
            // Roles and referrals (short) beside the vulnerable people's
            // table, then the open needs across the page: their lines are long.
            out += heading + "<div class=\"parts\">\n<div class=\"columns\">\n<div class=\"column\">\n" + part(parts[0]) + part(parts[3])
                + "</div>\n<div class=\"column\">\n" + part(parts[1]) + "</div>\n</div>\n" + part(parts[2]) + "</div>\n"
        } else if parts.count == 1 {
            out += "<div class=\"keep\">\n" + heading + parts[0].map(render).joined() + "</div>\n"
        } else {
            out += heading + "<div class=\"parts\">\n"
            out += parts.map(part).joined()
            out += "</div>\n"
        }
        return out + "</section>\n"
    }

    static func render(_ block: BriefBlock) -> String {
        switch block {
        case let .paragraph(text): return "<p>\(escape(text))</p>\n"
        case let .note(text): return "<p class=\"note\">\(escape(text))</p>\n"
        case let .subheading(text): return "<h3>\(escape(text))</h3>\n"
        case let .bullets(items): return "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        case let .items(items):
            return "<ul class=\"items\">\n" + items.map { item in
                "<li>\(escape(item.text))" + (item.details.isEmpty ? "" : "<br>" + item.details.map { "<span class=\"detail\">\(escape($0))</span>" }.joined(separator: "<br>")) + "</li>\n"
            }.joined() + "</ul>\n"
        case let .preformatted(lines): return "<pre>" + lines.map(escape).joined(separator: "\n") + "</pre>\n"
        case let .map(map):
            return "<p class=\"caption\">\(escape(map.caption))</p>\n<figure>\n"
                + BriefSVG.render(map.figure, widthMM: mapWidthMM, maxMapHeightMM: mapHeightMM).svg + "</figure>\n"
        case let .form(form): return render(form)
        case let .facts(facts):
            return "<table class=\"facts\">\n<tbody>\n"
                + facts.map { "<tr><th scope=\"row\">\(escape($0.label))</th><td>\(cell($0.value))</td></tr>\n" }.joined()
                + "</tbody>\n</table>\n"
        case let .table(table):
            var out = "<table>\n<thead>\n<tr>" + table.headers.enumerated().map { i, h in
                table.numeric.contains(i) ? "<th class=\"num\">\(escape(h))</th>" : "<th>\(escape(h))</th>"
            }.joined() + "</tr>\n</thead>\n<tbody>\n"
            for row in table.rows {
                out += "<tr>" + row.enumerated().map { i, c in
                    table.numeric.contains(i) ? "<td class=\"num\">\(cell(c))</td>"
                        : table.unbroken.contains(i) ? "<td class=\"nowrap\">\(cell(c))</td>" : "<td>\(cell(c))</td>"
                }.joined() + "</tr>\n"
            }
            return out + "</tbody>\n</table>\n"
        }
    }

    /// Labelled ruled lines (the one-line fields two to a row) and a table
    /// of empty rows.
    static func render(_ form: BriefForm) -> String {
        var out = "<div class=\"form\">\n"
        let short = form.fields.filter { $0.lines == 1 }
        if !short.isEmpty {
            out += "<div class=\"line\">" + short.map { "<span class=\"label\">\(escape($0.label)):</span><span class=\"rule\"></span>" }.joined() + "</div>\n"
        }
        for field in form.fields where field.lines > 1 {
            out += "<div class=\"line\"><span class=\"label\">\(escape(field.label)):</span><span class=\"rule\"></span></div>\n"
            out += String(repeating: "<div class=\"line\"><span class=\"rule\"></span></div>\n", count: field.lines - 1)
        }
        out += "<table class=\"followups\">\n<caption>\(escape(form.tableTitle))</caption>\n<thead>\n<tr>"
            + form.tableHeaders.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
        out += String(repeating: "<tr>" + form.tableHeaders.map { _ in "<td></td>" }.joined() + "</tr>\n", count: form.tableRows)
        return out + "</tbody>\n</table>\n</div>\n"
    }

    /// A4 print styles. Thai fonts by name, none downloaded: Sarabun and TH
    /// Sarabun New where installed (Windows, macOS with Office, Google
    /// fonts), else the TLWG fonts every Debian and Ubuntu has with
    /// `fonts-thai-tlwg` (Loma, Garuda, Norasi). Page numbers in the
    /// bottom margin (`@page` margin boxes: Chromium 131 and later, Firefox
    /// does not print them).
    static func style(footer: String, thai: Bool) -> String {
        let fonts = "\"Sarabun\", \"TH Sarabun New\", \"Loma\", \"Garuda\", \"Norasi\", \"Noto Sans Thai\", \"Leelawadee UI\", Tahoma, sans-serif"
        let pageWord = thai ? "หน้า " : "page "
        return """
        @page { size: A4; margin: 10mm 12mm 12mm 12mm;
                @bottom-left { content: "\(cssString(footer))"; font-family: \(fonts); font-size: 7.5pt; color: #444; }
                @bottom-right { content: "\(pageWord)" counter(page) " / " counter(pages); font-family: \(fonts); font-size: 7.5pt; color: #444; } }
        html { font-family: \(fonts); font-size: 9.5pt; line-height: 1.3; color: #000; background: #fff; }
        body { max-width: 186mm; margin: 1em auto; padding: 0 1em; }
        h1 { font-size: 14pt; margin: 0 0 1mm 0; line-height: 1.2; }
        h2 { font-size: 11pt; margin: 3mm 0 1mm 0; padding-bottom: 0.3mm; border-bottom: 0.4mm solid #000; break-after: avoid; }
        h3 { font-size: 9.5pt; margin: 1.5mm 0 0.5mm 0; break-after: avoid; }
        p { margin: 0.6mm 0; }
        p.path { margin: 0; color: #222; }
        p.demo { border: 0.5mm solid #000; padding: 0.5mm 2mm; margin: 1mm 0; font-weight: bold; }
        p.note, p.caption { font-size: 7.5pt; color: #222; }
        ul { margin: 0.5mm 0; padding-left: 5mm; }
        li { margin: 0.2mm 0; }
        ul.items { padding-left: 4mm; font-size: 9pt; }
        ul.items span.detail { display: inline-block; padding-left: 3mm; font-size: 8pt; }
        table { border-collapse: collapse; width: 100%; margin: 0.5mm 0; font-size: 8.5pt; break-inside: avoid; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 0.25mm solid #777; padding: 0.4mm 1.2mm; text-align: left; vertical-align: top; }
        th { background: #eee; }
        th.num, td.num { text-align: right; white-space: nowrap; }
        table.facts th { width: 28%; background: none; }
        pre { font-family: "DejaVu Sans Mono", "Tlwg Mono", monospace; font-size: 7pt; line-height: 1.15; break-inside: avoid; }
        .page1 section, .page2 section, .keep, .part, figure { break-inside: avoid; }
        .part.long, .part.long table { break-inside: auto; }
        figure { margin: 0; }
        svg.map { display: block; max-width: 100%; height: auto; }
        .top { display: grid; grid-template-columns: 1fr \(Int(mapWidthMM))mm; column-gap: 5mm; align-items: start; }
        .top section.map h2, .top section.indicators h2 { margin-top: 1.5mm; }
        .gaps .columns { display: grid; grid-template-columns: \(Int(gapsLeftShare * 100))% 1fr; column-gap: 5mm; align-items: start; }
        td.nowrap { white-space: nowrap; }
        .spark { font-family: "DejaVu Sans Mono", monospace; line-height: 1; display: inline-block; height: 1em; overflow: hidden; }
        .resources .parts { display: grid; grid-template-columns: 1fr 1fr; column-gap: 5mm; align-items: start; }
        .form .line { display: flex; align-items: flex-end; height: 6mm; }
        .form .label { white-space: nowrap; padding-right: 1.5mm; }
        .form .rule { flex: 1; border-bottom: 0.25mm solid #000; margin-right: 4mm; height: 5mm; }
        .form .rule:last-child { margin-right: 0; }
        table.followups { margin-top: 2mm; }
        table.followups caption { text-align: left; font-weight: bold; padding-bottom: 0.5mm; }
        table.followups td { height: 6mm; }
        table.followups th:nth-child(1) { width: 25%; } table.followups th:nth-child(3) { width: 18%; }
        .page2, .annex { break-before: page; }
        h1.annex-title { font-size: 13pt; border-bottom: 0.6mm double #000; }
        @media screen { .page2, .annex { border-top: 1px dashed #888; margin-top: 8mm; padding-top: 4mm; } }
        @media print { body { max-width: none; margin: 0; padding: 0; } }
        """
    }

    static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { sparklines(escape(String($0))) }.joined(separator: "<br>")
    }

    /// A sparkline's glyphs (`Trend.blocks`) in a span of their own: the
    /// fallback font that has them (no Thai font does) brings a line height
    /// that made Chromium push page 1's meeting block to page 2 although it
    /// fitted; the span keeps them in a monospaced box one em high.
    static func sparklines(_ html: String) -> String {
        guard html.contains(where: { Trend.blocks.contains($0) }) else { return html }
        var out = "", run = ""
        for c in html {
            if Trend.blocks.contains(c) || (c == " " && !run.isEmpty) { run.append(c); continue }
            if !run.isEmpty { out += spark(run) ; run = "" }
            out.append(c)
        }
        return out + (run.isEmpty ? "" : spark(run))
    }

    private static func spark(_ run: String) -> String {
        // Spaces after the last glyph stay outside the box.
        let glyphs = run.reversed().drop { $0 == " " }.reversed()
        return "<span class=\"spark\">" + String(glyphs) + "</span>" + String(repeating: " ", count: run.count - glyphs.count)
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

    /// Text inside a CSS string: quotes and backslashes escaped, and `<`
    /// written as an escape so that no `</style>` can close the style.
    static func cssString(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3c "
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
