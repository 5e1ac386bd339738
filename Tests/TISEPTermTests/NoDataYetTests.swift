import Foundation
import XCTest
import AsciiMap
import EcosystemStore
@testable import TISEPTerm

/// The whole country is in the tree and on the map, the demo ecosystem only
/// in the 11 pilot provinces: an area without ecosystem data says "no data
/// yet" (dimmed), never shows a zero, in the tree, the detail pane, the map
/// pane and `tisep map`.
final class NoDataYetTests: XCTestCase {
    /// The tree pane's part of a screen line (up to the pane's right edge).
    private func treePart(_ line: String) -> String {
        line.components(separatedBy: "││").first ?? line
    }

    func testAProvinceOutsideTheDemoSaysNoDataYetInEveryPane() throws {
        let app = try DemoFixture.app(self, width: 120, height: 40, colorMode: .palette256)
        app.type("/")
        app.type("เชียงใหม่")
        app.press(.enter)
        XCTAssertEqual(app.state.selectedArea, "50")
        let lines = app.frame().lines()
        let chiangMai = try XCTUnwrap(lines.map(treePart).first { $0.contains("▸ เชียงใหม่") }, app.screenText)
        XCTAssertTrue(chiangMai.hasSuffix("ยังไม่มีข้อมูล"), chiangMai)
        XCTAssertFalse(chiangMai.contains("—") || chiangMai.contains(" 0"), "no zero and no empty value: \(chiangMai)")
        let row = try XCTUnwrap(lines.firstIndex { treePart($0).contains("▸ เชียงใหม่") })
        let tree = TreePane.Model(app.state)
        XCTAssertFalse(tree.hasData("50"))
        XCTAssertTrue(tree.hasData("56"))
        // Dimmed: the name's cells are drawn in the dim style (the cursor's row is reversed, so look at a neighbour).
        let neighbour = try XCTUnwrap(lines.firstIndex { treePart($0).contains("▸ ร้อยเอ็ด") }, app.screenText)
        XCTAssertNotEqual(neighbour, row)
        let roiEt = treePart(lines[neighbour])
        XCTAssertTrue(roiEt.hasSuffix("11.34 1,004"), "a pilot province keeps its value and count: \(roiEt)")
        let mukdahan = try XCTUnwrap(lines.firstIndex { treePart($0).contains("▸ มุกดาหาร") }, app.screenText)
        let frame = app.frame()
        let dim = Theme.dim(app.state.look).foreground
        XCTAssertEqual(frame[3, mukdahan].foreground, dim, "a province without data is dimmed")
        XCTAssertNotEqual(frame[3, neighbour].foreground, dim, "one with data is not")

        let detail = DetailPane.lines(DetailPane.Model(app.state), app.state.look, width: 60).map(\.text)
        XCTAssertTrue(detail.contains("ยังไม่มีข้อมูลในพื้นที่นี้"), "\(detail)")
        XCTAssertFalse(detail.contains { $0.contains(" 0") }, "no count of zero: \(detail)")

        // The map pane: the cursor's line and the legend's no-data entry.
        XCTAssertTrue(app.screenText.contains("เชียงใหม่ ยังไม่มีข้อมูล"), app.screenText)
        XCTAssertTrue(app.screenText.contains("ยังไม่มีข้อมูล ("), app.screenText)

        // Data arrives (an organisation filed in a tambon of Chiang Mai): the province shows its numbers.
        _ = try app.runner.store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุตำบลศรีภูมิ", "p4": "player", "role": "implementer", "area": "500101"])
        app.run([.reload(area: app.state.selectedArea, element: nil)])
        let after = try XCTUnwrap(app.frame().lines().map(treePart).first { $0.contains("▸ เชียงใหม่") })
        XCTAssertTrue(after.hasSuffix("—     1"), after)
        XCTAssertTrue(DetailPane.lines(DetailPane.Model(app.state), app.state.look, width: 60).map(\.text).contains { $0.hasPrefix("ผู้เล่น 1") })
    }

    func testPrintedMapOfAProvinceWithoutDataSaysSo() throws {
        let cli = try CLIHarness(self)
        try FileManager.default.copyItem(atPath: try DemoFixture.path(), toPath: cli.db)
        let tambons = try Store(path: cli.db).areas.list(level: .tambon, inside: "50").count
        let r = cli.run(["map", "--area", "50", "--color", "never", "--width", "100", "--height", "20"], env: ["LANG": "C.UTF-8"])
        XCTAssertEqual(r.code, 0, r.err)
        let legend = r.out.components(separatedBy: "\n\n").dropFirst().joined()
        XCTAssertTrue(legend.contains("ยังไม่มีข้อมูลในพื้นที่นี้ (no data here yet)"), legend)
        XCTAssertTrue(legend.contains("ยังไม่มีข้อมูล (\(tambons))"), legend)
        let english = cli.run(["map", "--area", "50", "--color", "never", "--width", "100", "--height", "20", "--lang", "en"], env: ["LANG": "C.UTF-8"])
        XCTAssertTrue(english.out.contains("no data yet (\(tambons))"), english.out)
        // A pilot province keeps the plain no-data class of its indicator.
        let phayao = cli.run(["map", "--area", "56", "--color", "never", "--width", "100", "--height", "20"], env: ["LANG": "C.UTF-8"])
        XCTAssertFalse(phayao.out.contains("ยังไม่มีข้อมูล"), phayao.out)
        XCTAssertTrue(phayao.out.contains("ไม่มีข้อมูล ("), phayao.out)
    }
}
