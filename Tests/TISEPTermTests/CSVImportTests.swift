import Foundation
import XCTest
@testable import TISEPTerm

/// Every CSV importer refuses a damaged file whole, naming the file, the
/// line and what to do, and changes nothing; the same file undamaged loads.
final class CSVImportTests: XCTestCase {
    private struct Importer: Sendable {
        let command: String
        let header: [String]
        let row: @Sendable (inout PropertyRandom, Int) -> [String]
    }

    private static let tambons = ["560101", "560102", "560104", "560105", "560106"]

    private static let importers: [Importer] = [
        Importer(command: "import-entities", header: ["name_th", "p4", "role", "sector", "area_code", "phone", "description"]) { r, i in
            ["กลุ่มที่ \(i) \(r.pick(["ผู้สูงอายุ", "สตรี", "เยาวชน"]))", "player", r.pick(["implementer", "connector", "supporter"]),
             r.pick(["community", "civil-society"]), r.pick(tambons), "08\(Int.random(in: 10_000_000...99_999_999, using: &r))",
             r.pick(["", "ดูแล \"บ้าน\" ผู้สูงอายุ", "two\nlines", "a, b"])]
        },
        Importer(command: "import-indicators", header: ["area_code", "indicator", "year", "value", "source"]) { r, i in
            [tambons[i % tambons.count], r.pick(["s90s10", "gini"]), String(2020 + i / tambons.count), String(Double.random(in: 1...20, using: &r)),
             r.pick(["NSO, 2024", "survey \"A\""])]
        },
        Importer(command: "import-households", header: ["tambon_code", "household_id", "year", "members", "annual_income"]) { r, i in
            [r.pick(tambons), "h\(i)", "2025", String(Int.random(in: 1...6, using: &r)), String(Int.random(in: 10_000...400_000, using: &r))]
        },
        Importer(command: "import-geography", header: ["SUB_DISTRICT_ID", "DISTRICT_ID", "CODE", "SUB_DISTRICT_CODE", "SUB_DISTRICT_THAI",
                                                       "SUB_DISTRICT_ENGLISH", "LATITUDE", "LONGITUDE", "POSTAL_CODE"]) { r, i in
            let code = tambons[i % tambons.count]
            return [String(i), "1", code, code, "ตำบล \(i)", "Tambon \(i)", String(19 + Double(i) / 100), String(100 + Double(i) / 100), "56000"]
        },
        Importer(command: "import-vulnerable", header: ["area_code", "area_name_th", "target_group", "registered", "reached", "year", "source"]) { r, i in
            // One count per tambon and year: no row repeats another's key.
            [tambons[i % tambons.count], r.pick(["เวียง", ""]), r.pick(["stateless", "disabled"]), String(Int.random(in: 0...500, using: &r)),
             r.pick(["", "3"]), String(2020 + i / tambons.count), r.pick(["อบต.", "survey \"A\", 2024"])]
        },
    ]

    /// Importers whose rows need elements stored first: checked on damaged files only.
    private static let damageOnly: [Importer] = [
        Importer(command: "import-resources", header: ["id", "entity", "entity_name", "kind", "category", "description", "area_code", "status"]) { r, i in
            ["", "", "กลุ่มที่ \(i)", r.pick(["need", "offer"]), r.pick(["care", "funding"]), r.pick(["ดูแล \"บ้าน\"", "two\nlines", "a, b"]),
             r.pick(tambons), "open"]
        },
        Importer(command: "import-contacts", header: ["id", "entity", "entity_name", "name", "phone", "private"]) { r, i in
            ["", "", "กลุ่มที่ \(i)", r.pick(["นางแก้ว", "Mr \"K\""]), "08\(Int.random(in: 10_000_000...99_999_999, using: &r))", r.pick(["true", "false"])]
        },
    ]

