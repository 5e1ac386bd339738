import EcosystemStore

/// Sections 4–7: who is there, resources, gaps, projects.
extension BriefBuilder {
    // MARK: 4. Who is there

    func who(_ s: AreaSituation) throws -> BriefSection {
        let elements = try store.elements.list(servingAreaOrBelow: s.area.code)
        var blocks: [BriefBlock] = []
        // The detail pane's words and numbers (CountText).
        let texts = Texts(thai: thai)
        blocks.append(.paragraph(CountText.players(s.counts, texts) + ": " + CountText.roles(s, texts)))
        blocks.append(.paragraph(CountText.elements(s, texts)))
        if elements.isEmpty {
            blocks.append(.paragraph(t("ยังไม่มีข้อมูลองค์ประกอบในพื้นที่นี้", "No elements recorded here yet.")))
        }
        var groups: [(String, [ElementSummary])] = []
        for role in PlayerRole.allCases {
            groups.append((t("ผู้เล่น: \(role.thai)", "Players: \(role.english)s"), elements.filter { $0.p4 == .player && $0.role == role }))
        }
        groups.append((t("ผู้เล่น: ไม่ระบุบทบาท", "Players: no role given"), elements.filter { $0.p4 == .player && $0.role == nil }))
        for kind in [P4Kind.policy, .asset, .platform] {
            groups.append(("\(kind.thai) / \(kind.english)", elements.filter { $0.p4 == kind }))
        }
        for (title, members) in groups where !members.isEmpty {
            blocks.append(.subheading(title))
            blocks.append(.table(BriefTable(headers: [t("ชื่อ", "Name"), t("ภาคส่วน", "Sector"), t("ทำงานที่", "Serves"), t("ติดต่อ", "Contact")],
                                            rows: try members.map { try elementRow($0, in: s.area.code) })))
        }
        if elements.contains(where: \.fromAbove) {
            blocks.append(.note(t("\"จากระดับ…\" คือหน่วยที่ทำงานให้ทั้งอำเภอหรือจังหวัด และนับว่าทำงานในพื้นที่นี้ด้วย",
                                  "\"From …\" marks those serving the whole amphoe or province; they count for this area too.")))
        }
        return BriefSection(thai: "ใครอยู่ในพื้นที่", english: "Who is there", blocks: blocks)
    }

    private func elementRow(_ e: ElementSummary, in code: String) throws -> [String] {
        var name = e.nameTH
        if let en = e.nameEN, !en.isEmpty, en != e.nameTH { name += "\n" + en }
        var serves = t("ในพื้นที่", "here")
        if e.servedArea != code, let area = try store.areas.area(e.servedArea) {
            serves = e.fromAbove ? t("จากระดับ\(area.level.thai) \(area.nameTH)", "from the \(area.level.name) \(area.nameEN)")
                                 : t("\(area.level.thai)\(area.nameTH)", "\(area.level.name) \(area.nameEN)")
        }
        return [name, e.sector?.label(thai: thai) ?? "—", serves, try contactLines(e.id).joined(separator: "\n")]
    }

