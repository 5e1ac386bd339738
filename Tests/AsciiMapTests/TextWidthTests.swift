import XCTest
import AsciiMap

final class TextWidthTests: XCTestCase {
    func testThaiWidths() {
        XCTAssertEqual(TextWidth.width(of: "ที่"), 1)          // two marks above one consonant
        XCTAssertEqual(TextWidth.width(of: "น้ำ"), 2)          // SARA AM is spacing
        XCTAssertEqual(TextWidth.width(of: "ำ"), 1)
        XCTAssertEqual(TextWidth.width(of: "ผู้สูงอายุ"), 6)
        XCTAssertEqual(TextWidth.width(of: "กรุงเทพมหานคร"), 12)
        XCTAssertEqual(Array("น้ำ").count, 1, "one cluster, yet two columns")
        XCTAssertEqual(TextWidth.width(of: Character("น้ำ")), 2)
    }

    func testOtherScripts() {
        XCTAssertEqual(TextWidth.width(of: "abc"), 3)
        XCTAssertEqual(TextWidth.width(of: "地図"), 4)
        XCTAssertEqual(TextWidth.width(of: "ｱ"), 1)          // halfwidth katakana
        XCTAssertEqual(TextWidth.width(of: "Ａ"), 2)          // fullwidth A
        XCTAssertEqual(TextWidth.width(of: "e\u{301}"), 1)   // combining acute
        XCTAssertEqual(TextWidth.width(of: "a\u{200B}b"), 2) // zero-width space is Cf
        XCTAssertEqual(TextWidth.width(of: "\t\n"), 0)
        XCTAssertEqual(TextWidth.width(of: "░▒▓█·…"), 6)
    }

    func testTruncateNeverSplitsAClusterOrExceedsWidth() {
        XCTAssertEqual(TextWidth.truncate("กรุงเทพมหานคร", to: 6), "กรุงเท…")
        XCTAssertEqual(TextWidth.truncate("กรุงเทพมหานคร", to: 12), "กรุงเทพมหานคร")
        XCTAssertEqual(TextWidth.truncate("ที่นี่", to: 1), "…")
        XCTAssertEqual(TextWidth.truncate("ผู้สูงอายุ", to: 3, charset: .ascii), "ผู้สู~")
        XCTAssertEqual(TextWidth.truncate("น้ำท่วม", to: 2), "…", "น้ำ is 2 columns and cannot share 2 with …")
        XCTAssertEqual(TextWidth.truncate("น้ำท่วม", to: 3), "น้ำ…")
        XCTAssertEqual(TextWidth.truncate("地図です", to: 4), "地…")
        XCTAssertEqual(TextWidth.truncate("abc", to: 0), "")
        let samples = ["ที่", "น้ำ", "ผู้สูงอายุ", "กรุงเทพมหานคร", "地図です", "mixed ไทย 地図"]
        for text in samples {
            for columns in 0...16 {
                let cut = TextWidth.truncate(text, to: columns)
                XCTAssertLessThanOrEqual(TextWidth.width(of: cut), columns, "\(text) @\(columns)")
                // Every cluster of the output is a cluster of the input (or the ellipsis).
                let clusters = Set(text.map(String.init)).union(["…"])
                XCTAssertTrue(cut.allSatisfy { clusters.contains(String($0)) }, "\(cut) split a cluster")
            }
        }
    }

    func testNeverStartsWithAnOrphanMark() {
        XCTAssertEqual(TextWidth.truncate("\u{0E48}ก", to: 5), "ก")
        // Slicing from column 1 of "ที่นี่" starts at "นี่", never at a tone mark.
        XCTAssertEqual(TextWidth.slice("ที่นี่", from: 1, width: 5), "นี่")
        XCTAssertEqual(TextWidth.slice("地図", from: 1, width: 3), "図", "a wide cluster cut by the edge is left out")
        XCTAssertEqual(TextWidth.slice("น้ำใส", from: 0, width: 1), "")
    }

    func testPadding() {
        XCTAssertEqual(TextWidth.pad("น้ำ", to: 4), "น้ำ  ")
        XCTAssertEqual(TextWidth.pad("ที่", to: 3, alignment: .right), "  ที่")
        XCTAssertEqual(TextWidth.pad("地図", to: 3), "地…")
        XCTAssertEqual(TextWidth.pad("地図", to: 5, alignment: .right), " 地図")
        XCTAssertEqual(TextWidth.pad("กรุงเทพมหานคร", to: 5, charset: .ascii), "กรุงเ~")
        for columns in 0...14 {
            XCTAssertEqual(TextWidth.width(of: TextWidth.pad("กรุงเทพมหานคร 地図", to: columns)), columns)
        }
    }
}
