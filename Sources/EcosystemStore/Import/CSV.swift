/// RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines,
/// CRLF or LF, an optional UTF-8 byte-order mark.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Each row with the 1-based line number where it starts in the file.
    public let rows: [(line: Int, fields: [String])]

    /// Parses `text`; the first record is the header.
    public init(text: String) throws {
        var records = try CSVTable.parse(text)
        guard !records.isEmpty else { throw StoreError.message("the CSV file is empty") }
        let first = records.removeFirst()
        header = first.fields.map { $0.trimmingWhitespace() }
        rows = records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    }

    /// The index of a column, matched without regard to case.
    public func column(_ name: String) -> Int? {
        header.firstIndex { $0.lowercased() == name.lowercased() }
    }

    static func parse(_ text: String) throws -> [(line: Int, fields: [String])] {
        var out: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var it = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                continue
            case "\n":
                fields.append(field)
                out.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw StoreError.message("line \(recordLine): a quoted field is not closed before the end of the file") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            out.append((recordLine, fields))
        }
        return out
    }
}
