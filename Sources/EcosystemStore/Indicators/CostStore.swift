/// Unit cost and SROI read from the stored projects (`tisep costs`, the
/// brief). The arithmetic and its rules are `DeliveryCosts`'s; this file
/// only chooses the projects and the areas.
///
/// ```swift
/// let rows = try store.indicators.deliveryCosts(area: "5601")          // the amphoe and its tambons
/// let own = try store.indicators.deliveryCosts(area: "5601", below: false) // the amphoe only
/// ```
extension Store.Indicators {
    /// Every live project that serves `code`, an area inside it, or an area
    /// above it (all projects when nil), with the figures unit cost needs.
    public func projectCosts(touching code: String?) throws -> [ProjectCost] {
        let rows = try db.query("""
            SELECT id, area, delivery, budget, targeted, reached, outcome_value FROM projects
            WHERE deleted = 0 ORDER BY id
            """, []) { st in
            ProjectCost(id: st.text(0), areas: st.text(1).split(separator: ",").map(String.init),
                        delivery: st.string(2).flatMap(DeliveryType.init(rawValue:)), budget: st.optionalDouble(3),
                        targeted: st.optionalInt(4), reached: st.optionalInt(5), outcomeValue: st.optionalDouble(6))
        }
        guard let code, !code.isEmpty else { return rows }
        return rows.filter { p in p.areas.contains { $0.hasPrefix(code) || code.hasPrefix($0) } }
    }

    /// Unit cost and SROI by delivery type for `code` (the whole country
    /// when nil), then, when `below`, for each area directly under it that
    /// has a project counted in it or serving it from above (provinces under
    /// the country, amphoes under a province, tambons under an amphoe).
    /// Rows in that order of areas; within an area state, civil society,
    /// mixed, not recorded. The country's rows have area "".
    public func deliveryCosts(area code: String?, below: Bool = true) throws -> [DeliveryCostRow] {
        let top = code.map(AreaCode.bare) ?? ""
        let projects = try projectCosts(touching: top)
        var areas = [top]
        if below { areas += try context.areas.children(of: top.isEmpty ? nil : top).map(\.code) }
        return DeliveryCosts.rows(projects, areas: areas)
    }

    /// Whether any live project is demo data (the outputs then say so).
    public func hasDemoProjects() throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM projects WHERE deleted = 0 AND demo = 1") > 0
    }
}
