/// Text from data made safe to show on a terminal: the one sanitiser for
/// every string that reaches a terminal from the database or a file (names,
/// laptop names from bundles, descriptions, values in history, messages
/// that quote them), in the commands' output and in the full-screen
/// interface (docs/security.md, "Terminal safety").
///
/// A terminal *acts* on some characters instead of showing them: ESC starts
/// sequences that move the cursor, recolour, rewrite the window title or the
/// clipboard (OSC 52), BEL rings, CR returns to the start of the line and
/// lets later text hide earlier text, the C1 controls U+0080–U+009F are the
/// 8-bit forms of ESC sequences (U+009B is CSI), and the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder
/// what follows them on the screen, so that a name can show text in an
/// order other than the one stored ("Trojan Source"). Each of these is
/// shown visibly instead, as `\x1b` (C0 and DEL) or `\u202e` (C1 and bidi
/// controls): what a user sees is exactly what is stored, and nothing
/// stored can drive the terminal.
///
/// Left alone: everything else — Thai with its marks, other scripts, emoji,
/// the left-to-right and right-to-left marks (they only affect neutral
/// characters next to them), backslashes (so the escapes shown are
/// ambiguous with text that spells them, a price worth the simplicity).
/// A lone combining mark is no control: the interface never draws one alone
/// (it joins no cell), and on a command's output it can only join the
/// character printed before it.
///
/// ```swift
/// TerminalSafe.text("Wiang\u{1B}]0;owned\u{07}")   // "Wiang\\x1b]0;owned\\x07"
/// TerminalSafe.line("two\nlines")                   // "two lines"
/// ```
public enum TerminalSafe {
    /// For text with its own layout (a command's output): tab and line feed
    /// are kept, and a carriage return directly before a line feed (a CRLF
    /// line break shows as any line break); everything else that a terminal
    /// acts on is shown escaped.
    public static func text(_ s: String) -> String { sanitise(s, layout: .text) }

    /// For one line of cells (the interface): tab, line feed, carriage
    /// return and CRLF become a space — the line is laid out already — and the rest
    /// is shown escaped as by ``text(_:)``.
    public static func line(_ s: String) -> String { sanitise(s, layout: .line) }

    /// Whether `scalar` is one that a terminal acts on (every C0 control,
    /// tab and line feed included; DEL; C1; the bidi controls).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// How `scalar` is shown: `\x1b` below U+0080, else `\u202e`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return scalar.value < 0x80
            ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private enum Layout { case text, line }

    private static func sanitise(_ s: String, layout: Layout) -> String {
        guard mayNeedWork(s) else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            guard isControl(scalar) else { out.append(scalar); continue }
            switch (layout, scalar) {
            case (.text, "\t"), (.text, "\n"):
                out.append(scalar)
            case (.text, "\r") where i + 1 < scalars.count && scalars[i + 1] == "\n":
                out.append(scalar)
            case (.line, "\r") where i + 1 < scalars.count && scalars[i + 1] == "\n":
                continue // one line break, one space
            case (.line, "\t"), (.line, "\n"), (.line, "\r"):
                out.append(" ")
            default:
                out.append(contentsOf: escape(scalar).unicodeScalars)
            }
        }
        return String(out)
    }

    /// A quick look at the UTF-8 bytes: Thai and ASCII text, nearly all of
    /// what is shown, never contains the bytes that start a control, so
    /// drawing a frame does not walk every string scalar by scalar.
    private static func mayNeedWork(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable(mayNeedWork(bytes:)) ?? mayNeedWork(bytes: Array(s.utf8))
    }

    private static func mayNeedWork<Bytes: RandomAccessCollection>(bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x20 || b == 0x7F { return true }
            if b == 0xC2, i + 1 < bytes.endIndex, bytes[i + 1] <= 0x9F { return true } // U+0080–U+009F
            if b == 0xE2, i + 2 < bytes.endIndex {
                let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                if b1 == 0x80 && (0xAA...0xAE).contains(b2) { return true } // U+202A–U+202E
                if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return true } // U+2066–U+2069
            }
            i += 1
        }
        return false
    }
}
