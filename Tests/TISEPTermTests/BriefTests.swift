import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// Golden briefs of one demo tambon. `TISEP_RECORD=1 swift test --filter BriefTests`
/// rewrites the files under Golden/ after an intended change; review the diff.
final class BriefTests: XCTestCase {
    static let tambon = "560101"
    /// 2026-01-01, so the "brief made" date is fixed.
    static let env = ["SOURCE_DATE_EPOCH": "1767225600"]

    static func golden(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }

    private func brief(_ format: String, _ extra: [String] = []) throws -> (cli: CLIHarness, db: String, out: String) {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let r = cli.run(["brief", Self.tambon, "--format", format, "--db", db] + extra, env: Self.env)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(r.err, "")
        return (cli, db, r.out)
    }

    private func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.golden(name)
        if ProcessInfo.processInfo.environment["TISEP_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if text != expected {
            let got = text.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            XCTFail("\(name) differs from line \(first + 1): got '\(first < got.count ? got[first] : "<end>")', expected '\(first < want.count ? want[first] : "<end>")' (TISEP_RECORD=1 re-records)",
                    file: file, line: line)
        }
    }

    func testMarkdownGolden() throws {
        let md = try brief("md").out
        try assertGolden(md, "brief-560101.md")
        for heading in ["ตัวชี้วัดหลัก / Key indicators", "แผนที่ / Map", "ช่องว่าง / Gaps", "บันทึกการประชุม / Meeting notes",
                        "ใครอยู่ในพื้นที่ / Who is there", "ทรัพยากร / Resources", "โครงการที่ดำเนินการอยู่ / Active projects",
                        "# ภาคผนวก / Annex", "แหล่งข้อมูลและสัญญาอนุญาต / Sources and licences"] {
            XCTAssertTrue(md.contains(heading), heading)
        }
        XCTAssertTrue(md.contains("```text\n"), "the map is a fenced code block")
        XCTAssertTrue(md.contains("13 จาก 15"), "ranks within the amphoe")
        XCTAssertTrue(md.contains("2568"), "Buddhist-era years in the Thai interface")
        XCTAssertTrue(md.contains("ข้อมูลสาธิต"), "demo data are marked")
        XCTAssertTrue(md.contains("เส้นความยากจน 38,000"), "the poverty line is shown with the headcount")
    }

    func testTextGoldenFitsEightyColumns() throws {
        let txt = try brief("txt").out
        try assertGolden(txt, "brief-560101.txt")
        for line in txt.split(separator: "\n") {
            XCTAssertLessThanOrEqual(TextWidth.width(of: line), 80, String(line))
        }
        XCTAssertTrue(txt.contains("@@ ที่เลือก: เวียง"), "the tambon is marked on the map")
        let map = txt.components(separatedBy: "\n").drop { !$0.hasPrefix("2. แผนที่ / Map") }.prefix(28).joined(separator: "\n")
        XCTAssertTrue(map.contains("เวียง"), "the tambon is named on the map:\n\(map)")
    }

    func testHTMLGoldenIsSelfContainedAndBalanced() throws {
        let html = try brief("html").out
        try assertGolden(html, "brief-560101.html")
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertFalse(html.lowercased().contains("http"), "no external resources")
        XCTAssertFalse(html.contains("<script"))
        // Fonts that exist on Debian with fonts-thai-tlwg after the usual Thai ones.
        XCTAssertTrue(html.contains("\"Sarabun\", \"TH Sarabun New\", \"Loma\", \"Garuda\", \"Norasi\""))
        XCTAssertTrue(html.contains("size: A4"))
        XCTAssertTrue(html.contains("<svg class=\"map\""), "the map is a drawing")
        XCTAssertFalse(html.contains("<pre>"))
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: "<table>").count - 1, 3, "indicators and players in tables")
        try assertBalanced(html)
    }

    /// Every opened tag is closed in order; void tags and the SVG's
    /// self-closed ones (`<rect …/>`) need no closing.
    private func assertBalanced(_ html: String) throws {
        let void: Set<String> = ["meta", "br", "!doctype"]
        var stack: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return XCTFail("unclosed <") }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" && tag.first != "/" }).first.map { $0.lowercased() } ?? ""
            if tag.hasPrefix("/") {
                let n = String(tag.dropFirst()).lowercased()
                XCTAssertEqual(stack.popLast(), n, "</\(n)> closes something else")
            } else if !void.contains(name) && !tag.hasSuffix("/") {
                stack.append(name)
            }
        }
        XCTAssertEqual(stack, [], "tags left open")
    }

    func testUnknownCodeFailsWithAnError() throws {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let r = cli.run("brief", "999999", "--db", db)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.hasPrefix("tisep: error: "), r.err)
        XCTAssertEqual(r.out, "")
    }

    func testPrivateContactsOnlyWhenAskedFor() throws {
        let (cli, db, out) = try brief("txt")
        let store = try Store(path: db)
        let ids = try store.elements.list(servingAreaOrBelow: Self.tambon).map(\.id)
        let hidden = try ids.flatMap { try store.elements.contacts(ofElement: $0).filter(\.isPrivate) }.compactMap(\.phone).map(PhoneNumber.format)
        XCTAssertFalse(hidden.isEmpty, "the demo tambon needs a private contact for this test")
        for phone in hidden { XCTAssertFalse(out.contains(phone), phone) }
        let withPrivate = cli.run(["brief", Self.tambon, "--format", "txt", "--include-private", "--db", db], env: Self.env)
        XCTAssertEqual(withPrivate.code, 0, withPrivate.err)
        for phone in hidden { XCTAssertTrue(withPrivate.out.contains(phone), phone) }
    }

    func testOutputFileIsPrivateAndNotOverwritten() throws {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let path = cli.path("wiang.html")
        XCTAssertEqual(cli.run("brief", Self.tambon, "-o", path, "--db", db).code, 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"), "the format follows the extension")
        let again = cli.run("brief", Self.tambon, "-o", path, "--db", db)
        XCTAssertEqual(again.code, 1)
        XCTAssertEqual(again.err, "tisep: error: \(path) exists; give --force to replace it\n")
        XCTAssertEqual(cli.run("brief", Self.tambon, "-o", path, "--force", "--format", "md", "--db", db).code, 0)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# "))
    }

    func testAmphoeBriefAndEnglish() throws {
        let cli = try CLIHarness(self)
        let db = try DemoFixture.copy(self)
        let r = cli.run(["brief", "5601", "--format", "txt", "--lang", "en", "--db", db], env: Self.env)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("Amphoe brief: Mueang Phayao"), String(r.out.prefix(80)))
        XCTAssertTrue(r.out.contains("2025"))
        for line in r.out.split(separator: "\n") { XCTAssertLessThanOrEqual(TextWidth.width(of: line), 80, String(line)) }
    }
}
