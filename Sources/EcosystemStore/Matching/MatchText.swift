/// Finds the longest phrase of a list starting at each position of a text,
/// leftmost first, without overlaps. Thai phrases match anywhere (Thai has
/// no spaces); a phrase that starts or ends with a Latin letter or digit
/// matches only as whole words, so "cg" is not found inside "cgi".
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private var byFirst: [Unicode.Scalar: [([Unicode.Scalar], Payload)]] = [:]

    init(_ phrases: [(String, Payload)]) {
        for (text, payload) in phrases {
            let scalars = Array(MatchFolding.fold(text).unicodeScalars)
            guard let first = scalars.first else { continue }
            byFirst[first, default: []].append((scalars, payload))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.0.count > $1.0.count } }
    }

    /// The longest phrase starting at `i` within `text[i..<limit]`, not
    /// overlapping `masked` positions.
    func longest(in text: [Unicode.Scalar], at i: Int, limit: Int? = nil, masked: [Bool]) -> (length: Int, payload: Payload)? {
        guard i < text.count, let candidates = byFirst[text[i]] else { return nil }
        let end = limit ?? text.count
        for (phrase, payload) in candidates where i + phrase.count <= end {
            var ok = true
            for k in 0..<phrase.count where text[i + k] != phrase[k] || masked[i + k] { ok = false; break }
            guard ok else { continue }
            // Latin edges must be word edges.
            if ThaiLetters.isLatinOrDigit(phrase[0]), i > 0, ThaiLetters.isLatinOrDigit(text[i - 1]) { continue }
            if ThaiLetters.isLatinOrDigit(phrase[phrase.count - 1]), i + phrase.count < text.count,
               ThaiLetters.isLatinOrDigit(text[i + phrase.count]) { continue }
            return (phrase.count, payload)
        }
        return nil
    }
}

enum MatchFolding {
    /// NFC, lower case (as the search folds), SARA AM written as NIKHAHIT +
    /// SARA AA made one letter, zero-width spaces dropped.
    static func fold(_ text: String) -> String {
        var s = text.searchFolded
        if s.unicodeScalars.contains(where: { $0.value == 0x0E4D || $0.value == 0x200B }) {
            s = s.replacingOccurrences(of: "\u{0E4D}\u{0E32}", with: "\u{0E33}").replacingOccurrences(of: "\u{200B}", with: "")
        }
        return s
    }
}

/// One stretch of a description left after masking: letters of one script.
struct TextSegment: Sendable {
    var scalars: [Unicode.Scalar]
    var tokens: [MatchToken]
    /// The tokens' keys as the scorer numbers them (`MatchScorer`): ints
    /// hash and compare without the Unicode normalisation a Thai String needs.
    var keyIDs: [Int] = []
    /// The segment as UTF-8, and where each scalar starts in it (one more
    /// entry for the end): a stretch's bytes without making a String.
    var utf8: [UInt8]
    var offsets: [Int]

    init(scalars: [Unicode.Scalar], tokens: [MatchToken]) {
        self.scalars = scalars
        self.tokens = tokens
        var bytes: [UInt8] = [], offsets: [Int] = []
        bytes.reserveCapacity(scalars.count * 3)
        offsets.reserveCapacity(scalars.count + 1)
        for s in scalars {
            offsets.append(bytes.count)
            bytes.append(contentsOf: UTF8.encode(s)!)
        }
        offsets.append(bytes.count)
        utf8 = bytes
        self.offsets = offsets
    }

    /// The UTF-8 bytes of the scalars in `range`.
    func bytes(_ range: Range<Int>) -> ArraySlice<UInt8> { utf8[offsets[range.lowerBound]..<offsets[range.upperBound]] }
}

/// A description as the scorer reads it: the phrase-list concepts it names,
/// the rest cut into segments and tokens, and whom it says it is for.
struct AnalysedText: Sendable {
    /// Substance concepts (help and topic), by index into the lexicon.
    var concepts: Set<Int> = []
    /// The form of each concept the text first used (nil: implied by another).
    var forms: [Int: Int?] = [:]
    /// Whom the text says it is for.
    var groups: Set<TargetGroup> = []
    /// The who-words the text names (by concept index), with or without a
    /// target group of their own (ผู้มีรายได้น้อย has none).
    var who: Set<Int> = []
    /// The providers it names (อสม., นักศึกษา): who does the work, or, in
    /// training, who learns.
    var providers: Set<Int> = []
    /// It names teaching (สอน, อบรม, หลักสูตร): it gives knowledge, whatever
    /// its category.
    var teaches = false
    /// The fields of work (`MatchDomain`, by index) its concepts and
    /// situations are in.
    var fields: Set<Int> = []
    /// The fields of what it asks or gives: those of its situations (ทำกับข้าว
    /// เองไม่ได้: meals) and of its kinds of help, not of its topics or of
    /// whom it is for (ผู้สูงอายุติดบ้าน: elder care). In the same-field band
    /// an offer in the field of what the need asks comes first.
    var askedFields: Set<Int> = []
    /// The fields its who-words make a subject (ผู้สูงอายุ: elder care),
    /// for matching a grant by subject.
    var audienceFields: Set<Int> = []
    /// It names a project or activity (โครงการ, กิจกรรม): money it asks is
    /// for a project.
    var namesProject = false
    var segments: [TextSegment] = []
    var keys: Set<String> = []
    /// `keys` as the scorer numbers them.
    var keyIDs: Set<Int> = []
    /// The squared length of its weight vector, once the scope's weights
    /// are known (`MatchScorer`).
    var norm = 0.0
    /// The same without its fields: the similarity that decides substance
    /// is taken without them (`MatchScorer`).
    var baseNorm = 0.0
    /// The segments joined with a separator no token contains: a shared
    /// stretch must lie inside one segment of the other text too.
    var joined = ""
    /// `joined` as UTF-8, searched for shared stretches.
    var joinedUTF8: [UInt8] = []

