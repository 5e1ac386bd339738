import Foundation
import XCTest
@testable import EcosystemStore

/// The Thai line breaker on real text: the demo data's names and
/// descriptions and paragraphs of the seeds (`Fixtures/thai-text/`).
final class ThaiLineBreakTests: XCTestCase {
    static let texts = ThaiSentences.demo + ThaiSentences.seeds

    func testTheFixtureIsThere() {
        XCTAssertGreaterThan(ThaiSentences.demo.count, 50)
        XCTAssertEqual(ThaiSentences.seeds.count, 8)
    }

    /// Words a coordinator saw cut in half on screen (`ตกห|ล่น`, `สุขภา|พ`)
    /// and other words of the demo data and the seeds that must stay whole.
    static let wholeWords = ["ตกหล่น", "สุขภาพ", "ผู้สูงอายุ", "เปราะบาง", "ครัวเรือน", "สวัสดิการ", "ทะเบียน",
                             "ประชาสังคม", "เชียงคำ", "พะเยา", "ความเหลื่อมล้ำ", "ภูมิปัญญา", "วิสาหกิจ",
                             "ชุมชน", "โรงพยาบาล", "ส่งเสริม", "ความรุนแรง", "ครอบครัว", "ยากจน", "ทรัพยากร"]

    func testTheEmbeddedListDecodesSortedAndWhole() {
        let d = ThaiDictionary.standard
        XCTAssertEqual(d.count, ThaiWordList.wordCount)
        let words = d.words
        XCTAssertTrue(zip(words, words.dropFirst()).allSatisfy { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) },
                      "sorted by code point, no duplicates: the prefix search relies on it")
        for w in Self.wholeWords + ["อบต.", "พ.ย.", "รพ.สต.", "น้ำ", "เลขาธิการ", "ณ"] {
            XCTAssertTrue(d.contains(w), w)
        }
        for w in ["ตกห", "สุขภา", "", "abc", "ผู้สูงอายุx"] { XCTAssertFalse(d.contains(w), w) }
        // A dictionary built from the words is the same dictionary.
        let sample = Array(words.prefix(3000))
        XCTAssertEqual(ThaiDictionary(words: sample.reversed()).words, sample)
    }

    func testSegmentsRealSentencesIntoWords() {
        XCTAssertEqual(ThaiWordBreaker.words("ข้อมูลรายครัวเรือนของผู้สูงอายุยากจนและผู้ที่ตกหล่นจากสวัสดิการของรัฐ"),
                       ["ข้อมูล", "ราย", "ครัวเรือน", "ของ", "ผู้สูงอายุ", "ยากจน", "และ", "ผู้", "ที่", "ตกหล่น", "จาก", "สวัสดิการ", "ของ", "รัฐ"])
        XCTAssertEqual(ThaiWordBreaker.words("ข้อมูลสุขภาพและผู้มีภาวะพึ่งพิงรายครัวเรือน"),
                       ["ข้อมูล", "สุขภาพ", "และ", "ผู้", "มี", "ภาวะ", "พึ่งพิง", "ราย", "ครัวเรือน"])
        // Abbreviations keep their full stops; ฯ and ๆ stay with their word.
        XCTAssertEqual(ThaiWordBreaker.words("รพ.สต.เวียง ให้บริการ"), ["รพ.สต.", "เวียง", "ให้บริการ"])
        XCTAssertEqual(ThaiWordBreaker.words("เลขาธิการฯ กล่าวว่า"), ["เลขาธิการฯ", "กล่าวว่า"])
        XCTAssertEqual(ThaiWordBreaker.words("หน่วยงานต่างๆ"), ["หน่วยงาน", "ต่างๆ"])
        // Latin words, numbers with their separators, and Thai side by side.
        XCTAssertEqual(ThaiWordBreaker.words("ศูนย์พึ่งได้ (OSCC) ไม่เกิน 3,000 บาท/ครั้ง โทร 081-555-1234"),
                       ["ศูนย์", "พึ่ง", "ได้", "OSCC", "ไม่", "เกิน", "3,000", "บาท", "ครั้ง", "โทร", "081-555-1234"])
        XCTAssertEqual(ThaiWordBreaker.words("ปี2568ข้อมูล"), ["ปี", "2568", "ข้อมูล"])
    }

    func testLettersNoWordCoversStayTogether() {
        // Not words: one unknown piece, not a letter at a time.
        let pieces = ThaiWordBreaker.pieces("ฮฮฮฮฮ")
        XCTAssertEqual(pieces.map(\.kind), [.thaiUnknown])
        // A name the list lacks, between known words: the known words are still found.
        let words = ThaiWordBreaker.words("นางสาวฌฌฌฌเป็นประธาน")
        XCTAssertEqual(words.first, "นางสาว")
        XCTAssertEqual(words.suffix(2), ["เป็น", "ประธาน"])
    }

    /// The pieces cover the text, start only at grapheme cluster boundaries,
    /// and Thai pieces never start with a mark or a following vowel nor end
    /// with a leading vowel.
    func testPiecesCoverTheTextAndKeepClustersWhole() {
        for text in Self.texts + ["น้ำ", "ก\u{0E49}\u{0E49}", "\u{0E48}เริ่มด้วยวรรณยุกต์", "ผู้สูงอายุ\u{200B}ยากจน"] {
            let pieces = ThaiWordBreaker.pieces(text)
            XCTAssertEqual(pieces.map { String(text[$0.range]) }.joined(), text)
            XCTAssertEqual(pieces.first?.range.lowerBound, text.startIndex)
            XCTAssertTrue(zip(pieces, pieces.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
            let clusterStarts = Set(text.indices)
            for piece in pieces {
                XCTAssertTrue(clusterStarts.contains(piece.range.lowerBound), "a piece starts inside a cluster in \(text)")
                let s = String(text[piece.range])
                guard piece.kind == .thaiWord || piece.kind == .thaiUnknown, piece.range.lowerBound != text.startIndex,
                      let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { continue }
                XCTAssertFalse([0x0E30, 0x0E32, 0x0E33, 0x0E45].contains(first.value) || DisplayWidth.columns(first) == 0,
                               "'\(s)' starts with a vowel that follows its consonant, in \(text)")
                XCTAssertFalse((0x0E40...0x0E44).contains(last.value), "'\(s)' ends with a leading vowel, in \(text)")
            }
        }
    }

    /// What a coordinator reads: at widths from a narrow pane to a wide one, lines fit, words stay
    /// whole, and nothing is lost or added.
    func testWrappingRealTextAtManyWidths() {
        for word in Self.wholeWords {
            XCTAssertTrue(Self.texts.contains { $0.contains(word) }, "\(word) is in the fixture, so the test can see it split")
        }
        for text in Self.texts {
            for width in [8, 9, 10, 11, 12, 13, 14, 16, 18, 20, 23, 26, 30, 34, 40, 48, 60] {
                let ranges = LineWrap.lines(text, width: width)
                let lines = ranges.map { String(text[$0]) }
                XCTAssertEqual(lines, LineWrap.wrap(text, width: width))
                for line in lines {
                    XCTAssertLessThanOrEqual(DisplayWidth.columns(line), width, "\(line) at width \(width)")
                    XCTAssertFalse(line.hasSuffix(" "), "a line ends with the space it broke at")
                }
                // Joined with what lies between them (only white space), the lines are the text.
                var rebuilt = ""
                var previous = text.startIndex
                for r in ranges {
                    let between = text[previous..<r.lowerBound]
                    XCTAssertTrue(between.allSatisfy(\.isWhitespace), "'\(between)' dropped at width \(width)")
                    rebuilt += between + text[r]
                    previous = r.upperBound
                }
                rebuilt += text[previous...]
                XCTAssertEqual(rebuilt, text)
                XCTAssertTrue(text[previous...].allSatisfy(\.isWhitespace))
                // No line break inside a word that fits the width.
                for word in Self.wholeWords where DisplayWidth.columns(word) <= width {
                    var from = text.startIndex
                    while let found = text.range(of: word, range: from..<text.endIndex) {
                        for r in ranges.dropLast() where found.contains(r.upperBound) && r.upperBound != found.lowerBound {
                            XCTFail("'\(word)' split at width \(width): \(lines)")
                        }
                        from = found.upperBound
                    }
                }
            }
        }
    }

    func testTheDetailPaneCasesOfTheIssue() {
        // ตกห|ล่น and สุขภา|พ were on screen; the breaker puts the whole word on the next line.
        XCTAssertEqual(LineWrap.wrap("ค้นหากลุ่มเปราะบางที่ตกหล่นจากบริการรัฐ", width: 20),
                       ["ค้นหากลุ่มเปราะบางที่", "ตกหล่นจากบริการรัฐ"])
        XCTAssertEqual(LineWrap.wrap("คัดกรองสุขภาพผู้สูงอายุ", width: 10), ["คัดกรอง", "สุขภาพ", "ผู้สูงอายุ"])
        // A bullet is never left alone at the end of a line: it goes down with its text.
        let log = "2 พ.ย. 2568 · สมศรี · โทรศัพท์ · ส่งต่อ รพ.สต. แล้ว"
        for width in 6...40 {
            for line in LineWrap.wrap(log, width: width) {
                XCTAssertFalse(line.hasSuffix("·"), "\(line) at width \(width)")
                XCTAssertNotEqual(line, "·")
            }
        }
        XCTAssertEqual(LineWrap.wrap("ป่าชุมชน · สุขภาพ", width: 10), ["ป่าชุมชน", "· สุขภาพ"])
    }

    func testMarksThatCloseNeverStartALine() {
        XCTAssertEqual(LineWrap.wrap("หน่วยงานต่าง ๆ", width: 10), ["หน่วยงาน", "ต่าง ๆ"])
        XCTAssertEqual(LineWrap.wrap("ยากจน 12.5%", width: 6), ["ยากจน", "12.5%"])
        XCTAssertEqual(LineWrap.wrap("ประชุม (สศช.)", width: 8), ["ประชุม", "(สศช.)"])
        XCTAssertEqual(LineWrap.wrap("กรุงเทพฯ เชียงคำ", width: 8), ["กรุงเทพฯ", "เชียงคำ"])
    }

    func testLinesParagraphsAndPiecesWiderThanTheWidth() {
        XCTAssertEqual(LineWrap.wrap("", width: 10), [])
        XCTAssertEqual(LineWrap.wrap("เวียง", width: 0), [])
        XCTAssertEqual(LineWrap.wrap("เวียง\n\nเชียงคำ\n", width: 10), ["เวียง", "", "เชียงคำ"])
        XCTAssertEqual(LineWrap.wrap("  ย่อหน้า ผู้สูงอายุ", width: 12), ["  ย่อหน้า", "ผู้สูงอายุ"])
        // An e-mail address wider than the pane is cut, not lost.
        let mail = "saraban.wiang.560101@demo.invalid"
        XCTAssertEqual(LineWrap.wrap(mail, width: 12).joined(), mail)
        XCTAssertTrue(LineWrap.wrap(mail, width: 12).allSatisfy { DisplayWidth.columns($0) <= 12 })
        // ... after the marks that part it, where one is on the line.
        XCTAssertEqual(LineWrap.wrap(mail, width: 12), ["saraban.", "wiang.", "560101@demo.", "invalid"])
        XCTAssertEqual(LineWrap.wrap("https://tambon.example.org/560307/forest-committee", width: 20),
                       ["https://", "tambon.example.org/", "560307/forest-", "committee"])
        // An address that starts with digits is one word too: it goes to the
        // next line whole, never broken after "560101." where it fits.
        XCTAssertEqual(ThaiWordBreaker.words("560101.hph1@demo.invalid"), ["560101.hph1@demo.invalid"])
        XCTAssertEqual(LineWrap.wrap("รพ.สต.เวียง: 093-555-8942, 560101.hph1@demo.invalid", width: 36),
                       ["รพ.สต.เวียง: 093-555-8942,", "560101.hph1@demo.invalid"])
        XCTAssertEqual(ThaiWordBreaker.words("2.5kg 12.5% 29/11/2569"), ["2.5kg", "12.5", "29/11/2569"])
        // A Thai word wider than the width is cut between clusters where spelling allows.
        let cut = LineWrap.wrap("องค์การบริหารส่วนจังหวัด", width: 5)
        XCTAssertEqual(cut.joined(), "องค์การบริหารส่วนจังหวัด")
        for line in cut {
            XCTAssertLessThanOrEqual(DisplayWidth.columns(line), 5)
            XCTAssertFalse(line.unicodeScalars.last.map { (0x0E40...0x0E44).contains($0.value) } ?? false, line)
            XCTAssertNotEqual(line.unicodeScalars.first.map(DisplayWidth.columns), 0, line)
        }
        // SARA AM is a column: น้ำ is two.
        XCTAssertEqual(LineWrap.wrap("น้ำ น้ำ", width: 2), ["น้ำ", "น้ำ"])
        // A wide character alone is wider than width 1: it stands alone rather than vanish.
        XCTAssertEqual(LineWrap.wrap("中文", width: 1), ["中", "文"])
    }

    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.columns("ผู้สูงอายุ"), 6)
        XCTAssertEqual(DisplayWidth.columns("น้ำ"), 2)
        XCTAssertEqual(DisplayWidth.columns("ที่"), 1)
        XCTAssertEqual(DisplayWidth.columns("กรุงเทพมหานคร"), 12)
        XCTAssertEqual(DisplayWidth.columns("中文 ab"), 7)
    }
}

