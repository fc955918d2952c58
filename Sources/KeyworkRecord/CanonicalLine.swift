/// Verify's fast path for one journal line: accepts only a line in exactly the form the journal writes,
/// checked in place in the journal's bytes, with nothing built and nothing copied.
///
/// It never accepts a line that `JournalReader`'s full check would refuse: the fixed parts are compared byte
/// for byte, `data` must be in the written form and pass the parser's rules (`CanonicalValue`), and `prev`
/// must spell the chain. Anything else (a
/// header, spaces, escapes in keys, any damage) returns false and the caller runs the full check, which
/// accepts what is merely unusual and gives the reason for what is wrong.
enum CanonicalLine {
    private static let seqKey = Array(#"{"seq":"#.utf8)
    private static let timeKey = Array(#","ts":""#.utf8)
    private static let eventKey = Array(#"","event":""#.utf8)
    private static let dataKey = Array(#"","data":"#.utf8)
    private static let prevKey = Array(#","prev":""#.utf8)
    private static let timeTemplate = Array("0000-00-00T00:00:00.000Z".utf8)

    /// Whether `bytes[start..<end]` is a valid line number `number` (never the header) whose `prev` spells `chain`.
    static func isValid(_ bytes: [UInt8], from start: Int, to end: Int, number: Int, chain: [UInt8]) -> Bool {
        guard number > 0 else { return false }
        var position = start
        guard matches(seqKey, in: bytes, at: &position, end: end), matchesDecimal(number, bytes, &position, end),
            matches(timeKey, in: bytes, at: &position, end: end), matchesTime(bytes, &position, end),
            matches(eventKey, in: bytes, at: &position, end: end), matchesEventName(bytes, &position, end),
            matches(dataKey, in: bytes, at: &position, end: end), position < end, bytes[position] == UInt8(ascii: "{")
        else { return false }
        guard let dataEnd = CanonicalValue.end(of: bytes, from: position, to: end, depth: 1) else { return false }
        position = dataEnd
        guard matches(prevKey, in: bytes, at: &position, end: end), end - position == chain.count * 2 + 2 else {
            return false
        }
        return bytes.withUnsafeBufferPointer { buffer in
            // Only lowercase hex can equal the digits written here, so this is also the form check of `prev`.
            var index = position
            for byte in chain {
                guard buffer[index] == hexDigits[Int(byte >> 4)], buffer[index + 1] == hexDigits[Int(byte & 0x0F)]
                else { return false }
                index += 2
            }
            return buffer[index] == UInt8(ascii: "\"") && buffer[index + 1] == UInt8(ascii: "}")
        }
    }

    /// Whether the event of a line that `isValid` accepted is one of `names` (UTF-8), compared in place at
    /// the name's fixed position, so nothing is copied or built for the lines that are not.
    static func hasEvent(in names: [[UInt8]], _ bytes: [UInt8], from start: Int, number: Int) -> Bool {
        var digits = 1
        var rest = number
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let nameStart = start + seqKey.count + digits + timeKey.count + timeTemplate.count + eventKey.count
        return names.contains { name in
            let end = nameStart + name.count
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return false }
            return bytes[nameStart..<end].elementsEqual(name)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func matches(_ expected: [UInt8], in bytes: [UInt8], at position: inout Int, end: Int) -> Bool {
        guard end - position >= expected.count else { return false }
        for (offset, byte) in expected.enumerated() where bytes[position + offset] != byte { return false }
        position += expected.count
        return true
    }

    /// The decimal digits of `number` exactly, as the encoder writes them (no sign, no leading zero).
    private static func matchesDecimal(_ number: Int, _ bytes: [UInt8], _ position: inout Int, _ end: Int) -> Bool {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            guard position < end, bytes[position] == UInt8(ascii: "0") + UInt8(rest / divisor) else { return false }
            rest %= divisor
            divisor /= 10
            position += 1
        }
        return true
    }

    /// A time of exactly `RecordTime.isValidTime`'s shape and ranges; none of its bytes needs escaping.
    private static func matchesTime(_ bytes: [UInt8], _ position: inout Int, _ end: Int) -> Bool {
        guard end - position >= timeTemplate.count else { return false }
        for (offset, expected) in timeTemplate.enumerated() {
            let byte = bytes[position + offset]
            if expected == UInt8(ascii: "0") {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            } else if byte != expected {
                return false
            }
        }
        guard RecordTime.isRealMoment(bytes, at: position) else { return false }
        position += timeTemplate.count
        return true
    }

    /// An event name (`JournalEntry.isValidEventName`) other than `header` and `signed`, up to its closing quote
    /// (not taken).
    private static func matchesEventName(_ bytes: [UInt8], _ position: inout Int, _ end: Int) -> Bool {
        let start = position
        while position < end, position - start <= 64 {
            let byte = bytes[position]
            let isNameByte =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            guard isNameByte else { break }
            position += 1
        }
        let length = position - start
        guard (1...64).contains(length), position < end, bytes[position] == UInt8(ascii: "\"") else { return false }
        // A signature's role is checked by the full path, which reads its data.
        return !isWord(header, in: bytes, from: start, to: position)
            && !isWord(signed, in: bytes, from: start, to: position)
    }

    private static let header = Array("header".utf8)
    private static let signed = Array("signed".utf8)

    private static func isWord(_ word: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        guard end - start == word.count else { return false }
        for (offset, byte) in word.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }
}
