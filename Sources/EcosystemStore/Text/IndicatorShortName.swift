extension IndicatorDefinition {
    /// A name short enough for a column header (the tree's value column):
    /// "S90/S10", "พาลมา" / "Palma", "จีนี" / "Gini", "คนจน" / "Poor",
    /// "รายได้" / "Income" (docs/glossary.md, Indicators). An indicator tisep
    /// does not know is headed by its unit word, else by the start of its name.
    ///
    /// ```swift
    /// definition.shortName(thai: true)   // "S90/S10" for s90s10
    /// ```
    public func shortName(thai: Bool) -> String {
        switch id {
        case "s90s10": return "S90/S10"
        case "palma": return thai ? "พาลมา" : "Palma"
        case "gini": return thai ? "จีนี" : "Gini"
        case "poverty_headcount": return thai ? "คนจน" : "Poor"
        case "mean_income": return thai ? "รายได้" : "Income"
        default:
            let unit = unit(thai: thai)
            if !unit.isEmpty { return unit }
            return String(name(thai: thai).split(separator: " ").first ?? "")
        }
    }
}
