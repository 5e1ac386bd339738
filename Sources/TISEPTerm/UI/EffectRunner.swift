import Foundation
import AsciiMap
import EcosystemStore

/// Carries out the effects `Update` asks for. This is the only place where
/// the interface calls the store (and the brief and bundle writers). It
/// never sees the state: an effect brings what it needs, and what happened
/// goes back to `Update` as a `Msg` (a failure as `.failed`).
final class EffectRunner {
    let store: Store
    /// Where `.search` runs: on a worker of its own (the terminal), or here,
    /// answered at once (when nil: tests of everything but the worker, the benchmark).
    let worker: SearchWorker?

    /// The clock of the default file names of `e` and `x` (tests set one).
    var now: () -> Date = Date.init
    /// Where the home and documents folders are (``ExportFolder``; tests set one).
    var environment = ProcessInfo.processInfo.environment

    /// Called on the interface's thread when one of its writes has waited
    /// a second for another writer (another `tisep` importing), from inside
    /// SQLite's wait (`App.writerWaits`).
    var onWriterWait: (() -> Void)?
    /// Asked while a write waits for another writer: true gives the write
    /// up (Ctrl-C in the terminal, `App.run(on:)`), and its effect fails.
    var stopWaiting: (() -> Bool)?

    init(store: Store, worker: SearchWorker? = nil) {
        self.store = store
        self.worker = worker
        store.file.whileWaiting({ [weak self] in self?.onWriterWait?() }, giveUpWhen: { [weak self] in self?.stopWaiting?() ?? false })
    }

    /// What the first frame needs; a database that cannot give it stops the interface.
    func start() throws -> StartData {
        StartData(provinces: try store.areas.provincesWithTambons(), indicators: try store.indicators.definitions(),
                  playerCounts: try store.areas.playerCounts(), areasWithData: try store.areas.withEcosystemData(), sync: try syncFacts())
    }

    /// Carries out one effect; nil when there is nothing to tell (a search
    /// handed to the worker, the language saved).
    func run(_ effect: Effect) -> Msg? {
        do { return try carryOut(effect) } catch { return .failed("\(error)") }
    }

    /// A search the worker has finished since the last call, if any.
    func finishedSearch() -> Msg? {
        worker?.take().map { .searchFinished($0, open: false) }
    }

