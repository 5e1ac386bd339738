import Foundation
import XCTest
@testable import TISEPBench
import TISEPTerm

/// Runs `tisep-bench` (or, with `tisep:`, a `tisep` command) in-process with
/// captured output, in a temporary folder of its own.
final class BenchHarness {
    let directory: URL
    var db: String { directory.appendingPathComponent("eco.sqlite").path }

    init(_ test: XCTestCase) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-bench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let dir = directory
        test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    }

    private func context(_ out: @escaping (String) -> Void, _ err: @escaping (String) -> Void) -> CommandContext {
        CommandContext(environment: ["HOME": directory.path, "TISEP_DB": db], stdoutIsTerminal: false, out: out, err: err)
    }

    /// `tisep-bench ARGS…`: exit code, stdout, stderr.
    func bench(_ args: String...) -> (code: Int32, out: String, err: String) {
        var out = "", err = ""
        let code = CommandLineTool.run(BenchTool.command, arguments: args, context: context({ out += $0 }, { err += $0 }))
        return (code, out, err)
    }

    /// `tisep ARGS…` on this harness's database.
    func tisep(_ args: String...) -> Int32? {
        CommandLineTool.run(args, context: context({ _ in }, { _ in }))
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// A folder laid out as `--geo DIR` expects (provinces.csv, districts.csv,
/// sub_districts.csv, th_adm3.geojson), made in `harness`'s folder from the
/// small vendored samples of TISEPTermTests (Tests/TISEPTermTests/Fixtures,
/// with their sources and licences): 77 provinces, the amphoes and tambons of
/// Bangkok, Uttaradit and Phayao, and the tambon outlines of the last two.
func vendoredGeoFolder(_ harness: BenchHarness) throws -> String {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TISEPTermTests/Fixtures/geo")
    let folder = URL(fileURLWithPath: harness.path("geo"))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (from, to) in [("provinces.csv", "provinces.csv"), ("districts.csv", "districts.csv"),
                       ("sub_districts.csv", "sub_districts.csv"), ("th_adm3-sample.geojson", "th_adm3.geojson")] {
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(from), to: folder.appendingPathComponent(to))
    }
    return folder.path
}
