/// A record as the store holds it: canonical text values by field name.
public struct Record: Sendable, Equatable {
    public let type: RecordType
    public let id: String
    /// The stamp of the edit that created the record.
    public let stamp: String
    public var values: [String: String]
    public var deleted: Bool
    public var demo: Bool

    public subscript(_ field: String) -> String? { values[field] }

    /// A list field split into its items.
    public func list(_ field: String) -> [String] {
        values[field].map { $0.split(separator: ",").map(String.init) } ?? []
    }
}

extension FieldSpec {
    /// The SQLite value of a canonical text value.
    func sqlValue(_ canonical: String?) -> SQLValue {
        guard let canonical else { return kind == .bool ? .integer(0) : defaultValue.map { .text($0) } ?? .null }
        switch kind {
        case .integer, .year, .bool: return Int64(canonical).map { .integer($0) } ?? .null
        case .real: return Double(canonical).map { .real($0) } ?? .null
        default: return .text(canonical)
        }
    }

    /// The canonical text of a column read back.
    func canonical(from st: Statement, column: Int32) -> String? {
        if st.isNull(column) { return kind == .bool ? "0" : nil }
        switch kind {
        case .integer, .year, .bool: return String(st.int64(column))
        case .real: return canonicalNumber(st.double(column))
        default: return st.text(column)
        }
    }

    var quotedColumn: String { "\"\(name)\"" }
}

extension RecordType {
    /// Every stored field, the record's own and the system ones.
    var storedFields: [FieldSpec] { RecordType.storedFieldTable[self]! }

    private static let storedFieldTable: [RecordType: [FieldSpec]] = Dictionary(uniqueKeysWithValues: allCases.map {
        ($0, $0.fields + [FieldSpec(name: SystemField.deleted, kind: .bool, required: false),
                          FieldSpec(name: SystemField.demo, kind: .bool, required: false)])
    })
}
