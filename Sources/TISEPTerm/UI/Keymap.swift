/// The one table from keys to actions. Thai Kedmanee characters on the same
/// physical keys are translated before lookup (see `Key.latinEquivalent`).
enum Keymap {
    static let bindings: [(keys: [Key], action: Action)] = [
        ([.up, .char("k")], .moveUp),
        ([.down, .char("j")], .moveDown),
        ([.left, .char("h")], .moveLeft),
        ([.right, .char("l")], .moveRight),
        ([.char("g"), .home], .goTop),
        ([.char("G"), .end], .goBottom),
        ([.pageUp], .pageUp),
        ([.pageDown, .char(" ")], .pageDown),
        ([.tab], .focusNextPane),
        ([.backTab], .focusPreviousPane),
        ([.enter], .open),
        ([.escape], .back),
        ([.char("/")], .search),
        ([.char("n")], .nextResult),
        ([.char("N")], .previousResult),
        ([.char("1")], .filterPolicy),
        ([.char("2")], .filterAsset),
        ([.char("3")], .filterPlatform),
        ([.char("4")], .filterPlayer),
        ([.char("r")], .cycleRole),
        ([.char("0")], .clearFilters),
        ([.char("f")], .filterMenu),
        ([.char("t")], .switchListTab),
        ([.char("s")], .cycleSort),
        ([.char("i")], .cycleIndicator),
        ([.char("c")], .cycleMethod),
        ([.char("z")], .zoomMap),
        ([.char("K")], .mapKey),
        ([.char("y")], .cycleYear),
        ([.char("a")], .add),
        ([.char("E")], .edit),
        ([.char("D")], .delete),
        ([.char("u")], .undo),
        ([.char("C")], .logContact),
        ([.char("R")], .logReferral),
        ([.char("m")], .needsOffers),
        ([.char("M")], .mergeRecords),
        ([.char("e")], .exportBrief),
        ([.char("x")], .exportMenu),
        ([.char("V")], .syncReview),
        ([.char("?"), .function(1)], .help),
        ([.char("L")], .toggleLanguage),
        ([.char("q")], .quit),
    ]

    private static let table: [Key: Action] = {
        var t: [Key: Action] = [:]
        for (keys, action) in bindings { for key in keys { t[key] = action } }
        return t
    }()

    /// The action bound to a key outside text fields.
    static func action(for key: Key) -> Action? {
        table[key] ?? table[key.latinEquivalent]
    }

    static func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    /// "↑ k" for the help screen.
    static func keyLabel(_ action: Action) -> String {
        keys(for: action).map(\.description).joined(separator: " ")
    }

    /// The key table as Markdown, for `docs/keys.md`.
    static func markdown() -> String {
        var out = "# Keys\n\nGenerated from the key table (`tisep keys --markdown`); the help screen (`?`) shows the same.\n"
        out += "Outside text fields, Thai (Kedmanee) characters on the same physical keys do the same (ๆ = q, ฝ = /, ฦ = ?).\n"
        let en = Texts(thai: false), th = Texts(thai: true)
        for group in Action.Group.allCases {
            out += "\n## \(group.title(en)) / \(group.title(th))\n\n| keys | action | what it does |\n|---|---|---|\n"
            for (keys, action) in bindings where action.group == group {
                let k = keys.map { "`\($0.description == "`" ? "``" : $0.description)`" }.joined(separator: " ")
                out += "| \(k) | `\(action.rawValue)` | \(action.summary(en)) / \(action.summary(th)) |\n"
            }
        }
        for (english, thai) in zip(overlayKeys(en), overlayKeys(th)) {
            out += "\n## \(english.title) / \(thai.title)\n\n| keys | what they do |\n|---|---|\n"
            for (k, e, t) in english.keys { out += "| \(k) | \(e) / \(t) |\n" }
        }
        return out
    }

    /// The keys of the views that take the keys before the panes: the
    /// search bar, the needs and offers view, the sync review, a form.
    static func overlayKeys(_ t: Texts) -> [(title: String, keys: [(keys: String, english: String, thai: String)])] {
        [(t("ในช่องค้นหา (/)", "In the search bar (/)"), SearchOverlay.keyHelp),
         (t("ในหน้าความต้องการและผู้ให้ (m)", "In needs and offers (m)"), NeedsOverlay.keyHelp),
         (t("ในหน้าตรวจการซิงก์ (V)", "In the sync review (V)"), SyncReviewOverlay.keyHelp),
         (t("ในแบบฟอร์ม", "In a form"), formKeys)]
    }

    /// Keys inside a form (text fields take every other key as text).
    static let formKeys: [(keys: String, english: String, thai: String)] = [
        ("`Tab` `↓` / `Shift-Tab` `↑`", "next / previous field (the field left is checked)", "ช่องถัดไป / ก่อนหน้า (ตรวจช่องที่ออก)"),
        ("`Enter`", "next field; on a pick-list field opens the list; on Save saves", "ช่องถัดไป; ช่องแบบเลือกเปิดรายการ; ที่ปุ่มบันทึกคือบันทึก"),
        ("`←` `→`", "previous / next choice of a pick-list field", "ตัวเลือกก่อนหน้า / ถัดไป"),
        ("`Space`", "in a list of several choices: tick or untick", "ในรายการหลายตัวเลือก: เลือก / ไม่เลือก"),
        ("`F2` `Ctrl-S`", "save", "บันทึก"),
        ("`Backspace` / `Ctrl-U`", "remove a character (a whole Thai cluster) / clear the field", "ลบหนึ่งตัว (ทั้งกลุ่มอักษรไทย) / ล้างช่อง"),
        ("`Esc`", "close the list, or leave the form without saving", "ปิดรายการ หรือออกโดยไม่บันทึก"),
    ]
}
