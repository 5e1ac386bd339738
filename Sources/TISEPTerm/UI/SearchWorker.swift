import Foundation

/// Runs searches on a thread of its own, so that typing in the search bar
/// never waits on the database: the newest query replaces any waiting one,
/// and the newest result waits for the loop to take it (`take`), which
/// hands it to `Update` as a message. Whether a result is still wanted is
/// `Update`'s decision, not the worker's. The search itself is given
/// (`EffectRunner.searchWorker` gives one with a connection of its own).
final class SearchWorker: @unchecked Sendable {
    typealias Search = @Sendable (_ request: SearchRequest) -> SearchOutcome

    private let condition = NSCondition()
    private var request: SearchRequest?
    private var outcome: SearchOutcome?
    private var stopped = false
    private let search: Search

    init(search: @escaping Search) {
        self.search = search
        let thread = Thread { [weak self] in self?.loop() }
        thread.name = "tisep-search"
        thread.start()
    }

    func submit(_ request: SearchRequest) {
        condition.lock()
        self.request = request
        condition.signal()
        condition.unlock()
    }

    /// The newest finished search, once.
    func take() -> SearchOutcome? {
        condition.lock()
        defer { outcome = nil; condition.unlock() }
        return outcome
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while request == nil && !stopped { condition.wait() }
            if stopped { condition.unlock(); return }
            let next = request!
            request = nil
            condition.unlock()
            let result = search(next)
            condition.lock()
            outcome = result
            condition.unlock()
        }
    }
}
