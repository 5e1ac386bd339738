import Foundation

/// What a search result is: an area, or a record of a searchable type.
/// Its raw value is the word of the command line and of JSON output
/// (`tisep search --kind entity`, `"kind": "entity"`).
public enum SearchResultKind: String, CaseIterable, Sendable {
    case area
    case element = "entity"
    case resource, project
}

/// What to search for and where.
public struct SearchFilter: Sendable, Equatable {
    public var kind: SearchResultKind?
    public var p4: P4Kind?
    public var role: PlayerRole?
    /// A geocode: the area and everything below it.
    public var area: String?
    /// A geocode to rank from, without filtering: what is in or serves the
    /// same tambon first, then its amphoe, its province, elsewhere
    /// (`tisep search --near`, the interface's selected area).
    public var near: String?
    public var limit: Int

    public init(kind: SearchResultKind? = nil, p4: P4Kind? = nil, role: PlayerRole? = nil, area: String? = nil,
                near: String? = nil, limit: Int = 50) {
        self.kind = kind
        self.p4 = p4
        self.role = role
        self.area = area
        self.near = near
        self.limit = limit
    }
}

/// One search hit.
public struct SearchResult: Sendable, Equatable {
    public var kind: SearchResultKind
    public var id: String
    public var nameTH: String
    public var nameEN: String?
    /// The geocode of the area itself, or of the first area a record serves.
    public var area: String?
    public var p4: String?
    public var role: String?
    public var score: Double
    /// A resource: offer or need, its category, and who offers or needs it.
    public var resourceKind: ResourceKind?
    public var category: ResourceCategory?
    public var elementName: String?
    /// With `SearchFilter.near`: how near the record is (0 the same tambon,
    /// 1 its amphoe, 2 its province, 3 elsewhere), by the nearest of the
    /// areas it is in or serves; `area` is then that nearest area.
    public var nearness: Int?

    public init(kind: SearchResultKind, id: String, nameTH: String, nameEN: String?, area: String?, p4: String?, role: String?,
                score: Double, resourceKind: ResourceKind? = nil, category: ResourceCategory? = nil, elementName: String? = nil,
                nearness: Int? = nil) {
        self.kind = kind
        self.id = id
        self.nameTH = nameTH
        self.nameEN = nameEN
        self.area = area
        self.p4 = p4
        self.role = role
        self.score = score
        self.resourceKind = resourceKind
        self.category = category
        self.elementName = elementName
        self.nearness = nearness
    }
}

/// How near a geocode is to another: 0 the same tambon, 1 the same amphoe,
/// 2 the same province, 3 elsewhere (an area above counts as its level:
/// an element serving the whole province is "the same province").
public enum SearchNearness {
    public static let elsewhere = 3

    public static func of(_ code: String, from near: String) -> Int {
        let common = zip(code.utf8, near.utf8).prefix { $0 == $1 }.count
        return common >= 6 ? 0 : common >= 4 ? 1 : common >= 2 ? 2 : elsewhere
    }

    /// Of `codes`, the nearest to `near` (the more specific on a tie).
    static func nearest(_ codes: [String], to near: String) -> String? {
        codes.min { a, b in
            let na = of(a, from: near), nb = of(b, from: near)
            return na != nb ? na < nb : (a.count != b.count ? a.count > b.count : a < b)
        }
    }
}

extension Store {
    /// Search: areas, elements, resources and projects in Thai and English,
    /// by name, description, code, phone, e-mail and LINE ID; and the index
    /// that the other parts keep in step as they write (`SearchIndex.swift`).
    ///
    /// ```swift
    /// let hits = try store.search("เวียง พะเยา")
    /// let clubs = try store.search("ชมรม", filter: SearchFilter(kind: .element, area: "5603"))
    /// ```
    public struct Search: StorePart {
        let context: StoreContext
    }
}

