import EcosystemStore

/// Page 1's action: the gaps, and room for the meeting's notes.
extension BriefBuilder {
    // MARK: Gaps

    /// Roles nobody fills, vulnerable people not reached, open needs with
    /// the offers that could meet them, referrals still pending.
    /// `shown` needs with at most `offers` offers each (``NeedsShown``).
    func gaps(_ s: AreaSituation, matches: [BriefNeedMatch], shown: NeedsShown) throws -> BriefSection {
        var blocks: [BriefBlock] = [.subheading(t("บทบาทที่ยังไม่มีใครทำ", "Roles nobody fills"))]
        if s.counts.players.total == 0 {
            blocks.append(.paragraph(t("ยังไม่มีผู้เล่นที่บันทึกไว้ในพื้นที่นี้ ทั้งสี่บทบาทยังว่าง", "No players recorded here yet: all four roles are open.")))
        } else {
            blocks.append(.paragraph(s.missingRoles.isEmpty
                ? t("ไม่มี: มีผู้ทำครบทั้งสี่บทบาท (รวมหน่วยที่ทำงานจากระดับอำเภอและจังหวัด)", "None: all four roles are filled (counting those serving from above).")
                : s.missingRoles.map { $0.label(thai: thai) }.joined(separator: " · ")))
        }

        blocks.append(.subheading(t("กลุ่มเปราะบางที่ยังเข้าไม่ถึง", "Vulnerable people not reached")))
        if s.vulnerable.isEmpty {
            blocks.append(.paragraph(t("ยังไม่มีข้อมูลกลุ่มเปราะบาง", "No counts of vulnerable groups recorded.")))
        } else {
            let rows = s.vulnerable.map { v in
                [v.group.label(thai: thai), NumberText.count(v.registered), NumberText.count(v.reached), NumberText.count(v.notReached)]
            }
            blocks.append(.table(BriefTable(headers: [t("กลุ่มเป้าหมาย", "Target group"), t("ขึ้นทะเบียน", "Registered"),
                                                      t("เข้าถึงแล้ว", "Reached"), t("ยังไม่ถึง", "Not reached")],
                                            rows: rows, numeric: [1, 2, 3], keepColumnsInText: true)))
        }

        blocks.append(.subheading(t("ความต้องการที่ยังเปิดอยู่และผู้ที่อาจช่วยได้", "Open needs and who could meet them")))
        blocks += needItems(matches, shown: shown)

        let pending = try store.logs.referrals(inAreaOrBelow: s.area.code).filter(\.status.isOpen)
        blocks.append(.subheading(t("การส่งต่อที่ยังค้าง", "Pending referrals")))
        if pending.isEmpty {
            blocks.append(.paragraph(t("ไม่มี", "None.")))
        } else {
            var lines = pending.prefix(Budget.referrals).map(referralLine)
            if pending.count > Budget.referrals {
                lines.append(more(pending.count - Budget.referrals, thai: "กรณี", english: "case"))
            }
            blocks.append(.bullets(lines))
        }
        return BriefSection(kind: .gaps, number: "", thai: "ช่องว่าง", english: "Gaps", blocks: blocks)
    }

    /// How many needs page 1 lists and how many offers under each.
    struct NeedsShown: Equatable {
        var needs: Int
        var offers: Int

        /// The most page 1 is given: up to `Budget.needs` needs with three
        /// offers each; the builder takes away (``less``) until the page fits.
        static func most(of count: Int) -> NeedsShown {
            let needs = min(Budget.needs, count)
            return NeedsShown(needs: needs, offers: needs == 0 ? 0 : offersPerNeed)
        }

        /// One step less: fewer offers first, then fewer needs; nil at one of each.
        var less: NeedsShown? {
            if offers > 1 { return NeedsShown(needs: needs, offers: offers - 1) }
            if needs > 1 { return NeedsShown(needs: needs - 1, offers: offers) }
            return nil
        }
    }

    /// The needs with their best offers, the rest counted with a pointer to the annex.
    private func needItems(_ matches: [BriefNeedMatch], shown: NeedsShown) -> [BriefBlock] {
        guard !matches.isEmpty else { return [.paragraph(t("ไม่มีความต้องการที่ยังเปิดอยู่", "No open needs."))] }
        var items = matches.prefix(max(1, shown.needs)).map { m -> BriefItem in
            BriefItem(text: needLine(m), details: offerLines(m, count: max(1, shown.offers), withWhat: false))
        }
        if matches.count > items.count {
            items.append(BriefItem(text: annex ? t("และอีก \(matches.count - items.count) ความต้องการ พร้อมผู้ให้ทั้งหมด ดูภาคผนวก",
                                                   "and " + NumberText.count(matches.count - items.count, "more need") + "; every need with its offers is in the annex")
                                               : more(matches.count - items.count, thai: "ความต้องการ", english: "need"),
                                   details: []))
        }
        return [.items(items)]
    }

    func referralLine(_ r: ReferralEntry) -> String {
        var parts = [r.caseCode, r.status.label(thai: thai)]
        if let group = r.targetGroup?.label(thai: thai) { parts.append(group) }
        if let to = r.toElementName { parts.append("→ " + to) }
        if let date = r.date { parts.append(CalendarDate.display(date, thai: thai)) }
        return parts.joined(separator: " · ")
    }

    // MARK: Meeting notes

    /// Ruled lines for the date, who came and what was decided, and a table
    /// of follow-ups (who, what, by when), to fill in by hand.
    func meetingNotes() -> BriefSection {
        let form = BriefForm(
            fields: [.init(label: t("วันที่ประชุม", "Date"), lines: 1),
                     .init(label: t("สถานที่", "Place"), lines: 1),
                     .init(label: t("ผู้เข้าร่วม", "Attendees"), lines: 2),
                     .init(label: t("ข้อตกลง", "Decisions"), lines: 2)],
            tableTitle: t("ติดตามงาน", "Follow-ups"),
            tableHeaders: [t("ใคร", "Who"), t("ทำอะไร", "What"), t("ภายในวันที่", "By when")],
            tableRows: 4)
        return BriefSection(kind: .meeting, number: "", thai: "บันทึกการประชุม", english: "Meeting notes", blocks: [.form(form)])
    }
}
