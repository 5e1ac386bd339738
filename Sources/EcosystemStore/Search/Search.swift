import Foundation

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
    /// Any string is a valid query. Candidates come from two bounded
    /// lookups: the exact-key index (a name, code, phone, e-mail or LINE ID
    /// equal to or starting with the query: a B-tree range, so exact matches
    /// are never missed however broad the query) and the text. In the text,
    /// terms of three or more Unicode scalars go through the FTS5 trigram
    /// index, each quoted so that no FTS syntax reaches the user; shorter
    /// terms (which trigrams cannot match) filter with `instr()` on the
    /// folded text. Both stop at a cap; the candidates are ranked here:
    /// exact match, then prefix, then name, then anywhere.
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
        let whole = terms.joined(separator: " ")
        let (filterSQL, filterBinds) = filterConditions(filter)
        let candidateCap = max(filter.limit * 20, 2000)
        let columns = "d.kind, d.ref, d.name, d.keys"
        typealias Candidate = (kind: String, ref: String, name: String, keys: String)
        func read(_ st: Statement) -> Candidate { (st.text(0), st.text(1), st.text(2), st.text(3)) }

        var candidates: [Candidate] = []
        if !whole.isEmpty {
            candidates += try db.query("""
                SELECT \(columns) FROM search_keys k JOIN search_docs d ON d.ref = k.ref
                WHERE k.key >= ? AND k.key < ?\(filterSQL) LIMIT \(candidateCap)
                """, [whole, AreaCode.upperBound(ofPrefix: whole)] + filterBinds, read)
        }
        let shortSQL = shortTerms.map { _ in " AND instr(d.body, ?) > 0" }.joined()
        if !longTerms.isEmpty {
            // The FTS table drives the loop, so LIMIT stops the scan early.
            candidates += try db.query("""
                SELECT \(columns) FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
                WHERE search_fts MATCH ?\(shortSQL)\(filterSQL) LIMIT \(candidateCap)
                """, [longTerms.map(Store.ftsQuoted).joined(separator: " AND ")] + shortTerms + filterBinds, read)
        } else if !shortTerms.isEmpty {
            // One or two letters alone are looked for in names, codes, phones
            // and addresses (the keys), not in descriptions: a third of the
            // bytes to scan, and a letter inside a description is noise.
            let keySQL = shortTerms.map { _ in " AND instr(d.keys, ?) > 0" }.joined()
            candidates += try db.query("SELECT \(columns) FROM search_docs d WHERE 1\(keySQL)\(filterSQL) LIMIT \(candidateCap)",
                                       shortTerms + filterBinds, read)
        } else {
            candidates += try db.query("SELECT \(columns) FROM search_docs d WHERE 1\(filterSQL) ORDER BY d.kind, d.name LIMIT \(candidateCap)",
                                       filterBinds, read)
        }

        let kindBonus: [String: Double] = ["area": 30, "entity": 20, "resource": 10, "project": 10]
        let wholeBytes = Array(whole.utf8)
        var seen = Set<String>()
        var ranked: [(kind: String, ref: String, score: Double, collation: [UInt32])] = []
        ranked.reserveCapacity(candidates.count)
        for c in candidates where seen.insert(c.ref).inserted {
            let score = wholeBytes.isEmpty ? 100 : SearchKeys(c.keys).score(wholeBytes)
            // Among equal matches a province comes before its amphoes and tambons.
            let levelBonus = c.kind == "area" ? Double(8 - c.ref.count) : 0
            ranked.append((c.kind, c.ref, score + (kindBonus[c.kind] ?? 0) + levelBonus, ThaiCollation.key(c.name)))
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.collation != b.collation { return a.collation.lexicographicallyPrecedes(b.collation) }
            return a.ref < b.ref
        }
        return try ranked.prefix(max(0, filter.limit)).map { try describe(kind: $0.kind, ref: $0.ref, score: $0.score) }
    }

    /// The filters as SQL conditions on `search_docs d` (each starting with AND).
    private func filterConditions(_ filter: SearchFilter) -> (String, [SQLBindable]) {
        var sql = ""
        var binds: [SQLBindable] = []
        if let kind = filter.kind {
            sql += " AND d.kind = ?"
            binds.append(kind)
        }
        if filter.p4 != nil || filter.role != nil {
            var sub = "SELECT 1 FROM entities e WHERE e.id = d.ref"
            if let p4 = filter.p4 { sub += " AND e.p4 = ?"; binds.append(p4.rawValue) }
            if let role = filter.role { sub += " AND e.role = ?"; binds.append(role.rawValue) }
            sql += " AND EXISTS (\(sub))"
        }
        if let area = filter.area.map(AreaCode.bare) {
            let hi = AreaCode.upperBound(ofPrefix: area)
            sql += """
                 AND ((d.kind = 'area' AND d.ref >= ? AND d.ref < ?) OR (d.kind <> 'area' AND EXISTS (
                  SELECT 1 FROM record_areas ra WHERE ra.record_id = d.ref AND ra.area_code >= ? AND ra.area_code < ?)))
                """
            binds += [area, hi, area, hi]
        }
        return (sql, binds)
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

/// A document's exact-match keys, compared as UTF-8 bytes: both sides are
/// folded already, and byte work avoids Unicode-aware String splitting and
/// Foundation's `contains`, which cost more than the query itself.
struct SearchKeys {
    private let bytes: [UInt8]

    init(_ joined: String) { bytes = Array(joined.utf8) }

    /// 1000 exact key, 500 a key starts with the query, 300 the name (the
    /// first key) contains it, 200 another key does, 100 only the text does.
    func score(_ query: [UInt8]) -> Double {
        var best = 100.0
        var start = 0
        var isFirst = true
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x1F { end += 1 }
            let key = bytes[start..<end]
            if key.count == query.count && key.elementsEqual(query) { return 1000 }
            if key.count > query.count && key.starts(with: query) { best = max(best, 500) }
            else if best < 300, SearchKeys.contains(key, query) { best = max(best, isFirst ? 300 : 200) }
            isFirst = false
            start = end + 1
        }
        return best
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
