extension Store {
    /// Provinces, amphoes and tambons, keyed by geocode: reference data,
    /// loaded from the public geocode lists (`importGeography`) or the
    /// embedded compact form, never edited by users. Also their boundaries
    /// (`Boundaries.swift`) and the tree's counts (`TreeCounts.swift`).
    ///
    /// ```swift
    /// let wiang = try store.areas.area("560307")            // เวียง, เชียงคำ, พะเยา
    /// let path = try store.areas.path(of: "560307")         // พะเยา › เชียงคำ › เวียง
    /// let tambons = try store.areas.list(level: .tambon, inside: "5603")
    /// ```
    public struct Areas: StorePart {
        let context: StoreContext
    }
}

extension Store.Areas {
    static let columns = "code, level, parent, name_th, name_en, lat, lon, postal_code"

    static func read(_ st: Statement) -> Area {
        Area(code: st.text(0), level: AreaLevel(rawValue: st.int(1)) ?? .tambon, parent: st.string(2),
             nameTH: st.text(3), nameEN: st.text(4), lat: st.optionalDouble(5), lon: st.optionalDouble(6),
             postalCode: st.string(7))
    }

    /// Inserts or updates an area by code (names, centroid, postal code);
    /// an area that breaks the rule (`Area.problems`) is refused.
    public func upsert(_ a: Area) throws {
        if let p = a.problems().first {
            throw StoreError.invalidValue(field: p.field, value: Self.shown(a, p.field), reason: p.reason)
        }
        try db.run(Self.upsertSQL, [a.code, a.level.rawValue, a.parent, a.nameTH, a.nameEN, a.lat, a.lon, a.postalCode])
        try search.reindex(area: a)
    }

    static let insertSQL =
        "INSERT INTO areas(code, level, parent, name_th, name_en, lat, lon, postal_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    /// Names follow the newer source; a centroid or postal code it lacks is kept.
    static let upsertSQL = insertSQL + """

        ON CONFLICT(code) DO UPDATE SET level = excluded.level, parent = excluded.parent,
          name_th = excluded.name_th, name_en = excluded.name_en,
          lat = coalesce(excluded.lat, lat), lon = coalesce(excluded.lon, lon),
          postal_code = coalesce(excluded.postal_code, postal_code)
        """

    /// The text of one field of an area, for messages.
    static func shown(_ a: Area, _ field: String) -> String {
        switch field {
        case "area": return a.code
        case "name_th": return a.nameTH
        case "name_en": return a.nameEN
        case "lat": return a.lat.map { "\($0)" } ?? ""
        case "lon": return a.lon.map { "\($0)" } ?? ""
        case "postal_code": return a.postalCode ?? ""
        default: return ""
        }
    }

    public func exists(_ code: String) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM areas WHERE code = ?", [code]) > 0
    }

    public func area(_ code: String) throws -> Area? {
        try db.queryOne("SELECT \(Self.columns) FROM areas WHERE code = ?", [AreaCode.bare(code)], Self.read)
    }

    /// The areas directly below `code` (provinces when nil), in geocode order.
    public func children(of code: String?) throws -> [Area] {
        if let code {
            return try db.query("SELECT \(Self.columns) FROM areas WHERE parent = ? ORDER BY code", [code], Self.read)
        }
        return try db.query("SELECT \(Self.columns) FROM areas WHERE level = 1 ORDER BY code", [], Self.read)
    }

    /// Every area at `level` inside `code` (all of them when nil).
    public func list(level: AreaLevel, inside code: String?) throws -> [Area] {
        if let code {
            return try db.query("SELECT \(Self.columns) FROM areas WHERE level = ? AND code >= ? AND code < ? ORDER BY code",
                                [level.rawValue, code, AreaCode.upperBound(ofPrefix: code)], Self.read)
        }
        return try db.query("SELECT \(Self.columns) FROM areas WHERE level = ? ORDER BY code", [level.rawValue], Self.read)
    }

    /// The area and its ancestors, from the province down.
    public func path(of code: String) throws -> [Area] {
        var out: [Area] = []
        var next: String? = AreaCode.bare(code)
        while let c = next, let a = try area(c) {
            out.insert(a, at: 0)
            next = a.parent
        }
        return out
    }

    public func counts() throws -> (provinces: Int, amphoes: Int, tambons: Int) {
        let rows = try db.query("SELECT level, count(*) FROM areas GROUP BY level") { ($0.int(0), $0.int(1)) }
        let d = Dictionary(uniqueKeysWithValues: rows)
        return (d[1] ?? 0, d[2] ?? 0, d[3] ?? 0)
    }
}
