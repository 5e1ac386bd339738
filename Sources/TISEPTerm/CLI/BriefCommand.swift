import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let briefCommand = Command(
        name: "brief", synopsis: "CODE [--format md|txt|html] [-o FILE] [--force] [--include-private] [--annex full|none]",
        summary: "the brief of a tambon (or an amphoe) for a meeting: a one-page handout, then an annex",
        options: [
            OptionSpec(long: "format", value: "md|txt|html", help: "default: from the -o file's extension, else md"),
            .output("write to FILE instead of stdout"),
            .force,
            OptionSpec(long: "include-private", help: "include private contacts (the brief is then marked: do not pass on)"),
            OptionSpec(long: "annex", value: "full|none", help: "with the annex after the handout (full, the default) or the handout alone"),
        ],
        details: """
        Page 1, the handout: the place and date, the key indicators with their
        ranks, a map of the amphoe, the gaps (roles nobody fills, vulnerable
        people not reached, open needs with the offers that could meet them,
        pending referrals) and lines for the meeting's notes. Page 2: who is
        there by role with one contact each, resources, active projects. The
        annex, on a new page: every contact, every resource, the indicator
        tables, sources and licences. html is one self-contained file for A4
        (the map drawn as SVG); with -o it says how many pages it expects. txt
        fits 80 columns. The date printed as "made" is today, or
        $SOURCE_DATE_EPOCH when set (for reproducible briefs).
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
            var annex = true
            if let text = inv.value("annex") {
                switch text.lowercased() {
                case "full": annex = true
                case "none": annex = false
                default: throw UsageError(message: "--annex accepts full|none, not '\(text)'")
                }
            }
            try output?.check()
            let store = try inv.openStore()
            let now = inv.context.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
            let includePrivate = inv.flag("include-private")
            if let output {
                let brief = try BriefWriter.write(code: code, format: format, to: output, store: store, thai: inv.thai,
                                                  includePrivate: includePrivate, now: now, annex: annex)
                if format == .html {
                    // An estimate from the content (BriefPages); scripts/brief-pages measures the print.
                    inv.context.print("wrote \(output.path): " + BriefPages.estimate(brief).sentence(thai: inv.thai))
                } else {
                    inv.context.print("wrote \(output.path)")
                }
            } else {
                let text = try BriefWriter.render(code: code, format: format, store: store, thai: inv.thai,
                                                  includePrivate: includePrivate, now: now, annex: annex)
                inv.context.print(String(text.dropLast()))
            }
        })
}
