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
    /// serve it or anything below it. Read from the partial index of live
    /// players' areas (schema 3) without touching the table: one row per
    /// player, so a player serving two tambons of one amphoe counts once
    /// there because its prefixes are deduplicated within its row.
    public func playerCountsByArea() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let st = try db.prepare("SELECT area FROM entities WHERE p4 = 'player' AND deleted = 0")
        try st.bind([])
        var prefixes: Set<Substring> = []
        while try st.step() {
            let served = st.text(0)
            prefixes.removeAll(keepingCapacity: true)
            for code in served.split(separator: ",") {
                for length in [2, 4, 6] where code.utf8.count >= length { prefixes.insert(code.prefix(length)) }
            }
            for prefix in prefixes { counts[String(prefix), default: 0] += 1 }
        }
        return counts
    }
}
