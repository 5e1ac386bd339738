/// Area boundaries, kept as the compact binary geometry AsciiMap encodes
/// (this module stores bytes and knows nothing of polygons).
extension Store.Areas {
    static let upsertBoundarySQL = """
        INSERT INTO area_boundaries(code, geometry, source) VALUES (?, ?, ?)
        ON CONFLICT(code) DO UPDATE SET geometry = excluded.geometry, source = excluded.source
        """

    public func setBoundary(_ code: String, geometry: [UInt8], source: String) throws {
        try db.run(Self.upsertBoundarySQL, [code, SQLValue.blob(geometry), source])
    }

    /// Boundaries of the areas at `level` inside `code` (all when nil), by code.
    public func boundaries(level: AreaLevel, inside code: String?) throws -> [String: [UInt8]] {
        let length = level == .province ? 2 : level == .amphoe ? 4 : 6
        var sql = "SELECT code, geometry FROM area_boundaries WHERE length(code) = ?"
        var binds: [SQLBindable] = [length]
        if let code {
            sql += " AND code >= ? AND code < ?"
            binds += [code, AreaCode.upperBound(ofPrefix: code)]
        }
        var out: [String: [UInt8]] = [:]
        for (c, g) in try db.query(sql, binds, { ($0.text(0), $0.blob(1) ?? []) }) { out[c] = g }
        return out
    }

    /// Stores the boundaries of many areas (code → geometry) from one
    /// source in one transaction: all of them, or none when one fails.
    public func setBoundaries(_ geometries: [(code: String, geometry: [UInt8])], source: String) throws {
        try db.transaction {
            for (code, geometry) in geometries { try setBoundary(code, geometry: geometry, source: source) }
        }
    }

    /// How many areas have a boundary.
    public func boundaryCount() throws -> Int {
        try db.scalarInt("SELECT count(*) FROM area_boundaries")
    }

    /// The sources the stored boundaries came from, for the brief's credits.
    public func boundarySources() throws -> [String] {
        try db.query("SELECT DISTINCT source FROM area_boundaries ORDER BY source") { $0.text(0) }
    }
}
