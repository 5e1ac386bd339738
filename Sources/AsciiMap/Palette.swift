import Foundation

/// The look of each class, of areas without data, of borders and of the
/// selection, for one colour mode and character set.
///
/// - Classes go light → dark. With ``higherIsWorse`` (the default) the
///   highest class is the darkest; otherwise the highest is the lightest,
///   so the darkest always means "worst".
/// - Glyph ramps (readable with no colour at all), chosen so that no class
///   glyph is the no-data or the selected mark:
///   Unicode `- : + ░ ▒ ▓ █` (the k darkest for k ≥ 4; `░▒▓`, `░▓`, `▒` below),
///   ASCII `: - = + * # %` (spread evenly over the ramp).
/// - 256 colours: an approximation of ColorBrewer YlOrRd (sequential and
///   colour-blind safe) in the 6×6×6 cube, indices 229, 221, 215, 208, 202,
///   160, 88, whose CIE lightness falls monotonically (spread evenly for
///   k < 7). No data: a light grey checker (254/250) that no class colour
///   resembles. Borders: 245 inside a group, 238 between groups, 235 for
///   the outline. Selection: 45 (cyan, outside the ramp's hues); a
///   selected group: 33 (blue).
/// - 8 colours: the glyph ramp carries the order, drawn in yellow (3) for
///   the lower half of the classes and red (1) for the upper half, on the
///   terminal's background, so that a reader sees light-yellow shading
///   grow into solid red. (The basic eight colours have no lightness order
///   a reader can see: white, cyan, green, red and blue read as five
///   unordered categories.) No data: `·` in the default colour.
/// - No data: `·` (ASCII `.`).
/// - The selected area is outlined by ``MapPicture`` (45 in 256 colours,
///   reverse video and bold otherwise), whatever its size.
/// - At cell resolution in 256 colours a class cell keeps its glyph with
///   foreground = background, so the screen shows a flat colour while
///   ``CellGrid/lines()`` still reads as the glyph ramp.
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
    /// 8 colours: the hue of the lower and of the upper half of the classes.
    public static let lowHue8: Int16 = 3, highHue8: Int16 = 1
    /// Highlight of the selected area in half-block mode (a cyan outside the ramp).
    public static let selectedColor256: Int16 = 45
    /// Grey of the legacy no-data mark.
    public static let noDataColor256: Int16 = 244
    /// The two greys of the no-data checker (half-block pixels alternate).
    public static let noDataChecker256: (Int16, Int16) = (254, 250)
    /// Border colours in 256 colours, by strength.
    public static let areaBorderColor256: Int16 = 245, groupBorderColor256: Int16 = 238, outlineColor256: Int16 = 235
    /// The outline of a selected group (an amphoe at province zoom).
    public static let groupSelectionColor256: Int16 = 33
    /// The same with 8 colours (cyan, in bold).
    public static let groupSelectionColor8: Int16 = 6

    /// A border's colour in 256 colours.
    public static func borderColor256(_ strength: BorderStrength) -> Int16 {
        switch strength {
        case .none, .area: return areaBorderColor256
        case .group: return groupBorderColor256
        case .outline: return outlineColor256
        }
    }

    /// The sRGB colour (0–255 each) xterm shows for a 256-colour index:
    /// the 16 system colours, the 6×6×6 cube, the grey ramp.
    public static func rgb(ofColor index: Int16) -> (r: Int, g: Int, b: Int) {
        let i = Int(index)
        switch i {
        case 0..<16:
            let system: [(Int, Int, Int)] = [
                (0, 0, 0), (128, 0, 0), (0, 128, 0), (128, 128, 0), (0, 0, 128), (128, 0, 128), (0, 128, 128), (192, 192, 192),
                (128, 128, 128), (255, 0, 0), (0, 255, 0), (255, 255, 0), (0, 0, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return system[i]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let n = i - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        case 232..<256:
            let v = 8 + 10 * (i - 232)
            return (v, v, v)
        default:
            return (0, 0, 0)
        }
    }

    /// CIE L* (0 black … 100 white) of a 256-colour index.
    public static func lightness(ofColor index: Int16) -> Double {
        let (r, g, b) = rgb(ofColor: index)
        func linear(_ c: Int) -> Double {
            let v = Double(c) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        let y = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        return y > 216.0 / 24389 ? 116 * cbrt(y) - 16 : y * 24389 / 27
    }

    /// Drawn where there is no area.
    public var emptyGlyph: String { " " }
    /// Drawn for an area without a value.
    public var noDataGlyph: String { charset == .unicode ? "·" : "." }

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
        case .basic8: return shade(ofClass: index) * 2 < classCount ? Self.lowHue8 : Self.highHue8
        case .palette256: return Self.cube256[i]
        }
    }

    /// The cell of an area in class `index`: with 8 colours the glyph in
    /// the class's hue, with 256 a flat colour (the glyph under it).
    public func classCell(_ index: Int, areaID: Int32) -> Cell {
        let c = color(ofClass: index)
        if colorMode == .basic8 { return Cell(grapheme: glyph(ofClass: index), foreground: c, areaID: areaID) }
        return Cell(grapheme: glyph(ofClass: index), foreground: c, background: c, areaID: areaID)
    }

    /// The cell of an area without a value.
    public func noDataCell(areaID: Int32) -> Cell {
        Cell(grapheme: noDataGlyph, foreground: colorMode == .palette256 ? Self.noDataColor256 : -1, areaID: areaID)
    }

    /// Index into a 7-step ramp for shade `i` of `k`, spread from lightest to darkest.
    static func spread(_ i: Int, _ k: Int) -> Int {
        guard k > 1 else { return 3 }
        return Int((Double(i) * 6 / Double(k - 1)).rounded(.toNearestOrAwayFromZero))
    }
}
