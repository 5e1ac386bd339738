import AsciiMap
import EcosystemStore

/// `V`: what sync left for a person to look at (issue 13, section 6). On
/// top, this laptop's name (`n` renames it, on the status line). Then two
/// sections, `Tab` between them:
/// - conflicts to review, newest first: the record, the field, the value
///   that won and the one that lost (each with its laptop and time) and
///   why; `r` restores the losing value (an edit like any other: `u` undoes
///   it), `Enter` marks the conflict reviewed (the winner stays); either
///   way it leaves the list;
/// - values held back from bundles, read-only: the record, the field, the
///   value, why, where it came from and how to mend it (on the laptop that
///   sent it: `tisep check` there names it).
/// `Esc` (or `V`, `q`) closes.
enum SyncReviewOverlay {
    /// The keys of the review, for the help screen and `docs/keys.md`.
    static let keyHelp: [(keys: String, english: String, thai: String)] = [
        ("`↑` `↓` `PgUp` `PgDn`", "choose a conflict (or a value held back)", "เลือกความขัดแย้ง (หรือค่าที่ถูกกักไว้)"),
        ("`Tab` `←` `→`", "conflicts to review / values held back from bundles", "ความขัดแย้งรอตรวจ / ค่าที่ถูกกักไว้จากไฟล์ซิงก์"),
        ("`Enter`", "keep the value that won: the conflict leaves the list (`tisep conflicts --all` still lists it)",
         "คงค่าที่ชนะ: ความขัดแย้งออกจากรายการ (tisep conflicts --all ยังแสดง)"),
        ("`r`", "keep the value that lost: set again as a new edit that every laptop takes; the conflict leaves the list",
         "ใช้ค่าที่แพ้: ตั้งค่าใหม่เป็นการแก้ไขที่ทุกเครื่องรับ ความขัดแย้งออกจากรายการ"),
        ("`u`", "undo the last edit (a value restored with `r`)", "ย้อนการแก้ไขล่าสุด (ค่าที่ใช้ด้วย r)"),
        ("`n`", "rename this laptop (the name peers see in conflicts; also `tisep laptop NAME`)",
         "เปลี่ยนชื่อเครื่องนี้ (ชื่อที่เครื่องอื่นเห็นในความขัดแย้ง หรือ tisep laptop ชื่อ)"),
        ("`Esc` `V`", "close", "ปิด"),
    ]

    static func keys(_ review: SyncReview, _ state: inout AppState, _ key: Key) -> [Effect] {
        if review.renaming != nil { return renameKeys(review, &state, key) }
        var review = review
        switch key.latinEquivalent {
        case .char("r"):
            guard let c = review.conflict else { return [] }
            return [.restoreLosingValue(c)]
        case .enter:
            guard let c = review.conflict else { return [] }
            return [.markConflictReviewed(c)]
        case .char("u"):
            return Update.performEdit(&state, .undo)
        case .char("n"):
            review.renaming = review.data?.facts.laptopName ?? state.sync.laptopName
            review.renameProblem = nil
        case .tab, .backTab, .left, .right, .char("h"), .char("l"):
            review.section = review.section == .conflicts ? .heldBack : .conflicts
            review.cursor = 0
        default:
            let last = max(0, review.count - 1)
            switch Keymap.action(for: key) {
            case .moveDown: review.cursor = min(last, review.cursor + 1)
            case .moveUp: review.cursor = max(0, review.cursor - 1)
            case .pageDown: review.cursor = min(last, review.cursor + 3)
            case .pageUp: review.cursor = max(0, review.cursor - 3)
            case .goTop: review.cursor = 0
            case .goBottom: review.cursor = last
            case .back, .quit, .syncReview:
                state.overlay = nil
                return []
            default: break
            }
        }
        state.overlay = .syncReview(review)
        return []
    }

