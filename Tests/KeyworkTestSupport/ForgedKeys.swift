import Foundation

/// Public keys no honest device has: each is refused wherever Keywork reads a key (transcript-format.md §2).
public enum ForgedKeys {
    /// The identity point, canonically encoded (y = 1). It is of small order.
    public static let identity: [UInt8] = [1] + [UInt8](repeating: 0, count: 31)

    /// A signature that the identity key accepts for any statement at all: R is the identity and s is zero.
    public static let identitySignature: [UInt8] = [1] + [UInt8](repeating: 0, count: 63)

    /// A point of order 8, canonically encoded.
    public static let orderEight: [UInt8] = hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")

    /// The identity again, but spelled y = p + 1: not canonical.
    public static let nonCanonical: [UInt8] = [0xEE] + [UInt8](repeating: 0xFF, count: 30) + [0x7F]

    /// A key as journal headers and seals write it.
    public static func base64(_ key: [UInt8]) -> String { Data(key).base64EncodedString() }

    /// Every forged key, with a word for test logs.
    public static let all: [(name: String, key: [UInt8])] = [
        ("identity", identity), ("order 8", orderEight), ("non-canonical", nonCanonical),
    ]

    static func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8)
        func value(_ digit: UInt8) -> UInt8 { digit <= 57 ? digit - 48 : digit - 87 }
        return stride(from: 0, to: digits.count, by: 2).map { value(digits[$0]) << 4 | value(digits[$0 + 1]) }
    }
}
