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
        decode(utf8: text.utf8)
    }

    /// As `decode(_:)`, from the hex's UTF-8 (a field of a due index line), without making a string of it.
    static func decode(utf8 digits: some Collection<UInt8>) -> [UInt8]? {
        guard digits.count % 2 == 0 else { return nil }
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(digits.count / 2)
        var remaining = digits.makeIterator()
        while let high = remaining.next(), let low = remaining.next() {
            guard let high = value(high), let low = value(low) else { return nil }
            output.append(high << 4 | low)
        }
        return output
    }
}
