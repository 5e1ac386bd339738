/// Vulnerable-group counts: how many people of a target group are
/// registered in an area and how many are reached. The count of one area
/// and group is one record with a natural id, so two laptops that count the
/// same group edit one record instead of making two; its `year` field says
/// which year the figures are for.
extension Store.Records {
    /// The id of the count of `group` (a `TargetGroup` word) in `area`.
    public static func vulnerableCountID(area: String, group: String) -> String {
        "vg-\(area)-\(group)"
    }

    /// Whether `id` names a vulnerable-group count, recorded or not yet.
    public static func isVulnerableCountID(_ id: String) -> Bool {
        id.hasPrefix("vg-")
    }

    /// Sets the count for the input's `area` and `target_group` (with
    /// `registered`, `reached`, `year`, `source`): creates the record, or
    /// edits the one already there, bringing a deleted one back. Returns its
    /// id and the edits that undo this.
    ///
    /// ```swift
    /// try store.records.setVulnerableCount(["area": "560307", "target_group": "stateless", "registered": "12", "year": "2568"])
    /// ```
    @discardableResult
    public func setVulnerableCount(_ input: [String: String]) throws -> (id: String, undo: [InverseEdit]) {
        let values = try validate(.vulnerable, input, creating: true)
        let id = Self.vulnerableCountID(area: (values["area"] ?? nil) ?? "", group: (values["target_group"] ?? nil) ?? "")
        return try db.transaction {
            guard let existing = try record(id) else {
                _ = try insertCanonical(.vulnerable, id: id, values: values, demo: false)
                return (id, [.delete(id)])
            }
            var undo = try updateUndoable(id, input).undo
            if existing.deleted {
                try restore(id)
                undo.insert(.delete(id), at: 0)
            }
            return (id, undo)
        }
    }
}
