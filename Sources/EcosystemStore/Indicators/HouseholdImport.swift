import Foundation

/// What `importHouseholds` did: the rows it took and refused, the survey
/// (tambon, year) pairs it replaced, and how the indicators moved.
public struct HouseholdImportReport: Sendable {
    /// Rows loaded and rows refused, with their line numbers.
    public var rows: ImportReport
    /// Each (tambon, year) of the file with the number of households it had before.
    public var replaced: [(tambon: String, year: Int, previous: Int)] = []
    /// Indicator values created or changed by the recompute.
    public var valuesChanged = 0
    /// The poverty line the recompute used, baht per person per year.
    public var povertyLine: Double
}

extension Store.Indicators {
    /// The `meta` key of the configured poverty line. Local to this laptop:
    /// only the values computed with it travel in bundles.
    public static let povertyLineKey = "poverty_line"

    /// The configured poverty line (baht per person per year), else the
    /// default of `InequalityMeasures`. Generated demo values always use the default.
    public func povertyLine() throws -> Double {
        try context.meta(Self.povertyLineKey).flatMap(Double.init) ?? InequalityMeasures.defaultPovertyLine
    }

    /// The line that produced `value` when it was computed here.
    public func povertyLine(for value: IndicatorValue) throws -> Double {
        value.synthetic ? InequalityMeasures.defaultPovertyLine : try povertyLine()
    }

    /// The columns `importHouseholds` requires; `weight` is optional (default 1).
    public static let householdColumns = ["tambon_code", "household_id", "year", "members", "annual_income"]

    /// Loads a household income survey and recomputes the indicators, all in
    /// one transaction. The households of every (tambon, year) the file holds
    /// are replaced by the file's; other tambons and years are untouched.
    /// Bad rows are refused with their line and reason and the rest load.
    /// A `povertyLine` given here becomes the configured one (see `povertyLineKey`).
    public func importHouseholds(csv table: CSVTable, file: String = "", povertyLine newLine: Double? = nil) throws -> HouseholdImportReport {
        let missing = Self.householdColumns.filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw StoreError.message("\(file): the header lacks \(missing.joined(separator: ", ")); it needs \(Self.householdColumns.joined(separator: ",")) and optionally weight")
        }
        if let newLine, !(newLine.isFinite && newLine > 0) {
            throw StoreError.message("the poverty line must be a positive number of baht per person per year, not \(newLine)")
        }
        let tambons = Set(try areas.list(level: .tambon, inside: nil).map(\.code))
        var parsed = HouseholdRowParser(table: table, tambons: tambons)
        var rows: [HouseholdRow] = []
        rows.reserveCapacity(table.rows.count)
        var report = ImportReport(file: file)
        for (line, fields) in table.rows {
            switch parsed.parse(line: line, fields) {
            case .success(let row): rows.append(row)
            case .failure(let problem): report.problems.append((line, problem.reason))
            }
        }
        report.loaded = rows.count

        var pairs: [(tambon: String, year: Int)] = []
        var seen = Set<String>()
        for r in rows where seen.insert("\(r.tambon)/\(r.year)").inserted { pairs.append((r.tambon, r.year)) }
        pairs.sort { ($0.tambon, $0.year) < ($1.tambon, $1.year) }

        return try db.transaction {
            let line = try newLine ?? povertyLine()
            var out = HouseholdImportReport(rows: report, povertyLine: line)
            for p in pairs {
                let previous = try db.scalarInt("SELECT count(*) FROM households WHERE tambon_code = ? AND year = ?", [p.tambon, p.year])
                try db.run("DELETE FROM households WHERE tambon_code = ? AND year = ?", [p.tambon, p.year])
                out.replaced.append((p.tambon, p.year, previous))
            }
            try insertHouseholds(rows, demo: false)
            if let newLine { try context.setMeta(Self.povertyLineKey, canonicalNumber(newLine)) }
            out.valuesChanged = try recompute(povertyLine: out.povertyLine, demo: false)
            return out
        }
    }
}

/// Reads and checks one household row at a time; remembers the ids seen so
/// that a repeated household is refused with the line of its first use.
struct HouseholdRowParser {
    struct Problem: Error { let reason: String }

    /// The bounds of a sane row (households never travel, but they feed
    /// the indicator values that do).
    static let maxMembers = 100
    static let maxIncome = 10_000_000_000.0
    static let maxWeight = 1_000_000.0

