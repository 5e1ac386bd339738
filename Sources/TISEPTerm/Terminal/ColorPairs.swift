/// The colour pairs of a curses screen: which pair number shows which
/// (foreground, background). Curses draws a cell's colours through a pair
/// number, and a terminal has a fixed number of them (64 on `xterm`,
/// 32,767 usable on `xterm-256color`); the map's half blocks need a pair
/// per (upper, lower) colour combination, so over a session of maps,
/// indicators and palettes the combinations could outgrow a small table.
/// So pairs are given out per frame: a combination keeps its number while
/// it stays in use; when a frame needs a new one and no number is free,
/// the table starts again from that frame's combinations alone and the
/// whole frame is written again (a number redefined would otherwise
/// recolour cells already on the screen). No curses here: it is tested
/// without a terminal.
struct ColorPairs {
    /// A (foreground, background) combination; -1 is the terminal's default.
    struct Colors: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Pair numbers 1…capacity can be defined (0 is the terminal's default pair).
    let capacity: Int
    private(set) var numbers: [Colors: Int16] = [:]
    private var next: Int16 = 1

    /// `colorPairs` is the terminal's `COLOR_PAIRS`; curses' pair numbers are
    /// `short`, so at most 32,767 of them are used.
    init(colorPairs: Int) {
        capacity = max(0, min(colorPairs, Int(Int16.max) + 1) - 1)
    }

    /// What a frame needs done before its cells are written: the pairs to
    /// define (number, colours), and whether every cell must be written
    /// again because the table started anew.
    struct Plan: Equatable {
        var define: [(number: Int16, colors: Colors)]
        var rewriteAll: Bool

        static func == (a: Plan, b: Plan) -> Bool {
            a.rewriteAll == b.rewriteAll && a.define.map(\.number) == b.define.map(\.number)
                && a.define.map(\.colors) == b.define.map(\.colors)
        }
    }

    /// Numbers for every combination of `used` (in the order given, which
    /// decides who goes without when a single frame needs more than the
    /// terminal has: those cells are drawn in the default colours).
    mutating func prepare(_ used: [Colors]) -> Plan {
        let missing = used.filter { numbers[$0] == nil }
        guard !missing.isEmpty else { return Plan(define: [], rewriteAll: false) }
        var rewriteAll = false
        if Int(next) - 1 + missing.count > capacity {
            numbers = [:]
            next = 1
            rewriteAll = true
        }
        var define: [(number: Int16, colors: Colors)] = []
        for colors in (rewriteAll ? used : missing) where numbers[colors] == nil && Int(next) <= capacity {
            numbers[colors] = next
            define.append((next, colors))
            next += 1
        }
        return Plan(define: define, rewriteAll: rewriteAll)
    }

    /// The pair number of a combination; 0 (the default colours) when it has none.
    func number(_ colors: Colors) -> Int16 { numbers[colors] ?? 0 }

    /// The combinations of a frame's cells, in reading order, each once;
    /// colours beyond `limit` (7 with 8 colours) are clamped to it, and
    /// cells in the default colours need no pair.
    static func used(by frame: ScreenBuffer, limit: Int16) -> [Colors] {
        var seen: Set<Colors> = []
        var out: [Colors] = []
        for cell in frame.cells where cell.foreground >= 0 || cell.background >= 0 {
            let colors = Colors(foreground: min(cell.foreground, limit), background: min(cell.background, limit))
            if seen.insert(colors).inserted { out.append(colors) }
        }
        return out
    }
}
