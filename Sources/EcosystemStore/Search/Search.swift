/// What to search for and where.
public struct SearchFilter: Sendable, Equatable {
    public var kind: String?
    public var p4: P4Kind?
    public var role: PlayerRole?
    /// A geocode: the area and everything below it.
    public var area: String?
    public var limit: Int

    public init(kind: String? = nil, p4: P4Kind? = nil, role: PlayerRole? = nil, area: String? = nil, limit: Int = 50) {
        self.kind = kind
        self.p4 = p4
        self.role = role
        self.area = area
        self.limit = limit
    }

    public static let kinds = ["area", "entity", "resource", "project"]
}

/// One search hit.
public struct SearchResult: Sendable, Equatable {
    public var kind: String
    public var id: String
    public var nameTH: String
    public var nameEN: String?
    /// The geocode of the area itself, or of the first area a record serves.
    public var area: String?
    public var p4: String?
    public var role: String?
    public var score: Double
}

extension Store {
    /// Searches areas, elements, resources and projects in Thai and English,
    /// by name, description, code, phone, e-mail and LINE ID.
    ///
    /// Any string is a valid query. Terms of three or more Unicode scalars
    /// go through the FTS5 trigram index, each quoted so that no FTS syntax
    /// reaches the user; shorter terms (which trigrams cannot match) filter
    /// with `instr()` on the folded text. Candidates are bounded, then
    /// ranked here: exact name, code or phone first, then prefix, then
    /// substring.
    public func search(_ query: String, filter: SearchFilter = SearchFilter()) throws -> [SearchResult] {
        var folded = query.searchFolded.trimmingWhitespace()
        // A p-code (TH560101) is searched as its geocode.
        if folded.hasPrefix("th"), folded.count > 3, folded.dropFirst(2).allSatisfy(\.isASCII), folded.dropFirst(2).allSatisfy(\.isNumber) {
            folded = String(folded.dropFirst(2))
        }
        var terms = folded.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if let digits = PhoneNumber.queryDigits(query) { terms = [digits] }
        let longTerms = terms.filter { $0.scalarCount >= 3 }
        let shortTerms = terms.filter { $0.scalarCount < 3 }

        var conditions: [String] = []
        var binds: [SQLBindable] = []
        if !longTerms.isEmpty {
            conditions.append("d.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
            binds.append(longTerms.map(Store.ftsQuoted).joined(separator: " AND "))
        }
        for term in shortTerms {
            conditions.append("instr(d.body, ?) > 0")
            binds.append(term)
        }
        if let kind = filter.kind {
            conditions.append("d.kind = ?")
            binds.append(kind)
        }
        if filter.p4 != nil || filter.role != nil {
            var sub = "SELECT 1 FROM entities e WHERE e.id = d.ref"
            if let p4 = filter.p4 { sub += " AND e.p4 = ?"; binds.append(p4.rawValue) }
            if let role = filter.role { sub += " AND e.role = ?"; binds.append(role.rawValue) }
            conditions.append("EXISTS (\(sub))")
        }
        if let area = filter.area.map(AreaCode.bare) {
            let hi = AreaCode.upperBound(ofPrefix: area)
            conditions.append("""
                ((d.kind = 'area' AND d.ref >= ? AND d.ref < ?) OR (d.kind <> 'area' AND EXISTS (
                  SELECT 1 FROM record_areas ra WHERE ra.record_id = d.ref AND ra.area_code >= ? AND ra.area_code < ?)))
                """)
            binds += [area, hi, area, hi]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let candidateCap = max(filter.limit * 20, 2000)
        let order = folded.isEmpty ? "ORDER BY d.kind, d.name" : ""
        let sql = "SELECT d.kind, d.ref, d.name, d.keys FROM search_docs d \(whereClause) \(order) LIMIT \(candidateCap)"
        let candidates = try db.query(sql, binds) { st in
            (kind: st.text(0), ref: st.text(1), name: st.text(2), keys: st.text(3))
        }

        let kindBonus: [String: Double] = ["area": 30, "entity": 20, "resource": 10, "project": 10]
        let whole = terms.joined(separator: " ")
        var ranked = candidates.map { c -> (kind: String, ref: String, score: Double, collation: [UInt32]) in
            let keys = c.keys.split(separator: Character(Store.keySeparator)).map(String.init)
            // The first key is the folded Thai name (see putSearchDoc).
            let name = keys.first ?? ""
            var score = 100.0
            if !whole.isEmpty {
                if keys.contains(whole) { score = 1000 }
                else if name.hasPrefix(whole) || keys.contains(where: { $0.hasPrefix(whole) }) { score = 500 }
                else if name.containsBytes(whole) { score = 300 }
                else if keys.contains(where: { $0.containsBytes(whole) }) { score = 200 }
            }
            // Among equal matches a province comes before its amphoes and tambons.
            let levelBonus = c.kind == "area" ? Double(8 - c.ref.count) : 0
            return (c.kind, c.ref, score + (kindBonus[c.kind] ?? 0) + levelBonus, ThaiCollation.key(c.name))
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.collation != b.collation { return a.collation.lexicographicallyPrecedes(b.collation) }
            return a.ref < b.ref
        }
        return try ranked.prefix(max(0, filter.limit)).map { try describe(kind: $0.kind, ref: $0.ref, score: $0.score) }
    }

    /// FTS5 phrase syntax: the term in double quotes, inner quotes doubled.
    static func ftsQuoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func describe(kind: String, ref: String, score: Double) throws -> SearchResult {
        var result = SearchResult(kind: kind, id: ref, nameTH: "", nameEN: nil, area: nil, p4: nil, role: nil, score: score)
        switch kind {
        case "area":
            if let a = try area(ref) {
                result.nameTH = a.nameTH
                result.nameEN = a.nameEN
                result.area = a.code
            }
        default:
            let type: RecordType = kind == "resource" ? .resource : kind == "project" ? .project : .entity
            if let r = try record(ref, type: type) {
                result.nameTH = r["name_th"] ?? r["description"] ?? ""
                result.nameEN = r["name_en"]
                result.p4 = r["p4"]
                result.role = r["role"]
                result.area = try db.queryOne("SELECT area_code FROM record_areas WHERE record_id = ? ORDER BY area_code LIMIT 1", [ref]) { $0.text(0) }
            }
        }
        return result
    }
}
