import Foundation

/// How `importBundle` runs.
public struct BundleImportOptions: Sendable {
    /// Compute the summary, change nothing.
    public var dryRun = false
    /// "Now" for refusing stamps from the future (tests move it).
    public var now = Date()

    public init(dryRun: Bool = false, now: Date = Date()) {
        self.dryRun = dryRun
        self.now = now
    }
}

/// What an import did (or would do) to one record type.
public struct BundleTypeSummary: Sendable, Equatable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var deleted = 0
    /// Fields edited on both sides without either seeing the other's edit,
    /// settled by last-writer-wins (see docs/bundle-format.md).
    public var conflicts = 0

    public init() {}

    static func + (a: BundleTypeSummary, b: BundleTypeSummary) -> BundleTypeSummary {
        var s = a
        s.created += b.created; s.updated += b.updated; s.unchanged += b.unchanged
        s.deleted += b.deleted; s.conflicts += b.conflicts
        return s
    }
}

/// What an import did, per record type.
public struct BundleImportSummary: Sendable, Equatable {
    public var byType: [RecordType: BundleTypeSummary] = [:]
    public var areasAdded = 0
    /// The laptop that wrote the bundle.
    public var fromName = ""
    public var fromReplica: String?
    /// Set when this database proved to be a file copy of another
    /// laptop's and was given this new replica id.
    public var newReplicaID: String?
    public var dryRun = false
    /// Values that break the rule, held back for review (the first
    /// `heldBackListed`; `tisep check` lists them all) and how many in all.
    public var heldBack: [HeldBackValue] = []
    public var heldBackCount = 0
    public static let heldBackListed = 1_000
    /// Vulnerable-group counts that came under another id than that of
    /// their area, group and year (from a laptop not yet upgraded) and were
    /// merged into that count.
    public var duplicateCountsMerged = 0
    /// Each field edited on both sides and how the merge settled it (the
    /// first `conflictsListed`; `total.conflicts` counts them all, and
    /// `store.sync.conflicts(since:)` lists them later).
    public var conflicts: [SyncConflict] = []
    public static let conflictsListed = 1_000

    public var total: BundleTypeSummary { byType.values.reduce(BundleTypeSummary(), +) }
}

extension Store.Sync {
    /// Merges the bundle at `path` in one transaction, or not at all. One
    /// pass reads, hashes, checks and applies the lines; the transaction
    /// commits only after the end line's checksum and counts have been
    /// checked, and any problem (a damaged or cut file, a bad line) rolls
    /// back everything before it. A separate hashing pass before any write
    /// would guard nothing the transaction does not already guard, and it
    /// cost a sixth of a national import (SHA-256 over 560 MB).
    @discardableResult
    public func importBundle(at path: String, options: BundleImportOptions = BundleImportOptions()) throws -> BundleImportSummary {
        let identity = context.replicaID
        do {
            var reader = try BundleReader(path: path, now: options.now)
            defer { reader.close() }
            let searchable: [RecordType] = [.entity, .contact, .resource, .project]
            let searchWrites = searchable.reduce(0) { $0 + (reader.header.counts[$1.rawValue] ?? 0) }
            return try records.withBulkWrite(searchWrites: searchWrites) {
                var apply = BundleApplier(store: self, ownID: identity)
                apply.fromLaptop = reader.header.replica ?? ""
                for fault in reader.headerFaults { try apply.holdBack(fault) }
                while let item = try reader.next() {
                    switch item {
                    case let .area(a, faults): try apply.area(a, faults: faults)
                    case let .record(r): try apply.record(r)
                    }
                }
                if apply.summary.heldBackCount > 0 { try stampHeldBack(bundle: reader.checksum ?? "", received: options.now) }
                var summary = apply.summary
                summary.conflicts = try named(summary.conflicts)
                summary.fromName = reader.header.replicaName
                summary.fromReplica = reader.header.replica
                summary.dryRun = options.dryRun
                for (id, name) in reader.header.replicas where id != context.replicaID {
                    try context.setMeta("replica_name:\(id)", name)
                }
                if let newest = reader.newestStamp {
                    context.clock.observe(newest)
                    let clock = context.clock
                    try context.setMeta("last_stamp", Stamp(wallMillis: clock.lastWall, counter: clock.lastCounter, replica: context.replicaID).description)
                }
                // After the clock has seen every stamp of the bundle, so the
                // new stamps come after the moment a contact became public.
                for id in apply.contactsToRecheck.sorted() { try records.republishPrivateTimeValues(ofContact: id) }
                if options.dryRun { throw DryRunFinished(summary: summary) }
                return summary
            }
        } catch let finished as DryRunFinished {
            context.adoptReplicaID(identity)
            return finished.summary
        } catch {
            context.adoptReplicaID(identity)
            throw error
        }
    }
}

/// Thrown to roll a dry run back.
private struct DryRunFinished: Error {
    let summary: BundleImportSummary
}
