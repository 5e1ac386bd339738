extension Store.Areas {
    /// Provinces that hold tambons (the tree shows only these: a province
    /// with no tambon in this database has nothing to open).
    /// The provinces from the parent index (they have none), each checked by
    /// one short range of the primary key (its first tambon follows its
    /// first amphoe): 0.1 ms, where a pass over the country's 7,436 tambons
    /// took 0.7.
    public func provincesWithTambons() throws -> [Area] {
        try db.query("""
            SELECT \(Self.columns) FROM areas p WHERE p.parent IS NULL AND p.level = 1
              AND EXISTS (SELECT 1 FROM areas t WHERE t.code > p.code AND t.code < p.code || ':' AND t.level = 3)
            ORDER BY p.code
            """, [], Self.read)
    }

    /// For every province, amphoe and tambon: how many distinct players
    /// serve it or anything below it — the players *here* of
    /// docs/glossary.md (the tree's ผู้เล่น column; `ServingCounts.players.here`),
    /// not those serving it only from above. Read from the partial index of live
    /// players' areas (schema 3) without touching the table, grouped there
    /// by the served-areas text: players with the same text serve the same
    /// areas, so each group adds its count once to every area it reaches.
    /// A player serving two tambons of one amphoe counts once there because
    /// the group's prefixes are deduplicated.
    public func playerCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        var prefixes: Set<Substring> = []
        try db.prepare("SELECT area, count(*) FROM entities WHERE p4 = 'player' AND deleted = 0 GROUP BY area").forEachRow { st in
            let served = st.text(0), players = st.int(1)
            prefixes.removeAll(keepingCapacity: true)
            for code in served.split(separator: ",") {
                for length in [2, 4, 6] where code.utf8.count >= length { prefixes.insert(code.prefix(length)) }
            }
            for prefix in prefixes { counts[String(prefix), default: 0] += players }
        }
        return counts
    }
}
