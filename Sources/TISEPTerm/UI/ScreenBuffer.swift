import AsciiMap
import EcosystemStore

/// A rectangle of the screen, in cells.
struct Rect: Equatable {
    var x: Int, y: Int, width: Int, height: Int
    static let zero = Rect(x: 0, y: 0, width: 0, height: 0)
    var maxX: Int { x + width }
    var maxY: Int { y + height }
    var isEmpty: Bool { width <= 0 || height <= 0 }
    /// The rectangle inside a one-cell border.
    var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }
    func contains(column: Int, row: Int) -> Bool { column >= x && column < maxX && row >= y && row < maxY }
}

/// How a run of text is drawn; colours are terminal colour indices (-1 default).
struct Style: Equatable {
    var foreground: Int16 = -1
    var background: Int16 = -1
    var attributes: CellAttributes = []

    static let plain = Style()
    static let bold = Style(attributes: .bold)
    static let reverse = Style(attributes: .reverse)
}

/// The whole screen as cells: panes render into it, tests read it as text,
/// the terminal writes the cells that changed since the last frame.
/// A wide character fills its cell and leaves the next one empty ("").
struct ScreenBuffer: Equatable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    subscript(column: Int, row: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    func isInside(_ column: Int, _ row: Int) -> Bool { column >= 0 && column < width && row >= 0 && row < height }

    /// Writes `text` from (`x`, `y`), clipped to `maxWidth` columns and to the
    /// screen, whole grapheme clusters only, a combining mark never alone.
    /// Returns the number of columns written. Every text the interface draws
    /// passes here: control characters are shown (``TerminalSafe``), never
    /// sent to the terminal.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height else { return 0 }
        let text = TerminalSafe.line(text)
        let limit = min(maxWidth ?? (width - x), width - x)
        var column = x
        for character in text {
            // One cell per spacing scalar with the marks that follow it: a
            // cluster such as น้ำ (น + mai tho + SARA AM) spans two cells,
            // and curses accepts only one spacing character per cell.
            for group in CellText.split(character) {
                let w = group.width
                if column + w > x + limit { return column - x }
                if column >= 0 {
                    self[column, y] = Cell(grapheme: group.text, foreground: style.foreground, background: style.background,
                                           attributes: style.attributes)
                    if w == 2, column + 1 < width {
                        self[column + 1, y] = Cell(grapheme: "", foreground: style.foreground, background: style.background,
                                                   attributes: style.attributes)
                    }
                }
                column += w
            }
        }
        return column - x
    }

    /// Writes `text` truncated with an ellipsis and padded to exactly `width` columns.
    mutating func writeField(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain,
                             alignment: TextWidth.Alignment = .left, charset: Charset = .unicode) {
        guard width > 0 else { return }
        // Made safe before fitting, so the field is cut to what is shown.
        let shown = TerminalSafe.line(text)
        let fitted = TextWidth.pad(TextWidth.truncate(shown, to: width, charset: charset), to: width, alignment: alignment, charset: charset)
        write(fitted, x: x, y: y, maxWidth: width, style: style)
    }

    mutating func fill(_ rect: Rect, with cell: Cell = Cell()) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for column in max(0, rect.x)..<min(width, rect.maxX) { self[column, row] = cell }
        }
    }

    /// Applies a style to every cell of a row segment (a selection bar).
    mutating func style(_ rect: Rect, _ style: Style) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for column in max(0, rect.x)..<min(width, rect.maxX) {
                var cell = self[column, row]
                cell.attributes.formUnion(style.attributes)
                if style.foreground >= 0 { cell.foreground = style.foreground }
                if style.background >= 0 { cell.background = style.background }
                self[column, row] = cell
            }
        }
    }

    /// A box-drawn border with a title in the top edge. `│` and `─` draw
    /// borders and nothing else, so a test can find pane edges by them.
    mutating func box(_ rect: Rect, title: String, style: Style, charset: Charset) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (h, v, tl, tr, bl, br) = charset == .unicode ? ("─", "│", "┌", "┐", "└", "┘") : ("-", "|", "+", "+", "+", "+")
        for column in rect.x + 1..<rect.maxX - 1 {
            write(h, x: column, y: rect.y, style: style)
            write(h, x: column, y: rect.maxY - 1, style: style)
        }
        for row in rect.y + 1..<rect.maxY - 1 {
            write(v, x: rect.x, y: row, style: style)
            write(v, x: rect.maxX - 1, y: row, style: style)
        }
        write(tl, x: rect.x, y: rect.y, style: style)
        write(tr, x: rect.maxX - 1, y: rect.y, style: style)
        write(bl, x: rect.x, y: rect.maxY - 1, style: style)
        write(br, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if !title.isEmpty, rect.width > 4 {
            let text = TextWidth.truncate(" " + title + " ", to: rect.width - 3, charset: charset)
            write(text, x: rect.x + 1, y: rect.y, style: style)
        }
    }

    /// Copies a map's cells to (`x`, `y`).
    mutating func blit(_ grid: CellGrid, x: Int, y: Int, clip: Rect) {
        for row in 0..<grid.height {
            for column in 0..<grid.width {
                let (sx, sy) = (x + column, y + row)
                guard clip.contains(column: sx, row: sy), isInside(sx, sy) else { continue }
                var cell = grid[column, row]
                // A map's labels come from data: one cell has no room for an escape.
                if cell.grapheme.unicodeScalars.contains(where: TerminalSafe.isControl) { cell.grapheme = "?" }
                self[sx, sy] = cell
            }
        }
    }

    /// The screen as text lines (trailing spaces kept), for tests and README captures.
    func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += self[column, row].grapheme }
            return line
        }
    }

    var text: String { lines().joined(separator: "\n") }
}

/// How a grapheme cluster is laid into terminal cells.
enum CellText {
    /// The cells of one cluster: each spacing scalar with the zero-width
    /// scalars after it. A cluster that starts with a mark (a stray tone
    /// mark) gives nothing: written alone it would join the cell to its left.
    /// Control characters are shown as "?" (``ScreenBuffer/write`` has
    /// already shown them as escapes; this guards any other way in).
    static func split(_ character: Character) -> [(text: String, width: Int)] {
        var groups: [(text: String, width: Int)] = []
        for scalar in character.unicodeScalars {
            if TerminalSafe.isControl(scalar) {
                groups.append(("?", 1))
                continue
            }
            let w = TextWidth.width(of: scalar)
            if w == 0 {
                if !groups.isEmpty { groups[groups.count - 1].text.unicodeScalars.append(scalar) }
                continue
            }
            groups.append((String(scalar), w))
        }
        return groups
    }
}
