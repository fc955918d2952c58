/// Verify's fast check of one JSON value, in place: accepts only the form `JSONValue.encoded()` writes (no
/// whitespace, keys in ASCII without escapes) and only what `JSONParser` accepts, in one pass over the bytes.
///
/// It is `CanonicalLine`'s check of a line's `data`. Anything else (spaces, a non-ASCII or escaped key, a
/// surrogate escape, a number of 19 digits or more, an object of more than `maximumKeys` keys, any damage)
/// gives nil and the caller runs the full check, which accepts what is merely unusual and names what is wrong.
/// UTF-8 is checked inside strings as they are scanned; outside them only ASCII punctuation can pass.
enum CanonicalValue {
    /// Keys of one object compared with each other here; a larger object is left to the full check's set.
    static let maximumKeys = 16

    /// The offset just after the value that starts at `start` in `bytes[start..<end]`, nested `depth` containers
    /// deep, or nil when it is not in the written form or not valid.
    static func end(of bytes: [UInt8], from start: Int, to end: Int, depth: Int) -> Int? {
        guard start >= 0, start <= end, end <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer, end: end, position: start, depth: depth)
            return scanner.value() ? scanner.position : nil
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let end: Int
        var position: Int
        var depth: Int

        private var current: UInt8? { position < end ? bytes[position] : nil }

        mutating func value() -> Bool {
            guard let byte = current else { return false }
            switch byte {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string(isKey: false)
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return false
            }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard end - position >= count else { return false }
            let matches = word.withUTF8Buffer { expected in
                (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
            }
            position += count
            return matches
        }

        /// `-?(0|[1-9][0-9]*)` of at most 18 digits, which always fits in 64 bits, and not followed by what
        /// would make it a fraction, an exponent or a leading zero.
        private mutating func number() -> Bool {
            if current == UInt8(ascii: "-") { position += 1 }
            guard let first = current, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return false }
            position += 1
            var digits = 1
            if first != UInt8(ascii: "0") {
                while let digit = current, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") {
                    digits += 1
                    position += 1
                }
            }
            guard let next = current else { return digits <= 18 }
            let continues =
                next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E")
                || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
            return digits <= 18 && !continues
        }

        private mutating func enter() -> Bool {
            depth += 1
            position += 1
            return depth <= JSONParser.maximumDepth
        }

        /// Past the closing bracket or brace of the container `enter` began.
        private mutating func leave() -> Bool {
            depth -= 1
            position += 1
            return true
        }

        private mutating func array() -> Bool {
            guard enter() else { return false }
            if current == UInt8(ascii: "]") { return leave() }
            while true {
                guard value() else { return false }
                switch current {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"): return leave()
                default: return false
                }
            }
        }

        private mutating func object() -> Bool {
            guard enter() else { return false }
            if current == UInt8(ascii: "}") { return leave() }
            // Where each key of this object starts and ends (quotes excluded), kept on the stack for the duplicate check.
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * CanonicalValue.maximumKeys) { keys in
                var count = 0
                while true {
                    guard current == UInt8(ascii: "\""), count < CanonicalValue.maximumKeys else { return false }
                    let keyStart = position + 1
                    guard string(isKey: true) else { return false }
                    let keyEnd = position - 1
                    for other in 0..<count where isSameKey(keys[2 * other], keys[2 * other + 1], keyStart, keyEnd) {
                        return false
                    }
                    keys[2 * count] = keyStart
                    keys[2 * count + 1] = keyEnd
                    count += 1
                    guard current == UInt8(ascii: ":") else { return false }
                    position += 1
                    guard value() else { return false }
                    switch current {
                    case UInt8(ascii: ","): position += 1
                    case UInt8(ascii: "}"): return leave()
                    default: return false
                    }
                }
            }
        }

        /// Keys here are ASCII without escapes, so equal bytes are exactly equal strings (a non-ASCII key could
        /// equal another by canonical equivalence, as the full check's `String` comparison finds).
        private func isSameKey(_ start: Int, _ end: Int, _ otherStart: Int, _ otherEnd: Int) -> Bool {
            guard end - start == otherEnd - otherStart else { return false }
            for offset in 0..<(end - start) where bytes[start + offset] != bytes[otherStart + offset] { return false }
            return true
        }

        /// A string from its opening quote to just after its closing one. Keys may hold only printable ASCII.
        private mutating func string(isKey: Bool) -> Bool {
            position += 1
            while true {
                position = CanonicalValue.endOfPlainRun(bytes, from: position, to: end)
                guard let byte = current else { return false }
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    return true
                case UInt8(ascii: "\\"):
                    guard !isKey, escape() else { return false }
                case 0x00..<0x20:
                    return false
                case 0x20..<0x80:
                    position += 1
                default:
                    guard !isKey, multibyteCharacter() else { return false }
                }
            }
        }

        /// An escape other than of a surrogate (those, paired or not, are left to the full check).
        private mutating func escape() -> Bool {
            guard end - position >= 2 else { return false }
            switch bytes[position + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                position += 2
                return true
            case UInt8(ascii: "u"):
                guard end - position >= 6 else { return false }
                var scalar: UInt32 = 0
                for offset in 2..<6 {
                    let byte = bytes[position + offset]
                    let digit: UInt32
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                    default: return false
                    }
                    scalar = scalar << 4 | digit
                }
                guard !(0xD800...0xDFFF).contains(scalar) else { return false }
                position += 6
                return true
            default:
                return false
            }
        }

        /// One UTF-8 character of two to four bytes, by the rules of `JSONParser.firstInvalidUTF8`.
        private mutating func multibyteCharacter() -> Bool {
            guard let sequence = UTF8Sequence(lead: bytes[position]),
                sequence.isWhole(in: bytes, at: position, end: end)
            else { return false }
            position += sequence.length
            return true
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first byte at or after `start` that is a quote, a backslash, below 0x20 or above 0x7F,
    /// or a little before it (never after it); `end` when there is none. Eight bytes are tested at a time.
    static func endOfPlainRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while end - index >= 8 {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            guard !needsLook(word) else { break }
            index += 8
        }
        return index
    }

    /// Whether any byte of `word` is a quote, a backslash, below 0x20 or above 0x7F (exact, with no false negative:
    /// a byte's test can only be set wrongly by a borrow from a lower byte that is itself such a byte).
    static func needsLook(_ word: UInt64) -> Bool {
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        let quote = (quotes &- ones) & ~quotes
        let backslash = (backslashes &- ones) & ~backslashes
        return (word | control | quote | backslash) & highBits != 0
    }
}
