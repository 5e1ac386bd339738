import EcosystemStore

/// Page 2 (who is there with one contact each, resources, projects) and the
/// annex's full directory and resource lists.
extension BriefBuilder {
    /// The groups of "who is there": players by role, then the other 4P kinds.
    private func groups(_ elements: [ElementSummary]) -> [(title: String, members: [ElementSummary])] {
        var out: [(String, [ElementSummary])] = []
        for role in PlayerRole.allCases {
            out.append((t("ผู้เล่น: \(role.thai)", "Players: \(role.english)s"), elements.filter { $0.p4 == .player && $0.role == role }))
        }
        out.append((t("ผู้เล่น: ไม่ระบุบทบาท", "Players: no role given"), elements.filter { $0.p4 == .player && $0.role == nil }))
        for kind in [P4Kind.policy, .asset, .platform] {
            out.append(("\(kind.thai) / \(kind.english)", elements.filter { $0.p4 == kind }))
        }
        // Those here before those serving from above; of those here, the
        // ones serving the whole area (an amphoe brief's amphoe) first.
        return out.filter { !$0.1.isEmpty }.map { group in
            let here = group.1.filter { !$0.fromAbove }
            return (group.0, here.filter { $0.servedArea.count <= 4 } + here.filter { $0.servedArea.count > 4 } + group.1.filter(\.fromAbove))
        }
    }

    /// The counts in the detail pane's words (CountText).
    private func counts(_ s: AreaSituation) -> [BriefBlock] {
        let texts = Texts(thai: thai)
        return [.paragraph(CountText.players(s.counts, texts) + ": " + CountText.roles(s, texts)),
                .paragraph(CountText.elements(s, texts))]
    }

    // MARK: Page 2: who is there

    /// Every role or 4P kind with its members (as many as page 2 holds) and
    /// one way to reach each.
    /// `rows`: the most rows the table may take (page 2's budget).
    func whoIsThere(_ s: AreaSituation, elements: [ElementSummary], rows budget: Int = Budget.whoRows) throws -> BriefSection {
        var blocks = counts(s)
        guard !elements.isEmpty else {
            blocks.append(.paragraph(t("ยังไม่มีข้อมูลองค์ประกอบในพื้นที่นี้", "No elements recorded here yet.")))
            return BriefSection(kind: .who, number: "", thai: "ใครอยู่ในพื้นที่", english: "Who is there", blocks: blocks)
        }
        let groups = self.groups(elements)
        // Rows per group: as many as fit the page, the same for all groups.
        var perGroup = Budget.whoPerGroup
        while perGroup > 1, groups.reduce(0, { $0 + min($1.members.count, perGroup) + ($1.members.count > perGroup ? 1 : 0) }) > budget {
            perGroup -= 1
        }
        var rows: [[String]] = []
        for (title, members) in groups {
            for (i, e) in members.prefix(perGroup).enumerated() {
                rows.append([i == 0 ? title : "", (e.fromAbove ? "↑ " : "") + e.name(thai: thai), try store.elements.contactLine(ofElement: e.id).map(Self.firstChannel) ?? "—"])
            }
            if members.count > perGroup {
                rows.append(["", more(members.count - perGroup, thai: "ราย", english: ""), ""])
            }
        }
        blocks.append(.table(BriefTable(headers: [t("บทบาท / ประเภท", "Role / kind"), t("ชื่อ", "Name"), t("ติดต่อ", "Contact")], rows: rows,
                                        keepColumnsInText: true)))
        if elements.contains(where: \.fromAbove) {
            blocks.append(.note(t("↑ ทำงานให้ทั้งอำเภอหรือจังหวัด และนับว่าทำงานในพื้นที่นี้ด้วย", "↑ serves the whole amphoe or province, and counts for this area too")
                                + (annex ? t(" · ผู้ติดต่อทุกคนอยู่ในภาคผนวก", " · every contact is in the annex") : "")))
        }
        return BriefSection(kind: .who, number: "", thai: "ใครอยู่ในพื้นที่", english: "Who is there", blocks: blocks)
    }

    // MARK: Annex: the directory

