/// One element as a list shows it.
public struct ElementSummary: Sendable, Equatable {
    public var id: String
    public var nameTH: String
    public var nameEN: String?
    public var p4: P4Kind
    public var role: PlayerRole?
    public var sector: Sector?
    /// The served area that put it in the list (the most specific one).
    public var servedArea: String
    /// True when it serves the selected area from above (its amphoe, province).
    public var fromAbove: Bool
    public var demo: Bool
    public var targetGroups: [TargetGroup] = []
    public var issues: [IssueArea] = []

    public func name(thai: Bool) -> String { thai ? nameTH : (nameEN.flatMap { $0.isEmpty ? nil : $0 } ?? nameTH) }
}

/// A resource offered or needed, with who offers or needs it.
public struct ResourceSummary: Sendable, Equatable {
    public var id: String
    public var kind: ResourceKind
    public var category: ResourceCategory?
    public var description: String?
    public var quantity: String?
    public var area: String?
    public var elementID: String
    public var elementName: String
    /// A need is open until someone marks it met (offers are always open).
    public var status: ResourceStatus = .open
}

/// A contact of an element.
public struct ContactInfo: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var position: String?
    public var phone: String?
    public var email: String?
    public var lineID: String?
    public var address: String?
    public var isPrivate: Bool
}

/// A project as lists and briefs show it.
public struct ProjectSummary: Sendable, Equatable {
    public var id: String
    public var nameTH: String
    public var nameEN: String?
    public var status: ProjectStatus?
    public var budget: Double?
    public var start: String?
    public var end: String?
    public var leadName: String?
}

/// Everything the detail pane shows about one element.
public struct ElementDetail: Sendable, Equatable {
    public var record: Record
    public var contacts: [ContactInfo]
    public var resources: [ResourceSummary]
    public var projects: [ProjectSummary]
    public var servedAreas: [Area]
    /// The newest stamp of any of its fields: when and where it last changed.
    public var lastChange: Stamp?
    public var lastChangeLaptop: String?
}

extension Store {
    /// The elements of the 4P frame (องค์ประกอบ: policies, assets, platforms
    /// and players) as the lists and the detail pane show them: who serves
    /// an area, with their resources, contacts and projects; an area's
    /// situation (`AreaSituation.swift`); needs matched with nearby offers
    /// (`NeedMatching.swift`); elements from a spreadsheet (`ElementImport.swift`).
    /// A *player* is an element with p4 = player; records of elements are
    /// of type `entity`, the word of the command line and of bundles.
    ///
    /// ```swift
    /// let serving = try store.elements.list(servingAreaOrBelow: "560307", p4: .player)
    /// let detail = try store.elements.detail(serving[0].id)
    /// let situation = try store.elements.situation(of: "560307")
    /// ```
    public struct Elements: StorePart {
        let context: StoreContext
    }
}

extension Store.Elements {
    /// Elements that serve `code` or anything below it, and those serving it
    /// from above (its amphoe, province), each once, Thai-sorted with the
    /// local ones first.
    public func list(servingAreaOrBelow code: String, p4: P4Kind? = nil, role: PlayerRole? = nil,
                         includeAbove: Bool = true) throws -> [ElementSummary] {
        var ancestors: [String] = []
        var parent = AreaCode.parent(of: code)
        while let p = parent { ancestors.append(p); parent = AreaCode.parent(of: p) }
        let placeholders = ancestors.map { _ in "?" }.joined(separator: ",")
        var sql = """
            SELECT e.id, e.name_th, e.name_en, e.p4, e.role, e.sector, ra.area_code, e.demo, e.target_groups, e.issues
            FROM record_areas ra JOIN entities e ON e.id = ra.record_id
            WHERE ra.kind = 'entity' AND e.deleted = 0
              AND ((ra.area_code >= ? AND ra.area_code < ?)\(includeAbove && !ancestors.isEmpty ? " OR ra.area_code IN (\(placeholders))" : ""))
            """
        var binds: [SQLBindable] = [code, AreaCode.upperBound(ofPrefix: code)]
        if includeAbove { binds += ancestors as [SQLBindable] }
        if let p4 { sql += " AND e.p4 = ?"; binds.append(p4.rawValue) }
        if let role { sql += " AND e.role = ?"; binds.append(role.rawValue) }
        var byID: [String: ElementSummary] = [:]
        for row in try db.query(sql, binds, { st in
            ElementSummary(id: st.text(0), nameTH: st.text(1), nameEN: st.string(2), p4: P4Kind(rawValue: st.text(3)) ?? .player,
                           role: st.string(4).flatMap(PlayerRole.init(rawValue:)), sector: st.string(5).flatMap(Sector.init(rawValue:)),
                           servedArea: st.text(6), fromAbove: st.text(6).count < code.count, demo: st.int(7) != 0,
                           targetGroups: st.text(8).split(separator: ",").compactMap { TargetGroup(rawValue: String($0)) },
                           issues: st.text(9).split(separator: ",").compactMap { IssueArea(rawValue: String($0)) })
        }) {
            // Keep the most local reason an element is listed.
            if let existing = byID[row.id], !(existing.fromAbove && !row.fromAbove) { continue }
            byID[row.id] = row
        }
        // One sort key per element, not two per comparison: a province lists thousands.
        return byID.values.map { ($0, ThaiCollation.key($0.nameTH)) }.sorted { a, b in
            if a.0.fromAbove != b.0.fromAbove { return !a.0.fromAbove }
            return a.1 == b.1 ? a.0.id < b.0.id : a.1.lexicographicallyPrecedes(b.1)
        }.map(\.0)
    }

