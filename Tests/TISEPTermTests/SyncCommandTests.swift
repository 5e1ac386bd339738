import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

final class SyncCommandTests: XCTestCase {
    func fileHash(_ path: String) throws -> String {
        SHA256.hex(SHA256.hash(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// Two databases with geography and a few records each; returns the
    /// id of a's element.
    func twoLaptops(_ cli: CLIHarness) throws -> String {
        XCTAssertEqual(cli.run("init", "--empty", "--db", cli.path("a.sqlite")).code, 0)
        XCTAssertEqual(cli.run("init", "--empty", "--db", cli.path("b.sqlite")).code, 0)
        let add = cli.run("add", "entity", "name_th=ชมรมผู้สูงอายุ", "p4=player", "role=implementer", "area=560101", "--db", cli.path("a.sqlite"))
        let id = try XCTUnwrap(add.out.split(separator: "\n").last.map(String.init))
        cli.run("add", "contact", "entity=\(id)", "name=สมศรี", "phone=0891112222", "--db", cli.path("a.sqlite"))
        cli.run("add", "contact", "entity=\(id)", "name=ลับ", "private=true", "--db", cli.path("a.sqlite"))
        cli.run("add", "entity", "name_th=อื่น", "p4=asset", "area=950101", "--db", cli.path("b.sqlite"))
        return id
    }

    func testExportImportMergeHistoryFromTheCommandLine() throws {
        let cli = try CLIHarness(self)
        let id = try twoLaptops(cli)
        let a = ["--db", cli.path("a.sqlite")], b = ["--db", cli.path("b.sqlite")]
        XCTAssertTrue(cli.run("--version").out.contains("bundle format 2"))
        let export = cli.run(["export", "-o", cli.path("a.tisep")] + a)
        XCTAssertEqual(export.code, 0, export.err)
        XCTAssertTrue(export.out.contains("1 private contact left out"), export.out)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: cli.path("a.tisep"))[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        let dry = cli.run(["import", cli.path("a.tisep"), "--dry-run", "--json"] + b)
        XCTAssertEqual(dry.code, 0, dry.err)
        XCTAssertTrue(dry.out.hasPrefix("{\"dry_run\":true"), dry.out)
        XCTAssertEqual(cli.run(["show", id] + b).code, 1, "a dry run adds nothing")
        let real = cli.run(["import", cli.path("a.tisep")] + b)
        XCTAssertEqual(real.code, 0, real.err)
        XCTAssertTrue(real.out.contains("entity"), real.out)
        _ = cli.run(["set", id, "description=จาก b"] + b)
        _ = cli.run(["export", "-o", cli.path("b.tisep")] + b)
        XCTAssertEqual(cli.run(["import", cli.path("b.tisep")] + a).code, 0)
        XCTAssertEqual(cli.run(["check", "--digest"] + a).out, cli.run(["check", "--digest"] + b).out)
        let merged = cli.run("merge", cli.path("a.tisep"), cli.path("b.tisep"), "-o", cli.path("m.tisep"))
        XCTAssertEqual(merged.code, 0, merged.err)
        let history = cli.run(["history", id] + a)
        XCTAssertEqual(history.code, 0, history.err)
        XCTAssertTrue(history.out.contains("\"จาก b\"") && history.out.contains("(empty)") && history.out.contains("won"), history.out)
        let json = cli.run(["history", id, "--json"] + a)
        XCTAssertTrue(json.out.hasPrefix("{\"id\":\"\(id)\",\"type\":\"entity\",\"deleted\":false,\"fields\":["), json.out)
        XCTAssertEqual(cli.run(["history", "no-such-id"] + a).code, 1)
        XCTAssertEqual(cli.run(["export"] + a).code, 2)
        XCTAssertEqual(cli.run(["merge", "-o", cli.path("x")]).code, 2)
    }

    func testEveryBadFileIsRefusedAndTheDatabaseStaysExactlyAsItWas() throws {
        let cli = try CLIHarness(self)
        _ = try twoLaptops(cli)
        let a = ["--db", cli.path("a.sqlite")], b = ["--db", cli.path("b.sqlite")]
        XCTAssertEqual(cli.run(["export", "-o", cli.path("good.tisep")] + a).code, 0)
        let good = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cli.path("good.tisep"))))
        let digest = cli.run(["check", "--digest"] + b).out
        let hash = try fileHash(cli.path("b.sqlite"))
        var corpus: [(String, [UInt8])] = [
            ("empty", []), ("text", Array("Dear coordinator,\nhere is the file.\n".utf8)),
            ("json", Array("{\"records\":[1,2,3]}\n".utf8)), ("trailing garbage", good + Array("garbage".utf8)),
            ("sqlite", try [UInt8](Data(contentsOf: URL(fileURLWithPath: cli.path("a.sqlite"))))),
        ]
        var rng = SystemRandomNumberGenerator()
        corpus.append(("random", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        for cut in stride(from: 1, to: good.count, by: max(1, good.count / 40)) { corpus.append(("cut at \(cut)", Array(good[..<cut]))) }
        for position in stride(from: 0, to: good.count, by: max(1, good.count / 60)) {
            var flipped = good
            flipped[position] ^= 0x10
            corpus.append(("flip at \(position)", flipped))
        }
        let newer = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"version\":2,", with: "\"version\":3,")
        corpus.append(("newer", Array(newer.utf8)))
        // Faults of structure behind a correct checksum (issue 13, section 5), each with the message it must give.
        let lines = String(decoding: good, as: UTF8.self).split(separator: "\n").map(String.init)
        func resealed(_ body: [String]) -> [UInt8] {
            let text = body.map { $0 + "\n" }.joined()
            return Array((text + "{\"end\":\"tisep-bundle\",\"lines\":\(body.count),\"sha256\":\"\(SHA256.hex(SHA256.hash(text)))\"}\n").utf8)
        }
        let header = lines[0], body = Array(lines.dropFirst().dropLast())
        let stamp = try XCTUnwrap(body.first { $0.hasPrefix("{\"type\"") }?.components(separatedBy: "\"stamp\":\"").dropFirst().first?.prefix(36))
        let strict: [(String, String, [UInt8])] = [
            ("two end lines", "a second end line after the end line", good + Array((lines.last! + "\n").utf8)),
            ("two bundles", "more data after the end line (line \(lines.count))", good + good),
            ("negative count", "line 1 (the header): the header's count of entity is -1", resealed([header.replacingOccurrences(of: "\"entity\":1", with: "\"entity\":-1")] + body)),
            ("fractional count", "the header's count of entity is 1.5", resealed([header.replacingOccurrences(of: "\"entity\":1", with: "\"entity\":1.5")] + body)),
            ("private_left_out", "the header's private_left_out is -5", resealed([header.replacingOccurrences(of: "\"private_left_out\":1", with: "\"private_left_out\":-5")] + body)),
            ("unknown schema", "made by a newer tisep (schema 99)", resealed([header.replacingOccurrences(of: "\"schema\":\(Store.schemaVersion)", with: "\"schema\":99")] + body)),
            ("created", "is not a date and time", resealed([header.replacingOccurrences(of: "\"created\":\"", with: "\"created\":\"around ")] + body)),
            ("since", "is not a bundle id", resealed([header.replacingOccurrences(of: "\"since\":null", with: "\"since\":\"b1.tisep\"")] + body)),
            ("duplicate key", "has the key 'id' twice", resealed([header] + body.map { $0.replacingOccurrences(of: ",\"id\":", with: ",\"id\":\"x\",\"id\":") })),
            ("short replica", "malformed stamp", resealed([header] + body.map { $0.replacingOccurrences(of: String(stamp), with: String(stamp.dropLast(4))) })),
            ("junk after a stamp", "malformed stamp", resealed([header] + body.map { $0.replacingOccurrences(of: String(stamp), with: stamp + "+1") })),
        ]
        for (name, _, bytes) in strict { corpus.append((name, bytes)) }
        let messages = Dictionary(uniqueKeysWithValues: strict.map { ($0.0, $0.1) })
        for (name, bytes) in corpus {
            let p = cli.path("bad.tisep")
            try Data(bytes).write(to: URL(fileURLWithPath: p))
            let r = cli.run(["import", p] + b)
            XCTAssertEqual(r.code, 1, name)
            XCTAssertTrue(r.err.hasPrefix("tisep: error: cannot import \(p): "), "\(name): \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, name)
            if name == "newer" { XCTAssertTrue(r.err.contains("made by a newer tisep (bundle format 3); this tisep reads formats up to 2: upgrade tisep"), r.err) }
            if name == "sqlite" { XCTAssertTrue(r.err.contains("SQLite database"), r.err) }
            if let message = messages[name] { XCTAssertTrue(r.err.contains(message), "\(name): \(r.err)") }
        }
        XCTAssertEqual(cli.run(["check", "--digest"] + b).out, digest)
        XCTAssertEqual(try fileHash(cli.path("b.sqlite")), hash, "not a byte of the database changed")
    }

    /// Two laptops edit one field: the import shows the conflict (record,
    /// field, both values, the winner and why), in text and JSON, and
    /// `tisep conflicts` lists it afterwards.
    func testAConflictIsShownNotOnlyCounted() throws {
        let cli = try CLIHarness(self)
        let id = try twoLaptops(cli)
        let a = ["--db", cli.path("a.sqlite")], b = ["--db", cli.path("b.sqlite")]
        XCTAssertEqual(cli.run(["export", "-o", cli.path("a0.tisep")] + a).code, 0)
        XCTAssertEqual(cli.run(["import", cli.path("a0.tisep")] + b).code, 0)
        XCTAssertEqual(cli.run(["set", id, "description=แก้ที่ a"] + a).code, 0)
        XCTAssertEqual(cli.run(["set", id, "description=แก้ที่ b"] + b).code, 0)
        XCTAssertEqual(cli.run(["export", "-o", cli.path("a1.tisep")] + a).code, 0)
        let json = cli.run(["import", cli.path("a1.tisep"), "--dry-run", "--json"] + b)
        XCTAssertTrue(json.out.contains("\"conflicts\":[{\"kind\":\"entity\",\"id\":\"\(id)\",\"name\":\"ชมรมผู้สูงอายุ\",\"field\":\"description\",\"winner\":{\"value\":\"แก้ที่ b\""), json.out)
        XCTAssertTrue(json.out.contains("\"loser\":{\"value\":\"แก้ที่ a\""), json.out)
        XCTAssertTrue(json.out.contains("\"rule\":\"later-edit\",\"why\":\"the later edit wins\""), json.out)
        let text = cli.run(["import", cli.path("a1.tisep")] + b)
        XCTAssertEqual(text.code, 0, text.err)
        let lines = text.out.split(separator: "\n").map(String.init)
        let at = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("conflicts 1 ") }, text.out)
        XCTAssertEqual(lines[at + 1], "  entity \(id) \"ชมรมผู้สูงอายุ\" · description")
        XCTAssertTrue(lines[at + 2].hasPrefix("    won:  \"แก้ที่ b\"  ") && lines[at + 2].hasSuffix("this laptop"), lines[at + 2])
        let nameA = try XCTUnwrap(cli.run(["laptop"] + a).out.components(separatedBy: " (replica ").first)
        XCTAssertTrue(lines[at + 3].hasPrefix("    lost: \"แก้ที่ a\"  ") && lines[at + 3].contains(nameA), lines[at + 3])
        XCTAssertEqual(lines[at + 4], "    why:  the later edit wins; to keep the lost value: tisep set \(id) 'description=แก้ที่ a'")
        let listed = cli.run(["conflicts"] + b)
        XCTAssertTrue(listed.out.contains("conflicts 1 ") && listed.out.contains("lost: \"แก้ที่ a\""), listed.out)
        XCTAssertTrue(cli.run(["conflicts", "--json"] + b).out.hasPrefix("{\"conflicts\":[{\"kind\":\"entity\""))
        XCTAssertEqual(cli.run(["conflicts", "--since", "2200-01-01"] + b).out, "no conflicts to review\n")
        XCTAssertEqual(cli.run(["conflicts", "--since", "yesterday"] + b).code, 2)
        // The hint restores it, and settles the conflict as the interface's `r` does.
        XCTAssertEqual(cli.run(["set", id, "description=แก้ที่ a"] + b).code, 0)
        XCTAssertTrue(cli.run(["show", id] + b).out.contains("แก้ที่ a"))
        XCTAssertEqual(cli.run(["conflicts"] + b).out, "no conflicts to review\n")
        XCTAssertTrue(cli.run(["conflicts", "--all", "--json"] + b).out.contains("\"reviewed\":true"))
    }