    private func carryOut(_ effect: Effect) throws -> Msg? {
        switch effect {
        case let .loadChildren(code): return .childrenLoaded(parent: code, try store.areas.children(of: code))
        case let .loadArea(code): return .areaLoaded(try area(code))
        case let .loadElement(id): return .elementLoaded(try element(id))
        case let .loadIndicatorValues(indicator):
            return .indicatorValuesLoaded(indicator: indicator, try store.indicators.latestNumbers(indicator, inside: nil).compactMapValues { $0 })
        case let .loadMap(wanted):
            let source = MapSource(store: store)
            let data = try source.load(scope: wanted.scope, level: MapSource.defaultLevel(for: wanted.scope),
                                       indicator: wanted.indicator, thai: wanted.thai, year: wanted.year)
            // A province's amphoes too: the pane draws them when it is too small for the tambons.
            let amphoes = wanted.scope?.count == 2
                ? try source.load(scope: wanted.scope, level: .amphoe, indicator: wanted.indicator, thai: wanted.thai, year: wanted.year) : nil
            return .mapLoaded(key: wanted.key, MapLoad(tambons: data, amphoes: amphoes))
        case let .loadMatches(code): return .matchesLoaded(area: code, try store.elements.matches(inAreaOrBelow: code))
        case let .loadAreaReferrals(code): return .areaReferralsLoaded(area: code, try store.logs.referrals(inAreaOrBelow: code))
        case let .reload(area, element): return .reloaded(try reload(area: area, element: element))
        case let .search(request):
            if let worker {
                worker.submit(request)
                return nil
            }
            return .searchFinished(Self.search(request, store: store), open: false)
        case let .searchNow(request):
            return .searchFinished(Self.search(request, store: store), open: true)
        case let .saveLanguage(thai):
            try store.laptop.setMeta("ui_lang", thai ? "th" : "en")
            return nil
        case let .proposeOutputName(purpose):
            let folder = ExportFolder.path(environment: environment)
            let name = OutputFile.freshName(purpose.fileStem, extension: purpose.fileExtension, at: now(), folder: folder)
            return .outputNameProposed(purpose, path: ExportFolder.shown(name, environment: environment))
        case let .writeOutput(purpose, path, replace, thai):
            return try writeOutput(purpose, path: path, replace: replace, thai: thai)
        case let .openEditForm(id): return .editRecordLoaded(try recordToEdit(id))
        case let .checkField(index, field, type): return .fieldChecked(index: index, value: field.value, problem: problem(field, type: type))
        case let .saveForm(form, thai): return .formSaved(try save(form, thai: thai))
        case let .deleteRecord(id, thai):
            let label = try describe(id, thai: thai)
            return .recordDeleted(id: id, label: label, undo: try store.records.deleteUndoable(id))
        case let .mergeRecords(keep, drop, thai):
            let label = try describe(drop, thai: thai)
            let report = try store.records.merge(keep: keep, drop: drop)
            return .recordsMerged(label: label, moved: report.repointed.count, undo: report.undo)
        case let .findDuplicates(id):
            guard let record = try store.records.record(id, type: .entity) else { return nil }
            let similar = try store.records.possibleDuplicates(ofName: record["name_th"] ?? "", areas: record.list("area"), excluding: id)
            return .duplicatesFound(keep: id, name: record["name_th"] ?? "", similar: similar)
        case let .applyUndo(entry):
            try store.records.apply(entry.edits)
            return .undone(label: entry.label)
        case let .logReferral(need, entity, area, caseCode, date):
            let (_, undo) = try store.records.createUndoable(.referral, ["area": area, "case_code": caseCode, "need": need, "to_entity": entity,
                                                                  "status": "referred", "date": date])
            let name = try store.records.record(entity, type: .entity)?["name_th"] ?? entity
            return .referralLogged(caseCode: caseCode, toName: name, undo: undo)
        case let .markNeedMet(need, offeringElement, thai):
            let label = try describeNeed(need, thai: thai)
            let (_, undo) = try store.records.updateUndoable(need, ["status": ResourceStatus.met.rawValue])
            let name = try offeringElement.flatMap { try store.records.record($0, type: .entity)?["name_th"] }
            return .needMarkedMet(label: label, offeredBy: name, undo: undo)
        case let .openElement(id):
            guard let record = try store.records.record(id, type: .entity) else { return nil }
            return .elementOpened(id: id, areas: record.list("area"))
        case .loadSyncFacts: return .syncFactsLoaded(try syncFacts())
        case .loadSyncReview: return .syncReviewLoaded(try syncReview())
        case let .restoreLosingValue(conflict): return .conflictRestored(conflict, undo: try store.records.restoreLosingValue(conflict))
        case let .markConflictReviewed(conflict):
            try store.sync.markReviewed(conflict)
            return .conflictReviewed(conflict)
        case let .renameLaptop(name):
            do {
                try store.laptop.setName(name)
            } catch let StoreError.invalidValue(_, _, reason) {
                return .laptopNameRefused(reason)
            }
            return .laptopRenamed(try store.laptop.name())
        }
    }

    // MARK: sync review (`V`)

    /// The status line's facts: two counts and the laptop's name, cheap
    /// enough to ask for every few seconds.
    private func syncFacts() throws -> SyncFacts {
        SyncFacts(laptopName: try store.laptop.name(), laptopID: store.laptop.id,
                  conflicts: try store.sync.unreviewedConflictCount(), heldBack: try store.sync.heldBackCount(),
                  heldBackToMend: try store.sync.openHeldBackCount())
    }

    /// The conflicts to review and the values held back, with the names of
    /// their records and laptops.
    private func syncReview() throws -> SyncReviewData {
        let conflicts = try store.sync.conflicts(limit: SyncReviewData.limit)
        let laptops = try store.laptop.names()
        let held = try store.sync.heldBackValues().prefix(SyncReviewData.limit).map { v -> HeldBackItem in
            let name: String
            if v.kind == "area" {
                name = try store.areas.area(v.id)?.nameTH ?? ""
            } else if let type = RecordType(rawValue: v.kind) {
                name = try store.records.displayName(type, id: v.id)
            } else {
                name = ""
            }
            return HeldBackItem(value: v, name: name, fromName: laptops[v.fromLaptop] ?? "")
        }
        return SyncReviewData(facts: try syncFacts(), conflicts: conflicts, heldBack: Array(held))
    }

    // MARK: loading

    private func area(_ code: String) throws -> AreaData {
        let elements = try store.elements.list(servingAreaOrBelow: code)
        let resources = try store.elements.resources(inAreaOrBelow: code)
        return AreaData(code: code, elements: elements, resources: resources,
                        situation: try store.elements.situation(of: code, elements: elements, resources: resources),
                        referrals: try store.logs.referrals(inAreaOrBelow: code))
    }

