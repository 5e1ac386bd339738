import EcosystemStore

/// The lists of `tisep export-csv`: one row per record, the columns named
/// as the matching `import-…` command reads them (the field names of
/// `tisep add`, with `area` written `area_code`), values in their stored,
/// plain form. A few columns help a reader of the sheet and are ignored
/// by the importers: `id` (other lists refer to elements and projects by
/// it), `entity_name`, `lead_name`, `partner_names`, `area_name_th`,
/// `area_name_en`.
enum SheetKind: String, CaseIterable, Sendable {
    case entities, contacts, resources, projects, indicators, vulnerable

    var recordType: RecordType {
        switch self {
        case .entities: return .entity
        case .contacts: return .contact
        case .resources: return .resource
        case .projects: return .project
        case .indicators: return .indicatorValue
        case .vulnerable: return .vulnerable
        }
    }

    /// What a row is, for `wrote FILE: 22 elements`.
    var rowNoun: String {
        switch self {
        case .entities: return "elements"
        case .indicators: return "indicator values"
        case .vulnerable: return "vulnerable-group counts"
        default: return rawValue
        }
    }
}

/// A list ready to write, with what the command says about it.
struct SheetExport {
    var sheet: Sheet
    /// Private contacts left out (without `--include-private`).
    var privateLeftOut = 0
    /// Rows of generated demo data (said on stderr: not to be shared as real).
    var demoRows = 0
}

extension SheetExport {
    /// What to take: an area (and what serves it), private contacts or not,
    /// and, for the interface's "list on screen", only these records, in
    /// this order.
    struct Options {
        var area = AreaChoice(nil)
        var includePrivate = false
        var ids: [String]? = nil
    }

    /// The column of a field: as the importers name it.
    static func column(_ spec: FieldSpec) -> String { spec.name == "area" ? "area_code" : spec.name }

    static func make(_ kind: SheetKind, store: Store, options: Options) throws -> SheetExport {
        let type = kind.recordType
        var records = try store.records.live(type)
        let elements = Dictionary(uniqueKeysWithValues: try store.records.live(.entity).map { ($0.id, $0) })
        func name(_ id: String?) -> String? { id.flatMap { elements[$0]?["name_th"] } }
        var out = SheetExport(sheet: Sheet(header: []))

        // Which records: by area, by the elements on screen, private or not.
        switch kind {
        case .entities:
            records = records.filter { options.area.concerns($0.list("area")) }
        case .contacts:
            let chosen = Set(elements.values.filter { options.area.concerns($0.list("area")) }.map(\.id))
            records = records.filter { chosen.contains($0["entity"] ?? "") }
            if !options.includePrivate {
                let before = records.count
                records.removeAll { $0["private"] == "1" }
                out.privateLeftOut = before - records.count
            }
        case .resources:
            records = records.filter { r in
                let codes = r["area"].map { [$0] } ?? elements[r["entity"] ?? ""]?.list("area") ?? []
                return options.area.concerns(codes)
            }
        case .projects:
            records = records.filter { options.area.concerns($0.list("area")) }
        case .indicators, .vulnerable:
            records = records.filter { options.area.inside($0.list("area")) }
        }

        // Their order: names in Thai dictionary order, places by code.
        switch kind {
        case .entities, .projects:
            records.sort { a, b in (a["name_th"] ?? "") != (b["name_th"] ?? "") ? ThaiCollation.less(a["name_th"] ?? "", b["name_th"] ?? "") : a.id < b.id }
        case .contacts, .resources:
            let keys = Dictionary(uniqueKeysWithValues: records.map { r in (r.id, ThaiCollation.key(name(r["entity"]) ?? "")) })
            records.sort { a, b in keys[a.id]! != keys[b.id]! ? keys[a.id]!.lexicographicallyPrecedes(keys[b.id]!) : a.id < b.id }
        case .indicators:
            let order = Dictionary(uniqueKeysWithValues: try store.indicators.definitions().enumerated().map { ($1.id, $0) })
            records.sort { a, b in
                (a["area"] ?? "", order[a["indicator"] ?? ""] ?? order.count, a["indicator"] ?? "", Int(a["year"] ?? "") ?? 0)
                    < (b["area"] ?? "", order[b["indicator"] ?? ""] ?? order.count, b["indicator"] ?? "", Int(b["year"] ?? "") ?? 0)
            }
        case .vulnerable:
            let order = Dictionary(uniqueKeysWithValues: TargetGroup.words.enumerated().map { ($1, $0) })
            records.sort { a, b in
                (a["area"] ?? "", order[a["target_group"] ?? ""] ?? order.count, Int(a["year"] ?? "") ?? 0)
                    < (b["area"] ?? "", order[b["target_group"] ?? ""] ?? order.count, Int(b["year"] ?? "") ?? 0)
            }
        }

        if let ids = options.ids {
            let position = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            records = records.filter { position[$0.id] != nil }.sorted { position[$0.id]! < position[$1.id]! }
        }

        // The columns: the record's fields, with a helper after some.
        var areaNames: [String: Area] = [:]
        func area(_ code: String?) throws -> Area? {
            guard let code else { return nil }
            if let known = areaNames[code] { return known }
            let found = try store.areas.area(code)
            areaNames[code] = found
            return found
        }
        var header: [String] = []
        var cells: [(Record) throws -> SheetCell] = []
        if [.entities, .contacts, .resources, .projects].contains(kind) {
            header.append("id")
            cells.append { .text($0.id) }
        }
        for spec in type.fields {
            header.append(column(spec))
            cells.append { SheetCell($0[spec.name], of: spec) }
            switch (kind, spec.name) {
            case (.contacts, "entity"), (.resources, "entity"):
                header.append("entity_name")
                cells.append { .words(name($0["entity"])) }
            case (.projects, "lead"):
                header.append("lead_name")
                cells.append { .words(name($0["lead"])) }
            case (.projects, "partners"):
                header.append("partner_names")
                cells.append { r in .words(r.list("partners").compactMap(name).joined(separator: "; ")) }
            case (.indicators, "area"), (.vulnerable, "area"):
                header += ["area_name_th", "area_name_en"]
                cells.append { .words(try area($0["area"])?.nameTH) }
                cells.append { .words(try area($0["area"])?.nameEN) }
            default: break
            }
        }
        out.sheet.header = header
        out.sheet.rows = try records.map { r in try cells.map { try $0(r) } }
        out.demoRows = records.filter(\.demo).count
        return out
    }
}
