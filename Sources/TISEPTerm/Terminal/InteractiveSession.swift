import AsciiMap
import EcosystemStore
import Foundation

/// `tisep` with no command: opens (or first creates) the database and runs
/// the full-screen interface (`App.run(on:)` on the curses terminal) until
/// `q` or a signal, always restoring the terminal.
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
                // No database yet, so no remembered language: --lang, TISEP_LANG, else Thai.
                let thai = LanguageChoice.thai(option: arguments.value("lang"), environment: environment, remembered: nil)
                printError(creatingMessage(path: path, thai: thai))
                try DefaultDataSet.create(at: path, content: .demo)
                created = true
            }
            let store = try Store(path: path)
            let facts = try EffectRunner.dataSetFacts(store)
            var state = AppState()
            state.thai = LanguageChoice.thai(option: arguments.value("lang"), environment: environment, remembered: facts.savedLanguage)
            state.dataset = DataSetInfo(path: path, isDemo: facts.isDemo, createdNow: created)
            // The interface runs only on a terminal (checked above).
            let wantColor = ColorChoice.wanted(option: arguments.value("color"), environment: environment, isTerminal: true)
            return try loop(store: store, state: state, wantColor: wantColor)
        } catch {
            printError("tisep: error: \(error)")
            return 1
        }
    }

    private static func loop(store: Store, state initial: AppState, wantColor: Bool) throws -> Int32 {
        let terminal = try CursesTerminal(wantColor: wantColor)
        defer { terminal.close() }
        var state = initial
        state.colorMode = terminal.colorMode
        state.charset = terminal.charset
        (state.width, state.height) = terminal.size
        if let problem = terminal.localeProblem {
            state.status = problem
        } else if state.dataset.createdNow {
            state.status = createdMessage(path: state.dataset.path, thai: state.thai)
        }
        let worker = EffectRunner.searchWorker(for: store)
        defer { worker.stop() }
        let app: App
        do {
            app = try App(state: state, runner: EffectRunner(store: store, worker: worker))
        } catch {
            terminal.close()
            throw error
        }
        app.run(on: terminal)
        terminal.close()
        return terminal.signalReceived == 0 ? 0 : 128 + terminal.signalReceived
    }

    /// What the first run says on the terminal before the interface opens
    /// (creating the demo database takes a few seconds), in the interface's language.
    static func creatingMessage(path: String, thai: Bool) -> String {
        thai ? "tisep: กำลังสร้างฐานข้อมูลจากข้อมูลตั้งต้นในโปรแกรม (ข้อมูลสาธิต) ที่ \(path) …"
            : "tisep: creating the database from the embedded default data (demo data) at \(path) …"
    }

    /// What the status line says on the first frame after the first run:
    /// short, so that the path fits an 80-column line (the home folder as ~).
    static func createdMessage(path: String, thai: Bool, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        var shown = path
        if let home, home.count > 1, path.hasPrefix(home + "/") { shown = "~" + path.dropFirst(home.count) }
        return Texts(thai: thai)("สร้างฐานข้อมูลสาธิตแล้วที่ ", "created the demo database at ") + shown
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((TerminalSafe.text(line) + "\n").utf8))
    }
}
