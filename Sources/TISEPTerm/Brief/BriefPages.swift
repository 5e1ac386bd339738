import AsciiMap

/// How many A4 pages the HTML brief prints on, estimated from its content
/// at the print styles' sizes (``BriefHTML/style(footer:thai:)``): each
/// block's height from its lines — Thai text wrapped at about 0.56 em per
/// display column, Latin text by its letters, signs and spaces, as measured
/// in Chromium with the TLWG fonts —,
/// tables with their columns shared as a browser shares them, the map's
/// drawing at its own height, then the annex's blocks laid on pages
/// keeping together what the styles keep together. docs/brief.md compares
/// it with the pages Chromium prints (scripts/brief-pages).
struct BriefPageEstimate: Equatable {
    /// Pages page 1's content takes: 1 when it fits, as it is meant to.
    var firstPage: Int
    var secondPage: Int
    /// 0 without the annex.
    var annex: Int

    var total: Int { firstPage + secondPage + annex }
    /// The page the annex starts on, nil without one.
    var annexStart: Int? { annex > 0 ? firstPage + secondPage + 1 : nil }

    /// "about 5 A4 pages: the handout on pages 1–2, the annex on pages 3–5"
    func sentence(thai: Bool) -> String {
        let handout = firstPage + secondPage
        let handoutPages = handout == 1 ? (thai ? "หน้า 1" : "page 1") : (thai ? "หน้า 1–\(handout)" : "pages 1–\(handout)")
        var out = thai ? "ประมาณ \(total) หน้า A4: ส่วนแจก \(handoutPages)" : "about \(total) A4 pages: the handout on \(handoutPages)"
        if let start = annexStart {
            let annexPages = annex == 1 ? (thai ? "หน้า \(start)" : "page \(start)") : (thai ? "หน้า \(start)–\(total)" : "pages \(start)–\(total)")
            out += thai ? ", ภาคผนวก \(annexPages)" : ", the annex on \(annexPages)"
        }
        return out
    }
}

enum BriefPages {
    /// The page inside its margins (A4, 10 mm top, 12 mm sides and bottom).
    static let pageWidth = 186.0, pageHeight = 275.0
    /// Millimetres per point.
    static let pt = 0.3528
    /// Ems a display column of Thai text takes (its spaces and digits
    /// included): calibrated against Chromium's pages with Loma.
    static let columnEm = 0.56
    /// Latin text is narrower: measured in Chromium with the brief's font
    /// stack (Loma) over the English brief's own text, a letter or digit
    /// takes 0.52 em, punctuation 0.34, a space 0.28 (a Thai letter about
    /// 0.56). Used for text that is mostly not Thai.
    static let latinLetterEm = 0.52, latinPunctuationEm = 0.34, spaceEm = 0.28

    /// The width of `text` in ems: Thai text (more Thai letters than Latin
    /// ones) at ``columnEm`` a column, as calibrated; other text by the kind
    /// of each character.
    static func ems(_ text: some StringProtocol) -> Double {
        var thai = 0, latin = 0, columns = 0
        var other = 0.0
        for scalar in text.unicodeScalars {
            let w = TextWidth.width(of: scalar)
            columns += w
            switch scalar.value {
            case 0x0E00...0x0E7F: thai += w; other += Double(w) * columnEm
            case 0x20: other += spaceEm
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: latin += 1; other += latinLetterEm
            case 0x21...0x7E: other += latinPunctuationEm
            default: other += Double(w) * columnEm
            }
        }
        return thai >= latin ? Double(columns) * columnEm : other
    }

    static func estimate(_ brief: Brief) -> BriefPageEstimate {
        let first = firstPageHeight(brief)
        let second = brief.secondPage.reduce(0) { $0 + height(of: $1, width: pageWidth) }
        var annex = 0
        if let sections = brief.annex {
            annex = pagesFilled(by: [(8.0, false)] + sections.flatMap { units(of: $0, width: pageWidth) })
        }
        return BriefPageEstimate(firstPage: max(1, Int((first / pageHeight).rounded(.up))),
                                 secondPage: max(1, Int((second / pageHeight).rounded(.up))), annex: annex)
    }

