import AsciiMap

/// What has the keys before the panes, one at a time. Each case lives in
/// one file of this folder with its keys (`keys`) and its drawing
/// (`render`); this file holds the one switch over them for each, so that
/// which overlay wins is never a question: there is only one.
enum Overlay: Equatable {
    /// `/`: the search bar and its results (the query and results are `AppState.search`).
    case search
    /// `?`: every key.
    case help(scroll: Int)
    /// `f`: sector, target group and issue filters.
    case filterMenu(cursor: Int)
    /// A question on the status line: where to write a brief or a bundle.
    case prompt(Prompt)
    /// A yes-or-no question on the status line (a delete, a merge).
    case confirmation(Confirmation)
    /// A short menu: what to add, edit, delete or merge.
    case chooser(Chooser)
    /// A form to add or edit a record.
    case form(FormState)
    /// `m`: needs in the area with offers nearby.
    case needs(NeedsView)

    /// A key while this overlay is open.
    static func keys(_ overlay: Overlay, _ state: inout AppState, _ key: Key) -> [Effect] {
        switch overlay {
        case .search: return SearchOverlay.keys(&state, key)
        case let .help(scroll): return HelpOverlay.keys(scroll: scroll, &state, key)
        case let .filterMenu(cursor): return FilterMenuOverlay.keys(cursor: cursor, &state, key)
        case let .prompt(prompt): return PromptOverlay.keys(prompt, &state, key)
        case let .confirmation(confirmation): return ConfirmationOverlay.keys(confirmation, &state, key)
        case let .chooser(chooser): return ChooserOverlay.keys(chooser, &state, key)
        case let .form(form): return FormOverlay.keys(form, &state, key)
        case let .needs(view): return NeedsOverlay.keys(view, &state, key)
        }
    }

    /// The keys the status bar shows while this overlay is open, instead of
    /// the panes' (nil for the questions, which are drawn over the status bar).
    static func keyHint(_ overlay: Overlay, _ t: Texts) -> String? {
        switch overlay {
        case .search: return SearchOverlay.keyHint(t)
        case .help: return HelpOverlay.keyHint(t)
        case .filterMenu: return t("↑↓ เลือก · Enter เลือก/ไม่เลือก · s เรียง · 0 ล้าง · Esc ปิด", "↑↓ choose · Enter toggles · s sorts · 0 clears · Esc close")
        case .prompt, .confirmation: return nil
        case .chooser: return ChooserOverlay.keyHint(t)
        case let .form(form): return FormOverlay.keyHint(form, t)
        case .needs: return NeedsOverlay.keyHint(t)
        }
    }

    /// Draws this overlay over the panes (or, for the questions, over the status bar).
    static func render(_ overlay: Overlay, _ state: AppState, _ look: Look, layout: Layout, into screen: inout ScreenBuffer) {
        switch overlay {
        case .search:
            let model = SearchOverlay.Model(search: state.search,
                                            scope: state.search.scope.label(selected: state.selectedArea, names: state.areaNames, look.texts),
                                            nearName: state.areaName(state.selectedArea))
            SearchOverlay.render(model, look, into: &screen, rect: layout.body)
        case let .help(scroll): HelpOverlay.render(scroll: scroll, look, into: &screen, rect: layout.body)
        case let .filterMenu(cursor): FilterMenuOverlay.render(cursor: cursor, chosen: state.extraFilters, look, into: &screen, rect: layout.body)
        case let .prompt(prompt): PromptOverlay.render(prompt, look, into: &screen, rect: layout.status)
        case let .confirmation(confirmation): ConfirmationOverlay.render(confirmation, look, into: &screen, rect: layout.status)
        case let .chooser(chooser): ChooserOverlay.render(chooser, look, into: &screen, rect: layout.body)
        case let .form(form): FormOverlay.render(form, names: state.areaNames, look, into: &screen, rect: layout.body)
        case let .needs(view): NeedsOverlay.render(view, names: state.areaNames, look, into: &screen, rect: layout.body)
        }
    }
}
