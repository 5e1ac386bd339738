import XCTest
import EcosystemStore

final class TreeQueryTests: XCTestCase {
    /// The tree's counts: distinct live players serving an area or below it.
    func testPlayerCountsCountEachLivePlayerOncePerArea() throws {
        let store = try smallStore()
        // Serves both tambons of one amphoe: once in the amphoe and the province.
        try store.records.create(.entity, ["name_th": "เครือข่ายอาสาสองตำบล", "p4": "player", "role": "connector", "area": "560101,560102"])
        try store.records.create(.entity, ["name_th": "ชมรมผู้สูงอายุตำบลเวียง", "p4": "player", "role": "implementer", "area": "560101"])
        // Serves the whole amphoe from above.
        try store.records.create(.entity, ["name_th": "สำนักงานพัฒนาสังคมอำเภอ", "p4": "player", "role": "supporter", "area": "5601"])
        // Not players, or not live: not counted.
        try store.records.create(.entity, ["name_th": "ป่าชุมชนบ้านเวียง", "p4": "asset", "area": "560101"])
        let gone = try store.records.create(.entity, ["name_th": "กลุ่มที่เลิกแล้ว", "p4": "player", "role": "implementer", "area": "560102"])
        try store.records.delete(gone)
        let yala = try store.records.create(.entity, ["name_th": "กลุ่มสตรีสะเตง", "p4": "player", "role": "implementer", "area": "950101"])

        var counts = try store.areas.playerCounts()
        XCTAssertEqual(counts["56"], 3)
        XCTAssertEqual(counts["5601"], 3)
        XCTAssertEqual(counts["560101"], 2)
        XCTAssertEqual(counts["560102"], 1)
        XCTAssertEqual(counts["95"], 1)

        // A player that stops being one leaves the counts; a restored one returns.
        try store.records.update(yala, ["p4": "asset"])
        try store.records.restore(gone)
        counts = try store.areas.playerCounts()
        XCTAssertNil(counts["95"])
        XCTAssertEqual(counts["560102"], 2)
    }
}
