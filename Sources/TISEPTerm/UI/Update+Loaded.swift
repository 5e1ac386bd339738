import EcosystemStore

/// What loading and searching found, put into the state. An answer for
/// something the state has since left (another area, another query) is
/// dropped.
extension Update {
    /// The first frame: the provinces, indicators and counts; the province of
    /// Phayao (or the first) opened and selected.
    static func started(_ state: inout AppState, _ data: StartData) -> [Effect] {
        state.provinces = data.provinces
        state.indicators = data.indicators
        state.playerCounts = data.playerCounts
        state.areasWithData = data.areasWithData
        var effects: [Effect] = state.indicator.map { [.loadIndicatorValues(indicator: $0.id)] } ?? []
        guard let first = state.provinces.first(where: { $0.code == "56" }) ?? state.provinces.first else { return effects }
        state.expanded.insert(first.code)
        effects.append(.loadChildren(first.code))
        return effects + select(&state, area: first.code)
    }

    static func applyArea(_ state: inout AppState, _ data: AreaData) {
        state.allElements = data.elements
        state.resources = data.resources
        state.situation = data.situation
        state.areaReferrals = data.referrals
        syncTreeCursor(&state)
        // A search result chose an element: the list shows it under the cursor.
        if let id = state.selectedElement, let i = state.elements.firstIndex(where: { $0.id == id }) {
            state.listCursor = i
        }
    }

    static func applyElement(_ state: inout AppState, _ data: ElementData) {
        state.elementDetail = data.detail
        state.elementLogs = data.logs
        state.elementReferrals = data.referrals
    }

    static func reloaded(_ state: inout AppState, _ data: Reloaded) -> [Effect] {
        state.playerCounts = data.playerCounts
        state.areasWithData = data.areasWithData
        if let area = data.area, area.code == state.selectedArea { applyArea(&state, area) }
        switch data.element {
        case .none: break
        case let .loaded(element): if element.id == state.selectedElement { applyElement(&state, element) }
        case .gone:
            state.selectedElement = nil
            state.elementDetail = nil
        }
        state.listCursor = min(state.listCursor, max(0, state.listCount - 1))
        return []
    }

    /// What the search bar asks for now: what is typed, ranked from the
    /// selected area, in the chosen scope.
    static func searchRequest(_ state: AppState) -> SearchRequest {
        let selected = state.selectedArea
        return SearchRequest(query: state.search.query, thai: state.thai, near: selected.isEmpty ? nil : selected,
                             area: state.search.scope.area(selected: selected))
    }

    /// A result is current while its query is what is typed, from where
    /// and in the scope it was asked for.
    static func isCurrent(_ outcome: SearchOutcome, _ state: AppState) -> Bool {
        var asked = outcome.request, now = searchRequest(state)
        asked.thai = now.thai
        return asked == now
        // (The language only names places: a result in the other language is still current.)
    }

    /// A search's results, unless the query has changed since (then they
    /// are dropped: the newer query's results are on their way). With
    /// `open`, Enter was waiting for them: the chosen result opens.
    static func searchFinished(_ state: inout AppState, _ outcome: SearchOutcome, open: Bool) -> [Effect] {
        guard isCurrent(outcome, state) else { return [] }
        if state.search.results.map(\.id) != outcome.results.map(\.id) { state.search.opened = [] }
        state.search.results = outcome.results
        state.search.places.merge(outcome.places) { $1 }
        if let error = outcome.error { state.status = error }
        state.search.pending = false
        state.search.cursor = min(state.search.cursor, max(0, state.search.results.count - 1))
        state.search.row = min(state.search.row, max(0, state.search.rows.count - 1))
        if open, state.overlay == .search { return SearchOverlay.openChosen(&state) }
        return []
    }
}
