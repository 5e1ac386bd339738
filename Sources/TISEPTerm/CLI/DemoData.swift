import EcosystemStore
enum DemoData { static func populate(_ store: Store) throws -> String { "demo generator not merged yet" } }
