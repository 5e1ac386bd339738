import Foundation
import EcosystemStore

/// What a search found, ready to be put into the state.
struct SearchOutcome {
    var query: String
    var results: [SearchResult]
    /// "เวียง › เมืองพะเยา › พะเยา" per result area code.
    var places: [String: String]
    var error: String?

    /// Runs one search with the labels the overlay shows.
    static func run(_ query: String, thai: Bool, store: Store) -> SearchOutcome {
        do {
            let results = try store.search(query, filter: SearchFilter(limit: AppController.searchLimit))
            var places: [String: String] = [:]
            for code in Set(results.compactMap(\.area)) {
                places[code] = try store.areas.path(of: code).reversed().map { $0.name(thai: thai) }.joined(separator: " › ")
            }
            return SearchOutcome(query: query, results: results, places: places)
        } catch {
            return SearchOutcome(query: query, results: [], places: [:], error: "\(error)")
        }
    }
}

/// Runs searches on a thread of its own with its own connection (WAL lets it
/// read while the interface reads and writes), so that typing in the search
/// bar never waits on the database: the newest query replaces any waiting
/// one, and a result for a query already changed is dropped.
final class SearchWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var request: (query: String, thai: Bool)?
    private var outcome: SearchOutcome?
    private var stopped = false
    private let databasePath: String

    init(databasePath: String) {
        self.databasePath = databasePath
        let thread = Thread { [weak self] in self?.loop() }
        thread.name = "tisep-search"
        thread.start()
    }

    func submit(_ query: String, thai: Bool) {
        condition.lock()
        request = (query, thai)
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
        var store: Store?
        while true {
            condition.lock()
            while request == nil && !stopped { condition.wait() }
            if stopped { condition.unlock(); return }
            let next = request!
            request = nil
            condition.unlock()
            if store == nil {
                do { store = try Store(path: databasePath) } catch {
                    publish(SearchOutcome(query: next.query, results: [], places: [:], error: "\(error)"))
                    continue
                }
            }
            publish(SearchOutcome.run(next.query, thai: next.thai, store: store!))
        }
    }

    private func publish(_ result: SearchOutcome) {
        condition.lock()
        outcome = result
        condition.unlock()
    }
}
