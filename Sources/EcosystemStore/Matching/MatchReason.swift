/// A match's reason in words: what the two share, how near the offer is.
/// "เงินทุนหมุนเวียน, ทอผ้า · อำเภอเดียวกัน · 4 กม." /
/// "revolving fund, weaving · same amphoe · 4 km".
enum MatchReason {
    /// At most this many shared terms are named; more would not fit a line.
    static let termsShown = 3

    static func text(_ m: OfferMatch, category: ResourceCategory?, thai: Bool) -> String {
        var parts: [String] = []
        switch m.strength {
        case .substance, .sameField:
            let terms = m.terms.prefix(termsShown).map { $0.label(thai: thai) }
            parts.append(terms.isEmpty ? (thai ? "คำบรรยายคล้ายกัน" : "similar descriptions") : terms.joined(separator: ", "))
        case .sharedGroup:
            let c = category?.label(thai: thai) ?? ""
            let g = m.sharedTargetGroups.map { $0.label(thai: thai) }.joined(separator: ", ")
            if m.sameCategory {
                parts.append(thai ? "ประเภทเดียวกัน (\(c)) และกลุ่มเป้าหมาย (\(g))" : "same category (\(c)) and target group (\(g))")
            } else {
                parts.append(thai ? "กลุ่มเป้าหมายเดียวกัน (\(g))" : "same target group (\(g))")
            }
        case .sameCategoryOnly:
            let c = category?.label(thai: thai) ?? ""
            parts.append(thai ? "ประเภทเดียวกันเท่านั้น (\(c))" : "same category only (\(c))")
        }
        parts.append(thai ? m.proximity.thai : m.proximity.english)
        if let km = m.distanceKm { parts.append(kilometres(km, thai: thai)) }
        return parts.joined(separator: " · ")
    }

    static func kilometres(_ km: Double, thai: Bool) -> String {
        let unit = thai ? "กม." : "km"
        if km < 1 { return "<1 \(unit)" }
        return "\(Int(km.rounded())) \(unit)"
    }

    /// Thai function words that start or end a stretch of shared text
    /// without being part of the term. Only words that seldom begin (or
    /// end) a longer word: "ได้" ends รายได้, "ไป" begins ไปรษณีย์.
    static let leadingWords: [[Unicode.Scalar]] = ["การ", "ความ", "และ", "หรือ", "ซึ่ง", "ให้"].map { Array($0.unicodeScalars) }
    static let trailingWords: [[Unicode.Scalar]] = ["ให้", "และ", "หรือ", "กับ", "จาก", "เพื่อ", "โดย", "ด้วย", "แล้ว", "ซึ่ง", "ที่"]
        .map { Array($0.unicodeScalars) }

    /// The readable part of a shared stretch `range` of `scalars`: cut back
    /// to whole character clusters (never half a syllable), and to whole
    /// words in Latin script. Nil when less than `minimum` scalars remain.
    static func phrase(_ scalars: [Unicode.Scalar], _ range: Range<Int>, minimum: Int) -> String? {
        var lo = range.lowerBound, hi = range.upperBound
        let latin = scalars[lo..<hi].contains { ThaiLetters.isLatinOrDigit($0) }
        if latin {
            // A Latin segment is one word: show it only when shared whole.
            guard lo == 0, hi == scalars.count else { return nil }
        } else {
            while lo < hi, !ThaiLetters.isClusterBoundary(scalars, lo) { lo += 1 }
            while hi > lo, !ThaiLetters.isClusterBoundary(scalars, hi) { hi -= 1 }
        }
        // Little words at either end belong to the sentence, not the term
        // ("คณิตศาสตร์ให้" → "คณิตศาสตร์").
        var trimmed = true
        while trimmed, !latin, hi > lo {
            trimmed = false
            for word in leadingWords where hi - lo >= word.count && Array(scalars[lo..<(lo + word.count)]) == word
                && ThaiLetters.isClusterBoundary(scalars, lo + word.count) {
                lo += word.count
                trimmed = true
            }
            for word in trailingWords where hi - lo >= word.count && Array(scalars[(hi - word.count)..<hi]) == word
                && ThaiLetters.isClusterBoundary(scalars, hi - word.count) {
                hi -= word.count
                trimmed = true
            }
        }
        guard hi - lo >= minimum else { return nil }
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
}
