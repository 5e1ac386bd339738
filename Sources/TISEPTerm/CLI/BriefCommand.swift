import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let briefCommand = Command(
        name: "brief", synopsis: "CODE [--format md|txt|html] [-o FILE] [--force] [--include-private]",
        summary: "the one-page brief of a tambon (or an amphoe) for a meeting",
        options: [
            OptionSpec(long: "format", value: "md|txt|html", help: "default: from the -o file's extension, else md"),
            .output("write to FILE instead of stdout"),
            .force,
            OptionSpec(long: "include-private", help: "include private contacts (the brief is then marked: do not pass on)"),
        ],
        details: """
        Sections: where, indicators with ranks, a map of the amphoe, who is there
        by 4P role with contacts, resources and matches nearby, gaps, active
        projects, sources. txt fits 80 columns; html is one self-contained file
        for A4. The date printed as "brief made" is today, or $SOURCE_DATE_EPOCH
        when set (for reproducible briefs).
        """,
        run: { inv in
            guard inv.positionals.count == 1, let code = inv.positionals.first else {
                throw UsageError(message: "give one area code (tisep brief 560101)")
            }
            let output = try inv.outputFile()
            var format = output.flatMap { BriefFormat(fileName: $0.path) } ?? .md
            if let text = inv.value("format") {
                guard let f = BriefFormat(rawValue: text.lowercased()) else {
                    throw UsageError(message: "--format accepts md|txt|html, not '\(text)'")
                }
                format = f
            }
            try output?.check()
            let store = try inv.openStore()
            let now = inv.context.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
            let includePrivate = inv.flag("include-private")
            if let output {
                try BriefWriter.write(code: code, format: format, to: output, store: store, thai: inv.thai,
                                      includePrivate: includePrivate, now: now)
                inv.context.print("wrote \(output.path)")
            } else {
                let text = try BriefWriter.render(code: code, format: format, store: store, thai: inv.thai, includePrivate: includePrivate, now: now)
                inv.context.print(String(text.dropLast()))
            }
        })
}
