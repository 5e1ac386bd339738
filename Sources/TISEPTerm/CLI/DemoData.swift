import DefaultData
import EcosystemStore

/// The demo ecosystem of the default data set: generated, deterministic,
/// labelled demo wherever it is shown.
enum DemoData {
    static func populate(_ store: Store) throws -> String {
        let summary = try DemoGenerator(seed: DefaultData.demoSeed).populate(store, provinces: DefaultData.pilotProvinces)
        return "demo data (generated): \(summary)"
    }
}
