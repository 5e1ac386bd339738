/// The search documents of one province, kept in memory for searches that
/// rank from an area of it (`SearchFilter.near`): the search bar asks one
/// search per burst of keys, all from the same selected area, and reading
/// the province's few thousand documents from a national file for each
/// cost about as much as the rest of the search ten times over.
///
/// Kept in the store's context with the database's change version, like the
/// matcher (`Elements.matchScope`): any write reads them again.
struct NearbyDocs {
    struct Doc {
        var kind: SearchResultKind
        var ref: String
        var name: String
        var keys: String
        /// The folded text, as UTF-8, searched for each word.
        var body: [UInt8]
        /// The key text as UTF-8 with a separator in front, so that "a key
        /// starts with" is a search for the separator and the query.
        var keyBytes: [UInt8]
        /// The geocodes inside the province it is in or serves (an area:
        /// its own code).
        var areas: [String]
        /// Of an element, its 4P kind and role (for the filters).
        var p4: String?
        var role: String?
    }

    let province: String
    let docs: [Doc]
    private let indexByRef: [String: Int]

    init(province: String, docs: [Doc]) {
        self.province = province
        self.docs = docs
        indexByRef = Dictionary(docs.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func doc(_ ref: String) -> Doc? { indexByRef[ref].map { docs[$0] } }

    /// Reads the documents of the records and areas of a province.
    static func load(province: String, db: Database) throws -> NearbyDocs {
        let hi = AreaCode.upperBound(ofPrefix: province)
        var areasByRef: [String: [String]] = [:]
        for (ref, code) in try db.query("SELECT record_id, area_code FROM record_areas WHERE area_code >= ? AND area_code < ?",
                                        [province, hi], { ($0.text(0), $0.text(1)) }) {
            areasByRef[ref, default: []].append(code)
        }
        for code in try db.query("SELECT code FROM areas WHERE code >= ? AND code < ?", [province, hi], { $0.text(0) }) {
            areasByRef[code] = [code]
        }
        var docs: [Doc] = []
        docs.reserveCapacity(areasByRef.count)
        let statement = try db.prepare("""
            SELECT d.kind, d.name, d.keys, d.body, e.p4, e.role FROM search_docs d LEFT JOIN entities e ON e.id = d.ref AND d.kind = 'entity'
            WHERE d.ref = ?
            """)
        // In key order of the refs: neighbouring rows of the index, fewer pages.
        for ref in areasByRef.keys.sorted() {
            try statement.forEachRow([ref]) { st in
                let keys = st.text(2)
                docs.append(Doc(kind: SearchResultKind(rawValue: st.text(0)) ?? .element, ref: ref, name: st.text(1), keys: keys,
                                body: Array(st.text(3).utf8), keyBytes: [0x1F] + Array(keys.utf8), areas: areasByRef[ref] ?? [],
                                p4: st.string(4), role: st.string(5)))
            }
        }
        return NearbyDocs(province: province, docs: docs)
    }

    /// The documents that match: each word anywhere in the text (a query
    /// with a word of three or more scalars), else a key starting with the
    /// whole query (one or two letters), as the search's own passes match.
    func matching(words: [[UInt8]], prefix: [UInt8]?, filter: SearchFilter) -> [Doc] {
        docs.filter { d in
            if let kind = filter.kind, d.kind != kind { return false }
            if filter.p4 != nil || filter.role != nil {
                guard d.kind == .element else { return false }
                if let p4 = filter.p4, d.p4 != p4.rawValue { return false }
                if let role = filter.role, d.role != role.rawValue { return false }
            }
            if let area = filter.area.map(AreaCode.bare), !d.areas.contains(where: { $0.hasPrefix(area) }) { return false }
            if let prefix { return NearbyDocs.contains(d.keyBytes, prefix) }
            return words.allSatisfy { NearbyDocs.contains(d.body, $0) }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