    /// `tisep add vulnerable` twice on two laptops: one count per area,
    /// group and year everywhere, equal digests after either order.
    func testTheSameCountAddedOnTwoLaptopsIsOneRecord() throws {
        for aFirst in [true, false] {
            let cli = try CLIHarness(self)
            let a = ["--db", cli.path("a.sqlite")], b = ["--db", cli.path("b.sqlite")]
            XCTAssertEqual(cli.run(["init", "--empty"] + a).code, 0)
            XCTAssertEqual(cli.run(["init", "--empty"] + b).code, 0)
            let first = cli.run(["add", "vulnerable", "area=560101", "target_group=stateless", "registered=12", "year=2568"] + a)
            XCTAssertEqual(first.code, 0, first.err)
            XCTAssertEqual(first.out, "vg-560101-stateless-2025\n")
            let again = cli.run(["add", "vulnerable", "area=560101", "target_group=stateless", "registered=15", "year=2025"] + a)
            XCTAssertEqual(again.out, "a count for this area, group and year was there: changed registered\nvg-560101-stateless-2025\n")
            XCTAssertEqual(cli.run(["add", "vulnerable", "area=560101", "target_group=stateless", "registered=20", "reached=3", "year=2568"] + b).code, 0)
            let order = aFirst ? [(a, b), (b, a)] : [(b, a), (a, b)]
            for (from, to) in order {
                let file = cli.path(UUID().uuidString + ".tisep")
                XCTAssertEqual(cli.run(["export", "-o", file] + from).code, 0)
                XCTAssertEqual(cli.run(["import", file] + to).code, 0)
            }
            XCTAssertEqual(cli.run(["check", "--digest"] + a).out, cli.run(["check", "--digest"] + b).out)
            for db in [a, b] {
                XCTAssertEqual(try Store(path: db[1]).records.count(.vulnerable), 1)
            }
            let set = cli.run(["set", "vg-560101-stateless-2025", "year=2026"] + a)
            XCTAssertEqual(set.code, 2, "the key of a count does not change")
            XCTAssertTrue(set.err.contains("add the count for the other area, group or year"), set.err)
        }
    }

