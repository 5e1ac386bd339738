/// The look of each class, of areas without data and of the selected area,
/// for one colour mode and character set.
///
/// - Classes go light → dark. With ``higherIsWorse`` (the default) the
///   highest class is the darkest; otherwise the highest is the lightest,
///   so the darkest always means "worst".
/// - Glyph ramps (readable with no colour at all), chosen so that no class
///   glyph is the no-data or the selected mark:
///   Unicode `- : + ░ ▒ ▓ █` (the k darkest for k ≥ 4; `░▒▓`, `░▓`, `▒` below),
///   ASCII `: - = + * # %` (spread evenly over the ramp).
/// - 256 colours: an approximation of ColorBrewer YlOrRd in the 6×6×6 cube,
///   indices 229, 221, 215, 208, 202, 160, 88 (spread evenly for k < 7).
/// - 8 colours: white, yellow, cyan, green, magenta, red, blue (7, 3, 6, 2,
///   5, 1, 4), in decreasing luminance.
/// - No data: `·` (ASCII `.`), grey (244) or default foreground, no fill.
/// - Selected area: `@`, bold; on the class colour with a contrasting
///   foreground in colour modes, reverse video without colour. The class of
///   the selected area is in the legend's selected line.
/// - Colour modes keep the class glyph in the cell with foreground = background,
///   so the screen shows a flat colour while ``CellGrid/lines()`` still reads as
///   the glyph ramp.
public struct Palette: Equatable, Sendable {
    /// Colours available.
    public let colorMode: ColorMode
    /// Glyphs available.
    public let charset: Charset
    /// Number of classes to tell apart.
    public let classCount: Int
    /// Whether the highest class is the darkest.
    public let higherIsWorse: Bool

    /// A palette for `classCount` classes.
    public init(classCount: Int, colorMode: ColorMode, charset: Charset, higherIsWorse: Bool = true) {
        self.classCount = classCount; self.colorMode = colorMode
        self.charset = charset; self.higherIsWorse = higherIsWorse
    }

    static let unicodeRamp = ["-", ":", "+", "░", "▒", "▓", "█"]
    static let asciiRamp = [":", "-", "=", "+", "*", "#", "%"]
    static let cube256: [Int16] = [229, 221, 215, 208, 202, 160, 88]
    static let basic8: [Int16] = [7, 3, 6, 2, 5, 1, 4]
    /// Highlight of the selected area in half-block mode (a cyan outside the ramp).
    public static let selectedColor256: Int16 = 45
    /// Grey for areas without data.
    public static let noDataColor256: Int16 = 244

    /// Drawn where there is no area.
    public var emptyGlyph: String { " " }
    /// Drawn for an area without a value.
    public var noDataGlyph: String { charset == .unicode ? "·" : "." }
    /// Drawn over the selected area.
    public var selectedGlyph: String { "@" }

    /// 0 for the lightest shade … classCount-1 for the darkest.
    public func shade(ofClass index: Int) -> Int {
        higherIsWorse ? index : classCount - 1 - index
    }

    /// The ramp glyph of a class.
    public func glyph(ofClass index: Int) -> String {
        let shade = self.shade(ofClass: index)
        guard charset == .unicode else { return Self.asciiRamp[Self.spread(shade, classCount)] }
        switch classCount {
        case 1: return "▒"
        case 2: return ["░", "▓"][shade]
        case 3: return ["░", "▒", "▓"][shade]
        default: return Self.unicodeRamp[Self.unicodeRamp.count - classCount + shade]
        }
    }

    /// The class's colour index, -1 without colour.
    public func color(ofClass index: Int) -> Int16 {
        let i = Self.spread(shade(ofClass: index), classCount)
        switch colorMode {
        case .none: return -1
        case .basic8: return Self.basic8[i]
        case .palette256: return Self.cube256[i]
        }
    }

    /// The cell of an area in class `index`.
    public func classCell(_ index: Int, areaID: Int32) -> Cell {
        let c = color(ofClass: index)
        return Cell(grapheme: glyph(ofClass: index), foreground: c, background: c, areaID: areaID)
    }

    /// The cell of an area without a value.
    public func noDataCell(areaID: Int32) -> Cell {
        Cell(grapheme: noDataGlyph, foreground: colorMode == .palette256 ? Self.noDataColor256 : -1, areaID: areaID)
    }

    /// The selected area's cell; `classIndex` nil when it has no value.
    public func selectedCell(classIndex: Int?, areaID: Int32) -> Cell {
        guard colorMode != .none, let classIndex else {
            return Cell(grapheme: selectedGlyph, attributes: [.bold, .reverse], areaID: areaID)
        }
        let dark = shade(ofClass: classIndex) * 2 >= classCount
        let fg: Int16 = colorMode == .basic8 ? (dark ? 7 : 0) : (dark ? 231 : 16)
        return Cell(grapheme: selectedGlyph, foreground: fg, background: color(ofClass: classIndex),
                    attributes: [.bold], areaID: areaID)
    }

    /// Index into a 7-step ramp for shade `i` of `k`, spread from lightest to darkest.
    static func spread(_ i: Int, _ k: Int) -> Int {
        guard k > 1 else { return 3 }
        return Int((Double(i) * 6 / Double(k - 1)).rounded(.toNearestOrAwayFromZero))
    }
}
