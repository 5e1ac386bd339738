import Foundation

/// A value a bundle carried that breaks the acceptance rule
/// (`FieldSpec.check`, `Area.problems`, `TextRule`): written by a laptop
/// that has not been upgraded yet, or by hand. It is not applied; it is
/// kept for review in the database (`held_back`), listed by the import and
/// by `tisep check`, and the rest of the bundle is applied. Only faults of
/// structure refuse a bundle whole. What is held back:
/// - a field's version (a value with its stamp) that breaks the rule: the
///   field's other versions apply as if it were not there;
/// - a whole record when, new here, it would lack a required field once its
///   bad versions are held back (its name, its p4, its area…), or when it
///   names an area that was held back; its whole line is kept;
/// - a whole area new here whose code or Thai name breaks the rule (its
///   line is kept), and an area's centroid or postal code that does;
/// - a laptop name in the header that breaks the rule (not remembered).
public struct HeldBackValue: Sendable, Equatable {
    /// A record type (`entity`, `contact`, …), `area`, or `laptop`.
    public var kind: String
    /// The record's id, the area's code or the laptop's replica id.
    public var id: String
    /// The field; "" when the whole record or area is held back.
    public var field: String
    /// The stamp of the value; "" where there is none (areas, laptop names).
    public var stamp: String
    /// The value as the bundle carried it; for a whole record or area, its line.
    public var value: String?
    public var reason: ValidationReason
    /// The checksum of the bundle that carried it (from the database).
    public var bundle = ""
    /// When that bundle was imported, ISO 8601 (from the database).
    public var received = ""
    /// The replica id of the laptop that wrote the bundle ("" for a hub's merge).
    public var fromLaptop = ""

    public init(kind: String, id: String, field: String, stamp: String, value: String?, reason: ValidationReason) {
        self.kind = kind
        self.id = id
        self.field = field
        self.stamp = stamp
        self.value = value
        self.reason = reason
    }

    /// Whether the whole record or area is held back.
    public var isWhole: Bool { field.isEmpty }

    /// Whether what is here now makes it moot: a later value of the field
    /// (had it been taken, it would have lost to it), the record or area
    /// itself (it came whole since, mended), a name of the laptop. Nothing
    /// is left to mend; it stays listed, as every value held back does.
    public var superseded = false
}

extension BundleRecord {
    /// The record without the versions its faults name; itself when it has none.
    func cleaned() -> BundleRecord {
        guard !faults.isEmpty else { return self }
        var out = self
        out.faults = []
        for fault in faults {
            out.fields[fault.field]?.removeAll { $0.stamp == fault.stamp }
            if out.fields[fault.field]?.isEmpty == true { out.fields[fault.field] = nil }
        }
        return out
    }
}

extension Store.Sync {
    /// Every value held back from bundles, oldest import first.
    public func heldBackValues() throws -> [HeldBackValue] {
        try db.query("""
            SELECT kind, id, field, stamp, value, reason, reason_th, bundle, received, from_laptop, \(Self.superseded)
            FROM held_back h ORDER BY received, kind, id, field, stamp
            """, []) { st in
            var v = HeldBackValue(kind: st.text(0), id: st.text(1), field: st.text(2), stamp: st.text(3), value: st.string(4),
                                  reason: ValidationReason(st.text(5), thai: st.text(6)))
            v.bundle = st.text(7)
            v.received = st.text(8)
            v.fromLaptop = st.text(9)
            v.superseded = st.int(10) != 0
            return v
        }
    }

    /// How many values are held back (the rows `heldBackValues` lists).
    public func heldBackCount() throws -> Int {
        try db.scalarInt("SELECT count(*) FROM held_back")
    }

    /// How many values held back still matter: not `superseded` by what is
    /// here now. One query, cheap enough for a status line that asks every
    /// few seconds (the interface's); it falls to 0 once the sending laptop
    /// has mended what it sent and its next bundle is imported.
    public func openHeldBackCount() throws -> Int {
        try db.scalarInt("SELECT count(*) FROM held_back h WHERE NOT \(Self.superseded)")
    }

    /// SQL, over a row `h` of `held_back`: 1 when it is superseded (see
    /// `HeldBackValue.superseded`). A field's current stamp is its own in
    /// `field_stamps`, else its record's; stamps order as text.
    static let superseded: String = {
        func record(_ table: String) -> String {
            """
            CASE WHEN h.field = '' THEN EXISTS (SELECT 1 FROM \(table) r WHERE r.id = h.id)
                 ELSE EXISTS (SELECT 1 FROM \(table) r LEFT JOIN field_stamps f ON f.record_id = r.id AND f.field = h.field
                              WHERE r.id = h.id AND coalesce(f.stamp, r.stamp) > h.stamp) END
            """
        }
        let types = RecordType.allCases.map { "WHEN '\($0.rawValue)' THEN \(record($0.table))" }.joined(separator: "\n")
        return """
            (CASE h.kind
             WHEN 'area' THEN h.field = '' AND EXISTS (SELECT 1 FROM areas a WHERE a.code = h.id)
             WHEN 'laptop' THEN EXISTS (SELECT 1 FROM meta m WHERE m.key = 'replica_name:' || h.id)
             \(types)
             ELSE 0 END)
            """
    }()

    /// Keeps `value` for review (a bundle's import fills in which bundle
    /// at its end, when the checksum is known). The same value held back
    /// again is one row; a whole record's row takes the newer line.
    func keepHeldBack(_ value: HeldBackValue, fromLaptop: String) throws {
        try db.run("""
            INSERT INTO held_back(kind, id, field, stamp, value, reason, reason_th, bundle, received, from_laptop)
            VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?)
            ON CONFLICT(kind, id, field, stamp) DO UPDATE SET value = excluded.value, reason = excluded.reason,
              reason_th = excluded.reason_th, bundle = '', received = '', from_laptop = excluded.from_laptop
            """, [value.kind, value.id, value.field, value.stamp, value.value, value.reason.english, value.reason.thai, fromLaptop])
    }

    /// Names the bundle of the rows `keepHeldBack` just wrote.
    func stampHeldBack(bundle: String, received: Date) throws {
        try db.run("UPDATE held_back SET bundle = ?, received = ? WHERE bundle = ''",
                   [bundle, ISO8601DateFormatter().string(from: received)])
    }
}
