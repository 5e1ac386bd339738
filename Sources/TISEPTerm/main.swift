import Foundation

setlocale(LC_ALL, "")
let arguments = Array(CommandLine.arguments.dropFirst())
if let code = CommandLineTool.run(arguments) {
    exit(code)
}
FileHandle.standardError.write(Data("tisep: the full-screen interface is not built yet; use the commands (tisep --help)\n".utf8))
exit(1)
