/// A key press, decoded by the terminal.
package enum Key: Hashable, CustomStringConvertible {
    case char(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace, delete
    case home, end, pageUp, pageDown
    case function(Int)
    case resize(width: Int, height: Int)
    case control(Character)

    package var description: String {
        switch self {
        case let .char(c): return c == " " ? "Space" : String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case let .function(n): return "F\(n)"
        case let .resize(w, h): return "resize \(w)x\(h)"
        case let .control(c): return "Ctrl-\(c)"
        }
    }

    /// The Latin key on the same physical key of a Thai Kedmanee keyboard,
    /// so that a coordinator who forgot to switch layouts is still heard
    /// (ๆ is q, ฝ is /, ฦ is ?). Used outside text fields only.
    package var latinEquivalent: Key {
        guard case let .char(c) = self, let latin = Key.kedmanee[c] else { return self }
        return .char(latin)
    }

    package static let kedmanee: [Character: Character] = {
        // Scalars, not Characters: a combining vowel would join the key before it.
        let thai = "ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ+๑๒๓๔ู฿๕๖๗๘๙๐\"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ".unicodeScalars
        let latin = "1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?".unicodeScalars
        var map: [Character: Character] = [:]
        // Only Thai letters: the ASCII keys of the Thai layout (/ - + …) keep their own meaning.
        for (t, l) in zip(thai, latin) where (0x0E00...0x0E7F).contains(t.value) {
            map[Character(t)] = Character(l)
        }
        return map
    }()
}
