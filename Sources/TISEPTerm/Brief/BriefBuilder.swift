import Foundation
import AsciiMap
import EcosystemStore

/// Gathers the facts of one area's brief from the store (see ``Brief`` and
/// docs/brief.md for the plan of its pages).
struct BriefBuilder {
    let store: Store
    let thai: Bool
    let includePrivate: Bool
    /// When the brief is made; passed in so that a brief can be reproduced.
    let now: Date
    /// With the annex (`--annex full`, the default) or the handout alone.
    var annex = true

    init(store: Store, thai: Bool, includePrivate: Bool, now: Date, annex: Bool = true) {
        self.store = store; self.thai = thai; self.includePrivate = includePrivate; self.now = now; self.annex = annex
    }

    /// The interface language's wording of a phrase.
    func t(_ th: String, _ en: String) -> String { thai ? th : en }

    /// The brief of a tambon or amphoe (a province gives a province brief
    /// on the same plan); nil when there is no such area.
    func build(_ code: String) throws -> Brief? {
        guard let situation = try store.elements.situation(of: AreaCode.bare(code)) else { return nil }
        let area = situation.area
        let demo = try store.laptop.isDemoDataSet()
        let map = try self.map(area)
        let matches = try needMatches(area.code)
        let elements = try store.elements.list(servingAreaOrBelow: area.code)
        let resources = try store.elements.resources(inAreaOrBelow: area.code)

        // Page 1 holds one page: as many needs and offers under the gaps as
        // leave room for the meeting's notes (BriefPages' estimate, a few
        // millimetres to spare); the annex lists them all.
        let head = (title: title(area), subtitle: try subtitle(situation), warning: demo ? demoWarning : nil)
        let indicators = try keyIndicators(situation)
        var shown = NeedsShown.most(of: matches.count)
        func firstPage() throws -> [BriefSection] {
            [indicators, map.section, try gaps(situation, matches: matches, shown: shown), meetingNotes()]
        }
        var page = try firstPage()
        let mapHeight = BriefPages.height(of: map.section, width: BriefHTML.mapWidthMM)
        while BriefPages.firstPageHeight(Brief(title: head.title, subtitle: head.subtitle, warning: head.warning,
                                               firstPage: page, secondPage: [], annex: nil), mapSection: mapHeight) > BriefPages.pageHeight - Budget.spareMM,
              let less = shown.less {
            shown = less
            page = try firstPage()
        }
        // Page 2 likewise: fewer rows of who is there, then fewer resources.
        var rows = Budget.whoRows, shownResources = Budget.resources
        // Unit cost and SROI go on page 2 when they fit there with at least
        // half of who is there, else to the annex (with the annex).
        var costs = try self.costs(area)
        var costsInAnnex: BriefSection?
        func secondPage() throws -> [BriefSection] {
            [try whoIsThere(situation, elements: elements, rows: rows), resourcesSummary(resources, shown: shownResources), projects(situation)]
                + [costs].compactMap { $0 }
        }
        func tooTall(_ sections: [BriefSection]) -> Bool {
            sections.reduce(0, { $0 + BriefPages.height(of: $1, width: BriefPages.pageWidth) }) > BriefPages.pageHeight - Budget.spareMM
        }
        var second = try secondPage()
        while tooTall(second) {
            if rows > 12 { rows -= 4 } else if shownResources > 2 { shownResources -= 1 }
            else if annex, let c = costs { costsInAnnex = c; costs = nil; rows = Budget.whoRows; shownResources = Budget.resources }
            else { break }
            second = try secondPage()
        }
        var annexSections: [BriefSection]?
        if annex {
            var sections = [try directory(situation, elements: elements),
                            try allResources(area, resources: resources, matches: matches),
                            try indicatorTables(situation)] + [costsInAnnex].compactMap { $0 }
            if let log = try log(area) { sections.append(log) }
            sections.append(try sources(situation, usesBoundaries: map.usesBoundaries, demo: demo))
            annexSections = sections.enumerated().map { i, s in var s = s; s.number = "A\(i + 1)"; return s }
        }
        return Brief(title: head.title, subtitle: head.subtitle, warning: head.warning,
                     firstPage: number(page, from: 1), secondPage: number(second, from: page.count + 1),
                     annex: annexSections)
    }

