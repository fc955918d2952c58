/// What a UTF-8 lead byte says of the character it begins (RFC 3629): how many bytes it has, and the range its
/// second byte must fall in (narrower after E0, ED, F0 and F4, which rules out overlong forms, surrogates and
/// code points above U+10FFFF). The JSON parser and verify's in-place check share it, so they agree byte for byte.
struct UTF8Sequence {
    let length: Int
    let lowestSecond: UInt8
    let highestSecond: UInt8

    /// Nil for a byte that cannot begin a character of two to four bytes.
    init?(lead: UInt8) {
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            highest = 0x9F
        case 0xF0:
            length = 4
            lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            highest = 0x8F
        default: return nil
        }
        (lowestSecond, highestSecond) = (lowest, highest)
    }

    /// Whether `bytes` from `start` hold the whole character: the second byte in range, the rest continuation bytes.
    func isWhole<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int, end: Int) -> Bool
    where Bytes.Index == Int {
        guard end - start >= length else { return false }
        let second = bytes[start + 1]
        guard second >= lowestSecond, second <= highestSecond else { return false }
        for offset in 2..<max(2, length) where bytes[start + offset] & 0xC0 != 0x80 { return false }
        return true
    }
}