/// The examples in the doc comments are true.
final class ThaiLineBreakDocExampleTests: XCTestCase {
    func testDocumentedExamples() {
        XCTAssertEqual(ThaiWordBreaker.words("ฐานข้อมูลกลุ่มเปราะบางที่ตกหล่น"), ["ฐานข้อมูล", "กลุ่มเปราะบาง", "ที่", "ตกหล่น"])
        XCTAssertEqual(LineWrap.wrap("ข้อมูลรายครัวเรือนของผู้สูงอายุยากจนและผู้ที่ตกหล่นจากสวัสดิการของรัฐ", width: 20),
                       ["ข้อมูลรายครัวเรือนของ", "ผู้สูงอายุยากจนและผู้ที่", "ตกหล่นจากสวัสดิการของรัฐ"])
        XCTAssertEqual(LineWrap.wrap("ป่าชุมชน · สุขภาพ", width: 10), ["ป่าชุมชน", "· สุขภาพ"])
        XCTAssertTrue(ThaiDictionary.standard.contains("สุขภาพ"))
        XCTAssertTrue(ThaiDictionary(words: ["ตา", "ตาก", "ลม"]).contains("ตาก"))
        XCTAssertEqual(DisplayWidth.columns("ผู้สูงอายุ"), 6)
    }
}
