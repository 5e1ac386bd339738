import EcosystemStore

/// The counts of who serves an area, worded one way for the detail pane
/// and the brief (and, by the same numbers, the tree's ผู้เล่น column and
/// the list's footer): docs/glossary.md "Counts".
enum CountText {
    /// "ผู้เล่น 16 (ในพื้นที่ 9 · ↑ 7 จากระดับบน)": the tree's count is the
    /// "here"; with none from above, "ผู้เล่น 360 ในพื้นที่".
    static func players(_ c: ServingCounts, _ t: Texts) -> String {
        t("ผู้เล่น", "Players") + " " + NumberText.count(c.players.total) + split(c.players, t)
    }

    /// "ผู้กำหนดนโยบาย 2 · ผู้สนับสนุน 6 · …", with the players of no role
    /// when there are any, so that the parts add up to the players' total.
    static func roles(_ s: AreaSituation, _ t: Texts) -> String {
        var parts = PlayerRole.allCases.map { "\($0.label(thai: t.thai)) \(NumberText.count(s.playersByRole[$0] ?? 0))" }
        if s.counts.playersWithoutRole > 0 { parts.append(t("ไม่ระบุบทบาท", "no role given") + " " + NumberText.count(s.counts.playersWithoutRole)) }
        return parts.joined(separator: " · ")
    }

    /// "องค์ประกอบ 22 (ในพื้นที่ 13 · ↑ 9 จากระดับบน): นโยบาย 1 · ทุน 2 · …":
    /// the list's count without filters, by 4P kind.
    static func elements(_ s: AreaSituation, _ t: Texts) -> String {
        let kinds = P4Kind.allCases.map { "\($0.label(thai: t.thai)) \(NumberText.count(s.elementsByKind[$0] ?? 0))" }
        return t("องค์ประกอบ", "Elements") + " " + NumberText.count(s.counts.elements.total) + split(s.counts.elements, t) + ": "
            + kinds.joined(separator: " · ")
    }

    /// " (ในพื้นที่ 9 · ↑ 7 จากระดับบน)" / " (here 9 · ↑ 7 from above)"; " ในพื้นที่" / " here" when none serve from above.
    static func split(_ split: ServingCounts.Split, _ t: Texts) -> String {
        guard split.fromAbove > 0 else { return " " + t("ในพื้นที่", "here") }
        return " (" + t("ในพื้นที่", "here") + " " + NumberText.count(split.here) + " · ↑ " + NumberText.count(split.fromAbove) + " "
            + t("จากระดับบน", "from above") + ")"
    }

    /// "อันดับ 3 จาก 15 ในอำเภอ" / "rank 3 of 15 in the amphoe" (rank 1 is the worst).
    static func rank(_ r: (rank: Int, of: Int), within: String, _ t: Texts) -> String {
        t("อันดับ \(r.rank) จาก \(r.of) ", "rank \(r.rank) of \(r.of) ") + within
    }

    /// The rank with what the intervals allow: "rank 3 of 10 in the amphoe,
    /// not distinguishable from 2nd–5th" / "อันดับ 3 จาก 10 ในอำเภอ
    /// แยกไม่ออกจากอันดับ 2–5"; only the rank when the intervals tell it
    /// apart from every other (docs/indicators.md, "Ranks").
    static func rank(_ r: RankStatement, within: String, _ t: Texts) -> String {
        let text = rank((r.rank, r.of), within: within, t)
        return distinction(r, t).map { text + ", " + $0 } ?? text
    }

    /// "แยกไม่ออกจากอันดับ 2–5" / "not distinguishable from 2nd–5th": the
    /// ranks the intervals allow, worded alike in the pane and the brief's
    /// rank columns; nil when the intervals set the area apart from every other.
    static func distinction(_ r: RankStatement, _ t: Texts) -> String? {
        guard !r.isDistinct else { return nil }
        let low = r.possibleRanks.lowerBound, high = r.possibleRanks.upperBound
        return t("แยกไม่ออกจากอันดับ \(low)–\(high)", "not distinguishable from \(ordinal(low))–\(ordinal(high))")
    }

    /// "1st", "2nd", "3rd", "4th", "11th", "21st".
    static func ordinal(_ n: Int) -> String {
        let tens = n % 100, ones = n % 10
        let suffix = (11...13).contains(tens) ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }
}
