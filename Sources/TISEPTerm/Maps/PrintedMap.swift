import AsciiMap

/// The text of `tisep map` (`../shared/CLI.md`): the map's rows (`height`
/// is the map's own height; rows with no area above and below it are left
/// out), one blank line, the legend, then the numbered key. Every line fits
/// `width`; without colour every cell of an area shows a visible character
/// and every other cell is a space.
package struct PrintedMap {
    package let layout: MapLayout
    package let picture: MapPicture
    package let classification: Classification
    package let palette: Palette
    package let legend: [LegendLine]
    /// The key lines, and a note when some areas found no room for a number.
    package let key: [String]

    /// `named`: an area whose name is drawn whatever its size (the brief's
    /// tambon: without colour its outline in reverse video does not print).
    package init(data: MapData, method: ClassificationMethod, classes: Int, colorMode: ColorMode, charset: Charset,
         width: Int, height: Int, labels: LabelMode, selection: MapSelection = MapSelection(), named: Int32? = nil) {
        classification = Classification(values: data.areas.map(\.value), method: method, classes: classes)
        palette = Palette(classCount: classification.classCount, colorMode: colorMode, charset: charset,
                          higherIsWorse: data.definition?.higherIsWorse ?? true)
        let resolution = MapResolution.preferred(for: colorMode)
        legend = PrintedMap.legend(data, classification, palette, resolution, width: width)
        let layout = MapLayout(areas: data.areas, width: width, height: height, resolution: resolution)
        self.layout = layout
        var policy = LabelPolicy(labels)
        policy.alwaysNamed = named
        picture = MapPicture(layout: layout, areas: data.areas, classification: classification, palette: palette,
                             selection: selection, labels: policy)
        var key = Legend.keyLines(picture.key, width: width, charset: charset)
        // Areas that found no room for a number, and areas crowded out of every cell.
        let hidden = labels == .none ? 0 : data.areas.filter { layout.cellCount(of: $0.id) == 0 }.count
        if !picture.unlabelled.isEmpty || hidden > 0 {
            let n = picture.unlabelled.count + hidden
            let note = data.thai
                ? "อีก \(n) พื้นที่เล็กเกินกว่าจะใส่ชื่อหรือหมายเลขที่ขนาดนี้ (ขยาย --width หรือ --height)"
                : "\(n) more areas too small to name or number at this size (give a larger --width or --height)"
            key += Legend.wrapped(note, width: width)
        }
        self.key = key
    }

    static func legend(_ data: MapData, _ c: Classification, _ palette: Palette, _ resolution: MapResolution,
                       width: Int) -> [LegendLine] {
        Legend.mapLines(for: c, palette: palette, resolution: resolution, labels: data.labels, format: data.edgeFormat(for: c), width: width)
    }

    /// The whole text, one string per line.
    package func lines(colorMode: ColorMode) -> [String] {
        mapRows(colorMode: colorMode) + [""] + legend.map { $0.renderText(colorMode: colorMode) } + key
    }

    /// The map's rows from the first to the last with an area. Without
    /// colour, trailing spaces are dropped; a row with no area inside the
    /// map (a strait between islands) keeps one space, so that the only
    /// empty line of the output is the one before the legend.
    func mapRows(colorMode: ColorMode) -> [String] {
        let grid = picture.grid
        let drawn = (0..<grid.height).filter { row in (0..<grid.width).contains { grid[$0, row].areaID != AreaGrid.empty } }
        guard let first = drawn.first, let last = drawn.last else { return [] }
        var part = CellGrid(width: grid.width, height: last - first + 1)
        part.cells = Array(grid.cells[(first * grid.width)..<((last + 1) * grid.width)])
        if colorMode == .none {
            return part.lines().map { line in
                let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
                return trimmed.isEmpty ? " " : trimmed
            }
        }
        return part.renderText(colorMode: colorMode).components(separatedBy: "\n")
    }
}