    private func number(_ sections: [BriefSection], from first: Int) -> [BriefSection] {
        sections.enumerated().map { i, s in var s = s; s.number = String(first + i); return s }
    }

    // MARK: The head of page 1: the place and the date

    func title(_ area: Area) -> String {
        let english = "\(area.level.name.capitalized) brief: \(area.name(thai: false))"
        return thai ? "สรุปข้อมูล\(area.level.thai)\(area.nameTH) / \(english)" : english
    }

    /// "ตำบลเวียง · อำเภอเชียงคำ · จังหวัดพะเยา · รหัส 560307 · ไปรษณีย์ 56110",
    /// then the dates: when the brief was made and when the data last changed.
    func subtitle(_ s: AreaSituation) throws -> [String] {
        let place = s.path.reversed().map { a in
            thai ? "\(a.level.thai)\(a.nameTH) (\(a.nameEN))" : "\(a.level.name.capitalized) \(a.nameEN) (\(a.nameTH))"
        }.joined(separator: " · ")
        let postal = try s.area.postalCode.map { [$0] } ?? postalCodes(below: s.area.code)
        var codes = t("รหัสพื้นที่ \(s.area.code) (TH\(s.area.code))", "geocode \(s.area.code) (TH\(s.area.code))")
        if !postal.isEmpty { codes += t(" · รหัสไปรษณีย์ ", " · postal code ") + postal.joined(separator: ", ") }
        var dates = t("จัดทำเมื่อ ", "Made ") + date(now)
        if let stamp = try store.records.newestStamp() { dates += t(" · ข้อมูล ณ ", " · data as of ") + date(stamp.date) }
        return [place, codes + " · " + dates]
    }

    var demoWarning: String {
        t("ข้อมูลสาธิต: องค์กร บุคคล และตัวเลขในเอกสารนี้สร้างขึ้นเพื่อทดลองใช้ ไม่ใช่ข้อมูลจริง",
          "DEMO DATA: the organisations, people and figures in this brief are generated for trying tisep out, not real")
    }

    private func postalCodes(below code: String) throws -> [String] {
        let tambons = try store.areas.list(level: .tambon, inside: code)
        let codes = Array(Set(tambons.compactMap(\.postalCode))).sorted()
        // An amphoe has a few; a province dozens, which say nothing on a handout.
        return codes.count <= 4 ? codes : []
    }

    /// A day as the interface shows it: "2 พ.ย. 2568" in Thai, "2 Nov 2025" in English (Thai time).
    func date(_ date: Date) -> String { CalendarDate.display(date, thai: thai) }

    /// The place an area code names, for a line of text: "เวียง", "อ.เชียงคำ".
    func placeName(_ code: String?) throws -> String? {
        guard let code, let a = try store.areas.area(code) else { return nil }
        switch a.level {
        case .tambon: return a.name(thai: thai)
        case .amphoe: return t("อ.\(a.nameTH)", "\(a.nameEN) amphoe")
        case .province: return t("จ.\(a.nameTH)", "\(a.nameEN) province")
        case .country: return a.name(thai: thai)
        }
    }

    // MARK: How much of each list the handout holds

    /// "และอีก 3 ราย (ภาคผนวก)": what the handout leaves out, and where it
    /// is; with no annex, only how many.
    func more(_ n: Int, thai word: String, english: String) -> String {
        // "and 1 more need", "and 2 more needs" (`english` is singular).
        let english = "and " + (english.isEmpty ? "\(n) more" : NumberText.count(n, "more " + english))
        return annex ? t("และอีก \(n) \(word) (ภาคผนวก)", english + " (annex)") : t("และอีก \(n) \(word)", english)
    }

    /// Page 1 and 2 hold one A4 page each (docs/brief.md, measured with
    /// scripts/brief-pages); what does not fit is in the annex, and the
    /// handout says how many more there are.
    enum Budget {
        /// Open needs listed under the gaps, at most.
        static let needs = 4
        static let referrals = 4
        /// Rows of "who is there" on page 2, and per role or 4P kind.
        static let whoRows = 24
        static let whoPerGroup = 6
        /// Offers and needs each on page 2.
        static let resources = 6
        static let projects = 5
        /// Millimetres page 1 and page 2 keep free of the estimate: the
        /// estimate runs a few millimetres short of Chromium's print.
        static let spareMM = 8.0
    }
}
