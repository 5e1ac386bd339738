import Foundation

/// What `exportBundle` writes.
public struct BundleExportOptions: Sendable {
    /// Only what concerns this area (see docs/bundle-format.md).
    public var area: String?
    /// A bundle received from the peer: records it already holds unchanged are left out.
    public var since: String?
    /// Private contacts travel only when asked for.
    public var includePrivate = false

    public init(area: String? = nil, since: String? = nil, includePrivate: Bool = false) {
        self.area = area
        self.since = since
        self.includePrivate = includePrivate
    }
}

/// What an export wrote.
public struct BundleExportReport: Sendable, Equatable {
    public var counts: [RecordType: Int] = [:]
    public var areas = 0
    /// Private contacts of this bundle's selection whose private values
    /// were left out (see `PrivateHistory`)…
    public var privateLeftOut = 0
    /// …of which this many travel as withdrawals: they were public before,
    /// so the bundle carries what peers already had and the flip to
    /// private, and peers mark them private too.
    public var privateWithdrawn = 0
    /// Records left out of a delta because the peer's bundle holds them unchanged.
    public var unchangedLeftOut = 0
    /// The bundle's SHA-256 (from its end line).
    public var checksum = ""

    public var records: Int { counts.values.reduce(0, +) }
}

extension Store.Sync {
    /// Writes a bundle of this database's records to `path` (mode 0600,
    /// written beside it and renamed into place).
    @discardableResult
    public func exportBundle(to path: String, options: BundleExportOptions = BundleExportOptions()) throws -> BundleExportReport {
        let known = try options.since.map(BundleFingerprints.of(bundleAt:))
        // One consistent snapshot, without blocking writers for long.
        return try db.reading { try export(to: path, options: options, known: known) }
    }

    private func export(to path: String, options: BundleExportOptions, known: BundleFingerprints?) throws -> BundleExportReport {
        var report = BundleExportReport()
        let selection = try BundleSelection(store: self, area: options.area.map(AreaCode.bare))
        let spool = try SpoolFile(near: path)
        var areaCodes = Set<String>()
        for type in RecordType.bundleOrder {
            report.counts[type] = 0
            for id in try selection.ids(of: type) {
                var record = try bundleRecord(type, id: id)
                if type == .contact && !options.includePrivate {
                    // Counted here, among the records this bundle concerns
                    // (a tambon bundle counts that tambon's, not all).
                    if record.isPrivateContact { report.privateLeftOut += 1 }
                    guard let shared = PrivateHistory.shareable(record) else { continue }
                    if shared.isPrivateContact { report.privateWithdrawn += 1 }
                    record = shared
                }
                let line = BundleLines.record(record)
                if let known, known.contains(BundleFingerprints.fingerprint(line)) {
                    report.unchangedLeftOut += 1
                    continue
                }
                try spool.append(line)
                report.counts[type, default: 0] += 1
                for code in record.referencedAreas {
                    var c: String? = code
                    while let current = c, areaCodes.insert(current).inserted { c = AreaCode.parent(of: current) }
                }
            }
        }
        let areas = try areaCodes.sorted().map { code -> Area in
            guard let a = try self.areas.area(code) else { throw BundleError("a record names area \(code), which this database does not have; run 'tisep check'") }
            return a
        }
        report.areas = areas.count
        var counts = Dictionary(uniqueKeysWithValues: report.counts.map { ($0.key.rawValue, $0.value) })
        counts["areas"] = areas.count
        let header = BundleHeader(
            schema: Store.schemaVersion, replica: context.replicaID, replicaName: try laptop.name(),
            created: ISO8601DateFormatter().string(from: Date()), areas: options.area.map { [AreaCode.bare($0)] },
            since: known?.checksum, counts: counts, privateLeftOut: report.privateLeftOut, replicas: try laptop.names())
        let writer = try BundleFileWriter(path: path)
        try writer.line(BundleLines.header(header))
        for a in areas { try writer.line(BundleLines.area(a)) }
        try spool.forEachLine { try writer.line($0) }
        report.checksum = try writer.finish()
        return report
    }

