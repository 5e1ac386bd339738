extension Store {
    /// Provinces that hold tambons (the tree shows only these: a province
    /// with no tambon in this database has nothing to open).
    public func provincesWithTambons() throws -> [Area] {
        try db.query("""
            SELECT \(Store.areaColumns) FROM areas WHERE level = 1
              AND code IN (SELECT DISTINCT substr(code, 1, 2) FROM areas WHERE level = 3) ORDER BY code
            """, [], Store.readArea)
    }

    /// For every province, amphoe and tambon: how many distinct players
    /// serve it or anything below it.
    public func playerCountsByArea() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for length in [2, 4, 6] {
            for (code, n) in try db.query("""
                SELECT substr(ra.area_code, 1, ?1), count(DISTINCT ra.record_id)
                FROM record_areas ra JOIN entities e ON e.id = ra.record_id
                WHERE ra.kind = 'entity' AND e.deleted = 0 AND e.p4 = 'player' AND length(ra.area_code) >= ?1
                GROUP BY 1
                """, [length], { ($0.text(0), $0.int(1)) }) {
                counts[code] = n
            }
        }
        return counts
    }
}
