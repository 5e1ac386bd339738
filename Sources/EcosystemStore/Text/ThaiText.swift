import Foundation

extension String {
    /// NFC, never NFKC: NFKC turns SARA AM (ำ) into NIKHAHIT + SARA AA.
    /// Text that is already NFC (nearly all of it) is returned without a
    /// trip through Foundation, which dominated indexing time.
    public var nfc: String { isKnownNFC ? self : precomposedStringWithCanonicalMapping }

    /// True when every scalar is below U+0300 or Thai, and no Thai tone mark
    /// (combining class 107) stands before a below-vowel (class 103) that
    /// NFC would move in front of it. Such text is unchanged by NFC.
    private var isKnownNFC: Bool {
        var previousWasTone = false
        for s in unicodeScalars {
            let v = s.value
            if v < 0x300 { previousWasTone = false; continue }
            guard (0x0E00...0x0E7F).contains(v) else { return false }
            if (0x0E38...0x0E3A).contains(v), previousWasTone { return false }
            previousWasTone = (0x0E48...0x0E4B).contains(v)
        }
        return true
    }

    /// Substring test on UTF-8 bytes: both sides are already folded, so
    /// byte equality is the right equality, and it avoids Foundation's
    /// locale-aware `contains`, which cost more than the query itself.
    public func containsBytes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first && memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

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
