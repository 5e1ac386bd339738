import Foundation
import XCTest
import DefaultData
import EcosystemStore
@testable import TISEPTerm

/// The whole country in the binary, as a user meets it: `init`, search and
/// maps anywhere, the attribution, and `data/` made by tisep's own command.
final class EmbeddedGeographyCommandTests: XCTestCase {
    func testInitLoadsEveryProvinceWithItsBoundaries() throws {
        let cli = try CLIHarness(self)
        let r = cli.run("init", "--empty")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.contains("8441 areas (77 provinces, 928 amphoes, 7436 tambons), 8427 boundaries"), r.out)
        // A coordinator outside the pilot provinces finds their tambon and its map.
        XCTAssertTrue(cli.run("search", "Phra Borom Maha Ratchawang").out.contains("100101"))
        let map = cli.run("map", "--area", "1001", "--color", "never", "--width", "60", "--height", "24", "--lang", "en")
        XCTAssertEqual(map.code, 0, map.err)
        XCTAssertTrue(map.out.contains("no data yet (12)"), map.out)
        let store = try Store(path: cli.db)
        XCTAssertEqual(try store.areas.boundaries(level: .province, inside: nil).count, 77)
        XCTAssertEqual(try store.areas.boundarySources(), [DefaultData.boundarySource])
        XCTAssertEqual(try store.areas.withEcosystemData(), [], "no ecosystem data yet anywhere")
    }

    func testVersionCarriesTheBoundaryAttribution() throws {
        let out = try CLIHarness(self).run("--version").out
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, out)
        XCTAssertTrue(lines[0].hasPrefix("tisep \(CommandLineTool.version) (schema \(Store.schemaVersion), "), out)
        XCTAssertEqual(lines[1], "Boundaries: OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO")
    }

    /// The demo ecosystem stays in the pilot provinces; the store says which
    /// areas hold data, so that the others can show "no data yet".
    func testTheDemoFillsOnlyThePilotProvinces() throws {
        let store = try Store(path: try DemoFixture.copy(self))
        XCTAssertEqual(try store.areas.counts().tambons, 7_436)
        let withData = try store.areas.withEcosystemData()
        XCTAssertEqual(Set(withData.filter { $0.count == 2 }), Set(DefaultData.pilotProvinces))
        XCTAssertEqual(withData.filter { $0.count == 6 }.count, 1_155, "every pilot tambon")
        XCTAssertEqual(try store.areas.withEcosystemData(level: .province), Set(DefaultData.pilotProvinces))
        XCTAssertEqual(try store.areas.withEcosystemData(level: .tambon, inside: "56").count, 68)
        XCTAssertTrue(try store.areas.hasEcosystemData("560101"))
        XCTAssertFalse(try store.areas.hasEcosystemData("10"))
    }

    /// `data/` is exactly what `export-geography --swift` writes from a
    /// database built from it: the files can be regenerated, and nothing
    /// is lost or rounded on the way in or out.
    func testExportGeographyWritesTheFilesOfData() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data")
        for (file, args) in [("Geography.swift", [String]()), ("ProvinceBoundaries.swift", ["--boundaries", "province"]),
                             ("AmphoeBoundaries.swift", ["--boundaries", "amphoe"]), ("TambonBoundaries.swift", ["--boundaries", "tambon"])] {
            let out = cli.path(file)
            let r = cli.run(["export-geography", "--swift", "-o", out] + args)
            XCTAssertEqual(r.code, 0, r.err)
            let committed = try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)
            XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).utf8.elementsEqual(committed.utf8), "\(file) differs from what the export writes")
        }
        let bad = cli.run("export-geography", "--boundaries", "village", "-o", cli.path("x"))
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.err.contains("--boundaries accepts province|amphoe|tambon"), bad.err)
        XCTAssertEqual(cli.run("init", "--schema-only", "--force").code, 0)
        let none = cli.run("export-geography", "--boundaries", "tambon", "-o", cli.path("y"))
        XCTAssertEqual(none.code, 1)
        XCTAssertTrue(none.err.contains("no tambon boundaries in the database"), none.err)
    }
}
