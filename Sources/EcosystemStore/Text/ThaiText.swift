import Foundation

extension String {
    /// NFC, never NFKC: NFKC turns SARA AM (ำ) into NIKHAHIT + SARA AA.
    public var nfc: String { precomposedStringWithCanonicalMapping }

    /// The form text is searched in: NFC and lower-cased (Thai has no case).
    public var searchFolded: String { nfc.lowercased() }

    public func trimmingWhitespace() -> String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Number of Unicode scalars; FTS5's trigram tokenizer counts in scalars,
    /// not in grapheme clusters (ที่ is one cluster and three scalars).
    public var scalarCount: Int { unicodeScalars.count }
}

/// Sorting Thai as a Thai dictionary does: a leading vowel (เ แ โ ใ ไ) is
/// written before its consonant but sorted after it, and tone marks only
/// break ties. A plain code-point sort files "เวียง" under เ.
public enum ThaiCollation {
    private static func isLeadingVowel(_ s: Unicode.Scalar) -> Bool {
        (0x0E40...0x0E44).contains(s.value)
    }
    private static func isToneOrMark(_ s: Unicode.Scalar) -> Bool {
        (0x0E48...0x0E4C).contains(s.value) || s.value == 0x0E47
    }
    private static func isThaiConsonant(_ s: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E2E).contains(s.value)
    }

    /// Primary key: leading vowels swapped behind their consonant, tone marks
    /// dropped, Latin lower-cased. Secondary: the original scalars.
    public static func key(_ text: String) -> [UInt32] {
        let scalars = Array(text.lowercased().unicodeScalars)
        var primary: [UInt32] = []
        primary.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if isLeadingVowel(s), i + 1 < scalars.count, isThaiConsonant(scalars[i + 1]) {
                primary.append(scalars[i + 1].value)
                primary.append(s.value)
                i += 2
                continue
            }
            if !isToneOrMark(s) { primary.append(s.value) }
            i += 1
        }
        primary.append(0)
        primary.append(contentsOf: scalars.map(\.value))
        return primary
    }

    /// True when `a` sorts before `b` in Thai dictionary order.
    public static func less(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }
}