    /// `n`: the new name typed on the status line; Enter asks the store
    /// (which may refuse it, with its reason shown in the overlay).
    private static func renameKeys(_ review: SyncReview, _ state: inout AppState, _ key: Key) -> [Effect] {
        var review = review
        var text = review.renaming ?? ""
        switch key {
        case .escape:
            review.renaming = nil
            review.renameProblem = nil
        case .enter:
            state.overlay = .syncReview(review)
            return [.renameLaptop(text)]
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            review.renaming = text
        case .control("u"):
            review.renaming = ""
        case let .char(c):
            text.append(c)
            review.renaming = text
        default:
            break
        }
        state.overlay = .syncReview(review)
        return []
    }

    static func keyHint(_ review: SyncReview, _ t: Texts) -> String? {
        if review.renaming != nil { return nil }
        switch review.section {
        case .conflicts:
            return t("↑↓ · Enter คงค่าที่ชนะ · r ใช้ค่าที่แพ้ · u ย้อน · n ชื่อเครื่อง · Esc ปิด",
                     "↑↓ · Enter keep winner · r restore loser · u undo · n rename · Esc close")
        case .heldBack:
            return t("↑↓ เลื่อน · Tab ความขัดแย้ง · n ชื่อเครื่อง · Esc ปิด", "↑↓ scroll · Tab conflicts · n rename this laptop · Esc close")
        }
    }

    // MARK: drawing

    struct Line {
        var text: String
        var style: Style = .plain
        /// The conflict or held-back value the line belongs to.
        var item: Int?
    }

    /// `writerWaiting`: the name typed is being saved and waits for another
    /// tisep; the status line says so instead of showing the question.
    static func render(_ review: SyncReview, _ look: Look, layout: Layout, writerWaiting: Bool = false, into screen: inout ScreenBuffer) {
        let t = look.texts
        let rect = layout.body
        screen.fill(rect)
        screen.box(rect, title: t("ตรวจการซิงก์", "Sync review"), style: Theme.border(focused: true, look), charset: look.charset)
        let inner = rect.inner
        let width = inner.width - 1
        guard inner.height >= 3, width > 4 else { return }
        var y = inner.y
        for line in header(review, look, width: width).prefix(inner.height - 2) {
            screen.writeField(" " + line.text, x: inner.x, y: y, width: inner.width, style: line.style, charset: look.charset)
            y += 1
        }
        drawSections(review, look, x: inner.x + 1, y: y, width: width, into: &screen)
        y += 1
        let list = lines(review, look, width: width)
        let visible = inner.maxY - y
        for (i, line) in list.dropFirst(scroll(list, cursor: review.cursor, visible: visible)).prefix(visible).enumerated() {
            screen.writeField(" " + line.text, x: inner.x, y: y + i, width: inner.width, style: line.style, charset: look.charset)
        }
        if let name = review.renaming, !writerWaiting {
            screen.fill(layout.status, with: Theme.barCell(look))
            let prompt = " " + t("ชื่อเครื่องนี้: ", "this laptop's name: ") + name + look.caret + "   Enter · Esc"
            screen.writeField(prompt, x: layout.status.x, y: layout.status.y, width: layout.status.width, style: .reverse, charset: look.charset)
        }
    }

    /// This laptop's name and how to change it; why a name was refused.
    static func header(_ review: SyncReview, _ look: Look, width: Int) -> [Line] {
        let t = look.texts
        let name = TerminalSafe.line(review.data?.facts.laptopName ?? "")
        var text = t("เครื่องนี้ชื่อ ", "This laptop is named ") + name + " · n " + t("เปลี่ยนชื่อ (หรือ tisep laptop ชื่อ)", "renames it (or tisep laptop NAME)")
        if review.data == nil { text = t("กำลังโหลด…", "loading…") }
        var out = WrappedText.lines(text, width: width, hang: 2).map { Line(text: $0) }
        if let problem = review.renameProblem {
            out += WrappedText.lines(t("ตั้งชื่อไม่ได้: ", "cannot use that name: ") + problem, width: width, hang: 2)
                .map { Line(text: $0, style: Theme.warning(look)) }
        }
        return out
    }

