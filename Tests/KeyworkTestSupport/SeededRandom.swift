/// A repeatable random number generator (SplitMix64): a property test or fuzz case fails the same way on
/// every run, and any case can be replayed from its seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A fresh generator for case `index` of a run seeded with `seed`, so one case replays on its own.
    public static func forCase(_ index: Int, seed: UInt64) -> SeededRandom {
        var mixer = SeededRandom(seed: seed &* 0x1_0000_0001 &+ UInt64(index))
        return SeededRandom(seed: mixer.next())
    }
}
