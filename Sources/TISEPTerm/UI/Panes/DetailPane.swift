import AsciiMap
import EcosystemStore

/// The selected element (all fields, contacts, resources, projects, served
/// areas, last change) or, with no element chosen, the area's situation.
enum DetailPane {
    /// What the detail pane shows.
    struct Model {
        /// The selected element, when one is chosen (and loaded).
        var element: ElementDetail?
        var logs: [ContactLogEntry]
        var referralsToElement: [ReferralEntry]
        var situation: AreaSituation?
        var areaReferrals: [ReferralEntry]
        var scroll: Int
        /// Whether the area holds any ecosystem data; one that holds none
        /// says "no data yet" instead of counting zeros.
        var hasData = true
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        screen.box(rect, title: PaneID.detail.title(look.texts), style: Theme.border(focused: focused, look), charset: look.charset)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let content = lines(m, look, width: inner.width)
        let scroll = min(m.scroll, max(0, content.count - inner.height))
        for (i, line) in content.dropFirst(scroll).prefix(inner.height).enumerated() {
            screen.write(line.text, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: line.style)
        }
    }

    struct Line { var text: String; var style: Style = .plain }

    static func lines(_ m: Model, _ look: Look, width: Int) -> [Line] {
        if let detail = m.element { return element(detail, m, look, width: width) }
        if let situation = m.situation { return self.situation(situation, m, look, width: width) }
        return [Line(text: look.texts("เลือกพื้นที่หรือองค์ประกอบ", "choose an area or an element"))]
    }

    private static func element(_ d: ElementDetail, _ m: Model, _ look: Look, width: Int) -> [Line] {
        let t = look.texts
        let r = d.record
        var out: [Line] = []
        func add(_ text: String, _ style: Style = .plain) { out += wrapped(text, style, width: width) }
        add(r["name_th"] ?? "", .bold)
        if let en = r["name_en"], !en.isEmpty { add(en) }
        if r.deleted { add(t("(ถูกลบ)", "(deleted)"), Theme.warning(look)) }
        if r.demo { add(t("ข้อมูลสาธิต (demo data)", "demo data"), Theme.dim(look)) }
        var kind = "4P " + (r["p4"].flatMap(P4Kind.init(rawValue:))?.label(thai: look.thai) ?? "")
        if let role = r["role"].flatMap(PlayerRole.init(rawValue:)) { kind += " · " + role.label(thai: look.thai) }
        add(kind)
        if let sector = r["sector"].flatMap(Sector.init(rawValue:)) { add(t("ภาคส่วน: ", "sector: ") + sector.label(thai: look.thai)) }
        if let level = r["level"].flatMap(CivilSocietyLevel.init(rawValue:)) { add(t("ระดับ: ", "level: ") + level.label(thai: look.thai)) }
        if let phone = r["phone"] { add("☎ " + PhoneNumber.format(phone)) }
        if let email = r["email"] { add("✉ " + email) }
        if let line = r["line_id"] { add("LINE " + line) }
        if !d.contacts.isEmpty {
            add(t("ผู้ติดต่อ", "Contacts"), Theme.heading(look))
            for c in d.contacts {
                var parts = [c.name, c.position].compactMap { $0 }
                if let phone = c.phone { parts.append("☎ " + PhoneNumber.format(phone)) }
                if let email = c.email { parts.append(email) }
                if let line = c.lineID { parts.append("LINE " + line) }
                add((c.isPrivate ? t("[ส่วนตัว] ", "[private] ") : "") + parts.joined(separator: " · "))
            }
        }
        let offers = d.resources.filter { $0.kind == .offer }, needs = d.resources.filter { $0.kind == .need }
        if !offers.isEmpty { add(t("ให้: ", "offers: ") + offers.map { resourceText($0, thai: look.thai) }.joined(separator: "; "), Theme.heading(look)) }
        if !needs.isEmpty { add(t("ต้องการ: ", "needs: ") + needs.map { resourceText($0, thai: look.thai) }.joined(separator: "; "), Theme.heading(look)) }
        if !d.servedAreas.isEmpty { add(t("พื้นที่: ", "serves: ") + d.servedAreas.map { $0.name(thai: look.thai) + " " + $0.code }.joined(separator: ", ")) }
        let groups = r.list("target_groups").compactMap(TargetGroup.init(rawValue:)).map { $0.label(thai: look.thai) }
        if !groups.isEmpty { add(t("กลุ่มเป้าหมาย: ", "target groups: ") + groups.joined(separator: ", ")) }
        let issues = r.list("issues").compactMap(IssueArea.init(rawValue:)).map { $0.label(thai: look.thai) }
        if !issues.isEmpty { add(t("ประเด็น: ", "issues: ") + issues.joined(separator: ", ")) }
        if let description = r["description"] { add(description, Theme.dim(look)) }
        if !d.projects.isEmpty {
            add(t("โครงการ", "Projects"), Theme.heading(look))
            for p in d.projects { add("· " + (look.thai ? p.nameTH : (p.nameEN ?? p.nameTH)) + (p.status.map { " (" + $0.label(thai: look.thai) + ")" } ?? "")) }
        }
        if !m.logs.isEmpty {
            add(t("บันทึกการติดต่อ", "Contact log") + " (\(m.logs.count))", Theme.heading(look))
            for l in m.logs.prefix(5) {
                add("· " + [l.date.map { CalendarDate.display($0, thai: look.thai) }, l.who, l.channel, l.outcome, l.note].compactMap { $0 }.joined(separator: " · "))
            }
        }
        if !m.referralsToElement.isEmpty {
            add(t("การส่งต่อมาที่นี่", "Referrals to it") + " (\(m.referralsToElement.count))", Theme.heading(look))
            for r in m.referralsToElement.prefix(5) { add("· " + referralText(r, thai: look.thai)) }
        }
        if let stamp = d.lastChange {
            let date = CalendarDate.display(stamp.date, thai: look.thai)
            add(t("แก้ไขล่าสุด ", "changed ") + date + " · " + t("เครื่อง ", "laptop ") + (d.lastChangeLaptop ?? stamp.replica), Theme.dim(look))
        }
        return out
    }

