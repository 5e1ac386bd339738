/// Who delivered a project (seed 002 compares the cost of state and
/// civil-society delivery).
public enum DeliveryType: String, Vocabulary {
    case state
    case civilSociety = "civil-society"
    case mixed
    public static let fieldName = "delivery"
    public var thai: String {
        switch self {
        case .state: return "ภาครัฐ"
        case .civilSociety: return "ภาคประชาสังคม"
        case .mixed: return "รัฐร่วมประชาสังคม"
        }
    }
    public var english: String {
        switch self {
        case .state: return "state"
        case .civilSociety: return "civil society"
        case .mixed: return "mixed"
        }
    }
}

/// The figures of one project that unit cost and SROI need.
public struct ProjectCost: Sendable, Equatable {
    public var id: String
    /// Geocodes of the areas the project serves (province, amphoe or tambon).
    public var areas: [String]
    /// nil: not recorded (the project gets a row of its own kind, `delivery` nil).
    public var delivery: DeliveryType?
    /// Baht; nil when not given.
    public var budget: Double?
    /// Persons the project meant to reach; not used in the figures, carried for the caller.
    public var targeted: Int?
    /// Persons reached; nil when not given (which is not the same as 0).
    public var reached: Int?
    /// Monetised outcomes in baht, for SROI; nil when not valued.
    public var outcomeValue: Double?

    public init(id: String, areas: [String], delivery: DeliveryType?, budget: Double?,
                targeted: Int? = nil, reached: Int?, outcomeValue: Double? = nil) {
        self.id = id
        self.areas = areas
        self.delivery = delivery
        self.budget = budget
        self.targeted = targeted
        self.reached = reached
        self.outcomeValue = outcomeValue
    }

    /// A usable budget: finite and not negative (anything else counts as missing).
    var knownBudget: Double? { budget.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } }
    var knownReached: Int? { reached.flatMap { $0 >= 0 ? $0 : nil } }
    var knownOutcome: Double? { outcomeValue.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } }
}

/// Unit cost and SROI of the projects of one area and delivery type: a row
/// of `tisep costs`. JSON (CLI.md): `area`, `delivery` (the raw value, or
/// null when not recorded), `projects`, `budget`, `reached`, `unit_cost`,
/// `outcome_value`, `sroi`.
public struct DeliveryCostRow: Sendable, Equatable {
    /// Geocode; "" for the whole country.
    public let area: String
    /// nil: projects whose delivery is not recorded.
    public let delivery: DeliveryType?
    /// Projects counted in this area (see `DeliveryCosts` for how a project
    /// of several areas counts), whether or not they have the figures.
    public let projects: Int
    /// Total budget (baht) and persons reached of the projects that give both:
    /// the two figures behind `unitCost`, so that budget ÷ reached = unit cost.
    public let budget: Double
    public let reached: Int
    /// Projects that give both a budget and persons reached.
    public let costedProjects: Int
    /// Projects left out of the unit cost for want of a budget, or (with a
    /// budget) for want of a count of persons reached.
    public let withoutBudget: Int
    public let withoutReached: Int
    /// `budget ÷ reached`; nil when nobody was reached (see `unitCostGap`).
    public let unitCost: Double?
    /// Total monetised outcome of the projects that give both an outcome
    /// value and a budget; nil when none does.
    public let outcomeValue: Double?
    /// The budget of those same projects.
    public let outcomeBudget: Double
    /// Projects behind the SROI.
    public let valuedProjects: Int
    /// `outcomeValue ÷ outcomeBudget`; nil when no project gives both, or their budget is 0.
    public let sroi: Double?
    /// Projects that serve part of this area but are counted in an area
    /// above it, because they also serve other areas.
    public let servedFromAbove: Int

    /// Why `unitCost` is nil, when it is.
    public var unitCostGap: UnitCostGap? {
        if unitCost != nil { return nil }
        return costedProjects == 0 ? .noProjectWithBudgetAndReach : .nobodyReached
    }

