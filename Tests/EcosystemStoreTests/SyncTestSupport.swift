import Foundation
import XCTest
import EcosystemStore

/// A seeded generator, so property tests replay the same run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Several laptops' databases and a place for their bundles.
final class SyncLab {
    let dir: URL
    private var serial = 0

    init(_ test: XCTestCase) throws { dir = try temporaryDirectory(test) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// A fresh in-memory replica with the small test geography.
    func replica() throws -> Store { try smallStore() }

    /// Exports `store` to a new bundle file and returns its path.
    func export(_ store: Store, _ options: BundleExportOptions = BundleExportOptions()) throws -> String {
        serial += 1
        let p = path("b\(serial).tisep")
        try store.sync.exportBundle(to: p, options: options)
        return p
    }

    /// `to` imports everything `from` has.
    @discardableResult
    func send(_ from: Store, _ to: Store) throws -> BundleImportSummary {
        try to.sync.importBundle(at: try export(from))
    }
}

/// The lines between a bundle's header and its end line.
func bundleBody(_ path: String) throws -> [String] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    return Array(lines.dropFirst().dropLast())
}

/// Rewrites a bundle's lines and gives it a correct end line, as a
/// deliberate editor (or a newer tisep) would.
func rewriteBundle(_ path: String, to out: String, _ transform: ([String]) -> [String]) throws {
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    lines.removeLast()
    lines = transform(lines)
    let text = lines.map { $0 + "\n" }.joined()
    let sha = SHA256.hex(SHA256.hash(text))
    try (text + "{\"end\":\"tisep-bundle\",\"lines\":\(lines.count),\"sha256\":\"\(sha)\"}\n").write(toFile: out, atomically: true, encoding: .utf8)
}

extension Store {
    @discardableResult
    func entity(_ name: String, area: String = "560101") throws -> String {
        try records.create(.entity, ["name_th": name, "p4": "player", "role": "implementer", "area": area])
    }
}
