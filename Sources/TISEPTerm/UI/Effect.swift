import EcosystemStore

/// Work that `Update` asks for and cannot do itself, because it needs the
/// store or the file system. `EffectRunner` carries it out and answers with
/// a `Msg`. An effect brings everything it needs (the runner never sees the
/// state), so most carry the interface language for the words they make.
enum Effect: Equatable {
    // Loading what the panes show.
    case loadChildren(String)
    case loadArea(String)
    case loadElement(String)
    case loadIndicatorValues(indicator: String)
    case loadMap(MapWanted)
    case loadMatches(String)
    case loadAreaReferrals(String)
    /// The area, the element and the tree's counts again, after an edit.
    case reload(area: String, element: String?)

    // Searching.
    /// A search that may run on the worker (the terminal) while typing goes on.
    case search(SearchRequest)
    /// A search on the interface's own thread, answered at once: Enter
    /// while a search is on its way goes to the results of what is typed now.
    case searchNow(SearchRequest)

    // Writing.
    case saveLanguage(thai: Bool)
    /// A file name for `e` or `x` that no file has yet (date and time in it).
    case proposeOutputName(Prompt.Purpose)
    /// Writes the brief or bundle the prompt named, under ``OutputFile``'s rule.
    case writeOutput(Prompt.Purpose, path: String, replace: Bool, thai: Bool)

    // Editing (docs/editing.md): every save goes through the store as
    // `tisep add/set/rm` do, and leaves an inverse edit for `u`.
    case openEditForm(String)
    case checkField(index: Int, FormField, RecordType)
    case saveForm(FormState, thai: Bool)
    case deleteRecord(String, thai: Bool)
    case mergeRecords(keep: String, drop: String, thai: Bool)
    case findDuplicates(String)
    case applyUndo(UndoEntry)
    case logReferral(need: String, entity: String, area: String, caseCode: String, date: String)
    /// `d` in the needs view: the need is met (and, if an offer was chosen,
    /// whose offer met it, for the status line's offer to log a contact).
    case markNeedMet(need: String, offeringElement: String?, thai: Bool)
    case openElement(String)

    // Sync review (`V`, `Update+Sync.swift`).
    /// The laptop's name and the counts the status line shows.
    case loadSyncFacts
    case loadSyncReview
    /// Sets the losing value again as a new edit, and marks the conflict reviewed.
    case restoreLosingValue(SyncConflict)
    case markConflictReviewed(SyncConflict)
    case renameLaptop(String)
}

/// One search of the search bar: what is typed, where it ranks from (the
/// selected area) and where it looks (the scope's area; nil: all Thailand).
struct SearchRequest: Equatable, Sendable {
    var query: String
    var thai: Bool
    var near: String?
    var area: String?

    init(query: String, thai: Bool, near: String? = nil, area: String? = nil) {
        self.query = query
        self.thai = thai
        self.near = near
        self.area = area
    }
}

/// The map the state wants: its key, and what to load for it.
struct MapWanted: Equatable {
    /// `AppState.mapKey`: the answer is dropped if the key has changed since.
    var key: String
    var scope: String?
    var indicator: String
    var thai: Bool
    /// nil: each area's latest value.
    var year: Int? = nil
}