    /// " ความขัดแย้งรอตรวจ 3 "  " ค่าที่ถูกกักไว้ 0 "  Tab สลับ, the section shown in reverse video.
    private static func drawSections(_ review: SyncReview, _ look: Look, x: Int, y: Int, width: Int, into screen: inout ScreenBuffer) {
        let t = look.texts
        let conflicts = review.data.map { NumberText.count($0.facts.conflicts) } ?? "…"
        // "ค่าที่ถูกกักไว้ 3 (ต้องแก้ 1)" when some are moot.
        let held = review.data.map { d in
            NumberText.count(d.facts.heldBack)
                + (d.facts.heldBackToMend == d.facts.heldBack ? "" : t(" (ต้องแก้ ", " (to mend ") + NumberText.count(d.facts.heldBackToMend) + ")")
        } ?? "…"
        var column = x
        for (section, label) in [(SyncReview.Section.conflicts, t("ความขัดแย้งรอตรวจ ", "Conflicts to review ") + conflicts),
                                 (.heldBack, t("ค่าที่ถูกกักไว้ ", "Values held back ") + held)] {
            column += screen.write(" " + label + " ", x: column, y: y, maxWidth: x + width - column,
                                   style: review.section == section ? .reverse : .plain)
            column += screen.write("  ", x: column, y: y, maxWidth: max(0, x + width - column))
        }
        let hint = "Tab " + t("สลับ", "switches")
        // Whole or not at all: the sections' names matter more.
        if TextWidth.width(of: hint) <= x + width - column { screen.write(hint, x: column, y: y, style: Theme.dim(look)) }
    }

    /// The section's lines, each wrapped between words to `width`.
    static func lines(_ review: SyncReview, _ look: Look, width: Int) -> [Line] {
        guard let data = review.data else { return [] }
        switch review.section {
        case .conflicts: return conflictLines(data, cursor: review.cursor, look, width: width)
        case .heldBack: return heldBackLines(data, cursor: review.cursor, look, width: width)
        }
    }

    private static func conflictLines(_ data: SyncReviewData, cursor: Int, _ look: Look, width: Int) -> [Line] {
        let t = look.texts
        guard !data.conflicts.isEmpty else {
            return none(t("ไม่มีความขัดแย้งรอตรวจ", "No conflicts to review"),
                        t("ความขัดแย้งคือช่องที่แก้ไขบนสองเครื่องโดยต่างไม่เห็นการแก้ของอีกเครื่อง: ค่าที่แก้ทีหลังชนะ อีกค่าเก็บไว้ในประวัติ (tisep history) · tisep conflicts --all แสดงที่ตรวจแล้ว",
                          "A conflict is a field edited on two laptops without either seeing the other's edit: the later edit wins and the other value stays in history (tisep history) · tisep conflicts --all lists those reviewed"),
                        look, width: width)
        }
        var out: [Line] = []
        for (i, c) in data.conflicts.enumerated() {
            out += heading(TerminalSafe.line(SyncText.subject(c, t)), selected: i == cursor, look, width: width, item: i)
            out += labelledRows([
                (t("ชนะ", "won"), SyncText.value(c.winner.value, field: c.field, type: c.type, t) + " · " + SyncText.side(c.winner, thisLaptop: data.facts.laptopID, t)),
                (t("แพ้", "lost"), SyncText.value(c.loser.value, field: c.field, type: c.type, t) + " · " + SyncText.side(c.loser, thisLaptop: data.facts.laptopID, t)),
                (t("เพราะ", "why"), SyncText.rule(c.rule, t)),
            ], width: width, item: i)
        }
        return out + more(data.facts.conflicts - data.conflicts.count, listedBy: "tisep conflicts", look, width: width)
    }

