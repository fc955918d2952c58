import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

@Suite struct JSONValueTests {
    @Test func encoderWritesKeysInOrderWithoutWhitespace() {
        let value = JSONValue.object([
            ("z", .int(-5)), ("a", .array([.null, .bool(true), .bool(false)])), ("m", .object([])), ("e", .array([])),
        ])
        #expect(String(decoding: value.encoded(), as: UTF8.self) == #"{"z":-5,"a":[null,true,false],"m":{},"e":[]}"#)
    }

    @Test func encoderEscapesOnlyWhatItMust() {
        let value = JSONValue.string("q\" b\\ n\n r\r t\t nul\u{0} us\u{1F} del\u{7F} é — 😀 /")
        let expected = #""q\" b\\ n\n r\r t\t nul\u0000 us\u001f del"# + "\u{7F} é — 😀 /\""
        #expect(String(decoding: value.encoded(), as: UTF8.self) == expected)
    }

    @Test func parserReadsWhatTheEncoderWrites() throws {
        let value = JSONValue.object([
            ("name", .string("line\nbreak \"quoted\" \u{1} ünï 😀")), ("min", .int(Int64.min)), ("max", .int(Int64.max)),
            ("nested", .array([.object([("k", .null)]), .array([.array([])])])),
        ])
        #expect(try JSONParser.parse(value.encoded()) == value)
    }

    @Test func parserAcceptsStandardEscapesAndWhitespace() throws {
        let text = #" { "a" : [ 1 , "\u00e9\/\b\f\ud83d\ude00" ] } "#
        #expect(
            try JSONParser.parse(Array(text.utf8)) == .object([("a", .array([.int(1), .string("é/\u{8}\u{C}😀")]))]))
    }

    @Test(arguments: [
        ("1.5", "numbers must be whole"), ("1e3", "numbers must be whole"), ("-", "digits"),
        ("01", "numbers must be whole"),
        ("99999999999999999999", "too large"), (#"{"a":1,"a":2}"#, "appears twice"), ("[1] x", "after the end"),
        ("", "missing"), (#""abc"#, "not closed"), ("\"a\u{1}\"", "control character"), (#""\ud800""#, "surrogate"),
        (#""\x""#, "unknown escape"), ("tru", "unknown word"), ("[1,]", "value should start"), ("{1:2}", "quoted key"),
        (#"{"a" 1}"#, "':'"),
    ])
    func parserRejectsWhatTheRecordNeverWrites(text: String, problem: String) {
        #expect {
            try JSONParser.parse(Array(text.utf8))
        } throws: { error in
            (error as? JSONParseError)?.message.contains(problem) == true
        }
    }

    @Test func parserRejectsInvalidUTF8() {
        for bytes: [UInt8] in [
            [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82],
        ] {
            #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
        }
    }

    @Test func parserStopsAtSixtyFourLevelsOfNesting() throws {
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONParser.parse(Array(deepest.utf8)) }
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(tooDeep.utf8)) }
        let hostile = String(repeating: "{\"a\":[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(hostile.utf8)) }
    }

    @Test func lookupHelpersFindMembersAndElements() {
        let value = JSONValue.object([("list", .array([.string("x"), .int(3)])), ("flag", .bool(true))])
        #expect(value["list"]?[0]?.stringValue == "x")
        #expect(value["list"]?[1]?.intValue == 3)
        #expect(value["list"]?[2] == nil)
        #expect(value["flag"]?.boolValue == true)
        #expect(value["missing"] == nil)
        #expect(value.objectKeys == ["list", "flag"])
    }

    /// Random values survive encode → parse unchanged.
    @Test func randomValuesRoundTrip() throws {
        var generator = SeededRandom(seed: 20_261_127)
        for _ in 0..<2000 {
            let value = randomValue(depth: 0, using: &generator)
            let bytes = value.encoded()
            #expect(try JSONParser.parse(bytes) == value)
            #expect(!bytes.contains(UInt8(ascii: "\n")), "an encoded value must fit on one journal line")
        }
    }

    /// Random bytes and random mutations of valid JSON end in a value or an error, never a crash,
    /// and whatever parses encodes to something that parses to the same value.
    @Test func fuzzedInputNeverCrashesTheParser() throws {
        var generator = SeededRandom(seed: 8259)
        let alphabet =
            Array(#"{}[]":,\-0123456789.eEtrufalsn \u"#.utf8) + [
                0x00, 0x0A, 0x1F, 0x7F, 0x80, 0xC3, 0xA9, 0xED, 0xF0, 0xFF,
            ]
        for round in 0..<20_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator) ?? 0
                }
            } else {
                bytes = randomValue(depth: 0, using: &generator).encoded()
                for _ in 0..<Int.random(in: 1...3, using: &generator) where !bytes.isEmpty {
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                    case 1: bytes.remove(at: index)
                    default: bytes.insert(alphabet.randomElement(using: &generator) ?? 0, at: index)
                    }
                }
            }
            if let value = try? JSONParser.parse(bytes) {
                #expect(try JSONParser.parse(value.encoded()) == value)
            }
        }
    }

    private func randomValue(depth: Int, using generator: inout SeededRandom) -> JSONValue {
        let choice = Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &generator)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            return .int(
                Int64.random(in: Int64.min...Int64.max, using: &generator)
                    >> Int64.random(in: 0..<64, using: &generator))
        case 3: return .string(randomString(using: &generator))
        case 4:
            return .array(
                (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                    randomValue(depth: depth + 1, using: &generator)
                })
        default:
            var members: [(String, JSONValue)] = []
            for index in 0..<Int.random(in: 0..<4, using: &generator) {
                members.append(
                    ("\(randomString(using: &generator))#\(index)", randomValue(depth: depth + 1, using: &generator)))
            }
            return .object(members)
        }
    }

    private func randomString(using generator: inout SeededRandom) -> String {
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "é", "—", "😀", "/", "\u{7F}"]
        return (0..<Int.random(in: 0..<8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
            .joined()
    }
}
