import Foundation
import AsciiMap

/// The title bar: where you are, which data. Where the bar is too narrow
/// for everything, the place stays: the language key goes first, then the
/// program's name, then the help key's word (its `?` stays), then the
/// place's outer levels (province, then amphoe), and only then is the place
/// cut.
enum TitleBar {
    struct Model {
        /// Names from the province down to the selected area: ["พะเยา", "เมืองพะเยา", "เวียง"].
        var path: [String]
        /// The selected area's code: "560101".
        var code: String
        var isDemo: Bool

        /// "พะเยา › เมืองพะเยา › เวียง 560101", without the first `dropping` levels.
        func place(dropping: Int = 0) -> String {
            guard !path.isEmpty else { return "" }
            return path.dropFirst(min(dropping, path.count - 1)).joined(separator: " › ") + " " + code
        }
    }

    /// What the bar holds at one width.
    struct Parts: Equatable {
        var brand: Bool
        var place: String
        var demo: String
        var help: String
        var language: String
    }

    static func parts(_ m: Model, _ t: Texts, width: Int) -> Parts {
        let demo = !m.isDemo ? "" : width >= 100 ? t("ข้อมูลสาธิต (demo data)", "demo data") : t("ข้อมูลสาธิต", "demo data")
        let language = "L " + (t.thai ? "ไทย/EN" : "EN/ไทย")
        let help = "? " + t("ช่วยเหลือ", "help")
        // From the fullest to the barest, the place kept whole as long as possible.
        var tries: [Parts] = []
        for dropping in 0..<max(1, m.path.count) {
            let place = m.place(dropping: dropping)
            tries += [Parts(brand: true, place: place, demo: demo, help: help, language: language),
                      Parts(brand: true, place: place, demo: demo, help: help, language: ""),
                      Parts(brand: false, place: place, demo: demo, help: help, language: ""),
                      Parts(brand: false, place: place, demo: demo, help: "?", language: "")]
        }
        return tries.first { columns($0) <= width } ?? tries.last!
    }

    static let brand = " TISEP  "

    /// Columns taken: the left (name, place) and the right (demo, help,
    /// language) with at least one space between and one at the end.
    static func columns(_ p: Parts) -> Int {
        let left = (p.brand ? TextWidth.width(of: brand) : 1) + TextWidth.width(of: p.place)
        return left + 1 + TextWidth.width(of: right(p)) + 1
    }

    static func right(_ p: Parts) -> String {
        [p.demo, p.help + (p.language.isEmpty ? "" : "  " + p.language)].filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let style = Theme.bar(look)
        screen.fill(rect, with: Theme.barCell(look))
        let p = parts(m, look.texts, width: rect.width)
        var x = rect.x
        if p.brand {
            x += screen.write(brand, x: x, y: rect.y, style: Style(foreground: style.foreground, background: style.background, attributes: style.attributes.union(.bold)))
        } else {
            x += 1
        }
        let right = self.right(p)
        let rightWidth = TextWidth.width(of: right)
        // The place is cut (with an ellipsis) only when even the barest parts do not fit.
        let room = rect.maxX - x - rightWidth - 2
        if room > 0 { screen.writeField(p.place, x: x, y: rect.y, width: room, style: style, charset: look.charset) }
        if rightWidth > 0, rect.maxX - rightWidth - 1 >= rect.x {
            screen.write(right, x: rect.maxX - rightWidth - 1, y: rect.y, maxWidth: rightWidth, style: style)
        }
    }
}

