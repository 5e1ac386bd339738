import AsciiMap
import EcosystemStore

/// What the named actions of the key table do when the panes have the
/// keys: moving, selecting, filtering, opening overlays. Pure, like all of
/// `Update`.
extension Update {
    /// The action a key names (`Keymap`), for the panes.
    static func perform(_ state: inout AppState, _ action: Action) -> [Effect] {
        let t = state.texts
        switch action {
        case .moveUp: return move(&state, by: -1, direction: .up)
        case .moveDown: return move(&state, by: 1, direction: .down)
        case .moveLeft: return horizontal(&state, left: true)
        case .moveRight: return horizontal(&state, left: false)
        case .goTop: return move(&state, by: -1_000_000, direction: .up)
        case .goBottom: return move(&state, by: 1_000_000, direction: .down)
        case .pageUp: return move(&state, by: -pageSize(state), direction: .up)
        case .pageDown: return move(&state, by: pageSize(state), direction: .down)
        case .focusNextPane:
            state.focus = PaneID(rawValue: (state.focus.rawValue + 1) % PaneID.allCases.count)!
            return []
        case .focusPreviousPane:
            state.focus = PaneID(rawValue: (state.focus.rawValue + PaneID.allCases.count - 1) % PaneID.allCases.count)!
            return []
        case .open: return open(&state)
        case .back:
            if state.mapKeyShown {
                state.mapKeyShown = false
            } else if state.selectedElement != nil {
                state.selectedElement = nil
                state.elementDetail = nil
                state.detailScroll = 0
            } else if state.focus != .tree {
                state.focus = .tree
            }
            return []
        case .search:
            // A new query: the last one is shown selected, so that typing
            // replaces it (Backspace or Ctrl-U clears it; ↑ recalls older ones).
            state.overlay = .search
            state.search.cursor = 0
            state.search.row = 0
            state.search.historyIndex = nil
            state.search.selected = !state.search.query.isEmpty
            // The results again, fresh from where the selection now is:
            // asked for at the next tick, as when typing.
            if !state.search.query.isEmpty {
                state.search.due = state.search.query
                state.search.pending = true
            }
            return []
        case .nextResult, .previousResult:
            guard !state.search.results.isEmpty else {
                state.status = t("ยังไม่มีผลการค้นหา — กด / เพื่อค้นหา", "no search results yet — press / to search")
                return []
            }
            let n = state.search.results.count
            state.search.cursor = (state.search.cursor + (action == .nextResult ? 1 : n - 1)) % n
            return jump(&state, to: state.search.results[state.search.cursor])
        case .filterPolicy: return setP4(&state, .policy)
        case .filterAsset: return setP4(&state, .asset)
        case .filterPlatform: return setP4(&state, .platform)
        case .filterPlayer: return setP4(&state, .player)
        case .cycleRole:
            let roles = PlayerRole.allCases
            if let role = state.filterRole, let i = roles.firstIndex(of: role) {
                state.filterRole = i + 1 < roles.count ? roles[i + 1] : nil
            } else {
                state.filterRole = roles.first
            }
            if state.filterRole != nil { state.filterP4 = .player }
            return resetList(&state)
        case .cycleSort:
            nextSort(&state)
            return resetList(&state)
        case .clearFilters:
            state.filterP4 = nil
            state.filterRole = nil
            state.extraFilters = []
            return resetList(&state)
        case .filterMenu:
            state.overlay = .filterMenu(cursor: 0)
            return []
        case .switchListTab:
            state.listTab = state.listTab == .elements ? .resources : .elements
            return resetList(&state)
        case .cycleIndicator:
            guard !state.indicators.isEmpty else { return [] }
            state.indicatorIndex = (state.indicatorIndex + 1) % state.indicators.count
            state.mapYear = nil // another indicator's years may differ: its latest
            return [.loadIndicatorValues(indicator: state.indicators[state.indicatorIndex].id)]
        case .cycleMethod:
            let methods: [ClassificationMethod] = [.quantile, .equalInterval, .naturalBreaks]
            state.method = methods[((methods.firstIndex(of: state.method) ?? 0) + 1) % methods.count]
            // Said here too: a small map pane has no room for the method's line.
            state.status = t("แบ่งชั้นแบบ", "classes by") + " " + MapPane.methodName(state.method, t)
            return []
        case .zoomMap:
            // The map follows (Update.followMap, Update.fitMap). When the
            // province is too small for the pane it already shows an amphoe:
            // z then shows the whole province anyway, and z again the amphoe.
            if state.map.fit?.tooSmall == true && !state.mapZoomedToAmphoe {
                state.mapWholeProvince.toggle()
            } else {
                state.mapZoomedToAmphoe.toggle()
            }
            return []
        case .mapKey:
            state.mapKeyShown.toggle()
            return []
        case .cycleYear:
            cycleYear(&state)
            return []
        case .exportBrief:
            guard !state.selectedArea.isEmpty else { return [] }
            return [.proposeOutputName(.brief(state.selectedArea))]
        case .exportMenu:
            guard !state.selectedArea.isEmpty else { return [] }
            state.overlay = .chooser(ExportMenu.chooser(state))
            return []
        case .syncReview: return openSyncReview(&state)
        case .help:
            state.overlay = .help(scroll: 0)
            return []
        case .toggleLanguage:
            state.thai.toggle()
            // Places are named in the language of the search that found them.
            state.search.places = [:]
            return [.saveLanguage(thai: state.thai)]
        case .quit:
            state.quitRequested = true
            return []
        case .add, .edit, .delete, .undo, .logContact, .logReferral, .needsOffers, .mergeRecords:
            return performEdit(&state, action)
        }
    }

