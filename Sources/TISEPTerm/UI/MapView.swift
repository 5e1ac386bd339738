import AsciiMap
import EcosystemStore

/// What a map load brought: the tambons of the map's scope and, when the
/// scope is a province, its amphoes (drawn instead of the tambons when the
/// pane is too small for them and no tambon is selected).
struct MapLoad {
    var tambons: MapData
    var amphoes: MapData?
}

/// How the loaded map fits the map pane: where the map and its legend go,
/// the layout of all the loaded areas at that size, and whether they come
/// out too small to read. It depends on the data and the pane's size only,
/// never on the selection, so the map keeps its place and size while the
/// cursor moves. Made by `Update` (pure, no I/O) when the data or the size
/// changes.
struct MapFit {
    struct Key: Equatable {
        var generation: Int
        var width: Int
        var height: Int
        var resolution: MapResolution
        var charset: Charset
    }

    /// The median tambon must get this many pixels or more for the
    /// province to be drawn by tambon: 4 cells in half blocks, 8 at one
    /// pixel per cell. A tambon of 8 pixels loses about half of them to its
    /// one-pixel border and keeps a patch of its class's fill; below that,
    /// borders and the selection's outline cover most tambons and the
    /// province reads as a tangle of lines. Phayao (68 tambons, drawn from
    /// their real outlines) gets a median of 2 pixels at 80×24 and 6.5 at
    /// 120×40 in 256 colours (both by amphoe); it reads by tambon from
    /// 160×50 in 256 colours (11) and at 200×60 without colour (9).
    static let readableMedianPixels = 8.0

    let key: Key
    let frame: MapFrame
    /// Every loaded tambon laid out in `frame.map`: the map itself when it
    /// is readable, else the model on which the arrow keys cross from one
    /// amphoe into the next.
    let whole: MapLayout
    /// The province's tambons are too small at this size: the pane shows
    /// the amphoe around the selected tambon, or the province by amphoe.
    let tooSmall: Bool

    static func key(_ generation: Int, inner: Rect, colorMode: ColorMode, charset: Charset) -> Key {
        Key(generation: generation, width: inner.width, height: inner.height,
            resolution: .preferred(for: colorMode), charset: charset)
    }

    static func make(_ load: MapLoad, key: Key) -> MapFit {
        let widths = MapPaneLegend.entryWidth(load, resolution: key.resolution, charset: key.charset)
        let extent = MapLayout.extent(of: load.tambons.areas)
        var frame = MapFrame.arrange(extent: extent, width: key.width, height: key.height, entryWidth: widths, note: false)
        var whole = MapLayout(areas: load.tambons.areas, width: frame.map.width, height: frame.map.height, resolution: key.resolution)
        let pixels = whole.sizes.medianCells * Double(key.resolution.pixelRowsPerCell)
        let tooSmall = load.amphoes != nil && !load.tambons.areas.isEmpty && pixels < readableMedianPixels
        if tooSmall {
            // The note saying so takes a line of the legend.
            let noted = MapFrame.arrange(extent: extent, width: key.width, height: key.height, entryWidth: widths, note: true)
            if noted.map.width != frame.map.width || noted.map.height != frame.map.height {
                whole = MapLayout(areas: load.tambons.areas, width: noted.map.width, height: noted.map.height, resolution: key.resolution)
            }
            frame = noted
        }
        return MapFit(key: key, frame: frame, whole: whole, tooSmall: tooSmall)
    }
}

/// Where the map and its legend go inside the map pane's inner rectangle
/// (coordinates relative to it). The legend goes beside the map when that
/// leaves the map as large as below it would (a province is usually taller
/// than a short pane is wide for it), else below; the map is narrowed to
/// what it covers, so the legend sits next to it.
struct MapFrame: Equatable {
    enum Placement: Equatable { case beside, below }

    var map: Rect
    var legend: Rect
    var placement: Placement
    /// Columns of a class entry (sample, space, edges, count), the widest of
    /// every method, so that another method does not move anything.
    var entryWidth: Int
    /// A line of the legend is kept for the note that the pane shows an
    /// amphoe (or the province by amphoe).
    var note: Bool

    /// Lines a legend beside the map needs at least: the cursor, the note,
    /// the classes and no data, one source line.
    static func besideRows(note: Bool) -> Int { 1 + (note ? 1 : 0) + MapPaneLegend.classes + 1 + 1 }

    /// Lines of a legend below the map: the cursor, the note, the entries in
    /// columns, one line of method and source.
    static func belowRows(width: Int, entryWidth: Int, note: Bool) -> Int {
        let columns = max(1, (width + 2) / (entryWidth + 2))
        let entries = MapPaneLegend.classes + 1
        return 1 + (note ? 1 : 0) + (entries + columns - 1) / columns + 1
    }

