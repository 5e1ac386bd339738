/// How many colours the terminal can show.
public enum ColorMode: String, Sendable, CaseIterable {
    /// No colour: classes are told apart by the glyph ramp alone.
    case none
    /// The 8 basic ANSI colours (indices 0–7).
    case basic8
    /// The xterm 256-colour palette (indices 0–255).
    case palette256
}

/// Text attributes of a cell.
public struct CellAttributes: OptionSet, Sendable, Hashable {
    /// The attribute bits.
    public let rawValue: UInt8
    /// Attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold (bright) text.
    public static let bold = CellAttributes(rawValue: 1)
    /// Foreground and background swapped.
    public static let reverse = CellAttributes(rawValue: 2)
}

/// One terminal cell of a map: what to draw and which area it shows.
public struct Cell: Equatable, Sendable {
    /// Exactly one grapheme cluster, one column wide.
    public var grapheme: String
    /// Foreground colour index; -1 is the terminal's default colour.
    public var foreground: Int16
    /// Background colour index; -1 is the default.
    public var background: Int16
    /// Bold and/or reverse.
    public var attributes: CellAttributes
    /// The area drawn here, ``AreaGrid/empty`` for none.
    public var areaID: Int32

    /// A cell; the defaults make a blank one with the terminal's colours.
    public init(grapheme: String = " ", foreground: Int16 = -1, background: Int16 = -1,
                attributes: CellAttributes = [], areaID: Int32 = AreaGrid.empty) {
        self.grapheme = grapheme; self.foreground = foreground; self.background = background
        self.attributes = attributes; self.areaID = areaID
    }

    /// A space in default colours, belonging to no area.
    public static let blank = Cell()
}

/// A rendered map: `width × height` cells, row-major, a pure value that a
/// terminal front end copies into its screen buffer.
///
/// ```swift
/// print(map.grid.lines().joined(separator: "\n"))          // --color never
/// print(map.grid.renderText(colorMode: .palette256))       // --color always
/// ```
public struct CellGrid: Equatable, Sendable {
    /// Size in cells.
    public let width: Int
    /// Size in cells.
    public let height: Int
    /// The cells, row-major.
    public var cells: [Cell]

    /// A grid of blank cells.
    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a position, which must lie inside the grid.
    public subscript(column: Int, row: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// The glyphs as plain text, one string per row (colours and attributes dropped).
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for cell in cells[(row * width)..<((row + 1) * width)] { line += cell.grapheme }
            return line
        }
    }

    /// The grid as text: plain for `.none`, else with ANSI SGR escape
    /// sequences for colours and attributes, reset at the end of each line.
    public func renderText(colorMode: ColorMode) -> String {
        guard colorMode != .none else { return lines().joined(separator: "\n") }
        var out = ""
        for row in 0..<height {
            var current: Cell?
            for cell in cells[(row * width)..<((row + 1) * width)] {
                if current.map({ !Self.sameStyle($0, cell) }) ?? true {
                    out += ANSI.style(cell, colorMode: colorMode)
                    current = cell
                }
                out += cell.grapheme
            }
            out += ANSI.reset
            if row < height - 1 { out += "\n" }
        }
        return out
    }

    private static func sameStyle(_ a: Cell, _ b: Cell) -> Bool {
        a.foreground == b.foreground && a.background == b.background && a.attributes == b.attributes
    }
}

/// ANSI/ECMA-48 SGR sequences for `--color always` output.
public enum ANSI {
    /// Resets colours and attributes.
    public static let reset = "\u{1B}[0m"

    /// The sequence that sets a cell's colours and attributes from scratch.
    public static func style(_ cell: Cell, colorMode: ColorMode) -> String {
        var codes = ["0"]
        if cell.attributes.contains(.bold) { codes.append("1") }
        if cell.attributes.contains(.reverse) { codes.append("7") }
        if colorMode != .none {
            if cell.foreground >= 0 { codes.append(color(cell.foreground, base: 30, colorMode)) }
            if cell.background >= 0 { codes.append(color(cell.background, base: 40, colorMode)) }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ index: Int16, base: Int, _ mode: ColorMode) -> String {
        mode == .basic8 ? String(base + Int(index % 8)) : "\(base + 8);5;\(index)"
    }
}
