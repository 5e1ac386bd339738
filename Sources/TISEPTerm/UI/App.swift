import Foundation
import EcosystemStore

/// The interface as one loop, the same for the terminal, the tests and the
/// benchmark. `step` puts a message through `Update.handle`, gives each
/// effect it asks for to the `EffectRunner`, and steps each answer in turn
/// (depth first, so an effect's consequences are done before the next
/// effect runs); a search on the worker answers later, through `collect`.
/// The frame is drawn again only after a message that may change it.
package final class App {
    private(set) var state: AppState
    let runner: EffectRunner
    /// Maps drawn for earlier frames (`MapPane`).
    let maps = MapPictureCache()
    private var lastFrame: ScreenBuffer?
    /// Something may have changed since the last frame.
    private(set) var needsDraw = true

    /// Opens the interface on what the runner's store holds: the first
    /// province selected, its data loaded (ready for the first frame).
    init(state initial: AppState, runner: EffectRunner) throws {
        state = initial
        self.runner = runner
        if state.today.isEmpty { state.today = CalendarDate.iso(Date()) }
        step(.started(try runner.start()))
    }

    /// The database, for tests that look into it after the keys.
    var store: Store { runner.store }

    /// One message and everything it leads to.
    func step(_ msg: Msg) {
        if Update.mayChangeScreen(msg, state) { needsDraw = true }
        for effect in Update.handle(&state, msg) {
            if let answer = runner.run(effect) { step(answer) }
        }
    }

    /// Steps a search the worker has finished, if any; true if the screen may have changed.
    @discardableResult
    func collect() -> Bool {
        guard let answer = runner.finishedSearch() else { return false }
        let changes = Update.mayChangeScreen(answer, state)
        step(answer)
        return changes
    }

    /// The frame for the state, drawn again only when something changed.
    func frame() -> ScreenBuffer {
        if needsDraw || lastFrame == nil {
            lastFrame = Screen.render(state, maps: maps)
            needsDraw = false
        }
        return lastFrame!
    }

    /// The terminal loop: draw when something changed, wait for a key (a
    /// tick when none comes within 100 ms, or 15 ms while a search runs on
    /// the worker), take every key already typed, then tick once, so that a
    /// burst of keys asks for one search.
    func run(on terminal: Terminal) {
        while !state.quitRequested && !terminal.interrupted {
            if let size = terminal.takeResize() { step(.resize(width: size.width, height: size.height)) }
            collect()
            if needsDraw { terminal.draw(frame()) }
            guard let key = terminal.readKey(timeout: state.search.pending ? 15 : 100) else {
                step(.tick)
                continue
            }
            step(.key(key))
            while !state.quitRequested, !terminal.interrupted, let next = terminal.readKey(timeout: 0) {
                step(.key(next))
            }
            step(.tick)
        }
    }
}

// MARK: without a terminal (`tisep-bench tui`)

extension App {
    /// The interface on `store` at `width × height` without a terminal, its
    /// searches on the interface's thread, through its first frame.
    package convenience init(store: Store, databasePath: String, width: Int, height: Int) throws {
        var state = AppState()
        state.width = width
        state.height = height
        state.dataset = DataSetInfo(path: databasePath, isDemo: try EffectRunner.dataSetFacts(store).isDemo)
        try self.init(state: state, runner: EffectRunner(store: store))
        _ = frame()
    }

    /// One key as the terminal loop takes it when no other key is waiting:
    /// the key, the tick after it, and the frame.
    package func press(_ key: Key) {
        step(.key(key))
        step(.tick)
        _ = frame()
    }

    package var quitRequested: Bool { state.quitRequested }
}
