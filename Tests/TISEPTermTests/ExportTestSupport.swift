import Foundation
import XCTest

/// An RFC 4180 reader of the tests' own, independent of tisep's
/// `CSVTable` (which takes the formula guard off): it gives the cells
/// exactly as the file holds them, as a spreadsheet would see them.
enum RawCSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            if quoted {
                if c == "\"" {
                    if i < chars.count, chars[i] == "\"" { cell.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\r", i < chars.count, chars[i] == "\n" {
                continue
            } else if c == "\n" {
                row.append(cell); cell = ""
                rows.append(row); row = []
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    /// The rows of a file as dictionaries by header (the first row).
    static func records(_ text: String, headerRows: Int = 1) -> (header: [String], rows: [[String: String]]) {
        let all = rows(text)
        guard let header = all.first else { return ([], []) }
        return (header, all.dropFirst(headerRows).map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }
}

/// The first bytes of a file.
func fileHead(_ path: String, _ count: Int) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(count))
}

/// A file's owner, group and other permission bits.
func fileMode(_ path: String) throws -> Int {
    try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) & 0o777
}