    private static func heldBackLines(_ data: SyncReviewData, cursor: Int, _ look: Look, width: Int) -> [Line] {
        let t = look.texts
        guard !data.heldBack.isEmpty else {
            return none(t("ไม่มีค่าที่ถูกกักไว้", "No values held back"),
                        t("ค่าที่ถูกกักไว้คือค่าในไฟล์ซิงก์ที่ผิดกฎการรับข้อมูล (มักมาจากเครื่องที่ยังไม่อัปเดต tisep): ไม่นำมาใช้ เก็บไว้ให้ตรวจ ส่วนที่เหลือของไฟล์นำเข้าตามปกติ · tisep check แสดงเช่นกัน",
                          "A held-back value is a value in a bundle that breaks the acceptance rule (usually from a laptop whose tisep is not yet updated): not applied, kept for review, the rest of the bundle imported · tisep check lists them too"),
                        look, width: width)
        }
        var out: [Line] = []
        for (i, item) in data.heldBack.enumerated() {
            let v = item.value
            out += heading(SyncText.subject(item, t), selected: i == cursor, look, width: width, item: i)
            // A whole record is its bundle line: the start says enough.
            let value = v.value.map { SyncText.quoted($0, limit: v.isWhole ? 100 : 160) } ?? t("(ว่าง)", "(empty)")
            // One that what came since made moot reads dimmed: nothing to do.
            out += labelledRows([
                (t("ค่า", "value"), value),
                (t("เพราะ", "why"), v.reason.text(thai: t.thai)),
                (t("จาก", "from"), SyncText.received(item, t)),
                (t("แก้", "mend"), SyncText.mend(item, t)),
            ], width: width, style: v.superseded ? Theme.dim(look) : .plain, item: i)
        }
        return out + more(data.facts.heldBack - data.heldBack.count, listedBy: "tisep check", look, width: width)
    }

    /// An item's first line: "▸ " and reverse video on the cursor's.
    private static func heading(_ text: String, selected: Bool, _ look: Look, width: Int, item: Int) -> [Line] {
        wrap((selected ? "▸ " : "  ") + text, width: width, hang: 2, style: selected ? .reverse : Theme.heading(look), item: item)
    }

    /// An item's labelled rows, the labels padded to the widest and each
    /// row's later lines under its text: "    ชนะ    ค่า · เครื่อง …".
    private static func labelledRows(_ rows: [(label: String, text: String)], width: Int, style: Style = .plain, item: Int) -> [Line] {
        let labelWidth = rows.map { TextWidth.width(of: $0.label) }.max() ?? 0
        return rows.flatMap { row in
            wrap("    " + TextWidth.pad(row.label, to: labelWidth) + "  " + row.text, width: width, hang: 4 + labelWidth + 2,
                 style: style, item: item)
        }
    }

    /// An empty section: what it would hold, dimmed under its title.
    private static func none(_ title: String, _ explanation: String, _ look: Look, width: Int) -> [Line] {
        [Line(text: title)] + wrap(explanation, width: width, hang: 0, style: Theme.dim(look), item: nil)
    }

    /// "… และอีก 3: tisep check แสดงทั้งหมด" when the section shows fewer than there are.
    private static func more(_ n: Int, listedBy command: String, _ look: Look, width: Int) -> [Line] {
        guard n > 0 else { return [] }
        let t = look.texts
        return wrap(t("… และอีก \(NumberText.count(n)): \(command) แสดงทั้งหมด", "… and \(NumberText.count(n)) more: \(command) lists them all"),
                    width: width, hang: 2, style: Theme.dim(look), item: nil)
    }

    private static func wrap(_ text: String, width: Int, hang: Int, style: Style = .plain, item: Int?) -> [Line] {
        WrappedText.lines(text, width: width, hang: hang).map { Line(text: $0, style: style, item: item) }
    }

    /// The first line shown: the cursor's item whole and near the middle
    /// when it fits, its start when it does not.
    static func scroll(_ lines: [Line], cursor: Int, visible: Int) -> Int {
        guard visible > 0, lines.count > visible, let first = lines.firstIndex(where: { $0.item == cursor }) else { return 0 }
        let last = lines.lastIndex { $0.item == cursor } ?? first
        let height = last - first + 1
        let centred = height >= visible ? first : first - (visible - height) / 2
        return max(0, min(centred, lines.count - visible))
    }
}