    // MARK: Page 1

    /// `mapSection`: the map section's height when already known (the
    /// builder tries several contents around one map).
    static func firstPageHeight(_ brief: Brief, mapSection: Double? = nil) -> Double {
        var h = 14 * pt * 1.2 + 1 + Double(brief.subtitle.reduce(0) { $0 + lines($1, width: pageWidth, size: 9.5) }) * line(9.5)
        if let warning = brief.warning { h += Double(lines(warning, width: pageWidth - 5, size: 9.5)) * line(9.5) + 3 }
        let top = brief.firstPage.filter { $0.kind == .indicators || $0.kind == .map }
        h += top.map { s in
            s.kind == .map ? mapSection ?? height(of: s, width: BriefHTML.mapWidthMM) : height(of: s, width: pageWidth - BriefHTML.mapWidthMM - 5)
        }.max() ?? 0
        for section in brief.firstPage where section.kind != .indicators && section.kind != .map {
            h += height(of: section, width: pageWidth)
        }
        return h
    }

    // MARK: Sections and blocks

    static let headingHeight = 11 * pt * 1.3 + 4.7

    static func parts(_ section: BriefSection) -> [[BriefBlock]] {
        var parts: [[BriefBlock]] = [[]]
        for block in section.blocks {
            if case .subheading = block, !(parts.last?.isEmpty ?? true) { parts.append([]) }
            parts[parts.count - 1].append(block)
        }
        return parts
    }

    /// A section's height as the handout lays it out: the gaps and the
    /// resources in two columns.
    static func height(of section: BriefSection, width: Double) -> Double {
        let parts = self.parts(section)
        func sum(_ blocks: [BriefBlock], _ w: Double) -> Double { blocks.reduce(0) { $0 + height(of: $1, width: w) } }
        switch section.kind {
        case .gaps where parts.count == 4:
            let left = width * BriefHTML.gapsLeftShare, right = width - left - 5
            return headingHeight + max(sum(parts[0], left) + sum(parts[3], left), sum(parts[1], right)) + sum(parts[2], width)
        case .resources where parts.count >= 2:
            let half = (width - 5) / 2
            return headingHeight + stride(from: 0, to: parts.count, by: 2).reduce(0) { total, i in
                total + max(sum(parts[i], half), i + 1 < parts.count ? sum(parts[i + 1], half) : 0)
            }
        default:
            return headingHeight + sum(section.blocks, width)
        }
    }

    /// The annex's pieces for laying on pages: a piece kept whole (a
    /// heading with what follows it, a part under a subheading) unless it is
    /// long (``isLong(_:)``).
    static func units(of section: BriefSection, width: Double) -> [(height: Double, breakable: Bool)] {
        var out: [(Double, Bool)] = []
        for (i, part) in parts(section).enumerated() {
            let h = part.reduce(0) { $0 + height(of: $1, width: width) } + (i == 0 ? headingHeight : 0)
            out.append((h, h > longPart))
        }
        return out
    }

    /// A part longer than this is let break across pages (its rows still
    /// kept whole): moved whole to the next page it would leave most of a
    /// page empty.
    static let longPart = pageHeight * 0.6

    static func isLong(_ blocks: [BriefBlock]) -> Bool {
        blocks.reduce(0) { $0 + height(of: $1, width: pageWidth) } > longPart
    }

    static func pagesFilled(by units: [(height: Double, breakable: Bool)]) -> Int {
        var pages = 1, used = 0.0
        for (h, breakable) in units {
            if used + h <= pageHeight { used += h; continue }
            if breakable {
                // A long part flows on from where the page is (BriefHTML lets it break).
                var rest = h - (pageHeight - used)
                while rest > 0 { pages += 1; used = min(rest, pageHeight); rest -= pageHeight }
            } else {
                pages += 1
                used = h
            }
        }
        return pages
    }

    /// Line height in mm of text at `size` points.
    static func line(_ size: Double) -> Double { size * pt * 1.3 }

    /// Lines `text` takes in `width` mm at `size` points.
    /// A wrapped line is on average this full: lines break between words.
    static let wrapFill = 0.93

