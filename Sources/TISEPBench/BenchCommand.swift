import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// `tisep-bench search`: builds a throwaway database of generated elements
/// over the embedded geography, and measures the import rate and the latency
/// of a fixed list of queries. `tisep-bench map [--geo DIR]`: see
/// ``MapBenchmark``. `tisep-bench indicators --households N`: see
/// ``IndicatorBenchmark``. Figures are printed, never asserted.
enum BenchTool {
    static let command = Command(
        name: "tisep-bench", synopsis: "search [--elements N] [--keep PATH] | search --db PATH [--queries search|scale] [--near CODE] [--runs N] | matches --db PATH [--area CODE] [--runs N] | map [--geo DIR] [--runs N] [--keep PATH] | indicators [--households N] | tui [--db PATH] [--keys N] [--script session|map] | scale pilot|national|national4|all [--geo DIR] [--keep-dir DIR] [--elements N] | sha256 | inequality [--households N] | sync [--elements N] | map-figures --geo DIR | bootstrap [--households N] [--per-tambon N] [--replicates N] [--threads N] | thai-wrap [--text FILE]",
        summary: "the benchmarks of docs/PERFORMANCE.md: search, map, indicator, keystroke, scale, hashing and sync speed (prints figures; build with -c release)",
        options: [
            OptionSpec(long: "elements", value: "N", help: "how many elements to generate (default 100000)"),
            OptionSpec(long: "keep", value: "PATH", help: "build the database at PATH and keep it"),
            OptionSpec(long: "geo", value: "DIR", help: "map, scale: provinces.csv, districts.csv, sub_districts.csv and th_adm3.geojson of DIR imported over the embedded geography (default: the embedded geography alone); map-figures: the folder of th_adm3.geojson"),
            OptionSpec(long: "runs", value: "N", help: "map: runs per figure, the median is printed (default 5); search --db: timed passes, each query's median is used (default 1)"),
            OptionSpec(long: "queries", value: "LIST", help: "search --db: 'search' (the 75 of bench search, default) or 'scale' (the 200 of bench scale)"),
            OptionSpec(long: "near", value: "CODE", help: "search --db: rank every query from this area, as the search bar does"),
            OptionSpec(long: "area", value: "CODE", help: "matches: the area whose needs are matched (default 56, Phayao)"),
            OptionSpec(long: "households", value: "N", help: "indicators: how many households to generate (default 1000000)"),
            OptionSpec(long: "keys", value: "N", help: "tui, scale: how many scripted keys (default 500)"),
            OptionSpec(long: "script", value: "session|map", help: "tui: the scripted keys: a session over every pane (default), or the map pane's keys (arrows, z, i, c, K)"),
            OptionSpec(long: "per-tambon", value: "N", help: "bootstrap: households per tambon, about (default 40)"),
            OptionSpec(long: "replicates", value: "N", help: "bootstrap: replicates per interval (default 500)"),
            OptionSpec(long: "threads", value: "N", help: "bootstrap: threads (default 1)"),
            OptionSpec(long: "text", value: "FILE", help: "thai-wrap: lines of Thai text (default: the tests' demo sentences)"),
            OptionSpec(long: "keep-dir", value: "DIR", help: "scale: build the databases, CSV and bundle in DIR/SCALE and keep them"),
        ],
        run: { inv in
            let which = inv.positionals.first ?? ""
            switch which {
            case "scale":
                try runScale(inv)
                return
            case "sha256":
                inv.context.print(FigureBenchmarks.sha256())
                return
            case "inequality":
                inv.context.print(FigureBenchmarks.inequality(households: try inv.integer("households", default: 1_000_000, range: 1...50_000_000)))
                return
            case "sync":
                let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-bench-sync-\(getpid())")
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: directory) }
                inv.context.print(try FigureBenchmarks.sync(elements: try inv.integer("elements", default: 100_000, range: 1...10_000_000), directory: directory))
                return
            case "matches":
                guard let db = inv.value("db") else { throw UsageError(message: "give --db PATH, a database with needs and offers (tisep init --demo)") }
                inv.context.print(try MatchBenchmark.run(path: db, area: AreaCode.bare(inv.value("area") ?? "56"),
                                                         runs: try inv.integer("runs", default: 5, range: 1...1000)))
                return
            case "bootstrap":
                let figures = BootstrapBenchmark.run(households: try inv.integer("households", default: 1_000_000, range: 1...50_000_000),
                                                     perTambon: try inv.integer("per-tambon", default: 40, range: 2...10_000),
                                                     replicates: try inv.integer("replicates", default: HouseholdBootstrap.defaultReplicates, range: 10...100_000),
                                                     threads: try inv.integer("threads", default: 1, range: 1...64))
                inv.context.print(figures.lines.joined(separator: "\n"))
                return
            case "thai-wrap":
                inv.context.print(try FigureBenchmarks.thaiWrap(file: inv.value("text") ?? "Tests/EcosystemStoreTests/Fixtures/thai-text/demo.txt"))
                return
            case "map-figures":
                guard let geo = inv.value("geo") else { throw UsageError(message: "give --geo DIR, the folder of th_adm3.geojson") }
                inv.context.print(try FigureBenchmarks.mapFigures(geo: geo))
                return
            default:
                break
            }
            guard inv.positionals.count == 1, ["search", "map", "indicators", "tui"].contains(which) else {
                throw UsageError(message: "the benchmarks are search, map, indicators, tui, scale, sha256, inequality, sync, map-figures, bootstrap, thai-wrap and matches (tisep-bench --help)")
            }
            if which == "tui" {
                let script = inv.value("script") ?? "session"
                guard let keys = KeystrokeBenchmark.scripts[script] else { throw UsageError(message: "--script is 'session' or 'map', not '\(script)'") }
                inv.context.print(try KeystrokeBenchmark.run(databasePath: inv.value("db"), keys: try inv.integer("keys", default: 500, range: 10...100_000),
                                                             script: keys, scriptName: script))
                return
            }
            if which == "search", let db = inv.value("db") {
                try runSearchOnExisting(inv, path: db)
                return
            }
            let geo = inv.value("geo")
            let count = try inv.integer("elements", default: 100_000, range: 1...10_000_000)
            let runs = try inv.integer("runs", default: 5, range: 1...1000)
            let households = try inv.integer("households", default: 1_000_000, range: 1...50_000_000)
            let path = inv.value("keep") ?? FileManager.default.temporaryDirectory.appendingPathComponent("tisep-bench-\(getpid()).sqlite").path
            DefaultDataSet.removeDatabaseFiles(path)
            try DefaultDataSet.create(at: path, content: .geography)
            let store = try Store(path: path)
            let report: String
            switch which {
            case "indicators":
                report = try IndicatorBenchmark.run(store: store, households: households, directory: URL(fileURLWithPath: path).deletingLastPathComponent())
            case "map":
                report = try MapBenchmark.run(store: store, geo: geo, runs: runs)
            default:
                report = try SearchBenchmark.run(store: store, elements: count)
            }
            inv.context.print(report)
            if inv.value("keep") == nil { DefaultDataSet.removeDatabaseFiles(path) }
        })
}

