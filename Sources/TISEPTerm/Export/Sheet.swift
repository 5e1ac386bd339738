import EcosystemStore

/// One cell of a sheet tisep hands to a spreadsheet. Whether a cell is a
/// number or text is decided by the field it comes from (its `FieldKind`),
/// never by how its text looks: a phone number or a code is text, a
/// negative indicator value is a number.
enum SheetCell: Equatable {
    case text(String)
    case number(String)
    case empty

    /// A stored (canonical) value of `spec` as a cell: numbers unformatted,
    /// phones in their Thai form with dashes (which every spreadsheet keeps
    /// as text, so the leading 0 stays; every importer reads it back),
    /// yes/no as `true`/`false`, dates ISO, codes and lists as stored.
    init(_ value: String?, of spec: FieldSpec) {
        guard let value, !value.isEmpty else { self = .empty; return }
        switch spec.kind {
        case .integer, .real, .year: self = .number(value)
        case .bool: self = .text(value == "1" ? "true" : "false")
        case .phone: self = .text(PhoneNumber.format(value))
        default: self = .text(value)
        }
    }

    /// A whole number, or empty for nil.
    static func whole(_ value: Int?) -> SheetCell { value.map { .number(String($0)) } ?? .empty }

    /// A text cell, or empty for nil or "".
    static func words(_ value: String?) -> SheetCell { value.flatMap { $0.isEmpty ? nil : .text($0) } ?? .empty }

    /// The text the cell holds in the file, before CSV quoting: text guarded
    /// against formulas (``SpreadsheetGuard``), numbers as they are. The
    /// store reads number columns as numbers, but a number cell is only
    /// trusted when its text is a plain number: anything else is guarded
    /// like text, so `-1` stays a number and `-1+A1` never runs.
    var written: String {
        switch self {
        case let .text(s): return SpreadsheetGuard.guarded(s)
        case let .number(s): return SheetCell.isPlainNumber(s) ? s : SpreadsheetGuard.guarded(s)
        case .empty: return ""
        }
    }

    /// `-12`, `3.5`, `1e-3`: digits with an optional sign, point and
    /// exponent, which every spreadsheet reads as a number and nothing else.
    static func isPlainNumber(_ s: String) -> Bool {
        var bytes = Substring(s).utf8[...]
        func digits() -> Int {
            let run = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            bytes = bytes.dropFirst(run.count)
            return run.count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard digits() > 0 else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

/// A table for a spreadsheet: a header row, optional further header rows
/// (the HXL hashtags of a 3W), then the data rows.
struct Sheet: Equatable {
    var header: [String]
    var tagRows: [[String]] = []
    var rows: [[SheetCell]] = []

    /// The file's text: UTF-8 with a byte-order mark (without one Excel
    /// reads a CSV in the computer's legacy code page and Thai turns to
    /// mojibake), RFC 4180 quoting, CRLF line ends (as Excel writes them;
    /// a line break inside a cell stays LF, in quotes).
    var csv: String {
        var out = "\u{FEFF}"
        for row in [header] + tagRows {
            out += row.map { Sheet.quoted(SheetCell.words($0).written) }.joined(separator: ",") + "\r\n"
        }
        for row in rows {
            out += row.map { Sheet.quoted($0.written) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A cell in quotes when it holds a comma, a quote, a line break or
    /// leading or trailing space (which some readers trim), quotes doubled.
    static func quoted(_ cell: String) -> String {
        let needs = cell.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || cell.first?.isWhitespace == true || cell.last?.isWhitespace == true
        guard needs else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
