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
/// now, and the database file on wide screens. (A question — where to
/// write, yes or no — is an overlay drawn over it.)
enum StatusBar {
    struct Model {
        var message: String?
        /// The keys of the open overlay (a form's, the search bar's, …),
        /// shown instead of the panes'.
        var overlayKeys: String?
        var focus: PaneID
        var file: String
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        let style = Theme.bar(look)
        screen.fill(rect, with: Theme.barCell(look))
        let text: String
        if let message = m.message {
            text = " " + message
        } else if let keys = m.overlayKeys {
            text = " " + keys
        } else {
            var keys = [" / " + t("ค้นหา", "search"), "Tab " + t("ช่อง", "pane"), "↑↓←→ " + t("เลื่อน", "move"), "Enter " + t("เปิด", "open")]
            switch m.focus {
            case .list: keys += ["1-4 4P", "r " + t("บทบาท", "role"), "f " + t("กรอง", "filter"), "t " + t("แท็บ", "tab")]
            case .map: keys += ["i " + t("ตัวชี้วัด", "indicator"), "c " + t("วิธีแบ่ง", "method"), "z " + t("ซูม", "zoom"), "K " + t("เลข", "numbers")]
            default: keys += ["i " + t("ตัวชี้วัด", "indicator"), "1-4 4P"]
            }
            keys += ["e " + t("สรุป", "brief"), "q " + t("ออก", "quit")]
            text = keys.joined(separator: "  ")
        }
        let file = " " + m.file
        let fileWidth = TextWidth.width(of: file)
        screen.writeField(text, x: rect.x, y: rect.y, width: max(0, textRoom(width: rect.width, file: m.file)), style: style, charset: look.charset)
        if rect.width >= 100 {
            screen.writeField(file, x: rect.maxX - fileWidth - 1, y: rect.y, width: fileWidth, style: style, charset: look.charset)
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
