import AsciiMap
import EcosystemStore

/// The selected element (all fields, contacts, resources, projects, served
/// areas, last change) or, with no element chosen, the area's situation.
enum DetailPane {
    static func render(_ state: AppState, into screen: inout ScreenBuffer, rect: Rect, focused: Bool) {
        let t = state.texts
        screen.box(rect, title: PaneID.detail.title(t), style: Theme.border(focused: focused, state), charset: state.charset)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let content = lines(state, width: inner.width)
        let scroll = min(state.detailScroll, max(0, content.count - inner.height))
        for (i, line) in content.dropFirst(scroll).prefix(inner.height).enumerated() {
            screen.write(line.text, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: line.style)
        }
    }

    struct Line { var text: String; var style: Style = .plain }

    static func lines(_ state: AppState, width: Int) -> [Line] {
        if state.selectedElement != nil, let detail = state.elementDetail { return element(detail, state, width: width) }
        if let situation = state.situation { return self.situation(situation, state, width: width) }
        return [Line(text: state.texts("เลือกพื้นที่หรือผู้เล่น", "choose an area or a player"))]
    }

    private static func element(_ d: ElementDetail, _ state: AppState, width: Int) -> [Line] {
        let t = state.texts
        let r = d.record
        var out: [Line] = []
        func add(_ text: String, _ style: Style = .plain) { out += Wrap.lines(text, width: width).map { Line(text: $0, style: style) } }
        add(r["name_th"] ?? "", .bold)
        if let en = r["name_en"], !en.isEmpty { add(en) }
        if r.deleted { add(t("(ถูกลบ)", "(deleted)"), Theme.warning(state)) }
        if r.demo { add(t("ข้อมูลสาธิต (demo data)", "demo data"), Theme.dim(state)) }
        var kind = "4P " + (r["p4"].flatMap(P4Kind.init(rawValue:))?.label(thai: state.thai) ?? "")
        if let role = r["role"].flatMap(PlayerRole.init(rawValue:)) { kind += " · " + role.label(thai: state.thai) }
        add(kind)
        if let sector = r["sector"].flatMap(Sector.init(rawValue:)) { add(t("ภาคส่วน: ", "sector: ") + sector.label(thai: state.thai)) }
        if let level = r["level"].flatMap(CivilSocietyLevel.init(rawValue:)) { add(t("ระดับ: ", "level: ") + level.label(thai: state.thai)) }
        if let phone = r["phone"] { add("☎ " + PhoneNumber.format(phone)) }
        if let email = r["email"] { add("✉ " + email) }
        if let line = r["line_id"] { add("LINE " + line) }
        if !d.contacts.isEmpty {
            add(t("ผู้ติดต่อ", "Contacts"), Theme.heading(state))
            for c in d.contacts {
                var parts = [c.name, c.position].compactMap { $0 }
                if let phone = c.phone { parts.append("☎ " + PhoneNumber.format(phone)) }
                if let email = c.email { parts.append(email) }
                if let line = c.lineID { parts.append("LINE " + line) }
                add((c.isPrivate ? t("[ส่วนตัว] ", "[private] ") : "") + parts.joined(separator: " · "))
            }
        }
        let offers = d.resources.filter { $0.kind == .offer }, needs = d.resources.filter { $0.kind == .need }
        if !offers.isEmpty { add(t("ให้: ", "offers: ") + offers.map { resourceText($0, state) }.joined(separator: "; "), Theme.heading(state)) }
        if !needs.isEmpty { add(t("ต้องการ: ", "needs: ") + needs.map { resourceText($0, state) }.joined(separator: "; "), Theme.heading(state)) }
        if !d.servedAreas.isEmpty { add(t("พื้นที่: ", "serves: ") + d.servedAreas.map { $0.name(thai: state.thai) + " " + $0.code }.joined(separator: ", ")) }
        let groups = r.list("target_groups").compactMap(TargetGroup.init(rawValue:)).map { $0.label(thai: state.thai) }
        if !groups.isEmpty { add(t("กลุ่มเป้าหมาย: ", "target groups: ") + groups.joined(separator: ", ")) }
        let issues = r.list("issues").compactMap(IssueArea.init(rawValue:)).map { $0.label(thai: state.thai) }
        if !issues.isEmpty { add(t("ประเด็น: ", "issues: ") + issues.joined(separator: ", ")) }
        if let description = r["description"] { add(description, Theme.dim(state)) }
        if !d.projects.isEmpty {
            add(t("โครงการ", "Projects"), Theme.heading(state))
            for p in d.projects { add("· " + (state.thai ? p.nameTH : (p.nameEN ?? p.nameTH)) + (p.status.map { " (" + $0.label(thai: state.thai) + ")" } ?? "")) }
        }
        if !state.elementLogs.isEmpty {
            add(t("บันทึกการติดต่อ", "Contact log") + " (\(state.elementLogs.count))", Theme.heading(state))
            for l in state.elementLogs.prefix(5) {
                add("· " + [l.date.map { CalendarDate.display($0, thai: state.thai) }, l.who, l.channel, l.outcome, l.note].compactMap { $0 }.joined(separator: " · "))
            }
        }
        if !state.elementReferrals.isEmpty {
            add(t("การส่งต่อมาที่นี่", "Referrals to it") + " (\(state.elementReferrals.count))", Theme.heading(state))
            for r in state.elementReferrals.prefix(5) { add("· " + referralText(r, state)) }
        }
        if let stamp = d.lastChange {
            let date = CalendarDate.display(String(ISODate.string(stamp.date).prefix(10)), thai: state.thai)
            add(t("แก้ไขล่าสุด ", "changed ") + date + " · " + t("เครื่อง ", "laptop ") + (d.lastChangeLaptop ?? stamp.replica), Theme.dim(state))
        }
        return out
    }

