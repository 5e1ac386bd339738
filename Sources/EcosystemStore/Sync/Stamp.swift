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

    /// Parses the text form; nil if it is not a stamp: 13 digits, a dot, 5
    /// digits, a dot and a replica id without dots. Read byte by byte: a
    /// bundle import parses every stamp of every field (a million at the
    /// national scale), and splitting the string was a sixth of its time.
    /// Digits only, so the text is exactly `description` of the result.
    public init?(_ text: String) {
        let bytes = text.utf8
        guard bytes.count > 20 else { return nil }
        var i = bytes.startIndex
        /// `count` digits from `i`, then the dot after them.
        func number(digits count: Int) -> Int64? {
            var n: Int64 = 0
            for _ in 0..<count {
                let d = bytes[i] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                n = n * 10 + Int64(d)
                i = bytes.index(after: i)
            }
            guard bytes[i] == UInt8(ascii: ".") else { return nil }
            return n
        }
        guard let wall = number(digits: 13) else { return nil }
        i = bytes.index(after: i)
        guard let counter = number(digits: 5) else { return nil }
        let replica = Substring(text.utf8[bytes.index(after: i)...])
        guard !replica.utf8.contains(UInt8(ascii: ".")) else { return nil }
        self.init(wallMillis: wall, counter: Int(counter), replica: String(replica))
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