    /// Every element serving the area with sector, where it serves from and
    /// every contact; private contacts only when asked for, and counted.
    func directory(_ s: AreaSituation, elements: [ElementSummary]) throws -> BriefSection {
        var blocks = counts(s)
        if elements.isEmpty {
            blocks.append(.paragraph(t("ยังไม่มีข้อมูลองค์ประกอบในพื้นที่นี้", "No elements recorded here yet.")))
        }
        var privateCount = 0
        for (title, members) in groups(elements) {
            blocks.append(.subheading(title))
            var rows: [[String]] = []
            for e in members {
                let contacts = try store.elements.contacts(ofElement: e.id, includePrivate: true)
                privateCount += contacts.filter(\.isPrivate).count
                rows.append(try elementRow(e, contacts: contacts.filter { includePrivate || !$0.isPrivate }, in: s.area.code))
            }
            blocks.append(.table(BriefTable(headers: [t("ชื่อ", "Name"), t("ภาคส่วน", "Sector"), t("ทำงานที่", "Serves"), t("ติดต่อ", "Contact")],
                                            rows: rows)))
        }
        if elements.contains(where: \.fromAbove) {
            blocks.append(.note(t("\"จากระดับ…\" คือหน่วยที่ทำงานให้ทั้งอำเภอหรือจังหวัด และนับว่าทำงานในพื้นที่นี้ด้วย",
                                  "\"From …\" marks those serving the whole amphoe or province; they count for this area too.")))
        }
        if privateCount > 0 {
            blocks.append(.note(includePrivate
                ? t("รวมผู้ติดต่อส่วนตัว \(privateCount) ราย (ทำเครื่องหมาย [ส่วนตัว]) ห้ามเผยแพร่เอกสารนี้ต่อ",
                    "\(privateCount) private contacts included (marked [private]): do not pass this brief on.")
                : t("ไม่รวมผู้ติดต่อส่วนตัว \(privateCount) ราย (ใส่ได้ด้วย --include-private)",
                    "\(privateCount) private contacts left out (add them with --include-private).")))
        }
        return BriefSection(kind: .directory, number: "", thai: "รายชื่อผู้ติดต่อทั้งหมด", english: "Directory of contacts", blocks: blocks)
    }

    private func elementRow(_ e: ElementSummary, contacts: [ContactInfo], in code: String) throws -> [String] {
        var name = e.nameTH
        if let en = e.nameEN, !en.isEmpty, en != e.nameTH { name += "\n" + en }
        var serves = t("ในพื้นที่", "here")
        if e.servedArea != code, let area = try store.areas.area(e.servedArea) {
            serves = e.fromAbove ? t("จากระดับ\(area.level.thai) \(area.nameTH)", "from the \(area.level.name) \(area.nameEN)")
                                 : t("\(area.level.thai)\(area.nameTH)", "\(area.level.name) \(area.nameEN)")
        }
        return [name, e.sector?.label(thai: thai) ?? "—", serves, try contactLines(e.id, contacts).joined(separator: "\n")]
    }

