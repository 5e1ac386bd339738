import EcosystemStore

/// Which records an export of one area takes (`--area CODE`, or the area
/// selected in the interface); all of them without an area.
struct AreaChoice: Equatable {
    /// The bare geocode, nil for everything.
    var code: String?

    init(_ code: String?) { self.code = code.map(AreaCode.bare) }

    /// In the area or below it: the rule for values of places (indicator
    /// values, vulnerable counts) and for the rows of a 3W.
    func inside(_ codes: [String]) -> Bool {
        guard let code else { return true }
        return codes.contains { $0.hasPrefix(code) }
    }

    /// In the area, below it, or serving it from above (a provincial office
    /// serves each of its tambons): the rule of the list on screen and of a
    /// bundle of the area, for elements, their resources and projects.
    func concerns(_ codes: [String]) -> Bool {
        guard let code else { return true }
        return codes.contains { $0.hasPrefix(code) || code.hasPrefix($0) }
    }
}
