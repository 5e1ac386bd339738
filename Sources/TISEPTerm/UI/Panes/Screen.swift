import AsciiMap

/// The whole frame: bars, panes (or tabs), the open overlay. This is the
/// one place where the state is cut into what each pane draws (the
/// `Model` of each pane, below); a pane sees nothing else.
enum Screen {
    /// The frame for `state`; `maps` keeps the maps drawn for earlier frames.
    static func render(_ state: AppState, maps: MapPictureCache = MapPictureCache()) -> ScreenBuffer {
        let look = state.look
        var screen = ScreenBuffer(width: state.width, height: state.height)
        let layout = Layout.compute(width: state.width, height: state.height, focus: state.focus)
        if layout.tooSmall {
            screen.write(look.texts("จอเล็กเกินไป", "too small"), x: 0, y: 0, maxWidth: state.width)
            screen.write("≥ 20×6", x: 0, y: 1, maxWidth: state.width)
            return screen
        }
        TitleBar.render(TitleBar.Model(state), look, into: &screen, rect: layout.title)
        if let bar = layout.tabBar { TabBar.render(focus: state.focus, look, into: &screen, rect: bar) }
        var mapKey: [MapKeyEntry]?
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = pane == state.focus
            switch pane {
            case .tree: TreePane.render(TreePane.Model(state), look, into: &screen, rect: rect, focused: focused)
            case .map: mapKey = MapPane.render(MapPane.Model(state), look, maps: maps, into: &screen, rect: rect, focused: focused)
            case .list: ListPane.render(ListPane.Model(state), look, into: &screen, rect: rect, focused: focused)
            case .detail: DetailPane.render(DetailPane.Model(state), look, into: &screen, rect: rect, focused: focused)
            }
        }
        if state.mapKeyShown, let key = mapKey {
            MapKeyPanel.render(key, look, into: &screen, rect: MapKeyPanel.rect(layout))
        }
        StatusBar.render(StatusBar.Model(state), look, into: &screen, rect: layout.status)
        if let overlay = state.overlay { Overlay.render(overlay, state, look, layout: layout, into: &screen) }
        return screen
    }
}

// MARK: what each pane is given

extension TitleBar.Model {
    init(_ state: AppState) {
        path = state.situation?.path.map { $0.name(thai: state.thai) } ?? []
        code = state.situation?.area.code ?? ""
        isDemo = state.dataset.isDemo
    }
}

extension StatusBar.Model {
    init(_ state: AppState) {
        self.init(message: state.status, overlayKeys: state.overlay.flatMap { Overlay.keyHint($0, state.texts) }, focus: state.focus,
                  file: state.dataset.path, laptop: state.sync.laptopName, conflicts: state.sync.conflicts, heldBack: state.sync.heldBackToMend,
                  writerWaiting: state.writerWaiting, overlayOpen: state.overlay != nil)
    }
}

extension TreePane.Model {
    init(_ state: AppState) {
        self.init(rows: state.treeRows, cursor: state.treeCursor, scroll: state.treeScroll, selectedArea: state.selectedArea,
                  values: state.indicatorValues, indicator: state.indicator, playerCounts: state.playerCounts,
                  areasWithData: state.areasWithData)
    }
}

extension MapPane.Model {
    init(_ state: AppState) {
        let view = state.map.view
        let selected = state.selectedArea
        // The amphoe is outlined when the map shows the tambons of a province.
        let byAmphoe = !state.mapZoomedToAmphoe && state.map.load?.amphoes != nil
        // The map's own value when the area is drawn (nil: no data), else the indicator's.
        var value = state.indicatorValues[selected]
        if let drawn = view?.data.values[selected] { value = drawn }
        // A year chosen with `y` is named in the title: a small legend drops its year first.
        let year = state.mapYear.map { " · " + IndicatorFormat.year($0, thai: state.thai) } ?? ""
        self.init(view: view, frame: view?.frame, indicatorName: state.indicator.map { $0.name(thai: state.thai) + year },
                  method: state.method, selection: view?.selection(for: selected, byAmphoe: byAmphoe) ?? MapSelection(),
                  cursorName: state.areaName(selected), cursorValue: value,
                  numbered: state.mapKeyShown)
    }
}

extension ListPane.Model {
    init(_ state: AppState) {
        self.init(tab: state.listTab, filterP4: state.filterP4, filterRole: state.filterRole, extraFilterCount: state.extraFilters.count,
                  sort: state.sort, elements: state.elements, resources: state.resources, cursor: state.listCursor,
                  scroll: state.listScroll, selectedElement: state.selectedElement,
                  place: state.situation?.area.name(thai: state.thai) ?? state.selectedArea)
    }
}

extension DetailPane.Model {
    init(_ state: AppState) {
        self.init(element: state.selectedElement == nil ? nil : state.elementDetail, logs: state.elementLogs,
                  referralsToElement: state.elementReferrals, situation: state.situation, areaReferrals: state.areaReferrals,
                  scroll: state.detailScroll,
                  hasData: state.situation.map { state.areasWithData?.contains($0.area.code) ?? true } ?? true)
    }
}
