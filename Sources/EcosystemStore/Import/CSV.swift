/// RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines,
/// CRLF or LF, an optional UTF-8 byte-order mark.
///
/// Strict, because a lenient reader changes data without a word: a file
/// either reads exactly as its rows were written or is refused with a
/// ``CSVError`` naming the line and what to do, before any row is used.
/// Refused: a carriage return alone (old Mac line endings: two rows would
/// merge), a quote inside a cell that does not start with one or text
/// after a closing quote (a cell whose quotes were damaged), a quoted cell
/// left open, a row with more or fewer cells than the header (a cell would
/// be shifted, padded or cut), and a header naming a column twice (one of
/// the two would be ignored). Blank lines are skipped.
///
/// A data cell that starts with `'` followed by `=`, `+`, `-`, `@`, a tab, a
/// carriage return or another `'` loses that first `'`: it is the guard the
/// exports put before text a spreadsheet would run as a formula
/// (``SpreadsheetGuard``), not part of the data, so a file `tisep export-csv`
/// wrote — or a spreadsheet saved after opening it — imports exactly.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Each row with the 1-based line number where it starts in the file.
    public let rows: [(line: Int, fields: [String])]

    /// Parses `text`; the first record is the header.
    public init(text: String) throws {
        var records = try CSVTable.parse(text)
        guard !records.isEmpty else { throw CSVError(line: 1, problem: "the file is empty; save the sheet with its header row") }
        let first = records.removeFirst()
        header = first.fields.map { $0.trimmingWhitespace() }
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() where !name.isEmpty {
            if let earlier = seen[name.lowercased()] {
                throw CSVError(line: first.line, problem: "the header names the column '\(name)' twice (columns \(earlier + 1) and \(i + 1)); remove or rename one")
            }
            seen[name.lowercased()] = i
        }
        rows = records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
        for row in rows where row.fields.count != header.count {
            throw CSVError(line: row.line, problem: "this row has " + NumberText.count(row.fields.count, "cell") + " but the header has \(header.count) columns; look for a missing or extra comma (a cell that holds a comma must be in quotes)")
        }
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
        // A quoted cell has just closed: only a comma or the end of the line may follow.
        var closed = false
        var line = 1
        var recordLine = 1
        var i = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 // a byte-order mark
        let n = all.count
        func take() -> String {
            defer { field.removeAll(keepingCapacity: true) }
            closed = false
            if !out.isEmpty { SpreadsheetGuard.unguard(&field) } // data cells, not the header
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
                        closed = true
                    }
                } else {
                    if c == lf { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case comma:
                fields.append(take())
            case cr:
                guard i < n, all[i] == lf else { throw CSVError.loneCarriageReturn(line: line) }
            case lf:
                fields.append(take())
                out.append((recordLine, fields))
                fields = []
                line += 1
                recordLine = line
            case quote where field.isEmpty && !closed:
                inQuotes = true
            case quote where !closed:
                throw CSVError(line: line, problem: "a cell has a quote (\") inside it but does not start with one; put the whole cell in quotes and double each quote inside it (\"\"), as spreadsheets do")
            default:
                if closed {
                    throw CSVError(line: line, problem: "text follows the closing quote of a cell; put the whole cell in quotes and double each quote inside it (\"\")")
                }
                field.append(c)
            }
        }
        if inQuotes {
            throw CSVError(line: recordLine, problem: "a quoted cell is not closed before the end of the file; add its closing quote (\")")
        }
        if !field.isEmpty || !fields.isEmpty || closed {
            fields.append(take())
            out.append((recordLine, fields))
        }
        return out
    }
}

/// Why a CSV file was refused: the line and what to do. Nothing of the
/// file is used then.
public struct CSVError: Error, CustomStringConvertible, Equatable, Sendable {
    public let line: Int
    public let problem: String

    public init(line: Int, problem: String) {
        self.line = line
        self.problem = problem
    }

    static func loneCarriageReturn(line: Int) -> CSVError {
        CSVError(line: line, problem: "a carriage return (CR) without a line feed ends a line (old Mac line endings), so rows would merge; save the file again as CSV UTF-8, which ends lines with LF or CRLF")
    }

    public var description: String { "line \(line): \(problem)" }
}
