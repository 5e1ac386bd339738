import Foundation
import TISEPTerm

setlocale(LC_ALL, "")
exit(Program.run(Array(CommandLine.arguments.dropFirst())))
