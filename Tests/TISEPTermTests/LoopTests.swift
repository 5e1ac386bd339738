import Foundation
import XCTest
import EcosystemStore
import AsciiMap
@testable import TISEPTerm

/// The real loop (`App.run(on:)`) on a terminal in memory: keys from a
/// script, searches on the worker thread, frames drawn only when something
/// changed.
final class LoopTests: XCTestCase {
    /// The demo with a search worker whose searches first wait at `gate`
    /// (when given) and are written into `asked`.
    private func app(gate: SearchGate? = nil, asked: QueryLog? = nil, width: Int = 80, height: Int = 24) throws -> (App, () -> SearchWorker?) {
        var made: SearchWorker?
        let app = try DemoFixture.app(self, width: width, height: height, worker: { store in
            let search = EffectRunner.workerSearch(for: store)
            made = SearchWorker { request in
                asked?.add(request.query)
                gate?.pass(request.query)
                return search(request)
            }
            return made!
        })
        addTeardownBlock {
            gate?.releaseAll()
            made?.stop()
        }
        return (app, { made })
    }

    private func firstResult(_ query: String, _ app: App) throws -> SearchResult {
        // As the bar asks: ranked from the selected area.
        try XCTUnwrap(EffectRunner.search(SearchRequest(query: query, thai: true, near: app.state.selectedArea), store: app.store).results.first)
    }

    func testASearchTypedInOneBurstIsAskedOnceAndItsResultsReachTheFrame() throws {
        let asked = QueryLog()
        let (app, _) = try app(asked: asked)
        let expected = try firstResult("สูงอายุ", app)
        let terminal = TestTerminal(width: 80, height: 24, script: [.key(.char("/"))] + TestTerminal.typing("สูงอายุ") + [
            .until("the worker's results on the frame") { $0.screen.text.contains("ชมรมผู้สูงอายุตำบล") },
            .run { _ in XCTAssertEqual(asked.queries, ["สูงอายุ"], "seven keys in one burst ask for one search") },
            .key(.enter),
            .until("the jump to the first result") { !$0.screen.text.contains("/ สูงอายุ") },
        ])
        app.run(on: terminal)
        XCTAssertNil(terminal.failure)
        XCTAssertEqual(app.state.selectedElement, expected.id)
        XCTAssertTrue(terminal.screen.lines()[0].contains("›"), "the title shows the result's place")
    }

    func testAResultForAQuerySinceChangedIsDropped() throws {
        let gate = SearchGate()
        let (app, worker) = try app(gate: gate)
        var drawsBefore = 0
        let terminal = TestTerminal(width: 80, height: 24, script: [.key(.char("/"))] + TestTerminal.typing("ชมรม") + [
            .until("the worker searching ชมรม") { _ in gate.holding == "ชมรม" },
        ] + Array(repeating: .key(.backspace), count: 4) + TestTerminal.typing("สูงอายุ") + [
            .idle(milliseconds: 1),
            .run { terminal in
                XCTAssertEqual(app.state.search.query, "สูงอายุ")
                XCTAssertTrue(terminal.screen.text.contains("/ สูงอายุ"))
                drawsBefore = terminal.draws
                gate.release("ชมรม")
            },
            // The worker publishes ชมรม's results before it takes สูงอายุ.
            .until("the worker searching สูงอายุ") { _ in gate.holding == "สูงอายุ" },
            .idle(milliseconds: 1),
            .run { terminal in
                XCTAssertNil(worker()?.take(), "the loop has taken ชมรม's results")
                XCTAssertTrue(app.state.search.results.isEmpty, "ชมรม's results were dropped, not shown")
                XCTAssertTrue(app.state.search.pending, "still waiting for สูงอายุ's")
                XCTAssertEqual(terminal.draws, drawsBefore, "a dropped result draws nothing")
                gate.release("สูงอายุ")
            },
            .until("สูงอายุ's results") { $0.screen.text.contains("ชมรมผู้สูงอายุตำบล") },
        ])
        app.run(on: terminal)
        XCTAssertNil(terminal.failure)
        XCTAssertFalse(app.state.search.pending)
        XCTAssertEqual(app.state.search.results.first?.id, try firstResult("สูงอายุ", app).id)
    }

    func testEnterWhileTheWorkerIsStillSearchingGoesToWhatIsTypedNow() throws {
        let gate = SearchGate()
        let (app, _) = try app(gate: gate)
        let expected = try firstResult("สูงอายุ", app)
        let terminal = TestTerminal(width: 80, height: 24, script: [.key(.char("/"))] + TestTerminal.typing("สูงอายุ") + [
            .until("the worker searching") { _ in gate.holding == "สูงอายุ" },
            .key(.enter),
            .until("the jump") { !$0.screen.text.contains("/ สูงอายุ") },
            .run { _ in XCTAssertEqual(gate.holding, "สูงอายุ", "Enter did not wait for the worker") },
        ])
        app.run(on: terminal)
        XCTAssertNil(terminal.failure)
        XCTAssertFalse(app.state.searchActive)
        XCTAssertEqual(app.state.selectedElement, expected.id, "the first result of what was typed when Enter came")
    }

    func testIdleTimeDrawsNothingAndAKeyDrawsOnce() throws {
        let (app, _) = try app()
        var draws = 0
        let terminal = TestTerminal(width: 80, height: 24, script: [
            .run { draws = $0.draws },
            .idle(milliseconds: 10_000),
            .run { terminal in
                XCTAssertEqual(terminal.clock, 10_000, "ten seconds of ticks")
                XCTAssertEqual(terminal.draws, draws, "idle ticks draw nothing")
            },
            .key(.down),
            .idle(milliseconds: 100),
            .run { XCTAssertEqual($0.draws, draws + 1, "one key, one frame") },
        ])
        app.run(on: terminal)
        XCTAssertNil(terminal.failure)
        XCTAssertEqual(draws, 1, "the first frame")
        XCTAssertTrue(terminal.screen.text.contains("● ") || terminal.screen.text.contains("▸ "))
    }

    func testResizesThroughTheLoop() throws {
        let (app, _) = try app()
        let terminal = TestTerminal(width: 80, height: 24, script: [
            .windowChanged(width: 40, height: 12),
            .until("the tabs of a small window") { $0.screen.width == 40 && $0.screen.lines()[1].contains("แผนที่") },
            .key(.resize(width: 120, height: 40)),
            .until("four panes again") { $0.screen.width == 120 && $0.screen.height == 40 && $0.screen.text.contains("┌ แผนที่") },
        ])
        app.run(on: terminal)
        XCTAssertNil(terminal.failure)
        for line in terminal.screen.lines() { XCTAssertEqual(TextWidth.width(of: line), 120) }
    }

    func testQuitEndsTheLoopAndTheKeysAfterItAreNotRead() throws {
        let (app, _) = try app()
        let terminal = TestTerminal(width: 80, height: 24, script: [.key(.char("q")), .key(.char("/"))])
        app.run(on: terminal)
        XCTAssertTrue(app.state.quitRequested)
        XCTAssertFalse(app.state.searchActive, "the loop stopped at q")
    }
}

/// The queries a worker was asked, in order.
final class QueryLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ query: String) { lock.lock(); list.append(query); lock.unlock() }
    var queries: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
