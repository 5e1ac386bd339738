import Foundation
import XCTest
import EcosystemStore

/// Prints the cost of the bootstrap intervals at national scale (1,000,000
/// households in tambons of about 40, and of about 134 as in `bench scale
/// national`), on one thread and on two; skipped unless BOOTSTRAP_BENCH=1.
/// Run it in release:
///   BOOTSTRAP_BENCH=1 swift test -c release --scratch-path .build-release --filter BootstrapBenchmarkTests
/// BOOTSTRAP_BENCH_REPLICATES overrides the number of replicates.
final class BootstrapBenchmarkTests: XCTestCase {
    func testPrintFigures() throws {
        let env = ProcessInfo.processInfo.environment
        try XCTSkipUnless(env["BOOTSTRAP_BENCH"] == "1", "set BOOTSTRAP_BENCH=1")
        let replicates = env["BOOTSTRAP_BENCH_REPLICATES"].flatMap(Int.init) ?? HouseholdBootstrap.defaultReplicates
        for perTambon in [40, 134] {
            for threads in [1, 2] {
                let figures = BootstrapBenchmark.run(households: 1_000_000, perTambon: perTambon, replicates: replicates, threads: threads)
                XCTAssertEqual(figures.households, 1_000_000)
                print(figures.lines.joined(separator: "\n"))
            }
        }
    }
}
