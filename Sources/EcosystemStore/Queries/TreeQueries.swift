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
    /// serve it or anything below it. One pass over the served areas,
    /// counted here: three GROUP BY queries with DISTINCT cost 40% of the
    /// interface's cold start at 100,000 elements.
    public func playerCountsByArea() throws -> [String: Int] {
        var players: [String: Set<String>] = [:]
        let st = try db.prepare("""
            SELECT ra.area_code, ra.record_id FROM record_areas ra JOIN entities e ON e.id = ra.record_id
            WHERE ra.kind = 'entity' AND e.deleted = 0 AND e.p4 = 'player'
            """)
        try st.bind([])
        while try st.step() {
            let code = st.text(0), id = st.text(1)
            for length in [2, 4, 6] where code.utf8.count >= length {
                players[String(code.prefix(length)), default: []].insert(id)
            }
        }
        return players.mapValues(\.count)
    }
}
