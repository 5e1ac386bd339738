import Foundation

/// The `tisep` program: a command, or with none the full-screen interface.
/// `Sources/tisep/main.swift` only calls this.
public enum Program {
    /// Runs `tisep` with `arguments` (without the program name); returns the exit code.
    public static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        if let code = CommandLineTool.run(arguments) { return code }
        // No command: the full-screen interface, with the global options given.
        let options = (try? CommandLineParser.parse(arguments, options: Command.globalOptions)) ?? ParsedArguments()
        return InteractiveSession.run(arguments: options, environment: environment)
    }
}
