import Foundation

/// One value a field has had.
public struct FieldVersion: Sendable, Equatable {
    public let value: String?
    public let stamp: String
    /// The laptop that made the edit.
    public let replica: String
    public let date: Date
    /// Whether this is the value the field holds now (the one that won).
    public let current: Bool
}

/// Every value one field has had, newest first.
public struct FieldHistory: Sendable, Equatable {
    public let field: String
    public let versions: [FieldVersion]
}

/// Every value each field of a record has had.
public struct RecordHistory: Sendable, Equatable {
    public let type: RecordType
    public let id: String
    public let deleted: Bool
    public let fields: [FieldHistory]
}

extension Store.Records {
    /// The full history of a record, deleted ones too (nil when there is none).
    public func history(of id: String) throws -> RecordHistory? {
        guard let type = try recordType(of: id) else { return nil }
        let record = try sync.bundleRecord(type, id: id)
        let fields = type.storedFields.compactMap { spec -> FieldHistory? in
            guard let versions = record.fields[spec.name] else { return nil }
            return FieldHistory(field: spec.name, versions: versions.enumerated().map { i, v in
                let stamp = Stamp(v.stamp)
                return FieldVersion(value: v.value, stamp: v.stamp, replica: stamp?.replica ?? "",
                                    date: stamp?.date ?? Date(timeIntervalSince1970: 0), current: i == 0)
            })
        }
        return RecordHistory(type: type, id: id, deleted: record.current(SystemField.deleted) == "1", fields: fields)
    }

    /// The newest stamp of any record or field edit: when the data last
    /// changed, on this laptop or on one whose bundle was merged here.
    public func newestStamp() throws -> Stamp? {
        var newest: String? = try db.queryOne("SELECT max(stamp) FROM field_stamps", []) { $0.string(0) } ?? nil
        for type in RecordType.allCases {
            if let s = try db.queryOne("SELECT max(stamp) FROM \(type.table)", [], { $0.string(0) }) ?? nil, s > (newest ?? "") {
                newest = s
            }
        }
        return newest.flatMap(Stamp.init)
    }
}