/// The status bar: a message until the next key, else the keys that matter
/// now; on the right, while the panes have the keys, the conflicts waiting
/// for review and the values held back from bundles (`V`), this laptop's
/// name and how to rename it; the database file on wide screens. What
/// does not fit gives way whole, least needed first (`StatusBar.fit`): the
/// rename hint, the arrow and Enter keys, the file, the pane's own keys,
/// `e`, `Tab` and the laptop's name (below 80 columns the other way
/// round); `/`, `q` and what waits in `V` stay. A
/// message or an overlay's keys are never dropped (cut only when they alone
/// are too wide). While a write waits for another tisep, the bar says so.
/// (A question — where to write, yes or no — is an overlay drawn over it.)
enum StatusBar {
    struct Model {
        var message: String?
        /// The keys of the open overlay (a form's, the search bar's, …),
        /// shown instead of the panes'.
        var overlayKeys: String?
        var focus: PaneID
        var file: String
        /// This laptop's name ("" before it is known).
        var laptop = ""
        /// Conflicts waiting for review.
        var conflicts = 0
        /// Values held back from bundles still to mend (`V` lists them with how).
        var heldBack = 0
        /// A write of the interface waits for another writer.
        var writerWaiting = false
        /// An overlay has the keys: `V` would not be heard, so the laptop
        /// and the conflicts wait until it closes.
        var overlayOpen = false
    }

    /// One part of the bar; the parts of lowest rank give way first.
    struct Item: Equatable {
        var text: String
        var rank: Int
        var right = false
        /// Joins it to the part before it on its side.
        var glue = "  "
        /// Shown only with the part before it (a hint that means nothing alone).
        var follows = false
    }

    /// The parts of the bar for a bar `width` columns wide, before `fit`.
    static func items(_ m: Model, _ t: Texts, width: Int) -> [Item] {
        var items: [Item]
        if m.writerWaiting {
            let file = m.file.split(separator: "/").last.map(String.init) ?? m.file
            items = [Item(text: " " + t("รอ tisep อีกตัวที่กำลังเขียน \(file)… (บันทึกต่อจากนั้น · Ctrl-C ออกโดยไม่บันทึก)",
                                         "waiting for another tisep writing to \(file)… (Ctrl-C quits unsaved)"), rank: .max)]
        } else if let text = m.message ?? m.overlayKeys {
            items = [Item(text: " " + text, rank: .max)]
        } else {
            let pane: [String]
            switch m.focus {
            case .list: pane = ["1-4 4P", "r " + t("บทบาท", "role"), "f " + t("กรอง", "filter"), "t " + t("แท็บ", "tab")]
            case .map: pane = ["i " + t("ตัวชี้วัด", "indicator"), "c " + t("วิธีแบ่ง", "method"), "z " + t("ซูม", "zoom"), "K " + t("เลข", "numbers")]
            default: pane = ["i " + t("ตัวชี้วัด", "indicator"), "1-4 4P"]
            }
            items = [Item(text: " / " + t("ค้นหา", "search"), rank: 90), Item(text: "Tab " + t("ช่อง", "pane"), rank: 75),
                     Item(text: "↑↓←→ " + t("เลื่อน", "move"), rank: 20), Item(text: "Enter " + t("เปิด", "open"), rank: 30)]
            items += pane.enumerated().map { Item(text: $1, rank: 50 - $0) }
            items += [Item(text: "e " + t("สรุป", "brief"), rank: 60), Item(text: "q " + t("ออก", "quit"), rank: 85)]
        }
        if !m.overlayOpen, let notice = SyncText.notice(conflicts: m.conflicts, heldBack: m.heldBack, t) {
            items.append(Item(text: notice, rank: 100, right: true))
        }
        if !m.laptop.isEmpty, !m.overlayOpen {
            // From 80 columns the name stays before Tab; below, where Tab is
            // the way between the one-pane tabs, Tab stays first.
            items.append(Item(text: SyncText.laptop(m.laptop, t), rank: width >= 80 ? 80 : 72, right: true))
            items.append(Item(text: "V n " + t("เปลี่ยนชื่อ", "renames"), rank: 10, right: true, glue: " · ", follows: true))
        }
        if width >= 100 { items.append(Item(text: m.file, rank: 40, right: true)) }
        return items
    }