    /// A record with every value each field has had, newest first.
    func bundleRecord(_ type: RecordType, id: String) throws -> BundleRecord {
        let state = try records.currentFieldState(type, id: id)
        let base = try db.queryOne("SELECT stamp FROM \(type.table) WHERE id = ?", [id]) { $0.text(0) } ?? ""
        var fields: [String: [BundleVersion]] = [:]
        for spec in type.storedFields {
            if let s = state[spec.name] { fields[spec.name] = [BundleVersion(stamp: s.stamp, value: s.value)] }
        }
        for (field, stamp, value) in try db.query("SELECT field, stamp, value FROM history WHERE record_id = ? ORDER BY field, stamp DESC", [id], {
            ($0.text(0), $0.text(1), $0.string(2))
        }) where fields[field]?.first?.stamp != stamp {
            fields[field]?.append(BundleVersion(stamp: stamp, value: value))
        }
        for (field, versions) in fields { fields[field] = versions.sorted { $0.stamp > $1.stamp } }
        return BundleRecord(type: type, id: id, stamp: base, fields: fields)
    }
}

/// The records a bundle concerns: all of them, or what concerns one area.
/// (What of a private contact may leave is `PrivateHistory`'s to say.)
struct BundleSelection {
    private var chosen: [RecordType: Set<String>]?
    private let store: Store.Sync

    init(store: Store.Sync, area: String?) throws {
        self.store = store
        if let area { chosen = try BundleSelection.concerning(area, store: store) }
    }

    func ids(of type: RecordType) throws -> [String] {
        let all = try store.db.query("SELECT id FROM \(type.table) ORDER BY id", [], { $0.text(0) })
        guard let inArea = chosen.map({ $0[type] ?? [] }) else { return all }
        return all.filter(inArea.contains)
    }

    /// Records in the area or below it, records serving it from above (a
    /// provincial office serves every tambon), what belongs to chosen
    /// elements, and whatever chosen records refer to. Read from the
    /// records' own area fields rather than `record_areas`, which forgets
    /// deleted records: tombstones must travel too.
    static func concerning(_ code: String, store: Store.Sync) throws -> [RecordType: Set<String>] {
        func concerns(_ codes: String?) -> Bool {
            (codes ?? "").split(separator: ",").contains { $0.hasPrefix(code) || code.hasPrefix($0) }
        }
        var chosen: [RecordType: Set<String>] = [:]
        for type in [RecordType.entity, .project, .vulnerable, .indicatorValue, .referral] {
            chosen[type] = Set(try store.db.query("SELECT id, area FROM \(type.table)", [], { ($0.text(0), $0.string(1)) })
                .filter { concerns($0.1) }.map(\.0))
        }
        let entities = chosen[.entity] ?? []
        chosen[.resource] = Set(try store.db.query(
            "SELECT r.id, coalesce(r.area, e.area), r.entity FROM resources r LEFT JOIN entities e ON e.id = r.entity", [],
            { ($0.text(0), $0.string(1), $0.text(2)) }).filter { concerns($0.1) || entities.contains($0.2) }.map(\.0))
        for type in [RecordType.contact, .contactLog] {
            chosen[type] = Set(try store.db.query("SELECT id, entity FROM \(type.table)", [], { ($0.text(0), $0.text(1)) })
                .filter { entities.contains($0.1) }.map(\.0))
        }
        var work = chosen.flatMap { type, ids in ids.map { (type, $0) } }
        while let (type, id) = work.popLast() {
            guard let record = try store.records.record(id, type: type) else { continue }
            for spec in type.fields where spec.kind == .recordID || spec.kind == .recordIDs {
                for ref in record.list(spec.name) {
                    guard let refType = try store.records.recordType(of: ref), chosen[refType, default: []].insert(ref).inserted else { continue }
                    work.append((refType, ref))
                }
            }
        }
        return chosen
    }
}

/// Recognises records a peer already holds: a record line is written the
/// same, byte for byte, whenever the record holds the same values and stamps.
struct BundleFingerprints {
    let checksum: String
    private let lines: Set<String>

    func contains(_ fingerprint: String) -> Bool { lines.contains(fingerprint) }

    static func fingerprint(_ line: String) -> String {
        String(SHA256.hex(SHA256.hash(line)).prefix(32))
    }

    static func of(bundleAt path: String) throws -> BundleFingerprints {
        var reader = try BundleReader(path: path, now: .distantFuture)
        defer { reader.close() }
        var lines = Set<String>()
        do {
            while let item = try reader.next() {
                if case let .record(r) = item { lines.insert(fingerprint(BundleLines.record(r))) }
            }
        } catch let error as BundleError {
            throw BundleError("--since \(path): \(error.message)")
        }
        return BundleFingerprints(checksum: reader.checksum ?? "", lines: lines)
    }
}
