import Foundation

extension Store {
    /// Records and editing: the one path by which the CLI, the TUI, imports
    /// and the demo generator change records, so that every change is
    /// validated, stamped for sync, kept in history and reflected in search.
    /// Here too: undo (`EditUndo.swift`), merging duplicates
    /// (`RecordMerge.swift`), every value a field has had
    /// (`RecordHistory.swift`) and bulk writes (`BulkWrite.swift`).
    ///
    /// ```swift
    /// let id = try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุ", "p4": "player", "area": "560307"])
    /// try store.records.update(id, ["phone": "081-234-5678"])
    /// try store.records.delete(id)                      // a tombstone that syncs
    /// let record = try store.records.record(id)         // deleted ones too
    /// ```
    public struct Records: StorePart {
        let context: StoreContext
    }
}

extension Store.Records {
    /// Validates raw user input for `type`, returning canonical values.
    /// Unknown field names and bad values throw, naming the field.
    public func validate(_ type: RecordType, _ input: [String: String], creating: Bool) throws -> [String: String?] {
        try validate(type, input, creating: creating, areaExists: { try areas.exists($0) })
    }

    /// `validate` with area codes checked by `areaExists` (an importer
    /// passes the set of codes it loaded once).
    func validate(_ type: RecordType, _ input: [String: String], creating: Bool,
                  areaExists: (String) throws -> Bool) throws -> [String: String?] {
        var out: [String: String?] = [:]
        for (name, raw) in input {
            guard let spec = type.field(name) else {
                throw StoreError.unknownField(type: type.rawValue, field: name, accepted: type.fields.map(\.name))
            }
            out[name] = try spec.canonical(raw, areaExists: areaExists)
        }
        if creating {
            for spec in type.fields where spec.required && (out[spec.name] ?? nil) == nil {
                throw StoreError.invalidValue(field: spec.name, value: "", reason: .required)
            }
        }
        if type == .entity, let p4 = out["p4"] ?? nil, p4 != P4Kind.player.rawValue, (out["role"] ?? nil) != nil {
            throw StoreError.invalidValue(field: "role", value: (out["role"] ?? nil) ?? "", reason: .onlyPlayersHaveARole)
        }
        try checkReferences(type, out)
        return out
    }

    private func checkReferences(_ type: RecordType, _ values: [String: String?]) throws {
        for spec in type.fields {
            guard let value = values[spec.name] ?? nil else { continue }
            let ids: [String]
            switch spec.kind {
            case .recordID: ids = [value]
            case .recordIDs: ids = value.split(separator: ",").map(String.init)
            default: continue
            }
            for id in ids where try recordType(of: id) == nil {
                throw StoreError.invalidValue(field: spec.name, value: id, reason: ValidationReason("no record with this id", thai: "ไม่มีระเบียนรหัสนี้"))
            }
        }
    }

    /// Creates a record from raw input and returns its new id.
    @discardableResult
    public func create(_ type: RecordType, _ input: [String: String]) throws -> String {
        // A count is one record per area, group and year: adding it again updates it.
        if type == .vulnerable { return try setVulnerableCount(input).id }
        let values = try validate(type, input, creating: true)
        return try db.transaction {
            let id = context.newRecordID()
            try insertRecord(type, id: id, values: values, stamp: try context.nextStamp(), demo: false)
            return id
        }
    }

    /// Creates a record from values already canonical (the generator and
    /// importers, which build them in bulk). They are checked against the
    /// rule (`FieldSpec.check`) like any other way in. `id` may be chosen by
    /// the caller; a vulnerable-group count always takes the id of its key
    /// (`vulnerableCountID`), and another id for it is refused.
    public func insertCanonical(_ type: RecordType, id: String? = nil, values: [String: String?], demo: Bool, stamp: Stamp? = nil) throws -> String {
        try checkCanonical(type, values, creating: true)
        return try insertValidated(type, id: id, values: values, demo: demo, stamp: stamp)
    }

    /// `insertCanonical` for values that `validate` has just made.
    func insertValidated(_ type: RecordType, id: String? = nil, values: [String: String?], demo: Bool, stamp: Stamp? = nil) throws -> String {
        var chosen = id
        if type == .vulnerable, let key = Self.vulnerableCountID(values: values) {
            guard id == nil || id == key else { throw StoreError.message("a vulnerable-group count's id is that of its area, group and year (\(key)), not \(id ?? "")") }
            chosen = key
        }
        let id = chosen ?? context.newRecordID()
        try insertRecord(type, id: id, values: values, stamp: try stamp ?? context.nextStamp(), demo: demo)
        return id
    }

