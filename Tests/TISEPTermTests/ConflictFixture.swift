import Foundation
import XCTest
import EcosystemStore

/// A conflict and a held-back value made the way laptops make them, with
/// fixed stamps so that a screen of them stays the same from run to run.
/// Two other laptops, B (โน้ตบุ๊กอำเภอเมือง) and C (โน้ตบุ๊กจังหวัด), each
/// took this laptop's bundle of Wiang (560101) and renamed Wiang's women's
/// group in English without seeing the other's edit: B on 1 Nov 2025, C on
/// 2 Nov 2025, both at 10:00 in Thailand. B's tisep, not yet upgraded, also
/// wrote a phone number one digit short. This laptop imports B's bundle,
/// then C's: C's name wins (the later edit), B's loses and is kept for
/// review; B's phone is held back.
enum ConflictFixture {
    static let element = "ee004503-c54b-4b1f-9c28-2e2bc83ec109"
    static let original = "Wiang Women's Group"
    static let laptopB = (id: "b0b0b0b0b0b0b0b0", name: "โน้ตบุ๊กอำเภอเมือง", wall: Int64(1_761_966_000_000), value: "Wiang Women's Group (B)")
    static let laptopC = (id: "c0c0c0c0c0c0c0c0", name: "โน้ตบุ๊กจังหวัด", wall: Int64(1_762_052_400_000), value: "Women of Wiang (C)")
    static let badPhone = "081234567"
    /// When this laptop imported them: 3 Nov 2025, 10:00 in Thailand.
    static let imported = Date(timeIntervalSince1970: 1_762_138_800)

    /// Imports B's bundle and C's into `store` (through `importBundle`, as `tisep import` does).
    static func make(in store: Store, dir: URL) throws {
        let base = dir.appendingPathComponent("base-\(UUID().uuidString.prefix(8)).tisep").path
        try store.sync.exportBundle(to: base, options: BundleExportOptions(area: "560101"))
        for (laptop, phone) in [(laptopB, badPhone as String?), (laptopC, nil)] {
            let out = base.replacingOccurrences(of: ".tisep", with: "-\(laptop.id.prefix(1)).tisep")
            try bundle(from: base, to: out, laptop: (laptop.id, laptop.name), wall: laptop.wall, nameEN: laptop.value, phone: phone)
            try store.sync.importBundle(at: out, options: BundleImportOptions(now: imported))
        }
    }

    /// `base` as laptop `laptop` would have written it after its edit of
    /// the element's English name (and phone): a new version on top of the
    /// field's versions, the header naming that laptop, a correct end line.
    static func bundle(from base: String, to out: String, laptop: (id: String, name: String), wall: Int64, nameEN: String?, phone: String?) throws {
        var lines = try String(contentsOfFile: base, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.removeLast()
        let stamp = "\(wall).00000.\(laptop.id)"
        var header = lines[0]
        header = header.replacingOccurrences(of: #""replica":"[^"]+","replica_name":"[^"]*""#,
                                             with: "\"replica\":\"\(laptop.id)\",\"replica_name\":\"\(laptop.name)\"", options: .regularExpression)
        header = header.replacingOccurrences(of: #""created":"[^"]+""#, with: "\"created\":\"\(iso(wall))\"", options: .regularExpression)
        if !header.contains("\"\(laptop.id)\":\"") {
            header = header.replacingOccurrences(of: "\"replicas\":{", with: "\"replicas\":{\"\(laptop.id)\":\"\(laptop.name)\",")
        }
        lines[0] = header
        guard let i = lines.firstIndex(where: { $0.contains("\"id\":\"\(element)\"") }) else {
            throw StoreError.message("the demo's bundle of Wiang has no element \(element): the fixture needs another element")
        }
        var line = lines[i]
        if let nameEN { line = line.replacingOccurrences(of: "\"name_en\":[", with: "\"name_en\":[[\"\(stamp)\",\"\(nameEN)\"],") }
        if let phone { line = line.replacingOccurrences(of: "\"phone\":[", with: "\"phone\":[[\"\(stamp)\",\"\(phone)\"],") }
        lines[i] = line
        let text = lines.map { $0 + "\n" }.joined()
        let sha = SHA256.hex(SHA256.hash(text))
        try (text + "{\"end\":\"tisep-bundle\",\"lines\":\(lines.count),\"sha256\":\"\(sha)\"}\n").write(toFile: out, atomically: true, encoding: .utf8)
    }

    /// The phone B sends once it is upgraded and has mended it.
    static let mendedPhone = "0812345678"

    /// B's next bundle, a day later: the phone mended, from what `store` holds now.
    static func mendedPhoneBundle(from store: Store, dir: URL) throws -> String {
        let base = dir.appendingPathComponent("now-\(UUID().uuidString.prefix(8)).tisep").path
        try store.sync.exportBundle(to: base, options: BundleExportOptions(area: "560101"))
        let out = base.replacingOccurrences(of: ".tisep", with: "-mended.tisep")
        try bundle(from: base, to: out, laptop: (laptopB.id, laptopB.name), wall: laptopB.wall + 86_400_000, nameEN: nil, phone: mendedPhone)
        return out
    }

    private static func iso(_ wall: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(wall) / 1000))
    }
}
