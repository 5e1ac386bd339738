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

    /// Works on the UTF-8 bytes: every byte the grammar reacts to (quote,
    /// comma, CR, LF) is ASCII and never part of a multi-byte character,
    /// so this reads the same fields as a walk over characters, several
    /// times faster (a national CSV has a million cells).
    static func parse(_ text: String) throws -> [(line: Int, fields: [String])] {
        var text = text
        return try text.withUTF8 { try parse(bytes: $0) }
    }

    private static func parse(bytes all: UnsafeBufferPointer<UInt8>) throws -> [(line: Int, fields: [String])] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var out: [(Int, [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var i = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 // a byte-order mark
        let n = all.count
        func take() -> String {
            defer { field.removeAll(keepingCapacity: true) }
            return String(decoding: field, as: UTF8.self)
        }
        while i < n {
            let c = all[i]
            i += 1
            if inQuotes {
                if c == quote {
                    if i < n, all[i] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == lf { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case quote where field.isEmpty:
                inQuotes = true
            case comma:
                fields.append(take())
            case cr:
                continue
            case lf:
                fields.append(take())
                out.append((recordLine, fields))
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if inQuotes { throw StoreError.message("line \(recordLine): a quoted field is not closed before the end of the file") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(take())
            out.append((recordLine, fields))
        }
        return out
    }
}
