import AsciiMap
import EcosystemStore

enum PaneID: Int, CaseIterable {
    case tree, map, list, detail

    func title(_ t: Texts) -> String {
        switch self {
        case .tree: return t("พื้นที่", "Areas")
        case .map: return t("แผนที่", "Map")
        case .list: return t("องค์ประกอบ", "Elements")
        case .detail: return t("รายละเอียด", "Detail")
        }
    }
}

enum ListTab { case elements, resources }

/// How the element list is ordered (`s` cycles).
enum ListSort: CaseIterable {
    case name, role, sector

    func label(_ t: Texts) -> String {
        switch self {
        case .name: return t("ชื่อ", "name")
        case .role: return t("บทบาท", "role")
        case .sector: return t("ภาคส่วน", "sector")
        }
    }
}

/// One visible row of the area tree.
struct TreeRow: Equatable {
    var area: Area
    var depth: Int
    var expanded: Bool
    var hasChildren: Bool
}

/// A choice of the filter menu (`f`).
enum ListFilter: Equatable {
    case sector(Sector), target(TargetGroup), issue(IssueArea)

    static var all: [ListFilter] {
        Sector.allCases.map(ListFilter.sector) + TargetGroup.allCases.map(ListFilter.target) + IssueArea.allCases.map(ListFilter.issue)
    }

    func label(_ t: Texts) -> String {
        switch self {
        case let .sector(s): return t("ภาคส่วน", "sector") + ": " + s.label(thai: t.thai)
        case let .target(g): return t("กลุ่มเป้าหมาย", "target group") + ": " + g.label(thai: t.thai)
        case let .issue(i): return t("ประเด็น", "issue") + ": " + i.label(thai: t.thai)
        }
    }
}

/// Facts about the open database, for the title and status bars.
struct DataSetInfo: Equatable {
    var path: String
    var isDemo: Bool
    var createdNow = false
}

/// The map's loaded data, how it fits the pane, and the areas shown with
/// their layout (the model the arrow keys move on).
struct MapState {
    var load: MapLoad?
    /// The `AppState.mapKey` that `load` was loaded for.
    var loadedKey = ""
    /// The `AppState.mapKey` asked for last (`Update.followMap`).
    var wantedKey = ""
    /// Counts loads, so that a map drawn from older data is never shown again.
    var generation = 0
    /// Where map and legend go at the pane's size (`Update.fitMap`).
    var fit: MapFit?
    /// What the pane shows now (`Update.fitMap`).
    var view: MapView?

    mutating func show(_ load: MapLoad, key: String) {
        self.load = load
        loadedKey = key
        generation += 1
    }
}

/// Everything the screen shows. `update` changes it from actions; panes
/// render it; loaded data (from the store) arrive through effects.
struct AppState {
    var width = 80
    var height = 24
    var thai = true
    var colorMode: ColorMode = .none
    var charset: Charset = .unicode
    var dataset = DataSetInfo(path: "", isDemo: false)
    var focus: PaneID = .tree
    var status: String?

    // Tree
    var provinces: [Area] = []
    var children: [String: [Area]] = [:]
    var expanded: Set<String> = []
    var treeCursor = 0
    var treeScroll = 0
    var selectedArea = ""
    var indicatorValues: [String: Double] = [:]
    var playerCounts: [String: Int] = [:]
    /// The areas, of every level, that hold ecosystem data; the tree and the
    /// detail pane show the others as "no data yet", never as zero (nil:
    /// not known, every area treated as holding data).
    var areasWithData: Set<String>?

    // Map
    var indicators: [IndicatorDefinition] = []
    var indicatorIndex = 0
    var method: ClassificationMethod = .quantile
    var mapZoomedToAmphoe = false
    /// `z` on a province too small for the pane: its tambons drawn anyway
    /// (tiny), instead of the amphoe around the selection.
    var mapWholeProvince = false
    /// `K`: the map numbers the areas it cannot name, and their key is shown.
    var mapKeyShown = false
    /// `y`: the year the map draws (nil: each area's latest value).
    var mapYear: Int?
    var map = MapState()

