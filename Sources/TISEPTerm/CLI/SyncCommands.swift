import Foundation
import EcosystemStore

/// export, import, merge and history: sync by bundle files.
extension CommandLineTool {
    package static let exportCommand = Command(
        name: "export", synopsis: "-o FILE [--force] [--area CODE] [--since BUNDLE] [--include-private]",
        summary: "write a bundle file for another laptop (mode 0600)",
        options: [
            .output("the bundle to write"),
            .force,
            OptionSpec(long: "area", value: "CODE", help: "only what concerns this area: its records, those below it, those serving it"),
            OptionSpec(long: "since", value: "BUNDLE", help: "a delta: leave out records the peer's BUNDLE already holds unchanged"),
            OptionSpec(long: "include-private", help: "also carry private contacts"),
        ],
        details: "Households and boundaries stay on this laptop. The format is in docs/bundle-format.md.",
        run: { inv in
            let output = try inv.requiredOutputFile()
            guard inv.positionals.isEmpty else { throw UsageError(message: "unexpected argument '\(inv.positionals[0])'") }
            try output.check()
            let store = try inv.openStore()
            var options = BundleExportOptions(since: inv.value("since"), includePrivate: inv.flag("include-private"))
            options.area = try inv.knownArea(in: store)
            let report = try output.write { try store.sync.exportBundle(to: $0, options: options) }
            var line = "wrote \(output.path): " + NumberText.count(report.records, "record", separators: false) + " (\(typeCounts(report.counts))), "
                + NumberText.count(report.areas, "area", separators: false)
            if options.since != nil { line += "; " + NumberText.count(report.unchangedLeftOut, "unchanged record", separators: false) + " left out (the peer has them)" }
            inv.context.print(line)
            if report.privateLeftOut > 0 {
                var note = NumberText.count(report.privateLeftOut, "private contact", separators: false) + " left out (--include-private to carry them)"
                if report.privateWithdrawn > 0 {
                    note += "; \(report.privateWithdrawn) of them \(report.privateWithdrawn == 1 ? "was" : "were") public before: the bundle says \(report.privateWithdrawn == 1 ? "it is" : "they are") private now, so peers mark \(report.privateWithdrawn == 1 ? "it" : "them") private too"
                }
                inv.context.print(note)
            }
        })

    package static let importCommand = Command(
        name: "import", synopsis: "FILE [--dry-run] [--json]",
        summary: "merge a bundle file from another laptop (all or nothing)",
        options: [
            OptionSpec(long: "dry-run", help: "print what the import would do; change nothing"),
            OptionSpec(long: "json", help: "print one JSON document"),
        ],
        run: { inv in
            guard inv.positionals.count == 1, let file = inv.positionals.first else { throw UsageError(message: "give one bundle file") }
            let store = try inv.openStore()
            let summary: BundleImportSummary
            do {
                summary = try store.sync.importBundle(at: file, options: BundleImportOptions(dryRun: inv.flag("dry-run")))
            } catch let error as BundleError {
                throw JobError(message: "cannot import \(file): \(error.message); nothing was changed")
            }
            if inv.flag("json") {
                inv.context.print(importJSON(summary, store: store).serialized)
                return
            }
            inv.context.print("\(summary.dryRun ? "would import" : "imported") \(file) from \(summary.fromName)\(summary.fromReplica.map { " (\($0))" } ?? "")")
            inv.context.print("type".padding(toLength: 16, withPad: " ", startingAt: 0) + "created  updated  unchanged  deleted  conflicts")
            for type in RecordType.allCases {
                guard let s = summary.byType[type] else { continue }
                inv.context.print(summaryRow(type.rawValue, s))
            }
            inv.context.print(summaryRow("total", summary.total))
            if summary.areasAdded > 0 { inv.context.print(NumberText.count(summary.areasAdded, "area", separators: false) + " added") }
            if summary.duplicateCountsMerged > 0 {
                inv.context.print(NumberText.count(summary.duplicateCountsMerged, "vulnerable-group count", separators: false) + " from a laptop not yet upgraded merged into the count of \(summary.duplicateCountsMerged == 1 ? "its" : "their") area, group and year")
            }
            if summary.total.conflicts > 0 {
                for line in conflictLines(summary.conflicts, total: summary.total.conflicts, shown: 20, thisLaptop: store.laptop.id) { inv.context.print(line) }
            }
            if let id = summary.newReplicaID {
                inv.context.print("this database was copied from another laptop's file (the bundle holds edits under this laptop's id that it does not have): it \(summary.dryRun ? "would get" : "now has") its own replica id \(id); no data changed")
            }
            if summary.heldBackCount > 0 {
                inv.context.print("held back " + NumberText.count(summary.heldBackCount, "value", separators: false) + " that break\(summary.heldBackCount == 1 ? "s" : "") the rules (from a laptop not yet upgraded?); the rest was \(summary.dryRun ? "checked" : "imported"); kept for review, 'tisep check' lists them:")
                for v in summary.heldBack.prefix(20) { inv.context.print("  " + RuleReport.line(v)) }
                if summary.heldBackCount > 20 { inv.context.print("  … and \(summary.heldBackCount - 20) more") }
            }
            if summary.dryRun { inv.context.print("dry run: nothing was changed") }
        })

