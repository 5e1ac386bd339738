/// A province, amphoe or tambon, keyed by its Thai geocode.
public struct Area: Sendable, Equatable, Hashable {
    public var code: String
    public var level: AreaLevel
    public var parent: String?
    public var nameTH: String
    public var nameEN: String
    public var lat: Double?
    public var lon: Double?
    public var postalCode: String?

    public init(code: String, level: AreaLevel, parent: String?, nameTH: String, nameEN: String,
                lat: Double? = nil, lon: Double? = nil, postalCode: String? = nil) {
        self.code = code
        self.level = level
        self.parent = parent
        self.nameTH = nameTH
        self.nameEN = nameEN
        self.lat = lat
        self.lon = lon
        self.postalCode = postalCode
    }

    public func name(thai: Bool) -> String { thai || nameEN.isEmpty ? nameTH : nameEN }
}

extension Store {
    static let areaColumns = "code, level, parent, name_th, name_en, lat, lon, postal_code"

    static func readArea(_ st: Statement) -> Area {
        Area(code: st.text(0), level: AreaLevel(rawValue: st.int(1)) ?? .tambon, parent: st.string(2),
             nameTH: st.text(3), nameEN: st.text(4), lat: st.optionalDouble(5), lon: st.optionalDouble(6),
             postalCode: st.string(7))
    }

    static let insertAreaSQL =
        "INSERT INTO areas(code, level, parent, name_th, name_en, lat, lon, postal_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    /// Names follow the newer source; a centroid or postal code it lacks is kept.
    static let upsertAreaSQL = insertAreaSQL + """

        ON CONFLICT(code) DO UPDATE SET level = excluded.level, parent = excluded.parent,
          name_th = excluded.name_th, name_en = excluded.name_en,
          lat = coalesce(excluded.lat, lat), lon = coalesce(excluded.lon, lon),
          postal_code = coalesce(excluded.postal_code, postal_code)
        """

    /// Inserts or updates an area by code (names, centroid, postal code).
    public func upsertArea(_ a: Area) throws {
        try db.run(Store.upsertAreaSQL, [a.code, a.level.rawValue, a.parent, a.nameTH, a.nameEN, a.lat, a.lon, a.postalCode])
        try reindex(area: a)
    }

    public func areaExists(_ code: String) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM areas WHERE code = ?", [code]) > 0
    }

    public func area(_ code: String) throws -> Area? {
        try db.queryOne("SELECT \(Store.areaColumns) FROM areas WHERE code = ?", [AreaCode.bare(code)], Store.readArea)
    }

    /// The areas directly below `code` (provinces when nil), in geocode order.
    public func children(of code: String?) throws -> [Area] {
        if let code {
            return try db.query("SELECT \(Store.areaColumns) FROM areas WHERE parent = ? ORDER BY code", [code], Store.readArea)
        }
        return try db.query("SELECT \(Store.areaColumns) FROM areas WHERE level = 1 ORDER BY code", [], Store.readArea)
    }

    /// Every area at `level` inside `code` (all of them when nil).
    public func areas(level: AreaLevel, inside code: String?) throws -> [Area] {
        if let code {
            return try db.query("SELECT \(Store.areaColumns) FROM areas WHERE level = ? AND code >= ? AND code < ? ORDER BY code",
                                [level.rawValue, code, AreaCode.upperBound(ofPrefix: code)], Store.readArea)
        }
        return try db.query("SELECT \(Store.areaColumns) FROM areas WHERE level = ? ORDER BY code", [level.rawValue], Store.readArea)
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

    public func areaCounts() throws -> (provinces: Int, amphoes: Int, tambons: Int) {
        let rows = try db.query("SELECT level, count(*) FROM areas GROUP BY level") { ($0.int(0), $0.int(1)) }
        let d = Dictionary(uniqueKeysWithValues: rows)
        return (d[1] ?? 0, d[2] ?? 0, d[3] ?? 0)
    }
}
