/// Needs and offers (`tisep import-resources`) and contacts (`tisep
/// import-contacts`) from a spreadsheet: the columns `tisep export-csv
/// resources|contacts` writes — `id,entity,entity_name` and the record's
/// fields (`area` written `area_code`).
///
/// Both belong to an element, named by its id in `entity`; `entity_name`
/// (the element's Thai name, written beside it for a reader) is used when
/// the id is not in this database — a list exported from another laptop
/// whose elements came in through `import-entities`, which makes ids anew.
/// A name that fits no live element, or several, refuses the row.
///
/// What a row does, so that importing a file again never doubles it:
/// - its `id` names a live record of the kind here: that record is
///   updated to the row (an empty cell clears the field); a row equal to
///   the record changes nothing and is counted as unchanged;
/// - its `id` is empty or unknown here: a new record with a new id (as
///   `import-entities` does), unless a live record of the kind already
///   holds exactly the same values (or an earlier line does): then it is
///   counted as unchanged;
/// - its `id` names a deleted record, or a record of another kind: refused.
/// Every row is checked by the rule of `tisep add`/`set` (`FieldRules`);
/// the good rows land together, in one transaction.
extension Store.Elements {
    public func importResources(csv table: CSVTable, file: String = "") throws -> ImportReport {
        try importLinkedRecords(.resource, csv: table, file: file, command: "resources")
    }

    public func importContacts(csv table: CSVTable, file: String = "") throws -> ImportReport {
        try importLinkedRecords(.contact, csv: table, file: file, command: "contacts")
    }

    /// The CSV column of a field, as the exports name it.
    static func csvColumn(_ field: String) -> String { field == "area" ? "area_code" : field }

    private func importLinkedRecords(_ type: RecordType, csv table: CSVTable, file: String, command: String) throws -> ImportReport {
        let required = type.fields.filter { $0.required && $0.name != "entity" }.map { Self.csvColumn($0.name) }
        let missing = required.filter { table.column($0) == nil }
            + (table.column("entity") == nil && table.column("entity_name") == nil ? ["entity (or entity_name)"] : [])
        guard missing.isEmpty else {
            throw StoreError.message("\(file): the header lacks \(missing.joined(separator: ", ")); it needs the columns 'tisep export-csv \(command)' writes: "
                                     + (["id", "entity", "entity_name"] + type.fields.filter { $0.name != "entity" }.map { Self.csvColumn($0.name) }).joined(separator: ","))
        }
        let fieldColumns = type.fields.filter { $0.name != "entity" }.compactMap { spec in
            table.column(Self.csvColumn(spec.name)).map { (index: $0, spec: spec) }
        }
        let known = Set(["id", "entity", "entity_name"] + type.fields.map { Self.csvColumn($0.name) })
        let unknown = table.header.filter { !known.contains($0.lowercased()) && !$0.isEmpty }
        var report = ImportReport(file: file)
        if !unknown.isEmpty { report.warnings.append((1, "columns ignored: \(unknown.joined(separator: ", "))")) }

        let areaCodes = Set(try db.query("SELECT code FROM areas", []) { $0.text(0) })
        let resolver = try ElementResolver(records: records)
        let live = Dictionary(uniqueKeysWithValues: try records.live(type).map { ($0.id, $0) })
        var identical: [String: String] = [:] // the content of a record → where it already is
        for record in live.values { identical[Self.content(type, record.values)] = record.id }
        let idColumn = table.column("id"), entityColumn = table.column("entity"), nameColumn = table.column("entity_name")

        var creates: [[String: String?]] = []
        var updates: [(id: String, values: [String: String?])] = []
        var idLines: [String: Int] = [:]
        var byName: [Int] = [] // lines whose element was found by its name
        var unchanged = 0
        for (line, fields) in table.rows {
            func cell(_ column: Int?) -> String { column.map { fields[$0].trimmingWhitespace() } ?? "" }
            let entity: String
            switch resolver.resolve(id: cell(entityColumn), name: cell(nameColumn), area: cell(table.column("area_code"))) {
            case let .success(found):
                entity = found.id
                if found.byName { byName.append(line) }
            case let .failure(problem):
                report.problems.append((line, problem.message))
                continue
            }
            var input: [String: String] = ["entity": entity]
            for (i, spec) in fieldColumns where !fields[i].trimmingWhitespace().isEmpty { input[spec.name] = fields[i] }
            var values: [String: String?]
            do {
                values = try records.validate(type, input, creating: true, areaExists: areaCodes.contains)
            } catch let StoreError.invalidValue(name, value, reason) {
                report.problems.append((line, Store.Indicators.csvProblem(name, value, reason)))
                continue
            }
            // An empty cell is a field left empty (it clears the field on an update).
            for (_, spec) in fieldColumns where values[spec.name] == nil { values[spec.name] = .some(nil) }

            let id = cell(idColumn).lowercased()
            if !id.isEmpty {
                if let earlier = idLines[id] {
                    report.problems.append((line, "the same id as line \(earlier); each \(type.rawValue) is one row"))
                    continue
                }
                idLines[id] = line
                if let current = live[id] {
                    let changed = values.filter { field, value in
                        Self.stored(type, field, value) != Self.stored(type, field, current.values[field])
                    }
                    if changed.isEmpty { unchanged += 1 } else { updates.append((id, changed)) }
                    continue
                }
                if let other = try records.recordType(of: id) {
                    report.problems.append((line, other == type
                        ? "id \(id) was deleted in this database; bring it back with 'tisep restore \(id)' and import again, or empty the id cell to add the row as a new \(type.rawValue)"
                        : "id \(id) is a \(other.rawValue) here, not a \(type.rawValue); empty the id cell to add the row as a new \(type.rawValue)"))
                    continue
                }
            }
            let key = Self.content(type, values.compactMapValues { $0 })
            if identical[key] != nil {
                unchanged += 1
                continue
            }
            identical[key] = "line \(line)"
            creates.append(values)
        }
        if let first = byName.first {
            report.warnings.append((first, NumberText.count(byName.count, "row", separators: false)
                + (byName.count == 1 ? " found its" : " found their") + " element by entity_name, not by an entity id of this database"))
        }
        try records.withBulkWrite(searchWrites: creates.count + updates.count) {
            let stamp = try context.nextStamp()
            for values in creates {
                _ = try records.insertValidated(type, values: values.filter { $0.value != nil }, demo: false, stamp: stamp)
            }
            for (id, values) in updates { _ = try records.setFields(type, id: id, values: values, stamp: nil) }
        }
        report.loaded = creates.count
        report.updates = (updates.count, unchanged)
        return report
    }