    /// The element's own phone, e-mail and LINE, then each contact person,
    /// private ones marked.
    private func contactLines(_ id: String, _ contacts: [ContactInfo]) throws -> [String] {
        var lines: [String] = []
        if let record = try store.records.record(id, type: .entity) {
            let own = channels(phone: record["phone"], email: record["email"], line: record["line_id"])
            if !own.isEmpty { lines.append(own) }
        }
        for c in contacts {
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

    // MARK: Resources

    private func resourceLine(_ r: ResourceSummary) -> String {
        var line = "\(r.category?.label(thai: thai) ?? "—"): \(r.description ?? "—")"
        if let q = r.quantity, !q.isEmpty { line += " (\(q))" }
        return line + " — " + r.elementName
    }

    /// Page 2: what is offered and still needed here, as many lines as
    /// fit; needs marked met are counted, not listed (as `tisep matches`
    /// leaves them out). At most `shown` offers and as many needs.
    func resourcesSummary(_ resources: [ResourceSummary], shown: Int = Budget.resources) -> BriefSection {
        var blocks: [BriefBlock] = []
        let met = resources.filter { $0.kind == .need && $0.status == .met }.count
        for (kind, th, en) in [(ResourceKind.offer, "ที่มีให้", "Offered"), (.need, "ที่ต้องการ", "Needed")] {
            let list = resources.filter { $0.kind == kind && $0.status == .open }
            blocks.append(.subheading(t("\(th) (\(list.count))", "\(en) (\(list.count))")))
            if list.isEmpty { blocks.append(.paragraph(t("ไม่มี", "None."))) } else {
                var lines = list.prefix(shown).map(resourceLine)
                if list.count > shown {
                    lines.append(more(list.count - shown, thai: "รายการ", english: ""))
                }
                blocks.append(.bullets(lines))
            }
            if kind == .need && met > 0 {
                blocks.append(.note(t("ได้รับแล้ว \(met) รายการ (ไม่นับรวมข้างบน)", "Met already: \(met) (not counted above)")))
            }
        }
        return BriefSection(kind: .resources, number: "", thai: "ทรัพยากร", english: "Resources", blocks: blocks)
    }

    /// Annex: every resource, and every open need with its offers.
    func allResources(_ area: Area, resources: [ResourceSummary], matches: [BriefNeedMatch]) throws -> BriefSection {
        var blocks: [BriefBlock] = []
        let headers = [t("ประเภท", "Category"), t("รายละเอียด", "Description"), t("จำนวน", "Quantity"), t("โดย", "By"), t("พื้นที่", "Area")]
        for (kind, th, en) in [(ResourceKind.offer, "ที่มีให้", "Offered"), (.need, "ที่ต้องการ", "Needed")] {
            let list = resources.filter { $0.kind == kind }
            blocks.append(.subheading(t("\(th) (\(list.count))", "\(en) (\(list.count))")))
            blocks.append(list.isEmpty ? .paragraph(t("ไม่มี", "None.")) : .table(BriefTable(headers: headers, rows: try list.map { r in
                let met = r.kind == .need && r.status == .met ? t(" (ได้รับแล้ว)", " (met)") : ""
                return [r.category?.label(thai: thai) ?? "—", (r.description ?? "—") + met, r.quantity ?? "—", r.elementName, try placeName(r.area) ?? "—"]
            })))
        }
        blocks.append(.subheading(t("ความต้องการและผู้ที่อาจช่วยได้", "Needs and who could meet them")))
        if matches.isEmpty {
            blocks.append(.paragraph(t("ไม่มีความต้องการที่ยังเปิดอยู่", "No open needs.")))
        } else {
            blocks.append(.items(matches.map { m in
                BriefItem(text: needLine(m), details: offerLines(m, count: m.offers.count, withWhat: true))
            }))
            blocks.append(.note(t("จับคู่แบบเดียวกับ tisep matches จากสิ่งที่มีร่วมกัน: คำในรายละเอียด กลุ่มเป้าหมาย ประเด็น ประเภท บทบาท และระยะทาง; \"ประเภทเดียวกันเท่านั้น\" คือไม่มีอะไรร่วมกันนอกจากประเภท",
                                  "Matched as tisep matches does, on what they share: the words of their descriptions, target groups, issues, category, roles and distance; \"same category only\" means nothing else is shared.")))
        }
        return BriefSection(kind: .allResources, number: "", thai: "ทรัพยากรทั้งหมด", english: "All resources", blocks: blocks)
    }

    // MARK: Page 2: projects

    func projects(_ s: AreaSituation) -> BriefSection {
        guard !s.activeProjects.isEmpty else {
            return BriefSection(kind: .projects, number: "", thai: "โครงการที่ดำเนินการอยู่", english: "Active projects",
                                blocks: [.paragraph(t("ไม่มีโครงการที่กำลังดำเนินการ", "No active projects."))])
        }
        var rows = s.activeProjects.prefix(Budget.projects).map { p in
            [p.name(thai: thai), p.leadName ?? "—",
             [p.start, p.end].map { $0.map { CalendarDate.display($0, thai: thai) } ?? "…" }.joined(separator: " – "),
             p.budget.map { IndicatorUnit.baht.text($0, thai: thai, withUnit: false) } ?? "—"]
        }
        if s.activeProjects.count > Budget.projects {
            rows.append([t("และอีก \(s.activeProjects.count - Budget.projects) โครงการ", "and \(s.activeProjects.count - Budget.projects) more"), "", "", ""])
        }
        return BriefSection(kind: .projects, number: "", thai: "โครงการที่ดำเนินการอยู่", english: "Active projects", blocks: [
            .table(BriefTable(headers: [t("โครงการ", "Project"), t("ผู้รับผิดชอบหลัก", "Lead"), t("ระยะเวลา", "Period"), t("งบประมาณ (บาท)", "Budget (baht)")],
                              rows: rows, numeric: [3])),
        ])
    }
}

private extension ProjectSummary {
    func name(thai: Bool) -> String { thai ? nameTH : (nameEN.flatMap { $0.isEmpty ? nil : $0 } ?? nameTH) }
}