    public enum UnitCostGap: Sendable, Equatable {
        /// No project gives both a budget and a count of persons reached.
        case noProjectWithBudgetAndReach
        /// The projects that give both reached nobody (spending with nobody reached has no cost per person).
        case nobodyReached
    }
}

/// Unit cost per person reached and SROI by delivery type
/// (`docs/indicators.md`, "Unit cost and SROI").
///
/// Rules:
/// - A project counts whole, once, in its home area: the smallest area
///   that holds every area it serves (its tambon; the amphoe for a project
///   in two tambons of one amphoe; the province; the country). A row for
///   area A counts the projects whose home is A or inside A. Its budget is
///   not split among its areas, because persons reached are recorded for
///   the project, not per area: a split would invent figures. So the rows
///   of an amphoe's tambons plus the amphoe's own projects make the
///   amphoe's row, and nothing is counted twice. A tambon row says how many
///   projects serve it from above (`servedFromAbove`).
/// - Unit cost = Σ budget ÷ Σ reached over the projects that give both
///   (a budget of 0 counts, a missing one does not; reached 0 counts:
///   money spent with nobody reached raises the cost). Nobody reached →
///   undefined.
/// - SROI = Σ outcome value ÷ Σ budget over the projects that give both
///   (Social Value UK's ratio of value to investment); none → undefined.
/// - Missing, negative or non-finite figures count as not given.
public enum DeliveryCosts {
    /// The home area of a project: the longest common prefix of its area
    /// codes, cut back to a level (6, 4, 2 or 0 digits, "" = the country).
    public static func home(of areas: [String]) -> String {
        guard var prefix = areas.first else { return "" }
        for code in areas.dropFirst() {
            prefix = String(zip(prefix, code).prefix { $0 == $1 }.map(\.0))
        }
        let level = [6, 4, 2].first { $0 <= prefix.count } ?? 0
        return String(prefix.prefix(level))
    }

    /// One row per area of `areas` (in that order) and delivery type (state,
    /// civil society, mixed, not recorded) that has a project counted in it
    /// or serving it from above.
    public static func rows(_ projects: [ProjectCost], areas: [String]) -> [DeliveryCostRow] {
        let homes = projects.map { home(of: $0.areas) }
        var rows: [DeliveryCostRow] = []
        for area in areas {
            for delivery in [DeliveryType.state, .civilSociety, .mixed, nil] {
                var counted: [ProjectCost] = []
                var fromAbove = 0
                for (project, home) in zip(projects, homes) where project.delivery == delivery {
                    if home.hasPrefix(area) {
                        counted.append(project)
                    } else if project.areas.contains(where: { $0.hasPrefix(area) || area.hasPrefix($0) }) {
                        fromAbove += 1
                    }
                }
                guard !counted.isEmpty || fromAbove > 0 else { continue }
                rows.append(row(area: area, delivery: delivery, counted, servedFromAbove: fromAbove))
            }
        }
        return rows
    }

    static func row(area: String, delivery: DeliveryType?, _ projects: [ProjectCost], servedFromAbove: Int) -> DeliveryCostRow {
        var budget = 0.0, reached = 0, costed = 0, withoutBudget = 0, withoutReached = 0
        var outcome = 0.0, outcomeBudget = 0.0, valued = 0
        for p in projects {
            if let b = p.knownBudget {
                if let r = p.knownReached {
                    budget += b
                    reached += r
                    costed += 1
                } else {
                    withoutReached += 1
                }
                if let o = p.knownOutcome {
                    outcome += o
                    outcomeBudget += b
                    valued += 1
                }
            } else {
                withoutBudget += 1
            }
        }
        return DeliveryCostRow(
            area: area, delivery: delivery, projects: projects.count,
            budget: budget, reached: reached, costedProjects: costed,
            withoutBudget: withoutBudget, withoutReached: withoutReached,
            unitCost: reached > 0 ? budget / Double(reached) : nil,
            outcomeValue: valued > 0 ? outcome : nil, outcomeBudget: outcomeBudget, valuedProjects: valued,
            sroi: valued > 0 && outcomeBudget > 0 ? outcome / outcomeBudget : nil,
            servedFromAbove: servedFromAbove)
    }
}
