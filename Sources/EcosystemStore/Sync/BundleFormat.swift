import Foundation

/// The bundle file format: UTF-8 JSON Lines, one header line, area lines,
/// record lines, one trailer line holding a SHA-256 of every byte before
/// it. See `docs/bundle-format.md`.
public enum BundleFormat {
    /// The `format` value of every bundle header.
    public static let name = "tisep-bundle"
    /// The newest format version this build writes and reads. 2 added the
    /// intervals of indicator values (`low`, `high`) and the projects'
    /// `targeted`, `reached`, `delivery` and `outcome_value` (issue 19);
    /// a format-1 bundle is read with those fields empty.
    public static let version = 2
    /// A record line longer than this is refused before it is parsed, so a
    /// damaged or hostile file cannot make the reader allocate without bound.
    public static let maxLineBytes = 16 << 20
    /// The header must fit in this; anything longer is not a bundle.
    static let maxHeaderBytes = 1 << 20
    /// Stamps later than now plus this are refused (a clock set wrong).
    public static let futureTolerance: TimeInterval = 86_400
}

/// One value a field has had, with the stamp of the edit that set it.
public struct BundleVersion: Sendable, Equatable {
    public var stamp: String
    public var value: String?

    public init(stamp: String, value: String?) {
        self.stamp = stamp
        self.value = value
    }
}

/// A record as a bundle carries it: every stored field with every value it
/// has had, newest first (the first is the current value).
public struct BundleRecord: Sendable, Equatable {
    public var type: RecordType
    public var id: String
    /// The stamp of the edit that created the record.
    public var stamp: String
    public var fields: [String: [BundleVersion]]
    /// Versions in `fields` whose values break the acceptance rule: an
    /// import holds them back (`HeldBackValue`); a hub's merge carries them.
    public var faults: [HeldBackValue] = []

    public init(type: RecordType, id: String, stamp: String, fields: [String: [BundleVersion]]) {
        self.type = type
        self.id = id
        self.stamp = stamp
        self.fields = fields
    }

    /// The current value of `field`.
    public func current(_ field: String) -> String? { fields[field]?.first?.value ?? nil }

    /// A private contact stays on the laptop unless asked for.
    public var isPrivateContact: Bool { type == .contact && current("private") == "1" }

    /// Every version of each field of both records once (by stamp; the
    /// first seen is kept), newest first, and the earlier base stamp: the
    /// rule of import and merge.
    func union(_ other: BundleRecord) -> BundleRecord {
        var merged = self
        merged.stamp = min(stamp, other.stamp)
        for (field, versions) in other.fields {
            var all = merged.fields[field] ?? []
            let known = Set(all.map(\.stamp))
            all += versions.filter { !known.contains($0.stamp) }
            merged.fields[field] = all.sorted { $0.stamp > $1.stamp }
        }
        return merged
    }

    /// Every area code the record's current values name.
    var referencedAreas: [String] {
        var codes: [String] = []
        for spec in type.fields where spec.kind == .areaCode || spec.kind == .areaCodes {
            if let v = current(spec.name) { codes += v.split(separator: ",").map(String.init) }
        }
        return codes
    }
}

/// The first line of a bundle.
public struct BundleHeader: Sendable, Equatable {
    public var version = BundleFormat.version
    public var schema: Int
    /// The laptop that wrote the bundle (nil for `tisep merge`).
    public var replica: String?
    public var replicaName: String
    public var created: String
    /// The areas an `--area` export covers; nil for everything.
    public var areas: [String]?
    /// The checksum of the bundle a delta was made against.
    public var since: String?
    /// Record counts by type name, and "areas".
    public var counts: [String: Int]
    public var privateLeftOut: Int
    /// Laptop names by replica id, so history can name every laptop.
    public var replicas: [String: String]

    public init(schema: Int, replica: String?, replicaName: String, created: String, areas: [String]?,
                since: String?, counts: [String: Int], privateLeftOut: Int, replicas: [String: String]) {
        self.schema = schema
        self.replica = replica
        self.replicaName = replicaName
        self.created = created
        self.areas = areas
        self.since = since
        self.counts = counts
        self.privateLeftOut = privateLeftOut
        self.replicas = replicas
    }
}

/// A bundle that cannot be used, with what is wrong in words a user can act on.
public struct BundleError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// A bundle written by a newer tisep, refused by its header before
    /// anything else is read (so nothing of it is ever imported).
    static func newerFormat(_ version: Int) -> BundleError {
        BundleError("made by a newer tisep (bundle format \(version)); this tisep reads formats up to \(BundleFormat.version): upgrade tisep ('tisep --version' shows yours), then import the bundle again")
    }
}

extension RecordType {
    /// The order record lines follow: elements before what refers to them.
    static var bundleOrder: [RecordType] { allCases }

    var bundleRank: Int { RecordType.allCases.firstIndex(of: self) ?? 0 }
}