extension Store.Search {
    /// Searches areas, elements, resources and projects in Thai and English,
    /// by name, description, code, phone, e-mail and LINE ID:
    /// `store.search(query)`.
    ///
    /// Any string is a valid query. What matches:
    /// - A key — a name, geocode, postal code, phone, e-mail or LINE ID —
    ///   equal to or starting with the query, found as a range of the
    ///   exact-key B-tree (`search_keys`), so exact matches are never missed
    ///   however broad the query.
    /// - For a query of words of three or more Unicode scalars, also the
    ///   text: every such word anywhere in the folded text (names,
    ///   descriptions, contacts, the names of the areas above an area),
    ///   through the FTS5 trigram index, each quoted so that no FTS syntax
    ///   reaches the user; shorter words in the same query must appear too.
    /// - A query of only one- or two-scalar words matches keys that start
    ///   with it, and nothing else: trigrams cannot match it, a scan of
    ///   every document for it costs half a second at national scale, and
    ///   a letter or two inside a description is noise. Thai writes no
    ///   spaces between words, so "ลำ" means ลำปาง and ลำพูน, not every name
    ///   with ลำ somewhere in it; the third letter brings the substring
    ///   search in. A lone punctuation mark or symbol is an empty range.
    ///
    /// Ranking: exact key, then a key starting with the query, then the
    /// name containing it, then another key, then the text; among equals an
    /// area before an element before a resource or project, a province
    /// before its amphoes and tambons, then Thai dictionary order. Each
    /// source stops at two pages of candidates (at least 100; in key order,
    /// and in FTS order), which is what the first page needs: beyond the
    /// cap, equal matches come in key order rather than dictionary order.
    /// Areas whose key starts with the query are looked up on their own, so
    /// a broad prefix full of elements cannot crowd them out. When the keys
    /// fill a page, the text is not searched: it could not outrank them.
    public func callAsFunction(_ query: String, filter: SearchFilter = SearchFilter()) throws -> [SearchResult] {
        try db.reading { try searchInOneSnapshot(query, filter: filter) }
    }

    private func searchInOneSnapshot(_ query: String, filter: SearchFilter) throws -> [SearchResult] {
        let limit = max(0, filter.limit)
        guard limit > 0 else { return [] }
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
        let near = filter.near.map(AreaCode.bare).flatMap { $0.count >= 2 ? $0 : nil }
        let (filterSQL, filterBinds) = filterConditions(filter)
        // Enough for the ranking to choose the first page; few enough that
        // reading them (a random row each, of a 1 GB file) costs little.
        let cap = max(limit * 2, 100)
        func read(_ st: Statement) -> Candidate {
            Candidate(kind: SearchResultKind(rawValue: st.text(0)) ?? .element, ref: st.text(1), name: st.text(2), keys: st.text(3))
        }

        var candidates: [Candidate] = []
        guard !whole.isEmpty else {
            // A listing. Of an area, it starts from the area's own records
            // and areas (a range each), not from every document in the file.
            var source = "search_docs d"
            var binds = filterBinds
            if let area = filter.area.map(AreaCode.bare) {
                source = Self.inside(area)
                binds = Self.insideBinds(area) + filterBinds
            }
            candidates = try db.query("SELECT \(Self.columns) FROM \(source) WHERE 1\(filterSQL) ORDER BY d.kind, d.name LIMIT \(max(limit * 20, 2000))",
                                      binds, read)
            if let near { candidates += try nearbyCandidates(near, words: [], prefix: nil, filter: filter) }
            return try rank(candidates, query: [], limit: limit, near: near)
        }
        let range: [SQLBindable] = [whole, AreaCode.upperBound(ofPrefix: whole)]
        // Key order puts the exact key first, then the longer keys.
        candidates = try db.query("""
            SELECT \(Self.columns) FROM search_keys k JOIN search_docs d ON d.ref = k.ref
            WHERE k.key >= ? AND k.key < ?\(filterSQL) LIMIT \(cap)
            """, range + filterBinds, read)
        if candidates.count == cap, filter.kind == nil || filter.kind == .area, filter.p4 == nil, filter.role == nil {
            // The range went on past the cap: fetch its areas apart, through
            // the index of area keys (the range of one Thai letter holds
            // 50,000 keys, a few hundred of them areas').
            candidates += try db.query("""
                SELECT \(Self.columns) FROM search_keys k INDEXED BY search_keys_area JOIN search_docs d ON d.ref = k.ref
                WHERE k.key >= ? AND k.key < ? AND length(k.ref) <= 8 AND d.kind = 'area'\(filterSQL)
                """, range + filterBinds, read)
        }
        if !longTerms.isEmpty, Set(candidates.map(\.ref)).count < limit {
            // Fewer key matches than a page: the text may fill it. (With a
            // page of key matches the text cannot: a key starting with the
            // query outranks any text match.) The FTS table drives the loop,
            // so LIMIT stops the scan early.
            let shortSQL = shortTerms.map { _ in " AND instr(d.body, ?) > 0" }.joined()
            candidates += try db.query("""
                SELECT \(Self.columns) FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
                WHERE search_fts MATCH ?\(shortSQL)\(filterSQL) LIMIT \(cap)
                """, [longTerms.map(Self.ftsQuoted).joined(separator: " AND ")] + shortTerms + filterBinds, read)
        }
        if let near {
            // What the passes above found is the first of thousands
            // nationally, in key or text order; what is near the selected
            // area is looked for apart, among the province's documents.
            candidates += try nearbyCandidates(near, words: longTerms.isEmpty ? [] : terms.map { Array($0.utf8) },
                                               prefix: longTerms.isEmpty ? Array(whole.utf8) : nil, filter: filter)
        }
        return try rank(candidates, query: Array(whole.utf8), limit: limit, near: near)
    }

