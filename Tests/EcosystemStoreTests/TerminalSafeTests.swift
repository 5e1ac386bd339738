import Foundation
import XCTest
@testable import EcosystemStore

/// The terminal sanitiser and the JSON escaper over generated hostile text:
/// ESC/CSI/OSC/DCS sequences, BEL, backspace, CR, DEL, C1 controls, bidi
/// overrides and isolates, lone combining marks, between Thai and Latin text.
final class TerminalSafeTests: XCTestCase {
    static let hostile = ["\u{1B}[2J", "\u{1B}]0;owned\u{07}", "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}P+q\u{1B}\\", "\u{1B}[31m",
                          "\u{07}", "\u{08}", "\r", "\u{7F}", "\u{9B}31m", "\u{9D}0;t\u{9C}", "\u{85}", "\u{90}",
                          "\u{202E}", "\u{202D}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{00}", "\u{1F}"]
    static let plain = ["ชมรมผู้สูงอายุ", "Wiang", " ", "น้ำ", "\u{0E48}", "\u{0301}", "😀", "123", "\t", "\n", "\r\n", "\u{200F}", "é"]

    /// A string of 1 to 8 pieces, hostile ones with probability `hostility`.
    static func generated(_ g: inout SplitMix64, hostility: UInt64 = 50) -> String {
        (0..<(1 + Int(g.next() % 8))).map { _ in
            g.next() % 100 < hostility ? hostile[Int(g.next() % UInt64(hostile.count))] : plain[Int(g.next() % UInt64(plain.count))]
        }.joined()
    }

    /// Undoes the escapes (the generated text has no backslash of its own).
    private func unescaped(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 1 < scalars.count, scalars[i + 1] == "x" || scalars[i + 1] == "u" {
                let digits = scalars[i + 1] == "x" ? 2 : 4
                let hex = String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 2 + digits)]))
                out.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
                i += 2 + digits
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    func testTextShowsEveryControlAndKeepsEverythingElse() {
        var g = SplitMix64(seed: 4)
        for _ in 0..<5000 {
            let s = Self.generated(&g)
            let text = TerminalSafe.text(s)
            let scalars = Array(text.unicodeScalars)
            for (i, c) in scalars.enumerated() where TerminalSafe.isControl(c) {
                let layout = c == "\n" || c == "\t" || (c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
                XCTAssertTrue(layout, "\(s.debugDescription) → \(text.debugDescription)")
            }
            XCTAssertEqual(unescaped(text), s, "what is shown is what is stored")
            XCTAssertEqual(TerminalSafe.text(text), text, "idempotent")

            let line = TerminalSafe.line(s)
            XCTAssertFalse(line.unicodeScalars.contains(where: TerminalSafe.isControl), line.debugDescription)
            XCTAssertEqual(TerminalSafe.line(line), line)
        }
    }

    func testOrdinaryTextIsLeftAlone() {
        var g = SplitMix64(seed: 5)
        for _ in 0..<2000 {
            let s = Self.generated(&g, hostility: 0)
            XCTAssertEqual(TerminalSafe.text(s), s)
            var oneLine = String.UnicodeScalarView()
            var previous: Unicode.Scalar?
            for c in s.unicodeScalars {
                if c == "\n" && previous == "\r" { previous = c; continue }
                oneLine.append(c == "\t" || c == "\n" || c == "\r" ? " " : c)
                previous = c
            }
            XCTAssertEqual(TerminalSafe.line(s), String(oneLine))
        }
        XCTAssertEqual(TerminalSafe.text("Wiang\u{1B}]0;owned\u{07}"), "Wiang\\x1b]0;owned\\x07")
        XCTAssertEqual(TerminalSafe.text("\u{202E}gnp.exe"), "\\u202egnp.exe")
        XCTAssertEqual(TerminalSafe.text("a\rb\r\nc"), "a\\x0db\r\nc")
        XCTAssertEqual(TerminalSafe.line("\u{9B}2J"), "\\u009b2J")
    }

    /// JSON output keeps the value exactly and shows no control to a terminal.
    func testJSONEscapesEveryControl() throws {
        var g = SplitMix64(seed: 6)
        for _ in 0..<2000 {
            let s = Self.generated(&g)
            let quoted = JSONString.quoted(s)
            XCTAssertFalse(quoted.unicodeScalars.contains(where: TerminalSafe.isControl), quoted.debugDescription)
            let back = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            XCTAssertEqual(back?.first.map { Array($0.unicodeScalars) }, Array(s.unicodeScalars), s.debugDescription)
        }
        XCTAssertEqual(JSONString.quoted("\u{1B}[2J\u{202E}"), "\"\\u001b[2J\\u202e\"")
    }
}
