import Foundation
import AsciiMap

/// What the terminal behind a command's stdout can show: size, colours,
/// glyphs. Everything is read from the command's context, so tests decide.
enum MapTerminal {
    static let fallbackSize = (columns: 80, rows: 30)

    /// The window's size from the kernel when stdout is a terminal, else
    /// `$COLUMNS`/`$LINES`, else 80×30. One row is left for the shell prompt
    /// that follows, so the top of the map does not scroll away.
    static func size(_ context: CommandContext) -> (columns: Int, rows: Int) {
        if context.stdoutIsTerminal {
            var window = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 1 {
                return (Int(window.ws_col), Int(window.ws_row) - 1)
            }
        }
        let env = context.environment
        let columns = env["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        let rows = env["LINES"].flatMap { Int($0) }.flatMap { $0 > 1 ? $0 - 1 : nil }
        return (columns ?? fallbackSize.columns, rows ?? fallbackSize.rows)
    }

    /// No colour unless ``ColorChoice`` wants it; then as many as the terminal shows.
    static func colorMode(option: String?, _ context: CommandContext) -> ColorMode {
        guard ColorChoice.wanted(option: option, environment: context.environment, isTerminal: context.stdoutIsTerminal) else { return .none }
        return depth(context.environment)
    }

    /// 256 colours unless `TERM` names a terminal without them: nearly every
    /// emulator today sets `xterm-256color` or `COLORTERM`, while the Linux
    /// console, `screen` and `vt100` show only the basic eight. No `TERM` at
    /// all (output piped into `less -R`, a file) gets 256.
    static func depth(_ env: [String: String]) -> ColorMode {
        let term = env["TERM"] ?? ""
        if term.isEmpty || term.contains("256") || !(env["COLORTERM"] ?? "").isEmpty { return .palette256 }
        return .basic8
    }

    /// Unicode glyphs when the locale's character type is UTF-8 (`LC_ALL`,
    /// else `LC_CTYPE`, else `LANG`, as POSIX orders them; `C.UTF-8`
    /// counts), else ASCII: `C`/`POSIX` or no locale at all may be a serial
    /// console or an old SSH client that shows UTF-8 as garbage.
    static func charset(_ context: CommandContext) -> Charset {
        let env = context.environment
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty } ?? ""
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8") ? .unicode : .ascii
    }
}