    // List
    var listTab: ListTab = .elements
    // The filtered list is kept, not computed: a frame reads it several
    // times and a province lists thousands of elements.
    var sort: ListSort = .name { didSet { refilterElements() } }
    var filterP4: P4Kind? { didSet { refilterElements() } }
    var filterRole: PlayerRole? { didSet { refilterElements() } }
    var extraFilters: [ListFilter] = [] { didSet { refilterElements() } }
    var allElements: [ElementSummary] = [] { didSet { refilterElements() } }
    /// The elements the list shows, after every filter and in the chosen order.
    private(set) var elements: [ElementSummary] = []
    var resources: [ResourceSummary] = []
    var listCursor = 0
    var listScroll = 0

    // Detail
    var selectedElement: String?
    var elementDetail: ElementDetail?
    var situation: AreaSituation?
    var detailScroll = 0

    // Search: the query and its results stay after the bar closes (`n`, `N`, `/` again).
    var search = SearchState()

    /// What has the keys before the panes, one at a time (the search bar,
    /// help, a form, …); nil when the panes have them.
    var overlay: Overlay?

    // Editing (docs/editing.md)
    /// Edits of this session, newest last; `u` undoes the newest.
    var undoStack: [UndoEntry] = []
    /// The selected element's contact log and the referrals made to it.
    var elementLogs: [ContactLogEntry] = []
    var elementReferrals: [ReferralEntry] = []
    /// Referrals of cases in the selected area, open ones first.
    var areaReferrals: [ReferralEntry] = []
    /// Today as YYYY-MM-DD: the default date of a contact log or referral.
    var today = ""

    // Sync (`Update+Sync.swift`): this laptop's name and the conflicts to
    // review, for the status line; whether a write waits for another tisep.
    var sync = SyncFacts()
    var writerWaiting = false
    /// Ticks left until the status line's sync facts are asked for again.
    var ticksToSyncCheck = Update.syncCheckTicks

    var quitRequested = false

    var texts: Texts { Texts(thai: thai) }
    var look: Look { Look(thai: thai, colorMode: colorMode, charset: charset) }
    var areaNames: AreaNames { AreaNames(provinces: provinces, children: children, thai: thai) }

    /// An area's name from the loaded tree, "เวียง" for "560101".
    func areaName(_ code: String) -> String? { areaNames.name(code) }

    /// Areas a form's pick list offers: the selected area's province and
    /// amphoe, and the tambons (or amphoes) next to it in the tree.
    var areaOptions: [String] {
        guard !selectedArea.isEmpty else { return provinces.map(\.code) }
        var codes: [String] = []
        var code: String? = selectedArea
        while let c = code { codes.insert(c, at: 0); code = AreaCode.parent(of: c) }
        let siblingsOf = selectedArea.count == 6 ? AreaCode.parent(of: selectedArea) : selectedArea
        for a in siblingsOf.flatMap({ children[$0] }) ?? [] where !codes.contains(a.code) { codes.append(a.code) }
        return codes
    }
    var indicator: IndicatorDefinition? { indicators.indices.contains(indicatorIndex) ? indicators[indicatorIndex] : nil }

    private mutating func refilterElements() {
        let filtered = allElements.filter { e in
            if let p4 = filterP4, e.p4 != p4 { return false }
            if let role = filterRole, e.role != role { return false }
            for f in extraFilters {
                switch f {
                case let .sector(s): if e.sector != s { return false }
                case let .target(g): if !e.targetGroups.contains(g) { return false }
                case let .issue(i): if !e.issues.contains(i) { return false }
                }
            }
            return true
        }
        switch sort {
        case .name: elements = filtered
        case .role: elements = filtered.stableSorted { ($0.role.map { PlayerRole.allCases.firstIndex(of: $0)! } ?? 9) < ($1.role.map { PlayerRole.allCases.firstIndex(of: $0)! } ?? 9) }
        case .sector: elements = filtered.stableSorted { ($0.sector.map { Sector.allCases.firstIndex(of: $0)! } ?? 99) < ($1.sector.map { Sector.allCases.firstIndex(of: $0)! } ?? 99) }
        }
    }

    var listCount: Int { listTab == .elements ? elements.count : resources.count }

