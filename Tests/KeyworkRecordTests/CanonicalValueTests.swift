import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// Verify's one-pass check of a line's `data` (`CanonicalValue`) must never accept what the full parse refuses,
/// must end the value where the parse does, and must accept what the journal writes.
@Suite struct CanonicalValueTests {
    /// The full parse's check of the value at `start`, as `JSONParser` does it, with the UTF-8 of what it covers.
    private func fullEnd(_ bytes: [UInt8], from start: Int = 0, depth: Int = 1) -> Int? {
        guard let end = try? JSONParser.checkValue(in: bytes, from: start, to: bytes.count, depth: depth),
            JSONParser.firstInvalidUTF8(in: bytes, from: start, to: end) == nil
        else { return nil }
        return end
    }

    private func fastEnd(_ bytes: [UInt8], from start: Int = 0, depth: Int = 1) -> Int? {
        CanonicalValue.end(of: bytes, from: start, to: bytes.count, depth: depth)
    }

    private static let texts = [
        "plain words", "quote \" and backslash \\ and slash /", "line\nbreak\rand\ttab", "bell \u{07} nul \u{00}",
        "café — 😀 żółć", "right-to-left \u{202E} mark", "DEL \u{7F}", "", "{\"not\":\"json\"}", "ABCDEFGHIJKLMNOP",
    ]
    private static let keys = [
        "screen", "answer", "type", "text", "a", "", "text_hash", "K", "\u{212A}", "clé", "a\"b",
    ]

