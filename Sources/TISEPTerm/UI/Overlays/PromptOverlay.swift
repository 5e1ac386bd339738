import AsciiMap
import EcosystemStore

/// A question on the status line: where to write a file of `e` or of the
/// export menu (`x`).
struct Prompt: Equatable {
    /// What the file is: the brief or bundle of an area, its 3W, the list on
    /// screen as CSV (these elements or resources, in the order shown), or
    /// the map on screen as GeoJSON.
    enum Purpose: Equatable {
        case brief(String)
        case bundle(String)
        case threeW(String)
        case list(String, SheetKind, ids: [String])
        case map(scope: String?, level: AreaLevel, indicator: String)
    }
    var purpose: Purpose
    var text: String

    func label(_ t: Texts) -> String {
        switch purpose {
        case let .brief(code): return t("เขียนสรุปของ \(code) ไปที่", "write the brief of \(code) to") + ": "
        case let .bundle(code): return t("ส่งออกไฟล์ซิงก์ของ \(code) ไปที่", "export a bundle of \(code) to") + ": "
        case let .threeW(code): return t("เขียน 3W ของ \(code) ไปที่", "write the 3W of \(code) to") + ": "
        case let .list(code, _, _): return t("เขียนรายการของ \(code) เป็น CSV ไปที่", "write the list of \(code) as CSV to") + ": "
        case let .map(scope, _, _):
            let place = scope ?? t("ทั้งประเทศ", "Thailand")
            return t("เขียนแผนที่ของ \(place) เป็น GeoJSON ไปที่", "write the map of \(place) as GeoJSON to") + ": "
        }
    }
}

extension Prompt.Purpose {
    /// The default file name's start: `brief-560101`, `tisep-560101`,
    /// `3w-560101`, `elements-560101`, `map-5601-s90s10`.
    var fileStem: String {
        switch self {
        case let .brief(code): return "brief-\(code)"
        case let .bundle(code): return "tisep-\(code)"
        case let .threeW(code): return "3w-\(code)"
        case let .list(code, kind, _): return "\(kind == .entities ? "elements" : kind.rawValue)-\(code)"
        case let .map(scope, _, indicator): return "map-\(scope ?? "th")-\(indicator)"
        }
    }

    var fileExtension: String {
        switch self {
        case .brief: return "md"
        case .bundle: return "bundle"
        case .threeW, .list: return "csv"
        case .map: return "geojson"
        }
    }
}

/// `e` and the export menu ask where to write on the status line, with a
/// default in the export folder (``ExportFolder``, shown with `~` for the
/// home folder, which may be typed too): text editing, Enter to go, Esc to
/// cancel.
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
        screen.writeField(line(prompt, look, width: rect.width), x: rect.x, y: rect.y, width: rect.width, style: .reverse, charset: look.charset)
    }

    /// The question, the name and the caret always in view: the keys'
    /// hint gives way first, then the start of a long name (`…` and its
    /// end, where the typing is).
    static func line(_ prompt: Prompt, _ look: Look, width: Int) -> String {
        let label = " " + prompt.label(look.texts)
        let text = prompt.text + look.caret
        let hint = "   Enter · Esc"
        let room = width - TextWidth.width(of: label)
        if TextWidth.width(of: text) + TextWidth.width(of: hint) <= room { return label + text + hint }
        if TextWidth.width(of: text) <= room { return label + text }
        let ellipsis = TextWidth.ellipsis(look.charset)
        var tail = ""
        var used = TextWidth.width(of: ellipsis)
        for character in text.reversed() {
            used += TextWidth.width(of: character)
            if used > room { break }
            tail.insert(character, at: tail.startIndex)
        }
        return label + ellipsis + tail
    }
}
