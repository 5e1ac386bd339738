/// SplitMix64, step for step the generator of the store's `DemoRandom`
/// (`DemoRandom(seed: s)` and `ReplicateRandom(state: s)` give the same
/// stream; a test holds them together). It lives here too because the
/// replicate loop draws from it hundreds of millions of times and this
/// module is compiled with optimisation in every build.
public struct ReplicateRandom: Sendable {
    public private(set) var state: UInt64

    public init(state: UInt64) { self.state = state }

    @inline(__always)
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Two uniform indices in 0..<n from one 64-bit draw, by Lemire's
    /// multiply-shift on each 32-bit half: no division in the inner loop, and
    /// half the generator calls. The bias, at most n / 2³² (2·10⁻⁷ for a
    /// tambon of 1,000 households), is far below anything measurable.
    @inline(__always)
    public mutating func indexPair(below n: Int) -> (Int, Int) {
        let bits = next()
        let n64 = UInt64(truncatingIfNeeded: n)
        return (Int(truncatingIfNeeded: ((bits & 0xFFFF_FFFF) &* n64) >> 32),
                Int(truncatingIfNeeded: ((bits >> 32) &* n64) >> 32))
    }
}