    /// The width a legend beside the map needs, and the most it takes when
    /// the map leaves more (longer source lines wrap less).
    static func besideWidth(entryWidth: Int) -> Int { min(30, max(22, entryWidth)) }
    static let besideWidest = 34

    static func arrange(extent: BoundingBox, width: Int, height: Int, entryWidth: Int, note: Bool) -> MapFrame {
        let w = max(1, width), h = max(1, height)
        func scale(_ mw: Int, _ mh: Int) -> Double {
            mw < 1 || mh < 1 ? 0 : Projection(fitting: extent, width: mw, height: mh).columnsPerDegree
        }
        func footprint(_ mw: Int, _ mh: Int) -> (width: Int, height: Int) { Self.footprint(extent, mw, mh) }
        let sideWidth = besideWidth(entryWidth: entryWidth)
        let sideMap = w - sideWidth - 1
        let sideFits = h >= besideRows(note: note) && sideMap >= 12
        let belowLegend = min(belowRows(width: w, entryWidth: entryWidth, note: note), max(0, h - 3))
        let belowMap = h - belowLegend
        if sideFits && scale(sideMap, h) >= 0.95 * scale(w, belowMap) {
            let used = min(sideMap, footprint(sideMap, h).width + 1)
            let legendWidth = min(besideWidest, max(sideWidth, w - used - 1))
            let x = max(0, (w - (used + 1 + legendWidth)) / 2)
            return MapFrame(map: Rect(x: x, y: 0, width: used, height: h),
                            legend: Rect(x: x + used + 1, y: 0, width: min(legendWidth, w - x - used - 1), height: h),
                            placement: .beside, entryWidth: entryWidth, note: note)
        }
        let used = min(belowMap, footprint(w, belowMap).height + 1)
        return MapFrame(map: Rect(x: 0, y: 0, width: w, height: max(1, used)),
                        legend: Rect(x: 0, y: max(1, used), width: w, height: belowLegend),
                        placement: .below, entryWidth: entryWidth, note: note)
    }

    /// The frame for one amphoe shown alone, in a pane of `width`×`height`
    /// whose frame was arranged for its province (`self`). An amphoe is
    /// often wider for its height than its province: when it would fill
    /// the province's map across, the map widens to what the amphoe covers
    /// and the legend beside it narrows, where it must, to the least width
    /// its lines need (`least`: the short note, the shortest source), both
    /// centred as `arrange` does. An amphoe that fits the province's map
    /// keeps the province's frame, so its picture is the one it always was.
    func alone(extent: BoundingBox, width: Int, height: Int, legendWidth least: Int) -> MapFrame {
        guard placement == .beside else { return self }
        let w = max(1, width), h = max(1, height)
        let narrowest = min(legend.width, max(least, entryWidth))
        let room = max(1, w - narrowest - 1)
        let used = min(room, Self.footprint(extent, room, h).width + 1)
        guard used > map.width else { return self }
        // Columns the amphoe leaves go back to the legend, as in `arrange`.
        let legendWidth = min(legend.width, max(narrowest, w - used - 1))
        let x = max(0, (w - (used + 1 + legendWidth)) / 2)
        return MapFrame(map: Rect(x: x, y: 0, width: used, height: h),
                        legend: Rect(x: x + used + 1, y: 0, width: min(legendWidth, w - x - used - 1), height: h),
                        placement: .beside, entryWidth: entryWidth, note: note)
    }

    /// The cells `extent` covers when fitted into `width`×`height`.
    static func footprint(_ extent: BoundingBox, _ width: Int, _ height: Int) -> (width: Int, height: Int) {
        let p = Projection(fitting: extent, width: width, height: height)
        guard !extent.isEmpty else { return (width, height) }
        return (Int((extent.width * p.columnsPerDegree).rounded(.up)), Int((extent.height * p.rowsPerDegree).rounded(.up)))
    }
}

/// The areas the map pane shows now and their layout: what is drawn, and
/// the model the arrow keys move on (`MapLayout.neighbour`). When the
/// province reads well at the pane's size, its tambons (the fit's layout);
/// when it does not, the amphoe around the selected tambon, or the
/// province by amphoe while a province or amphoe is selected.
struct MapView {
    enum Shown: Equatable {
        /// Every loaded area.
        case all
        /// The tambons of one amphoe (the province is too small).
        case amphoe(String)
        /// The province's amphoes (too small, and no tambon selected).
        case amphoes
    }

    struct Key: Equatable {
        var fit: MapFit.Key
        var shown: Shown
    }

