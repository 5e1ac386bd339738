import AsciiMap
import EcosystemStore
import Foundation

/// Set from a signal handler, read by the input loop: `endwin` is not
/// async-signal-safe, so the handler only records the signal.
nonisolated(unsafe) private var receivedSignal: Int32 = 0
nonisolated(unsafe) private var windowChanged: Int32 = 0

/// `tisep` with no command: opens (or first creates) the database and runs
/// the full-screen interface until `q` or a signal, always restoring the terminal.
enum InteractiveSession {
    static func run(arguments: ParsedArguments, environment: [String: String]) -> Int32 {
        guard isatty(0) != 0, isatty(1) != 0 else {
            printError("tisep: error: the full-screen interface needs a terminal; use the commands instead (tisep --help)")
            return 1
        }
        var created = false
        do {
            let path = try DatabaseLocation.resolve(option: arguments.value("db"), environment: environment)
            if !FileManager.default.fileExists(atPath: path) {
                printError("tisep: creating \(path) from the embedded default data…")
                try DefaultDataSet.create(at: path, content: .demo)
                created = true
            }
            let store = try Store(path: path)
            var state = AppState()
            state.thai = try language(arguments: arguments, environment: environment, store: store)
            state.dataset = DataSetInfo(path: path, isDemo: try store.laptop.isDemoDataSet(), createdNow: created)
            // The interface runs only on a terminal (checked above).
            let wantColor = ColorChoice.wanted(option: arguments.value("color"), environment: environment, isTerminal: true)
            return try loop(store: store, state: state, wantColor: wantColor)
        } catch {
            printError("tisep: error: \(error)")
            return 1
        }
    }

    private static func language(arguments: ParsedArguments, environment: [String: String], store: Store) throws -> Bool {
        LanguageChoice.thai(option: arguments.value("lang"), environment: environment, remembered: try store.laptop.meta("ui_lang"))
    }

    private static func loop(store: Store, state initial: AppState, wantColor: Bool) throws -> Int32 {
        receivedSignal = 0
        for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig) { receivedSignal = $0 } }
        signal(SIGWINCH) { _ in windowChanged = 1 }
        let terminal = try CursesTerminal(wantColor: wantColor)
        defer { terminal.close() }
        var state = initial
        state.colorMode = terminal.colorMode
        state.charset = terminal.charset
        (state.width, state.height) = terminal.size
        let app: AppController
        do {
            app = try AppController(store: store, state: state)
        } catch {
            terminal.close()
            throw error
        }
        let worker = SearchWorker(databasePath: store.file.path)
        defer { worker.stop() }
        app.searchWorker = worker
        if let problem = terminal.localeProblem { app.showStatus(problem) }
        else if state.dataset.createdNow { app.showStatus(state.texts("สร้างฐานข้อมูลจากข้อมูลตั้งต้น (ข้อมูลสาธิต) แล้ว", "created the database from the embedded default data (demo data)") + ": " + state.dataset.path) }
        while receivedSignal == 0 && !app.state.quitRequested {
            if windowChanged != 0 {
                windowChanged = 0
                if let resize = terminal.resizeFromKernel() { app.handle(resize) }
            }
            app.collectSearch()
            terminal.draw(app.frame())
            // While a search runs elsewhere, look for its result often.
            guard let key = terminal.readKey(timeout: app.state.searchPending ? 15 : 100) else {
                app.settle()
                continue
            }
            app.handle(key)
            // Take every key already typed before searching or drawing again.
            while let next = terminal.readKey(timeout: 0), receivedSignal == 0 {
                app.handle(next)
                if app.state.quitRequested { break }
            }
            app.settle()
        }
        terminal.close()
        return receivedSignal == 0 ? 0 : 128 + receivedSignal
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((TerminalSafe.text(line) + "\n").utf8))
    }
}
