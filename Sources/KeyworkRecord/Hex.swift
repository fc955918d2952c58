/// Lowercase hexadecimal, the only form the record writes hashes in.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(64)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` is exactly the lowercase hex of `bytes`, compared without making a string.
    static func spells(_ text: String, _ bytes: [UInt8]) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == bytes.count * 2 else { return false }
        var index = utf8.startIndex
        for byte in bytes {
            guard utf8[index] == digits[Int(byte >> 4)] else { return false }
            index = utf8.index(after: index)
            guard utf8[index] == digits[Int(byte & 0x0F)] else { return false }
            index = utf8.index(after: index)
        }
        return true
    }

    /// Whether `text` is exactly `count` bytes of lowercase hex (2 × count characters).
    static func isLowercaseHex(_ text: String, byteCount: Int) -> Bool {
        let utf8 = text.utf8
        return utf8.count == byteCount * 2
            && utf8.allSatisfy {
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                    || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
            }
    }

    /// The bytes that lowercase hex `text` spells; nil when it is not lowercase hex of whole bytes.
    static func decode(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0, isLowercaseHex(text, byteCount: digits.count / 2) else { return nil }
        func value(_ digit: UInt8) -> UInt8 {
            digit <= UInt8(ascii: "9") ? digit - UInt8(ascii: "0") : digit - UInt8(ascii: "a") + 10
        }
        return stride(from: 0, to: digits.count, by: 2).map { value(digits[$0]) << 4 | value(digits[$0 + 1]) }
    }
}
