import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// `tisep-bench scale pilot|national|national4|all [--geo DIR] [--keep-dir DIR]`:
/// builds a data set of the named scale over the real national geography
/// (the embedded one, or the CSV and GeoJSON files of `--geo DIR` imported over it)
/// with the project's own generator, measures every figure of issue 8 and
/// the same work done by plain SQLite through its C API, and prints one
/// table per scale. Figures are printed, never asserted.
enum ScaleBenchmark {
    struct Options {
        /// A folder of provinces.csv, districts.csv, sub_districts.csv and
        /// th_adm3.geojson imported over the embedded geography (nil: the
        /// embedded geography and boundaries alone).
        var geo: String?
        /// Where the databases, CSV and bundle are built; removed at the end unless `keep`.
        var directory: URL
        var keep: Bool
        var keys = 500
        var mapRuns = 3
        /// This benchmark's own program, to run the interface session in a
        /// fresh child process (nil: in this process).
        var bench: String?
        /// The `tisep` program for the whole-process search timings (nil: none).
        var tisep: String?
        var sqlite3: String?
    }

    /// One line of the printed table.
    struct Row {
        var what: String
        var figure: String
        var note = ""
    }

    static func run(_ spec: ScaleSpec, options: Options, progress: (String) -> Void) throws -> (table: String, figures: ScaleFigures) {
        let clock = ContinuousClock()
        let started = clock.now
        func since(_ t: ContinuousClock.Instant) -> Double {
            let d = clock.now - t
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        func time(_ body: () throws -> Void) rethrows -> Double {
            let t0 = clock.now
            try body()
            return since(t0)
        }
        let dir = options.directory.appendingPathComponent(spec.name)
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !options.keep { try? FileManager.default.removeItem(at: dir) } }
        let path = dir.appendingPathComponent("eco.sqlite").path
        var rows: [Row] = []

        // 1. The national geography and boundaries.
        progress("[\(spec.name)] geography")
        try DefaultDataSet.create(at: path, content: .geography)
        var elementRows: [[String?]] = []
        let geography = try time {
            let store = try Store(path: path)
            if let geo = options.geo {
                for name in ["provinces.csv", "districts.csv", "sub_districts.csv"] {
                    let file = (geo as NSString).appendingPathComponent(name)
                    _ = try store.areas.importGeography(csv: try CSVTable(text: try CommandLineTool.readText(file)), file: file)
                }
                _ = try BoundaryImport.run(file: (geo as NSString).appendingPathComponent("th_adm3.geojson"), store: store)
            }
            let places = try ScaleGenerator.places(store, provinces: spec.provinces)
            elementRows = ScaleGenerator().elementRows(spec.elements, places: places)
            try store.file.backup(to: dir.appendingPathComponent("geography.sqlite").path)
        }
        let csvPath = dir.appendingPathComponent("elements.csv").path
        try ScaleGenerator.csv(elementRows).write(toFile: csvPath, atomically: false, encoding: .utf8)

        // 2. import-entities of the element rows, through the command.
        progress("[\(spec.name)] import-entities of " + NumberText.count(elementRows.count, "row", separators: false))
        var importOutput = ""
        let importContext = CommandContext(stdoutIsTerminal: false, out: { importOutput += $0 }, err: { importOutput += $0 })
        var code: Int32? = 0
        let importSeconds = time { code = CommandLineTool.run(["--db", path, "import-entities", csvPath], context: importContext) }
        guard code == 0, importOutput.contains("refused 0 rows") else {
            throw JobError(message: "import-entities failed: \(importOutput.prefix(400))")
        }
        let store = try Store(path: path)
        let tambonCount = try store.records.distinctAreaCount(.entity)
        let boundaries = try store.areas.boundaryCount()
        let allTambons = try store.areas.list(level: .tambon, inside: nil).count

        // 3. The rest of the data set, generated in bulk through the edit path.
        progress("[\(spec.name)] contacts, resources, households")
        let population = try ScaleGenerator().populate(store, contacts: spec.contacts, resources: spec.resources, households: spec.households)

        // 4. Indicators over all households.
        progress("[\(spec.name)] indicators")
        var values = 0
        let indicatorSeconds = try time { values = try store.indicators.recompute(demo: false) }

        // 5. Search, in this process, warm.
        progress("[\(spec.name)] search")
        var short: [Double] = [], long: [Double] = [], slowest: [(String, Double)] = []
        for q in ScaleQueries.all { _ = try store.search(q, filter: SearchFilter(limit: 50)) } // warm the page cache
        for q in ScaleQueries.all {
            let ms = try time { _ = try store.search(q, filter: SearchFilter(limit: 50)) } * 1000
            if q.unicodeScalars.count >= 3 { long.append(ms) } else { short.append(ms) }
            slowest.append((q, ms))
        }
        slowest.sort { $0.1 > $1.1 }
        // The same queries as the interface's search bar asks them: ranked
        // from a selected tambon (the first of the scale's first province).
        let nearTambon = try store.areas.list(level: .tambon, inside: spec.provinces?.first ?? "56").first?.code
        var nearTimes: [Double] = [], nearSlowest: [(String, Double)] = []
        if let nearTambon {
            let filter = SearchFilter(near: nearTambon, limit: 50)
            for q in ScaleQueries.all { _ = try store.search(q, filter: filter) }
            for q in ScaleQueries.all {
                let ms = try time { _ = try store.search(q, filter: filter) } * 1000
                nearTimes.append(ms)
                nearSlowest.append((q, ms))
            }
            nearSlowest.sort { $0.1 > $1.1 }
        }

        // 6. Maps at 200×60.
        progress("[\(spec.name)] maps")
        let source = MapSource(store: store)
        var maps: [(String, Double)] = []
        let province = spec.provinces?.first ?? "56"
        for (label, scope) in [("province \(province)", Optional(province)), ("country", nil)] {
            var times: [Double] = []
            var drawn = 0
            for _ in 0..<options.mapRuns {
                times.append(try time {
                    // As `tisep map --width 200` in 60 lines prints it: map rows, legend and key.
                    let data = try source.load(scope: scope, level: .tambon, indicator: "s90s10", thai: true)
                    let height = MapCommand.defaultHeight(data, method: .quantile, classes: 5, colorMode: .none, charset: .unicode,
                                                          width: 200, rows: 60)
                    _ = PrintedMap(data: data, method: .quantile, classes: 5, colorMode: .none, charset: .unicode,
                                   width: 200, height: height, labels: .auto).lines(colorMode: .none)
                    drawn = data.codes.count
                } * 1000)
            }
            maps.append(("\(label), \(drawn) tambons", MapBenchmark.median(times)))
        }

        // 7. Bundle export, and import into an empty database.
        progress("[\(spec.name)] bundle export")
        try store.file.checkpoint()
        let bundle = dir.appendingPathComponent("all.tisep").path
        var report: BundleExportReport?
        let exportSeconds = try time { report = try store.sync.exportBundle(to: bundle, options: BundleExportOptions(includePrivate: true)) }
        let exportedRecords = report?.records ?? 0
        progress("[\(spec.name)] bundle import (\(exportedRecords) records)")
        let importedPath = dir.appendingPathComponent("imported.sqlite").path
        try DefaultDataSet.create(at: importedPath, content: .schema)
        var imported = 0
        let bundleImportSeconds = try time {
            let target = try Store(path: importedPath)
            imported = try target.sync.importBundle(at: bundle).total.created
        }

        // 8. Plain SQLite: the same rows, the same trigram index, LIKE scans.
        progress("[\(spec.name)] plain SQLite")
        let plain = try PlainSQLite(path: dir.appendingPathComponent("plain.sqlite").path)
        let bodyRows = elementRows.map { row -> [String?] in
            let text = [row[0], row[1], row[10], row[7], row[8], row[9]].compactMap { $0 }.joined(separator: " ").lowercased()
            return row + [text]
        }
        let contacts = try store.records.rawRows(.contact)
        let resources = try store.records.rawRows(.resource)
        let indicatorValues = try store.records.rawRows(.indicatorValue)
        try plain.createTable("elements", columns: ScaleGenerator.columns + ["body"])
        try plain.createTable("contacts", columns: contacts.columns)
        try plain.createTable("resources", columns: resources.columns)
        try plain.createTable("indicator_values", columns: indicatorValues.columns)
        let plainElements = try time { try plain.transaction { try plain.insert("elements", columns: ScaleGenerator.columns + ["body"], rows: bodyRows) } }
        let plainElementIndex = try time { try plain.buildTrigramIndex("element_docs", from: ["SELECT body FROM elements"]) }
        let plainOthers = try time {
            try plain.transaction {
                try plain.insert("contacts", columns: contacts.columns, rows: contacts.rows)
                try plain.insert("resources", columns: resources.columns, rows: resources.rows)
                try plain.insert("indicator_values", columns: indicatorValues.columns, rows: indicatorValues.rows)
            }
        }
        let plainBundleIndex = try time {
            try plain.buildTrigramIndex("docs", from: ["SELECT body FROM elements", "SELECT lower(description) FROM resources"])
        }
        try plain.checkpoint()
        var likeShort: [Double] = [], likeLong: [Double] = []
        for q in ScaleQueries.all { _ = try plain.likeScan("elements", column: "body", query: q.lowercased()) }
        for q in ScaleQueries.all {
            let ms = try time { _ = try plain.likeScan("elements", column: "body", query: q.lowercased()) } * 1000
            if q.unicodeScalars.count >= 3 { likeLong.append(ms) } else { likeShort.append(ms) }
        }

        // 9. The interface: cold start, 500 keys, memory, in a fresh process.
        progress("[\(spec.name)] interface session (\(options.keys) keys)")
        try store.file.checkpoint()
        let tui: String
        if let exe = options.bench {
            tui = try runProcess(exe, ["tui", "--db", path, "--keys", String(options.keys)]).out
        } else {
            tui = try KeystrokeBenchmark.run(databasePath: path, keys: options.keys)
        }
        let cold = number(after: "cold start to the first frame: ", in: tui)
        let keyMedian = number(after: "median ", in: tui), keyP99 = number(after: "p99 ", in: tui)
        let browsingMB = number(after: "peak resident memory: ", in: tui)
        let slowestKeys = tui.split(separator: "\n").first { $0.hasPrefix("slowest keys: ") }.map { String($0.dropFirst("slowest keys: ".count)) }

        // 10. Whole processes from the shell: tisep search against sqlite3's LIKE scan.
        var shell: [Row] = []
        if let exe = options.tisep {
            progress("[\(spec.name)] whole-process search vs sqlite3")
            // A phone number and a whole Thai name, each of one element in the middle of the data set.
            let middle = elementRows[(elementRows.count / 2)...].first { $0[7] != nil } ?? elementRows[elementRows.count / 2]
            let selective = [middle[7] ?? "", middle[0] ?? ""]
            for q in selective where !q.isEmpty {
                var tisepTimes: [Double] = [], sqliteTimes: [Double] = []
                var found = "", sqliteFound = ""
                for _ in 0..<5 {
                    let r = try runProcess(exe, ["--db", path, "search", q, "--limit", "10"])
                    tisepTimes.append(r.ms)
                    found = "\(r.out.split(separator: "\n").count) lines"
                    if let sqlite3 = options.sqlite3 {
                        let escaped = q.lowercased().replacingOccurrences(of: "'", with: "''")
                        let s = try runProcess(sqlite3, [plain.path, "SELECT id, name_th FROM elements WHERE body LIKE '%\(escaped)%'"])
                        sqliteTimes.append(s.ms)
                        sqliteFound = NumberText.count(s.out.split(separator: "\n").count, "row", separators: false)
                    }
                }
                shell.append(Row(what: "whole process: `tisep search '\(q)'`", figure: ms(MapBenchmark.median(tisepTimes)),
                                 note: "median of 5; \(found)"))
                if !sqliteTimes.isEmpty {
                    shell.append(Row(what: "whole process: `sqlite3 plain.sqlite \"… LIKE '%\(q)%'\"`", figure: ms(MapBenchmark.median(sqliteTimes)),
                                     note: "median of 5; \(sqliteFound); tisep ÷ sqlite3 = \(ratio(MapBenchmark.median(tisepTimes), MapBenchmark.median(sqliteTimes)))"))
                }
            }
        }

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let fileMB = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
        let bundleMB = ((try? FileManager.default.attributesOfItem(atPath: bundle)[.size] as? Int) ?? 0) / 1_048_576
        let records = population.contacts + population.resources
        let plainImport = plainElements + plainElementIndex
        let plainBundle = plainElements + plainOthers + plainBundleIndex

        rows.append(Row(what: "data set", figure: "\(elementRows.count) elements, \(population.contacts) contacts, \(population.resources) resources, \(population.households) households",
                        note: "elements in \(tambonCount) of \(allTambons) tambons; \(boundaries) boundaries; database \(fileMB) MB"))
        rows.append(Row(what: "geography + boundaries + element rows generated", figure: secs(geography)))
        rows.append(Row(what: "`import-entities` of the element CSV", figure: "\(secs(importSeconds)), \(rate(elementRows.count, importSeconds))",
                        note: "plain SQLite: insert \(secs(plainElements)) + trigram index \(secs(plainElementIndex)) = \(rate(elementRows.count, plainImport)); tisep ÷ plain = \(ratio(importSeconds, plainImport)) (goal ≤ 2.5×)"))
        rows.append(Row(what: "contacts + resources generated (edit path, index deferred)", figure: "\(secs(population.recordSeconds)), \(rate(records, population.recordSeconds))",
                        note: "plain SQLite (with the \(indicatorValues.rows.count) indicator values): \(secs(plainOthers)), \(rate(records + indicatorValues.rows.count, plainOthers))"))
        rows.append(Row(what: "households inserted", figure: "\(secs(population.householdSeconds)), \(rate(population.households, population.householdSeconds))"))
        rows.append(Row(what: "indicators recomputed from all households", figure: secs(indicatorSeconds),
                        note: "\(values) values written (goal ≤ 5 s for 1,000,000 households)"))
        rows.append(Row(what: "search, 3+ scalars (\(long.count) queries)", figure: "median \(ms(pct(long, 0.5))), p99 \(ms(pct(long, 0.99)))",
                        note: "plain LIKE: median \(ms(pct(likeLong, 0.5))), p99 \(ms(pct(likeLong, 0.99))); p99 tisep ÷ LIKE = \(ratio(pct(long, 0.99), pct(likeLong, 0.99))) (goal p99 ≤ 10 ms)"))
        rows.append(Row(what: "search, 1–2 scalars (\(short.count) queries)", figure: "median \(ms(pct(short, 0.5))), p99 \(ms(pct(short, 0.99)))",
                        note: "plain LIKE: median \(ms(pct(likeShort, 0.5))), p99 \(ms(pct(likeShort, 0.99))); p99 tisep ÷ LIKE = \(ratio(pct(short, 0.99), pct(likeShort, 0.99))) (goal p99 ≤ 60 ms)"))
        rows.append(Row(what: "search, slowest", figure: slowest.prefix(4).map { "`\($0.0)` \(ms($0.1))" }.joined(separator: ", ")))
        if let nearTambon {
            rows.append(Row(what: "search near tambon \(nearTambon), all \(nearTimes.count) queries", figure: "median \(ms(pct(nearTimes, 0.5))), p99 \(ms(pct(nearTimes, 0.99)))",
                            note: "as the search bar asks (`--near`); slowest: " + nearSlowest.prefix(3).map { "`\($0.0)` \(ms($0.1))" }.joined(separator: ", ")))
        }
        for (label, t) in maps {
            rows.append(Row(what: "map \(label), 200×60, quantile", figure: ms(t), note: "load + classify + draw + text, median of \(options.mapRuns)"))
        }
        rows.append(Row(what: "cold start to the first frame", figure: cold.map { ms($0) } ?? "-", note: "fresh process (goal ≤ 250 ms)"))
        rows.append(Row(what: "keystroke → frame, \(options.keys) keys", figure: "median \(keyMedian.map { ms($0) } ?? "-"), p99 \(keyP99.map { ms($0) } ?? "-")",
                        note: "goal p99 ≤ 16 ms; slowest: \(slowestKeys ?? "-")"))
        rows.append(Row(what: "peak memory while browsing", figure: browsingMB.map { "\(Int($0)) MB" } ?? "-",
                        note: "the interface process's maximum resident set (goal ≤ 100 MB)"))
        rows.append(Row(what: "bundle export", figure: "\(secs(exportSeconds)), \(rate(exportedRecords, exportSeconds))",
                        note: "\(exportedRecords) records, \(bundleMB) MB"))
        rows.append(Row(what: "bundle import into an empty database", figure: "\(secs(bundleImportSeconds)), \(rate(exportedRecords, bundleImportSeconds))",
                        note: "\(imported) added; plain SQLite, the same elements, contacts, resources and indicator values + trigram index: \(secs(plainBundle)); tisep ÷ plain = \(ratio(bundleImportSeconds, plainBundle)) (goal ≤ 2.5×)"))
        rows += shell
        rows.append(Row(what: "peak memory of the benchmark process", figure: "\(usage.ru_maxrss / 1024) MB", note: "generation, export, import: not the browsing figure"))
        rows.append(Row(what: "whole scale run", figure: secs(since(started))))

        var out = ["### \(spec.name)", "", "| what | figure | note |", "|---|---|---|"]
        for r in rows { out.append("| \(r.what) | \(r.figure) | \(r.note) |") }

        var figures = ScaleFigures(name: spec.name, elements: elementRows.count)
        figures.work = [("`import-entities`", importSeconds, elementRows.count),
                        ("plain SQLite insert + index of the elements", plainImport, elementRows.count),
                        ("contacts + resources generated", population.recordSeconds, records),
                        ("households inserted", population.householdSeconds, population.households),
                        ("indicators recomputed from the households", indicatorSeconds, population.households),
                        ("bundle export", exportSeconds, exportedRecords),
                        ("bundle import", bundleImportSeconds, exportedRecords),
                        ("plain SQLite bundle equivalent", plainBundle, exportedRecords)]
        figures.readings = [("search 3+ scalars, p99", pct(long, 0.99), "ms"), ("search 1–2 scalars, p99", pct(short, 0.99), "ms")]
        figures.readings += maps.map { ("map \($0.0)", $0.1, "ms") }
        if let cold { figures.readings.append(("cold start", cold, "ms")) }
        if let keyP99 { figures.readings.append(("keystroke → frame, p99", keyP99, "ms")) }
        if let browsingMB { figures.readings.append(("peak memory while browsing", browsingMB, "MB")) }
        return (out.joined(separator: "\n"), figures)
    }

