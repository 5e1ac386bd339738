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

    /// The form text is searched in: NFC and lower-cased (Thai has no case).
    public var searchFolded: String { nfc.lowercasedThaiFast }

    /// `lowercased()`, quicker for text of only ASCII and Thai (U+0E00–
    /// U+0E7F, which has no case): those need only A–Z mapped, and text
    /// without A–Z is returned as is. Other text takes `lowercased()`.
    /// Every search document is folded, so this is on every bulk write.
    var lowercasedThaiFast: String {
        var hasUpper = false
        var simple = true
        utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A { hasUpper = true }
                    i += 1
                } else if b == 0xE0, i + 2 < bytes.count, bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 {
                    i += 3
                } else {
                    simple = false
                    return
                }
            }
        } ?? { simple = false }()
        guard simple else { return lowercased() }
        guard hasUpper else { return self }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Without leading and trailing white space, as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`: the scalars of
    /// Unicode's White_Space property and, as Foundation has it, U+200B.
    /// Written out because Foundation's version goes through NSString on
    /// Linux, which was a sixth of an `import-entities` (every cell of
    /// every row is trimmed); a string with nothing to trim is returned as is.
    public func trimmingWhitespace() -> String {
        func trimmed(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace || s.value == 0x200B }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, trimmed(first) || trimmed(last) else { return self }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, trimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
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
    /// (Hot: ranking computes one per search candidate, so no `lowercased()`
    /// and no intermediate arrays; Thai has no case.)
    public static func key(_ text: String) -> [UInt32] {
        var primary: [UInt32] = []
        var secondary: [UInt32] = []
        primary.reserveCapacity(text.utf8.count / 2 + 2)
        secondary.reserveCapacity(text.utf8.count / 2 + 1)
        var pendingVowel: UInt32? = nil
        for s in text.unicodeScalars {
            var v = s.value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            secondary.append(v)
            if let vowel = pendingVowel {
                pendingVowel = nil
                if isThaiConsonant(Unicode.Scalar(v)!) {
                    primary.append(v)
                    primary.append(vowel)
                    continue
                }
                primary.append(vowel)
            }
            if isLeadingVowel(s) { pendingVowel = v; continue }
            if !isToneOrMark(s) { primary.append(v) }
        }
        if let vowel = pendingVowel { primary.append(vowel) }
        primary.append(0)
        primary.append(contentsOf: secondary)
        return primary
    }

    /// True when `a` sorts before `b` in Thai dictionary order.
    public static func less(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }
}
