/// A Thai word list to match text against: which words start at a given
/// place in a run of Thai letters.
///
/// Words are kept sorted, each Thai scalar (U+0E01–U+0E7F) as one byte (its
/// offset in the block) and a full stop as 0, all in one array. Finding the
/// words that start at a position narrows the range of words sharing the
/// prefix read so far by two binary searches per letter; there is no trie
/// to build, so loading is one pass over the embedded list.
///
/// ```swift
/// let d = ThaiDictionary.standard       // PyThaiNLP's list (CC0), 61,485 words
/// d.contains("สุขภาพ")                  // true
/// ThaiDictionary(words: ["ตา", "ตาก", "ลม"]).contains("ตาก")  // true
/// ```
public struct ThaiDictionary: Sendable {
    /// The words, one after another, as codes (see `code(of:)`).
    private let codes: [UInt8]
    /// Word `i` is `codes[starts[i] ..< starts[i + 1]]`.
    private let starts: [Int32]

    /// The embedded list (see `ThaiWordList.swift` for its source and licence),
    /// decoded on first use.
    public static let standard = ThaiDictionary(frontCoded: ThaiWordList.frontCoded)

    /// Number of words.
    public var count: Int { starts.count - 1 }

    /// A dictionary of `words`; words with characters other than Thai
    /// letters and full stops are left out (the breaker never looks them up).
    public init(words: some Sequence<String>) {
        let encoded = Set(words.compactMap(ThaiDictionary.encode)).sorted { $0.lexicographicallyPrecedes($1) }
        var codes: [UInt8] = []
        var starts: [Int32] = [0]
        for word in encoded {
            codes.append(contentsOf: word)
            starts.append(Int32(codes.count))
        }
        self.codes = codes
        self.starts = starts
    }

    /// Decodes the front-coded list: a line is one prefix-length character
    /// and the rest of the word; lines are in code-point order.
    init(frontCoded text: String) {
        var codes: [UInt8] = []
        var starts: [Int32] = [0]
        codes.reserveCapacity(ThaiWordList.wordCount * 9)
        starts.reserveCapacity(ThaiWordList.wordCount + 1)
        var word: [UInt8] = []
        var atLineStart = true
        // The list holds only Thai letters (E0 B8 xx or E0 B9 xx in UTF-8),
        // full stops, the prefix digits and line ends.
        var pending = 0
        var block: UInt8 = 0
        for byte in text.utf8 {
            if atLineStart {
                atLineStart = false
                word.removeSubrange(min(ThaiDictionary.prefixLength(byte), word.count)...)
                continue
            }
            if pending == 1 { block = byte == 0xB8 ? 0 : 0x40; pending = 2; continue }
            if pending == 2 { word.append(block + (byte & 0x3F)); pending = 0; continue }
            switch byte {
            case 0xE0: pending = 1
            case UInt8(ascii: "."): word.append(0)
            case UInt8(ascii: "\n"):
                codes.append(contentsOf: word)
                starts.append(Int32(codes.count))
                atLineStart = true
            default: break
            }
        }
        if !atLineStart {
            codes.append(contentsOf: word)
            starts.append(Int32(codes.count))
        }
        self.codes = codes
        self.starts = starts
    }

    private static func prefixLength(_ digit: UInt8) -> Int {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(digit - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(digit - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(digit - UInt8(ascii: "a")) + 36
        default: return 0
        }
    }

    /// The code of a scalar that can be part of a dictionary word: its
    /// offset in the Thai block (1–0x7F), 0 for a full stop, else nil.
    @inline(__always)
    static func code(of scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v > 0x0E00 && v <= 0x0E7F { return UInt8(v - 0x0E00) }
        return v == 0x2E ? 0 : nil
    }

    static func encode(_ word: String) -> [UInt8]? {
        var out: [UInt8] = []
        for s in word.unicodeScalars {
            guard let c = code(of: s) else { return nil }
            out.append(c)
        }
        // A word of full stops alone is not a word.
        return out.contains(where: { $0 != 0 }) ? out : nil
    }

    /// True when `word` is in the dictionary.
    public func contains(_ word: String) -> Bool {
        guard let encoded = ThaiDictionary.encode(word) else { return false }
        var found = false
        forEachWord(startingAt: 0, in: encoded) { length in
            if length == encoded.count { found = true }
        }
        return found
    }

    /// All words, decoded (for tests and for checking the embedded list).
    public var words: [String] {
        (0..<count).map { i in
            var s = String.UnicodeScalarView()
            for c in codes[Int(starts[i])..<Int(starts[i + 1])] {
                s.append(c == 0 ? "." : Unicode.Scalar(0x0E00 + UInt32(c))!)
            }
            return String(s)
        }
    }

    /// Calls `found` with the length of every dictionary word that `text`
    /// has at `start`, shortest first.
    func forEachWord(startingAt start: Int, in text: [UInt8], _ found: (Int) -> Void) {
        var lo = 0, hi = count
        var depth = 0
        while start + depth < text.count, lo < hi {
            // Words in lo..<hi share the first `depth` codes; a word of exactly
            // that length sorts first and cannot be extended.
            if wordLength(lo) == depth { lo += 1 }
            let c = text[start + depth]
            lo = firstWord(in: lo, hi, codeAt: depth) { $0 >= c }
            hi = firstWord(in: lo, hi, codeAt: depth) { $0 > c }
            depth += 1
            if lo < hi, wordLength(lo) == depth { found(depth) }
        }
    }

    @inline(__always)
    private func wordLength(_ i: Int) -> Int { Int(starts[i + 1] - starts[i]) }

    /// The first index in lo..<hi whose code at `depth` satisfies `test`
    /// (which must be monotonic over the range, as the words are sorted).
    @inline(__always)
    private func firstWord(in lo: Int, _ hi: Int, codeAt depth: Int, _ test: (UInt8) -> Bool) -> Int {
        var lo = lo, hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if test(codes[Int(starts[mid]) + depth]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
