import Foundation

/// Keeps `search_docs` (and through its triggers the FTS5 trigram index) in
/// step with areas, elements, resources and projects.
extension Store.Search {
    static let keySeparator = "\u{1F}"

    /// `isNew`: the caller knows `ref` has no document yet (a bulk load of
    /// new areas), so there are no old keys to look up and delete.
    func putDoc(kind: SearchResultKind, ref: String, name: String, keys: [String?], body: [String?], isNew: Bool = false) throws {
        // Plain loops rather than chains of closures: every document of a
        // bulk write comes here (43,000 at `init --demo`), and in a debug
        // build each closure call costs.
        var folded: [String] = []
        folded.reserveCapacity(keys.count)
        for case let key? in keys {
            let key = key.searchFolded
            guard !key.isEmpty else { continue }
            // A key never holds the separator, so that the joined text splits
            // back into exactly these keys (`removeKeys`).
            folded.append(Self.holdsSeparator(key) ? key.replacingOccurrences(of: Self.keySeparator, with: " ") : key)
        }
        let keyText = folded.joined(separator: Self.keySeparator)
        var bodyText = ""
        for case let part? in body {
            let part = part.searchFolded
            guard !part.isEmpty else { continue }
            if !bodyText.isEmpty { bodyText += " \u{1F} " }
            bodyText += part
        }
        if !isNew { try removeKeys(ref: ref) }
        try db.run("""
            INSERT INTO search_docs(kind, ref, name, keys, body) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(ref) DO UPDATE SET kind = excluded.kind, name = excluded.name, keys = excluded.keys, body = excluded.body
            """, [kind.rawValue, ref, name, keyText, bodyText])
        for key in Self.indexedKeys(folded) { try db.run("INSERT INTO search_keys(key, ref) VALUES (?, ?)", [key, ref]) }
    }

    /// The keys of the B-tree for a document's keys: each key, and each
    /// start of a Latin word inside one ("volunteers" of "wiang village
    /// health volunteers"), so that one or two letters typed in English
    /// find a name by any of its words, as a reader of English expects
    /// ("vo" finds the volunteers). Thai has no spaces between words, so a
    /// Thai name is found by its start only. The word starts are not kept
    /// in `keys`: they are made again from it, to delete them.
    static func indexedKeys<S: Sequence>(_ keys: S) -> Set<String> where S.Element: StringProtocol {
        var out = Set<String>()
        for key in keys where !key.isEmpty {
            out.insert(String(key))
            for start in wordStarts(of: key) { out.insert(start) }
        }
        return out
    }

    /// The suffixes of a folded key that start a Latin word after a space.
    static func wordStarts<S: StringProtocol>(of key: S) -> [String] {
        var out: [String] = []
        let scalars = Array(key.unicodeScalars)
        guard scalars.count > 2 else { return out }
        for i in 1..<(scalars.count - 1) where scalars[i - 1] == " " && ("a"..."z").contains(scalars[i]) {
            var suffix = String.UnicodeScalarView()
            suffix.append(contentsOf: scalars[i...])
            out.append(String(suffix))
        }
        return out
    }