    static func lines(_ text: String, width: Double, size: Double) -> Int {
        let perLine = max(1, width / (size * pt))
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, piece in
            let ems = self.ems(piece)
            return total + (ems <= perLine ? 1 : Int((ems / (perLine * wrapFill)).rounded(.up)))
        }
    }

    static func height(of block: BriefBlock, width: Double) -> Double {
        switch block {
        case let .paragraph(text): return Double(lines(text, width: width, size: 9.5)) * line(9.5) + 1.2
        case let .note(text): return Double(lines(text, width: width, size: 7.5)) * line(7.5) + 1.2
        case .subheading: return line(9.5) + 1.5
        case let .bullets(items):
            return items.reduce(1.0) { $0 + Double(lines($1, width: width - 5, size: 9.5)) * line(9.5) + 0.4 }
        case let .items(items):
            return items.reduce(1.0) { total, item in
                total + Double(lines(item.text, width: width - 4, size: 9)) * line(9) + 0.4
                    + item.details.reduce(0) { $0 + Double(lines($1, width: width - 7, size: 8)) * line(8) }
            }
        case let .preformatted(text): return Double(text.count) * 7 * pt * 1.15 + 2
        case let .map(map):
            return Double(lines(map.caption, width: width, size: 7.5)) * line(7.5) + 1.2
                + BriefSVG.render(map.figure, widthMM: BriefHTML.mapWidthMM, maxMapHeightMM: BriefHTML.mapHeightMM).heightMM
        case let .form(form):
            let oneLine = form.fields.contains { $0.lines == 1 } ? 1 : 0
            let ruled = oneLine + form.fields.filter { $0.lines > 1 }.reduce(0) { $0 + $1.lines }
            return Double(ruled) * 6 + 2 + line(9.5) + line(8.5) + 1.5 + Double(form.tableRows) * 6.3
        case let .facts(facts):
            return table(headers: nil, rows: facts.map { [$0.label, $0.value] }, width: width)
        case let .table(t):
            return table(headers: t.headers, rows: t.rows, width: width, unbroken: t.numeric.union(t.unbroken))
        }
    }

    /// A table's height with columns shared as the automatic table layout
    /// shares them: each its widest content when all fit, else its longest
    /// word plus a share of the rest in proportion to what it wants more.
    static func table(headers: [String]?, rows: [[String]], width: Double, unbroken: Set<Int> = []) -> Double {
        let size = 8.5, padding = 2.7
        let all = (headers.map { [$0] } ?? []) + rows
        let n = all.map(\.count).max() ?? 0
        guard n > 0 else { return 0 }
        let em = size * pt
        func extent(_ text: String) -> Double {
            (text.split(separator: "\n").map { ems($0) }.max() ?? 0) * em
        }
        func longestWord(_ text: String) -> Double {
            (text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { min(14 * columnEm, ems($0)) }.max() ?? 0) * em
        }
        func cells(_ c: Int) -> [String] { all.map { c < $0.count ? $0[c] : "" } }
        let body = headers == nil ? all : Array(all.dropFirst())
        let most = (0..<n).map { c in (cells(c).map(extent).max() ?? 0) + padding }
        // A column that does not wrap is as wide as its widest cell; its header wraps between words.
        let least = (0..<n).map { c in
            (unbroken.contains(c) ? max(body.map { c < $0.count ? extent($0[c]) : 0 }.max() ?? 0, headers.map { c < $0.count ? longestWord($0[c]) : 0 } ?? 0)
                                  : (cells(c).map(longestWord).max() ?? 0)) + padding
        }
        var widths = most
        if most.reduce(0, +) > width {
            let spare = max(0, width - least.reduce(0, +)), wanted = zip(most, least).reduce(0) { $0 + $1.0 - $1.1 }
            widths = (0..<n).map { least[$0] + (wanted > 0 ? spare * (most[$0] - least[$0]) / wanted : 0) }
        }
        return all.reduce(1.0) { total, row in
            let height = row.enumerated().map { c, cell in lines(cell, width: max(5, widths[c] - padding), size: size) }.max() ?? 1
            return total + Double(height) * line(size) + 1.1
        }
    }
}
