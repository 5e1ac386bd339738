#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The search documents of one province, kept in memory for searches that
/// rank from an area of it (`SearchFilter.near`): the search bar asks one
/// search per burst of keys, all from the same selected area, and reading
/// the province's few thousand documents from a national file for each
/// cost about as much as the rest of the search ten times over.
///
/// Kept in the store's context with the database's change version, like the
/// matcher (`Elements.matchScope`): any write reads them again. The texts
/// lie end to end in one buffer (each followed by a zero byte, which no
/// folded text holds), searched with `memchr` and `memcmp`, so that a query
/// touches no object per document.
struct NearbyDocs {
    struct Doc {
        var kind: SearchResultKind
        var ref: String
        var name: String
        var keys: String
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
    /// The folded texts, and where each starts (one more entry: the end).
    private let bodies: [UInt8]
    private let bodyStarts: [Int]
    /// The key texts, each with the key separator in front, so that "a key
    /// starts with" is a search for the separator and the query.
    private let keyTexts: [UInt8]
    private let keyStarts: [Int]

    private init(province: String, docs: [Doc], bodies: [String], keys: [String]) {
        self.province = province
        self.docs = docs
        indexByRef = Dictionary(docs.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { a, _ in a })
        (self.bodies, bodyStarts) = NearbyDocs.pack(bodies, prefix: nil)
        (keyTexts, keyStarts) = NearbyDocs.pack(keys, prefix: 0x1F)
    }

    private static func pack(_ texts: [String], prefix: UInt8?) -> ([UInt8], [Int]) {
        var buffer: [UInt8] = [], starts: [Int] = []
        buffer.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 2 })
        for t in texts {
            starts.append(buffer.count)
            if let prefix { buffer.append(prefix) }
            buffer.append(contentsOf: t.utf8)
            buffer.append(0)
        }
        starts.append(buffer.count)
        return (buffer, starts)
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
        var docs: [Doc] = [], bodies: [String] = [], keys: [String] = []
        docs.reserveCapacity(areasByRef.count)
        let statement = try db.prepare("""
            SELECT d.kind, d.name, d.keys, d.body, e.p4, e.role FROM search_docs d LEFT JOIN entities e ON e.id = d.ref AND d.kind = 'entity'
            WHERE d.ref = ?
            """)
        // In key order of the refs: neighbouring rows of the index, fewer pages.
        for ref in areasByRef.keys.sorted() {
            try statement.forEachRow([ref]) { st in
                docs.append(Doc(kind: SearchResultKind(rawValue: st.text(0)) ?? .element, ref: ref, name: st.text(1), keys: st.text(2),
                                areas: areasByRef[ref] ?? [], p4: st.string(4), role: st.string(5)))
                keys.append(st.text(2))
                bodies.append(st.text(3))
            }
        }
        return NearbyDocs(province: province, docs: docs, bodies: bodies, keys: keys)
    }

    /// The documents that match: every word anywhere in the text, or (with
    /// `keyPrefixes`) a key starting with one of them, as the search's own
    /// passes match; then the filters.
    func matching(words: [[UInt8]], keyPrefixes: [[UInt8]], filter: SearchFilter) -> [Doc] {
        var found: [Int]
        if !keyPrefixes.isEmpty {
            var set = Set<Int>()
            for p in keyPrefixes { set.formUnion(NearbyDocs.containing(p, in: keyTexts, starts: keyStarts)) }
            found = set.sorted()
        } else if let first = words.first {
            found = NearbyDocs.containing(first, in: bodies, starts: bodyStarts)
            for word in words.dropFirst() where !found.isEmpty {
                let with = Set(NearbyDocs.containing(word, in: bodies, starts: bodyStarts))
                found = found.filter(with.contains)
            }
        } else {
            found = Array(docs.indices)
        }
        return found.compactMap { i in
            let d = docs[i]
            if let kind = filter.kind, d.kind != kind { return nil }
            if filter.p4 != nil || filter.role != nil {
                guard d.kind == .element else { return nil }
                if let p4 = filter.p4, d.p4 != p4.rawValue { return nil }
                if let role = filter.role, d.role != role.rawValue { return nil }
            }
            if let area = filter.area.map(AreaCode.bare), !d.areas.contains(where: { $0.hasPrefix(area) }) { return nil }
            return d
        }
    }

    /// The documents of `buffer` holding `needle`, in order. `memchr` finds
    /// the needle's last byte (the first byte of Thai text is nearly always
    /// 0xE0; the last varies), `memcmp` checks the rest; after a hit the
    /// search goes on from the end of its document.
    private static func containing(_ needle: [UInt8], in buffer: [UInt8], starts: [Int]) -> [Int] {
        guard !needle.isEmpty else { return Array(0..<(starts.count - 1)) }
        var out: [Int] = []
        let n = needle.count
        buffer.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let pattern = pin.baseAddress, hay.count >= n else { return }
                let last = Int32(needle[n - 1])
                var from = n - 1
                while from < hay.count, let hit = memchr(base + from, last, hay.count - from) {
                    let end = base.distance(to: UnsafeRawPointer(hit)) + 1
                    let start = end - n
                    guard memcmp(base + start, pattern, n) == 0 else { from = end; continue }
                    // The document holding the hit: the last start at or before it.
                    var lo = 0, hi = starts.count - 1
                    while lo + 1 < hi {
                        let mid = (lo + hi) / 2
                        if starts[mid] <= start { lo = mid } else { hi = mid }
                    }
                    out.append(lo)
                    from = starts[lo + 1] + n - 1
                }
            }
        }
        return out
    }
}