    /// Two laptops set up alike on one host do not share a name, and the
    /// import names the laptop a bundle came from by its own name.
    func testTwoNewLaptopsOnOneHostHaveTheirOwnNames() throws {
        let cli = try CLIHarness(self)
        _ = try twoLaptops(cli)
        let a = cli.run("laptop", "--db", cli.path("a.sqlite")).out, b = cli.run("laptop", "--db", cli.path("b.sqlite")).out
        XCTAssertNotEqual(a, b)
        let nameA = try XCTUnwrap(a.components(separatedBy: " (replica ").first)
        XCTAssertTrue(nameA.contains("@"), a)
        XCTAssertEqual(cli.run("export", "-o", cli.path("a.tisep"), "--db", cli.path("a.sqlite")).code, 0)
        let imported = cli.run("import", cli.path("a.tisep"), "--db", cli.path("b.sqlite"))
        XCTAssertTrue(imported.out.hasPrefix("imported \(cli.path("a.tisep")) from \(nameA) ("), imported.out)
    }

    /// A command that must write while another tisep writes waits, says so
    /// on stderr after a second, and then does its job.
    func testACommandWaitsForAnotherWriterAndSaysSo() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let path = cli.db
        let holding = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let other = try? Store(path: path) {
                try? other.transaction {
                    _ = try other.records.create(.entity, ["name_th": "อีกเครื่องกำลังเขียน", "p4": "asset"])
                    holding.signal()
                    Thread.sleep(forTimeInterval: 1.6)
                }
            } else {
                holding.signal()
            }
            done.signal()
        }
        holding.wait()
        let add = cli.run("add", "entity", "name_th=รอคิว", "p4=asset")
        done.wait()
        XCTAssertEqual(add.code, 0, add.err)
        XCTAssertEqual(add.err, "tisep: waiting for another tisep writing to \(path)…\n")
        XCTAssertEqual(try Store(path: path).records.count(.entity), 2)
    }

    /// The built `tisep` beside the test bundle, if there is one.
    func builtTool() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for dir in [Bundle.main.bundleURL.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")] {
            let tool = dir.appendingPathComponent("tisep").path
            if FileManager.default.isExecutableFile(atPath: tool) { return tool }
        }
        throw XCTSkip("no built tisep binary found")
    }

    func testAnImportKilledAtARandomMomentLeavesTheDatabaseBeforeOrAfter() throws {
        let tool = try builtTool()
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty", "--db", cli.path("big.sqlite")).code, 0)
        let big = try Store(path: cli.path("big.sqlite"))
        let tambons = try big.areas.list(level: .tambon, inside: nil)
        try big.transaction {
            for i in 0..<20_000 {
                _ = try big.records.insertCanonical(.entity, values: ["name_th": "องค์กร \(i)", "p4": "player", "role": "supporter",
                                                              "area": tambons[i % tambons.count].code], demo: false)
            }
        }
        try big.sync.exportBundle(to: cli.path("big.tisep"))
        let after = try big.sync.contentDigest()
        XCTAssertEqual(cli.run("init", "--empty", "--db", cli.path("pristine.sqlite")).code, 0)
        let before = try Store(path: cli.path("pristine.sqlite")).sync.contentDigest()
        for (attempt, delay) in [0.05, 0.3, Double.random(in: 0.1...1.5)].enumerated() {
            let target = cli.path("target\(attempt).sqlite")
            try FileManager.default.copyItem(atPath: cli.path("pristine.sqlite"), toPath: target)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = ["--db", target, "import", cli.path("big.tisep")]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let store = try Store(path: target)
            XCTAssertEqual(try store.file.integrityProblems(), [])
            let digest = try store.sync.contentDigest()
            XCTAssertTrue(digest == before || digest == after, "killed after \(delay) s: neither before nor after")
        }
    }
}
