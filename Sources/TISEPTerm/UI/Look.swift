import AsciiMap

/// How to draw, the same for every pane and overlay: the interface
/// language, the terminal's colours and its glyphs.
struct Look: Equatable {
    var thai = true
    var colorMode: ColorMode = .none
    var charset: Charset = .unicode

    var texts: Texts { Texts(thai: thai) }
    /// The text cursor of a field being typed in.
    var caret: String { charset == .unicode ? "▏" : "_" }
}

/// Colours and attributes of the interface chrome, per colour mode: with
/// no colour, focus and selection are shown by bold and reverse video.
enum Theme {
    static func border(focused: Bool, _ look: Look) -> Style {
        switch look.colorMode {
        case .none: return focused ? .bold : .plain
        case .basic8: return focused ? Style(foreground: 6, attributes: .bold) : Style(foreground: 7)
        case .palette256: return focused ? Style(foreground: 45, attributes: .bold) : Style(foreground: 244)
        }
    }

    static func selectedRow(focused: Bool) -> Style { focused ? .reverse : .bold }

    static func bar(_ look: Look) -> Style {
        switch look.colorMode {
        case .none: return .reverse
        case .basic8: return Style(foreground: 7, background: 4)
        case .palette256: return Style(foreground: 255, background: 24)
        }
    }

    /// A whole cell of the bar's colours, to fill a bar before writing on it.
    static func barCell(_ look: Look) -> Cell {
        let style = bar(look)
        return Cell(grapheme: " ", foreground: style.foreground, background: style.background, attributes: style.attributes)
    }

    static func dim(_ look: Look) -> Style {
        look.colorMode == .palette256 ? Style(foreground: 245) : .plain
    }

    static func heading(_ look: Look) -> Style {
        look.colorMode == .none ? .bold : Style(foreground: look.colorMode == .basic8 ? 3 : 214, attributes: .bold)
    }

    static func warning(_ look: Look) -> Style {
        look.colorMode == .none ? .bold : Style(foreground: look.colorMode == .basic8 ? 1 : 203, attributes: .bold)
    }

    /// Where a search query occurs in a result's name.
    static func match(_ look: Look) -> Style {
        look.colorMode == .none ? Style(attributes: .bold) : Style(foreground: look.colorMode == .basic8 ? 3 : 220, attributes: .bold)
    }
}