    private static let columns = "d.kind, d.ref, d.name, d.keys"

    /// The records of `area` and below and its areas, as a source of `search_docs d`.
    private static func inside(_ area: String) -> String {
        """
        (SELECT record_id AS ref FROM record_areas WHERE area_code >= ? AND area_code < ?
         UNION SELECT code FROM areas WHERE code >= ? AND code < ?) inside JOIN search_docs d ON d.ref = inside.ref
        """
    }

    private static func insideBinds(_ area: String) -> [SQLBindable] {
        let hi = AreaCode.upperBound(ofPrefix: area)
        return [area, hi, area, hi]
    }

    /// The documents of the province of `near` that match the query by
    /// the rule of the passes above: every word anywhere in the text, or
    /// (one or two letters, `prefix`) a key — or an English word of a key
    /// — starting with it. Read from the province's documents kept in
    /// memory (`NearbyDocs`).
    private func nearbyCandidates(_ near: String, words: [[UInt8]], prefix: [UInt8]?, filter: SearchFilter) throws -> [Candidate] {
        let nearby = try nearbyDocs(String(near.prefix(2)))
        var keyPrefixes: [[UInt8]] = []
        if let prefix {
            keyPrefixes.append([0x1F] + prefix)
            // English word starts (schema 7) are not in the key text: a space before them is.
            if let first = prefix.first, (0x61...0x7A).contains(first) { keyPrefixes.append([0x20] + prefix) }
        }
        return nearby.matching(words: words, keyPrefixes: keyPrefixes, filter: filter)
            .map { Candidate(kind: $0.kind, ref: $0.ref, name: $0.name, keys: $0.keys) }
    }

    /// The province's documents, from memory while nothing has been written.
    private func nearbyDocs(_ province: String) throws -> NearbyDocs {
        let version = try db.changeVersion()
        if let kept = context.nearbyDocs, kept.version == version, kept.docs.province == province { return kept.docs }
        let docs = try NearbyDocs.load(province: province, db: db)
        context.nearbyDocs = (version, docs)
        return docs
    }

    private struct Candidate {
        var kind: SearchResultKind, ref: String, name: String, keys: String
    }

