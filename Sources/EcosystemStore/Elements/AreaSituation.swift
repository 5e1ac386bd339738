/// "The situation of work in each area" (seed 000): what the detail pane
/// shows for an area with no element chosen, and what a brief summarises.
public struct AreaSituation: Sendable, Equatable {
    public struct RankedValue: Sendable, Equatable {
        public var value: IndicatorValue
        public var definition: IndicatorDefinition
        /// Rank among the siblings in the amphoe and in the province ("3 of 12").
        public var rankInAmphoe: (rank: Int, of: Int)? { amphoeRank.map { ($0.rank, $0.of) } }
        public var rankInProvince: (rank: Int, of: Int)? { provinceRank.map { ($0.rank, $0.of) } }
        /// The same ranks with the ranks the area could hold given the
        /// intervals: "3rd of 10, not distinguishable from 2nd–5th".
        public var amphoeRank: RankStatement?
        public var provinceRank: RankStatement?
        /// The indicator's values over the years (the sparkline).
        public var trend: Trend

        public init(value: IndicatorValue, definition: IndicatorDefinition, amphoeRank: RankStatement? = nil,
                    provinceRank: RankStatement? = nil, trend: Trend? = nil) {
            self.value = value
            self.definition = definition
            self.amphoeRank = amphoeRank
            self.provinceRank = provinceRank
            self.trend = trend ?? Trend([(year: value.year, value: value.value)])
        }
    }

    public struct VulnerableGap: Sendable, Equatable {
        public var group: TargetGroup
        public var registered: Int
        public var reached: Int
        /// The newest year among the counts summed (Christian era; nil when none has a year).
        public var year: Int? = nil
        /// The count's record id when one count makes the figure (a tambon's), for editing it.
        public var recordID: String? = nil
        /// (Stored counts from an older version may be anything: no overflow trap.)
        public var notReached: Int { max(0, registered.subtractingReportingOverflow(reached).overflow ? 0 : registered - reached) }
        /// Share not reached, 0…1; nil when nobody is registered.
        public var shareNotReached: Double? { registered > 0 ? Double(notReached) / Double(registered) : nil }
    }

    public var area: Area
    public var path: [Area]
    public var indicators: [RankedValue]
    /// Players serving the area (from any level), per role.
    public var playersByRole: [PlayerRole: Int]
    /// Elements per 4P kind, local and from above.
    public var elementsByKind: [P4Kind: Int]
    /// How many serve the area, here and from above (the words of
    /// docs/glossary.md: the tree's count is `players.here`).
    public var counts: ServingCounts
    /// Roles nobody fills for this area at any level.
    public var missingRoles: [PlayerRole]
    public var vulnerable: [VulnerableGap]
    public var openNeeds: [ResourceSummary]
    public var activeProjects: [ProjectSummary]
}

extension Store.Elements {
    /// The situation of `code`. Pass the elements serving it and the
    /// resources in it when already loaded (the interface lists them anyway)
    /// so they are not queried twice.
    public func situation(of code: String, elements known: [ElementSummary]? = nil,
                          resources knownResources: [ResourceSummary]? = nil) throws -> AreaSituation? {
        guard let area = try areas.area(code) else { return nil }
        let path = try areas.path(of: code)
        let definitions = try indicators.definitions()
        var ranked: [AreaSituation.RankedValue] = []
        for value in try indicators.values(of: code) {
            guard let def = definitions.first(where: { $0.id == value.indicator }) else { continue }
            let amphoe = area.level == .tambon ? AreaCode.parent(of: code) : nil
            let province = area.level == .province ? nil : String(code.prefix(2))
            ranked.append(.init(value: value, definition: def,
                                amphoeRank: try amphoe.flatMap { try indicators.rankStatement(of: code, indicator: def, within: $0) },
                                provinceRank: try province.flatMap { try indicators.rankStatement(of: code, indicator: def, within: $0) },
                                trend: try indicators.trend(of: def.id, area: code)))
        }
        let elements = try known ?? list(servingAreaOrBelow: code)
        var byRole: [PlayerRole: Int] = [:]
        var byKind: [P4Kind: Int] = [:]
        var counts = ServingCounts()
        for e in elements {
            byKind[e.p4, default: 0] += 1
            counts.elements.add(fromAbove: e.fromAbove)
            guard e.p4 == .player else { continue }
            counts.players.add(fromAbove: e.fromAbove)
            if let role = e.role { byRole[role, default: 0] += 1 } else { counts.playersWithoutRole += 1 }
        }
        // One count per area, group and year: each area's newest year counts
        // (summing the years would count the same people twice).
        let christianYear = "CASE WHEN year BETWEEN \(CalendarDate.buddhistYears.lowerBound) AND \(CalendarDate.buddhistYears.upperBound) THEN year - \(CalendarDate.buddhistEraOffset) ELSE year END"
        let vulnerable = try db.query("""
            SELECT target_group, sum(coalesce(registered, 0)), sum(coalesce(reached, 0)), max(\(christianYear)), count(*), min(id)
            FROM vulnerable_groups v
            WHERE deleted = 0 AND area >= ? AND area < ? AND NOT EXISTS (
              SELECT 1 FROM vulnerable_groups w WHERE w.deleted = 0 AND w.area = v.area AND w.target_group = v.target_group
                AND coalesce(\(christianYear.replacingOccurrences(of: "year", with: "w.year")), 0) > coalesce(\(christianYear.replacingOccurrences(of: "year", with: "v.year")), 0))
            GROUP BY target_group ORDER BY target_group
            """, [code, AreaCode.upperBound(ofPrefix: code)]) { st in
            AreaSituation.VulnerableGap(group: TargetGroup(rawValue: st.text(0)) ?? .other, registered: st.int(1), reached: st.int(2),
                                        year: st.optionalInt(3), recordID: st.int(4) == 1 ? st.text(5) : nil)
        }
        return AreaSituation(area: area, path: path, indicators: ranked, playersByRole: byRole, elementsByKind: byKind,
                             counts: counts, missingRoles: PlayerRole.allCases.filter { (byRole[$0] ?? 0) == 0 }, vulnerable: vulnerable,
                             openNeeds: try (knownResources?.filter { $0.kind == .need } ?? resources(inAreaOrBelow: code, kind: .need))
                                .filter { $0.status == .open },
                             activeProjects: try projects(inArea: code, activeOnly: true))
    }
}

/// What serves an area, counted one way for the tree, the detail pane, the
/// list and the brief (docs/glossary.md, "Counts"):
/// - *here* (ในพื้นที่): serving the area itself or a place inside it;
/// - *from above* (จากระดับบน, ↑): serving it from its amphoe or province,
///   and so serving every place of that amphoe or province alike.
/// Each element counts once, where it serves most locally.
public struct ServingCounts: Sendable, Equatable {
    public struct Split: Sendable, Equatable {
        public var here = 0
        public var fromAbove = 0
        public var total: Int { here + fromAbove }

        public init(here: Int = 0, fromAbove: Int = 0) {
            self.here = here
            self.fromAbove = fromAbove
        }

        mutating func add(fromAbove above: Bool) {
            if above { fromAbove += 1 } else { here += 1 }
        }
    }

    /// Elements of every 4P kind (the list's count without filters).
    public var elements = Split()
    /// Players (the tree's count is `players.here`).
    public var players = Split()
    /// Players with no role recorded: with the per-role counts they add up to `players.total`.
    public var playersWithoutRole = 0

    public init() {}
}
