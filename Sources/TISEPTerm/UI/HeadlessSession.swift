import EcosystemStore

/// The interface without a terminal, for `tisep-bench tui`: keys in, each
/// followed by the work it causes and a frame rendered into a screen buffer,
/// exactly as the terminal loop does minus the writing to curses.
package final class HeadlessSession {
    private let app: AppController

    /// Opens the interface on `store` at `width × height`, through its first frame.
    package init(store: Store, databasePath: String, width: Int, height: Int) throws {
        var state = AppState()
        state.width = width
        state.height = height
        state.dataset = DataSetInfo(path: databasePath, isDemo: try store.laptop.isDemoDataSet())
        app = try AppController(store: store, state: state)
        _ = app.frame()
    }

    /// One key, its effects, and the frame that follows.
    package func press(_ key: Key) {
        app.handle(key)
        app.settle()
        _ = app.frame()
    }

    package var quitRequested: Bool { app.state.quitRequested }
}