    /// The visible rows of the tree, provinces first, expanded children below.
    var treeRows: [TreeRow] {
        var rows: [TreeRow] = []
        func add(_ area: Area, depth: Int) {
            let isOpen = expanded.contains(area.code)
            rows.append(TreeRow(area: area, depth: depth, expanded: isOpen, hasChildren: area.level != .tambon))
            if isOpen { for child in children[area.code] ?? [] { add(child, depth: depth + 1) } }
        }
        for p in provinces { add(p, depth: 0) }
        return rows
    }

    /// The map's scope: the province of the selection, or its amphoe when zoomed.
    var mapScope: String? {
        guard !selectedArea.isEmpty else { return nil }
        if mapZoomedToAmphoe, selectedArea.count >= 4 { return String(selectedArea.prefix(4)) }
        return String(selectedArea.prefix(2))
    }

    var mapKey: String { "\(mapScope ?? "-")|\(indicator?.id ?? "-")|\(thai)|\(mapYear.map(String.init) ?? "latest")" }

    // Read-only views of `overlay`, for the code and tests that ask "is a form open?".
    var searchActive: Bool { overlay == .search }
    var helpVisible: Bool { if case .help = overlay { return true }; return false }
    var filterMenuCursor: Int? { if case let .filterMenu(cursor) = overlay { return cursor }; return nil }
    var prompt: Prompt? { if case let .prompt(prompt) = overlay { return prompt }; return nil }
    var confirmation: Confirmation? { if case let .confirmation(c) = overlay { return c }; return nil }
    var chooser: Chooser? { if case let .chooser(c) = overlay { return c }; return nil }
    var form: FormState? { if case let .form(form) = overlay { return form }; return nil }
    var needsView: NeedsView? { if case let .needs(view) = overlay { return view }; return nil }
    var syncReview: SyncReview? { if case let .syncReview(review) = overlay { return review }; return nil }
}

/// What `/` found: kept after the bar closes, for `n`, `N` and `/` again.
struct SearchState {
    /// Results shown in the search bar; more means "200+": refine the query.
    static let limit = 200
    /// Earlier queries kept for `↑`.
    static let historyLimit = 30

    var query = ""
    /// The query as `/` shows it again: selected, so that typing replaces
    /// it, Backspace or Ctrl-U clears it, and → keeps it to edit.
    var selected = false
    var results: [SearchResult] = []
    /// "เวียง › เมืองพะเยา › พะเยา" for each result's area code.
    var places: [String: String] = [:]
    /// The result `n` and `N` are on (an index of `results`).
    var cursor = 0
    /// The row the bar's cursor is on (an index of `rows`).
    var row = 0
    /// Collapsed rows opened into their list (`SearchRow.groupKey`).
    var opened: Set<String> = []
    /// Where to look: all Thailand (ranked from the selected area), or only
    /// the selected tambon, its amphoe or its province (`Tab`).
    var scope: SearchScope = .country
    /// Queries searched before, oldest first; `↑` on the first row recalls them.
    var history: [String] = []
    /// Which of `history` `↑` has recalled (nil: none).
    var historyIndex: Int?
    /// The results are not yet those of `query`: a search is on its way.
    var pending = false
    /// A query typed but not yet asked for: the next tick (when the keys
    /// stop coming) asks for it.
    var due: String?

    /// The rows the bar lists: three or more identical lines (the same
    /// kind, name, offer or need and category) collapse into one row with a
    /// count, opened with Enter into its members; areas never collapse
    /// (their names are where they are).
    var rows: [SearchRow] { SearchRow.rows(results, opened: opened) }

    /// Keeps `query` for `↑`, newest last, once.
    mutating func remember() {
        let q = query.trimmingWhitespace()
        guard !q.isEmpty else { return }
        history.removeAll { $0 == q }
        history.append(q)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        historyIndex = nil
    }

    /// Only the query's words of one or two letters (Unicode scalars): the
    /// search looks for what starts with them, not for them anywhere.
    var isShortQuery: Bool {
        let words = query.searchFolded.split(whereSeparator: { $0.isWhitespace })
        return !words.isEmpty && words.allSatisfy { $0.unicodeScalars.count < 3 } && PhoneNumber.queryDigits(query) == nil
    }
}

