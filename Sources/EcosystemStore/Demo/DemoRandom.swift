/// SplitMix64: the demo's only source of randomness. It is seeded, so the
/// same seed gives the same data on every laptop; the system generator and
/// `Double.random` would give every laptop a different demo, which then
/// could not converge by sync.
package struct DemoRandom {
    /// The stream's position (the bootstrap hands it to `ReplicateRandom`, the same generator).
    package private(set) var state: UInt64

    package init(seed: UInt64) { state = seed }

    /// A generator for one part of the demo (a tambon, an amphoe): each part
    /// draws from its own stream, so adding a province leaves the others as they were.
    package init(seed: UInt64, key: String) {
        state = DemoRandom.mix(seed ^ DemoRandom.fnv1a(key))
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return DemoRandom.mix(state)
    }

    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a over UTF-8: a stable hash (Swift's `Hasher` is reseeded per process).
    package static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// Uniform in [0, 1).
    package mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in `range`.
    package mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    package mutating func chance(_ p: Double) -> Bool { unit() < p }

    package mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// `count` distinct items in their original order.
    package mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var chosen = Array(repeating: false, count: items.count)
        var left = min(count, items.count)
        while left > 0 {
            let i = int(0...(items.count - 1))
            if !chosen[i] { chosen[i] = true; left -= 1 }
        }
        return items.indices.filter { chosen[$0] }.map { items[$0] }
    }

    /// An index drawn with the given relative weights.
    package mutating func weighted(_ weights: [Double]) -> Int {
        var x = unit() * weights.reduce(0, +)
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// An approximately standard normal value (Irwin–Hall: twelve uniforms),
    /// plain arithmetic so that every platform gets the same bits; libm's
    /// `log` and `cos` may differ in the last place between platforms.
    package mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return sum - 6
    }

    /// A lognormal value with the given median and log-spread.
    package mutating func lognormal(median: Double, sigma: Double) -> Double {
        median * DemoMath.exp(sigma * normal())
    }
}

package enum DemoMath {
    /// eˣ for |x| < 30 with only + − × ÷, so that it is bit-identical on
    /// every platform (unlike libm's `exp`): x = k·ln2 + r, eʳ by its Taylor
    /// series, 2ᵏ exactly.
    package static func exp(_ x: Double) -> Double {
        let ln2 = 0.693_147_180_559_945_3
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...16 {
            term = term * r / Double(n)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }
}

extension DemoRandom {
    /// A record id shaped like a version-4 UUID, derived from the seed and
    /// the record's natural key (`"entity/560101/lao"`), so the same record
    /// gets the same id on every laptop and in every run.
    package static func recordID(seed: UInt64, key: String) -> String {
        var g = DemoRandom(seed: seed, key: key)
        let hi = (g.next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let lo = (g.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let h = hex(hi), l = hex(lo)
        return "\(h.prefix(8))-\(h.dropFirst(8).prefix(4))-\(h.suffix(4))-\(l.prefix(4))-\(l.suffix(12))"
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
