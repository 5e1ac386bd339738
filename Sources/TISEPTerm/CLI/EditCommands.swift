import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let addCommand = Command(
        name: "add", synopsis: "TYPE FIELD=VALUE…",
        summary: "add a record; prints its new id as the last line",
        details: fieldHelp,
        run: { inv in
            guard let typeName = inv.positionals.first else {
                throw UsageError(message: "give the record type: \(editableTypes.map(\.rawValue).joined(separator: ", "))")
            }
            guard let type = RecordType(rawValue: typeName) else {
                throw UsageError(message: "unknown record type '\(typeName)'; types: \(RecordType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let values = try assignments(Array(inv.positionals.dropFirst()), type: type)
            let store = try inv.openStore()
            if type == .vulnerable {
                // One count per area, group and year: adding it again updates it.
                let key = try mapFieldErrors { try store.records.vulnerableCountID(for: values) }
                let before = try store.records.record(key)
                let (id, undo) = try mapFieldErrors { try store.records.setVulnerableCount(values) }
                if let before {
                    let changed = undo.flatMap { edit -> [String] in if case let .set(_, fields) = edit { return fields.keys.sorted() }; return [] }
                    inv.context.print("a count for this area, group and year was there\(before.deleted ? " (deleted: restored)" : ""): \(changed.isEmpty ? "unchanged" : "changed " + changed.joined(separator: ", "))")
                }
                inv.context.print(id)
                return
            }
            let id = try mapFieldErrors { try store.records.create(type, values) }
            inv.context.print(id)
        })

    package static let setCommand = Command(
        name: "set", synopsis: "ID FIELD=VALUE…",
        summary: "change fields of a record (stamped for sync, kept in history)",
        details: fieldHelp,
        run: { inv in
            guard let id = inv.positionals.first, inv.positionals.count >= 2 else {
                throw UsageError(message: "give a record id and one or more FIELD=VALUE")
            }
            let store = try inv.openStore()
            guard let type = try store.records.recordType(of: id.lowercased()) else { throw JobError(message: "no record with id \(id); find it with 'tisep search'") }
            let values = try assignments(Array(inv.positionals.dropFirst()), type: type)
            let changed = try mapFieldErrors { try store.records.update(id.lowercased(), values) }
            inv.context.print(changed.isEmpty ? "unchanged" : "changed \(changed.joined(separator: ", "))")
        })

    package static let rmCommand = deletionCommand(
        name: "rm", summary: "delete a record (a tombstone that syncs; 'tisep restore ID' undoes it)", done: "deleted") {
        try $0.records.delete($1)
    }

    package static let restoreCommand = deletionCommand(name: "restore", summary: "bring a deleted record back", done: "restored") {
        try $0.records.restore($1)
    }

    /// `rm` and `restore`: one id, one change of the `deleted` field.
    private static func deletionCommand(name: String, summary: String, done: String,
                                        apply: @escaping @Sendable (Store, String) throws -> Void) -> Command {
        Command(name: name, synopsis: "ID", summary: summary, run: { inv in
            guard inv.positionals.count == 1, let id = inv.positionals.first?.lowercased() else { throw UsageError(message: "give one record id") }
            try apply(try inv.openStore(), id)
            inv.context.print("\(done) \(id)")
        })
    }

    package static let showCommand = Command(
        name: "show", synopsis: "ID|CODE [--json]",
        summary: "print one record or area, every field",
        options: [OptionSpec(long: "json", help: "print one JSON document")],
        run: { inv in
            guard inv.positionals.count == 1, let key = inv.positionals.first else { throw UsageError(message: "give one record id or area code") }
            let store = try inv.openStore()
            if let area = try store.areas.area(key) {
                let path = try store.areas.path(of: area.code).map { "\($0.nameTH) \($0.nameEN)" }.joined(separator: " › ")
                if inv.flag("json") {
                    inv.context.print(JSON.object([("kind", .string("area")), ("id", .string(area.code)), ("level", .string(area.level.name)),
                                                   ("name_th", .string(area.nameTH)), ("name_en", .string(area.nameEN)),
                                                   ("parent", .optional(area.parent)), ("lat", .optional(area.lat)),
                                                   ("lon", .optional(area.lon)), ("postal_code", .optional(area.postalCode))]).serialized)
                } else {
                    inv.context.print("\(area.level.name) \(area.code): \(path)")
                    if let lat = area.lat, let lon = area.lon { inv.context.print("centroid \(lat), \(lon)") }
                    if let postal = area.postalCode { inv.context.print("postal code \(postal)") }
                }
                return
            }
            guard let record = try store.records.record(key.lowercased()) else { throw JobError(message: "no record or area '\(key)'") }
            let fields = record.type.fields.compactMap { spec in record[spec.name].map { (spec.name, $0) } }
            if inv.flag("json") {
                var pairs: [(String, JSON)] = [("kind", .string(record.type.rawValue)), ("id", .string(record.id))]
                pairs += fields.map { ($0.0, JSON.string($0.1)) }
                pairs += [("deleted", .bool(record.deleted)), ("demo", .bool(record.demo))]
                inv.context.print(JSON.object(pairs).serialized)
                return
            }
            inv.context.print("\(record.type.rawValue) \(record.id)\(record.deleted ? " (deleted)" : "")\(record.demo ? " · demo data" : "")")
            for (name, value) in fields {
                let shown = record.type.field(name).map { ShowText.value(value, $0, thai: inv.thai) } ?? value
                inv.context.print("  \(name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(shown)")
            }
        })

    package static let editableTypes: [RecordType] = [.entity, .contact, .resource, .project, .vulnerable, .contactLog, .referral]

    package static var fieldHelp: String {
        var text = "Types and fields (repeat a list field or separate its items with commas):\n"
        for type in editableTypes {
            text += "  \(type.rawValue): " + type.fields.map { $0.required ? $0.name + "*" : $0.name }.joined(separator: " ") + "\n"
        }
        text += "  (* required)\n\nWhat fields accept:\n"
        var seen = Set<String>()
        for type in editableTypes {
            for f in type.fields where !seen.contains(f.name) {
                seen.insert(f.name)
                text += "  \(f.name): \(f.accepts)\n"
            }
        }
        return text
    }

    /// FIELD=VALUE words into a dictionary; a repeated list field accumulates.
    package static func assignments(_ words: [String], type: RecordType) throws -> [String: String] {
        var values: [String: String] = [:]
        for word in words {
            // By scalars: a value that starts with a combining mark makes one
            // Character of "=" and the mark, and the rule must say what is wrong with it.
            guard let eq = word.unicodeScalars.firstIndex(of: "=") else {
                throw UsageError(message: "'\(word)' is not FIELD=VALUE")
            }
            let name = String(word.unicodeScalars[..<eq])
            let value = String(word.unicodeScalars[word.unicodeScalars.index(after: eq)...])
            guard let spec = type.field(name) else {
                throw UsageError(message: "\(type.rawValue) has no field '\(name)'; fields: \(type.fields.map(\.name).joined(separator: ", "))")
            }
            if let existing = values[name] {
                guard [FieldKind.areaCodes, .recordIDs].contains(spec.kind) || { if case .words = spec.kind { return true }; return false }() else {
                    throw UsageError(message: "field '\(name)' given twice")
                }
                values[name] = existing + "," + value
            } else {
                values[name] = value
            }
        }
        return values
    }

    /// A bad field value is a usage error (exit 2) that names the field.
    package static func mapFieldErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() }
        catch let error as StoreError {
            switch error {
            case .invalidValue, .unknownField: throw UsageError(message: error.description)
            default: throw error
            }
        }
    }
}

/// A stored value as `tisep show` and `tisep history` print it for a
/// person: a date in the reader's era ("29 พ.ย. 2569" / "29 Nov 2026"), a
/// phone number with its dashes, a whole amount with thousands separators. Each
/// reads back to the same value when given to `tisep set`. Field names and
/// the words of the vocabularies stay as `set` takes them; `--json` keeps
/// every value as stored.
enum ShowText {
    static func value(_ stored: String, _ spec: FieldSpec, thai: Bool) -> String {
        switch spec.kind {
        case .date: return CalendarDate.isStoredForm(stored) ? CalendarDate.display(stored, thai: thai) : stored
        case .phone: return PhoneNumber.format(stored)
        case .real:
            // Whole amounts (a budget) get their separators; a fraction (an
            // indicator's 0.1253) is printed as stored, never rounded away.
            guard let v = Double(stored), v.rounded() == v, abs(v) < 1e15 else { return stored }
            return NumberText.decimal(v, decimals: 0)
        default: return stored
        }
    }
}
