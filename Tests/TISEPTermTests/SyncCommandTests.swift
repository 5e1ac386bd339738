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
        for (name, bytes) in corpus {
            let p = cli.path("bad.tisep")
            try Data(bytes).write(to: URL(fileURLWithPath: p))
            let r = cli.run(["import", p] + b)
            XCTAssertEqual(r.code, 1, name)
            XCTAssertTrue(r.err.hasPrefix("tisep: error: cannot import \(p): "), "\(name): \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, name)
            if name == "newer" { XCTAssertTrue(r.err.contains("made by a newer tisep (bundle format 3); this tisep reads formats up to 2: upgrade tisep"), r.err) }
            if name == "sqlite" { XCTAssertTrue(r.err.contains("SQLite database"), r.err) }
        }
        XCTAssertEqual(cli.run(["check", "--digest"] + b).out, digest)
        XCTAssertEqual(try fileHash(cli.path("b.sqlite")), hash, "not a byte of the database changed")
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