    /// Throws, naming the field, when a canonical value breaks the rule (or,
    /// `creating`, a required field is empty).
    func checkCanonical(_ type: RecordType, _ values: [String: String?], creating: Bool) throws {
        for (name, value) in values {
            guard let spec = type.storedFields.first(where: { $0.name == name }) else {
                throw StoreError.unknownField(type: type.rawValue, field: name, accepted: type.fields.map(\.name))
            }
            if let value {
                if let reason = spec.check(value) { throw StoreError.invalidValue(field: name, value: value, reason: reason) }
            } else if spec.required {
                throw StoreError.invalidValue(field: name, value: "", reason: .required)
            }
        }
        if creating {
            for spec in type.fields where spec.required && (values[spec.name] ?? nil) == nil {
                throw StoreError.invalidValue(field: spec.name, value: "", reason: .required)
            }
        }
    }

    func insertRecord(_ type: RecordType, id: String, values: [String: String?], stamp: Stamp, demo: Bool) throws {
        var binds: [SQLBindable] = [id, stamp.description, demo]
        for spec in type.fields { binds.append(spec.sqlValue(values[spec.name] ?? nil)) }
        try db.run(type.insertSQL, binds)
        var stored: [String: String] = [:]
        for spec in type.fields { if let v = values[spec.name] ?? nil { stored[spec.name] = v } }
        try afterInsert(type, id: id, values: stored, deleted: false)
    }

    /// Keeps derived tables in step with a record just inserted, from the
    /// values in hand rather than the row read back: half the cost of a
    /// bulk insert was reading again what it had just written. `values` are
    /// the canonical texts stored (the text fields this uses read back
    /// unchanged). `adoptsResources`: an element arriving after resources
    /// that name it (a bundle's references are soft) files the resources
    /// without an area of their own under its areas.
    /// `elementDocLater`: inside a bulk write, leave an element's document
    /// to its end (a bundle's contacts follow their elements and would
    /// write it again).
    func afterInsert(_ type: RecordType, id: String, values: [String: String], deleted: Bool,
                     adoptsResources: Bool = false, elementDocLater: Bool = false) throws {
        if !deleted, let areaField = type.areaField {
            var codes = values[areaField]
            if codes == nil, type == .resource, let entity = values["entity"] {
                codes = try db.queryOne("SELECT area FROM entities WHERE id = ?", [entity]) { $0.string(0) } ?? nil
            }
            for code in codes?.split(separator: ",") ?? [] {
                try db.run("INSERT OR IGNORE INTO record_areas(area_code, record_id, kind) VALUES (?, ?, ?)", [String(code), id, type.rawValue])
            }
        }
        switch type {
        case .entity:
            if elementDocLater && context.pendingElementDocs != nil {
                context.pendingElementDocs?.insert(id)
            } else if deleted {
                try search.removeDoc(ref: id)
            } else {
                try search.putElementDoc(id: id, values)
            }
            if adoptsResources {
                for resource in try db.query("SELECT id FROM resources WHERE entity = ? AND area IS NULL", [id], { $0.text(0) }) {
                    try refreshRecordAreas(.resource, id: resource, areaField: "area")
                }
            }
        case .contact:
            if let entity = values["entity"] { try reindexSoon(element: entity) }
        case .resource:
            if deleted { try search.removeDoc(ref: id) } else { try search.putResourceDoc(id: id, values) }
        case .project:
            if deleted { try search.removeDoc(ref: id) } else { try search.putProjectDoc(id: id, values) }
        default: break
        }
    }

    /// Reindexes an element now, or at the end of the bulk write under way
    /// (an element with three contacts would otherwise be indexed four times).
    func reindexSoon(element id: String) throws {
        if context.pendingElementDocs != nil { context.pendingElementDocs?.insert(id) } else { try search.reindex(element: id) }
    }