    // MARK: selection

    /// Moves every pane to an area: the tree opens down to it, the list,
    /// detail and map follow.
    static func select(_ state: inout AppState, area code: String) -> [Effect] {
        var effects: [Effect] = []
        var ancestor = AreaCode.parent(of: code)
        var chain: [String] = []
        while let a = ancestor { chain.insert(a, at: 0); ancestor = AreaCode.parent(of: a) }
        for a in chain where !state.expanded.contains(a) {
            state.expanded.insert(a)
            if state.children[a] == nil { effects.append(.loadChildren(a)) }
        }
        state.selectedArea = code
        state.selectedElement = nil
        state.elementDetail = nil
        state.listCursor = 0
        state.listScroll = 0
        state.detailScroll = 0
        effects.append(.loadArea(code))
        return effects
    }

    /// After children load, the tree cursor finds the selected area again.
    static func syncTreeCursor(_ state: inout AppState) {
        if let i = state.treeRows.firstIndex(where: { $0.area.code == state.selectedArea }) { state.treeCursor = i }
    }

    /// Goes to a search result: its area, and its element when it is one.
    static func jump(_ state: inout AppState, to result: SearchResult) -> [Effect] {
        guard let area = result.area ?? (result.kind == .area ? result.id : nil) else {
            state.status = state.texts("ผลนี้ไม่มีพื้นที่", "this result has no area")
            return []
        }
        var effects = select(&state, area: area)
        switch result.kind {
        case .element:
            state.selectedElement = result.id
            state.focus = .list
            effects.append(.loadElement(result.id))
        case .area:
            state.focus = .tree
        case .resource, .project:
            state.focus = .detail
        }
        return effects
    }

    private static func setP4(_ state: inout AppState, _ kind: P4Kind) -> [Effect] {
        state.filterP4 = state.filterP4 == kind ? nil : kind
        if state.filterP4 != .player { state.filterRole = nil }
        state.listTab = .elements
        return resetList(&state)
    }

    /// After the list's filters, sort or tab change: back to its top.
    static func resetList(_ state: inout AppState) -> [Effect] {
        state.listCursor = 0
        state.listScroll = 0
        if state.focus == .list { return selectListItem(&state) }
        return []
    }

    /// `y`: the map steps back a year at a time through the years the
    /// indicator has values in, and from the oldest back to each area's
    /// latest value. The status line says which year is shown.
    static func cycleYear(_ state: inout AppState) {
        let t = state.texts
        let years = state.map.load?.tambons.years ?? []
        guard years.count > 1, let latest = years.last else {
            state.status = t("ตัวชี้วัดนี้มีค่าปีเดียว", "this indicator has values of one year only")
            return
        }
        let shown = state.mapYear ?? latest
        if let i = years.firstIndex(of: shown), i > 0 {
            state.mapYear = years[i - 1]
        } else {
            state.mapYear = nil
        }
        if let year = state.mapYear {
            state.status = t("แผนที่ปี ", "map of ") + IndicatorFormat.year(year, thai: state.thai)
                + t(" (y ปีก่อนหน้า)", " (y: the year before)")
        } else {
            state.status = t("แผนที่ค่าล่าสุด ", "map of the latest values, ") + IndicatorFormat.year(latest, thai: state.thai)
        }
    }

    static func nextSort(_ state: inout AppState) {
        state.sort = ListSort.allCases[((ListSort.allCases.firstIndex(of: state.sort) ?? 0) + 1) % ListSort.allCases.count]
    }

