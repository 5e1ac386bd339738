/// `tisep check --digest`: a SHA-256 over exactly the content a default full
/// export carries, values and not stamps, in a fixed order — so it is equal
/// for equal data on any laptop, whatever order the edits arrived in.
///
/// Carried: every record of every synced type (tombstones too, as a deleted
/// flag), except private contacts; and the areas those records reference,
/// with their ancestors (code and names). Not carried: households,
/// boundaries, stamps, history, this laptop's identity.
extension Store.Sync {
    public func contentDigest() throws -> String {
        var hash = SHA256()
        var referencedAreas = Set<String>()
        func feed(_ parts: [String]) {
            hash.update(parts.joined(separator: "\u{1F}"))
            hash.update("\u{1E}")
        }
        for type in RecordType.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            let specs = type.storedFields
            var sql = "SELECT id, \(specs.map(\.quotedColumn).joined(separator: ", ")) FROM \(type.table)"
            if type == .contact { sql += " WHERE private = 0" }
            sql += " ORDER BY id"
            feed(["type", type.rawValue])
            try db.prepare(sql).forEachRow { st in
                var parts = [st.text(0)]
                for (i, spec) in specs.enumerated() {
                    let value = spec.canonical(from: st, column: Int32(i + 1))
                    parts.append(spec.name + "=" + (value ?? "\u{0}"))
                    if let value, spec.kind == .areaCode || spec.kind == .areaCodes {
                        for code in value.split(separator: ",") { referencedAreas.insert(String(code)) }
                    }
                }
                feed(parts)
            }
        }
        var withAncestors = Set<String>()
        for code in referencedAreas {
            var c: String? = code
            while let current = c { withAncestors.insert(current); c = AreaCode.parent(of: current) }
        }
        feed(["areas"])
        for code in withAncestors.sorted() {
            if let a = try areas.area(code) { feed([a.code, a.nameTH, a.nameEN]) }
        }
        return hash.finalizeHex()
    }
}