extension BenchTool {
    /// `tisep-bench search --db PATH`: the query list against a database
    /// that exists already (a kept `bench scale` one, say), so that a change
    /// to search can be measured without rebuilding 1 GB of data. One warm
    /// pass first, as `bench scale` does.
    static func runSearchOnExisting(_ inv: Invocation, path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw JobError(message: "no database at \(path)") }
        let list = inv.value("queries") ?? "search"
        guard let queries = ["search": SearchBenchmark.queries, "scale": ScaleQueries.all][list] else {
            throw UsageError(message: "--queries is 'search' or 'scale'")
        }
        let runs = try inv.integer("runs", default: 1, range: 1...1000)
        let store = try Store(path: path)
        inv.context.print(try SearchBenchmark.measure(store: store, queries: queries, runs: runs, near: inv.value("near")))
    }

    /// `tisep-bench scale NAME [--geo DIR]`: see ``ScaleBenchmark``. With
    /// `--elements N`, the named scale shrunk to N elements in the same
    /// proportions (a quick run that proves the benchmark works).
    static func runScale(_ inv: Invocation) throws {
        let names = ["pilot", "national", "national4"]
        guard inv.positionals.count == 2, let name = inv.positionals.last, names.contains(name) || name == "all" else {
            throw UsageError(message: "give the scale: 'tisep-bench scale pilot|national|national4|all [--geo DIR]'")
        }
        let geo = inv.value("geo")
        var specs = (name == "all" ? names : [name]).compactMap(ScaleSpec.named)
        if inv.value("elements") != nil {
            let n = try inv.integer("elements", default: 0, range: 10...10_000_000)
            specs = specs.map { $0.scaled(elements: n) }
        }
        let keepDir = inv.value("keep-dir")
        let directory = keepDir.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("tisep-bench-scale-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if keepDir == nil { try? FileManager.default.removeItem(at: directory) } }
        let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        // The product beside this benchmark (both are built into one folder);
        // neither exists when the benchmark runs inside the test process.
        let tisep = bench.deletingLastPathComponent().appendingPathComponent("tisep").path
        let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let options = ScaleBenchmark.Options(geo: geo, directory: directory, keep: keepDir != nil,
                                             keys: try inv.integer("keys", default: 500, range: 10...100_000),
                                             bench: bench.lastPathComponent == "tisep-bench" ? bench.path : nil,
                                             tisep: FileManager.default.isExecutableFile(atPath: tisep) ? tisep : nil, sqlite3: sqlite3)
        inv.context.print("machine: \(ScaleBenchmark.machine())")
        inv.context.print("command: tisep-bench scale \(name)\(geo.map { " --geo \($0)" } ?? "")\(inv.value("elements").map { " --elements \($0)" } ?? "")")
        var measured: [ScaleFigures] = []
        for spec in specs {
            let (table, figures) = try ScaleBenchmark.run(spec, options: options) { line in
                inv.context.printError(line)
            }
            inv.context.print("")
            inv.context.print(table)
            measured.append(figures)
        }
        if measured.count > 1 {
            inv.context.print("")
            inv.context.print(ScaleGrowth.table(measured))
        }
    }
}

