import EcosystemStore

/// `tisep export-3w`: who does what where (when, for whom), the sheet OCHA
/// and HDX exchange, with the HXL hashtag row under the header so that HXL
/// tools read each column by meaning (docs/sharing-data.md has the mapping).
///
/// One row per project and area it works in (a project in four tambons has
/// four rows); with `players`, also one row per player and area it serves
/// where it takes part in no project (its presence, without dates or
/// numbers).
enum ThreeW {
    /// The header and the HXL hashtag of each column, in order.
    static let columns: [(header: String, tag: String)] = [
        ("Organisation", "#org+name"),
        ("Organisation (English)", "#org+name+i_en"),
        ("Organisation type", "#org+type"),
        ("Organisation type code", "#org+type+code"),
        ("Implementing organisations", "#org+impl"),
        ("Funding organisations", "#org+funding"),
        ("Sector", "#sector"),
        ("Sector code", "#sector+code"),
        ("Activity", "#activity+name"),
        ("Activity (English)", "#activity+name+i_en"),
        ("Project id", "#activity+code"),
        ("Province", "#adm1+name"),
        ("Province (English)", "#adm1+name+i_en"),
        ("Province p-code", "#adm1+code"),
        ("Amphoe", "#adm2+name"),
        ("Amphoe (English)", "#adm2+name+i_en"),
        ("Amphoe p-code", "#adm2+code"),
        ("Tambon", "#adm3+name"),
        ("Tambon (English)", "#adm3+name+i_en"),
        ("Tambon p-code", "#adm3+code"),
        ("Start", "#date+start"),
        ("End", "#date+end"),
        ("Status", "#status"),
        ("Persons targeted", "#targeted+ind"),
        ("Persons reached", "#reached+ind"),
        ("Target groups", "#targeted+type"),
    ]

    struct Options {
        var area = AreaChoice(nil)
        /// Also the players' presence where they take part in no project.
        var players = false
    }

    /// The IATI Organisation Type (codelist OrganisationType) of a sector:
    /// central government and its provincial offices are Government (10),
    /// อปท. Local Government (11), civil society National NGO (22),
    /// community organisations "Partner Country based NGO" (24: local and
    /// national CSOs based in the country where the work is), private
    /// Private Sector (70), academic Academic, Training and Research (80).
    /// No sector: no type (never a guess).
    static func organisationType(_ sector: Sector?) -> (code: Int, name: String)? {
        switch sector {
        case .central, .provincial: return (10, "Government")
        case .local: return (11, "Local Government")
        case .civilSociety: return (22, "National NGO")
        case .community: return (24, "Partner Country based NGO")
        case .private: return (70, "Private Sector")
        case .academic: return (80, "Academic, Training and Research")
        case nil: return nil
        }
    }

    /// The 3W word for a project's status.
    static func status(_ word: String?) -> String? {
        switch word.flatMap(ProjectStatus.init(rawValue:)) {
        case .planned: return "Planned"
        case .active: return "Ongoing"
        case .done: return "Completed"
        case .suspended: return "Suspended"
        case nil: return nil
        }
    }

    /// Who funds and who implements, from the 4P role: supporters (money,
    /// knowledge, data) and policy makers (policy and budgets) fund;
    /// implementers and connectors implement; a lead with neither role
    /// implements.
    static func funds(_ element: Record) -> Bool {
        [PlayerRole.supporter.rawValue, PlayerRole.policyMaker.rawValue].contains(element["role"] ?? "")
    }

    /// Whether this tisep keeps the persons a project targets and reaches
    /// (the project fields `targeted` and `reached`). Where it does not,
    /// `#targeted+ind` and `#reached+ind` stay in the sheet, empty, so that a
    /// 3W has the same columns whichever tisep wrote it.
    static var personsKept: Bool {
        RecordType.project.field("targeted") != nil && RecordType.project.field("reached") != nil
    }

    /// The help's and the note's sentence about persons targeted and reached.
    static var personsNote: String {
        personsKept
            ? "Persons targeted and reached are given where a project works in one area only (tisep keeps them for the whole project)."
            : "Persons targeted and reached are not kept by this tisep: their columns are there, empty."
    }