    static func referralText(_ r: ReferralEntry, _ state: AppState) -> String {
        var parts = [r.caseCode, r.status.label(thai: state.thai)]
        if let g = r.targetGroup { parts.append(g.label(thai: state.thai)) }
        if let need = r.needText { parts.append(ResourceCategory(rawValue: need)?.label(thai: state.thai) ?? need) }
        if let to = r.toElementName { parts.append("→ " + to) }
        if let d = r.date { parts.append(CalendarDate.display(d, thai: state.thai)) }
        return parts.joined(separator: " · ")
    }

    private static func resourceText(_ r: ResourceSummary, _ state: AppState) -> String {
        [r.category?.label(thai: state.thai), r.description, r.quantity].compactMap { $0 }.joined(separator: " ")
    }

    private static func situation(_ s: AreaSituation, _ state: AppState, width: Int) -> [Line] {
        let t = state.texts
        var out: [Line] = []
        func add(_ text: String, _ style: Style = .plain) { out += Wrap.lines(text, width: width).map { Line(text: $0, style: style) } }
        add(s.area.name(thai: state.thai) + " " + s.area.code, .bold)
        add(s.path.dropLast().reversed().map { $0.name(thai: state.thai) }.joined(separator: " › "), Theme.dim(state))
        if s.indicators.isEmpty { add(t("ไม่มีค่าตัวชี้วัด", "no indicator values")) }
        for v in s.indicators {
            var text = v.definition.name(thai: state.thai) + ": " + Format.optional(v.value.value, share: v.definition.isShare)
            if let r = v.rankInAmphoe { text += " · " + t("อันดับ", "rank") + " \(r.rank)/\(r.of) " + t("ในอำเภอ", "in amphoe") }
            else if let r = v.rankInProvince { text += " · " + t("อันดับ", "rank") + " \(r.rank)/\(r.of) " + t("ในจังหวัด", "in province") }
            if v.value.smallSample { text += " " + t("(ตัวอย่างน้อย)", "(small sample)") }
            if v.value.synthetic { text += " " + t("(สาธิต)", "(demo)") }
            add(text)
        }
        add(t("ผู้เล่นตามบทบาท", "Players by role"), Theme.heading(state))
        add(PlayerRole.allCases.map { "\($0.label(thai: state.thai)) \(s.playersByRole[$0] ?? 0)" }.joined(separator: " · "))
        if !s.missingRoles.isEmpty {
            add(t("ช่องว่าง: ไม่มี", "Gaps: no") + " " + s.missingRoles.map { $0.label(thai: state.thai) }.joined(separator: ", "), Theme.warning(state))
        }
        let unreached = s.vulnerable.filter { $0.notReached > 0 }
        if !unreached.isEmpty {
            add(t("กลุ่มเปราะบางที่ยังเข้าไม่ถึง", "Vulnerable people not reached"), Theme.heading(state))
            for g in unreached { add("· \(g.group.label(thai: state.thai)) \(g.notReached)/\(g.registered)") }
        }
        if !s.openNeeds.isEmpty {
            add(t("ความต้องการ", "Open needs") + " (\(s.openNeeds.count))", Theme.heading(state))
            for n in s.openNeeds.prefix(5) { add("· " + (n.description ?? n.category?.label(thai: state.thai) ?? "") + " — " + n.elementName) }
        }
        let open = state.areaReferrals.filter { $0.status.isOpen }
        if !state.areaReferrals.isEmpty {
            add(t("การส่งต่อ", "Referrals") + " (\(state.areaReferrals.count), " + t("ค้าง", "open") + " \(open.count))", Theme.heading(state))
            for r in open.prefix(5) { add("· " + referralText(r, state)) }
        }
        if !s.activeProjects.isEmpty {
            add(t("โครงการที่ดำเนินการ", "Active projects") + " (\(s.activeProjects.count))", Theme.heading(state))
            for p in s.activeProjects.prefix(5) { add("· " + (state.thai ? p.nameTH : (p.nameEN ?? p.nameTH))) }
        }
        return out
    }
}

/// Line breaking by display width: at spaces where there are any, else
/// (Thai runs without spaces) at any grapheme-cluster boundary.
enum Wrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = TextWidth.width(of: word)
            let gap = line.isEmpty ? 0 : 1
            if lineWidth + gap + w <= width {
                if gap == 1 { line += " " }
                line += word
                lineWidth += gap + w
                continue
            }
            if !line.isEmpty { out.append(line); line = ""; lineWidth = 0 }
            for character in word {
                let cw = TextWidth.width(of: character)
                if lineWidth + cw > width { out.append(line); line = ""; lineWidth = 0 }
                line.append(character)
                lineWidth += cw
            }
        }
        if !line.isEmpty || out.isEmpty { out.append(line) }
        return out
    }
}
