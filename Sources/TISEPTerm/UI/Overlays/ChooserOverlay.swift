import AsciiMap
import EcosystemStore

/// A short menu: what to add here, which item to edit or delete, which
/// duplicate to merge into the selected element, what to export.
struct Chooser: Equatable {
    enum Choice: Equatable {
        case add(RecordType, fixed: [String: String], preset: [String: String], subject: String?)
        case edit(String)
        case delete(String, label: String)
        case merge(keep: String, drop: String, label: String)
        /// A file of the export menu (`x`): on to the prompt for its name.
        case export(Prompt.Purpose)
    }
    struct Item: Equatable {
        var label: String
        var choice: Choice
    }
    var title: String
    var items: [Item]
    var cursor = 0
}

/// The small menus of `a`, `E`, `D`, `M` and `x`: ↑↓ choose, Enter goes on
/// (to a form, a yes-or-no question, or where to write), Esc closes.
enum ChooserOverlay {
    static func keys(_ chooser: Chooser, _ state: inout AppState, _ key: Key) -> [Effect] {
        var chooser = chooser
        switch Keymap.action(for: key) {
        case .moveDown: chooser.cursor = min(chooser.items.count - 1, chooser.cursor + 1)
        case .moveUp: chooser.cursor = max(0, chooser.cursor - 1)
        case .back, .quit:
            state.overlay = nil
            return []
        case .open:
            state.overlay = nil
            switch chooser.items[chooser.cursor].choice {
            case let .add(type, fixed, preset, subject):
                state.overlay = .form(Update.newForm(state, type, fixed: fixed, preset: preset, subject: subject))
                return []
            case let .edit(id): return [.openEditForm(id)]
            case let .delete(id, label):
                state.overlay = .confirmation(Confirmation(question: state.texts("ลบ \(label) ?", "delete \(label)?"), act: .delete(id)))
                return []
            case let .merge(keep, drop, label):
                state.overlay = .confirmation(Confirmation(question: state.texts("รวม \(label) เข้ากับองค์ประกอบที่เลือก ?", "merge \(label) into the selected element?"),
                                                           act: .merge(keep: keep, drop: drop)))
                return []
            case let .export(purpose): return [.proposeOutputName(purpose)]
            }
        default: break
        }
        state.overlay = .chooser(chooser)
        return []
    }

    static func render(_ chooser: Chooser, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let labels = chooser.items.map(\.label)
        let width = min(rect.width, max(40, (labels.map { TextWidth.width(of: $0) }.max() ?? 10) + 4, TextWidth.width(of: chooser.title) + 6))
        let height = min(rect.height, labels.count + 2)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width: width, height: height)
        screen.fill(box)
        screen.box(box, title: chooser.title, style: Theme.border(focused: true, look), charset: look.charset)
        let inner = box.inner
        let visible = inner.height
        let scroll = TreePane.scrollOffset(cursor: chooser.cursor, current: 0, visible: visible, count: labels.count)
        for (i, label) in labels.enumerated().dropFirst(scroll).prefix(visible) {
            screen.writeField(" " + label, x: inner.x, y: inner.y + i - scroll, width: inner.width,
                              style: i == chooser.cursor ? .reverse : .plain, charset: look.charset)
        }
    }

    /// The keys of the status bar while a menu is open.
    static func keyHint(_ t: Texts) -> String { t("↑↓ เลือก · Enter ตกลง · Esc ปิด", "↑↓ choose · Enter go · Esc close") }
}
