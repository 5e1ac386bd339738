import AsciiMap
import EcosystemStore

/// Something that happened, for `Update.handle`: a key, a resize or a tick
/// from the terminal loop, or what an effect found (from `EffectRunner`, or
/// from the search worker).
enum Msg {
    // From the terminal loop.
    case key(Key)
    case resize(width: Int, height: Int)
    /// No key is waiting: the keys stopped coming, or 100 ms passed. A search
    /// typed during a burst of keys is asked for now, once for the burst.
    case tick

    // What loading found.
    case started(StartData)
    case childrenLoaded(parent: String, [Area])
    case areaLoaded(AreaData)
    case elementLoaded(ElementData)
    case indicatorValuesLoaded(indicator: String, [String: Double])
    case mapLoaded(key: String, MapLoad)
    case matchesLoaded(area: String, [NeedMatch])
    case areaReferralsLoaded(area: String, [ReferralEntry])
    case reloaded(Reloaded)
    /// A search's results; with `open`, Enter was waiting for them.
    case searchFinished(SearchOutcome, open: Bool)

    // What writing did.
    case outputNameProposed(Prompt.Purpose, path: String)
    /// The typed name is taken: replace only after a yes.
    case outputExists(Prompt.Purpose, path: String)
    case briefWritten(path: String)
    case bundleExported(path: String, records: Int, privateLeftOut: Int)
    /// A 3W, a list or a map of the export menu, with its rows (areas for a map).
    case sheetWritten(Prompt.Purpose, path: String, rows: Int)
    case editRecordLoaded(EditRecord)
    case fieldChecked(index: Int, value: String, problem: FieldProblem?)
    case formSaved(FormSaveOutcome)
    case recordDeleted(id: String, label: String, undo: [InverseEdit])
    case recordsMerged(label: String, moved: Int, undo: [InverseEdit])
    case duplicatesFound(keep: String, name: String, similar: [ElementSummary])
    case undone(label: String)
    case referralLogged(caseCode: String, toName: String, undo: [InverseEdit])
    /// A need marked met; `offeredBy` names the chosen offer's element.
    case needMarkedMet(label: String, offeredBy: String?, undo: [InverseEdit])
    /// An element to show, with the areas it serves (the first under the selection wins).
    case elementOpened(id: String, areas: [String])

    /// An effect failed; its message goes to the status line.
    case failed(String)
}

/// What the interface needs before its first frame.
struct StartData {
    var provinces: [Area]
    var indicators: [IndicatorDefinition]
    var playerCounts: [String: Int]
    /// The areas, of every level, that hold ecosystem data (the others show "no data yet").
    var areasWithData: Set<String>
}

/// What the list, detail pane and title show for an area.
struct AreaData {
    var code: String
    var elements: [ElementSummary]
    var resources: [ResourceSummary]
    var situation: AreaSituation?
    var referrals: [ReferralEntry]
}

/// What the detail pane shows for an element.
struct ElementData {
    var id: String
    var detail: ElementDetail?
    var logs: [ContactLogEntry]
    var referrals: [ReferralEntry]
}

/// The area, the element and the tree's counts again, after an edit.
struct Reloaded {
    enum Element { case none, loaded(ElementData), gone }
    var playerCounts: [String: Int]
    var areasWithData: Set<String>
    var area: AreaData?
    var element: Element
}

/// What a search found, ready to be put into the state.
struct SearchOutcome {
    var request: SearchRequest
    var query: String { request.query }
    var results: [SearchResult]
    /// "เวียง › เมืองพะเยา › พะเยา" per result area code.
    var places: [String: String]
    var error: String?
}

/// A record to edit (nil when there is none yet) and the element it belongs to.
struct EditRecord {
    var id: String
    var record: Record?
    /// The record has an owning element (a contact's, a project's lead) in the store.
    var ownerFound: Bool
    var ownerName: String?
}

/// Why the store refuses a field's value.
enum FieldProblem: Equatable {
    case required
    case invalid(ValidationReason)
    case other(String)

    func text(_ t: Texts) -> String {
        switch self {
        case .required: return t("ต้องกรอก", "required")
        case let .invalid(reason): return reason.text(thai: t.thai)
        case let .other(text): return text
        }
    }
}

/// What became of a form's save.
enum FormSaveOutcome {
    /// Fields the store refuses (one entry per field); nothing written.
    case invalid([FieldProblem?])
    /// A new element with a close name in the same area; nothing written.
    case duplicates([ElementSummary])
    /// The store refused the record as a whole; nothing written.
    case refused(field: String, reason: ValidationReason)
    case saved(SavedRecord)
}

/// A record the store has written, and how to undo it.
struct SavedRecord {
    enum Kind { case vulnerable, created(id: String, RecordType), edited(changedNothing: Bool) }
    var kind: Kind
    /// The record in a few words ("อบต.เวียง").
    var description: String
    var undo: [InverseEdit]
}
