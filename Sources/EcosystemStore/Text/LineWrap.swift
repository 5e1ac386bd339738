/// Lines of text that fit a width in display columns, broken where a reader
/// expects: at spaces, between Thai words (by `ThaiWordBreaker`), after
/// punctuation — never inside a Thai word, a number or a grapheme cluster,
/// never with a bullet `·` left at the end of a line, never with `ๆ`, a
/// closing bracket or a full stop at the start of one.
///
/// White space where a line breaks is dropped, and so are line breaks
/// (`\n` starts a new line; an empty line stays empty). Everything else is
/// kept: the lines, with the dropped white space put back between them,
/// are the text. A piece wider than the whole width (a long name, an
/// e-mail address) is cut, between grapheme clusters and where Thai spelling
/// allows, so that no line is wider than `width` — unless one grapheme
/// cluster alone is wider (a wide character at width 1).
///
/// ```swift
/// LineWrap.wrap("ข้อมูลรายครัวเรือนของผู้สูงอายุยากจนและผู้ที่ตกหล่นจากสวัสดิการของรัฐ", width: 20)
/// // ["ข้อมูลรายครัวเรือนของ", "ผู้สูงอายุยากจนและผู้ที่", "ตกหล่นจากสวัสดิการของรัฐ"]
/// LineWrap.wrap("ป่าชุมชน · สุขภาพ", width: 10)   // ["ป่าชุมชน", "· สุขภาพ"]
/// ```
public enum LineWrap {
    /// The lines of `text` at most `width` columns wide (`DisplayWidth`).
    /// No lines for an empty text or a width below 1.
    public static func wrap(_ text: String, width: Int, dictionary: ThaiDictionary = .standard) -> [String] {
        lines(text, width: width, dictionary: dictionary).map { String(text[$0]) }
    }

    /// The ranges of `text` that `wrap` returns as lines, for callers that
    /// keep attributes (a highlight, a link) on the original text.
    public static func lines(_ text: String, width: Int, dictionary: ThaiDictionary = .standard) -> [Range<String.Index>] {
        guard width > 0, !text.isEmpty else { return [] }
        var filler = LineFiller(text: text, width: width, dictionary: dictionary)
        for event in units(text, dictionary: dictionary) {
            switch event {
            case .lineBreak(let at): filler.endParagraph(at: at)
            case .unit(let unit): filler.place(unit)
            }
        }
        filler.finish()
        return filler.lines
    }

    /// A stretch that must stay on one line (unless it alone is too wide),
    /// with the width of the white space before it that is dropped if a
    /// line breaks there.
    struct Unit {
        var range: Range<String.Index>
        var width: Int
        var gapWidth: Int
    }

    enum Event {
        case unit(Unit)
        case lineBreak(String.Index)
    }

    /// Where `text[range]` may be cut between words no wider than
    /// `maxWordColumns` (indices of `text`).
    static func wordBoundaries(in text: String, _ range: Range<String.Index>, maxWordColumns: Int,
                               dictionary: ThaiDictionary) -> [String.Index] {
        let part = String(text[range])
        let pieces = ThaiWordBreaker.pieces(part, dictionary: dictionary, maxWordColumns: maxWordColumns)
        var out: [String.Index] = []
        var offset = 0
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            offset += part[a.range].count
            // A space inside a unit was kept from breaking (after a bullet, before ๆ).
            if a.kind != .space, b.kind != .space, ThaiWordBreaker.mayBreak(between: a, b, in: part) {
                out.append(text.index(range.lowerBound, offsetBy: offset))
            }
        }
        return out
    }

    /// The text as units and line breaks.
    static func units(_ text: String, dictionary: ThaiDictionary) -> [Event] {
        let pieces = ThaiWordBreaker.pieces(text, dictionary: dictionary)
        var events: [Event] = []
        var current: Unit? = nil
        var last: TextPiece? = nil    // the last non-space piece of `current`
        var gap: TextPiece? = nil     // white space since `last`, not yet placed
        func close() {
            if let unit = current { events.append(.unit(unit)) }
            current = nil
        }
        func start(_ piece: TextPiece, gapWidth: Int) {
            current = Unit(range: piece.range, width: DisplayWidth.columns(text[piece.range]), gapWidth: gapWidth)
        }
        func extend(to piece: TextPiece) {
            current!.width += DisplayWidth.columns(text[current!.range.upperBound..<piece.range.upperBound])
            current!.range = current!.range.lowerBound..<piece.range.upperBound
        }
        for piece in pieces {
            switch piece.kind {
            case .lineBreak:
                close()
                events.append(.lineBreak(piece.range.lowerBound))
                last = nil
                gap = nil
            case .space:
                // Indentation at the start of a paragraph stays with the first word.
                if last == nil, current == nil { start(piece, gapWidth: 0) } else { gap = piece }
            default:
                if let space = gap {
                    if ThaiWordBreaker.mayBreak(atSpaceAfter: last, before: piece, in: text) {
                        close()
                        start(piece, gapWidth: DisplayWidth.columns(text[space.range]))
                    } else {
                        extend(to: piece)
                    }
                    gap = nil
                } else if current == nil {
                    start(piece, gapWidth: 0)
                } else if let previous = last, ThaiWordBreaker.mayBreak(between: previous, piece, in: text) {
                    close()
                    start(piece, gapWidth: 0)
                } else {
                    extend(to: piece)
                }
                last = piece
            }
        }
        close()  // white space at the very end is dropped like any at a break
        return events
    }
}

