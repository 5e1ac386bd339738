// swift-tools-version:6.0
import PackageDescription

// No SwiftPM package dependencies: the Swift toolchain plus two system C
// libraries (ncursesw, sqlite3), each reached through a system-library target.
let package = Package(
    name: "TISEPTerm",
    products: [
        .executable(name: "tisep", targets: ["tisep"]),
        .executable(name: "tisep-bench", targets: ["TISEPBench"]),
        .library(name: "EcosystemStore", targets: ["EcosystemStore"]),
        .library(name: "AsciiMap", targets: ["AsciiMap"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // How many terminal columns a character takes: one rule for the maps and the store.
        .target(name: "CellWidth"),
        .target(name: "AsciiMap", dependencies: ["CellWidth"]),
        // The bootstrap's replicate loop, optimised in every build: unoptimised
        // it is a hundred times slower, and debug builds (the tests, `swift run
        // tisep`) compute the demo's intervals on their first run.
        .target(name: "BootstrapReplicates", swiftSettings: [.unsafeFlags(["-O"])]),
        // The embedded default data set: generated Swift source so that the
        // data travel inside the binary (no resource bundle to ship). The
        // store loads it at `init` and adds what an older database lacks.
        .target(name: "DefaultData", path: "data", exclude: ["README.md"]),
        .target(name: "EcosystemStore", dependencies: ["CSQLite", "CellWidth", "DefaultData", "BootstrapReplicates"]),
        // The command line and the full-screen interface, as a library so that
        // `tisep`, the benchmarks and the tests all run the same code.
        .target(
            name: "TISEPTerm",
            dependencies: ["EcosystemStore", "AsciiMap", "DefaultData", "CNcurses"]
        ),
        // The `tisep` program itself: a thin main over TISEPTerm.
        .executableTarget(name: "tisep", dependencies: ["TISEPTerm"], path: "Sources/tisep"),
        // Benchmarks, kept out of the product (`tisep-bench`, docs/PERFORMANCE.md).
        // Its yardstick is plain SQLite through the C API, by design.
        .executableTarget(
            name: "TISEPBench",
            dependencies: ["TISEPTerm", "EcosystemStore", "AsciiMap", "DefaultData", "CSQLite"]
        ),
        // The bundle reader's fuzz target: swift build --sanitize fuzzer --product BundleFuzz
        // --scratch-path .build-fuzz (docs/fuzzing.md).
        .executableTarget(name: "BundleFuzz", dependencies: ["EcosystemStore"]),
        // Golden/ and Fixtures/: expected output, and vendored data with the
        // scripts that made them, read by path (#filePath).
        .testTarget(name: "AsciiMapTests", dependencies: ["AsciiMap"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "EcosystemStoreTests", dependencies: ["EcosystemStore", "DefaultData", "BootstrapReplicates"], exclude: ["Fixtures"]),
        .testTarget(name: "DefaultDataTests", dependencies: ["DefaultData", "EcosystemStore", "AsciiMap"]),
        .testTarget(name: "TISEPTermTests", dependencies: ["TISEPTerm", "EcosystemStore", "AsciiMap", "DefaultData"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "TISEPBenchTests", dependencies: ["TISEPBench", "TISEPTerm", "EcosystemStore"]),
    ]
)
