import XCTest
import AsciiMap
import EcosystemStore

/// The store's text layout (`DisplayWidth`, used by `LineWrap`) and the
/// map's (`TextWidth`) keep one width rule in two modules that must not
/// depend on each other; this holds them to it over every assigned character.
final class DisplayWidthAgreementTests: XCTestCase {
    func testBothWidthRulesAgreeOnEveryCharacter() {
        var disagreements: [String] = []
        // Planes 0–3 and 14: every assigned character but private use.
        for v in Array(UInt32(0)...0x3FFFF) + Array(0xE0000...0xE0FFF) {
            guard let s = Unicode.Scalar(v) else { continue }  // surrogates
            if DisplayWidth.columns(s) != TextWidth.width(of: s) { disagreements.append(String(v, radix: 16)) }
        }
        XCTAssertEqual(disagreements, [])
        for text in ["น้ำ", "ผู้สูงอายุ", "กรุงเทพมหานคร", "中文 ab", "e\u{301}"] {
            XCTAssertEqual(DisplayWidth.columns(text), TextWidth.width(of: text), text)
        }
    }
}