    /// The best `limit` candidates, described. Thai sort keys are built only
    /// for the candidates whose score can reach the page. With `near`, an
    /// exact key comes first, then nearness (the nearest of the areas each
    /// record is in or serves), then the score.
    private func rank(_ candidates: [Candidate], query: [UInt8], limit: Int, near: String?) throws -> [SearchResult] {
        let kindBonus: [SearchResultKind: Double] = [.area: 30, .element: 20, .resource: 10, .project: 10]
        var seen = Set<String>()
        var scored: [(candidate: Candidate, score: Double, nearness: Int, area: String?)] = []
        scored.reserveCapacity(candidates.count)
        for c in candidates where seen.insert(c.ref).inserted {
            let score = query.isEmpty ? 100 : SearchKeys(c.keys).score(query)
            // Among equal matches a province comes before its amphoes and tambons.
            let levelBonus = c.kind == .area ? Double(8 - c.ref.count) : 0
            scored.append((c, score + (kindBonus[c.kind] ?? 0) + levelBonus, SearchNearness.elsewhere, nil))
        }
        guard !scored.isEmpty else { return [] }
        if let near {
            // What is in or serves the province has its areas there in
            // memory; anything else is elsewhere.
            let nearby = try nearbyDocs(String(near.prefix(2)))
            for i in scored.indices {
                guard let doc = nearby.doc(scored[i].candidate.ref) else { continue }
                let area = SearchNearness.nearest(doc.areas, to: near)
                scored[i].area = area
                scored[i].nearness = area.map { SearchNearness.of($0, from: near) } ?? SearchNearness.elsewhere
            }
        }
        // Exact keys, then nearness, then the score: one number to sort by.
        func order(_ s: (candidate: Candidate, score: Double, nearness: Int, area: String?)) -> Double {
            guard near != nil else { return s.score }
            return (s.score >= 1000 ? 100_000 : 0) + Double(SearchNearness.elsewhere - s.nearness) * 10_000 + s.score
        }
        let orders = scored.map(order).sorted(by: >)
        let threshold = orders[min(limit, orders.count) - 1]
        var ranked = scored.filter { order($0) >= threshold }.map { ($0, order($0), ThaiCollation.key($0.candidate.name)) }
        ranked.sort { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.2 != b.2 { return a.2.lexicographicallyPrecedes(b.2) }
            return a.0.candidate.ref < b.0.candidate.ref
        }
        return try ranked.prefix(limit).map { entry in
            var result = try describe(kind: entry.0.candidate.kind, ref: entry.0.candidate.ref, score: entry.0.score)
            if near != nil {
                result.nearness = entry.0.nearness
                if let area = entry.0.area { result.area = area }
            }
            return result
        }
    }

    /// The filters as SQL conditions on `search_docs d` (each starting with AND).
    private func filterConditions(_ filter: SearchFilter) -> (String, [SQLBindable]) {
        var sql = ""
        var binds: [SQLBindable] = []
        if let kind = filter.kind {
            sql += " AND d.kind = ?"
            binds.append(kind.rawValue)
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

    /// A hit as the lists show it: only the columns they need, and the first
    /// area in the same statement (a whole record costs more than the search).
    private func describe(kind: SearchResultKind, ref: String, score: Double) throws -> SearchResult {
        var result = SearchResult(kind: kind, id: ref, nameTH: "", nameEN: nil, area: nil, p4: nil, role: nil, score: score)
        let firstArea = "(SELECT area_code FROM record_areas WHERE record_id = t.id ORDER BY area_code LIMIT 1)"
        switch kind {
        case .area:
            if let a = try areas.area(ref) {
                result.nameTH = a.nameTH
                result.nameEN = a.nameEN
                result.area = a.code
            }
        case .resource:
            _ = try db.queryOne("""
                SELECT t.description, \(firstArea), t.kind, t.category, e.name_th FROM resources t LEFT JOIN entities e ON e.id = t.entity
                WHERE t.id = ?
                """, [ref]) { st in
                result.nameTH = st.string(0) ?? ""
                result.area = st.string(1)
                result.resourceKind = st.string(2).flatMap(ResourceKind.init(rawValue:))
                result.category = st.string(3).flatMap(ResourceCategory.init(rawValue:))
                result.elementName = st.string(4)
            }
        case .project:
            _ = try db.queryOne("""
                SELECT t.name_th, t.name_en, \(firstArea), e.name_th FROM projects t LEFT JOIN entities e ON e.id = t.lead WHERE t.id = ?
                """, [ref]) { st in
                result.nameTH = st.string(0) ?? ""
                result.nameEN = st.string(1)
                result.area = st.string(2)
                result.elementName = st.string(3)
            }
        case .element:
            _ = try db.queryOne("SELECT name_th, name_en, p4, role, \(firstArea) FROM entities t WHERE id = ?", [ref]) { st in
                result.nameTH = st.string(0) ?? ""
                result.nameEN = st.string(1)
                result.p4 = st.string(2)
                result.role = st.string(3)
                result.area = st.string(4)
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
