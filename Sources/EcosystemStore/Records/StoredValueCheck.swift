import Foundation

/// A stored value that breaks the acceptance rule: written by an older
/// tisep (or by another program). Peers hold such a value back when it
/// travels, so it should be mended here.
public struct StoredValueProblem: Sendable, Equatable {
    /// A record type's name (`entity`, …) or `area`.
    public var kind: String
    /// The record's id or the area's code.
    public var id: String
    public var field: String
    public var value: String?
    public var reason: ValidationReason
    /// True when the value is a field's current value; false when it is an
    /// older value kept in history (peers hold it back; nothing to mend).
    public var current: Bool

    /// What to type to mend it.
    public var mend: String {
        if kind == "area" {
            return "import the area again with 'tisep import-geography' (a centroid or postal code outside the rule is not used)"
        }
        if !current { return "nothing: an old value in history; peers hold it back and keep the rest" }
        return "tisep set \(id) \(field)=…"
    }
}

/// A value `repairStoredValues` mended.
public struct RepairedValue: Sendable, Equatable {
    public var type: RecordType
    public var id: String
    public var field: String
    public var before: String
    public var after: String
}

extension Store.Records {
    /// Every stored value that breaks the rule: current values and history
    /// of every record, and every area. Reads the whole database.
    public func ruleProblems() throws -> [StoredValueProblem] {
        var out: [StoredValueProblem] = []
        for type in RecordType.allCases {
            let specs = type.storedFields
            try db.prepare("SELECT id, \(specs.map(\.quotedColumn).joined(separator: ", ")) FROM \(type.table) ORDER BY id").forEachRow { st in
                let id = st.text(0)
                for (i, spec) in specs.enumerated() {
                    guard let value = Self.storedText(spec, st, column: Int32(i + 1)), let reason = spec.check(value) else { continue }
                    out.append(StoredValueProblem(kind: type.rawValue, id: id, field: spec.name, value: value, reason: reason, current: true))
                }
            }
            // Older values travel too (in each field's history).
            try db.prepare("""
                SELECT h.record_id, h.field, h.value FROM history h JOIN \(type.table) r ON r.id = h.record_id
                WHERE h.value IS NOT NULL ORDER BY h.record_id, h.field, h.stamp
                """).forEachRow { st in
                guard let spec = specs.first(where: { $0.name == st.text(1) }) else { return }
                let value = st.text(2)
                if let reason = spec.check(value) {
                    out.append(StoredValueProblem(kind: type.rawValue, id: st.text(0), field: spec.name, value: value, reason: reason, current: false))
                }
            }
        }
        for area in try db.query("SELECT \(Store.Areas.columns) FROM areas ORDER BY code", [], Store.Areas.read) {
            for p in area.problems() {
                out.append(StoredValueProblem(kind: "area", id: area.code, field: p.field, value: Store.Areas.shown(area, p.field),
                                              reason: p.reason, current: true))
            }
        }
        return out
    }

    /// The stored text of a column as the rule sees it. A real stored as
    /// infinity reads as "inf", which the rule refuses (it is not JSON).
    static func storedText(_ spec: FieldSpec, _ st: Statement, column: Int32) -> String? {
        spec.canonical(from: st, column: column)
    }

    /// Mends what older versions stored and the rule refuses, where the
    /// mend cannot change what the text says: Unicode normal form C, white
    /// space around it, CR LF and lone CR as line breaks, and in one-line
    /// fields a line break or tab as one space. Each mend is a local edit
    /// (`setFields`): stamped, the old value kept in history, so it syncs
    /// like any edit and nothing is lost. Values that stay against the rule
    /// are left for `tisep check` to name. Runs once after migration 4.
    @discardableResult
    public func repairStoredValues() throws -> [RepairedValue] {
        var repaired: [RepairedValue] = []
        try db.transaction {
            for type in RecordType.allCases {
                let specs = type.fields.filter { $0.kind == .text }
                guard !specs.isEmpty else { continue }
                var mends: [(id: String, field: String, before: String, after: String)] = []
                try db.prepare("SELECT id, \(specs.map(\.quotedColumn).joined(separator: ", ")) FROM \(type.table)").forEachRow { st in
                    for (i, spec) in specs.enumerated() {
                        guard let value = st.string(Int32(i + 1)), spec.check(value) != nil else { continue }
                        let mended = spec.textRule.mend(value)
                        if mended != value, !mended.isEmpty, spec.check(mended) == nil {
                            mends.append((st.text(0), spec.name, value, mended))
                        }
                    }
                }
                for m in mends {
                    _ = try setFields(type, id: m.id, values: [m.field: m.after], stamp: nil)
                    repaired.append(RepairedValue(type: type, id: m.id, field: m.field, before: m.before, after: m.after))
                }
            }
            try db.run("DELETE FROM meta WHERE key = 'repair_stored_values'")
        }
        return repaired
    }
}

extension TextRule {
    /// `normalize`, and in a one-line field each run of line breaks and
    /// tabs as one space: what an older version may have stored, said the
    /// same way within the rule.
    func mend(_ text: String) -> String {
        var out = normalize(text)
        if !multiline, out.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            var scalars = String.UnicodeScalarView()
            var inBreak = false
            for s in out.unicodeScalars {
                if s == "\n" || s == "\r" || s == "\t" {
                    if !inBreak { scalars.append(" ") }
                    inBreak = true
                } else {
                    scalars.append(s)
                    inBreak = false
                }
            }
            out = String(scalars).trimmingWhitespace()
        }
        return out
    }
}