    /// A field's value as the database holds it: an empty flag is false, an
    /// empty status the field's default.
    static func stored(_ type: RecordType, _ field: String, _ value: String??) -> String? {
        if let value = value ?? nil { return value }
        guard let spec = type.field(field) else { return nil }
        return spec.kind == .bool ? "0" : spec.defaultValue
    }

    /// Every field's stored value, one string: equal for two records that
    /// a reader could not tell apart.
    static func content(_ type: RecordType, _ values: [String: String]) -> String {
        type.fields.map { stored(type, $0.name, values[$0.name]) ?? "" }.joined(separator: "\u{1F}")
    }
}

/// Finds the element a row belongs to: by its id, else by its Thai name.
struct ElementResolver {
    struct Problem: Error { let message: String }

    private var live: Set<String> = []
    private var deleted: Set<String> = []
    private var byName: [String: [String]] = [:]
    private var areas: [String: [String]] = [:]

    init(records: Store.Records) throws {
        for (id, name, isDeleted, area) in try records.db.query("SELECT id, name_th, deleted, coalesce(area, '') FROM entities", [], {
            ($0.text(0), $0.text(1), $0.int(2) != 0, $0.text(3))
        }) {
            if isDeleted { deleted.insert(id); continue }
            live.insert(id)
            byName[name, default: []].append(id)
            areas[id] = area.split(separator: ",").map(String.init)
        }
    }

    /// `area`: the row's area code, which tells apart elements of one name
    /// in different places (every tambon has its กลุ่มสตรี): the one whose
    /// areas hold it, are inside it or contain it.
    func resolve(id rawID: String, name rawName: String, area rawArea: String = "") -> Result<(id: String, byName: Bool), Problem> {
        let id = rawID.lowercased()
        if live.contains(id) { return .success((id, false)) }
        let name = RecordType.entity.field("name_th")!.textRule.normalize(rawName)
        let why = id.isEmpty ? "" : deleted.contains(id) ? "element \(id) was deleted in this database" : "no element has id \(id) in this database"
        guard !name.isEmpty else {
            return .failure(Problem(message: id.isEmpty
                ? "no element: give its id in entity (or its Thai name in entity_name)"
                : "\(why); give the id of an element here in entity, or its Thai name in entity_name"))
        }
        var found = byName[name] ?? []
        let area = AreaCode.bare(rawArea)
        if found.count > 1, !area.isEmpty {
            let there = found.filter { id in areas[id, default: []].contains { $0.hasPrefix(area) || area.hasPrefix($0) } }
            if !there.isEmpty { found = there }
        }
        switch found.count {
        case 1:
            return .success((found[0], true))
        case 0:
            return .failure(Problem(message: (why.isEmpty ? "" : why + ", and ") + "no element is named '\(name)'; import the elements first (tisep import-entities) or correct entity or entity_name"))
        default:
            return .failure(Problem(message: (why.isEmpty ? "" : why + ", and ") + NumberText.count(found.count, "element", separators: false)
                + " are named '\(name)'" + (area.isEmpty ? "" : " in or around area \(area)") + " (\(found.sorted().joined(separator: ", "))); put the id of the right one in entity"))
        }
    }
}
