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
}