    private func randomValue(depth: Int, using random: inout SeededRandom) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2:
            // Eighteen digits at most: a longer number is left to the full check (tested below).
            let choices: [Int64] = [0, 1, -1, 42, 999_999_999_999_999_999, -999_999_999_999_999_999, -1_000_000]
            return .int(choices.randomElement(using: &random) ?? 0)
        case 3, 4:
            var text = Self.texts.randomElement(using: &random) ?? ""
            if Bool.random(using: &random) { text += String(repeating: "long run of text ", count: 5) }
            return .string(text)
        case 5:
            return .array(
                (0..<Int.random(in: 0...3, using: &random)).map { _ in randomValue(depth: depth + 1, using: &random) })
        default:
            var members: [(String, JSONValue)] = []
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let key = Self.keys.randomElement(using: &random) ?? "a"
                // Duplicates are kept now and then: both checks must refuse them.
                if members.contains(where: { $0.0 == key }) && Int.random(in: 0..<4, using: &random) != 0 { continue }
                members.append((key, randomValue(depth: depth + 1, using: &random)))
            }
            return .object(members)
        }
    }

    @Test func theTestOfEightBytesMissesNoByteThatNeedsALook() {
        let plain = UInt64(0x6161_6161_6161_6161)
        for position in 0..<8 {
            for value in 0...255 {
                let word = plain & ~(UInt64(0xFF) << (8 * position)) | UInt64(value) << (8 * position)
                let special = value < 0x20 || value > 0x7F || value == 0x22 || value == 0x5C
                #expect(CanonicalValue.needsLook(word) == special, "byte \(value) at \(position)")
            }
        }
        var random = SeededRandom(seed: 31)
        for _ in 0..<100_000 {
            let word = random.next()
            let special = (0..<8).contains { position in
                let byte = (word >> (8 * position)) & 0xFF
                return byte < 0x20 || byte > 0x7F || byte == 0x22 || byte == 0x5C
            }
            #expect(CanonicalValue.needsLook(word) == special)
        }
    }

    @Test func aRunOfPlainBytesNeverEndsPastOneThatNeedsALook() {
        var random = SeededRandom(seed: 32)
        let alphabet: [UInt8] = Array("ab cd\"\\".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...40, using: &random)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<6, using: &random) == 0 ? alphabet.randomElement(using: &random) ?? 0 : 0x61
            }
            let start = Int.random(in: 0...count, using: &random)
            let firstSpecial =
                bytes[start...].firstIndex { $0 < 0x20 || $0 > 0x7F || $0 == 0x22 || $0 == 0x5C } ?? count
            let end = bytes.withUnsafeBufferPointer { CanonicalValue.endOfPlainRun($0, from: start, to: count) }
            #expect(end >= start && end <= firstSpecial)
            #expect(firstSpecial - end < 8)
        }
    }

    @Test func everyWrittenValueIsAcceptedWhereItsKeysArePlain() {
        var random = SeededRandom(seed: 33)
        var accepted = 0
        for _ in 0..<5_000 {
            let value = randomValue(depth: 0, using: &random)
            let bytes = value.encoded()
            let fast = fastEnd(bytes)
            #expect(fast == nil || fast == fullEnd(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            if fullEnd(bytes) != nil && hasOnlyPlainKeys(value) {
                #expect(fast == bytes.count, "\(String(decoding: bytes, as: UTF8.self))")
            }
            if fast != nil { accepted += 1 }
        }
        #expect(accepted > 2_000)
    }

    /// Keys in printable ASCII without escapes, at most `maximumKeys` to an object, whose values are plain too.
    private func hasOnlyPlainKeys(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let elements): return elements.allSatisfy(hasOnlyPlainKeys)
        case .object(let members):
            return members.count <= CanonicalValue.maximumKeys
                && members.allSatisfy { key, member in
                    key.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
                        && hasOnlyPlainKeys(member)
                }
        default: return true
        }
    }

    /// Damaged values, with what damage tends to make: the one-pass check accepts only where the parse does.
    @Test func everyDamagedValueIsAcceptedOnlyWhereTheFullParseAcceptsIt() {
        var random = SeededRandom(seed: 34)
        let inserts = Array(#""\{}[],:0-e.u x/"#.utf8) + [0x00, 0x0A, 0x7F, 0x80, 0xC3, 0xED, 0xF4, 0xFF]
        var agreedAccepting = 0
        for _ in 0..<30_000 {
            var bytes = randomValue(depth: 0, using: &random).encoded()
            for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
                let offset = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[offset] = inserts.randomElement(using: &random) ?? 0
                case 1: bytes.insert(inserts.randomElement(using: &random) ?? 0, at: offset)
                default: bytes.remove(at: offset)
                }
            }
            let fast = fastEnd(bytes)
            if let fast {
                #expect(fast == fullEnd(bytes), "\(bytes)")
                agreedAccepting += 1
            }
        }
        #expect(agreedAccepting > 1_000)
    }

    @Test func keysEqualOnlyAsStringsAreLeftToTheFullCheck() {
        // The Kelvin sign is canonically equivalent to "K", so the full parse finds the key twice.
        for text in [#"{"K":1,"\#u{212A}":2}"#, #"{"a":1,"\u0061":2}"#, #"{"a":1,"a":2}"#] {
            let bytes = Array(text.utf8)
            #expect(fullEnd(bytes) == nil, "\(text)")
            #expect(fastEnd(bytes) == nil, "\(text)")
        }
    }

    @Test func whatTheFullCheckAcceptsButTheJournalNeverWritesIsLeftToIt() {
        let unusual = [
            #"{ "a":1}"#, #"{"a" :1}"#, #"{"a":1 }"#, #"["\ud83d\ude00"]"#, #"[1234567890123456789]"#,
            "{" + (0...CanonicalValue.maximumKeys).map { "\"k\($0)\":0" }.joined(separator: ",") + "}",
        ]
        for text in unusual {
            let bytes = Array(text.utf8)
            #expect(fullEnd(bytes) == bytes.count, "\(text)")
            #expect(fastEnd(bytes) == nil, "\(text)")
        }
        let deep = Array((String(repeating: "[", count: 63) + String(repeating: "]", count: 63)).utf8)
        #expect(fastEnd(deep) == fullEnd(deep))
        #expect(fastEnd(deep) == deep.count)
        let tooDeep = Array((String(repeating: "[", count: 64) + String(repeating: "]", count: 64)).utf8)
        #expect(fullEnd(tooDeep) == nil)
        #expect(fastEnd(tooDeep) == nil)
    }

    @Test func aValueEndsWhereTheFullParseEndsIt() {
        let bytes = Array(#"xx{"a":[1,-2,true,false,null,"b\n\u00e9"]},"prev""#.utf8)
        #expect(fastEnd(bytes, from: 2) == fullEnd(bytes, from: 2))
        #expect(fastEnd(bytes, from: 2) == bytes.count - 7)
    }
}