    static func make(store: Store, options: Options) throws -> SheetExport {
        let elements = Dictionary(uniqueKeysWithValues: try store.records.live(.entity).map { ($0.id, $0) })
        var areas: [String: Area?] = [:]
        func area(_ code: String) throws -> Area? {
            if let known = areas[code] { return known }
            let found = try store.areas.area(code)
            areas[code] = found
            return found
        }
        var rows: [(sortKey: [UInt32], area: String, cells: [SheetCell])] = []
        var demoRows = 0
        var inProjects = Set<String>() // "element id|area code"

        for project in try store.records.live(.project) {
            let codes = project.list("area")
            let members = ([project["lead"]].compactMap { $0 } + project.list("partners")).compactMap { elements[$0] }
            for code in codes { for m in members { inProjects.insert(m.id + "|" + code) } }
            let lead = project["lead"].flatMap { elements[$0] }
            let funding = members.filter(funds)
            var implementing = members.filter { ["implementer", "connector"].contains($0["role"] ?? "") }
            if let lead, !funds(lead), !implementing.contains(where: { $0.id == lead.id }) { implementing.insert(lead, at: 0) }
            var issues = lead?.list("issues") ?? []
            if issues.isEmpty { issues = IssueArea.words.filter { w in members.contains { $0.list("issues").contains(w) } } }
            // Persons belong to the whole project: written where it has one area only (never divided or repeated).
            let persons = personsKept && codes.count == 1
            for code in codes where options.area.inside([code]) {
                var cells = who(lead, issues: issues, implementing: implementing, funding: funding)
                cells += [.words(project["name_th"]), .words(project["name_en"]), .text(project.id)]
                cells += try whereCells(code, area)
                cells += [.words(project["start"]), .words(project["end"]), .words(status(project["status"]))]
                cells += [persons ? number(project["targeted"]) : .empty, persons ? number(project["reached"]) : .empty,
                          .words(targetGroups(project.list("target_groups")))]
                rows.append((ThaiCollation.key(project["name_th"] ?? ""), code, cells))
                if project.demo { demoRows += 1 }
            }
        }
        if options.players {
            for player in elements.values where player["p4"] == P4Kind.player.rawValue {
                for code in player.list("area") where options.area.inside([code]) && !inProjects.contains(player.id + "|" + code) {
                    let implementing = funds(player) ? [] : [player]
                    var cells = who(player, issues: player.list("issues"), implementing: implementing, funding: funds(player) ? [player] : [])
                    cells += [.empty, .empty, .empty]
                    cells += try whereCells(code, area)
                    cells += [.empty, .empty, .empty, .empty, .empty, .words(targetGroups(player.list("target_groups")))]
                    // After the projects, by organisation.
                    rows.append(([UInt32.max] + ThaiCollation.key(player["name_th"] ?? ""), code, cells))
                    if player.demo { demoRows += 1 }
                }
            }
        }
        rows.sort { a, b in a.sortKey != b.sortKey ? a.sortKey.lexicographicallyPrecedes(b.sortKey) : a.area < b.area }
        let sheet = Sheet(header: columns.map(\.header), tagRows: [columns.map(\.tag)], rows: rows.map(\.cells))
        return SheetExport(sheet: sheet, privateLeftOut: 0, demoRows: demoRows)
    }

    /// Who: the organisation, its type, who implements and who funds, the sector.
    private static func who(_ org: Record?, issues: [String], implementing: [Record], funding: [Record]) -> [SheetCell] {
        let type = organisationType(org?["sector"].flatMap(Sector.init(rawValue:)))
        func names(_ list: [Record]) -> SheetCell { .words(list.compactMap { $0["name_th"] }.joined(separator: "; ")) }
        let sectors = issues.compactMap(IssueArea.init(rawValue:))
        return [.words(org?["name_th"]), .words(org?["name_en"]), .words(type?.name), .whole(type?.code),
                names(implementing), names(funding),
                .words(sectors.map { $0.english.prefix(1).uppercased() + $0.english.dropFirst() }.joined(separator: "; ")),
                .words(sectors.map(\.rawValue).joined(separator: ","))]
    }

    /// Where: province, amphoe and tambon of an area (as far down as it goes), names and p-codes.
    private static func whereCells(_ code: String, _ area: (String) throws -> Area?) throws -> [SheetCell] {
        var cells: [SheetCell] = []
        for length in [2, 4, 6] {
            guard code.count >= length, let a = try area(String(code.prefix(length))) else {
                cells += [.empty, .empty, code.count >= length ? .text("TH" + code.prefix(length)) : .empty]
                continue
            }
            cells += [.words(a.nameTH), .words(a.nameEN), .text("TH" + a.code)]
        }
        return cells
    }

    private static func number(_ value: String?) -> SheetCell { value.map { .number($0) } ?? .empty }

    private static func targetGroups(_ words: [String]) -> String {
        words.compactMap(TargetGroup.init(rawValue:)).map(\.english).joined(separator: "; ")
    }
}
