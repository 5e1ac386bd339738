/// The label choices of `tisep map --labels`.
public enum LabelMode: String, CaseIterable, Sendable {
    /// Names where they fit, a number (and a key) for every other area.
    case auto
    /// Names where they fit; nothing on the others.
    case names
    /// A number on every area, and the key.
    case numbers
    /// No labels.
    case none
}

/// Which labels a map gets. A printed map (`tisep map`) names every area
/// one way or the other (``LabelMode/auto``); a terminal pane wants the
/// names that fit plus the cursor's (``pane(cursor:)``), with the full key
/// one key away.
public struct LabelPolicy: Equatable, Sendable {
    /// Which areas get a number.
    public enum Numbering: Equatable, Sendable {
        /// None.
        case none
        /// The areas left without a name.
        case unnamed
        /// Every area.
        case all
    }

    /// Names where they fit inside their area.
    public var names: Bool
    /// Numbers, which fit where names do not (a number may reach over a
    /// neighbour when its area is smaller than the number).
    public var numbers: Numbering
    /// An area named whatever its size, placed before every other label:
    /// inside when it fits, else beside its area (over neighbours or the
    /// empty space around the map). For the cursor.
    public var alwaysNamed: Int32?

    /// A policy.
    public init(names: Bool, numbers: Numbering, alwaysNamed: Int32? = nil) {
        self.names = names; self.numbers = numbers; self.alwaysNamed = alwaysNamed
    }

    /// The policy of a `--labels` choice.
    public init(_ mode: LabelMode) {
        switch mode {
        case .auto: self.init(names: true, numbers: .unnamed)
        case .names: self.init(names: true, numbers: .none)
        case .numbers: self.init(names: false, numbers: .all)
        case .none: self.init(names: false, numbers: .none)
        }
    }

    /// A terminal pane's labels: the names that fit, and the cursor's always.
    public static func pane(cursor: Int32?) -> LabelPolicy {
        LabelPolicy(names: true, numbers: .none, alwaysNamed: cursor)
    }
}

/// A label drawn on a map.
public struct PlacedLabel: Equatable, Sendable {
    /// A name or a number.
    public enum Kind: Equatable, Sendable { case name, number }

    /// The area it names.
    public var areaID: Int32
    /// Name or number.
    public var kind: Kind
    /// The text drawn (the name, or the number in decimal digits).
    public var text: String
    /// The first cell.
    public var column: Int
    /// The row.
    public var row: Int
    /// Columns taken (the text's display width).
    public var width: Int
    /// Whether every cell lies inside its area, off its borders; false for a
    /// number or the cursor's name set beside an area too small for it.
    public var inside: Bool
}

/// One line of a map's key: the number drawn on the map and the name it stands for.
public struct MapKeyEntry: Equatable, Sendable {
    /// The number on the map (1, 2, … in reading order: top to bottom, left to right).
    public var number: Int
    /// The area.
    public var areaID: Int32
    /// Its name.
    public var name: String
    /// An entry.
    public init(number: Int, areaID: Int32, name: String) {
        self.number = number; self.areaID = areaID; self.name = name
    }
}

/// Text split into terminal columns: each spacing scalar with the zero-width
/// marks after it (Thai vowels above and below, tone marks), so that a
/// cluster such as `น้ำ` (two columns) fills two cells. Nil for text that
/// cannot be laid one column per cell (wide characters, controls).
enum LabelText {
    static func columns(_ text: String) -> [String]? {
        var out: [String] = []
        for scalar in text.unicodeScalars {
            switch TextWidth.width(of: scalar) {
            case 0:
                if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { return nil }
                // A leading mark has no base to sit on: drop it.
                if !out.isEmpty { out[out.count - 1].unicodeScalars.append(scalar) }
            case 1:
                out.append(String(scalar))
            default:
                return nil
            }
        }
        // Trailing and leading spaces would only widen the label.
        while out.first == " " { out.removeFirst() }
        while out.last == " " { out.removeLast() }
        return out
    }
}

/// Greedy label placement with a margin: every label keeps one free column
/// on each side, and a name keeps the rows above and below it free of other
/// names, so that no two labels read as one. Areas with the fewest places
/// for their label are placed first (most constrained first); each label
/// goes to the free place nearest its area's centroid.
struct LabelPlacer {
    let width: Int, height: Int
    /// Per cell, the area index that owns it (-1 outside the map).
    let owners: [Int32]
    /// Per cell, the area index inside whose fill a label may go (-1 on
    /// borders, outlines of the selection and outside).
    let free: [Int32]
    /// Per cell, whether only the area owning it may put a label there (the selected area's outline).
    let avoid: [Bool]
    /// Per area index, the anchor point in cell coordinates.
    let targets: [(x: Double, y: Double)?]
    let anchorCells: [Int]
    let cellAspect: Double
    private var taken: [Bool]
    private var takenByName: [Bool]
    private var boxes: [(minC: Int, minR: Int, maxC: Int, maxR: Int)]
    private var cellCounts: [Int]

