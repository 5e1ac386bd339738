import Foundation
import EcosystemStore
import DefaultData

/// The `tisep` command line: finds the command, parses its options, runs it
/// and turns failures into the documented exit codes (0 success, 1 the job
/// failed, 2 wrong usage) with a `tisep: error: …` line.
package enum CommandLineTool {
    package static let version = "0.1.0"

    package static var commands: [Command] {
        [initCommand, searchCommand, showCommand, addCommand, setCommand, rmCommand, restoreCommand,
         importEntitiesCommand, importGeographyCommand, exportGeographyCommand, importBoundariesCommand,
         importHouseholdsCommand, importIndicatorsCommand, indicatorsCommand, costsCommand, importProjectsCommand,
         importResourcesCommand, importVulnerableCommand, importContactsCommand, briefCommand, matchesCommand, mapCommand,
         export3WCommand, exportCSVCommand, exportGeoJSONCommand,
         exportCommand, importCommand, mergeCommand, historyCommand, conflictsCommand, mergeRecordsCommand, checkCommand, backupCommand,
         laptopCommand, keysCommand, manpageCommand, completionCommand]
    }

    package static func command(named name: String) -> Command? { commands.first { $0.name == name } }

    /// Runs the command line `arguments` (without the program name); returns the exit code.
    /// `nil` means: no command was given, open the full-screen interface.
    package static func run(_ arguments: [String], context: CommandContext = CommandContext()) -> Int32? {
        // The command is the first word that is neither an option nor the
        // value of a global option given before it (`tisep --db x search q`).
        let valued = Set(Command.globalOptions.filter { $0.value != nil }.map { "--" + $0.long })
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            if word == "--" { break }
            if word.hasPrefix("-") && word != "-" {
                i += valued.contains(word) ? 2 : 1
                continue
            }
            let rest = Array(arguments[..<i]) + Array(arguments[(i + 1)...])
            return dispatch(name: word, arguments: rest, context: context)
        }
        return runWithoutCommand(arguments, context: context)
    }

    private static func runWithoutCommand(_ arguments: [String], context: CommandContext) -> Int32? {
        let options = programOptions
        do {
            let parsed = try CommandLineParser.parse(arguments, options: options)
            if parsed.flag("version") {
                context.print(versionText)
                return 0
            }
            if parsed.flag("help") {
                context.print(programHelp)
                return 0
            }
            if let word = parsed.positionals.first {
                throw UsageError(message: "unknown command '\(word)'")
            }
            try GlobalChoices.validate(parsed)
            return nil
        } catch {
            context.printError("tisep: error: \(error)")
            context.printError("Run 'tisep --help' for the commands.")
            return 2
        }
    }

    package static func dispatch(name: String, arguments: [String], context: CommandContext) -> Int32 {
        if name == "help" {
            if let topic = arguments.first, let c = command(named: topic) { context.print(c.help) } else { context.print(programHelp) }
            return 0
        }
        guard let command = command(named: name) else {
            context.printError("tisep: error: unknown command '\(name)'; run 'tisep --help' for the list")
            return 2
        }
        return run(command, arguments: arguments, context: context)
    }

    /// Parses `arguments` for `command` and runs it; returns the exit code.
    package static func run(_ command: Command, arguments: [String], context: CommandContext) -> Int32 {
        do {
            let parsed = try CommandLineParser.parse(arguments, options: command.allOptions)
            if parsed.flag("help") {
                context.print(command.help)
                return 0
            }
            try GlobalChoices.validate(parsed)
            try command.run(Invocation(command: command, arguments: parsed, context: context))
            return 0
        } catch let error as UsageError {
            context.printError("tisep: error: \(error.message)")
            context.printError("Run '\(command.usageName) --help' for its usage.")
            return 2
        } catch {
            context.printError("tisep: error: \(error)")
            return 1
        }
    }

    /// The first line is what scripts read (`awk 'NR == 1 {print $2}'`);
    /// the second is the attribution the embedded boundaries' licence asks for.
    package static var versionText: String {
        "tisep \(version) (schema \(Store.schemaVersion), bundle format \(BundleFormat.version), commit \(BuildInfo.commit))\n"
            + DefaultData.boundaryAttribution
    }

    package static var programHelp: String {
        var text = """
        tisep — TISEP Terminal: who can help whom in each tambon, offline.

        Usage: tisep [--db PATH] [COMMAND] [ARGS…]

        With no command, tisep opens the full-screen interface.

        Commands:

        """
        for c in commands {
            text += "  " + c.name.padding(toLength: 18, withPad: " ", startingAt: 0) + c.summary + "\n"
        }
        text += """

        Global options:
          --db PATH          the database (default: $TISEP_DB, else $XDG_DATA_HOME/tisep/ecosystem.sqlite)
          --lang th|en       interface language (default: $TISEP_LANG, else th)
          --color WHEN       auto|always|never
          -h, --help         help for the program or a command (tisep COMMAND --help)
          --version          version, schema and bundle format versions, commit, data attribution

        Exit codes: 0 success, 1 the job failed, 2 wrong usage.
        """
        return text
    }
}