    /// Changes fields of an existing record. A field whose value does not
    /// change is not stamped. Returns the names of the fields that changed.
    @discardableResult
    public func update(_ id: String, _ input: [String: String]) throws -> [String] {
        guard let type = try recordType(of: id) else { throw StoreError.unknownRecord(id) }
        var values = try validate(type, input, creating: false)
        if type == .vulnerable { try checkVulnerableKeyUnchanged(id, values) }
        if type == .entity, values["p4"] != nil || values["role"] != nil {
            let current = try record(id)
            let p4 = (values["p4"] ?? nil) ?? current?["p4"]
            let role = values.keys.contains("role") ? (values["role"] ?? nil) : current?["role"]
            if p4 != P4Kind.player.rawValue && role != nil {
                if values.keys.contains("role") {
                    throw StoreError.invalidValue(field: "role", value: role ?? "", reason: .onlyPlayersHaveARole)
                }
                values["role"] = .some(nil) // a non-player loses its role
            }
        }
        for spec in type.fields where spec.required {
            if values.keys.contains(spec.name), values[spec.name] ?? nil == nil {
                throw StoreError.invalidValue(field: spec.name, value: "", reason: .required)
            }
        }
        return try db.transaction {
            try setFields(type, id: id, values: values, stamp: nil)
        }
    }

    /// Deletes a record: a tombstone that syncs; `restore` undoes it.
    public func delete(_ id: String) throws {
        guard let type = try recordType(of: id) else { throw StoreError.unknownRecord(id) }
        try db.transaction { _ = try setFields(type, id: id, values: [SystemField.deleted: "1"], stamp: nil) }
    }

    /// Brings a deleted record back, stamped after its deletion.
    public func restore(_ id: String) throws {
        guard let type = try recordType(of: id) else { throw StoreError.unknownRecord(id) }
        try db.transaction { _ = try setFields(type, id: id, values: [SystemField.deleted: "0"], stamp: nil) }
    }

    /// Sets canonical values. A local edit (`stamp` nil) always wins: its
    /// stamp is newer than anything this replica has seen. A remote value
    /// (from a bundle) wins only if its stamp is newer than the field's;
    /// either way the losing value goes into history, so nothing is lost.
    func setFields(_ type: RecordType, id: String, values: [String: String?], stamp remote: Stamp?) throws -> [String] {
        // A bundle's values were checked (or held back) by its reader.
        if remote == nil { try checkCanonical(type, values, creating: false) }
        let specs = type.storedFields
        let current = try currentFieldState(type, id: id)
        var changed: [String] = []
        var localStamp: Stamp?
        for (name, newValue) in values.sorted(by: { $0.key < $1.key }) {
            guard let spec = specs.first(where: { $0.name == name }), let state = current[name] else { continue }
            let stamp: Stamp
            if let remote {
                stamp = remote
                if remote.description == state.stamp { continue }
                if remote.description < state.stamp {
                    try db.run("INSERT OR IGNORE INTO history(record_id, field, stamp, value) VALUES (?, ?, ?, ?)",
                               [id, name, remote.description, newValue])
                    continue
                }
            } else {
                if state.value == newValue { continue }
                if localStamp == nil { localStamp = try context.nextStamp() }
                stamp = localStamp!
            }
            try db.run("INSERT OR IGNORE INTO history(record_id, field, stamp, value) VALUES (?, ?, ?, ?)",
                       [id, name, state.stamp, state.value])
            try db.run("UPDATE \(type.table) SET \(spec.quotedColumn) = ? WHERE id = ?", [spec.sqlValue(newValue), id])
            try db.run("INSERT INTO field_stamps(record_id, field, stamp) VALUES (?, ?, ?) ON CONFLICT(record_id, field) DO UPDATE SET stamp = excluded.stamp",
                       [id, name, stamp.description])
            changed.append(name)
        }
        if !changed.isEmpty { try afterWrite(type, id: id) }
        if type == .contact, let flip = localStamp, changed.contains("private"),
           current["private"]?.value == "1", (values["private"] ?? nil) != "1" {
            // Made public here: what it holds now travels, as of this edit.
            try republishPrivateTimeValues(ofContact: id, stamp: flip)
        }
        return changed
    }

