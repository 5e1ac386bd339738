import Foundation
import XCTest
@testable import TISEPTerm

/// Runs `tisep` in-process with captured output and a private environment.
struct CLIRun {
    var code: Int32?
    var out: String
    var err: String
}

final class CLIHarness {
    let directory: URL
    var db: String { directory.appendingPathComponent("eco.sqlite").path }

    init(_ test: XCTestCase) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let dir = directory
        test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    }

    @discardableResult
    func run(_ args: String..., env: [String: String] = [:]) -> CLIRun { run(args, env: env) }

    func run(_ args: [String], env: [String: String] = [:]) -> CLIRun {
        var out = "", err = ""
        var environment = ["HOME": directory.path, "TISEP_DB": db]
        environment.merge(env) { $1 }
        let context = CommandContext(environment: environment, stdoutIsTerminal: false,
                                     out: { out += $0 }, err: { err += $0 })
        let code = CommandLineTool.run(args, context: context)
        return CLIRun(code: code, out: out, err: err)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws -> String {
        let p = path(name)
        try text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }
}

/// A file of `Fixtures/` (see its README), found from this file. A missing
/// fixture fails the test: it is part of the repository.
func fixtureFile(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    guard FileManager.default.fileExists(atPath: url.path) else {
        throw CLIFixtureMissing(path: url.path)
    }
    return url.path
}

struct CLIFixtureMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "the fixture \(path) is missing from the repository" }
}
