/// What the loop (`App.run(on:)`) needs of a terminal: its size, keys with
/// a time-out, a place to show frames, and whether to stop. The curses
/// terminal is one; the tests have an in-memory one with scripted keys
/// and a clock of its own (`Tests/TISEPTermTests/TestTerminal.swift`).
protocol Terminal: AnyObject {
    /// The size now, in cells.
    var size: (width: Int, height: Int) { get }
    /// A new size learned outside the keys (a window-change signal), once; nil when none.
    func takeResize() -> (width: Int, height: Int)?
    /// The next key, or nil when none came within `timeout` milliseconds
    /// (0: only a key already typed). A resize may come as a key too.
    func readKey(timeout: Int) -> Key?
    /// Shows a frame.
    func draw(_ frame: ScreenBuffer)
    /// The loop must end now (a signal arrived).
    var interrupted: Bool { get }
}
