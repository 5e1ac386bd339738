import Foundation
import XCTest
import EcosystemStore

/// Prints the cost of the bootstrap intervals at national scale; skipped
/// unless BOOTSTRAP_BENCH=1 (run it in release, see docs/PERFORMANCE.md).
/// BOOTSTRAP_BENCH_THREADS and BOOTSTRAP_BENCH_REPLICATES override the defaults.
final class BootstrapBenchmarkTests: XCTestCase {
    func testPrintFigures() throws {
        let env = ProcessInfo.processInfo.environment
        try XCTSkipUnless(env["BOOTSTRAP_BENCH"] == "1", "set BOOTSTRAP_BENCH=1")
        let threads = env["BOOTSTRAP_BENCH_THREADS"].flatMap(Int.init) ?? 1
        let replicates = env["BOOTSTRAP_BENCH_REPLICATES"].flatMap(Int.init) ?? HouseholdBootstrap.defaultReplicates
        for perTambon in [40, 134] {
            let figures = BootstrapBenchmark.run(households: 1_000_000, perTambon: perTambon, replicates: replicates, threads: threads)
            XCTAssertEqual(figures.households, 1_000_000)
            print(figures.lines.joined(separator: "\n"))
        }
    }
}
