import CellWidth

/// Display width of text on a terminal (the rule of ``CellWidth``), and
/// cutting and padding by columns at grapheme boundaries.
///
/// ```swift
/// TextWidth.width(of: "กรุงเทพมหานคร")        // 12
/// TextWidth.truncate("กรุงเทพมหานคร", to: 6)  // "กรุงเท…"
/// TextWidth.pad("น้ำ", to: 4)                  // "น้ำ  "
/// ```
public enum TextWidth {
    /// How text that does not fit is marked: `…`, or `~` in ASCII.
    public static func ellipsis(_ charset: Charset) -> String {
        charset == .unicode ? "…" : "~"
    }

    /// Columns taken by one Unicode scalar (``CellWidth``'s rule).
    @inline(__always)
    public static func width(of scalar: Unicode.Scalar) -> Int { CellWidth.of(scalar) }

    /// Columns taken by a string (the sum over its grapheme clusters).
    public static func width(of text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return total
    }

    /// Columns taken by one grapheme cluster.
    public static func width(of character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += width(of: scalar) }
        return total
    }

    /// `text` cut to at most `columns`, only between grapheme clusters, with
    /// an ellipsis when something was cut. Leading zero-width clusters are
    /// dropped (see ``slice(_:from:width:)``).
    public static func truncate(_ text: String, to columns: Int, charset: Charset = .unicode) -> String {
        guard columns > 0 else { return "" }
        let body = slice(text, from: 0, width: Int.max / 2)
        if width(of: body) <= columns { return body }
        let mark = ellipsis(charset)
        let room = columns - width(of: mark)
        if room < 0 { return slice(body, from: 0, width: columns) }
        return slice(body, from: 0, width: room) + mark
    }

    /// `text` truncated to `columns` and padded with spaces to exactly that width.
    public static func pad(_ text: String, to columns: Int, alignment: Alignment = .left,
                           charset: Charset = .unicode) -> String {
        let fitted = truncate(text, to: columns, charset: charset)
        let gap = String(repeating: " ", count: max(0, columns - width(of: fitted)))
        return alignment == .left ? fitted + gap : gap + fitted
    }

    /// The clusters of `text` that lie wholly within columns
    /// `start ..< start + width` (for horizontal scrolling). A wide cluster cut
    /// by either edge is left out, and zero-width clusters at the start of the
    /// result are dropped: a terminal would attach such a mark to the cell on
    /// its left, leaving a stray tone mark on screen.
    public static func slice(_ text: String, from start: Int, width maxWidth: Int) -> String {
        guard maxWidth > 0 else { return "" }
        var out = ""
        var column = 0
        let end = start + maxWidth
        for cluster in text {
            let w = width(of: cluster)
            defer { column += w }
            if column < start { continue }
            if column + w > end { break }
            if w == 0 && out.isEmpty { continue }
            out.append(cluster)
        }
        return out
    }

    /// Alignment for ``pad(_:to:alignment:charset:)``.
    public enum Alignment: Sendable { case left, right }
}

/// Which characters the map may draw: full Unicode (block shades, `…`, `·`)
/// or plain ASCII for terminals and files that cannot show them.
public enum Charset: Sendable, Equatable {
    case unicode
    case ascii
}