    /// Whether `text` holds the key separator, found with `memchr`:
    /// `contains(String)` is Foundation's and took 0.8 G instructions of a
    /// release `init --demo`, and a generic scan of `utf8` is slow in a debug build.
    static func holdsSeparator(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x1F, bytes.count) != nil
        } ?? text.utf8.contains(0x1F)
    }

    func removeDoc(ref: String) throws {
        try removeKeys(ref: ref)
        try db.run("DELETE FROM search_docs WHERE ref = ?", [ref])
    }

    /// Deletes a document's exact keys, found from its own `keys` text (the
    /// same keys, joined): no index of `search_keys` by ref is needed, which
    /// saved a tenth of a national database's writes (schema 3 drops it).
    private func removeKeys(ref: String) throws {
        guard let old = try db.queryOne("SELECT keys FROM search_docs WHERE ref = ?", [ref], { $0.text(0) }), !old.isEmpty else { return }
        for key in Self.indexedKeys(old.split(separator: Character(Self.keySeparator))) {
            try db.run("DELETE FROM search_keys WHERE key = ? AND ref = ?", [key, ref])
        }
    }

    /// An area is found by its names, its code, its postal code and the names
    /// of the areas above it, so "เวียง พะเยา" picks the right Wiang.
    func reindex(area a: Area) throws {
        var ancestors: [Area] = []
        var parent = a.parent
        while let p = parent, let pa = try areas.area(p) {
            ancestors.append(pa)
            parent = pa.parent
        }
        try putAreaDoc(a, ancestors: ancestors)
    }

    /// The area's document from the area and its ancestors in hand (parent
    /// first), so that a bulk load need not read them back.
    func putAreaDoc(_ a: Area, ancestors: [Area], isNew: Bool = false) throws {
        let body: [String?] = [a.nameTH, a.nameEN, a.code, a.postalCode] + ancestors.flatMap { [$0.nameTH, $0.nameEN] }
        try putDoc(kind: .area, ref: a.code, name: a.nameTH, keys: [a.nameTH, a.nameEN, a.code, a.postalCode], body: body, isNew: isNew)
    }

    /// An element is found by its own text and by its contacts' names,
    /// phones, e-mails and LINE IDs (private ones too: this index never
    /// leaves the laptop).
    func reindex(element id: String) throws {
        guard let e = try records.record(id, type: .entity), !e.deleted else { return try removeDoc(ref: id) }
        try putElementDoc(id: id, e.values)
    }

    /// The element's document from its values in hand (as stored), so that
    /// a bulk insert need not read back the row it has just written.
    /// The element fields its document is made of (`putElementDoc`), for
    /// callers that read them in bulk.
    static let elementDocFields = ["name_th", "name_en", "description", "phone", "email", "line_id"]

    /// `contacts`: its live contacts' name, phone, e-mail and LINE ID when
    /// the caller has read them already; otherwise they are read here.
    func putElementDoc(id: String, _ e: [String: String], contacts known: [[String?]]? = nil) throws {
        var keys: [String?] = [e["name_th"], e["name_en"], e["phone"], e["email"], e["line_id"]]
        var body: [String?] = [e["name_th"], e["name_en"], e["description"], e["phone"], e["email"], e["line_id"]]
        let contacts = try known ?? db.query("SELECT name, phone, email, line_id FROM contacts WHERE entity = ? AND deleted = 0", [id]) {
            [$0.string(0), $0.string(1), $0.string(2), $0.string(3)]
        }
        for c in contacts {
            keys += [c[1], c[2], c[3]]
            body += c
        }
        try putDoc(kind: .element, ref: id, name: e["name_th"] ?? "", keys: keys, body: body)
    }

    func reindex(resource id: String) throws {
        guard let r = try records.record(id, type: .resource), !r.deleted else { return try removeDoc(ref: id) }
        try putResourceDoc(id: id, r.values)
    }

    func putResourceDoc(id: String, _ r: [String: String]) throws {
        let category = r["category"].flatMap(ResourceCategory.init(rawValue:))
        let kind = r["kind"].flatMap(ResourceKind.init(rawValue:))
        let name = r["description"] ?? category?.thai ?? ""
        try putDoc(kind: .resource, ref: id, name: name, keys: [r["description"]],
                         body: [r["description"], category?.thai, category?.english, kind?.thai, kind?.english, r["quantity"]])
    }

    func reindex(project id: String) throws {
        guard let p = try records.record(id, type: .project), !p.deleted else { return try removeDoc(ref: id) }
        try putProjectDoc(id: id, p.values)
    }

    func putProjectDoc(id: String, _ p: [String: String]) throws {
        try putDoc(kind: .project, ref: id, name: p["name_th"] ?? "", keys: [p["name_th"], p["name_en"]],
                         body: [p["name_th"], p["name_en"], p["description"]])
    }
}