    package static let mergeCommand = Command(
        name: "merge", synopsis: "A B… -o OUT [--force] [--include-private]",
        summary: "merge bundle files into one without a database (for hubs)",
        options: [
            .output("the merged bundle to write", placeholder: "OUT"),
            .force,
            OptionSpec(long: "include-private", help: "keep private contacts the inputs carry"),
        ],
        run: { inv in
            guard let output = try inv.outputFile() else { throw UsageError(message: "give -o OUT") }
            guard !inv.positionals.isEmpty else { throw UsageError(message: "give one or more bundle files") }
            let report: BundleMergeReport
            do {
                report = try output.write { try BundleMerge.merge(inv.positionals, into: $0, includePrivate: inv.flag("include-private")) }
            } catch let error as BundleError {
                throw JobError(message: "cannot merge: \(error.message); nothing was written")
            }
            inv.context.print("wrote \(output.path): " + NumberText.count(report.records, "record", separators: false) + " (\(typeCounts(report.counts))), "
                              + NumberText.count(report.areas, "area", separators: false) + " from " + NumberText.count(inv.positionals.count, "bundle", separators: false))
            if report.privateLeftOut > 0 {
                inv.context.print(NumberText.count(report.privateLeftOut, "private contact", separators: false) + " left out (--include-private to keep them)")
            }
            // A hub has no database to keep them in: this is where they are seen.
            if !report.conflicts.isEmpty {
                for line in conflictLines(report.conflicts, total: report.conflicts.count, shown: 50, thisLaptop: nil) { inv.context.print(line) }
            }
        })

    package static let historyCommand = Command(
        name: "history", synopsis: "ID [--json]",
        summary: "every value each field of a record has had: when, from which laptop, which won",
        options: [OptionSpec(long: "json", help: "print one JSON document")],
        run: { inv in
            guard inv.positionals.count == 1, let id = inv.positionals.first?.lowercased() else { throw UsageError(message: "give one record id") }
            let store = try inv.openStore()
            guard let history = try store.records.history(of: id) else { throw JobError(message: "no record with id \(id); find it with 'tisep search'") }
            let names = try store.laptop.names()
            func laptop(_ replica: String) -> String { names[replica].map { "\($0) (\(replica))" } ?? replica }
            let iso = ISO8601DateFormatter()
            if inv.flag("json") {
                inv.context.print(JSON.object([
                    ("id", .string(history.id)), ("type", .string(history.type.rawValue)), ("deleted", .bool(history.deleted)),
                    ("fields", .array(history.fields.map { f in
                        .object([("field", .string(f.field)), ("versions", .array(f.versions.map { v in
                            .object([("value", .optional(v.value)), ("when", .string(iso.string(from: v.date))),
                                     ("stamp", .string(v.stamp)), ("replica", .string(v.replica)),
                                     ("laptop", .optional(names[v.replica])), ("won", .bool(v.current))])
                        }))])
                    })),
                ]).serialized)
                return
            }
            inv.context.print("\(history.type.rawValue) \(history.id)\(history.deleted ? " (deleted)" : "")")
            for f in history.fields where f.versions.count > 1 || f.versions.first?.value != nil {
                inv.context.print(f.field)
                let spec = history.type.field(f.field)
                for v in f.versions {
                    // Each value as `tisep show` writes it (a date in the reader's era, a phone with dashes).
                    let value = v.value.map { stored in "\"" + (spec.map { ShowText.value(stored, $0, thai: inv.thai) } ?? stored) + "\"" } ?? "(empty)"
                    // When, as a person reads it (the Buddhist era in Thai); --json keeps ISO 8601.
                    let when = CalendarDate.displayMoment(v.date, thai: inv.thai)
                    inv.context.print("  \(v.current ? "*" : " ") \(value)  \(when)  \(laptop(v.replica))\(v.current ? "  (current: won)" : "")")
                }
            }
        })

    private static func typeCounts(_ counts: [RecordType: Int]) -> String {
        let parts = RecordType.allCases.compactMap { t in counts[t].flatMap { $0 > 0 ? "\(t.rawValue) \($0)" : nil } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    private static func summaryRow(_ name: String, _ s: BundleTypeSummary) -> String {
        func col(_ n: Int, _ w: Int) -> String { let t = String(n); return String(repeating: " ", count: max(0, w - t.count)) + t }
        return name.padding(toLength: 16, withPad: " ", startingAt: 0)
            + col(s.created, 7) + col(s.updated, 9) + col(s.unchanged, 11) + col(s.deleted, 9) + col(s.conflicts, 11)
    }

    private static func importJSON(_ summary: BundleImportSummary, store: Store) -> JSON {
        func counts(_ s: BundleTypeSummary) -> JSON {
            .object([("created", .int(s.created)), ("updated", .int(s.updated)), ("unchanged", .int(s.unchanged)),
                     ("deleted", .int(s.deleted)), ("conflicts", .int(s.conflicts))])
        }
        return .object([
            ("dry_run", .bool(summary.dryRun)), ("from", .string(summary.fromName)), ("from_replica", .optional(summary.fromReplica)),
            ("types", .object(RecordType.allCases.compactMap { t in summary.byType[t].map { (t.rawValue, counts($0)) } })),
            ("total", counts(summary.total)), ("areas_added", .int(summary.areasAdded)),
            ("new_replica_id", .optional(summary.newReplicaID)),
            ("held_back_count", .int(summary.heldBackCount)), ("held_back", .array(summary.heldBack.map(RuleReport.json))),
            ("duplicate_counts_merged", .int(summary.duplicateCountsMerged)),
            ("conflicts", .array(summary.conflicts.map { conflictJSON($0, thisLaptop: store.laptop.id) })),
        ])
    }
}
