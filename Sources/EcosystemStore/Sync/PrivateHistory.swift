/// Nothing private leaves (issue 13, section 3): the one rule of what a
/// default export (and a hub's merge) carries of a contact that is or was
/// private, and the one rule that makes a contact's values travel when it
/// is made public.
///
/// A contact's *private eras* follow from the versions of its `private`
/// field: an era starts at a version "1" that follows a version that is not
/// "1" (or nothing), and ends at the next version that is not "1" (the
/// moment it was made public again), or is still open. A value whose stamp
/// lies in an era was set while the contact was private.
///
/// - **What travels** (`shareable`): of a contact public now, every version
///   except those set while it was private; of a contact private now that
///   was public before, what it had before its last era began plus the flip
///   to private (a *withdrawal*: peers that had the contact mark it private,
///   so it stops spreading from them too; what they had stays with them, as
///   a bundle cannot unsend); of a contact that was never public, nothing.
/// - **Made public** (`fieldsToRepublish`): a public contact's current
///   values are never ones set while it was private: the laptop that sees
///   the contact become public — by its own edit, by an import, or when it
///   upgrades (schema 5) — stamps each such value anew, with the value
///   unchanged, so it travels as a new value of the moment it became public.
///   The old version stays in this laptop's history and never leaves.
///
/// Both are pure functions of a record's versions, so every laptop and hub
/// that applies them to the same versions gets the same result, and applying
/// `shareable` twice changes nothing more. `--include-private` (to a laptop
/// of one's own) carries every version.
enum PrivateHistory {
    /// A span of stamps during which the contact was private: from `start`
    /// (inclusive) to `end` (exclusive; nil while it is still private).
    struct Era: Equatable {
        let start: String
        let end: String?

        func contains(_ stamp: String) -> Bool { stamp >= start && (end.map { stamp < $0 } ?? true) }
    }

    /// The private eras told by the versions of the `private` field.
    static func eras(_ privateVersions: [BundleVersion]) -> [Era] {
        var eras: [Era] = []
        var start: String?
        for v in privateVersions.sorted(by: { $0.stamp < $1.stamp }) {
            if v.value == "1" {
                if start == nil { start = v.stamp }
            } else if let s = start {
                eras.append(Era(start: s, end: v.stamp))
                start = nil
            }
        }
        if let s = start { eras.append(Era(start: s, end: nil)) }
        return eras
    }

    /// What a default export carries of `record`, or nil when nothing of it
    /// may leave. Records other than contacts, and contacts never private,
    /// go as they are.
    static func shareable(_ record: BundleRecord) -> BundleRecord? {
        guard record.type == .contact else { return record }
        let eras = eras(record.fields["private"] ?? [])
        guard let last = eras.last else { return record }
        func isPrivate(_ stamp: String) -> Bool { eras.contains { $0.contains(stamp) } }
        var shared = record
        let stillPrivate = last.end == nil
        for (field, versions) in record.fields {
            var kept = versions.filter { !isPrivate($0.stamp) }
            // A field without a version that may travel: the contact was
            // never public (or, in data no rule has repaired yet, a value of
            // its private time was never stamped anew): nothing of it leaves.
            guard !kept.isEmpty else { return nil }
            if stillPrivate, field == "private" { kept.insert(BundleVersion(stamp: last.start, value: "1"), at: 0) }
            shared.fields[field] = kept
        }
        return shared
    }

    /// The fields of a public contact whose current value was set while it
    /// was private: they must be stamped anew to travel (see above).
    static func fieldsToRepublish(_ record: BundleRecord) -> [String] {
        guard record.type == .contact, record.current("private") != "1" else { return [] }
        let eras = eras(record.fields["private"] ?? [])
        guard !eras.isEmpty else { return [] }
        return record.fields.compactMap { field, versions in
            guard let top = versions.first, eras.contains(where: { $0.contains(top.stamp) }) else { return nil }
            return field
        }.sorted()
    }
}
