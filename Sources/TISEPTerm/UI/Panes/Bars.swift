import AsciiMap

/// The title bar: where you are, which data.
enum TitleBar {
    struct Model {
        /// "พะเยา › เมืองพะเยา › เวียง 560101".
        var path: String
        var isDemo: Bool
    }

    static func render(_ m: Model, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        let style = Theme.bar(look)
        screen.fill(rect, with: Theme.barCell(look))
        let demo = !m.isDemo ? "" : rect.width >= 100 ? t("ข้อมูลสาธิต (demo data)", "demo data") : t("ข้อมูลสาธิต", "demo data")
        let right = "? " + t("ช่วยเหลือ", "help") + "  L " + (look.thai ? "ไทย/EN" : "EN/ไทย")
        let rightWidth = TextWidth.width(of: right)
        let demoWidth = TextWidth.width(of: demo)
        var x = rect.x
        x += screen.write(" TISEP  ", x: x, y: rect.y, style: Style(foreground: style.foreground, background: style.background, attributes: style.attributes.union(.bold)))
        let room = rect.width - (x - rect.x) - rightWidth - demoWidth - 3
        if room > 4 { screen.writeField(m.path, x: x, y: rect.y, width: room, style: style, charset: look.charset) }
        if demoWidth > 0, rect.width - rightWidth - demoWidth - 2 > x {
            screen.write(demo, x: rect.maxX - rightWidth - demoWidth - 2, y: rect.y, style: style)
        }
        if rect.width > rightWidth + 10 { screen.write(right, x: rect.maxX - rightWidth - 1, y: rect.y, style: style) }
    }
}

/// The status bar: a message until the next key, else the keys that matter
/// now, and the database file on wide screens. (A question — where to
/// write, yes or no — is an overlay drawn over it.)
enum StatusBar {
    struct Model {
        var message: String?
        /// The search bar is open: its keys instead of the panes'.
        var searching: Bool
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
        } else if m.searching {
            text = " " + t("พิมพ์เพื่อค้นหา · Tab ขอบเขต · ↑↓ เลือก · Enter ไป · Ctrl-U ล้าง · Esc ปิด",
                           "type to search · Tab where · ↑↓ choose · Enter go · Ctrl-U clear · Esc close")
        } else {
            var keys = [" / " + t("ค้นหา", "search"), "Tab " + t("ช่อง", "pane"), "↑↓←→ " + t("เลื่อน", "move"), "Enter " + t("เปิด", "open")]
            switch m.focus {
            case .list: keys += ["1-4 4P", "r " + t("บทบาท", "role"), "f " + t("กรอง", "filter"), "t " + t("แท็บ", "tab")]
            case .map: keys += ["i " + t("ตัวชี้วัด", "indicator"), "c " + t("วิธีแบ่ง", "method"), "z " + t("ซูม", "zoom")]
            default: keys += ["i " + t("ตัวชี้วัด", "indicator"), "1-4 4P"]
            }
            keys += ["e " + t("สรุป", "brief"), "q " + t("ออก", "quit")]
            text = keys.joined(separator: "  ")
        }
        let file = " " + m.file
        let fileWidth = TextWidth.width(of: file)
        let textWidth = rect.width - (rect.width >= 100 ? fileWidth + 1 : 0)
        screen.writeField(text, x: rect.x, y: rect.y, width: max(0, textWidth), style: style, charset: look.charset)
        if rect.width >= 100 {
            screen.writeField(file, x: rect.maxX - fileWidth - 1, y: rect.y, width: fileWidth, style: style, charset: look.charset)
        }
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