    /// The element's own phone, e-mail and LINE, then each contact person;
    /// private contacts only when asked for, and marked.
    private func contactLines(_ id: String) throws -> [String] {
        var lines: [String] = []
        if let record = try store.records.record(id, type: .entity) {
            let own = channels(phone: record["phone"], email: record["email"], line: record["line_id"])
            if !own.isEmpty { lines.append(own) }
        }
        for c in try store.elements.contacts(ofElement: id, includePrivate: includePrivate) {
            var who = [c.name, c.position.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            if c.isPrivate { who += t(" [ส่วนตัว]", " [private]") }
            let how = channels(phone: c.phone, email: c.email, line: c.lineID)
            lines.append([who, how].filter { !$0.isEmpty }.joined(separator: ": "))
        }
        return lines.isEmpty ? ["—"] : lines
    }

    private func channels(phone: String?, email: String?, line: String?) -> String {
        [phone.map(PhoneNumber.format), email, line.map { "LINE \($0)" }].compactMap { $0 }.joined(separator: ", ")
    }

    // MARK: 5. Resources

    /// Resources offered and needed here, and the open needs with the offers
    /// that could meet them and why (`store.elements.matches`, as the `m`
    /// screen and `tisep matches` show them).
    func resources(_ area: Area) throws -> (section: BriefSection, matches: [NeedMatch]) {
        let here = try store.elements.resources(inAreaOrBelow: area.code)
        let offers = here.filter { $0.kind == .offer }
        let needs = here.filter { $0.kind == .need && $0.status == .open }
        let met = here.filter { $0.kind == .need && $0.status == .met }
        var blocks: [BriefBlock] = []
        let headers = [t("ประเภท", "Category"), t("รายละเอียด", "Description"), t("จำนวน", "Quantity"), t("โดย", "By")]
        func row(_ r: ResourceSummary) -> [String] {
            [r.category?.label(thai: thai) ?? "—", r.description ?? "—", r.quantity ?? "—", r.elementName]
        }
        blocks.append(.subheading(t("ที่มีให้ (\(offers.count))", "Offered (\(offers.count))")))
        blocks.append(offers.isEmpty ? .paragraph(t("ไม่มี", "None.")) : .table(BriefTable(headers: headers, rows: offers.map(row))))
        blocks.append(.subheading(t("ที่ต้องการ (\(needs.count))", "Needed (\(needs.count))")))
        blocks.append(needs.isEmpty ? .paragraph(t("ไม่มี", "None.")) : .table(BriefTable(headers: headers, rows: needs.map(row))))
        if !met.isEmpty {
            blocks.append(.note(t("ได้รับแล้ว \(met.count) รายการ: ", "Met already (\(met.count)): ")
                                + met.map { $0.description ?? $0.category?.label(thai: thai) ?? "—" }.joined(separator: "; ")))
        }

        let matches = try store.elements.matches(inAreaOrBelow: area.code, limit: 3)
        var rows: [[String]] = []
        for m in matches where !m.offers.isEmpty {
            let offered = try m.offers.map { o in
                "\(o.offer.description ?? o.offer.category?.label(thai: thai) ?? "—") — \(o.offer.elementName)\(try placeName(o.area))\n  "
                    + t("เหตุผล: ", "why: ") + o.match.reason(thai: thai)
            }
            rows.append(["\(m.need.category?.label(thai: thai) ?? "—"): \(m.need.description ?? "—") — \(m.need.elementName)",
                         offered.joined(separator: "\n")])
        }
        blocks.append(.subheading(t("ความต้องการและผู้ให้ที่อาจตอบได้", "Needs and the offers that could meet them")))
        blocks.append(rows.isEmpty ? .paragraph(t("ไม่พบคู่ที่ตรงกัน", "No matches."))
                      : .table(BriefTable(headers: [t("ความต้องการ", "Need"), t("ผู้ให้และเหตุผล", "Offers and why")], rows: rows)))
        blocks.append(.note(t("จับคู่จากสิ่งที่มีร่วมกัน: คำในรายละเอียด กลุ่มเป้าหมาย ประเด็น ประเภท บทบาท และระยะทาง; \"ประเภทเดียวกันเท่านั้น\" คือไม่มีอะไรร่วมกันนอกจากประเภท",
                              "Matched on what they share: the words of their descriptions, target groups, issues, category, roles and distance; \"same category only\" means nothing else is shared.")))
        return (BriefSection(thai: "ทรัพยากร", english: "Resources", blocks: blocks), matches)
    }

    private func placeName(_ code: String?) throws -> String {
        guard let code, let a = try store.areas.area(code) else { return "" }
        return " (\(a.name(thai: thai)))"
    }

    // MARK: 6. Gaps

    func gaps(_ s: AreaSituation, matches: [NeedMatch]) -> BriefSection {
        var blocks: [BriefBlock] = [.subheading(t("บทบาทที่ยังไม่มีใครทำ", "Roles nobody fills"))]
        blocks.append(s.missingRoles.isEmpty
            ? .paragraph(t("มีผู้ทำครบทั้งสี่บทบาท (รวมหน่วยที่ทำงานจากระดับอำเภอและจังหวัด)", "All four roles are filled (counting those serving from above)."))
            : .bullets(s.missingRoles.map { $0.label(thai: thai) }))

        blocks.append(.subheading(t("กลุ่มเปราะบางที่ยังเข้าไม่ถึง", "Vulnerable people not reached")))
        if s.vulnerable.isEmpty {
            blocks.append(.paragraph(t("ยังไม่มีข้อมูลกลุ่มเปราะบาง", "No counts of vulnerable groups recorded.")))
        } else {
            let rows = s.vulnerable.map { v in
                [v.group.label(thai: thai), NumberText.count(v.registered), NumberText.count(v.reached), NumberText.count(v.notReached),
                 v.shareNotReached.map { IndicatorUnit.share.text($0, thai: thai) } ?? "—"]
            }
            blocks.append(.table(BriefTable(headers: [t("กลุ่มเป้าหมาย", "Target group"), t("ขึ้นทะเบียน", "Registered"),
                                                      t("เข้าถึงแล้ว", "Reached"), t("ยังไม่ถึง", "Not reached"), t("สัดส่วนที่ยังไม่ถึง", "Share not reached")],
                                            rows: rows, numeric: [1, 2, 3, 4], keepColumnsInText: true)))
            let missed = s.vulnerable.filter { $0.notReached > 0 }
            if !missed.isEmpty {
                blocks.append(.bullets(missed.map { t("\($0.group.thai): ยังเข้าไม่ถึง \($0.notReached) คน", "\($0.group.english): \($0.notReached) people not reached") }))
            }
        }

        // A gap: an open need that no offer meets in substance or target
        // group (offers of the same category only do not fill it).
        let gaps = matches.filter(\.isGap)
        blocks.append(.subheading(t("ความต้องการที่ยังไม่มีผู้ให้ใกล้เคียง", "Needs nobody nearby offers")))
        blocks.append(gaps.isEmpty ? .paragraph(t("ไม่มี", "None."))
                      : .bullets(gaps.map { m in
                          let n = m.need
                          let some = m.offers.isEmpty ? "" : t(" (มีเพียงผู้ให้ประเภทเดียวกัน \(m.offers.count) ราย)", " (only offers of the same category: \(m.offers.count))")
                          return "\(n.category?.label(thai: thai) ?? "—"): \(n.description ?? "—") — \(n.elementName)" + some
                      }))
        return BriefSection(thai: "ช่องว่าง", english: "Gaps", blocks: blocks)
    }

    // MARK: 7. Projects

    func projects(_ s: AreaSituation) -> BriefSection {
        guard !s.activeProjects.isEmpty else {
            return BriefSection(thai: "โครงการที่ดำเนินการอยู่", english: "Active projects",
                                blocks: [.paragraph(t("ไม่มีโครงการที่กำลังดำเนินการ", "No active projects."))])
        }
        let rows = s.activeProjects.map { p in
            [p.nameTH + (p.nameEN.map { $0.isEmpty ? "" : "\n\($0)" } ?? ""), p.leadName ?? "—",
             [p.start, p.end].map { $0.map { CalendarDate.display($0, thai: thai) } ?? "…" }.joined(separator: " – "),
             p.budget.map { IndicatorUnit.baht.text($0, thai: thai, withUnit: false) } ?? "—"]
        }
        return BriefSection(thai: "โครงการที่ดำเนินการอยู่", english: "Active projects", blocks: [
            .table(BriefTable(headers: [t("โครงการ", "Project"), t("ผู้รับผิดชอบหลัก", "Lead"), t("ระยะเวลา", "Period"), t("งบประมาณ (บาท)", "Budget (baht)")],
                              rows: rows, numeric: [3])),
        ])
    }
}