    /// Resources in `code` or below it (offers and needs).
    public func resources(inAreaOrBelow code: String, kind: ResourceKind? = nil) throws -> [ResourceSummary] {
        var sql = """
            SELECT DISTINCT r.id, r.kind, r.category, r.description, r.quantity, r.area, r.entity, coalesce(e.name_th, ''), r.status
            FROM record_areas ra JOIN resources r ON r.id = ra.record_id LEFT JOIN entities e ON e.id = r.entity
            WHERE ra.kind = 'resource' AND r.deleted = 0 AND ra.area_code >= ? AND ra.area_code < ?
            """
        var binds: [SQLBindable] = [code, AreaCode.upperBound(ofPrefix: code)]
        if let kind { sql += " AND r.kind = ?"; binds.append(kind.rawValue) }
        sql += " ORDER BY r.kind DESC, r.category, r.id"
        return try db.query(sql, binds, Self.readResource)
    }

    /// A resource from the columns id, kind, category, description,
    /// quantity, area, entity, the element's name and, when selected, status.
    static func readResource(_ st: Statement) -> ResourceSummary {
        ResourceSummary(id: st.text(0), kind: ResourceKind(rawValue: st.text(1)) ?? .offer,
                        category: st.string(2).flatMap(ResourceCategory.init(rawValue:)), description: st.string(3),
                        quantity: st.string(4), area: st.string(5), elementID: st.text(6), elementName: st.text(7),
                        status: st.columnCount > 8 ? ResourceStatus(rawValue: st.text(8)) ?? .open : .open)
    }

    /// An element's contacts, private ones first unless left out.
    public func contacts(ofElement id: String, includePrivate: Bool = true) throws -> [ContactInfo] {
        try db.query("""
            SELECT id, name, position, phone, email, line_id, address, private FROM contacts
            WHERE entity = ? AND deleted = 0 \(includePrivate ? "" : "AND private = 0") ORDER BY private, name, id
            """, [id]) { st in
            ContactInfo(id: st.text(0), name: st.string(1), position: st.string(2), phone: st.string(3), email: st.string(4),
                        lineID: st.string(5), address: st.string(6), isPrivate: st.int(7) != 0)
        }
    }

    /// Projects an element leads or partners in.
    public func projects(ofElement id: String) throws -> [ProjectSummary] {
        try db.query("""
            SELECT p.id, p.name_th, p.name_en, p.status, p.budget, p.start, p."end", e.name_th FROM projects p
            LEFT JOIN entities e ON e.id = p.lead
            WHERE p.deleted = 0 AND (p.lead = ?1 OR instr(',' || coalesce(p.partners, '') || ',', ',' || ?1 || ',') > 0)
            ORDER BY p.start DESC, p.id
            """, [id], Self.readProject)
    }

    /// Projects in `code`, below it, or covering it from above.
    public func projects(inArea code: String, activeOnly: Bool) throws -> [ProjectSummary] {
        var ancestors: [String] = []
        var parent = AreaCode.parent(of: code)
        while let p = parent { ancestors.append(p); parent = AreaCode.parent(of: p) }
        var sql = """
            SELECT DISTINCT p.id, p.name_th, p.name_en, p.status, p.budget, p.start, p."end", e.name_th
            FROM record_areas ra JOIN projects p ON p.id = ra.record_id LEFT JOIN entities e ON e.id = p.lead
            WHERE ra.kind = 'project' AND p.deleted = 0
              AND ((ra.area_code >= ? AND ra.area_code < ?)\(ancestors.isEmpty ? "" : " OR ra.area_code IN (\(ancestors.map { _ in "?" }.joined(separator: ",")))"))
            """
        if activeOnly { sql += " AND p.status = 'active'" }
        sql += " ORDER BY p.start DESC, p.id"
        return try db.query(sql, [code, AreaCode.upperBound(ofPrefix: code)] + ancestors as [SQLBindable], Self.readProject)
    }

    static func readProject(_ st: Statement) -> ProjectSummary {
        ProjectSummary(id: st.text(0), nameTH: st.text(1), nameEN: st.string(2), status: st.string(3).flatMap(ProjectStatus.init(rawValue:)),
                       budget: st.optionalDouble(4), start: st.string(5), end: st.string(6), leadName: st.string(7))
    }

    /// All the detail pane shows about an element.
    public func detail(_ id: String) throws -> ElementDetail? {
        guard let record = try records.record(id, type: .entity) else { return nil }
        let resources = try db.query("""
            SELECT r.id, r.kind, r.category, r.description, r.quantity, r.area, r.entity, '', r.status FROM resources r
            WHERE r.entity = ? AND r.deleted = 0 ORDER BY r.kind DESC, r.category, r.id
            """, [id], Self.readResource)
        let served = try record.list("area").compactMap { try areas.area($0) }
        let newest = try db.queryOne("SELECT max(stamp) FROM field_stamps WHERE record_id = ?", [id]) { $0.string(0) } ?? nil
        let stamp = [record.stamp, newest].compactMap { $0 }.max().flatMap(Stamp.init)
        let laptop = try stamp.map { s in try self.laptop.names()[s.replica] ?? (s.replica == "demo000000000000" ? "demo" : s.replica) }
        return ElementDetail(record: record, contacts: try contacts(ofElement: id), resources: resources,
                             projects: try projects(ofElement: id), servedAreas: served, lastChange: stamp, lastChangeLaptop: laptop)
    }
}

extension Store.Elements {
    /// Every element's id and served areas (its `area` text), in the order
    /// they were written: the scale benchmark adds contacts to them.
    package func idsAndAreas() throws -> [(id: String, area: String)] {
        try db.query("SELECT id, area FROM entities ORDER BY rowid", []) { ($0.text(0), $0.text(1)) }
    }
}