    /// Each stored field's current canonical value and stamp.
    func currentFieldState(_ type: RecordType, id: String) throws -> [String: (value: String?, stamp: String)] {
        let specs = type.storedFields
        let sql = "SELECT stamp, \(specs.map(\.quotedColumn).joined(separator: ", ")) FROM \(type.table) WHERE id = ?"
        guard let row = try db.queryOne(sql, [id], { st -> (String, [String?]) in
            (st.text(0), specs.enumerated().map { i, spec in spec.canonical(from: st, column: Int32(i + 1)) })
        }) else { throw StoreError.unknownRecord(id) }
        let stamps = Dictionary(uniqueKeysWithValues: try db.query("SELECT field, stamp FROM field_stamps WHERE record_id = ?", [id]) { ($0.text(0), $0.text(1)) })
        var state: [String: (value: String?, stamp: String)] = [:]
        for (i, spec) in specs.enumerated() {
            state[spec.name] = (row.1[i], stamps[spec.name] ?? row.0)
        }
        return state
    }

    /// The type of the record with this id, nil if there is none.
    public func recordType(of id: String) throws -> RecordType? {
        for type in RecordType.allCases where try db.scalarInt("SELECT count(*) FROM \(type.table) WHERE id = ?", [id]) > 0 {
            return type
        }
        return nil
    }

    /// How many records of `type` there are: live ones, or with `includeDeleted` tombstones too.
    public func count(_ type: RecordType, includeDeleted: Bool = false) throws -> Int {
        try db.scalarInt("SELECT count(*) FROM \(type.table)\(includeDeleted ? "" : " WHERE deleted = 0")")
    }

    /// How many distinct texts the `area` field of `type`'s records holds
    /// (the scale benchmark's count of tambons its elements serve).
    package func distinctAreaCount(_ type: RecordType) throws -> Int {
        try db.scalarInt("SELECT count(DISTINCT area) FROM \(type.table)")
    }

    /// The record with this id (deleted ones too), or nil.
    public func record(_ id: String) throws -> Record? {
        guard let type = try recordType(of: id) else { return nil }
        return try record(id, type: type)
    }

    /// The record with this id in the table of `type`, or nil.
    public func record(_ id: String, type: RecordType) throws -> Record? {
        let specs = type.storedFields
        let sql = "SELECT stamp, \(specs.map(\.quotedColumn).joined(separator: ", ")) FROM \(type.table) WHERE id = ?"
        return try db.queryOne(sql, [id]) { st in
            var values: [String: String] = [:]
            for (i, spec) in type.fields.enumerated() {
                if let v = spec.canonical(from: st, column: Int32(i + 1)) { values[spec.name] = v }
            }
            let n = type.fields.count
            return Record(type: type, id: id, stamp: st.text(0), values: values,
                          deleted: st.int(Int32(n + 1)) != 0, demo: st.int(Int32(n + 2)) != 0)
        }
    }

    /// Keeps derived tables (areas served, search) in step with a record.
    func afterWrite(_ type: RecordType, id: String) throws {
        if let areaField = type.areaField {
            try refreshRecordAreas(type, id: id, areaField: areaField)
        }
        switch type {
        case .entity:
            try reindexSoon(element: id)
            // Resources without an area of their own are filed under their element's areas.
            for resource in try db.query("SELECT id FROM resources WHERE entity = ? AND area IS NULL", [id], { $0.text(0) }) {
                try refreshRecordAreas(.resource, id: resource, areaField: "area")
            }
        case .contact:
            if let entity = try db.queryOne("SELECT entity FROM contacts WHERE id = ?", [id], { $0.text(0) }) {
                try reindexSoon(element: entity)
            }
        case .resource: try search.reindex(resource: id)
        case .project: try search.reindex(project: id)
        default: break
        }
    }

    func refreshRecordAreas(_ type: RecordType, id: String, areaField: String) throws {
        try db.run("DELETE FROM record_areas WHERE record_id = ?", [id])
        var sql = "SELECT \"\(areaField)\", deleted FROM \(type.table) WHERE id = ?"
        if type == .resource {
            sql = "SELECT coalesce(r.area, e.area), r.deleted FROM resources r LEFT JOIN entities e ON e.id = r.entity WHERE r.id = ?"
        }
        guard let (codes, deleted) = try db.queryOne(sql, [id], { ($0.string(0), $0.int(1)) }), deleted == 0, let codes else { return }
        for code in codes.split(separator: ",") {
            try db.run("INSERT OR IGNORE INTO record_areas(area_code, record_id, kind) VALUES (?, ?, ?)", [String(code), id, type.rawValue])
        }
    }
}
