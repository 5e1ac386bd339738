/// Vulnerable-group counts: how many people of a target group are
/// registered in an area and how many are reached, for a year.
///
/// One rule per record (issue 13, section 5): a count is one record per
/// area, target group and year, whoever makes it and on whichever laptop.
/// Its id is derived from that key — `vg-560307-stateless-2025`, or
/// `vg-560307-stateless` for a count without a year — so the same count
/// made on two laptops is one record whose fields merge one by one (last
/// writer wins, the other value kept in history and shown as a conflict).
/// A unique index over random ids would instead refuse the second laptop's
/// bundle and stop its sync. The id satisfies the record-id rule of bundles
/// (lower-case letters, digits, "-"); its year is always Christian era (a
/// Buddhist-era year, 2443–2743, less 543), so 2568 and 2025 name one count.
///
/// - `create`/`add` of a count whose key exists updates it (bringing a
///   deleted one back): `setVulnerableCount`, the one way in.
/// - The key fields of a count do not change: `update` refuses a change of
///   area, group or year (add the count for the other key instead).
/// - A count under any other id — a random id from `tisep add vulnerable` of
///   an older version, or `vg-AREA-GROUP` of an older interface with a year
///   set — is an *alias*: while it is live, it is folded into the count of
///   its key with every version of every field (`BundleApplier`), by an
///   import that receives it and, for counts already stored, by schema 5's
///   repair. A deleted alias stays a tombstone under its own id.
extension Store.Records {
    /// The fields that name a count.
    static let vulnerableKeyFields = ["area", "target_group", "year"]

    /// The id of the count of `group` (a `TargetGroup` word) in `area` for
    /// `year` (either era), or of the count without a year.
    public static func vulnerableCountID(area: String, group: String, year: Int? = nil) -> String {
        guard let year else { return "vg-\(area)-\(group)" }
        let christian = CalendarDate.buddhistYears.contains(year) ? year - CalendarDate.buddhistEraOffset : year
        return "vg-\(area)-\(group)-\(christian)"
    }

    /// The id a count with these canonical values lives under (nil without
    /// an area or group).
    static func vulnerableCountID(values: [String: String?]) -> String? {
        guard let area = values["area"] ?? nil, let group = values["target_group"] ?? nil else { return nil }
        return vulnerableCountID(area: area, group: group, year: (values["year"] ?? nil).flatMap { Int($0) })
    }

    /// The id of the count that raw input (as `add` takes it) names.
    public func vulnerableCountID(for input: [String: String]) throws -> String {
        let values = try validate(.vulnerable, input, creating: true)
        return Self.vulnerableCountID(values: values) ?? ""
    }

    /// Whether `id` has the form of a count's id, recorded or not yet.
    public static func isVulnerableCountID(_ id: String) -> Bool {
        id.hasPrefix("vg-")
    }

    /// Sets the count for the input's `area`, `target_group` and `year`
    /// (with `registered`, `reached`, `source`): creates the record, or
    /// edits the one already there, bringing a deleted one back. Returns its
    /// id and the edits that undo this.
    ///
    /// ```swift
    /// try store.records.setVulnerableCount(["area": "560307", "target_group": "stateless", "registered": "12", "year": "2568"])
    /// // id "vg-560307-stateless-2025"
    /// ```
    @discardableResult
    public func setVulnerableCount(_ input: [String: String]) throws -> (id: String, undo: [InverseEdit]) {
        let values = try validate(.vulnerable, input, creating: true)
        guard let id = Self.vulnerableCountID(values: values) else { throw StoreError.unknownRecord("") }
        return try db.transaction {
            guard let existing = try record(id) else {
                try insertRecord(.vulnerable, id: id, values: values, stamp: try context.nextStamp(), demo: false)
                return (id, [.delete(id)])
            }
            // The key is the id's: only the figures change.
            var undo = try updateUndoable(id, input.filter { !Self.vulnerableKeyFields.contains($0.key) }).undo
            if existing.deleted {
                try restore(id)
                undo.insert(.delete(id), at: 0)
            }
            return (id, undo)
        }
    }

    /// Refuses an edit that would change which area, group or year a count
    /// is for (`values` canonical, only the fields being set).
    func checkVulnerableKeyUnchanged(_ id: String, _ values: [String: String?]) throws {
        guard let name = Self.vulnerableKeyFields.first(where: values.keys.contains), let current = try record(id, type: .vulnerable) else { return }
        var merged: [String: String?] = [:]
        for field in Self.vulnerableKeyFields { merged[field] = values.keys.contains(field) ? values[field]! : current[field] }
        let before = Self.vulnerableCountID(values: Self.vulnerableKeyFields.reduce(into: [:]) { $0[$1] = current[$1] })
        guard Self.vulnerableCountID(values: merged) != before else { return }
        throw StoreError.invalidValue(field: name, value: (values[name] ?? nil) ?? "", reason: ValidationReason(
            "names the count (its area, group and year are its id \(id)); add the count for the other area, group or year ('tisep add vulnerable …') and delete this one if it is wrong",
            thai: "เป็นตัวระบุจำนวนนี้ (พื้นที่ กลุ่ม และปี คือรหัส \(id)); ให้เพิ่มจำนวนของพื้นที่ กลุ่ม หรือปีอื่นแทน แล้วลบรายการนี้หากผิด"))
    }

    /// Schema 5's repair: every live count stored under another id than
    /// that of its key is folded into the count of its key.
    func foldVulnerableAliases() throws {
        let rows = try db.query("SELECT id, area, target_group, year FROM vulnerable_groups WHERE deleted = 0 ORDER BY id", []) {
            ($0.text(0), Self.vulnerableCountID(values: ["area": $0.string(1), "target_group": $0.string(2), "year": $0.string(3)]))
        }
        var applier = BundleApplier(store: sync, ownID: context.replicaID)
        applier.checksCopies = false
        for (id, key) in rows where key != id {
            try applier.record(try sync.bundleRecord(.vulnerable, id: id))
        }
    }

    /// Removes every trace of a record here (its row, stamps, history,
    /// areas, conflicts): only for an alias whose every version has just
    /// been folded into another record.
    func purge(_ type: RecordType, id: String) throws {
        try db.run("DELETE FROM \(type.table) WHERE id = ?", [id])
        for table in ["field_stamps", "history", "conflicts"] { try db.run("DELETE FROM \(table) WHERE record_id = ?", [id]) }
        try db.run("DELETE FROM record_areas WHERE record_id = ?", [id])
    }
}
