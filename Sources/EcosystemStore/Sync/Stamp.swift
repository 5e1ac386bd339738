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

    /// The length of a replica id: every laptop's is 16 characters
    /// (`StoreContext.newReplicaID`: 16 hex digits), so every stamp has
    /// the same length and compares as text exactly as it does as a stamp.
    public static let replicaLength = 16
    /// The length of a stamp's text: 13 + 1 + 5 + 1 + 16.
    public static let textLength = 36

    /// Whether `s` is a replica id: 16 of 0-9 and a-z.
    public static func isReplicaID(_ s: String) -> Bool {
        s.utf8.count == replicaLength && s.utf8.allSatisfy(isReplicaByte)
    }

    private static func isReplicaByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A)
    }

    /// The one stamp parser, used wherever a stamp is read (bundles, the
    /// database, history): exactly 13 digits of wall time (not zero), a
    /// dot, 5 digits of counter, a dot and a 16-character replica id; nil
    /// for anything else, including anything after it. Fixed width is what
    /// makes the text order of stamps their order (SQL compares them as
    /// text). Read byte by byte: a bundle import parses every stamp of
    /// every field (a million at the national scale). Digits only, so the
    /// text is exactly `description` of the result.
    public init?(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        guard let parsed = text.utf8.withContiguousStorageIfAvailable(Stamp.parse), let numbers = parsed else { return nil }
        self.init(wallMillis: numbers.0, counter: numbers.1, replica: String(text.utf8.suffix(Stamp.replicaLength))!)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int64, Int)? {
        guard bytes.count == textLength, bytes[13] == UInt8(ascii: "."), bytes[19] == UInt8(ascii: ".") else { return nil }
        var wall: Int64 = 0, counter = 0
        for i in 0..<13 {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            wall = wall * 10 + Int64(d)
        }
        for i in 14..<19 {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            counter = counter * 10 + Int(d)
        }
        for i in 20..<textLength where !isReplicaByte(bytes[i]) { return nil }
        return wall > 0 ? (wall, counter) : nil
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
