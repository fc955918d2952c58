/// Puts bytes typed at the terminal together into Unicode scalars as they arrive, a read at a time.
///
/// Bytes that are not UTF-8 never take valid text with them: each bad byte, or each start of a sequence
/// cut short, becomes one U+FFFD and the next byte is read afresh (Unicode's "maximal subpart" rule), so
/// `caf\xE9 ok` is `caf� ok`, never `caf`.
public struct UTF8Assembler: Sendable, Equatable {
    private var remaining = 0
    private var value: UInt32 = 0
    /// The range the next continuation byte must be in (narrower after E0, ED, F0 and F4).
    private var lowest: UInt8 = 0x80
    private var highest: UInt8 = 0xBF

    public init() {}

    /// A sequence has begun and its last byte has not come yet.
    public var isInsideSequence: Bool { remaining > 0 }

    /// The scalars that `byte` completes: none while a sequence goes on, one, or two when a sequence was
    /// cut short by a byte that starts something new.
    public mutating func add(_ byte: UInt8) -> [Unicode.Scalar] {
        if remaining > 0 {
            guard byte >= lowest && byte <= highest else {
                remaining = 0
                return [Self.replacement] + add(byte)
            }
            value = value << 6 | UInt32(byte & 0x3F)
            remaining -= 1
            (lowest, highest) = (0x80, 0xBF)
            guard remaining == 0 else { return [] }
            return [Unicode.Scalar(value) ?? Self.replacement]
        }
        switch byte {
        case 0x00...0x7F:
            return [Unicode.Scalar(byte)]
        case 0xC2...0xDF:
            start(1, UInt32(byte & 0x1F), 0x80, 0xBF)
        case 0xE0...0xEF:
            start(2, UInt32(byte & 0x0F), byte == 0xE0 ? 0xA0 : 0x80, byte == 0xED ? 0x9F : 0xBF)
        case 0xF0...0xF4:
            start(3, UInt32(byte & 0x07), byte == 0xF0 ? 0x90 : 0x80, byte == 0xF4 ? 0x8F : 0xBF)
        default:
            return [Self.replacement]
        }
        return []
    }

    /// No more bytes are coming soon: a sequence left unfinished becomes one U+FFFD.
    public mutating func finish() -> [Unicode.Scalar] {
        guard remaining > 0 else { return [] }
        remaining = 0
        return [Self.replacement]
    }

    private mutating func start(_ continuations: Int, _ bits: UInt32, _ low: UInt8, _ high: UInt8) {
        remaining = continuations
        value = bits
        (lowest, highest) = (low, high)
    }

    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