    private func element(_ id: String) throws -> ElementData {
        ElementData(id: id, detail: try store.elements.detail(id), logs: try store.logs.contactLogs(ofElement: id), referrals: try store.logs.referrals(toElement: id))
    }

    private func reload(area: String, element id: String?) throws -> Reloaded {
        let counts = try store.areas.playerCounts()
        let areaData = area.isEmpty ? nil : try self.area(area)
        var element = Reloaded.Element.none
        if let id {
            if let record = try store.records.record(id, type: .entity), !record.deleted { element = .loaded(try self.element(id)) } else { element = .gone }
        }
        return Reloaded(playerCounts: counts, areasWithData: try store.areas.withEcosystemData(), area: areaData, element: element)
    }

    // MARK: searching

    /// One search with the labels the search bar shows.
    static func search(_ request: SearchRequest, store: Store) -> SearchOutcome {
        do {
            let filter = SearchFilter(area: request.area, near: request.near, limit: SearchState.limit)
            let results = try store.search(request.query, filter: filter)
            var places: [String: String] = [:]
            for code in Set(results.compactMap(\.area)) {
                places[code] = try store.areas.path(of: code).reversed().map { $0.name(thai: request.thai) }.joined(separator: " › ")
            }
            return SearchOutcome(request: request, results: results, places: places)
        } catch {
            return SearchOutcome(request: request, results: [], places: [:], error: "\(error)")
        }
    }

    /// A search of all Thailand, ranked as the plain command line ranks it.
    static func search(_ query: String, thai: Bool, store: Store) -> SearchOutcome {
        search(SearchRequest(query: query, thai: thai), store: store)
    }

    /// A worker searching the database of `store` (`workerSearch`).
    static func searchWorker(for store: Store) -> SearchWorker {
        SearchWorker(search: workerSearch(for: store))
    }

    /// A search of the database of `store` with a connection of its own,
    /// opened on the worker's thread at its first search (WAL lets it read
    /// while the interface reads and writes).
    static func workerSearch(for store: Store) -> SearchWorker.Search {
        let path = store.file.path
        let connection = WorkerConnection()
        return { request in
            do {
                if connection.store == nil { connection.store = try Store(path: path) }
                return search(request, store: connection.store!)
            } catch {
                return SearchOutcome(request: request, results: [], places: [:], error: "\(error)")
            }
        }
    }

    /// The worker's own connection: used on the worker's thread only.
    private final class WorkerConnection: @unchecked Sendable {
        var store: Store?
    }

    /// Facts about the database for the title and the language, read when the interface opens.
    static func dataSetFacts(_ store: Store) throws -> (isDemo: Bool, savedLanguage: String?) {
        (try store.laptop.isDemoDataSet(), try store.laptop.meta("ui_lang"))
    }

    // MARK: editing (docs/editing.md)

    private func recordToEdit(_ id: String) throws -> EditRecord {
        guard let record = try store.records.record(id) else { return EditRecord(id: id, record: nil, ownerFound: false) }
        if let owner = record["entity"] ?? record["to_entity"] ?? record["lead"], let element = try store.records.record(owner, type: .entity) {
            return EditRecord(id: id, record: record, ownerFound: true, ownerName: element["name_th"])
        }
        return EditRecord(id: id, record: record, ownerFound: false)
    }

    /// Why the store refuses a field's value, or nil.
    private func problem(_ field: FormField, type: RecordType) -> FieldProblem? {
        let value = field.value.trimmingWhitespace()
        if value.isEmpty { return field.required ? .required : nil }
        do {
            _ = try store.records.validate(type, [field.name: value], creating: false)
            return nil
        } catch let StoreError.invalidValue(_, _, reason) {
            return .invalid(reason)
        } catch {
            return .other("\(error)")
        }
    }

