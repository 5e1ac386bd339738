import AsciiMap

/// A question on the status line: where to write a brief or a bundle.
struct Prompt: Equatable {
    enum Purpose: Equatable { case brief(String), bundle(String) }
    var purpose: Purpose
    var text: String

    func label(_ t: Texts) -> String {
        switch purpose {
        case let .brief(code): return t("เขียนสรุปของ \(code) ไปที่", "write the brief of \(code) to") + ": "
        case let .bundle(code): return t("ส่งออกไฟล์ซิงก์ของ \(code) ไปที่", "export a bundle of \(code) to") + ": "
        }
    }
}

extension Prompt.Purpose {
    /// The default file name's start: `brief-560101`, `tisep-560101`.
    var fileStem: String {
        switch self {
        case let .brief(code): return "brief-\(code)"
        case let .bundle(code): return "tisep-\(code)"
        }
    }

    var fileExtension: String {
        switch self {
        case .brief: return "md"
        case .bundle: return "bundle"
        }
    }
}

/// `e` and `x` ask where to write on the status line, with a default: text
/// editing, Enter to go, Esc to cancel.
enum PromptOverlay {
    static func keys(_ prompt: Prompt, _ state: inout AppState, _ key: Key) -> [Effect] {
        var prompt = prompt
        switch key {
        case .escape:
            state.overlay = nil
            state.status = state.texts("ยกเลิก", "cancelled")
            return []
        case .enter:
            state.overlay = nil
            let path = prompt.text.trimmingWhitespace()
            guard !path.isEmpty else { return [] }
            return [.writeOutput(prompt.purpose, path: path, replace: false, thai: state.thai)]
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .control("u"):
            prompt.text = ""
        case let .char(c):
            prompt.text.append(c)
        default:
            break
        }
        state.overlay = .prompt(prompt)
        return []
    }

    static func render(_ prompt: Prompt, _ look: Look, into screen: inout ScreenBuffer, rect: Rect) {
        screen.fill(rect, with: Theme.barCell(look))
        let line = " " + prompt.label(look.texts) + prompt.text + look.caret + "   Enter · Esc"
        screen.writeField(line, x: rect.x, y: rect.y, width: rect.width, style: .reverse, charset: look.charset)
    }
}
