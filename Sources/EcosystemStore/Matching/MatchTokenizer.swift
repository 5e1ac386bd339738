/// A term of a description and where it lies: `range` counts Unicode
/// scalars of the segment it was cut from.
public struct MatchToken: Sendable, Equatable {
    public var key: String
    public var range: Range<Int>

    public init(key: String, range: Range<Int>) {
        self.key = key
        self.range = range
    }
}

/// Cuts a segment of folded text — letters and digits only, no spaces,
/// punctuation or phrase-list terms left in it — into terms.
///
/// Thai writes no spaces between words, so the default cuts character
/// trigrams, as the search's FTS5 index does. A dictionary word breaker can
/// take its place: it returns words (with their ranges) instead, and the
/// matcher treats them the same way (shared terms must form a shared stretch
/// of at least `MatchOptions.minimumRunScalars` scalars).
public protocol MatchTokenizer: Sendable {
    func tokens(of segment: [Unicode.Scalar]) -> [MatchToken]
}

/// Overlapping trigrams of Unicode scalars (FTS5's trigram tokenizer counts
/// scalars too: ที่ is three). A Latin segment is one word: its trigrams do
/// not cross spaces, which the segmenter has already removed.
public struct TrigramTokenizer: MatchTokenizer {
    public init() {}

    public func tokens(of segment: [Unicode.Scalar]) -> [MatchToken] {
        guard segment.count >= 3 else { return [] }
        var out: [MatchToken] = []
        out.reserveCapacity(segment.count - 2)
        for i in 0...(segment.count - 3) {
            var key = String.UnicodeScalarView()
            key.append(contentsOf: segment[i..<(i + 3)])
            out.append(MatchToken(key: String(key), range: i..<(i + 3)))
        }
        return out
    }
}

/// Thai letters as the matcher groups them: which scalars belong to words,
/// and where a Thai syllable (character cluster) may begin, so that a shared
/// stretch shown in a reason never starts or ends inside one.
enum ThaiLetters {
    /// Thai consonants, vowels, tone marks and digits (not ฯ, ๆ, ๏, ๚, ๛, which
    /// end or repeat words like punctuation).
    static func isThai(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0E01...0x0E2E).contains(v) || (0x0E30...0x0E3A).contains(v) || (0x0E40...0x0E45).contains(v)
            || (0x0E47...0x0E4E).contains(v) || (0x0E50...0x0E59).contains(v)
    }

    static func isLatinOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v)
            || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isThai(s) || isLatinOrDigit(s) }

    /// Vowels written after or over/under their consonant, tone marks and
    /// other marks: never the first scalar of a syllable.
    static func isDependent(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x0E30 || v == 0x0E31 || (0x0E32...0x0E3A).contains(v) || v == 0x0E45 || (0x0E47...0x0E4E).contains(v)
    }

    /// เ แ โ ใ ไ: written before their consonant, so never the last scalar.
    static func isLeadingVowel(_ s: Unicode.Scalar) -> Bool { (0x0E40...0x0E44).contains(s.value) }

    static func isConsonant(_ s: Unicode.Scalar) -> Bool { (0x0E01...0x0E2E).contains(s.value) }

    /// True when a cut before index `i` of `text` does not split a
    /// character cluster: not before a dependent vowel or mark, not after a
    /// leading vowel. (It cannot tell every word boundary — Thai needs a
    /// dictionary for that — but a reason never shows half a cluster.)
    static func isClusterBoundary(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0, i < text.count else { return true }
        let next = text[i], previous = text[i - 1]
        if !isThai(next) || !isThai(previous) { return true }
        return !isDependent(next) && !isLeadingVowel(previous)
    }
}
