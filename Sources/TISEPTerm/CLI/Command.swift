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

    package func print(_ line: String = "", terminator: String = "\n") { writeOut(line + terminator) }
    package func printError(_ line: String) { writeErr(line + "\n") }
}

/// One run of one command: its parsed arguments and context.
package struct Invocation {
    package let command: Command
    package let arguments: ParsedArguments
    package let context: CommandContext

    package var positionals: [String] { arguments.positionals }
    package func flag(_ name: String) -> Bool { arguments.flag(name) }
    package func value(_ name: String) -> String? { arguments.value(name) }

    /// The database path: --db, else $TISEP_DB, else the XDG data home.
    package var databasePath: String { DatabaseLocation.resolve(option: value("db"), environment: context.environment) }

    /// The interface language: --lang, else TISEP_LANG, else Thai.
    package var thai: Bool {
        let lang = value("lang") ?? context.environment["TISEP_LANG"] ?? "th"
        return !lang.lowercased().hasPrefix("en")
    }

    /// Opens the existing database; a missing one is the documented error.
    package func openStore() throws -> Store {
        let path = databasePath
        guard FileManager.default.fileExists(atPath: path) else {
            throw JobError(message: "no database at \(path); run 'tisep init'")
        }
        let context = self.context
        return try Store(path: path, whileWaiting: {
            context.printError("tisep: waiting for another tisep writing to \(path)…")
        })
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

enum DatabaseLocation {
    static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["TISEP_DB"], !env.isEmpty { return env }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/tisep/ecosystem.sqlite"
    }
}
