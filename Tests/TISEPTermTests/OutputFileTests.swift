import Foundation
import XCTest
import EcosystemStore
@testable import TISEPTerm

/// No output path destroys data (docs/security.md): every command that
/// writes a file follows ``OutputFile``'s rule. Spellings of the database's
/// path are generated, not listed.
final class OutputFileTests: XCTestCase {
    /// The commands that write a file, each with what it needs besides `-o`.
    private func writers(_ cli: CLIHarness) throws -> [(name: String, args: [String])] {
        let bundle = cli.path("input.tisep")
        if !FileManager.default.fileExists(atPath: bundle) {
            let r = cli.run("export", "-o", bundle)
            XCTAssertEqual(r.code, 0, r.err)
        }
        return [("export", ["export"]), ("merge", ["merge", bundle]), ("brief", ["brief", "560101"]),
                ("backup", ["backup"]), ("export-geography", ["export-geography", "--provinces", "56"]),
                ("export-csv", ["export-csv", "entities"]), ("export-geojson", ["export-geojson"]),
                ("export-3w", ["export-3w"])]
    }

    /// A lab: a database in a folder that also holds a subfolder `sub`, a
    /// link `alias` to the folder itself, a link and a hard link to the
    /// database.
    private func lab() throws -> (cli: CLIHarness, folder: String) {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let folder = cli.directory.path
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        XCTAssertEqual(symlink(folder, folder + "/alias"), 0)
        XCTAssertEqual(symlink(cli.db, folder + "/link.sqlite"), 0)
        XCTAssertEqual(link(cli.db, folder + "/hard.sqlite"), 0)
        return (cli, folder)
    }

    /// `folder` spelled relative to the current directory (`../../tmp/…`).
    private func relative(_ folder: String) -> String {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let ups = here.split(separator: "/").count
        let there = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        return Array(repeating: "..", count: ups).joined(separator: "/") + there
    }