    static func referralText(_ r: ReferralEntry, thai: Bool) -> String {
        var parts = [r.caseCode, r.status.label(thai: thai)]
        if let g = r.targetGroup { parts.append(g.label(thai: thai)) }
        if let need = r.needText { parts.append(ResourceCategory(rawValue: need)?.label(thai: thai) ?? need) }
        if let to = r.toElementName { parts.append("→ " + to) }
        if let d = r.date { parts.append(CalendarDate.display(d, thai: thai)) }
        return parts.joined(separator: " · ")
    }

    private static func resourceText(_ r: ResourceSummary, thai: Bool) -> String {
        [r.category?.label(thai: thai), r.description, r.quantity].compactMap { $0 }.joined(separator: " ")
    }

    private static func situation(_ s: AreaSituation, _ m: Model, _ look: Look, width: Int) -> [Line] {
        let t = look.texts
        var out: [Line] = []
        func add(_ text: String, _ style: Style = .plain) { out += wrapped(text, style, width: width) }
        add(s.area.name(thai: look.thai) + " " + s.area.code, .bold)
        add(s.path.dropLast().reversed().map { $0.name(thai: look.thai) }.joined(separator: " › "), Theme.dim(look))
        if !m.hasData {
            // Most of the country has no ecosystem data yet: that is not a count of zero.
            add(t("ยังไม่มีข้อมูลในพื้นที่นี้", "No data here yet"), Theme.dim(look))
            add(t("เพิ่มองค์ประกอบด้วย a หรือ tisep import-entities", "Add elements with a, or tisep import-entities"), Theme.dim(look))
            return out
        }
        // Who serves it first ("who is there to help"), counted as the tree
        // and the list count them (ServingCounts, docs/glossary.md "Counts").
        add(CountText.players(s.counts, t), Theme.heading(look))
        add(CountText.roles(s, t))
        if !s.missingRoles.isEmpty {
            add(t("บทบาทที่ยังไม่มีใครทำ: ", "Roles nobody fills: ") + s.missingRoles.map { $0.label(thai: look.thai) }.joined(separator: ", "), Theme.warning(look))
        }
        add(CountText.elements(s, t))
        if s.indicators.isEmpty { add(t("ไม่มีค่าตัวชี้วัด", "no indicator values")) }
        for v in s.indicators {
            var text = v.definition.name(thai: look.thai) + ": " + IndicatorUnit(v.definition).text(v.value.value, thai: look.thai)
            if v.value.smallSample { text += IndicatorFormat.smallSampleMark + " " + t("(ตัวอย่างน้อย)", "(small sample)") }
            // The years as a sparkline, oldest first: "▂▅▇ 2566–2568".
            if v.trend.points.count > 1, let first = v.trend.points.first?.year, let last = v.trend.points.last?.year {
                let line = v.trend.sparkline(glyphs: look.charset == .unicode ? Trend.blocks : Trend.ascii)
                text += " " + line + " " + IndicatorFormat.year(first, thai: look.thai) + "–" + IndicatorFormat.year(last, thai: look.thai)
            }
            if let r = v.amphoeRank { text += " · " + CountText.rank(r, within: t("ในอำเภอ", "in the amphoe"), t) }
            else if let r = v.provinceRank { text += " · " + CountText.rank(r, within: t("ในจังหวัด", "in the province"), t) }
            if v.value.synthetic { text += " " + t("(สาธิต)", "(demo)") }
            add(text)
        }
        let unreached = s.vulnerable.filter { $0.notReached > 0 }
        if !unreached.isEmpty {
            add(t("กลุ่มเปราะบางที่ยังเข้าไม่ถึง", "Vulnerable people not reached"), Theme.heading(look))
            for g in unreached {
                add("· " + g.group.label(thai: look.thai) + " " + t("\(NumberText.count(g.notReached)) จาก \(NumberText.count(g.registered)) คน",
                                                                   "\(NumberText.count(g.notReached)) of " + NumberText.count(g.registered, "person", "people")))
            }
        }
        if !s.openNeeds.isEmpty {
            add(t("ความต้องการ", "Open needs") + " (\(NumberText.count(s.openNeeds.count)))", Theme.heading(look))
            for n in s.openNeeds.prefix(5) { add("· " + (n.description ?? n.category?.label(thai: look.thai) ?? "") + " — " + n.elementName) }
        }
        let open = m.areaReferrals.filter { $0.status.isOpen }
        if !m.areaReferrals.isEmpty {
            add(t("การส่งต่อ", "Referrals") + " (\(NumberText.count(m.areaReferrals.count)), " + t("ค้าง", "open") + " \(NumberText.count(open.count)))", Theme.heading(look))
            for r in open.prefix(5) { add("· " + referralText(r, thai: look.thai)) }
        }
        if !s.activeProjects.isEmpty {
            add(t("โครงการที่ดำเนินการ", "Active projects") + " (\(NumberText.count(s.activeProjects.count)))", Theme.heading(look))
            for p in s.activeProjects.prefix(5) { add("· " + (look.thai ? p.nameTH : (p.nameEN ?? p.nameTH))) }
        }
        return out
    }

    /// A paragraph wrapped to the pane; a bulleted one ("· ", "☎ ") hangs under its text.
    private static func wrapped(_ text: String, _ style: Style, width: Int) -> [Line] {
        let hang = text.hasPrefix("· ") || text.hasPrefix("☎ ") || text.hasPrefix("✉ ") ? 2 : 0
        return WrappedText.lines(text, width: width, hang: hang).map { Line(text: $0, style: style) }
    }
}
