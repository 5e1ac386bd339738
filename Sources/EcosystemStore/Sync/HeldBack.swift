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
            SELECT kind, id, field, stamp, value, reason, reason_th, bundle, received, from_laptop
            FROM held_back ORDER BY received, kind, id, field, stamp
            """, []) { st in
            var v = HeldBackValue(kind: st.text(0), id: st.text(1), field: st.text(2), stamp: st.text(3), value: st.string(4),
                                  reason: ValidationReason(st.text(5), thai: st.text(6)))
            v.bundle = st.text(7)
            v.received = st.text(8)
            v.fromLaptop = st.text(9)
            return v
        }
    }

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
