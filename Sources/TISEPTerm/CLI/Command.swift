import Foundation
import EcosystemStore

/// Where a command's output goes and what environment it sees; tests pass
/// buffers and a made-up environment.
package final class CommandContext {
    package var environment: [String: String]
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// Whether stdout is a terminal (for `--color auto`).
    package var stdoutIsTerminal: Bool

    package init(environment: [String: String] = ProcessInfo.processInfo.environment,
         stdoutIsTerminal: Bool = isatty(1) != 0,
         out: @escaping (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) },
         err: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        self.writeOut = out
        self.writeErr = err
    }

    /// Prints text that may quote data (names, values, messages): through
    /// ``TerminalSafe``, so nothing stored can drive the user's terminal.
    /// JSON passes unchanged (``JSONString`` has escaped every control).
    package func print(_ line: String = "", terminator: String = "\n") { writeOut(TerminalSafe.text(line) + terminator) }

    /// Prints a line whose escape sequences tisep made itself (a map in
    /// colour); the data in it were made terminal-safe where they entered it.
    package func printFormatted(_ line: String) { writeOut(line + "\n") }

    /// A line on stderr (`tisep: error: …`), through ``TerminalSafe``: messages quote data too.
    package func printError(_ line: String) { writeErr(TerminalSafe.text(line) + "\n") }
}

/// One run of one command: its parsed arguments and context.
package struct Invocation {
    package let command: Command
    package let arguments: ParsedArguments
    package let context: CommandContext

    package var positionals: [String] { arguments.positionals }
    package func flag(_ name: String) -> Bool { arguments.flag(name) }
    package func value(_ name: String) -> String? { arguments.value(name) }

    /// The database path: --db, else $TISEP_DB, else the XDG data home (``DatabaseLocation``).
    package var databasePath: String {
        get throws { try DatabaseLocation.resolve(option: value("db"), environment: context.environment) }
    }

    /// The interface language (``LanguageChoice``): --lang, else TISEP_LANG, else Thai.
    package var thai: Bool { LanguageChoice.thai(option: value("lang"), environment: context.environment) }

    /// Whether to colour stdout (``ColorChoice``).
    package var wantsColor: Bool {
        ColorChoice.wanted(option: value("color"), environment: context.environment, isTerminal: context.stdoutIsTerminal)
    }

    /// Opens the existing database; a missing one is the documented error.
    package func openStore() throws -> Store {
        let path = try databasePath
        guard FileManager.default.fileExists(atPath: path) else {
            throw JobError(message: "no database at \(path); run 'tisep init'")
        }
        let context = self.context
        return try Store(path: path, whileWaiting: {
            context.printError("tisep: waiting for another tisep writing to \(path)…")
        })
    }

    /// The area given as `--NAME CODE` (a code with or without its `TH`),
    /// checked to exist in `store`; nil when the option is not given.
    package func knownArea(_ name: String = "area", in store: Store) throws -> String? {
        guard let text = value(name) else { return nil }
        let code = AreaCode.bare(text)
        guard try store.areas.exists(code) else { throw JobError.unknownArea(code) }
        return code
    }

    package func integer(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = value(name) else { return fallback }
        guard let v = Int(text), range.contains(v) else {
            throw UsageError(message: "--\(name) expects a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return v
    }

    package func vocabulary<V: Vocabulary>(_ name: String, _ type: V.Type) throws -> V? {
        guard let text = value(name) else { return nil }
        guard let v = V(rawValue: text.lowercased()) else {
            throw UsageError(message: "--\(name) accepts \(V.words.joined(separator: "|")), not '\(text)'")
        }
        return v
    }
}

/// A command of the command line: its name, help and what it runs.
package struct Command: Sendable {
    package let name: String
    package let synopsis: String
    package let summary: String
    package var options: [OptionSpec] = []
    package var details: String = ""
    package let run: @Sendable (Invocation) throws -> Void

    package init(name: String, synopsis: String, summary: String, options: [OptionSpec] = [], details: String = "",
                 run: @escaping @Sendable (Invocation) throws -> Void) {
        self.name = name; self.synopsis = synopsis; self.summary = summary
        self.options = options; self.details = details; self.run = run
    }

    /// Options every command takes.
    package static let globalOptions: [OptionSpec] = [
        OptionSpec(long: "db", value: "PATH", help: "the ecosystem database (default: $TISEP_DB, else $XDG_DATA_HOME/tisep/ecosystem.sqlite)"),
        OptionSpec(long: "lang", value: "th|en", help: "interface language (default: $TISEP_LANG, else th)"),
        OptionSpec(long: "color", value: "auto|always|never", help: "colour output (auto honours NO_COLOR and a non-terminal stdout)"),
        OptionSpec(long: "help", short: "h", help: "show this help"),
    ]

    /// How a user types it: `tisep NAME`, or a program of its own (`tisep-bench`).
    package var usageName: String { name.hasPrefix("tisep") ? name : "tisep " + name }

    package var allOptions: [OptionSpec] { options + Command.globalOptions }

    package var help: String {
        var text = "Usage: \(usageName)\(synopsis.isEmpty ? "" : " " + synopsis)\n\n\(summary)\n"
        if !details.isEmpty { text += "\n\(details)\n" }
        text += "\nOptions:\n"
        for o in allOptions {
            var left = "  --\(o.long)"
            if let s = o.short { left = "  -\(s), --\(o.long)" }
            if let v = o.value { left += " \(v)" }
            text += left.padding(toLength: max(left.count, 30), withPad: " ", startingAt: 0) + " " + o.help + "\n"
        }
        return text
    }
}
