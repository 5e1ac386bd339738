import Foundation
import XCTest
import EcosystemStore

/// Export and import rates at 100,000 organisations with a contact and a
/// resource each. Skipped unless SYNC_BENCH=1 (run it in release:
/// `SYNC_BENCH=1 swift test -c release --filter SyncBenchmarkTests`).
final class SyncBenchmarkTests: XCTestCase {
    func testExportAndImportRates() throws {
        guard ProcessInfo.processInfo.environment["SYNC_BENCH"] == "1" else { throw XCTSkip("set SYNC_BENCH=1 to measure") }
        let n = Int(ProcessInfo.processInfo.environment["SYNC_BENCH_N"] ?? "") ?? 100_000
        let dir = try temporaryDirectory(self)
        let source = try Store(path: dir.appendingPathComponent("source.sqlite").path, create: true)
        let codes = ["560101", "560102", "950101"]
        try source.db.transaction {
            for a in [Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"),
                      Area(code: "5601", level: .amphoe, parent: "56", nameTH: "เมืองพะเยา", nameEN: "Mueang Phayao"),
                      Area(code: "560101", level: .tambon, parent: "5601", nameTH: "เวียง", nameEN: "Wiang"),
                      Area(code: "560102", level: .tambon, parent: "5601", nameTH: "แม่ต๋ำ", nameEN: "Mae Tam"),
                      Area(code: "95", level: .province, parent: nil, nameTH: "ยะลา", nameEN: "Yala"),
                      Area(code: "9501", level: .amphoe, parent: "95", nameTH: "เมืองยะลา", nameEN: "Mueang Yala"),
                      Area(code: "950101", level: .tambon, parent: "9501", nameTH: "สะเตง", nameEN: "Sateng")] {
                try source.upsertArea(a)
            }
            for i in 0..<n {
                let e = try source.insertCanonical(.entity, values: ["name_th": "ชมรมผู้สูงอายุ \(i)", "name_en": "Elderly Club \(i)", "p4": "player",
                                                                     "role": "implementer", "area": codes[i % 3], "phone": "0812345678"], demo: false)
                _ = try source.insertCanonical(.contact, values: ["entity": e, "name": "ผู้ประสานงาน \(i)", "phone": "0891112222"], demo: false)
                _ = try source.insertCanonical(.resource, values: ["entity": e, "kind": "offer", "category": "funding"], demo: false)
            }
        }
        let bundle = dir.appendingPathComponent("all.tisep").path
        var started = Date()
        let report = try source.exportBundle(to: bundle)
        let exportSeconds = Date().timeIntervalSince(started)
        let target = try Store(path: dir.appendingPathComponent("target.sqlite").path, create: true)
        started = Date()
        try target.importBundle(at: bundle)
        let importSeconds = Date().timeIntervalSince(started)
        started = Date()
        let again = try target.importBundle(at: bundle)
        let reimportSeconds = Date().timeIntervalSince(started)
        XCTAssertEqual(again.total.unchanged, report.records)
        XCTAssertEqual(try source.contentDigest(), try target.contentDigest())
        let size = (try FileManager.default.attributesOfItem(atPath: bundle)[.size] as? Int) ?? 0
        print(String(format: "sync bench: %d records, bundle %.1f MB; export %.1f s (%.0f records/s); import into empty %.1f s (%.0f records/s); re-import unchanged %.1f s (%.0f records/s)",
                     report.records, Double(size) / 1e6, exportSeconds, Double(report.records) / exportSeconds,
                     importSeconds, Double(report.records) / importSeconds, reimportSeconds, Double(report.records) / reimportSeconds))
    }
}
