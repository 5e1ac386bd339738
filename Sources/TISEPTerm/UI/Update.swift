import AsciiMap
import EcosystemStore

/// Work that needs the store; the controller runs it and puts the result in the state.
enum Effect: Equatable {
    case loadChildren(String)
    case loadArea(String)
    case loadElement(String)
    case loadIndicator
    case loadMap
    case search(String)
    case saveLanguage
    /// Opens the prompt of `e` or `x` with a file name no file has yet.
    case proposeOutputName(Prompt.Purpose)
    /// Writes the brief or bundle the prompt named (``OutputFile``'s rule).
    case writeOutput(Prompt.Purpose, path: String, replace: Bool)
    case openEditForm(String)
    case validateField(Int)
    case saveForm
    case deleteRecord(String)
    case mergeRecords(keep: String, drop: String)
    case findDuplicates(String)
    case undo
    case loadMatches(String)
    case referFromMatch(need: String, entity: String, area: String)
    case openElement(String)
}

/// What happens to the state on a key: pure, no I/O; returns the loading to do.
enum Update {
    static func handle(_ state: inout AppState, key: Key) -> [Effect] {
        if case let .resize(w, h) = key {
            state.width = w
            state.height = h
            return []
        }
        state.status = nil
        if state.prompt != nil { return promptKey(&state, key) }
        if let effects = editingKey(&state, key) { return effects }
        if state.searchActive { return searchKey(&state, key) }
        if state.helpVisible { return helpKey(&state, key) }
        if state.filterMenuCursor != nil { return filterMenuKey(&state, key) }
        guard let action = Keymap.action(for: key) else {
            if case .char = key { state.status = state.texts("ปุ่มนี้ไม่มีคำสั่ง — กด ? ดูปุ่มทั้งหมด", "no command on this key — press ? for the keys") }
            return []
        }
        return perform(&state, action)
    }

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
            if state.selectedElement != nil {
                state.selectedElement = nil
                state.elementDetail = nil
                state.detailScroll = 0
            } else if state.focus != .tree {
                state.focus = .tree
            }
            return []
        case .search:
            state.searchActive = true
            state.searchCursor = 0
            return state.searchQuery.isEmpty ? [] : [.search(state.searchQuery)]
        case .nextResult, .previousResult:
            guard !state.searchResults.isEmpty else {
                state.status = t("ยังไม่มีผลการค้นหา — กด / เพื่อค้นหา", "no search results yet — press / to search")
                return []
            }
            let n = state.searchResults.count
            state.searchCursor = (state.searchCursor + (action == .nextResult ? 1 : n - 1)) % n
            return jump(&state, to: state.searchResults[state.searchCursor])
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
            state.sort = ListSort.allCases[((ListSort.allCases.firstIndex(of: state.sort) ?? 0) + 1) % ListSort.allCases.count]
            return resetList(&state)
        case .clearFilters:
            state.filterP4 = nil
            state.filterRole = nil
            state.extraFilters = []
            return resetList(&state)
        case .filterMenu:
            state.filterMenuCursor = 0
            return []
        case .switchListTab:
            state.listTab = state.listTab == .elements ? .resources : .elements
            return resetList(&state)
        case .cycleIndicator:
            guard !state.indicators.isEmpty else { return [] }
            state.indicatorIndex = (state.indicatorIndex + 1) % state.indicators.count
            return [.loadIndicator]
        case .cycleMethod:
            let methods: [ClassificationMethod] = [.quantile, .equalInterval, .naturalBreaks]
            state.method = methods[((methods.firstIndex(of: state.method) ?? 0) + 1) % methods.count]
            return []
        case .zoomMap:
            state.mapZoomedToAmphoe.toggle()
            return [.loadMap]
        case .exportBrief:
            guard !state.selectedArea.isEmpty else { return [] }
            return [.proposeOutputName(.brief(state.selectedArea))]
        case .exportBundle:
            guard !state.selectedArea.isEmpty else { return [] }
            return [.proposeOutputName(.bundle(state.selectedArea))]
        case .help:
            state.helpVisible = true
            state.helpScroll = 0
            return []
        case .toggleLanguage:
            state.thai.toggle()
            return [.saveLanguage, .loadMap]
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

