import EcosystemStore

/// The contact and referral log in the annex: counts, and the referrals
/// still open (by case code only; a person's identity is never stored).
extension BriefBuilder {
    /// nil when nothing is logged for the area, so briefs of areas without
    /// a log keep their plan.
    func log(_ area: Area) throws -> BriefSection? {
        let counts = try store.logs.counts(inAreaOrBelow: area.code)
        guard counts.contactLogs > 0 || counts.referrals > 0 else { return nil }
        var blocks: [BriefBlock] = []
        var facts = [BriefFact(label: t("บันทึกการติดต่อ", "Contacts logged"), value: String(counts.contactLogs)),
                     BriefFact(label: t("การส่งต่อ", "Referrals"), value: String(counts.referrals)),
                     BriefFact(label: t("ยังค้างอยู่", "Still open"), value: String(counts.openReferrals))]
        let statuses = ReferralStatus.allCases.compactMap { s in counts.byStatus[s].map { "\(s.label(thai: thai)) \($0)" } }
        if !statuses.isEmpty { facts.append(BriefFact(label: t("ตามสถานะ", "By status"), value: statuses.joined(separator: " · "))) }
        blocks.append(.facts(facts))
        let open = try store.logs.referrals(inAreaOrBelow: area.code).filter { $0.status.isOpen }
        if !open.isEmpty {
            blocks.append(.subheading(t("การส่งต่อที่ยังค้าง", "Open referrals")))
            blocks.append(.table(BriefTable(
                headers: [t("รหัสกรณี", "Case code"), t("กลุ่ม / ความต้องการ", "Group / need"), t("ส่งต่อถึง", "Referred to"),
                          t("สถานะ", "Status"), t("วันที่", "Date")],
                rows: open.map { r in
                    [r.caseCode,
                     [r.targetGroup?.label(thai: thai), r.needText.map { ResourceCategory(rawValue: $0)?.label(thai: thai) ?? $0 }].compactMap { $0 }.joined(separator: " / ").nonEmpty ?? "—",
                     r.toElementName ?? "—", r.status.label(thai: thai), r.date.map { CalendarDate.display($0, thai: thai) } ?? "—"]
                })))
        }
        blocks.append(.note(t("การส่งต่อระบุด้วยรหัสกรณีเท่านั้น ไม่เก็บชื่อหรือเลขประจำตัวประชาชน",
                              "Referrals carry a case code only: never a name or a national ID.")))
        return BriefSection(kind: .log, number: "", thai: "การติดต่อและการส่งต่อ", english: "Contacts and referrals", blocks: blocks)
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