    init(width: Int, height: Int, owners: [Int32], free: [Int32], avoid: [Bool], targets: [(x: Double, y: Double)?],
         anchorCells: [Int], cellAspect: Double) {
        self.width = width; self.height = height; self.owners = owners; self.free = free; self.avoid = avoid
        self.targets = targets; self.anchorCells = anchorCells; self.cellAspect = cellAspect
        taken = [Bool](repeating: false, count: owners.count)
        takenByName = taken
        var boxes = [(minC: Int, minR: Int, maxC: Int, maxR: Int)](repeating: (Int.max, Int.max, -1, -1), count: targets.count)
        var counts = [Int](repeating: 0, count: targets.count)
        for (cell, o) in owners.enumerated() where o >= 0 {
            let i = Int(o), c = cell % width, r = cell / width
            boxes[i] = (min(boxes[i].minC, c), min(boxes[i].minR, r), max(boxes[i].maxC, c), max(boxes[i].maxR, r))
            counts[i] += 1
        }
        self.boxes = boxes
        cellCounts = counts
    }

    struct Spot { var row: Int; var column: Int; var score: Double; var inside: Bool }

    /// Places the labels of `policy`; returns (area index, spot, text columns, kind) for each, and the
    /// indices of areas that wanted a number but found no room.
    mutating func place(policy: LabelPolicy, names: [String], forced: Int?, charset: Charset)
        -> (labels: [(index: Int, spot: Spot, columns: [String], kind: PlacedLabel.Kind)], unplaced: [Int]) {
        var labels: [(index: Int, spot: Spot, columns: [String], kind: PlacedLabel.Kind)] = []
        var named = Set<Int>()
        let drawn = (0..<targets.count).filter { cellCounts[$0] > 0 }

        if let forced, cellCounts[forced] > 0, var columns = LabelText.columns(names[forced]), !columns.isEmpty {
            if columns.count > width {
                columns = Array(columns.prefix(max(0, width - 1))) + [TextWidth.ellipsis(charset)]
            }
            let spot = insideSpots(forced, columns.count).first { fits($0, columns.count, name: true) }
                ?? besideSpots(forced, columns.count).first { fits($0, columns.count, name: false) }
            if let spot {
                take(spot, columns.count, name: true)
                labels.append((forced, spot, columns, .name))
                named.insert(forced)
            }
        }

        if policy.names {
            var wanted: [(index: Int, spots: [Spot], columns: [String])] = []
            // An area with fewer cells than a name has columns cannot hold it:
            // at country zoom that skips most tambons before any text work.
            for i in drawn where !named.contains(i) && cellCounts[i] >= 2 {
                let run = longestFreeRun(i)
                guard run >= 2, TextWidth.width(of: names[i]) <= run,
                      let columns = LabelText.columns(names[i]), !columns.isEmpty else { continue }
                let spots = insideSpots(i, columns.count)
                if !spots.isEmpty { wanted.append((i, spots, columns)) }
            }
            wanted.sort { ($0.spots.count, $0.index) < ($1.spots.count, $1.index) }
            for w in wanted {
                guard let spot = w.spots.first(where: { fits($0, w.columns.count, name: true) }) else { continue }
                take(spot, w.columns.count, name: true)
                labels.append((w.index, spot, w.columns, .name))
                named.insert(w.index)
            }
        }

        var unplaced: [Int] = []
        let numbered: [Int]
        switch policy.numbers {
        case .none: numbered = []
        case .unnamed: numbered = drawn.filter { !named.contains($0) }
        case .all: numbered = drawn.filter { $0 != forced || !named.contains($0) }
        }
        if !numbered.isEmpty {
            let digits = String(numbered.count).count
            var wanted = numbered.map { (index: $0, spots: insideSpots($0, digits)) }
            wanted.sort { ($0.spots.count, $0.index) < ($1.spots.count, $1.index) }
            var placed: [(index: Int, spot: Spot)] = []
            for w in wanted {
                let spot = w.spots.first(where: { fits($0, digits, name: false) }) ?? reachingSpot(w.index, digits)
                guard let spot else { unplaced.append(w.index); continue }
                take(spot, digits, name: false)
                placed.append((w.index, spot))
            }
            // Numbered in reading order, so that 7 is found between 6 and 8.
            placed.sort { ($0.spot.row, $0.spot.column) < ($1.spot.row, $1.spot.column) }
            for (n, p) in placed.enumerated() {
                labels.append((p.index, p.spot, String(n + 1).map(String.init), .number))
            }
        }
        return (labels, unplaced.sorted())
    }

    /// The most free cells of area `i` side by side on one row.
    func longestFreeRun(_ i: Int) -> Int {
        let box = boxes[i]
        guard box.maxC >= 0 else { return 0 }
        var longest = 0
        for row in box.minR...box.maxR {
            var run = 0
            for column in box.minC...box.maxC {
                if free[row * width + column] == Int32(i) { run += 1; longest = max(longest, run) } else { run = 0 }
            }
        }
        return longest
    }