    private static func jump(_ state: inout AppState, to result: SearchResult) -> [Effect] {
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

    private static func resetList(_ state: inout AppState) -> [Effect] {
        state.listCursor = 0
        state.listScroll = 0
        if state.focus == .list { return selectListItem(&state) }
        return []
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
            state.focus = .list
            return []
        case .detail:
            return []
        }
    }

    /// The map cursor is the selected tambon: arrows move it to the
    /// neighbouring area on the drawn map.
    private static func mapMove(_ state: inout AppState, _ direction: Direction) -> [Effect] {
        guard let rendered = MapPane.rendered(state), let current = rendered.id(of: MapPane.shownSelection(state)) ?? rendered.id(of: rendered.data.codes.first) else { return [] }
        let target = MapPane.shownSelection(state) == nil ? current : rendered.map.neighbour(of: current, toward: direction)
        guard let code = rendered.code(of: target) else { return [] }
        return select(&state, area: code)
    }

    // MARK: overlays

    private static func searchKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.searchActive = false
            return []
        case .enter:
            state.searchActive = false
            guard state.searchResults.indices.contains(state.searchCursor) else { return [] }
            return jump(&state, to: state.searchResults[state.searchCursor])
        case .up:
            state.searchCursor = max(0, state.searchCursor - 1)
            return []
        case .down:
            state.searchCursor = min(max(0, state.searchResults.count - 1), state.searchCursor + 1)
            return []
        case .backspace:
            // Removes a whole grapheme cluster: a consonant with its marks.
            guard !state.searchQuery.isEmpty else { return [] }
            state.searchQuery.removeLast()
        case let .char(c):
            state.searchQuery.append(c)
        default:
            return []
        }
        state.searchCursor = 0
        state.searchPending = true
        return [.search(state.searchQuery)]
    }

    /// The status-line question: text editing, Enter to go, Esc to cancel.
    private static func promptKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .escape:
            state.prompt = nil
            state.status = state.texts("ยกเลิก", "cancelled")
            return []
        case .enter:
            state.prompt = nil
            let path = prompt.text.trimmingWhitespace()
            guard !path.isEmpty else { return [] }
            return [.writeOutput(prompt.purpose, path: path, replace: false)]
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .control("u"):
            prompt.text = ""
        case let .char(c):
            prompt.text.append(c)
        default:
            break
        }
        state.prompt = prompt
        return []
    }

    private static func helpKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch Keymap.action(for: key) {
        case .moveDown, .pageDown: state.helpScroll += key == .pageDown || key == .char(" ") ? pageSize(state) : 1
        case .moveUp, .pageUp: state.helpScroll = max(0, state.helpScroll - (key == .pageUp ? pageSize(state) : 1))
        case .quit, .back, .help: state.helpVisible = false
        default: break
        }
        return []
    }

    private static func filterMenuKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let options = ListFilter.all
        guard var cursor = state.filterMenuCursor else { return [] }
        switch Keymap.action(for: key) {
        case .moveDown: cursor = min(options.count - 1, cursor + 1)
        case .moveUp: cursor = max(0, cursor - 1)
        case .open:
            let choice = options[cursor]
            if let i = state.extraFilters.firstIndex(of: choice) { state.extraFilters.remove(at: i) } else { state.extraFilters.append(choice) }
            state.listTab = .elements
            state.filterMenuCursor = cursor
            return resetList(&state)
        case .back, .filterMenu, .quit:
            state.filterMenuCursor = nil
            return []
        case .cycleSort:
            state.sort = ListSort.allCases[((ListSort.allCases.firstIndex(of: state.sort) ?? 0) + 1) % ListSort.allCases.count]
            return resetList(&state)
        case .clearFilters:
            state.extraFilters = []
        default: break
        }
        state.filterMenuCursor = cursor
        return []
    }
}
