import KeyworkText

/// Why some bytes are not JSON the record accepts, and where.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The byte offset where the problem was found.
    public var offset: Int
    public var message: String

    public var description: String { "byte \(offset + 1): \(message)" }
}

/// A strict parser for the JSON subset the record writes (RFC 8259 without fractions or exponents).
///
/// It rejects anything the deterministic encoder could not have meant: fractional numbers,
/// duplicate keys, invalid UTF-8, trailing bytes and nesting deeper than `maximumDepth`.
/// Every input, however damaged, ends in a value or a `JSONParseError`; it never traps.
public struct JSONParser {
    /// Arrays and objects may nest this deep and no deeper, so damaged input cannot exhaust the stack.
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    /// Where the text ends: `bytes.count`, or the end of one line when a value is checked inside a larger buffer.
    private let end: Int
    private var position = 0
    private var depth = 0
    /// A key of the outermost object whose value is checked by every rule but not built (see `parse(_:checkingOnly:)`).
    private var checkOnlyKey: String?
    /// False while a value is being checked but not built: strings, arrays and objects are then not made.
    private var building = true

    /// Parses exactly one JSON value that fills all of `bytes` (whitespace around it allowed).
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: Array(bytes))
        return try parser.parseDocument()
    }

    /// Like `parse`, and throws exactly when it would, but the value of `key` in the outermost object is
    /// only checked, not built: it comes back as an empty object if it is an object, and as null otherwise.
    ///
    /// Verify needs every journal line to be valid JSON of the right shape, but not the contents of `data`.
    public static func parse(_ bytes: some Collection<UInt8>, checkingOnly key: String) throws(JSONParseError)
        -> JSONValue
    {
        var parser = JSONParser(bytes: Array(bytes))
        parser.checkOnlyKey = key
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        self.end = bytes.count
    }

    private init(bytes: [UInt8], from start: Int, to end: Int, depth: Int) {
        self.bytes = bytes
        self.end = end
        self.position = start
        self.depth = depth
        self.building = false
    }

    /// Checks, by every rule of `parse` but without building it, the one value that starts at `start` in
    /// `bytes[start..<end]`, as if nested `depth` containers deep; returns the offset just after it.
    ///
    /// The general check that verify's one-pass check of a line's `data` (`CanonicalValue`) is tested against; the
    /// caller checks the UTF-8 of the range (`firstInvalidUTF8(in:from:to:)`) and what follows the value.
    static func checkValue(in bytes: [UInt8], from start: Int, to end: Int, depth: Int) throws(JSONParseError)
        -> Int
    {
        var parser = JSONParser(bytes: bytes, from: start, to: end, depth: depth)
        _ = try parser.parseValue()
        return parser.position
    }

    private mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if let badOffset = JSONParser.firstInvalidUTF8(in: bytes) {
            throw JSONParseError(offset: badOffset, message: "the text is not valid UTF-8")
        }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if position < end {
            throw failure("unexpected bytes after the end of the value")
        }
        return value
    }

    private func failure(_ message: String) -> JSONParseError {
        JSONParseError(offset: position, message: message)
    }

    private var current: UInt8? { position < end ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            position += 1
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard let byte = current else { throw failure("the value is missing (the text ends early)") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let text = try parseString()
            return building ? .string(text) : .null
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .int(try parseNumber())
        default: throw failure("unexpected character where a value should start")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let expected = literal.withUTF8Buffer { Array($0) }
        guard position + expected.count <= end,
            bytes[position..<position + expected.count].elementsEqual(expected)
        else { throw failure("unknown word; expected \(literal)") }
        position += expected.count
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw failure("arrays and objects nest deeper than \(JSONParser.maximumDepth) levels")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        position += 1
        var members: [(String, JSONValue)] = []
        // Record objects have a handful of keys, where comparing with each is cheaper than hashing;
        // the set takes over for large objects so that damaged input cannot make this quadratic.
        var seen: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
            let keyOffset = position
            let key = try parseString(isKey: true)
            let isDuplicate: Bool
            if members.count < 16 {
                isDuplicate = members.contains { $0.0 == key }
            } else {
                if seen.isEmpty { seen = Set(members.map(\.0)) }
                isDuplicate = !seen.insert(key).inserted
            }
            guard !isDuplicate else {
                throw JSONParseError(
                    offset: keyOffset, message: "the key \"\(TerminalText.escaped(key))\" appears twice in one object")
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':' after a key") }
            position += 1
            skipWhitespace()
            if depth == 1 && key == checkOnlyKey && building {
                let isObject = current == UInt8(ascii: "{")
                building = false
                _ = try parseValue()
                building = true
                members.append((key, isObject ? .object([]) : .null))
            } else {
                let value = try parseValue()
                // Unbuilt objects keep their keys, and only their keys, for the duplicate check.
                members.append((key, building ? value : .null))
            }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return .object(members)
            default: throw failure("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            let element = try parseValue()
            if building { elements.append(element) }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default: throw failure("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> Int64 {
        let start = position
        let negative = current == UInt8(ascii: "-")
        if negative { position += 1 }
        guard let first = current, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            throw failure("a '-' must be followed by digits")
        }
        // Accumulate as a negative number so that Int64.min fits.
        var value: Int64 = 0
        if first == UInt8(ascii: "0") {
            position += 1
        } else {
            while let digit = current, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") {
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = shifted.subtractingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
                if overflow1 || overflow2 {
                    throw JSONParseError(offset: start, message: "the number is too large (limit is 64-bit)")
                }
                value = next
                position += 1
            }
        }
        if let next = current,
            next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E")
                || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
        {
            throw JSONParseError(
                offset: start, message: "numbers must be whole, without a fraction, exponent or leading zero")
        }
        if negative { return value }
        let (positive, overflow) = Int64(0).subtractingReportingOverflow(value)
        if overflow { throw JSONParseError(offset: start, message: "the number is too large (limit is 64-bit)") }
        return positive
    }

    /// A string's text; while not building, only keys are made, for the duplicate check.
    private mutating func parseString(isKey: Bool = false) throws(JSONParseError) -> String {
        position += 1
        // Most strings hold no escape: find the closing quote and make the string from the bytes in one go.
        let start = position
        let end = self.end
        position = bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < end {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                index += 1
            }
            return index
        }
        if current == UInt8(ascii: "\"") {
            position += 1
            return building || isKey ? String(decoding: bytes[start..<position - 1], as: UTF8.self) : ""
        }
        var output = Array(bytes[start..<position])
        while true {
            guard let byte = current else { throw failure("a string is not closed (missing '\"')") }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                // The whole input was checked as UTF-8 up front and escapes add only scalars, so this is lossless.
                return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &output)
            case 0x00..<0x20:
                throw failure("a control character inside a string must be escaped")
            default:
                output.append(byte)
                position += 1
            }
        }
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(JSONParseError) {
        guard let byte = current else { throw failure("a string ends in the middle of an escape") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            let first = try parseHexQuad()
            var scalarValue = first
            if (0xD800...0xDBFF).contains(first) {
                guard current == UInt8(ascii: "\\"), position + 1 < end,
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw failure("a \\u escape holds half of a surrogate pair") }
                position += 2
                let second = try parseHexQuad()
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw failure("a \\u escape holds half of a surrogate pair")
                }
                scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(first) {
                throw failure("a \\u escape holds half of a surrogate pair")
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw failure("a \\u escape is not a character") }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw failure("unknown escape in a string")
        }
    }

    private mutating func parseHexQuad() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw failure("a \\u escape needs four hex digits") }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    /// The offset of the first byte that breaks UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        firstInvalidUTF8(in: bytes, from: 0, to: bytes.count)
    }

    /// The offset of the first byte of `bytes[start..<end]` that breaks UTF-8 there.
    static func firstInvalidUTF8(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            // Skip ASCII quickly: it is nearly all of a record.
            index = bytes.withUnsafeBufferPointer { buffer in
                var ascii = index
                while ascii < end && buffer[ascii] < 0x80 { ascii += 1 }
                return ascii
            }
            guard index < end else { return nil }
            guard let sequence = UTF8Sequence(lead: bytes[index]), sequence.isWhole(in: bytes, at: index, end: end)
            else { return index }
            index += sequence.length
        }
        return nil
    }
}
