/// One piece of text as the line breaker sees it: a word, a number, a run
/// of white space, a line break or one punctuation mark. The pieces of a
/// text, in order, cover it exactly.
public struct TextPiece: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A word of the Thai dictionary.
        case thaiWord
        /// Thai letters the dictionary does not cover (a name, a rare or
        /// misspelt word), kept whole.
        case thaiUnknown
        /// Letters of another script, with digits and inner `. - _ @ ' /`
        /// ("OSCC", "S90/S10", "name@demo.invalid"); a wide (CJK) character alone.
        case word
        /// Digits with inner `. , : / -` ("160,082", "29/11/2569", "081-234-5678").
        case number
        case space
        case lineBreak
        case punctuation
    }

    public var kind: Kind
    public var range: Range<String.Index>
}

/// Thai has no spaces between words, so a line may only break where a
/// dictionary says a word ends. This breaker finds those places by maximal
/// matching: within each run of Thai letters it picks the segmentation that
/// leaves the fewest letters outside dictionary words and, among those, has
/// the fewest words. Letters no word covers stay together as one unknown
/// piece. It never cuts a grapheme cluster (a consonant and its vowel and
/// tone marks), never separates a leading vowel (เ แ โ ใ ไ) from the
/// consonant after it, and never starts a word with ะ า ำ ๅ ฯ ๆ or a
/// silenced consonant (ร์).
///
/// ```swift
/// ThaiWordBreaker.words("ฐานข้อมูลกลุ่มเปราะบางที่ตกหล่น")
/// // ["ฐานข้อมูล", "กลุ่มเปราะบาง", "ที่", "ตกหล่น"] (a glossary term is one word)
/// ```
public enum ThaiWordBreaker {
    /// The pieces of `text`, in order; joined, their ranges give `text` back.
    public static func pieces(_ text: String, dictionary: ThaiDictionary = .standard) -> [TextPiece] {
        pieces(text, dictionary: dictionary, maxWordColumns: Int.max)
    }

    /// Pieces with no dictionary word wider than `maxWordColumns`: for cutting
    /// a word too wide for a line at the words inside it (เมือง|พะเยา).
    static func pieces(_ text: String, dictionary: ThaiDictionary, maxWordColumns: Int) -> [TextPiece] {
        let clusters = Clusters(text)
        var out: [TextPiece] = []
        var k = 0
        let n = clusters.count
        func add(_ kind: TextPiece.Kind, _ from: Int, _ to: Int) {
            out.append(TextPiece(kind: kind, range: clusters.start(from)..<clusters.start(to)))
        }
        while k < n {
            let start = k
            switch clusters.kind[k] {
            case .lineBreak:
                k += 1
                add(.lineBreak, start, k)
            case .space:
                while k < n, clusters.kind[k] == .space { k += 1 }
                add(.space, start, k)
            case .thai:
                // Full stops right after Thai letters belong to the run: อบต. พ.ย.
                while k < n, clusters.kind[k] == .thai || (clusters.kind[k] == .dot && clusters.kind[k - 1] == .thai) { k += 1 }
                segmentThai(clusters, start, k, dictionary: dictionary, maxWordColumns: maxWordColumns, into: &out)
            case .digit:
                k += 1
                while k < n {
                    if clusters.kind[k] == .digit { k += 1; continue }
                    if k + 1 < n, clusters.kind[k + 1] == .digit, clusters.isNumberJoiner(k) { k += 2; continue }
                    break
                }
                // Digits that go on into letters are a word, not a number:
                // an address such as 560101.hph1@demo.invalid stays whole.
                let intoLetters = k < n && clusters.kind[k] == .letter
                    || k + 1 < n && clusters.kind[k + 1] == .letter && clusters.isWordJoiner(k)
                guard intoLetters else {
                    add(.number, start, k)
                    break
                }
                k = scanWord(clusters, from: k)
                add(.word, start, k)
            case .letter:
                k = scanWord(clusters, from: k + 1)
                add(.word, start, k)
            case .wide:
                k += 1
                add(.word, start, k)
            case .dot, .punctuation:
                k += 1
                add(.punctuation, start, k)
            }
        }
        return out
    }

    /// The end of a word of Latin letters and digits going on from `k`,
    /// through inner `. - _ @ ' /` ("S90/S10", "name@demo.invalid").
    private static func scanWord(_ clusters: Clusters, from start: Int) -> Int {
        var k = start
        let n = clusters.count
        while k < n {
            if clusters.kind[k] == .letter || clusters.kind[k] == .digit { k += 1; continue }
            if k + 1 < n, clusters.kind[k + 1] == .letter || clusters.kind[k + 1] == .digit, clusters.isWordJoiner(k) { k += 2; continue }
            break
        }
        return k
    }

    /// The words and numbers of `text` (no spaces or punctuation): for
    /// matching and search, where a Thai phrase must be cut into words.
    public static func words(_ text: String, dictionary: ThaiDictionary = .standard) -> [String] {
        pieces(text, dictionary: dictionary).compactMap { piece in
            switch piece.kind {
            case .thaiWord, .thaiUnknown, .word, .number: return String(text[piece.range])
            case .space, .lineBreak, .punctuation: return nil
            }
        }
    }

