import Foundation

/// A hybrid-logical-clock stamp: wall time in milliseconds, a counter for
/// edits within the same millisecond (or while the wall clock lags behind a
/// stamp already seen), and the replica that made the edit. Its text form
/// sorts in stamp order, so SQLite compares stamps as plain strings and every
/// laptop orders edits the same way, whatever their clocks say.
public struct Stamp: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let wallMillis: Int64
    public let counter: Int
    public let replica: String

    static let counterLimit = 100_000

    public init(wallMillis: Int64, counter: Int, replica: String) {
        self.wallMillis = wallMillis
        self.counter = counter
        self.replica = replica
    }

    /// "1732270000000.00042.3fa9c1d2e4b5a697": fixed-width fields.
    public var description: String {
        let wall = String(wallMillis)
        let count = String(counter)
        return String(repeating: "0", count: max(0, 13 - wall.count)) + wall + "."
            + String(repeating: "0", count: max(0, 5 - count.count)) + count + "." + replica
    }

    /// Parses the text form; nil if it is not a stamp.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 13, parts[1].count == 5,
              let wall = Int64(parts[0]), let counter = Int(parts[1]), !parts[2].isEmpty
        else { return nil }
        self.init(wallMillis: wall, counter: counter, replica: String(parts[2]))
    }

    public static func < (a: Stamp, b: Stamp) -> Bool {
        (a.wallMillis, a.counter, a.replica) < (b.wallMillis, b.counter, b.replica)
    }

    public var date: Date { Date(timeIntervalSince1970: Double(wallMillis) / 1000) }
}

/// The replica's clock. `next()` is strictly greater than every stamp this
/// replica has made or seen, even if the wall clock goes backwards.
public struct HybridClock: Sendable {
    public let replica: String
    private(set) var lastWall: Int64
    private(set) var lastCounter: Int
    private let now: @Sendable () -> Int64

    public init(replica: String, last: Stamp? = nil, now: @escaping @Sendable () -> Int64 = HybridClock.wallNow) {
        self.replica = replica
        self.lastWall = last?.wallMillis ?? 0
        self.lastCounter = last?.counter ?? 0
        self.now = now
    }

    public static let wallNow: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }

    public mutating func next() -> Stamp {
        let wall = now()
        if wall > lastWall {
            lastWall = wall
            lastCounter = 0
        } else {
            lastCounter += 1
            if lastCounter >= Stamp.counterLimit {
                lastWall += 1
                lastCounter = 0
            }
        }
        return Stamp(wallMillis: lastWall, counter: lastCounter, replica: replica)
    }

    /// Moves the clock past a stamp received from another replica.
    public mutating func observe(_ stamp: Stamp) {
        if stamp.wallMillis > lastWall || (stamp.wallMillis == lastWall && stamp.counter > lastCounter) {
            lastWall = stamp.wallMillis
            lastCounter = stamp.counter
        }
    }
}