    /// Identical texts (the same template in a thousand tambons once its
    /// place names are masked) count once in document frequencies.
    var signature: String {
        joined + "\u{1}" + concepts.sorted().map(String.init).joined(separator: ",") + "\u{1}"
            + fields.sorted().map(String.init).joined(separator: ",")
    }
}

/// Turns descriptions into `AnalysedText`: phrase list first (longest
/// phrase wins), place names masked, the rest to the tokenizer.
struct MatchAnalyser: Sendable {
    let lexicon: MatchLexicon
    let tokenizer: any MatchTokenizer
    struct FormRef: Sendable { var concept: Int, form: Int }
    private let phrases: PhraseMatcher<FormRef>
    /// Situations, read alongside the phrases without hiding anything.
    private let situations: PhraseMatcher<Int>
    private let implied: [[Int]]
    /// The fields of each concept, and the fields each who-word makes a subject.
    private let fieldsOf: [[Int]]
    private let audienceFieldsOf: [[Int]]
    private let placeNames: PhraseMatcher<Bool>
    private let places: [String: MatchPlace]

    /// Words after which a place name follows ("ตำบลเวียง", "อ.เชียงคำ").
    static let placePrefixes = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาล", "ตำบล", "อำเภอ", "จังหวัด",
                                "อบต.", "อบต", "อบจ.", "รพ.สต.", "โรงพยาบาล", "ต.", "อ.", "จ."]
    private static let prefixMatcher = PhraseMatcher(placePrefixes.map { ($0, true) })

    init(lexicon: MatchLexicon, tokenizer: any MatchTokenizer, places: [String: MatchPlace]) {
        self.lexicon = lexicon
        self.tokenizer = tokenizer
        self.places = places
        var list: [(String, FormRef)] = []
        var situationList: [(String, Int)] = []
        for (i, c) in lexicon.concepts.enumerated() {
            if c.role == .situation {
                situationList += c.forms.map { ($0.text, i) }
            } else {
                list += c.forms.enumerated().map { ($1.text, FormRef(concept: i, form: $0)) }
            }
        }
        phrases = PhraseMatcher(list)
        situations = PhraseMatcher(situationList)
        var ids: [String: Int] = [:]
        for (i, c) in lexicon.concepts.enumerated() { ids[c.id] = i }
        implied = lexicon.concepts.map { $0.also.compactMap { ids[$0] } }
        var fields = [[Int]](repeating: [], count: lexicon.concepts.count)
        var audience = fields
        for (d, domain) in lexicon.domains.enumerated() {
            for id in domain.concepts { if let c = ids[id] { fields[c].append(d) } }
            for id in domain.audience { if let c = ids[id] { audience[c].append(d) } }
        }
        fieldsOf = fields
        audienceFieldsOf = audience
        var names: [(String, Bool)] = []
        for p in places.values {
            names.append((p.nameTH, true))
            if !p.nameEN.isEmpty { names.append((p.nameEN, true)) }
        }
        placeNames = PhraseMatcher(names)
    }

    func analyse(_ description: String, areas: [String]) -> AnalysedText {
        let text = Array(MatchFolding.fold(description).unicodeScalars)
        var masked = [Bool](repeating: false, count: text.count)
        maskPlaces(text, &masked, ownNames: ownNames(areas))
        var out = AnalysedText()
        // Situations first, on the text with only its places masked: they
        // overlap what the phrases find and hide nothing from them.
        var i = 0
        while i < text.count {
            // Situations may overlap each other ("ไม่มีเงินสด": no money, cash).
            if let hit = situations.longest(in: text, at: i, masked: masked) {
                out.fields.formUnion(fieldsOf[hit.payload])
                out.askedFields.formUnion(fieldsOf[hit.payload])
            }
            i += 1
        }
        i = 0
        while i < text.count {
            if masked[i] { i += 1; continue }
            // Phrases start only where a word can: not inside a Latin word.
            let startsWord = i == 0 || !ThaiLetters.isLatinOrDigit(text[i]) || !ThaiLetters.isLatinOrDigit(text[i - 1])
            if startsWord, let hit = phrases.longest(in: text, at: i, masked: masked) {
                let c = hit.payload.concept
                let concept = lexicon.concepts[c]
                if concept.isSubstance {
                    if out.concepts.insert(c).inserted { out.forms[c] = hit.payload.form }
                    for other in implied[c] where out.concepts.insert(other).inserted { out.forms[other] = .some(nil) }
                }
                if concept.role == .provider { out.providers.insert(c) }
                // Teaching words, and kinds of help that are teaching (tutoring).
                if MatchLexicon.teachingConcepts.contains(concept.id) { out.teaches = true }
                if concept.id == MatchLexicon.projectConcept || MatchDomain.grantConcepts.contains(concept.id) { out.namesProject = true }
                if concept.role == .who {
                    out.who.insert(c)
                    out.audienceFields.formUnion(audienceFieldsOf[c])
                    for other in implied[c] where out.concepts.insert(other).inserted { out.forms[other] = .some(nil) }
                } else {
                    out.fields.formUnion(fieldsOf[c])
                    if concept.role == .help { out.askedFields.formUnion(fieldsOf[c]) }
                }
                for other in implied[c] { out.fields.formUnion(fieldsOf[other]) }
                if let g = concept.group { out.groups.insert(g) }
                for k in i..<(i + hit.length) { masked[k] = true }
                i += hit.length
            } else {
                i += 1
            }
        }
        out.segments = segments(text, masked)
        for s in out.segments { for t in s.tokens { out.keys.insert(t.key) } }
        out.joined = out.segments.map { String(String.UnicodeScalarView($0.scalars)) }.joined(separator: "\u{1}")
        out.joinedUTF8 = Array(out.joined.utf8)
        return out
    }

    /// The names of a resource's own areas and of the areas above them.
    private func ownNames(_ areas: [String]) -> [[Unicode.Scalar]] {
        var codes = Set<String>()
        for a in areas where a != "TH" {
            var c = Substring(a)
            while c.count >= 2 { codes.insert(String(c)); c = c.dropLast(2) }
        }
        var out: [[Unicode.Scalar]] = []
        for code in codes {
            guard let p = places[code] else { continue }
            for name in [p.nameTH, p.nameEN] where name.unicodeScalars.count >= 2 {
                out.append(Array(MatchFolding.fold(name).unicodeScalars))
            }
        }
        return out.sorted { $0.count > $1.count }
    }

    /// Masks the resource's own place names anywhere, and any known place
    /// name right after a word such as ตำบล: "ตำบลเวียง" is where, not what.
    private func maskPlaces(_ text: [Unicode.Scalar], _ masked: inout [Bool], ownNames: [[Unicode.Scalar]]) {
        for name in ownNames where name.count <= text.count {
            var i = 0
            while i + name.count <= text.count {
                if !masked[i], text[i] == name[0], Array(text[i..<(i + name.count)]) == name {
                    for k in i..<(i + name.count) { masked[k] = true }
                    i += name.count
                } else {
                    i += 1
                }
            }
        }
        var i = 0
        while i < text.count {
            guard let prefix = MatchAnalyser.prefixMatcher.longest(in: text, at: i, masked: masked) else { i += 1; continue }
            var j = i + prefix.length
            while j < text.count, text[j] == " " { j += 1 }
            if let name = placeNames.longest(in: text, at: j, masked: masked) {
                for k in j..<(j + name.length) { masked[k] = true }
                i = j + name.length
            } else {
                i += prefix.length
            }
        }
    }

    /// Stretches of unmasked letters of one script; numbers alone are left
    /// out (a quantity is not substance).
    private func segments(_ text: [Unicode.Scalar], _ masked: [Bool]) -> [TextSegment] {
        var out: [TextSegment] = []
        var current: [Unicode.Scalar] = []
        var currentThai = false
        func flush() {
            if !current.isEmpty, !current.allSatisfy({ (0x30...0x39).contains($0.value) || (0x0E50...0x0E59).contains($0.value) }) {
                out.append(TextSegment(scalars: current, tokens: tokenizer.tokens(of: current)))
            }
            current = []
        }
        for (i, s) in text.enumerated() {
            guard !masked[i], ThaiLetters.isWordScalar(s) else { flush(); continue }
            let thai = ThaiLetters.isThai(s)
            if !current.isEmpty, thai != currentThai { flush() }
            currentThai = thai
            current.append(s)
        }
        flush()
        return out
    }
}

extension AnalysedText {
    /// True when the text's segments hold `stretch` (UTF-8) whole. Both are
    /// folded already, so bytes are the right equality (and quicker than
    /// Foundation's locale-aware `contains`).
    func contains(_ stretch: ArraySlice<UInt8>) -> Bool {
        guard let first = stretch.first, stretch.count <= joinedUTF8.count else { return stretch.isEmpty }
        let last = joinedUTF8.count - stretch.count
        let start = stretch.startIndex
        var i = 0
        while i <= last {
            if joinedUTF8[i] == first {
                var k = 1
                while k < stretch.count && joinedUTF8[i + k] == stretch[start + k] { k += 1 }
                if k == stretch.count { return true }
            }
            i += 1
        }
        return false
    }
}