    private static func cell(_ s: String) -> String {
        s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    private enum Damage: CaseIterable { case loneCR, addCell, removeCell, duplicateHeader, strayQuote }

    /// The file, and the line a damage is on (nil: intact).
    private static func file(_ importer: Importer, rows: Int, damage: Damage?, _ r: inout PropertyRandom) -> (String, Int?) {
        let target = Int.random(in: 0..<rows, using: &r)
        var text = importer.header.map(cell).joined(separator: ",")
        var line = 1
        var damaged: Int?
        if damage == .duplicateHeader {
            text += "," + importer.header[Int.random(in: 0..<importer.header.count, using: &r)].uppercased()
            damaged = 1
        }
        text += r.chance(0.5) ? "\n" : "\r\n"
        line += 1
        for i in 0..<rows {
            var cells = importer.row(&r, i)
            if i == target {
                switch damage {
                case .addCell: cells.append("extra"); damaged = line
                case .removeCell: cells.removeLast(); damaged = line
                case .strayQuote: cells[0] = String(cells[0].prefix(1)) + "\"" + cells[0].dropFirst(); damaged = line
                default: break
                }
            }
            text += cells.map { damage == .strayQuote && i == target && $0 == cells[0] ? $0 : cell($0) }.joined(separator: ",")
            line += cells.joined().unicodeScalars.filter { $0 == "\n" }.count
            if i == target && damage == .loneCR {
                text += "\r"
                damaged = line
            } else {
                text += r.chance(0.5) ? "\n" : "\r\n"
            }
            line += 1
        }
        return (text, damaged)
    }

    func testADamagedFileIsRefusedWholeAndChangesNothing() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        var random = PropertyRandom(seed: 77)
        var digest = cli.run("check", "--digest").out
        let all = Self.importers + Self.damageOnly
        for round in 0..<56 {
            let importer = all[round % all.count]
            let damage = random.pick(Damage.allCases)
            let (text, line) = Self.file(importer, rows: Int.random(in: 1...8, using: &random), damage: damage, &random)
            let path = try cli.write("round-\(round).csv", text)
            let r = cli.run(importer.command, path)
            XCTAssertEqual(r.code, 1, "\(importer.command) \(damage): \(text.debugDescription)\n\(r.out)")
            let expected = "tisep: error: \(path): line \(line ?? 0): "
            XCTAssertTrue(r.err.hasPrefix(expected) && r.err.hasSuffix("; nothing was imported\n"),
                          "\(importer.command) \(damage): \(r.err) \(text.debugDescription)")
            XCTAssertEqual(r.out, "", "nothing was reported as imported")
            XCTAssertEqual(cli.run("check", "--digest").out, digest, "\(importer.command) \(damage) changed nothing")
        }
        // The same kind of file, intact, loads (and changes the content).
        for importer in Self.importers {
            let (text, _) = Self.file(importer, rows: 5, damage: nil, &random)
            let r = cli.run(importer.command, try cli.write("intact-\(importer.command).csv", text))
            XCTAssertEqual(r.code, 0, "\(importer.command): \(r.err)\n\(r.out)")
            XCTAssertTrue(r.out.contains("refused 0 rows"), r.out + text)
            let now = cli.run("check", "--digest").out
            XCTAssertNotEqual(now, digest, importer.command)
            digest = now
        }
    }

    /// Geography files are all read before any is imported.
    func testASecondDamagedGeographyFileStopsTheFirstToo() throws {
        let cli = try CLIHarness(self)
        XCTAssertEqual(cli.run("init", "--empty").code, 0)
        let digest = cli.run("check", "--digest").out
        var random = PropertyRandom(seed: 78)
        let geography = Self.importers[3]
        let good = try cli.write("good.csv", Self.file(geography, rows: 3, damage: nil, &random).0)
        let (text, line) = Self.file(geography, rows: 3, damage: .loneCR, &random)
        let bad = try cli.write("bad.csv", text)
        let r = cli.run("import-geography", good, bad)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.hasPrefix("tisep: error: \(bad): line \(line ?? 0): a carriage return (CR) without a line feed"), r.err)
        XCTAssertEqual(cli.run("check", "--digest").out, digest)
    }
}
