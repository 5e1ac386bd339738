import Foundation

setlocale(LC_ALL, "")
let arguments = Array(CommandLine.arguments.dropFirst())
if let code = CommandLineTool.run(arguments) {
    exit(code)
}
// No command: the full-screen interface, with the global options given.
let options = (try? ArgumentParser.parse(arguments, options: Command.globalOptions)) ?? ParsedArguments()
exit(InteractiveSession.run(arguments: options, environment: ProcessInfo.processInfo.environment))
