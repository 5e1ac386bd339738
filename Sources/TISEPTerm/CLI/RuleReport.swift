import EcosystemStore

/// How `import` and `check` name values that break the acceptance rule:
/// values held back from bundles and stored values older versions left.
enum RuleReport {
    /// A value as a message shows it: quoted as JSON quotes it (control
    /// characters visible as `\u001b`), cut after 60 characters.
    static func shown(_ value: String?) -> String {
        guard let value else { return "(empty)" }
        let cut = value.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(value.unicodeScalars.prefix(60))) + "…" : value
        return JSONString.quoted(cut)
    }

    /// "entity 0195… name_th [1732…]: has a control character …".
    static func line(_ v: HeldBackValue) -> String {
        let what = v.isWhole ? "\(v.kind) \(v.id) (whole \(v.kind == "area" ? "area" : "record"))" : "\(v.kind) \(v.id) \(v.field)"
        let stamp = v.stamp.isEmpty ? "" : " [\(v.stamp)]"
        let value = v.isWhole ? "" : " = \(shown(v.value))"
        return "\(what)\(stamp)\(value): \(v.reason.english)"
    }

    static func line(_ p: StoredValueProblem) -> String {
        "\(p.kind) \(p.id) \(p.field) = \(shown(p.value)): \(p.reason.english); mend: \(p.mend)"
    }

    static func json(_ v: HeldBackValue) -> JSON {
        .object([("kind", .string(v.kind)), ("id", .string(v.id)), ("field", .optional(v.isWhole ? nil : v.field)),
                 ("stamp", .optional(v.stamp.isEmpty ? nil : v.stamp)), ("value", .optional(v.value)),
                 ("reason", .string(v.reason.english)), ("reason_th", .string(v.reason.thai))])
    }
}