/// Greedy filling: each unit goes on the current line if it fits, else
/// starts the next one.
private struct LineFiller {
    let text: String
    let width: Int
    let dictionary: ThaiDictionary
    var lines: [Range<String.Index>] = []
    private var line: Range<String.Index>? = nil
    private var used = 0

    init(text: String, width: Int, dictionary: ThaiDictionary) {
        self.text = text
        self.width = width
        self.dictionary = dictionary
    }

    mutating func place(_ unit: LineWrap.Unit) {
        if let current = line, used + unit.gapWidth + unit.width <= width {
            line = current.lowerBound..<unit.range.upperBound
            used += unit.gapWidth + unit.width
            return
        }
        if let current = line { lines.append(current) }
        line = nil
        used = 0
        if unit.width <= width {
            line = unit.range
            used = unit.width
        } else {
            cut(unit.range)
        }
    }

    /// A paragraph ends: its last line, or an empty line for an empty paragraph.
    mutating func endParagraph(at index: String.Index) {
        lines.append(line ?? index..<index)
        line = nil
        used = 0
    }

    mutating func finish() {
        if let current = line { lines.append(current) }
        line = nil
    }

    /// Cuts a stretch too wide for any line into full lines, keeping the
    /// rest as the current line. Cuts, by preference, between the words
    /// inside it that fit a line (เมือง|พะเยา); else after a mark that
    /// parts an address (`@ / . - _`: `secretariat@|chiangkham-|district`);
    /// else where Thai spelling allows; else between any two clusters.
    /// White space at a cut is dropped.
    private mutating func cut(_ range: Range<String.Index>) {
        let inner = Set(LineWrap.wordBoundaries(in: text, range, maxWordColumns: width, dictionary: dictionary))
        var start = range.lowerBound
        var used = 0
        var wordCut: (at: String.Index, used: Int)? = nil
        var addressCut: (at: String.Index, used: Int)? = nil
        var spellingCut: (at: String.Index, used: Int)? = nil
        var previous: Character? = nil
        var i = range.lowerBound
        while i < range.upperBound {
            let c = text[i]
            let w = DisplayWidth.columns(c)
            if i > start, let p = previous {
                if inner.contains(i) { wordCut = (i, used) }
                if Self.partsAnAddress(p), !Self.partsAnAddress(c), !c.isWhitespace { addressCut = (i, used) }
                if ThaiWordBreaker.thaiAllowsBreak(after: p, before: c) { spellingCut = (i, used) }
            }
            if used + w > width, i > start {
                let (at, usedBefore) = wordCut ?? addressCut ?? spellingCut ?? (i, used)
                var end = at
                while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
                lines.append(start..<end)
                used -= usedBefore
                start = at
                while start < i, text[start].isWhitespace {
                    used -= DisplayWidth.columns(text[start])
                    start = text.index(after: start)
                }
                wordCut = nil
                addressCut = nil
                spellingCut = nil
                continue  // measure cluster i again on the new line
            }
            used += w
            previous = c
            i = text.index(after: i)
        }
        line = start..<range.upperBound
        self.used = used
    }

    /// The marks after which an e-mail address or a web address reads on
    /// naturally on the next line.
    private static func partsAnAddress(_ c: Character) -> Bool { "@/.-_".contains(c) }
}
