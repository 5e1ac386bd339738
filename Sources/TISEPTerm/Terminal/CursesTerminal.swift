import AsciiMap
import CNcurses
import Foundation

/// Set from signal handlers, read by the loop: `endwin` is not
/// async-signal-safe, so a handler only records the signal.
nonisolated(unsafe) private var receivedSignal: Int32 = 0
nonisolated(unsafe) private var windowChanged: Int32 = 0

/// The only file that talks to curses: it reads keys and writes the cells
/// of a `ScreenBuffer` that changed since the last frame. Everything else
/// renders into buffers and never sees the terminal. `q`'s cousins SIGINT,
/// SIGTERM and SIGHUP end the loop within one read (`interrupted`).
final class CursesTerminal: Terminal {
    let colorMode: ColorMode
    let charset: Charset
    /// Why the terminal fell back to ASCII, for the status line.
    let localeProblem: String?
    private var previous: ScreenBuffer?
    private var pairs = ColorPairs(colorPairs: 0)
    private var screen: OpaquePointer?
    private var isOpen = false

    /// Sets up curses. `wantColor` false gives a monochrome interface
    /// (`--color never`, `NO_COLOR`). Throws if there is no terminal.
    init(wantColor: Bool) throws {
        // Before curses starts: it installs its own handlers only for
        // signals still at their default.
        receivedSignal = 0
        for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig) { receivedSignal = $0 } }
        signal(SIGWINCH) { _ in windowChanged = 1 }
        let utf8 = CursesTerminal.ensureUTF8Locale()
        charset = utf8 ? .unicode : .ascii
        localeProblem = utf8 ? nil : "the locale is not UTF-8: drawing in ASCII (set LANG=C.UTF-8 for Thai)"
        // With LINES/COLUMNS exported curses would never see a resize; and
        // without use_tioctl, use_env(false) falls back to terminfo's 80x24.
        use_env(false)
        use_tioctl(true)
        guard let s = newterm(nil, shim_stdout_file(), shim_stdin_file()) else {
            throw JobError(message: "cannot open the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "unset")); use the commands instead (tisep --help)")
        }
        screen = s
        isOpen = true
        cbreak()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(shim_stdscr(), 100)
        // Every colour call is guarded: on some terminals start_color succeeds and later calls crash.
        if wantColor && has_colors() {
            start_color()
            use_default_colors()
            colorMode = shim_colors() >= 256 && shim_color_pairs() >= 256 ? .palette256 : .basic8
            pairs = ColorPairs(colorPairs: Int(shim_color_pairs()))
        } else {
            colorMode = .none
        }
    }

    deinit { close() }

    /// Restores the terminal (idempotent).
    func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(shim_stdscr())), Int(getmaxy(shim_stdscr())))
    }

    /// The signal that ended the loop, 0 for none.
    var signalReceived: Int32 { receivedSignal }
    var interrupted: Bool { receivedSignal != 0 }

    /// After a SIGWINCH, asks the kernel for the size and tells curses, in
    /// case curses' own handler was not installed (it installs one only when
    /// SIGWINCH is at its default, which the runtime does not guarantee).
    func takeResize() -> (width: Int, height: Int)? {
        guard windowChanged != 0 else { return nil }
        windowChanged = 0
        var rows: Int32 = 0, cols: Int32 = 0
        guard shim_window_size(1, &rows, &cols) != 0 else { return nil }
        if rows != getmaxy(shim_stdscr()) || cols != getmaxx(shim_stdscr()) { resizeterm(rows, cols) }
        previous = nil
        return (Int(cols), Int(rows))
    }

    /// The next key, or nil when none came within `timeout` milliseconds.
    func readKey(timeout: Int) -> Key? {
        wtimeout(shim_stdscr(), Int32(timeout))
        var ch: wint_t = 0
        let rc = wget_wch(shim_stdscr(), &ch)
        if rc == shim_err() { return nil }
        if rc == KEY_CODE_YES { return functionKey(Int32(ch)) }
        switch ch {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(ch + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .char(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case shim_key_resize():
            previous = nil
            let (w, h) = size
            return .resize(width: w, height: h)
        case shim_key_f(1)...shim_key_f(12): return .function(Int(code - shim_key_f(0)))
        default: return nil
        }
    }

    /// Writes the cells that changed since the last frame, then shows them.
    func draw(_ frame: ScreenBuffer) {
        var full = previous == nil || previous!.width != frame.width || previous!.height != frame.height
        if colorMode != .none {
            let plan = pairs.prepare(ColorPairs.used(by: frame, limit: colorLimit))
            for (number, colors) in plan.define { init_pair(number, colors.foreground, colors.background) }
            if plan.rewriteAll { full = true }
        }
        if full { werase(shim_stdscr()) }
        for row in 0..<frame.height {
            for column in 0..<frame.width {
                let cell = frame[column, row]
                if !full, let previous, previous[column, row] == cell { continue }
                // The right half of a wide character: curses filled it already.
                if cell.grapheme.isEmpty { continue }
                put(cell, column: column, row: row)
            }
        }
        wnoutrefresh(shim_stdscr())
        doupdate()
        previous = frame
    }

    private var colorLimit: Int16 { colorMode == .palette256 ? 255 : 7 }

    private func put(_ cell: Cell, column: Int, row: Int) {
        var text: [wchar_t] = cell.grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if text.isEmpty { text = [32] }
        text.append(0)
        var attributes: attr_t = shim_a_normal()
        if cell.attributes.contains(.bold) { attributes |= shim_a_bold() }
        if cell.attributes.contains(.reverse) { attributes |= shim_a_reverse() }
        var pair: Int16 = 0
        if colorMode != .none, cell.foreground >= 0 || cell.background >= 0 {
            pair = pairs.number(ColorPairs.Colors(foreground: min(cell.foreground, colorLimit), background: min(cell.background, colorLimit)))
        }
        var c = cchar_t()
        setcchar(&c, text, attributes, pair, nil)
        mvwadd_wch(shim_stdscr(), Int32(row), Int32(column), &c)
    }

    /// Makes sure wide characters work: the user's locale if it is UTF-8,
    /// else C.UTF-8; false if neither (then everything is drawn in ASCII).
    static func ensureUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8() { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8() { return true }
        return false
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(shim_codeset()) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
