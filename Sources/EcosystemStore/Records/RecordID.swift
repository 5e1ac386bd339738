import Foundation

/// Ids for records created on this laptop: UUIDs of version 7 (RFC 9562),
/// written like every other id (36 characters, lower-case hex).
///
/// Why not version 4: a record's id is the primary key of its table and
/// the key of its rows in `field_stamps`, `history`, `record_areas`,
/// `search_docs` and `search_keys`. Random ids put every insert on a random
/// page of each of those B-trees, so a bulk import touches the whole of
/// every index and slows down once they outgrow SQLite's page cache (the
/// worse-than-linear growth of issue 8). Version 7 begins with the time in
/// milliseconds, so records made together sit together and inserts append.
///
/// What it reveals: the moment of creation, which the record's stamp
/// already carries (wall time and replica) and which travels with it in
/// every bundle. Ids from other laptops and older ids stay as they are:
/// nothing reads an id's version or layout (bundles only check its
/// characters, see `Validate.isRecordID`).
struct RecordIDGenerator {
    private var lastMillis: UInt64 = 0
    private var counter: UInt16 = 0
    private var random = SystemRandomNumberGenerator()

    /// The next id; ids from one generator sort in the order they were made
    /// (method 1 of RFC 9562 §6.2: a 12-bit counter within a millisecond),
    /// even if the wall clock steps back.
    mutating func next(now: Date = Date()) -> String {
        let wall = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        if wall > lastMillis {
            lastMillis = wall
            // A random start leaves room to count and keeps ids hard to guess.
            counter = UInt16(truncatingIfNeeded: random.next() & 0x3FF as UInt64)
        } else if counter < 0xFFF {
            counter += 1
        } else {
            lastMillis += 1
            counter = UInt16(truncatingIfNeeded: random.next() & 0x3FF as UInt64)
        }
        let ms = lastMillis & 0xFFFF_FFFF_FFFF
        let tail = random.next() as UInt64
        let bytes: [UInt8] = [
            UInt8(truncatingIfNeeded: ms >> 40), UInt8(truncatingIfNeeded: ms >> 32),
            UInt8(truncatingIfNeeded: ms >> 24), UInt8(truncatingIfNeeded: ms >> 16),
            UInt8(truncatingIfNeeded: ms >> 8), UInt8(truncatingIfNeeded: ms),
            0x70 | UInt8(counter >> 8), UInt8(truncatingIfNeeded: counter),
            0x80 | UInt8(truncatingIfNeeded: tail >> 58),
            UInt8(truncatingIfNeeded: tail >> 48), UInt8(truncatingIfNeeded: tail >> 40),
            UInt8(truncatingIfNeeded: tail >> 32), UInt8(truncatingIfNeeded: tail >> 24),
            UInt8(truncatingIfNeeded: tail >> 16), UInt8(truncatingIfNeeded: tail >> 8),
            UInt8(truncatingIfNeeded: tail),
        ]
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(b >> 4)])
            text.append(digits[Int(b & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
