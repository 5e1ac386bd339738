import EcosystemStore

/// Text wrapped for a pane or an overlay, the one way the interface wraps:
/// `LineWrap` (display columns, Thai broken between words, a bullet kept
/// with its text, docs/formatting.md "Thai lines"), with the lines after
/// the first indented by `hang` columns so that a bulleted item reads as
/// one block.
///
/// ```swift
/// WrappedText.lines("· ผู้สูงอายุยากจนที่ตกหล่นจากสวัสดิการ", width: 16, hang: 2)
/// // ["· ผู้สูงอายุยากจน", "  ที่ตกหล่นจาก", "  สวัสดิการ"]
/// ```
enum WrappedText {
    static func lines(_ text: String, width: Int, hang: Int = 0) -> [String] {
        guard width > 0 else { return [] }
        let hang = hang * 2 < width ? max(0, hang) : 0
        let ranges = LineWrap.lines(text, width: width)
        guard hang > 0, ranges.count > 1 else { return ranges.map { String(text[$0]) } }
        // The rest, after the first line and the white space (one line
        // break at most) where it broke, wrapped to the narrower width.
        var start = ranges[0].upperBound
        var newlineDropped = false
        while start < text.endIndex, text[start].isWhitespace {
            if text[start].isNewline {
                if newlineDropped { break }
                newlineDropped = true
            }
            start = text.index(after: start)
        }
        let indent = String(repeating: " ", count: hang)
        let rest = LineWrap.wrap(String(text[start...]), width: width - hang).map { $0.isEmpty ? $0 : indent + $0 }
        return [String(text[ranges[0]])] + rest
    }
}
