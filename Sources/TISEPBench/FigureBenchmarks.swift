import AsciiMap
import EcosystemStore
import Foundation

/// Benchmarks of one part each, for the record (figures printed, never
/// asserted; run the release build): `sha256`, `inequality`, `sync` and
/// `map-figures --geo DIR`. They were opt-in "tests" before; a benchmark
/// belongs here, not in `swift test`.
enum FigureBenchmarks {
    /// SHA-256 throughput over 64 MiB (bundles are hashed once on import).
    static func sha256() -> String {
        let size = 64 << 20
        let data = [UInt8](repeating: 0xa5, count: size)
        _ = SHA256.hash(Array(data[..<4096]))  // warm-up
        let seconds = time { _ = SHA256.hash(data) }
        return String(format: "SHA256: %d MiB in %.3f s = %.1f MB/s", size >> 20, seconds, Double(size) / seconds / 1e6)
    }

    /// The inequality measures of one million generated households, computed
    /// from one array and pooled from two groups (no database).
    static func inequality(households count: Int) -> String {
        var state: UInt64 = 1
        var households = [HouseholdIncome]()
        households.reserveCapacity(count)
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            households.append(HouseholdIncome(members: 1 + Int((state >> 33) % 7),
                                              annualIncome: Double((state >> 20) % 3_000_000),
                                              weight: 0.5 + Double((state >> 50) % 100) / 50))
        }
        var gini = 0.0
        let array: Double = time { gini = InequalityMeasures.compute(households).gini ?? -1 }
        let half = households.count / 2
        let groups = [Array(households[..<half]), Array(households[half...])]
        let pooled: Double = time { _ = InequalityMeasures.compute(pooling: groups) }
        return String(format: "InequalityMeasures: %d households in %.3f s (array), %.3f s (pooling 2 groups); gini %.6f",
                      count, array, pooled, gini)
    }

    /// Export and import rates of a bundle of `elements` organisations with a
    /// contact and a resource each, between two databases in `directory`.
    static func sync(elements n: Int, directory: URL) throws -> String {
        let source = try Store(path: directory.appendingPathComponent("source.sqlite").path, create: true)
        let codes = ["560101", "560102", "950101"]
        let areas = [Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"),
                     Area(code: "5601", level: .amphoe, parent: "56", nameTH: "เมืองพะเยา", nameEN: "Mueang Phayao"),
                     Area(code: "560101", level: .tambon, parent: "5601", nameTH: "เวียง", nameEN: "Wiang"),
                     Area(code: "560102", level: .tambon, parent: "5601", nameTH: "แม่ต๋ำ", nameEN: "Mae Tam"),
                     Area(code: "95", level: .province, parent: nil, nameTH: "ยะลา", nameEN: "Yala"),
                     Area(code: "9501", level: .amphoe, parent: "95", nameTH: "เมืองยะลา", nameEN: "Mueang Yala"),
                     Area(code: "950101", level: .tambon, parent: "9501", nameTH: "สะเตง", nameEN: "Sateng")]
        try source.records.withBulkWrite(searchWrites: 3 * n) {
            for a in areas { try source.areas.upsert(a) }
            for i in 0..<n {
                let e = try source.records.insertCanonical(.entity, values: ["name_th": "ชมรมผู้สูงอายุ \(i)", "name_en": "Elderly Club \(i)", "p4": "player",
                                                                     "role": "implementer", "area": codes[i % 3], "phone": "0812345678"], demo: false)
                _ = try source.records.insertCanonical(.contact, values: ["entity": e, "name": "ผู้ประสานงาน \(i)", "phone": "0891112222"], demo: false)
                _ = try source.records.insertCanonical(.resource, values: ["entity": e, "kind": "offer", "category": "funding"], demo: false)
            }
        }
        let bundle = directory.appendingPathComponent("all.tisep").path
        var exported: BundleExportReport?
        let exportSeconds = try time { exported = try source.sync.exportBundle(to: bundle) }
        guard let report = exported else { throw StoreError.message("sync benchmark: no export") }
        let target = try Store(path: directory.appendingPathComponent("target.sqlite").path, create: true)
        let importSeconds = try time { _ = try target.sync.importBundle(at: bundle) }
        var again: BundleImportSummary?
        let reimportSeconds = try time { again = try target.sync.importBundle(at: bundle) }
        guard again?.total.unchanged == report.records, try source.sync.contentDigest() == target.sync.contentDigest() else {
            throw StoreError.message("sync benchmark: the two databases differ after the import")
        }
        let size = (try FileManager.default.attributesOfItem(atPath: bundle)[.size] as? Int) ?? 0
        let records = Double(report.records)
        return String(format: "sync: %d records, bundle %.1f MB; export %.1f s (%.0f records/s); import into empty %.1f s (%.0f records/s); re-import unchanged %.1f s (%.0f records/s)",
                      report.records, Double(size) / 1e6, exportSeconds, records / exportSeconds,
                      importSeconds, records / importSeconds, reimportSeconds, records / reimportSeconds)
    }

    /// AsciiMap alone, without the store: parsing, classifying and drawing
    /// the real tambon boundaries and centroids of `geo`.
    static func mapFigures(geo: String) throws -> String {
        var lines: [String] = []
        func measure(_ label: String, runs: Int = 5, _ body: () throws -> Void) rethrows {
            var best = Double.infinity
            for _ in 0..<runs { best = min(best, try time(body) * 1000) }
            lines.append(TextWidth.pad(label, to: 64) + String(format: "%9.2f ms (best of %d)", best, runs))
        }
        var tambons: [AdminFeature] = []
        try measure("parse th_adm3.geojson (7,425 features)", runs: 3) {
            tambons = try GeoJSONReader.read(contentsOf: URL(fileURLWithPath: geo + "/th_adm3.geojson"))
        }
        func value(_ code: String) -> Double? {
            let n = Int(code) ?? 0
            return n % 17 == 0 ? nil : Double((n * 37) % 101) / 10
        }
        let all = tambons.enumerated().map { i, t in
            MapArea(id: Int32(i), code: t.code, name: t.nameTH ?? "", shape: .polygons(t.geometry), value: value(t.code))
        }
        let phayao = all.filter { $0.code.hasPrefix("56") }
        let labels = LegendLabels(title: "ดัชนีสาธิต", unit: "%")
        // Classified, laid out and drawn as `tisep map` draws them, without colour.
        func draw(_ areas: [MapArea], _ method: ClassificationMethod, classes: Int) {
            let c = Classification(values: areas.map(\.value), method: method, classes: classes)
            let palette = Palette(classCount: c.classCount, colorMode: .none, charset: .unicode)
            let layout = MapLayout(areas: areas, width: 200, height: 60, resolution: .cells)
            _ = MapPicture(layout: layout, areas: areas, classification: c, palette: palette,
                           selection: MapSelection(area: areas.first?.id), labels: LabelPolicy(.auto))
            _ = Legend.mapLines(for: c, palette: palette, resolution: .cells, labels: labels,
                                format: Legend.plainFormatter(for: c.edges), width: 40)
        }
        for method in ClassificationMethod.allCases {
            measure("classify + draw Phayao (\(phayao.count)) 200×60, \(method.rawValue)") { draw(phayao, method, classes: 5) }
            measure("classify + draw all \(all.count) tambons 200×60, \(method.rawValue)") { draw(all, method, classes: 7) }
        }
        var state: UInt64 = 11
        let distinct = (0..<all.count).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double((state >> 24) % 10_000_000) / 1000
        }
        measure("Fisher-Jenks alone, 7 classes of \(distinct.count) distinct values") {
            _ = Classification(values: distinct, method: .naturalBreaks, classes: 7)
        }
        let sites = all.enumerated().compactMap { i, a in
            a.anchorPoint.map { MapArea(id: Int32(i), code: a.code, name: "", shape: .centroid($0), value: Double(i % 97)) }
        }
        measure("classify + draw \(sites.count) centroids (Voronoi) 200×60") { draw(sites, .quantile, classes: 5) }
        let text = Array(repeating: "ผู้สูงอายุ กรุงเทพมหานคร น้ำ ที่ 地図 map", count: 60)
        measure("TextWidth: width + truncate + pad of 60 mixed lines", runs: 20) {
            for line in text { _ = TextWidth.pad(line, to: 30); _ = TextWidth.width(of: line) }
        }
        return lines.joined(separator: "\n")
    }

    /// Thai word breaking and line wrapping over the lines of `file`
    /// (default: the demo and seed sentences kept for the tests): loading
    /// the word list, characters per millisecond.
    static func thaiWrap(file: String) throws -> String {
        let texts = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        guard !texts.isEmpty else { throw StoreError.message("thai-wrap: \(file) has no lines") }
        var words = 0
        let load = time { words = ThaiDictionary.standard.count }
        let text = texts.joined(separator: " ")
        let rounds = 20
        var pieces = 0, lines = 0
        let breaking = time { for _ in 0..<rounds { pieces += ThaiWordBreaker.pieces(text).count } }
        let wrapping = time { for _ in 0..<rounds { for t in texts { lines += LineWrap.wrap(t, width: 30).count } } }
        let characters = Double(text.count * rounds)
        return String(format: "thai-wrap: %d words loaded in %.1f ms; breaking %.0f characters/ms (%d pieces); wrapping at 30 columns %.0f characters/ms (%d lines); one 200-character description %.3f ms",
                      words, load * 1000, characters / (breaking * 1000), pieces / rounds, characters / (wrapping * 1000), lines / rounds,
                      wrapping * 1000 / characters * 200)
    }

    private static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