    let key: Key
    /// The data the shown areas come from: the tambons, or the amphoes. Its
    /// values give the classes, so that an amphoe shown alone keeps its
    /// province's colours.
    let data: MapData
    /// The areas drawn.
    let areas: [MapArea]
    let layout: MapLayout
    /// Where the map and its legend go: the fit's, except for an amphoe
    /// shown alone that is wider than the province's map (`MapFrame.alone`):
    /// in the province's frame, narrowed to the province, a wide amphoe of
    /// a tall province had the province's few columns (Chiang Kham at
    /// 100×30: 24 of the pane's 68, now 34; docs/map-rendering.md).
    let frame: MapFrame
    /// The name of the amphoe shown alone, for the legend's note.
    let amphoeName: String?
    private let ids: [String: Int32]

    var shown: Shown { key.shown }

    /// What to show for a selection in a fit; `wholeProvince` (`z` on a
    /// province too small for the pane): its tambons anyway.
    static func shown(_ fit: MapFit, _ load: MapLoad, selection: String, wholeProvince: Bool = false) -> Shown {
        guard fit.tooSmall, !wholeProvince else { return .all }
        if selection.count == 6, let amphoe = AreaCode.parent(of: selection), load.tambons.codes.contains(selection) {
            return .amphoe(amphoe)
        }
        return load.amphoes == nil ? .all : .amphoes
    }

    static func make(_ fit: MapFit, _ load: MapLoad, shown: Shown) -> MapView {
        let key = Key(fit: fit.key, shown: shown)
        let size = (fit.frame.map.width, fit.frame.map.height)
        switch shown {
        case .all:
            return MapView(key: key, data: load.tambons, areas: load.tambons.areas, layout: fit.whole, frame: fit.frame, amphoeName: nil)
        case let .amphoe(code):
            let areas = load.tambons.areas.filter { $0.group == code }
            let frame = fit.frame.alone(extent: MapLayout.extent(of: areas), width: fit.key.width, height: fit.key.height,
                                        legendWidth: aloneLegendWidth(fit, load))
            let layout = MapLayout(areas: areas, width: frame.map.width, height: frame.map.height, resolution: fit.key.resolution)
            let name = load.amphoes?.areas.first { $0.code == code }?.name
            return MapView(key: key, data: load.tambons, areas: areas, layout: layout, frame: frame, amphoeName: name)
        case .amphoes:
            let amphoes = load.amphoes ?? load.tambons
            let layout = MapLayout(areas: amphoes.areas, width: size.0, height: size.1, resolution: fit.key.resolution)
            return MapView(key: key, data: amphoes, areas: amphoes.areas, layout: layout, frame: fit.frame, amphoeName: nil)
        }
    }

    /// The legend's width beside any amphoe of the province shown alone:
    /// what its entries, the short notes and the shortest source need.
    private static func aloneLegendWidth(_ fit: MapFit, _ load: MapLoad) -> Int {
        let t = Texts(thai: load.tambons.thai)
        let names: [String?] = load.amphoes?.areas.map(\.name) ?? [nil]
        let source = MapPaneLegend.shortest(MapPaneLegend.labels(load.tambons, thai: t.thai),
                                            shortAttribution: load.tambons.shortAttribution, shortDemo: MapPaneLegend.shortDemo(t))
        return MapPaneLegend.leastWidth(source: source, notes: names.map { MapPaneLegend.note(.amphoe(""), amphoeName: $0, t).short },
                                        entryWidth: fit.frame.entryWidth, rows: fit.key.height)
    }

    private init(key: Key, data: MapData, areas: [MapArea], layout: MapLayout, frame: MapFrame, amphoeName: String?) {
        self.key = key
        self.data = data
        self.areas = areas
        self.layout = layout
        self.frame = frame
        self.amphoeName = amphoeName
        ids = Dictionary(areas.map { ($0.code, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    /// The id of an area drawn on this map; nil when it is not drawn.
    func id(of code: String) -> Int32? { ids[code] }

    /// The code of an area of this map's data.
    func code(of id: Int32) -> String? {
        data.codes.indices.contains(Int(id)) ? data.codes[Int(id)] : nil
    }

    /// What the map outlines for the selected area: the area itself when it
    /// is drawn, and its amphoe when the map shows the tambons of several
    /// amphoes (a province).
    func selection(for code: String, byAmphoe: Bool) -> MapSelection {
        var selection = MapSelection(area: id(of: code))
        if byAmphoe, shown == .all, code.count >= 4 {
            let amphoe = String(code.prefix(4))
            if areas.contains(where: { $0.group == amphoe }) { selection.group = amphoe }
        }
        return selection
    }
}
