/// What `DemoGenerator.populate` wrote, for the CLI to print.
public struct DemoSummary: Sendable, Equatable, CustomStringConvertible {
    /// Records written, by type (indicator values included).
    public var records: [RecordType: Int]
    public var provinces: Int
    public var amphoes: Int
    public var tambons: Int
    public var households: Int
    public var indicatorValues: Int

    public var description: String {
        let counts = RecordType.allCases.compactMap { type in records[type].map { NumberText.count($0, type.countNoun, separators: false) } }
        return "demo data for " + [(provinces, "province"), (amphoes, "amphoe"), (tambons, "tambon")]
            .map { NumberText.count($0.0, $0.1, separators: false) }.joined(separator: ", ") + ": "
            + counts.joined(separator: ", ") + "; " + NumberText.count(households, "household", separators: false)
    }
}

/// Generates the clearly labelled demo ecosystem of the default data set:
/// for each province, tambon elements (local government, health centre,
/// community organisations, enterprises, plans, assets), amphoe and
/// province offices, national supporters, projects, vulnerable-group counts
/// and a household income survey from which the indicators are computed.
///
/// The same seed on the same geography gives byte-identical records on any
/// laptop: ids, values and stamps all derive from the seed, so two laptops
/// that load the demo converge when they sync.
///
/// ```swift
/// let summary = try DemoGenerator().populate(store, provinces: ["56", "95"])
/// print(summary)
/// ```
public struct DemoGenerator: Sendable {
    public let seed: UInt64

    public init(seed: UInt64 = 2568) {
        self.seed = seed
    }

    /// The pilot provinces of seed 002, in its order: Phayao, Lamphun, Surin,
    /// Roi Et, Suphan Buri, Chanthaburi, Chumphon, Satun, Pattani, Ubon
    /// Ratchathani, Yala.
    public static let pilotProvinces = ["56", "51", "32", "45", "72", "22", "86", "91", "94", "34", "95"]

    /// The one stamp every demo record carries (2025-01-01T00:00:00Z).
    public static var stamp: Stamp { DemoWriter.fixedStamp }

    /// Fills `store`, which already holds the geography of `provinces`, with
    /// demo records (all marked demo), in one transaction: nothing is written
    /// if anything fails. Meant for a store without demo data: a second run
    /// fails on the records' ids and changes nothing.
    public func populate(_ store: Store, provinces: [String]) throws -> DemoSummary {
        var codes: [String] = []
        for code in provinces.map(AreaCode.bare).sorted() where codes.last != code { codes.append(code) }
        let writer = DemoWriter(store: store, seed: seed)
        var summary = DemoSummary(records: [:], provinces: 0, amphoes: 0, tambons: 0, households: 0, indicatorValues: 0)
        // The same bulk write as the importers (index rebuilt once, each
        // element's document written once after its contacts); the demo
        // writes some 26,000 search documents into a database of areas.
        try store.records.withBulkWrite(searchWrites: 26_000) {
            var households: [HouseholdRow] = []
            var regions = DemoRegionBuilder(writer: writer, key: "national")
            let national = try regions.national(provinces: codes)
            for code in codes {
                guard let province = try store.areas.area(code), province.level == .province else {
                    throw StoreError.message("demo: no province with code \(code); load the geography first")
                }
                summary.provinces += 1
                try populateProvince(province, store: store, writer: writer, national: national,
                                     households: &households, summary: &summary)
            }
            try store.indicators.insertHouseholds(households, demo: true)
            summary.households = households.count
            summary.indicatorValues = try store.indicators.recompute(demo: true, stamp: writer.stamp)
        }
        summary.records = writer.counts
        summary.records[.indicatorValue, default: 0] += summary.indicatorValues
        return summary
    }

    private func populateProvince(_ province: Area, store: Store, writer: DemoWriter, national: DemoNationalElements,
                                  households: inout [HouseholdRow], summary: inout DemoSummary) throws {
        let profile = DemoProvinceProfile.profile(province.code)
        var regions = DemoRegionBuilder(writer: writer, key: "province/" + province.code)
        let provinceElements = try regions.province(province, profile: profile)
        var projects = DemoProjectBuilder(writer: writer, province: province.code)
        var amphoeElements: [DemoAmphoeElements] = []
        var allTambons: [DemoTambonElements] = []
        var stateless: [String] = []
        for amphoe in try store.areas.children(of: province.code) {
            summary.amphoes += 1
            let place = DemoPlace(province: province, amphoe: amphoe, profile: profile)
            var amphoeRegion = DemoRegionBuilder(writer: writer, key: "amphoe/" + amphoe.code)
            let a = try amphoeRegion.amphoe(place)
            amphoeElements.append(a)
            var tambons: [DemoTambonElements] = []
            for tambon in try store.areas.children(of: amphoe.code) {
                summary.tambons += 1
                var builder = DemoTambonBuilder(place: place, tambon: tambon, writer: writer)
                tambons.append(try builder.build())
                var people = DemoPopulationBuilder(writer: writer, profile: profile, tambon: tambon.code)
                if try people.vulnerableGroups().contains(.stateless) { stateless.append(tambon.code) }
                households += people.households()
                households += people.pastHouseholds()
            }
            try projects.amphoe(place, a, tambons: tambons)
            allTambons += tambons
        }
        try projects.province(province, profile: profile, provinceElements, amphoes: amphoeElements,
                              tambons: allTambons, stateless: stateless, national: national)
    }
}