    /// What breaks the rule in a row built by a caller (the field, its value, why), or nil.
    static func problem(_ r: HouseholdRow) -> (String, String, ValidationReason)? {
        if !(Validate.isAreaCode(r.tambon) && r.tambon.utf8.count == 6) {
            return ("tambon_code", r.tambon, ValidationReason("a tambon code is 6 digits", thai: "รหัสตำบลเป็นตัวเลข 6 หลัก"))
        }
        if r.id.isEmpty { return ("household_id", r.id, .required) }
        if let reason = TextRule.householdID.problem(r.id) { return ("household_id", r.id, reason) }
        if !Year.christian.contains(r.year) { return ("year", String(r.year), Year.outOfRange(r.year)) }
        func outside(_ what: String, thai: String) -> ValidationReason { ValidationReason("\(what) is out of range", thai: "\(thai)เกินช่วงที่รับได้") }
        if !(1...maxMembers).contains(r.members) { return ("members", String(r.members), outside("members", thai: "จำนวนสมาชิก")) }
        if !(r.income.isFinite && r.income >= 0 && r.income <= maxIncome) {
            return ("annual_income", "\(r.income)", outside("annual_income", thai: "รายได้ต่อปี"))
        }
        if !(r.weight.isFinite && r.weight > 0 && r.weight <= maxWeight) { return ("weight", "\(r.weight)", outside("weight", thai: "น้ำหนัก")) }
        return nil
    }

    let tambons: Set<String>
    let columns: (tambon: Int, id: Int, year: Int, members: Int, income: Int, weight: Int?)
    private var firstLine: [String: Int] = [:]

    init(table: CSVTable, tambons: Set<String>) {
        self.tambons = tambons
        // The caller has checked that the required columns exist.
        columns = (table.column("tambon_code") ?? 0, table.column("household_id") ?? 0, table.column("year") ?? 0,
                   table.column("members") ?? 0, table.column("annual_income") ?? 0, table.column("weight"))
    }

    /// Trims white space; most cells have none, and Foundation's trimming
    /// was most of the time of a million-row import.
    static func trim(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return s }
        return s.trimmingWhitespace()
    }

    mutating func parse(line: Int, _ fields: [String]) -> Result<HouseholdRow, Problem> {
        func field(_ i: Int) -> String { i < fields.count ? HouseholdRowParser.trim(fields[i]) : "" }
        func fail(_ reason: String) -> Result<HouseholdRow, Problem> { .failure(Problem(reason: reason)) }

        var tambon = field(columns.tambon)
        if tambon.utf8.count > 2, tambon.utf8.prefix(2).elementsEqual("TH".utf8) || tambon.utf8.prefix(2).elementsEqual("th".utf8) {
            tambon = String(tambon.dropFirst(2))
        }
        guard tambons.contains(tambon) else {
            return fail(tambon.isEmpty ? "no tambon_code" : "unknown tambon \(tambon) (a 6-digit tambon geocode is needed)")
        }
        let id = TextRule.householdID.normalize(field(columns.id))
        guard !id.isEmpty else { return fail("no household_id") }
        if let reason = TextRule.householdID.problem(id) { return fail("household_id '\(id.prefix(60))': \(reason)") }
        guard let yearText = Int(field(columns.year)) else { return fail("year '\(field(columns.year))' is not a whole number") }
        let year: Int
        switch Year.canonical(yearText) {  // Buddhist era: 2568 is 2025
        case let .success(y): year = y
        case let .failure(reason): return fail(reason.english)
        }
        guard let members = Int(field(columns.members)), (1...HouseholdRowParser.maxMembers).contains(members) else {
            return fail("members '\(field(columns.members))' must be a whole number from 1 to \(HouseholdRowParser.maxMembers)")
        }
        // Spreadsheets often write thousands with commas ("120,000").
        var incomeText = field(columns.income)
        if incomeText.utf8.contains(UInt8(ascii: ",")) { incomeText.removeAll { $0 == "," } }
        guard let income = Double(incomeText), income.isFinite, income >= 0, income <= HouseholdRowParser.maxIncome else {
            return fail("annual_income '\(field(columns.income))' must be a number of baht from 0 to 10,000,000,000")
        }
        var weight = 1.0
        if let w = columns.weight, !field(w).isEmpty {
            guard let v = Double(field(w)), v.isFinite, v > 0, v <= HouseholdRowParser.maxWeight else {
                return fail("weight '\(field(w))' must be a positive number up to 1,000,000")
            }
            weight = v
        }
        let key = "\(tambon)\u{1F}\(year)\u{1F}\(id)"
        if let first = firstLine[key] {
            return fail("duplicate household \(id) of \(tambon) in \(year) (first on line \(first))")
        }
        firstLine[key] = line
        return .success((tambon, id, year, members, income, weight))
    }
}