    /// True when a line may break between two adjacent pieces with nothing
    /// between them (no space).
    static func mayBreak(between a: TextPiece, _ b: TextPiece, in text: String) -> Bool {
        let first = text[a.range], second = text[b.range]
        if Punctuation.isNoBreakSpace(first) || Punctuation.isNoBreakSpace(second) { return false }
        if a.kind == .punctuation, Punctuation.isOpening(first) { return false }
        if startsWithClosingMark(b, in: text) { return false }
        // Before "(" after a word; never before another mark ("/", "-", "*").
        if b.kind == .punctuation { return Punctuation.isOpening(second) && isWordLike(a.kind) }
        // After ",", "/", ")" or "—" when a word follows; quotes hold on to both sides.
        if a.kind == .punctuation { return isWordLike(b.kind) && !Punctuation.isQuote(first) }
        switch (a.kind, b.kind) {
        case (.number, .word): return false  // 12kg, 2nd
        default: return true                 // Thai words; Thai next to Latin or digits; CJK
        }
    }

    /// True when a line may break at white space between `a` and `b`: not
    /// after a bullet (`·` stays with the text after it) and not before a
    /// closing mark (`ต่าง ๆ`, `กรุงเทพ ฯ`, `word )`).
    static func mayBreak(atSpaceAfter a: TextPiece?, before b: TextPiece?, in text: String) -> Bool {
        if let a, a.kind == .punctuation, Punctuation.isBullet(text[a.range]) { return false }
        if let b, startsWithClosingMark(b, in: text) { return false }
        return true
    }

    /// A closing mark, or a Thai run that starts with ๆ or ฯ (written after a space: ต่าง ๆ).
    private static func startsWithClosingMark(_ piece: TextPiece, in text: String) -> Bool {
        guard let c = text[piece.range].first else { return false }
        if piece.kind == .punctuation { return Punctuation.isClosing(text[piece.range]) }
        return c == "ๆ" || c == "ฯ"
    }

    private static func isWordLike(_ kind: TextPiece.Kind) -> Bool {
        kind == .thaiWord || kind == .thaiUnknown || kind == .word || kind == .number
    }

    /// True when Thai spelling allows a break between `previous` and `next`
    /// (two grapheme clusters): not after a leading vowel, not before a
    /// following vowel or repetition mark, not before a silenced consonant.
    static func thaiAllowsBreak(after previous: Character, before next: Character) -> Bool {
        guard let last = previous.unicodeScalars.last, let first = next.unicodeScalars.first else { return true }
        if (0x0E40...0x0E44).contains(last.value) { return false }
        switch first.value {
        case 0x0E2F, 0x0E30, 0x0E32, 0x0E33, 0x0E45, 0x0E46: return false
        default: break
        }
        if next.unicodeScalars.contains(where: { $0.value == 0x0E4C }) { return false }
        return DisplayWidth.columns(next) > 0
    }

    // MARK: Maximal matching

    /// Cuts the Thai run `clusters[from..<to]` into dictionary words and
    /// unknown pieces.
    private static func segmentThai(_ clusters: Clusters, _ from: Int, _ to: Int, dictionary: ThaiDictionary,
                                    maxWordColumns: Int, into out: inout [TextPiece]) {
        let m = to - from
        // Codes of the run's scalars, and for each scalar offset the cluster
        // that starts there (-1 inside a cluster).
        var codes: [UInt8] = []
        var clusterAt: [Int] = []
        var offset: [Int] = []  // scalar offset of cluster i (0...m)
        var column: [Int] = [0]  // display column where cluster i starts (0...m)
        for i in 0..<m {
            offset.append(codes.count)
            column.append(column[i] + DisplayWidth.columns(clusters.character(from + i)))
            for (j, s) in clusters.character(from + i).unicodeScalars.enumerated() {
                codes.append(ThaiDictionary.code(of: s) ?? 0xFF)
                clusterAt.append(j == 0 ? i : -1)
            }
        }
        offset.append(codes.count)
        clusterAt.append(m)
        // A word may end (and the next begin) before cluster i when Thai spelling allows it.
        var allowed = [Bool](repeating: true, count: m + 1)
        for i in 1..<max(m, 1) {
            allowed[i] = clusters.kind[from + i] != .dot
                && thaiAllowsBreak(after: clusters.character(from + i - 1), before: clusters.character(from + i))
        }
        // best[i]: (letters outside words, words) of the best way to cut clusters 0..<i.
        let unreached = (Int.max, Int.max)
        var best = [(Int, Int)](repeating: unreached, count: m + 1)
        var back = [Int](repeating: -1, count: m + 1)
        var backIsWord = [Bool](repeating: false, count: m + 1)
        best[0] = (0, 0)
        func relax(_ j: Int, _ cost: (Int, Int), from i: Int, word: Bool) {
            if cost < best[j] { best[j] = cost; back[j] = i; backIsWord[j] = word }
        }
        for i in 0..<m where allowed[i] && best[i] != unreached {
            dictionary.forEachWord(startingAt: offset[i], in: codes) { length in
                var j = clusterAt[offset[i] + length]
                guard j > 0 else { return }
                // ฯ and ๆ belong to the word before them: เลขาธิการฯ, ต่างๆ.
                while j < m, !allowed[j], clusters.isRepetitionOrAbbreviationMark(from + j) { j += 1 }
                if allowed[j], column[j] - column[i] <= maxWordColumns { relax(j, (best[i].0, best[i].1 + 1), from: i, word: true) }
            }
            var next = i + 1
            while !allowed[next] { next += 1 }
            relax(next, (best[i].0 + offset[next] - offset[i], best[i].1 + 1), from: i, word: false)
        }
        // Walk back, then merge neighbouring unknown steps into one piece.
        var cuts: [(Int, Int, Bool)] = []
        var j = m
        while j > 0 {
            let i = back[j]
            if !backIsWord[j], let last = cuts.last, !last.2, last.0 == j {
                cuts[cuts.count - 1] = (i, last.1, false)
            } else {
                cuts.append((i, j, backIsWord[j]))
            }
            j = i
        }
        for (i, j, isWord) in cuts.reversed() {
            out.append(TextPiece(kind: isWord ? .thaiWord : .thaiUnknown,
                                 range: clusters.start(from + i)..<clusters.start(from + j)))
        }
    }
}

