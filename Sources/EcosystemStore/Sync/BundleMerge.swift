import Foundation

/// What `BundleMerge.merge` wrote.
public struct BundleMergeReport: Sendable, Equatable {
    public var counts: [RecordType: Int] = [:]
    public var areas = 0
    public var privateLeftOut = 0
    public var checksum = ""
    /// Fields edited on two laptops that this merge is the first to bring
    /// together, and how the rule settled them (a hub has no database to
    /// keep them in: `tisep merge` prints them).
    public var conflicts: [SyncConflict] = []

    public var records: Int { counts.values.reduce(0, +) }
}

/// Merges bundles without a database, for a hub. The rule is the one an
/// import follows — for each field the union of every value it has had,
/// the newest stamp current; the earliest base stamp — so merging gives
/// what importing the same bundles into an empty database and exporting
/// would give.
public enum BundleMerge {
    public static func merge(_ inputs: [String], into output: String, includePrivate: Bool = false,
                             now: Date = Date()) throws -> BundleMergeReport {
        for path in inputs {
            var reader = try reader(path, now: now)
            defer { reader.close() }
            do { while try reader.next() != nil {} } catch let e as BundleError { throw BundleError("\(path): \(e.message)") }
        }
        var state = MergeState()
        for path in inputs {
            var reader = try reader(path, now: now)
            defer { reader.close() }
            while let item = try reader.next() { state.add(item) }
            state.replicas.merge(reader.header.replicas) { $1 }
        }
        return try state.write(to: output, includePrivate: includePrivate)
    }

    private static func reader(_ path: String, now: Date) throws -> BundleReader<FileByteSource> {
        do { return try BundleReader(path: path, now: now) } catch let e as BundleError { throw BundleError("\(path): \(e.message)") }
    }
}

/// The union of everything read so far.
struct MergeState {
    struct Entry {
        var base: String
        var fields: [String: [String: String?]] = [:]
    }

    var areas: [String: Area] = [:]
    var records: [RecordType: [String: Entry]] = [:]
    var replicas: [String: String] = [:]
    /// Conflicts found as inputs meet, by record id and field.
    var conflicts: [SyncConflict] = []

    mutating func add(_ item: BundleItem) {
        switch item {
        case let .area(a, _):
            // A hub passes values that break the rule on as they are: the
            // laptop that imports the merged bundle holds them back.
            guard var known = areas[a.code] else { areas[a.code] = a; return }
            known.lat = known.lat ?? a.lat
            known.lon = known.lon ?? a.lon
            known.postalCode = known.postalCode ?? a.postalCode
            areas[a.code] = known
        case let .record(r):
            var entry = records[r.type]?[r.id] ?? Entry(base: r.stamp)
            entry.base = min(entry.base, r.stamp)
            for (field, versions) in r.fields {
                // The import's rule: two current values that differ, neither
                // side holding the other's.
                if let known = entry.fields[field], let oldTop = known.keys.max(), let newTop = versions.first,
                   oldTop != newTop.stamp, known[oldTop] != .some(newTop.value),
                   known[newTop.stamp] == nil, !versions.contains(where: { $0.stamp == oldTop }) {
                    let old = (oldTop, known[oldTop] ?? nil), new = (newTop.stamp, newTop.value)
                    conflicts.append(SyncConflict(type: r.type, recordID: r.id, field: field,
                                                  winner: newTop.stamp > oldTop ? new : old, loser: newTop.stamp > oldTop ? old : new,
                                                  seen: Date(), fromLaptop: ""))
                }
                for v in versions where entry.fields[field]?[v.stamp] == nil {
                    entry.fields[field, default: [:]][v.stamp] = .some(v.value)
                }
            }
            records[r.type, default: [:]][r.id] = entry
        }
    }

    func write(to output: String, includePrivate: Bool) throws -> BundleMergeReport {
        var report = BundleMergeReport()
        var lines: [String] = []
        var codes = Set<String>()
        for type in RecordType.bundleOrder {
            report.counts[type] = 0
            for (id, entry) in (records[type] ?? [:]).sorted(by: { $0.key < $1.key }) {
                var fields: [String: [BundleVersion]] = [:]
                for (field, versions) in entry.fields {
                    fields[field] = versions.map { BundleVersion(stamp: $0.key, value: $0.value) }.sorted { $0.stamp > $1.stamp }
                }
                var record = BundleRecord(type: type, id: id, stamp: entry.base, fields: fields)
                if type == .contact && !includePrivate {
                    // The rule an export follows (`PrivateHistory`).
                    if record.isPrivateContact { report.privateLeftOut += 1 }
                    guard let shared = PrivateHistory.shareable(record) else { continue }
                    record = shared
                }
                lines.append(BundleLines.record(record))
                report.counts[type, default: 0] += 1
                for code in record.referencedAreas {
                    var c: String? = code
                    while let current = c, codes.insert(current).inserted { c = AreaCode.parent(of: current) }
                }
            }
        }
        let areaLines = codes.sorted().compactMap { areas[$0].map(BundleLines.area) }
        report.areas = areaLines.count
        var counts = Dictionary(uniqueKeysWithValues: report.counts.map { ($0.key.rawValue, $0.value) })
        counts["areas"] = areaLines.count
        let header = BundleHeader(schema: Store.schemaVersion, replica: nil, replicaName: "tisep merge",
                                  created: ISO8601DateFormatter().string(from: Date()), areas: nil, since: nil,
                                  counts: counts, privateLeftOut: report.privateLeftOut, replicas: replicas)
        let writer = try BundleFileWriter(path: output)
        try writer.line(BundleLines.header(header))
        for line in areaLines { try writer.line(line) }
        for line in lines { try writer.line(line) }
        report.checksum = try writer.finish()
        report.conflicts = namedConflicts(includePrivate: includePrivate)
        return report
    }

    /// The conflicts with the names the merged records and laptops have;
    /// none of a private contact unless private contacts are kept.
    private func namedConflicts(includePrivate: Bool) -> [SyncConflict] {
        conflicts.compactMap { c in
            guard let entry = records[c.type]?[c.recordID] else { return nil }
            func current(_ field: String) -> String? { entry.fields[field].flatMap { $0.max { $0.key < $1.key }?.value } ?? nil }
            if c.type == .contact && !includePrivate && entry.fields["private"]?.values.contains(.some("1")) == true { return nil }
            var named = c
            named.recordName = RecordType.displayName(c.type, current)
            return named.withLaptopNames(replicas)
        }
    }
}
