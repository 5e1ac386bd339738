import Foundation
import EcosystemStore

/// Conflicts shown (issue 13, section 6): `tisep import` lists each one it
/// settled, `tisep conflicts` lists those kept for review. One rendering
/// for both, text and JSON.
extension CommandLineTool {
    package static let conflictsCommand = Command(
        name: "conflicts", synopsis: "[--since DATE] [--all] [--json]",
        summary: "fields edited on two laptops at once: which value won, which lost and why (kept from every import)",
        options: [
            OptionSpec(long: "since", value: "DATE", help: "only those seen on or after DATE (YYYY-MM-DD)"),
            OptionSpec(long: "all", help: "also those already reviewed (a losing value restored)"),
            OptionSpec(long: "json", help: "print one JSON document"),
        ],
        details: """
        The later edit wins (by its stamp: time, then counter; at the same
        moment the greater laptop id); the other value stays in history
        ('tisep history ID'). To keep the other value after all, set it again:
        each conflict shows the command.
        """,
        run: { inv in
            guard inv.positionals.isEmpty else { throw UsageError(message: "unexpected argument '\(inv.positionals[0])'") }
            var since: Date?
            if let text = inv.value("since") {
                guard let iso = CalendarDate.parse(text), let date = ISO8601DateFormatter().date(from: iso + "T00:00:00Z") else {
                    throw UsageError(message: "--since expects a date like 2025-11-02, not '\(text)'")
                }
                since = date
            }
            let store = try inv.openStore()
            let conflicts = try store.sync.conflicts(since: since, includeReviewed: inv.flag("all"), limit: Int.max)
            if inv.flag("json") {
                inv.context.print(JSON.object([("conflicts", .array(conflicts.map { conflictJSON($0, thisLaptop: store.laptop.id) }))]).serialized)
                return
            }
            if conflicts.isEmpty { inv.context.print("no conflicts to review"); return }
            for line in conflictLines(conflicts, total: conflicts.count, shown: conflicts.count, thisLaptop: store.laptop.id) { inv.context.print(line) }
        })

    /// The lines that show conflicts: a heading, then each in four lines.
    /// `thisLaptop`: the replica id shown as "this laptop" (nil for a hub's merge).
    static func conflictLines(_ conflicts: [SyncConflict], total: Int, shown limit: Int, thisLaptop: String?) -> [String] {
        let iso = ISO8601DateFormatter()
        func side(_ v: ConflictVersion) -> String {
            let who = v.laptop == thisLaptop ? "this laptop" : (v.laptopName.map { "\($0) (\(v.laptop))" } ?? v.laptop)
            return "\(v.value.map { "\"\($0)\"" } ?? "(empty)")  \(iso.string(from: v.date))  \(who)"
        }
        var lines = ["conflicts \(total) (a field edited on two laptops without either seeing the other's edit; the other value is kept in history):"]
        for c in conflicts.prefix(limit) {
            lines.append("  \(c.type.rawValue) \(c.recordID)\(c.recordName.isEmpty ? "" : " \"\(c.recordName)\"") · \(c.field)")
            lines.append("    won:  " + side(c.winner))
            lines.append("    lost: " + side(c.loser))
            lines.append("    why:  \(c.rule.english)" + (keepCommand(c).map { "; to keep the lost value: \($0)" } ?? ""))
        }
        if total > limit { lines.append("  … and \(total - limit) more: 'tisep conflicts' lists them all") }
        return lines
    }

    /// The command that sets the losing value again (nil for the demo mark).
    static func keepCommand(_ c: SyncConflict) -> String? {
        switch c.field {
        case "deleted": return c.loser.value == "1" ? "tisep rm \(c.recordID)" : "tisep restore \(c.recordID)"
        case "demo": return nil
        default: return "tisep set \(c.recordID) " + shellQuoted("\(c.field)=\(c.loser.value ?? "")")
        }
    }

    static func conflictJSON(_ c: SyncConflict, thisLaptop: String?) -> JSON {
        let iso = ISO8601DateFormatter()
        func side(_ v: ConflictVersion) -> JSON {
            .object([("value", .optional(v.value)), ("stamp", .string(v.stamp)), ("when", .string(iso.string(from: v.date))),
                     ("laptop", .string(v.laptop)), ("laptop_name", .optional(v.laptopName)), ("this_laptop", .bool(v.laptop == thisLaptop))])
        }
        return .object([
            ("kind", .string(c.type.rawValue)), ("id", .string(c.recordID)), ("name", .string(c.recordName)), ("field", .string(c.field)),
            ("winner", side(c.winner)), ("loser", side(c.loser)), ("rule", .string(c.rule.rawValue)), ("why", .string(c.rule.english)),
            ("keep_command", .optional(keepCommand(c))),
            ("seen", .string(iso.string(from: c.seen))), ("from_laptop", .string(c.fromLaptop)), ("reviewed", .bool(c.reviewed)),
        ])
    }

    /// One shell word: in single quotes unless it needs none.
    static func shellQuoted(_ s: String) -> String {
        if !s.isEmpty, s.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "=_-.,@/:".unicodeScalars.contains($0)) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