/// The grapheme clusters of a text, each with the class the breaker needs.
struct Clusters {
    enum Kind { case thai, dot, digit, letter, wide, space, lineBreak, punctuation }

    private let text: String
    private(set) var kind: [Kind] = []
    private var starts: [String.Index] = []

    init(_ text: String) {
        self.text = text
        var i = text.startIndex
        while i < text.endIndex {
            starts.append(i)
            kind.append(Clusters.classify(text[i]))
            i = text.index(after: i)
        }
        starts.append(text.endIndex)
    }

    var count: Int { kind.count }
    func start(_ i: Int) -> String.Index { starts[i] }
    func character(_ i: Int) -> Character { text[starts[i]] }

    /// ฯ (PAIYANNOI) or ๆ (MAIYAMOK).
    func isRepetitionOrAbbreviationMark(_ i: Int) -> Bool {
        let c = character(i)
        return c == "ฯ" || c == "ๆ"
    }

    /// `.` `,` `:` `/` `-` `–` between digits: 12.5, 160,082, 08:30, 29/11/2569, 081-234-5678, 2566–2570.
    func isNumberJoiner(_ i: Int) -> Bool {
        [".", ",", ":", "/", "-", "–"].contains(character(i))
    }

    /// `.` `-` `_` `@` `'` `’` `/` `+` between letters or digits of a Latin word.
    func isWordJoiner(_ i: Int) -> Bool {
        [".", "-", "_", "@", "'", "’", "/", "+"].contains(character(i))
    }

    static func classify(_ c: Character) -> Kind {
        if c.isNewline { return .lineBreak }
        guard let first = c.unicodeScalars.first else { return .punctuation }
        let v = first.value
        if v >= 0x0E01 && v <= 0x0E4E && v != 0x0E3F { return .thai }  // letters, vowels, marks, ฯ ๆ; not ฿
        if c == "." { return .dot }
        if first.properties.numericType == .decimal { return .digit }
        if v == 0x200B { return .space }  // a zero-width space marks a word break
        if c.isWhitespace { return Punctuation.isNoBreakSpace(Substring(String(c))) ? .punctuation : .space }
        if c.isLetter || first.properties.generalCategory == .nonspacingMark {
            return DisplayWidth.columns(c) > 1 ? .wide : .letter
        }
        return .punctuation
    }
}

/// Which marks keep to which side at a line break.
enum Punctuation {
    /// Never start a line: they close what came before.
    static func isClosing(_ s: Substring) -> Bool {
        guard s.count == 1, let c = s.first else { return false }
        return ".,;:!?)]}»”’%‰…ฯๆ\"'".contains(c)
    }

    /// Spaces that join: NO-BREAK SPACE, NARROW NO-BREAK SPACE, FIGURE SPACE, WORD JOINER.
    static func isNoBreakSpace(_ s: Substring) -> Bool {
        s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2007}" || s == "\u{2060}"
    }

    /// Straight quotes open or close: a line neither starts nor ends at one.
    static func isQuote(_ s: Substring) -> Bool { s == "\"" || s == "'" }

    /// Never end a line: they open what follows (a bullet is one of these).
    static func isOpening(_ s: Substring) -> Bool {
        guard s.count == 1, let c = s.first else { return false }
        return "([{«“‘฿$€£#".contains(c) || isBullet(s)
    }

    /// Marks that lead an item: kept on the line of the text after them,
    /// even across a space (`· สุขภาพ`).
    static func isBullet(_ s: Substring) -> Bool {
        guard s.count == 1, let c = s.first else { return false }
        return "·•◦‣▪∙☎✉⚠↑↓→▸▾●○".contains(c)
    }
}
