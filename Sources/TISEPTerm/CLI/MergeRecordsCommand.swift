import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let mergeRecordsCommand = Command(
        name: "merge-records", synopsis: "KEEP DROP",
        summary: "merge two records of the same type (duplicates): keep every contact, resource and log of both",
        options: [OptionSpec(long: "json", help: "print one JSON document")],
        details: """
            Everything that refers to DROP (contacts, resources, contact logs, referrals, projects) is
            re-pointed to KEEP; KEEP's empty fields are filled from DROP and its list fields (areas,
            target groups, issues) get DROP's items too; DROP is deleted (a tombstone). Each step is
            an ordinary stamped edit: the merge syncs as such and 'tisep history' shows every value.
            'tisep restore DROP' brings DROP back (its contacts stay with KEEP).
            """,
        run: { inv in
            guard inv.positionals.count == 2 else { throw UsageError(message: "give two record ids: KEEP DROP") }
            let store = try inv.openStore()
            let (keep, drop) = (inv.positionals[0].lowercased(), inv.positionals[1].lowercased())
            for id in [keep, drop] where try store.records.recordType(of: id) == nil {
                throw JobError(message: "no record with id \(id); find it with 'tisep search'")
            }
            let report: MergeReport
            do { report = try store.records.merge(keep: keep, drop: drop) }
            catch let error as StoreError { throw JobError(message: error.description) }
            if inv.flag("json") {
                inv.context.print(JSON.object([("keep", .string(report.keep)), ("drop", .string(report.drop)),
                                               ("repointed", .array(report.repointed.map(JSON.string))),
                                               ("filled", .array(report.filled.map(JSON.string)))]).serialized)
                return
            }
            inv.context.print("merged \(report.drop) into \(report.keep): " + NumberText.count(report.repointed.count, "record", separators: false) + " re-pointed"
                              + (report.filled.isEmpty ? "" : ", filled \(report.filled.joined(separator: ", "))"))
        })
}