    // MARK: - Helpers

    /// Runs `executable` with `arguments` (stderr to /dev/null) and returns
    /// its wall time from spawn to exit and its standard output. Through
    /// `posix_spawn`, so that the time is the program's, not Foundation's.
    /// (A child reports its peak memory as `VmHWM`, its own address space's:
    /// its `ru_maxrss` would start from this large process's.)
    static func runProcess(_ executable: String, _ arguments: [String]) throws -> (ms: Double, out: String) {
        let argv = [executable] + arguments
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw JobError(message: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        let clock = ContinuousClock()
        let t0 = clock.now
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
        close(fds[1])
        guard rc == 0 else { close(fds[0]); throw JobError(message: "cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        close(fds[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let d = clock.now - t0
        return (Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15, String(decoding: data, as: UTF8.self))
    }

    /// The number after `label` in `text` (commas removed).
    static func number(after label: String, in text: String) -> Double? {
        guard let r = text.range(of: label) else { return nil }
        let digits = text[r.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "," }
        return Double(digits.replacingOccurrences(of: ",", with: ""))
    }

    static func pct(_ xs: [Double], _ p: Double) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
    }

    static func ms(_ x: Double) -> String { x < 10 ? String(format: "%.2f ms", x) : String(format: "%.0f ms", x) }
    static func secs(_ x: Double) -> String { String(format: "%.2f s", x) }
    static func rate(_ n: Int, _ seconds: Double) -> String {
        seconds > 0 ? "\(grouped(Int((Double(n) / seconds).rounded()))) /s" : "-"
    }
    static func grouped(_ n: Int) -> String {
        var s = String(n), out = ""
        while s.count > 3 { out = "," + s.suffix(3) + out; s.removeLast(3) }
        return s + out
    }
    static func ratio(_ a: Double, _ b: Double) -> String { b > 0 ? String(format: "%.2f×", a / b) : "-" }

    /// The machine, for the record.
    static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "?"
        let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?.split(separator: "\n").first
            .map { String($0).replacingOccurrences(of: "  ", with: "") } ?? "?"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(memory), SQLite \(PlainSQLite.libraryVersion)"
    }
}
