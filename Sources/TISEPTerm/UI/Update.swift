import AsciiMap
import EcosystemStore
import Foundation

/// What happens to the state on a message: pure, no I/O. It changes the
/// state and returns the effects to carry out (loading, searching, saving,
/// writing files); their answers come back as messages. Where things are:
/// - a key with an overlay open: `Overlays/` (one file per overlay);
/// - a key of the panes: `Keymap` names an action, `Update+Actions.swift` does it;
/// - editing actions and the answers of edits: `EditUpdate.swift`;
/// - the answers of loading and searching: `Update+Loaded.swift`.
enum Update {
    static func handle(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        let effects = respond(&state, msg) + followMap(&state)
        fitMap(&state)
        return effects
    }

    private static func respond(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case let .key(.resize(width, height)), let .resize(width, height):
            state.width = width
            state.height = height
            return []
        case let .key(key): return keyPressed(&state, key)
        case .tick: return searchIfDue(&state) + syncCheckIfDue(&state)
        case let .started(data): return started(&state, data)
        case let .childrenLoaded(parent, children):
            state.children[parent] = children
            syncTreeCursor(&state)
            return []
        case let .areaLoaded(data):
            if data.code == state.selectedArea { applyArea(&state, data) }
            return []
        case let .elementLoaded(data):
            if data.id == state.selectedElement { applyElement(&state, data) }
            return []
        case let .indicatorValuesLoaded(indicator, values):
            if indicator == state.indicator?.id { state.indicatorValues = values }
            return []
        case let .mapLoaded(key, load):
            // A map for a key the state has since left is not shown.
            if key == state.mapKey { state.map.show(load, key: key) }
            return []
        case let .matchesLoaded(area, matches):
            if case let .needs(view) = state.overlay, view.area == area { state.overlay = .needs(NeedsOverlay.reloaded(view, matches)) }
            return []
        case let .areaReferralsLoaded(area, referrals):
            if area == state.selectedArea { state.areaReferrals = referrals }
            return []
        case let .reloaded(data): return reloaded(&state, data)
        case let .searchFinished(outcome, open): return searchFinished(&state, outcome, open: open)
        case let .outputNameProposed(purpose, path):
            state.overlay = .prompt(Prompt(purpose: purpose, text: path))
            return []
        case let .outputExists(purpose, path):
            // The name as typed was on the prompt; its last part leaves room for "y · n".
            let name = (path as NSString).lastPathComponent
            state.overlay = .confirmation(Confirmation(question: state.texts("มีไฟล์ \(name) อยู่แล้ว แทนที่ไหม?", "\(name) exists; replace it?"),
                                                       act: .replaceFile(purpose, path: path)))
            return []
        case let .briefWritten(path):
            state.status = StatusBar.written(state.texts("เขียนสรุปแล้ว: ", "wrote the brief: "), path: path, state: state)
            return []
        case let .bundleExported(path, records, privateLeftOut):
            let t = state.texts
            let p = NumberText.count(privateLeftOut)
            state.status = StatusBar.written(t("ส่งออกแล้ว ", "exported ") + t.count(records, "รายการ", "record") + ": ", path: path,
                                             tail: privateLeftOut > 0 ? t(" (ไม่รวมผู้ติดต่อส่วนตัว \(p))", " (" + NumberText.count(privateLeftOut, "private contact") + " left out)") : "",
                                             state: state)
            return []
        case let .sheetWritten(purpose, path, rows):
            let t = state.texts
            let lead: String
            switch purpose {
            case .threeW: lead = t("เขียน 3W แล้ว ", "wrote the 3W, ") + t.count(rows, "แถว", "row") + ": "
            case let .list(_, kind, _):
                lead = t("เขียนรายการแล้ว ", "wrote the list, ")
                    + (kind == .entities ? t.count(rows, "องค์ประกอบ", "element") : t.count(rows, "ทรัพยากร", "resource")) + ": "
            case .map: lead = t("เขียนแผนที่แล้ว ", "wrote the map, ") + t.count(rows, "พื้นที่", "area") + ": "
            case .brief, .bundle: lead = ""
            }
            state.status = StatusBar.written(lead, path: path, state: state)
            return []
        case let .editRecordLoaded(record): return editRecordLoaded(&state, record)
        case let .fieldChecked(index, value, problem): return fieldChecked(&state, index: index, value: value, problem: problem)
        case let .formSaved(outcome): return formSaved(&state, outcome)
        case let .recordDeleted(id, label, undo): return recordDeleted(&state, id: id, label: label, undo: undo)
        case let .recordsMerged(label, moved, undo): return recordsMerged(&state, label: label, moved: moved, undo: undo)
        case let .duplicatesFound(keep, name, similar): return duplicatesFound(&state, keep: keep, name: name, similar: similar)
        case let .undone(label):
            state.status = state.texts("ย้อนแล้ว: ", "undone: ") + label
            // An undone "met" brings the need back into the open view.
            if case let .needs(view) = state.overlay { return [reload(state), .loadMatches(view.area)] }
            return [reload(state)]
        case let .referralLogged(caseCode, toName, undo): return referralLogged(&state, caseCode: caseCode, toName: toName, undo: undo)
        case let .needMarkedMet(label, offeredBy, undo): return needMarkedMet(&state, label: label, offeredBy: offeredBy, undo: undo)
        case let .elementOpened(id, areas): return elementOpened(&state, id: id, areas: areas)
        case .syncFactsLoaded, .syncReviewLoaded, .conflictRestored, .conflictReviewed, .laptopRenamed, .laptopNameRefused, .writerWaiting:
            return syncAnswer(&state, msg)
        case let .failed(message):
            state.status = "tisep: error: " + message
            return []
        }
    }

    /// Whether a message may change what is on screen; the loop draws again
    /// only after one that may. A tick at most asks for a search, and a
    /// search result for a query since changed is dropped.
    static func mayChangeScreen(_ msg: Msg, _ state: AppState) -> Bool {
        switch msg {
        case .tick: return false
        case let .searchFinished(outcome, _): return isCurrent(outcome, state)
        // Asked for every few seconds: drawn again only when something changed.
        case let .syncFactsLoaded(facts): return facts != state.sync
        default: return true
        }
    }

    /// A key: to the open overlay, else through the key table to the panes.
    /// A key clears the status line's message.
    private static func keyPressed(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.status = nil
        if let overlay = state.overlay { return Overlay.keys(overlay, &state, key) }
        guard let action = Keymap.action(for: key) else {
            if case .char = key { state.status = state.texts("ปุ่มนี้ไม่มีคำสั่ง — กด ? ดูปุ่มทั้งหมด", "no command on this key — press ? for the keys") }
            return []
        }
        return perform(&state, action)
    }

    /// The keys stopped coming: a search typed in the burst is asked for
    /// now, once, not once per key.
    private static func searchIfDue(_ state: inout AppState) -> [Effect] {
        guard state.search.due != nil else { return [] }
        state.search.due = nil
        return [.search(searchRequest(state))]
    }

    /// The map follows the state: when what it should show (scope,
    /// indicator, language: `mapKey`) differs from what was asked for last,
    /// it is loaded. The only way a map is loaded.
    private static func followMap(_ state: inout AppState) -> [Effect] {
        let key = state.mapKey
        guard key != state.map.wantedKey else { return [] }
        state.map.wantedKey = key
        guard let indicator = state.indicator else { return [] }
        return [.loadMap(MapWanted(key: key, scope: state.mapScope, indicator: indicator.id, thai: state.thai, year: state.mapYear))]
    }

    /// The map follows the pane's size and the selection: the fit (where
    /// map and legend go, whether the province is too small) when the data
    /// or the size changed, and the view (the areas shown and their layout)
    /// when the fit or the shown areas changed. Pure work, no I/O; a cursor
    /// move within the shown areas changes neither.
    static func fitMap(_ state: inout AppState) {
        guard let load = state.map.load,
              let pane = Layout.compute(width: state.width, height: state.height, focus: .map).panes[.map] else {
            state.map.fit = nil
            state.map.view = nil
            return
        }
        let key = MapFit.key(state.map.generation, inner: pane.inner, colorMode: state.colorMode, charset: state.charset)
        if state.map.fit?.key != key { state.map.fit = MapFit.make(load, key: key) }
        guard let fit = state.map.fit else { return }
        let shown = MapView.shown(fit, load, selection: state.selectedArea, wholeProvince: state.mapWholeProvince)
        if state.map.view?.key != MapView.Key(fit: key, shown: shown) { state.map.view = MapView.make(fit, load, shown: shown) }
    }

    /// After an edit: the area, the element and the tree's counts again.
    static func reload(_ state: AppState) -> Effect {
        .reload(area: state.selectedArea, element: state.selectedElement)
    }
}
