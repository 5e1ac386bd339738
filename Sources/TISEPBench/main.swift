import Foundation
import TISEPTerm

// `tisep-bench`: the benchmarks of docs/PERFORMANCE.md, kept out of the product.
setlocale(LC_ALL, "")
exit(CommandLineTool.run(BenchTool.command, arguments: Array(CommandLine.arguments.dropFirst()), context: CommandContext()))