enum SearchBenchmark {
    /// A fixed list: Thai of 1–12 characters, English, codes, phones, e-mails and hostile strings.
    static let queries: [String] = [
        "ก", "ส", "ชม", "สู", "สูง", "ชมรม", "สูงอายุ", "ผู้สูงอายุ", "ชมรมผู้สูงอายุ", "ตำบลเวียง", "เวียง", "แม่",
        "รพ.สต.", "อบต.", "กองทุน", "สวัสดิการ", "วิสาหกิจชุมชน", "กลุ่มสตรี", "เด็กเล็ก", "อาสา", "ที่", "น้ำ", "ป่าชุมชน",
        "พะเยา", "ยะลา", "ปัตตานี", "สุรินทร์", "อุบลราชธานี", "ร้อยเอ็ด", "ชุมพร", "สตูล", "จันทบุรี", "ลำพูน", "สุพรรณบุรี",
        "elderly", "club", "fund", "women", "Phayao", "YALA", "wiang", "health", "hospital", "network", "council", "enterprise",
        "56", "5601", "560101", "TH560101", "950101", "34", "081", "0815550", "081-555-0001", "054555", "555",
        "demo.invalid", "@wiang", "fund@", "\"(*", "'", "AND", "OR NOT", "NEAR(a b)", "*", "^", "a\"b", "%", "_",
        "ไม่มีคำนี้แน่นอน", "zzzzqqq", "ชมรม เวียง", "กลุ่ม พะเยา", "สูงอายุ 56",
    ]

    static let kinds: [(String, String, String, String?)] = [
        ("ชมรมผู้สูงอายุตำบล", "Elderly Club of", "player", "implementer"),
        ("กองทุนสวัสดิการชุมชนตำบล", "Community Welfare Fund of", "asset", nil),
        ("สภาองค์กรชุมชนตำบล", "Community Organisations Council of", "platform", nil),
        ("องค์การบริหารส่วนตำบล", "Tambon Administrative Organisation of", "player", "policy-maker"),
        ("เครือข่าย อสม. ตำบล", "Village Health Volunteer Network of", "player", "connector"),
        ("กลุ่มสตรีตำบล", "Women's Group of", "player", "implementer"),
        ("วิสาหกิจชุมชนตำบล", "Community Enterprise of", "player", "supporter"),
        ("ธรรมนูญสุขภาพตำบล", "Health Charter of", "policy", nil),
    ]