    /// The items that fit in `width` columns, in their order: the lowest
    /// ranks dropped first, then any dropped item that fits again in the
    /// room left (highest rank first) put back; a part that follows
    /// another is never shown without it.
    static func fit(_ items: [Item], width: Int) -> [Item] {
        var kept = Array(items.indices)
        var dropped: [Int] = []
        func shown(_ indices: [Int]) -> [Item] { indices.sorted().map { items[$0] } }
        while columns(shown(kept)) > width,
              let lowest = kept.filter({ items[$0].rank < .max }).min(by: { items[$0].rank < items[$1].rank }) {
            kept.removeAll { $0 == lowest }
            dropped.append(lowest)
        }
        func alone(_ i: Int) -> Bool { items[i].follows && !kept.contains(i - 1) }
        for i in dropped.reversed() where !alone(i) && columns(shown(kept + [i])) <= width { kept.append(i) }
        return shown(kept.filter { !alone($0) })
    }

    /// The left and right texts of `items`.
    static func sides(_ items: [Item]) -> (left: String, right: String) {
        func join(_ side: [Item]) -> String {
            side.enumerated().map { $0 == 0 ? $1.text : $1.glue + $1.text }.joined()
        }
        return (join(items.filter { !$0.right }), join(items.filter(\.right)))
    }

    /// Columns taken: the left, at least two spaces, the right and one space at the end.
    static func columns(_ items: [Item]) -> Int {
        let (left, right) = sides(items)
        return TextWidth.width(of: left) + (right.isEmpty ? 0 : 2 + TextWidth.width(of: right) + 1)
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let style = Theme.bar(look)
        screen.fill(rect, with: Theme.barCell(look))
        let kept = fit(items(m, look.texts, width: rect.width), width: rect.width)
        let (left, right) = sides(kept)
        let rightWidth = TextWidth.width(of: right)
        let leftWidth = rect.width - (right.isEmpty ? 0 : rightWidth + 1)
        screen.writeField(left, x: rect.x, y: rect.y, width: max(0, leftWidth), style: style, charset: look.charset)
        // The right side part by part: what waits in `V` stands out in bold.
        var x = rect.maxX - rightWidth - 1
        for (i, item) in kept.filter(\.right).enumerated() {
            var itemStyle = style
            if item.rank == 100 { itemStyle.attributes.formUnion(.bold) }
            let text = (i == 0 ? "" : item.glue) + item.text
            x += screen.write(text, x: x, y: rect.y, maxWidth: max(0, rect.maxX - x), style: itemStyle)
        }
    }
}

extension StatusBar {
    /// The columns for the text: the whole bar, less the database file's
    /// name on wide screens.
    static func textRoom(width: Int, file: String) -> Int {
        width - (width >= 100 ? TextWidth.width(of: " " + file) + 1 : 0)
    }

    /// "wrote …: PATH" for the bar. When the whole does not fit, `tail`
    /// (a note) gives way first, then the path's first folders
    /// (`…/tisep/3w-560101-2026-11-29-1432.csv`), so that the file's name
    /// and the folders nearest it stay in view.
    static func written(_ lead: String, path: String, tail: String = "", state: AppState) -> String {
        let room = textRoom(width: state.width, file: state.dataset.path) - 1 // the leading space
        if TextWidth.width(of: lead + path + tail) <= room { return lead + path + tail }
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var shown = path
        // Not the charset's "~" in ASCII: before a path it would read as the home folder.
        let ellipsis = state.charset == .unicode ? "…" : "..."
        while TextWidth.width(of: lead + shown) > room, parts.count > 1 {
            parts.removeFirst()
            shown = ellipsis + "/" + parts.joined(separator: "/")
        }
        return lead + shown
    }
}

/// The tab bar of small terminals: one pane at a time.
enum TabBar {
    static func render(focus: PaneID, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        var x = rect.x
        for pane in PaneID.allCases {
            let label = " " + pane.title(look.texts) + " "
            let w = screen.write(label, x: x, y: rect.y, maxWidth: rect.maxX - x, style: pane == focus ? .reverse : .plain)
            x += w
        }
    }
}