    /// Checks every field, then (a new element) looks for a close name in
    /// the same area, then writes through the store with an inverse edit.
    private func save(_ form: FormState, thai: Bool) throws -> FormSaveOutcome {
        let problems = form.fields.map { problem($0, type: form.type) }
        if problems.contains(where: { $0 != nil }) { return .invalid(problems) }
        let input = form.input
        if case .create(.entity) = form.target, !form.duplicatesAcknowledged {
            let areas = (form.value("area") ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map { AreaCode.bare(String($0)) }
            let similar = try store.records.possibleDuplicates(ofName: form.value("name_th") ?? "", areas: areas)
            if !similar.isEmpty { return .duplicates(similar) }
        }
        do {
            switch form.target {
            case .create(.vulnerable):
                // One count per tambon and group: the store's rule (a second save updates or restores it).
                let undo = try store.records.setVulnerableCount(input).undo
                return .saved(SavedRecord(kind: .vulnerable, description: "", undo: undo))
            case let .create(type):
                let (id, undo) = try store.records.createUndoable(type, input)
                return .saved(SavedRecord(kind: .created(id: id, type), description: try describe(id, thai: thai), undo: undo))
            case let .edit(id, _):
                let (changed, undo) = try store.records.updateUndoable(id, input)
                return .saved(SavedRecord(kind: .edited(changedNothing: changed.isEmpty), description: try describe(id, thai: thai), undo: undo))
            }
        } catch let StoreError.invalidValue(field, _, reason) {
            return .refused(field: field, reason: reason)
        }
    }

    /// A need in a few words: its description, else its category.
    private func describeNeed(_ id: String, thai: Bool) throws -> String {
        guard let r = try store.records.record(id, type: .resource) else { return id }
        return r["description"] ?? r["category"].flatMap(ResourceCategory.init(rawValue:))?.label(thai: thai) ?? id
    }

    /// A record in a few words, for the status line and the undo label.
    private func describe(_ id: String, thai: Bool) throws -> String {
        let t = Texts(thai: thai)
        guard let r = try store.records.record(id) else { return id }
        switch r.type {
        case .entity, .project: return r["name_th"] ?? id
        case .contact: return r["name"] ?? r["phone"].map(PhoneNumber.format) ?? FormLabels.typeName(.contact, t)
        case .resource: return [r["kind"], r["category"], r["description"]].compactMap { $0 }.joined(separator: " ")
        case .contactLog: return FormLabels.typeName(.contactLog, t) + (r["date"].map { " " + CalendarDate.display($0, thai: thai) } ?? "")
        case .referral: return FormLabels.typeName(.referral, t) + " " + (r["case_code"] ?? "")
        case .vulnerable, .indicatorValue: return FormLabels.typeName(r.type, t)
        }
    }
}

// MARK: files (`e`, the export menu `x`)

extension EffectRunner {
    /// The file of `e` or of the export menu, under the rule of every file
    /// tisep writes (``OutputFile``): never the database, an existing file
    /// only when the user said yes (`replace`). `~/` is the home folder; the
    /// export folder is made (0700) the first time a file goes there.
    private func writeOutput(_ purpose: Prompt.Purpose, path typed: String, replace: Bool, thai: Bool) throws -> Msg {
        let path = ExportFolder.expand(typed, environment: environment)
        let shown = ExportFolder.shown(path, environment: environment)
        let exportFolder = ExportFolder.path(environment: environment)
        if OutputFile.folder(of: path) == exportFolder { try ExportFolder.create(exportFolder) }
        let output = OutputFile(path, replace: replace, database: store.file.path)
        do {
            switch purpose {
            case let .brief(code):
                try BriefWriter.write(code: code, format: BriefFormat(fileName: path) ?? .md, to: output, store: store,
                                      thai: thai, includePrivate: false)
                return .briefWritten(path: shown)
            case let .bundle(code):
                let report = try output.write { try store.sync.exportBundle(to: $0, options: BundleExportOptions(area: code)) }
                return .bundleExported(path: shown, records: report.records, privateLeftOut: report.privateLeftOut)
            case let .threeW(code):
                let export = try ThreeW.make(store: store, options: .init(area: AreaChoice(code)))
                try output.write(text: export.sheet.csv)
                return .sheetWritten(purpose, path: shown, rows: export.sheet.rows.count)
            case let .list(code, kind, ids):
                let export = try SheetExport.make(kind, store: store, options: .init(area: AreaChoice(code), ids: ids))
                try output.write(text: export.sheet.csv)
                return .sheetWritten(purpose, path: shown, rows: export.sheet.rows.count)
            case let .map(scope, level, indicator):
                let result = try GeoJSONExport.make(store: store, options: .init(scope: scope, level: level, indicator: indicator))
                try output.write(text: result.text)
                return .sheetWritten(purpose, path: shown, rows: result.features)
            }
        } catch OutputFileError.exists where !replace {
            return .outputExists(purpose, path: path)
        }
    }
}