    static func run(store: Store, elements: Int) throws -> String {
        let tambons = try store.areas.list(level: .tambon, inside: nil)
        guard !tambons.isEmpty else { throw JobError(message: "no tambons to generate elements for") }
        let started = Date()
        try store.transaction {
            for i in 0..<elements {
                let t = tambons[i % tambons.count]
                let k = kinds[(i / tambons.count) % kinds.count]
                let serial = i / (tambons.count * kinds.count)
                let suffix = serial == 0 ? "" : " \(serial + 1)"
                let phone = String(format: "08%d555%04d", 1 + i % 9, i % 10_000)
                _ = try store.records.insertCanonical(.entity, values: [
                    "name_th": k.0 + t.nameTH + suffix, "name_en": "\(k.1) \(t.nameEN)\(suffix)", "p4": k.2, "role": k.3,
                    "area": t.code, "phone": phone, "description": "ข้อมูลทดสอบสมรรถนะ (benchmark data)",
                ], demo: true)
            }
        }
        let importSeconds = Date().timeIntervalSince(started)
        return """
        elements: \(elements) over \(tambons.count) tambons (one transaction, through the store's edit path)
        import: \(String(format: "%.2f", importSeconds)) s, \(Int(Double(elements) / importSeconds)) elements/s
        \(try measure(store: store, queries: queries, runs: 1, warm: false))
        """
    }

    /// Latency of each query with limit 50: per class of 3+ and 1–2 Unicode
    /// scalars (the split of issue 8's goals), and the slowest. With `runs`
    /// above 1 each query's figure is the median of its runs, which damps
    /// the noise of a shared machine.
    /// With `near`, every query ranks from that area, as the interface's
    /// search bar asks (`SearchFilter.near`).
    static func measure(store: Store, queries: [String], runs: Int, warm: Bool = true, near: String? = nil) throws -> String {
        func once(_ q: String) throws -> Double {
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = try store.search(q, filter: SearchFilter(near: near, limit: 50))
            return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        }
        if warm { for q in queries { _ = try once(q) } }
        var perQuery = [[Double]](repeating: [], count: queries.count)
        for _ in 0..<runs {
            for (i, q) in queries.enumerated() { perQuery[i].append(try once(q)) }
        }
        var latencies: [Double] = []
        var byQuery: [(String, Double)] = []
        var short: [Double] = []
        var long: [Double] = []
        for (i, q) in queries.enumerated() {
            let times = perQuery[i].sorted()
            let ms = times[times.count / 2]
            latencies.append(ms)
            byQuery.append((q, ms))
            if q.unicodeScalars.count >= 3 { long.append(ms) } else { short.append(ms) }
        }
        func slowest(_ xs: [(String, Double)]) -> String {
            xs.sorted { $0.1 > $1.1 }.prefix(6).map { "\($0.0) \(String(format: "%.1f", $0.1))" }.joined(separator: " · ")
        }
        func pct(_ xs: [Double], _ p: Double) -> String {
            guard !xs.isEmpty else { return "-" }
            let s = xs.sorted()
            return String(format: "%.2f", s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))])
        }
        return """
        search (\(queries.count) queries, limit 50\(runs > 1 ? ", median of \(runs) runs" : "")\(near.map { ", near \($0)" } ?? "")), ms per query:
          all           median \(pct(latencies, 0.5))  p99 \(pct(latencies, 0.99))  max \(pct(latencies, 1))
          3+ scalars    median \(pct(long, 0.5))  p99 \(pct(long, 0.99))  max \(pct(long, 1))  (\(long.count) queries)
          1–2 scalars   median \(pct(short, 0.5))  p99 \(pct(short, 0.99))  max \(pct(short, 1))  (\(short.count) queries)
        slowest: \(slowest(byQuery))
        slowest, 3+ scalars: \(slowest(byQuery.filter { $0.0.unicodeScalars.count >= 3 }))
        """
    }
}