    private static func selectListItem(_ state: inout AppState) -> [Effect] {
        guard state.listTab == .elements else {
            if state.resources.indices.contains(state.listCursor) {
                let id = state.resources[state.listCursor].elementID
                state.selectedElement = id
                return [.loadElement(id)]
            }
            return []
        }
        let items = state.elements
        guard items.indices.contains(state.listCursor) else {
            state.selectedElement = nil
            state.elementDetail = nil
            return []
        }
        state.selectedElement = items[state.listCursor].id
        state.detailScroll = 0
        return [.loadElement(items[state.listCursor].id)]
    }

    // MARK: movement

    static func pageSize(_ state: AppState) -> Int { max(1, state.height / 2) }

    private static func move(_ state: inout AppState, by delta: Int, direction: Direction) -> [Effect] {
        switch state.focus {
        case .tree:
            let rows = state.treeRows
            guard !rows.isEmpty else { return [] }
            state.treeCursor = min(max(0, state.treeCursor + delta), rows.count - 1)
            return select(&state, area: rows[state.treeCursor].area.code)
        case .list:
            let count = state.listCount
            guard count > 0 else { return [] }
            state.listCursor = min(max(0, state.listCursor + delta), count - 1)
            return selectListItem(&state)
        case .detail:
            state.detailScroll = max(0, state.detailScroll + delta)
            return []
        case .map:
            return mapMove(&state, direction)
        }
    }

    private static func horizontal(_ state: inout AppState, left: Bool) -> [Effect] {
        switch state.focus {
        case .tree:
            let rows = state.treeRows
            guard rows.indices.contains(state.treeCursor) else { return [] }
            let row = rows[state.treeCursor]
            if left {
                if row.expanded { state.expanded.remove(row.area.code); return [] }
                if let parent = row.area.parent, let i = rows.firstIndex(where: { $0.area.code == parent }) {
                    state.treeCursor = i
                    return select(&state, area: parent)
                }
                return []
            }
            if row.hasChildren && !row.expanded {
                state.expanded.insert(row.area.code)
                return state.children[row.area.code] == nil ? [.loadChildren(row.area.code)] : []
            }
            return move(&state, by: 1, direction: .down)
        case .map:
            return mapMove(&state, left ? .left : .right)
        case .list:
            return perform(&state, .switchListTab)
        case .detail:
            return []
        }
    }

    private static func open(_ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .tree:
            let rows = state.treeRows
            guard rows.indices.contains(state.treeCursor) else { return [] }
            let row = rows[state.treeCursor]
            if row.hasChildren {
                if row.expanded { state.expanded.remove(row.area.code) } else { state.expanded.insert(row.area.code) }
                return row.expanded || state.children[row.area.code] != nil ? [] : [.loadChildren(row.area.code)]
            }
            state.focus = .list
            return []
        case .list:
            let effects = selectListItem(&state)
            if state.selectedElement != nil { state.focus = .detail }
            return effects
        case .map:
            return openOnMap(&state)
        case .detail:
            return []
        }
    }

    /// The map cursor is the selected area: arrows move it to the next area
    /// that way on the layout the pane draws (`MapLayout.neighbour`, no
    /// drawing needed). When the pane shows one amphoe because the province
    /// is too small, an arrow at the amphoe's edge crosses into the next
    /// amphoe through the province's layout. When the selection is not on
    /// the map (a province, or an amphoe at province zoom), the first arrow
    /// lands on the first area (of that amphoe, for an amphoe).
    private static func mapMove(_ state: inout AppState, _ direction: Direction) -> [Effect] {
        guard let view = state.map.view, let first = view.areas.first else { return [] }
        let selected = state.selectedArea
        guard let id = view.id(of: selected) else {
            let start = view.areas.first { $0.group == selected } ?? first
            return select(&state, area: start.code)
        }
        if let next = view.layout.neighbour(of: id, toward: direction), let code = view.code(of: next) {
            return select(&state, area: code)
        }
        if case .amphoe = view.shown, let fit = state.map.fit, let tambons = state.map.load?.tambons,
           let next = fit.whole.neighbour(of: id, toward: direction), tambons.codes.indices.contains(Int(next)) {
            return select(&state, area: tambons.codes[Int(next)])
        }
        return []
    }

    /// Enter on the map: on an amphoe (drawn whole, or outlined at province
    /// zoom), into its first tambon; on a tambon, to the list of who serves it.
    private static func openOnMap(_ state: inout AppState) -> [Effect] {
        let selected = state.selectedArea
        if selected.count == 4, let tambon = state.map.load?.tambons.areas.first(where: { $0.group == selected }) {
            return select(&state, area: tambon.code)
        }
        state.focus = .list
        return []
    }
}