    /// Places where `w` columns lie inside area `i`'s fill, nearest its centroid first.
    func insideSpots(_ i: Int, _ w: Int) -> [Spot] {
        let box = boxes[i]
        guard box.maxC >= 0, w > 0, w <= box.maxC - box.minC + 1 else { return [] }
        var spots: [Spot] = []
        for row in box.minR...box.maxR {
            var start = -1
            for column in box.minC...(box.maxC + 1) {
                if column <= box.maxC && free[row * width + column] == Int32(i) {
                    if start < 0 { start = column }
                    continue
                }
                if start >= 0 && column - start >= w {
                    for s in start...(column - w) { spots.append(Spot(row: row, column: s, score: score(i, row, s, w), inside: true)) }
                }
                start = -1
            }
        }
        return spots.sorted { $0.score < $1.score }
    }

    /// The best free place for a number that does not fit inside, looked
    /// for in rings around the area: first covering as many of its cells as
    /// possible (borders included) and the rest over neighbours, then on the
    /// rows just above and below it, then up to two cells away; never
    /// outside the map nor over the selected area's outline. Covering the
    /// whole of a tiny neighbour costs more. A ring is searched only when
    /// the ones inside it have no free place.
    func reachingSpot(_ i: Int, _ w: Int) -> Spot? {
        let box = boxes[i]
        guard box.maxC >= 0, w <= width else { return nil }
        var seen = Set<Int>()
        for ring in 0...3 {
            var spots: [Spot] = []
            let first = max(0, box.minC - w + 1 - max(0, ring - 1)), last = min(width - w, box.maxC + max(0, ring - 1))
            let top = max(0, box.minR - min(ring, 2)), bottom = min(height - 1, box.maxR + min(ring, 2))
            guard first <= last else { continue }
            for row in top...bottom {
                for start in first...last where seen.insert(row * width + start).inserted {
                    var own = 0, tiny = 0, outside = false
                    for c in start..<(start + w) {
                        let o = owners[row * width + c]
                        if o < 0 || (avoid[row * width + c] && o != Int32(i)) { outside = true; break }
                        if o == Int32(i) { own += 1 } else if cellCounts[Int(o)] <= 2 { tiny += 1 }
                    }
                    guard !outside else { continue }
                    if ring == 0 && own == 0 { continue }
                    if ring == 1 && own == 0 && !touchesArea(i, row, start, w) { continue }
                    let penalty = Double(w - own) * 100 + Double(tiny) * 50
                    spots.append(Spot(row: row, column: start, score: penalty + score(i, row, start, w), inside: false))
                }
            }
            spots.sort { $0.score < $1.score }
            if let spot = spots.first(where: { fits($0, w, name: false) }) { return spot }
        }
        return nil
    }

    /// Places beside an area for a name that must be shown (the cursor's):
    /// right of its cursor cell, left of it, then centred on the rows above
    /// and below; clamped into the grid.
    func besideSpots(_ i: Int, _ w: Int) -> [Spot] {
        guard anchorCells[i] >= 0 else { return [] }
        let ac = anchorCells[i] % width, ar = anchorCells[i] / width
        var spots: [Spot] = []
        for dr in [0, -1, 1, -2, 2] {
            let row = ar + dr
            guard row >= 0, row < height else { continue }
            let starts = dr == 0 ? [ac + 1, ac - w] : [ac - w / 2, ac + 1, ac - w]
            for s in starts {
                let start = min(max(0, s), width - w)
                spots.append(Spot(row: row, column: start, score: Double(spots.count), inside: false))
            }
        }
        return spots
    }

    private func touchesArea(_ i: Int, _ row: Int, _ start: Int, _ w: Int) -> Bool {
        for r in [row - 1, row + 1] where r >= 0 && r < height {
            for c in start..<(start + w) where owners[r * width + c] == Int32(i) { return true }
        }
        return false
    }

    private func score(_ i: Int, _ row: Int, _ start: Int, _ w: Int) -> Double {
        let goal: (x: Double, y: Double)
        if let t = targets[i] { goal = t } else if anchorCells[i] >= 0 {
            goal = (Double(anchorCells[i] % width) + 0.5, Double(anchorCells[i] / width) + 0.5)
        } else { return 0 }
        let dx = Double(start) + Double(w) / 2 - goal.x, dy = (Double(row) + 0.5 - goal.y) * cellAspect
        return dx * dx + dy * dy
    }

    func fits(_ spot: Spot, _ w: Int, name: Bool) -> Bool {
        guard spot.column >= 0, spot.column + w <= width, spot.row >= 0, spot.row < height else { return false }
        let base = spot.row * width
        for c in max(0, spot.column - 1)...min(width - 1, spot.column + w) where taken[base + c] { return false }
        if name {
            for r in [spot.row - 1, spot.row + 1] where r >= 0 && r < height {
                for c in max(0, spot.column - 1)...min(width - 1, spot.column + w) where takenByName[r * width + c] { return false }
            }
        }
        return true
    }

    private mutating func take(_ spot: Spot, _ w: Int, name: Bool) {
        for c in spot.column..<(spot.column + w) {
            taken[spot.row * width + c] = true
            if name { takenByName[spot.row * width + c] = true }
        }
    }
}
