import Foundation
import XCTest
@testable import EcosystemStore

/// Generated tables written as CSV the way spreadsheets write them (quotes
/// where needed or at random, LF and CRLF mixed), then damaged: the reader
/// either reads the rows exactly or refuses the file naming the damaged line.
final class CSVDamageTests: XCTestCase {
    private static let cells = ["", "ก", "ผู้สูงอายุ", "a b", " padded ", "x,y", "say \"hi\"", "two\nlines", "tab\there",
                                "cr\r\ninside", "\"", "Wiang", "081-234-5678", "😀", ",", "end\r"]

    /// A CSV text and where each record starts and ends (physical lines).
    private struct Written {
        var text = ""
        var line = 1
        var starts: [Int] = []
        var terminators: [(range: Range<String.Index>, line: Int)] = []
        var cellRanges: [[(range: Range<String.Index>, quoted: Bool, line: Int)]] = []
    }

    private static func write(header: [String], rows: [[String]], random g: inout SplitMix64, lastTerminated: Bool) -> Written {
        var w = Written()
        for (r, record) in ([header] + rows).enumerated() {
            w.starts.append(w.line)
            var ranges: [(Range<String.Index>, Bool, Int)] = []
            for (i, cell) in record.enumerated() {
                if i > 0 { w.text += "," }
                let needs = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
                let quoted = needs || g.next() % 5 == 0
                let body = quoted ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
                let start = w.text.endIndex
                let startLine = w.line
                w.text += body
                ranges.append((start..<w.text.endIndex, quoted, startLine))
                w.line += cell.unicodeScalars.filter { $0 == "\n" }.count
            }
            w.cellRanges.append(ranges)
            if r < rows.count || lastTerminated {
                let start = w.text.endIndex
                w.text += g.next() % 2 == 0 ? "\n" : "\r\n"
                w.terminators.append((start..<w.text.endIndex, w.line))
                w.line += 1
            }
        }
        return w
    }

    private enum Damage: CaseIterable { case none, endings, addCell, removeCell, loneCR, strayQuote, dropClosingQuote, duplicateHeader }

    func testDamagedFilesAreRefusedAtTheirLineOrReadExactly() throws {
        var g = SplitMix64(seed: 55)
        var refused = [String: Int]()
        for round in 0..<4000 {
            let columns = 2 + Int(g.next() % 5)
            let header = (0..<columns).map { "col\($0)" }
            let rows = (0..<(1 + Int(g.next() % 8))).map { _ in
                // The first cell is never empty: a row of one empty cell is a blank line.
                ["r\(g.next() % 100)"] + (1..<columns).map { _ in Self.cells[Int(g.next() % UInt64(Self.cells.count))] }
            }
            let w = Self.write(header: header, rows: rows, random: &g, lastTerminated: g.next() % 3 != 0)
            var text = w.text
            let damage = Damage.allCases[Int(g.next() % UInt64(Damage.allCases.count))]
            let r = 1 + Int(g.next() % UInt64(rows.count)) // a data record (0 is the header)
            var expectedLine: Int?
            switch damage {
            case .none:
                break
            case .endings:
                // Line endings flipped (LF ↔ CRLF) between records, not inside quoted cells.
                for t in w.terminators.reversed() { text.replaceSubrange(t.range, with: text[t.range] == "\n" ? "\r\n" : "\n") }
            case .addCell:
                let end = w.cellRanges[r].last!.range.upperBound
                text.insert(contentsOf: ",extra", at: end)
                expectedLine = w.starts[r]
            case .removeCell:
                let cells = w.cellRanges[r]
                text.removeSubrange(cells[cells.count - 2].range.upperBound..<cells[cells.count - 1].range.upperBound)
                expectedLine = w.starts[r]
            case .loneCR:
                guard r < w.terminators.count else { continue }
                let t = w.terminators[r]
                text.replaceSubrange(t.range, with: "\r")
                expectedLine = t.line
            case .strayQuote:
                guard let cell = w.cellRanges[r].first(where: { !$0.quoted && !text[$0.range].isEmpty }) else { continue }
                text.insert("\"", at: text.index(after: cell.range.lowerBound))
                expectedLine = cell.line
            case .dropClosingQuote:
                guard let cell = w.cellRanges[r].last(where: \.quoted) else { continue }
                text.remove(at: text.index(before: cell.range.upperBound))
                expectedLine = -1 // somewhere at or after the cell's record
            case .duplicateHeader:
                let (a, b) = (Int(g.next() % UInt64(columns)), Int(g.next() % UInt64(columns)))
                guard a != b else { continue }
                let range = w.cellRanges[0][b].range
                text.replaceSubrange(range, with: header[a].uppercased())
                expectedLine = 1
            }
            let what = "round \(round), \(damage), record \(r): \(text.debugDescription)"
            do {
                let table = try CSVTable(text: text)
                XCTAssertNil(expectedLine, "a damaged file was read: \(what)")
                XCTAssertEqual(table.header, header, what)
                XCTAssertEqual(table.rows.map(\.fields), rows, "the rows are read exactly: \(what)")
                XCTAssertEqual(table.rows.map(\.line), Array(w.starts.dropFirst()), what)
            } catch let error as CSVError {
                refused["\(damage)", default: 0] += 1
                guard let expectedLine else { XCTFail("an intact file was refused: \(error) \(what)"); continue }
                if expectedLine > 0 {
                    XCTAssertEqual(error.line, expectedLine, "\(error) \(what)")
                } else {
                    XCTAssertGreaterThanOrEqual(error.line, w.starts[r], "\(error) \(what)")
                }
                XCTAssertTrue(error.problem.contains(";"), "the message says what to do: \(error)")
            }
        }
        for damage in Damage.allCases where damage != .none && damage != .endings {
            XCTAssertGreaterThan(refused["\(damage)", default: 0], 50, "\(damage) was generated often enough")
        }
    }

    func testMessagesNameTheLineAndWhatToDo() {
        func refusal(_ text: String) -> String? {
            do { _ = try CSVTable(text: text); return nil } catch { return "\(error)" }
        }
        XCTAssertEqual(refusal("a,b\r1,2\r3,4\r"), "line 1: a carriage return (CR) without a line feed ends a line (old Mac line endings), so rows would merge; save the file again as CSV UTF-8, which ends lines with LF or CRLF")
        XCTAssertEqual(refusal("a,b\n1,2\n3\n"), "line 3: this row has 1 cell but the header has 2 columns; look for a missing or extra comma (a cell that holds a comma must be in quotes)")
        XCTAssertEqual(refusal("a,b\n1,2,3\n"), "line 2: this row has 3 cells but the header has 2 columns; look for a missing or extra comma (a cell that holds a comma must be in quotes)")
        XCTAssertEqual(refusal("name,Phone,phone\nx,1,2\n"), "line 1: the header names the column 'phone' twice (columns 2 and 3); remove or rename one")
        XCTAssertEqual(refusal("a\n\"open"), "line 2: a quoted cell is not closed before the end of the file; add its closing quote (\")")
        XCTAssertNil(refusal("a,b\n\n1,2\n\n"), "blank lines are skipped")
        XCTAssertNil(refusal("a,,\n1,,\n"), "unnamed columns may repeat")
    }
}
