import Foundation
import AsciiMap
import EcosystemStore

/// Runs the interface without a terminal: keys in, frames out. It owns the
/// state and the store, and carries out the effects `Update` asks for.
final class AppController {
    let store: Store
    /// Set from outside by tests only (and by the editing extension).
    var state: AppState
    /// The newest search typed but not yet run: typing runs one search when
    /// the keys stop coming, not one per key.
    private var pendingSearch: String?
    /// Results shown in the search overlay; more means "200+": refine the query.
    static let searchLimit = 200
    /// The clock of the default file names of `e` and `x` (tests set one).
    var now: () -> Date = Date.init

    init(store: Store, state initial: AppState) throws {
        self.store = store
        state = initial
        if state.today.isEmpty { state.today = String(ISODate.string(Date()).prefix(10)) }
        state.provinces = try store.areas.provincesWithTambons()
        state.indicators = try store.indicators.definitions()
        state.playerCounts = try store.areas.playerCounts()
        try loadIndicatorValues()
        if let first = state.provinces.first(where: { $0.code == "56" }) ?? state.provinces.first {
            state.expanded.insert(first.code)
            try perform(.loadChildren(first.code))
            run(Update.select(&state, area: first.code))
            Update.syncTreeCursor(&state)
        }
    }

    /// One key: update the state, then load what it asks for.
    func handle(_ key: Key) {
        // Enter goes to the results of what is typed now, not of an older query.
        if key == .enter, state.searchActive, state.searchPending {
            pendingSearch = nil
            apply(SearchOutcome.run(state.searchQuery, thai: state.thai, store: store))
        }
        run(Update.handle(&state, key: key))
    }

    func resize(width: Int, height: Int) { handle(.resize(width: width, height: height)) }

    /// Runs the search typed so far, if any; called when no key is waiting.
    /// Where searches run: on the interface's thread when nil (tests,
    /// benchmarks), else on a worker of their own (the terminal).
    var searchWorker: SearchWorker?

    /// Runs (or, with a worker, hands off) the search typed so far, if any;
    /// called when no key is waiting.
    func settle() {
        guard let query = pendingSearch else { return }
        pendingSearch = nil
        if let worker = searchWorker {
            worker.submit(query, thai: state.thai)
            return
        }
        apply(SearchOutcome.run(query, thai: state.thai, store: store))
    }

    /// Takes a finished background search into the state; true if the screen changed.
    @discardableResult
    func collectSearch() -> Bool {
        guard let outcome = searchWorker?.take() else { return false }
        // A result for a query the user has since changed is stale.
        guard outcome.query == state.searchQuery else { return false }
        apply(outcome)
        return true
    }

    private func apply(_ outcome: SearchOutcome) {
        state.searchResults = outcome.results
        state.searchPlaces.merge(outcome.places) { $1 }
        if let error = outcome.error { state.status = error }
        state.searchPending = false
        state.searchCursor = min(state.searchCursor, max(0, state.searchResults.count - 1))
    }

    func frame() -> ScreenBuffer { Screen.render(state) }

    /// A message in the status bar until the next key.
    func showStatus(_ message: String) { state.status = message }

    func run(_ effects: [Effect]) {
        for effect in effects {
            do { try perform(effect) } catch { state.status = "tisep: error: \(error)" }
        }
        if state.mapKey != state.mapDataKey {
            do { try perform(.loadMap) } catch { state.status = "tisep: error: \(error)" }
        }
    }

    func perform(_ effect: Effect) throws {
        switch effect {
        case let .loadChildren(code):
            state.children[code] = try store.areas.children(of: code)
            Update.syncTreeCursor(&state)
        case let .loadArea(code):
            state.allElements = try store.elements.list(servingAreaOrBelow: code)
            state.resources = try store.elements.resources(inAreaOrBelow: code)
            state.situation = try store.elements.situation(of: code, elements: state.allElements, resources: state.resources)
            state.areaReferrals = try store.logs.referrals(inAreaOrBelow: code)
            Update.syncTreeCursor(&state)
            // A search result chose an element: the list shows it under the cursor.
            if let id = state.selectedElement, let i = state.elements.firstIndex(where: { $0.id == id }) {
                state.listCursor = i
            }
        case let .loadElement(id):
            state.elementDetail = try store.elements.detail(id)
            state.elementLogs = try store.logs.contactLogs(ofElement: id)
            state.elementReferrals = try store.logs.referrals(toElement: id)
        case .loadIndicator:
            try loadIndicatorValues()
            try perform(.loadMap)
        case .loadMap:
            guard let indicator = state.indicator else { return }
            let scope = state.mapScope
            state.mapData = try MapSource(store: store).load(scope: scope, level: MapRequest.defaultLevel(for: scope),
                                                            indicator: indicator.id, thai: state.thai)
            state.mapDataKey = state.mapKey
        case let .search(query):
            pendingSearch = query
        case let .proposeOutputName(purpose):
            proposeOutputName(purpose)
        case let .writeOutput(purpose, path, replace):
            writeOutput(purpose, path: path, replace: replace)
        case .openEditForm, .validateField, .saveForm, .deleteRecord, .mergeRecords, .findDuplicates, .undo,
             .loadMatches, .referFromMatch, .openElement:
            try performEdit(effect)
        case .saveLanguage:
            try store.laptop.setMeta("ui_lang", state.thai ? "th" : "en")
            state.searchPlaces = [:]
        }
    }

    private func loadIndicatorValues() throws {
        guard let indicator = state.indicator else { return }
        state.indicatorValues = try store.indicators.latestNumbers(indicator.id, inside: nil).compactMapValues { $0 }
    }
}
