/// Text a spreadsheet must not run as a formula. A cell whose text starts
/// with `=`, `+`, `-` or `@` (or a tab or carriage return, which some
/// spreadsheets skip before looking) is read by Excel and LibreOffice as a
/// formula — `=HYPERLINK(…)` in an organisation's name would run on the
/// provincial office's computer. The exports write such text with a
/// leading `'`, which spreadsheets show and never evaluate, and every CSV
/// importer of tisep (`CSVTable`) takes that `'` off again, so a file tisep
/// wrote reads back exactly.
///
/// A text that itself starts with `'` gets one more, so that the guard can
/// always be told from the data: `guarded` and `unguarded` undo each other
/// for every string.
///
/// ```swift
/// SpreadsheetGuard.guarded("=1+1")       // "'=1+1"
/// SpreadsheetGuard.guarded("@wiang")     // "'@wiang" (a LINE ID)
/// SpreadsheetGuard.unguarded("'=1+1")    // "=1+1"
/// SpreadsheetGuard.guarded("ป่าชุมชน")    // unchanged
/// ```
public enum SpreadsheetGuard {
    /// The first characters that make a spreadsheet evaluate a cell, and
    /// the guard itself.
    static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                       UInt8(ascii: "\t"), UInt8(ascii: "\r"), quote]
    static let quote = UInt8(ascii: "'")

    /// Whether a text cell holding `text` needs the guard.
    public static func needsGuard(_ text: String) -> Bool {
        text.utf8.first.map(triggers.contains) ?? false
    }

    /// `text` as a text cell: with a leading `'` when it starts with a
    /// formula character (or a `'`). Only for text: a number column keeps
    /// its minus sign.
    public static func guarded(_ text: String) -> String {
        needsGuard(text) ? "'" + text : text
    }

    /// A cell as read from a file: the guard taken off (a `'` followed by
    /// a formula character or another `'`); any other cell unchanged.
    public static func unguarded(_ cell: String) -> String {
        let bytes = cell.utf8
        guard bytes.count >= 2, bytes.first == quote, triggers.contains(bytes[bytes.index(after: bytes.startIndex)]) else { return cell }
        return String(cell.dropFirst())
    }

    /// `unguarded` on the bytes of a cell being parsed (no String made).
    static func unguard(_ field: inout [UInt8]) {
        if field.count >= 2, field[0] == quote, triggers.contains(field[1]) { field.removeFirst() }
    }
}
