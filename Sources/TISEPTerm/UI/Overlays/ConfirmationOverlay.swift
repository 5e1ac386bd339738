import AsciiMap

/// A question that needs y or n (a delete, a merge, replacing a file).
struct Confirmation: Equatable {
    enum Act: Equatable { case delete(String), merge(keep: String, drop: String), replaceFile(Prompt.Purpose, path: String) }
    var question: String
    var act: Act
}

/// The yes-or-no question on the status line: `y` (or ั, y on a Thai
/// keyboard) does it, any other key cancels.
enum ConfirmationOverlay {
    static func keys(_ confirmation: Confirmation, _ state: inout AppState, _ key: Key) -> [Effect] {
        state.overlay = nil
        switch key {
        case .char("y"), .char("Y"), .char("ั"):
            switch confirmation.act {
            case let .delete(id): return [.deleteRecord(id, thai: state.thai)]
            case let .merge(keep, drop): return [.mergeRecords(keep: keep, drop: drop, thai: state.thai)]
            case let .replaceFile(purpose, path): return [.writeOutput(purpose, path: path, replace: true, thai: state.thai)]
            }
        default:
            state.status = state.texts("ยกเลิก", "cancelled")
            return []
        }
    }

    static func render(_ confirmation: Confirmation, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        let t = look.texts
        screen.fill(rect, with: Theme.barCell(look))
        let line = " " + confirmation.question + "  y " + t("ใช่", "yes") + " · n " + t("ไม่", "no")
        screen.writeField(line, x: rect.x, y: rect.y, width: rect.width, style: .reverse, charset: look.charset)
    }
}