    /// A generated spelling of the database (or one of its companion files).
    private func spelling(_ folder: String, _ random: inout PropertyRandom) -> String {
        var parts = (random.chance(0.5) ? folder : relative(folder)).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // Steps that end where they started: inside the database's folder
        // `sub/..` and `alias` (a link to the folder); anywhere `.` and ``.
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: parts += ["sub", ".."]
            case 1: parts.append("alias")
            case 2: parts.insert(".", at: Int.random(in: 1...parts.count, using: &random))
            default: parts.insert("", at: Int.random(in: 1...parts.count, using: &random))
            }
        }
        if parts.first == "..", random.chance(0.5) { parts.insert(".", at: 0) }
        let name = random.pick(["eco.sqlite", "eco.sqlite", "eco.sqlite-wal", "eco.sqlite-shm", "eco.sqlite-journal",
                                "link.sqlite", "hard.sqlite"])
        return (parts + [name]).joined(separator: "/")
    }

    private func leftovers(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".tisep-") || $0.contains(".tmp-") || $0.contains(".spool-") }
    }

    func testNoSpellingOfTheDatabaseIsEverWritten() throws {
        let (cli, folder) = try lab()
        let writers = try writers(cli)
        let digest = cli.run("check", "--digest").out
        XCTAssertEqual(digest.count, 65)
        var random = PropertyRandom(seed: 13)
        for round in 0..<60 {
            let target = spelling(folder, &random)
            for writer in writers {
                let force = random.chance(0.5)
                let r = cli.run(writer.args + ["-o", target] + (force ? ["--force"] : []))
                XCTAssertEqual(r.code, 1, "\(round) \(writer.name) -o \(target): \(r.out)")
                XCTAssertEqual(r.err, "tisep: error: \(target) is the database in use; write somewhere else\n", "\(writer.name) -o \(target)")
            }
            XCTAssertEqual(cli.run("check", "--digest").out, digest, "after \(target)")
        }
        for companion in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: cli.db + companion) {
            let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: cli.db + companion)[.posixPermissions] as? Int)
            XCTAssertEqual(mode & 0o777, 0o600, "only SQLite made \(companion)")
        }
        XCTAssertEqual(try leftovers(folder), [])
        // The database given by a relative --db is protected the same way.
        let here = relative(folder)
        let r = cli.run(["--db", here + "/eco.sqlite", "export", "-o", cli.db, "--force"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("is the database in use"), r.err)
    }

    func testAnExistingFileIsReplacedOnlyWithForce() throws {
        let (cli, folder) = try lab()
        var random = PropertyRandom(seed: 14)
        for writer in try writers(cli) {
            for round in 0..<3 {
                let name = "existing-\(writer.name)-\(round).\(random.pick(["md", "tisep", "sqlite", "txt"]))"
                let target = random.chance(0.5) ? cli.path(name) : relative(folder) + "/./" + name
                let precious = "precious \(round)\n"
                try precious.write(toFile: cli.path(name), atomically: false, encoding: .utf8)
                chmod(cli.path(name), 0o644)
                let refused = cli.run(writer.args + ["-o", target])
                XCTAssertEqual(refused.code, 1, "\(writer.name)")
                XCTAssertEqual(refused.err, "tisep: error: \(target) exists; give --force to replace it\n")
                XCTAssertEqual(try String(contentsOfFile: cli.path(name), encoding: .utf8), precious)
                let replaced = cli.run(writer.args + ["-o", target, "--force"])
                XCTAssertEqual(replaced.code, 0, "\(writer.name): \(replaced.err)")
                XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: cli.path(name))), Data(precious.utf8))
                let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: cli.path(name))[.posixPermissions] as? Int)
                XCTAssertEqual(mode & 0o777, 0o600, "\(writer.name) --force leaves an owner-only file")
            }
        }
        let copy = cli.path("existing-backup-0.sqlite")
        if FileManager.default.fileExists(atPath: copy) {
            XCTAssertEqual(cli.run("--db", copy, "check", "--digest").out, cli.run("check", "--digest").out, "a replaced backup is whole")
        }
        XCTAssertEqual(try leftovers(folder), [])
    }

    func testFoldersMissingFoldersAndEmptyNames() throws {
        let (cli, folder) = try lab()
        for writer in try writers(cli) {
            let intoFolder = cli.run(writer.args + ["-o", folder + "/sub", "--force"])
            XCTAssertEqual(intoFolder.code, 1)
            XCTAssertTrue(intoFolder.err.contains("is a folder; give a file name inside it"), intoFolder.err)
            let nowhere = cli.run(writer.args + ["-o", folder + "/no/such/x.out"])
            XCTAssertEqual(nowhere.code, 1)
            XCTAssertTrue(nowhere.err.contains("there is no folder \(folder)/no/such"), nowhere.err)
            XCTAssertEqual(cli.run(writer.args + ["-o", ""]).code, 2, "an empty -o is a usage error")
        }
    }

    /// A writer that fails half-way (a full disk, a crash of the writer)
    /// leaves nothing under the real name and the old file as it was.
    func testAFailedWriteLeavesNoFileAndTheOldOneIntact() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-out-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        struct Crash: Error {}
        var random = PropertyRandom(seed: 15)
        for round in 0..<30 {
            let target = dir + "/out-\(round % 5).bin"
            let existed = FileManager.default.fileExists(atPath: target)
            let before = existed ? try Data(contentsOf: URL(fileURLWithPath: target)) : nil
            let size = Int.random(in: 0...200_000, using: &random)
            let output = OutputFile(target, replace: random.chance(0.7), database: dir + "/eco.sqlite")
            XCTAssertThrowsError(try output.write { temporary in
                let half = Data((0..<size / 2).map { _ in UInt8.random(in: 0...255, using: &random) })
                XCTAssertTrue(FileManager.default.createFile(atPath: temporary, contents: half))
                XCTAssertEqual(OutputFile.folder(of: temporary), dir, "the temporary file is beside the target")
                throw Crash()
            }) { error in
                if existed && !output.replace { XCTAssertEqual(error as? OutputFileError, .exists(target)) } else { XCTAssertTrue(error is Crash) }
            }
            XCTAssertEqual(FileManager.default.fileExists(atPath: target) ? try Data(contentsOf: URL(fileURLWithPath: target)) : nil, before)
            XCTAssertEqual(try leftovers(dir), [], "no temporary file is left")
            if random.chance(0.4) { try OutputFile(target, replace: true, database: nil).write(text: "whole \(round)\n") }
        }
        // A file that appears while the writer works is not clobbered.
        let raced = dir + "/raced.txt"
        XCTAssertThrowsError(try OutputFile(raced, database: nil).write { temporary in
            try "theirs".write(toFile: raced, atomically: false, encoding: .utf8)
            try "ours".write(toFile: temporary, atomically: false, encoding: .utf8)
        }) { XCTAssertEqual($0 as? OutputFileError, .exists(raced)) }
        XCTAssertEqual(try String(contentsOfFile: raced, encoding: .utf8), "theirs")
        XCTAssertEqual(try leftovers(dir), [])
    }

    /// Replacing an old backup drops that file's stale -wal and -shm, which
    /// SQLite would otherwise replay into the new copy.
    func testAReplacedBackupLosesTheOldFilesCompanions() throws {
        let (cli, _) = try lab()
        let copy = cli.path("copy.sqlite")
        XCTAssertEqual(cli.run("backup", "-o", copy).code, 0)
        // A real WAL of the old copy, as a crash would leave it.
        var wal = Data()
        do {
            let old = try Store(path: copy)
            _ = try old.records.create(.entity, ["name_th": "บันทึกเก่า", "p4": "policy", "area": "56"])
            wal = try Data(contentsOf: URL(fileURLWithPath: copy + "-wal"))
        }
        XCTAssertGreaterThan(wal.count, 0)
        try wal.write(to: URL(fileURLWithPath: copy + "-wal"))
        XCTAssertEqual(cli.run("add", "entity", "name_th=ค", "p4=policy", "area=56").code, 0)
        XCTAssertEqual(cli.run("backup", "-o", copy, "--force").code, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy + "-wal"))
        let check = cli.run("--db", copy, "check")
        XCTAssertEqual(check.code, 0, check.err)
        XCTAssertEqual(cli.run("--db", copy, "check", "--digest").out, cli.run("check", "--digest").out)
    }

    /// A merge whose second input is broken writes nothing, even with --force over an old file.
    func testAFailedMergeWritesNothing() throws {
        let (cli, folder) = try lab()
        let good = cli.path("good.tisep")
        XCTAssertEqual(cli.run("export", "-o", good).code, 0)
        let broken = try cli.write("broken.tisep", String(try String(contentsOfFile: good, encoding: .utf8).dropLast(40)))
        let out = cli.path("merged.tisep")
        try "old hub bundle".write(toFile: out, atomically: false, encoding: .utf8)
        let r = cli.run("merge", good, broken, "-o", out, "--force")
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "old hub bundle")
        XCTAssertEqual(try leftovers(folder), [])
    }
}