/// Where the search bar looks (`Tab` cycles in this order).
enum SearchScope: Int, CaseIterable {
    case tambon, amphoe, province, country

    /// The geocode to search in for a selected area; nil for all Thailand,
    /// or when the selection is above this level (a province has no tambon).
    func area(selected: String) -> String? {
        switch self {
        case .tambon: return selected.count >= 6 ? String(selected.prefix(6)) : nil
        case .amphoe: return selected.count >= 4 ? String(selected.prefix(4)) : nil
        case .province: return selected.count >= 2 ? String(selected.prefix(2)) : nil
        case .country: return nil
        }
    }

    /// The next scope the selection allows, forward or back.
    func next(selected: String, backward: Bool = false) -> SearchScope {
        let all = SearchScope.allCases
        var i = all.firstIndex(of: self)!
        for _ in all {
            i = (i + (backward ? all.count - 1 : 1)) % all.count
            if all[i] == .country || all[i].area(selected: selected) != nil { return all[i] }
        }
        return .country
    }

    /// "ตำบลเวียง", "all Thailand".
    func label(selected: String, names: AreaNames, _ t: Texts) -> String {
        guard let code = area(selected: selected) else { return t("ทั้งประเทศ", "all Thailand") }
        let name = names.name(code) ?? code
        switch self {
        case .tambon: return t("ตำบล", "tambon ") + name
        case .amphoe: return t("อำเภอ", "amphoe ") + name
        case .province: return t("จังหวัด", "province ") + name
        case .country: return t("ทั้งประเทศ", "all Thailand")
        }
    }
}

/// A row of the search bar: a result, a collapsed row of identical lines
/// (with its members listed under it when opened), or one of those members.
enum SearchRow: Equatable {
    case result(Int)
    case group(key: String, members: [Int])
    case member(Int)

    /// What makes two results the same line: kind, name, offer or need,
    /// category. Nil for areas.
    static func groupKey(_ r: SearchResult) -> String? {
        guard r.kind != .area else { return nil }
        return [r.kind.rawValue, r.nameTH, r.resourceKind?.rawValue ?? "", r.category?.rawValue ?? ""].joined(separator: "\u{1F}")
    }

    /// Two lines alike stay apart (two tambons' อบต.เวียง are told apart by
    /// their places); from three, they are one row with a count.
    static let minimumGroup = 3

    static func rows(_ results: [SearchResult], opened: Set<String>) -> [SearchRow] {
        var members: [String: [Int]] = [:]
        // The selected tambon's own results always keep their rows.
        for (i, r) in results.enumerated() where r.nearness != 0 { if let key = groupKey(r) { members[key, default: []].append(i) } }
        var out: [SearchRow] = []
        var shown = Set<String>()
        for (i, r) in results.enumerated() {
            guard r.nearness != 0, let key = groupKey(r), let group = members[key], group.count >= minimumGroup else {
                out.append(.result(i))
                continue
            }
            guard shown.insert(key).inserted else { continue }
            out.append(.group(key: key, members: group))
            if opened.contains(key) { out += group.map(SearchRow.member) }
        }
        return out
    }

    /// The result this row goes to (a collapsed row: none, it opens).
    var result: Int? {
        switch self {
        case let .result(i), let .member(i): return i
        case .group: return nil
        }
    }
}

/// Area names from the loaded tree, for what names areas by their codes
/// (a form's area field, the needs view).
struct AreaNames {
    var provinces: [Area]
    var children: [String: [Area]]
    var thai: Bool

    /// "เวียง" for "560101", nil when the tree has not loaded it.
    func name(_ code: String) -> String? {
        if let p = provinces.first(where: { $0.code == code }) { return p.name(thai: thai) }
        if let parent = AreaCode.parent(of: code), let a = children[parent]?.first(where: { $0.code == code }) { return a.name(thai: thai) }
        return nil
    }
}

extension Array {
    /// Sorts keeping the order of equal elements (the Thai name order underneath).
    func stableSorted(by less: (Element, Element) -> Bool) -> [Element] {
        enumerated().sorted { a, b in less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset) }.map(\.element)
    }
}
