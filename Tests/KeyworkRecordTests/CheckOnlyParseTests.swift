import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// Verify checks each line's `data` without building it; that must accept and refuse exactly what the full
/// parse does, or a session could verify that the rest of Keywork cannot read (or the reverse).
@Suite struct CheckOnlyParseTests {
    static let line = Array(
        #"{"seq":3,"ts":"2026-11-27T02:46:31.125Z","event":"answered","data":{"screen":"goal","answer":{"type":"text","text":"I'd like to \"try\" —\tslowly\ncafé \ud83d\ude00"},"list":[1,-2,true,false,null,{"a":[]}]},"prev":"4699b96234b30a36647be276be74b9284d4db3e3e5cb05d7af0f1a96d3657e8f"}"#
            .utf8)

    /// The full parse with `data` replaced as the check-only parse reports it.
    private func expected(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
        do {
            let value = try JSONParser.parse(bytes)
            guard case .object(let members) = value else { return .success(value) }
            return .success(
                .object(
                    members.map { key, member in
                        guard key == "data" else { return (key, member) }
                        return (key, member.objectMembers != nil ? .object([]) : .null)
                    }))
        } catch {
            return .failure(error)
        }
    }

    private func checkOnly(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
        do {
            return .success(try JSONParser.parse(bytes, checkingOnly: "data"))
        } catch {
            return .failure(error)
        }
    }

    @Test func theWholeLineAgrees() {
        #expect(checkOnly(Self.line) == expected(Self.line))
        #expect((try? JSONParser.parse(Self.line, checkingOnly: "data"))?["data"] == .object([]))
    }

    @Test func everyDamagedLineGetsTheSameVerdictAndError() {
        var generator = SeededRandom(seed: 8)
        let inserts = Array(#""\{}[],:0-e.u x"#.utf8) + [0x00, 0x0A, 0xC3, 0xFF]
        for _ in 0..<20_000 {
            var bytes = Self.line
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let offset = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[offset] = inserts.randomElement(using: &generator) ?? 0
                case 1: bytes.insert(inserts.randomElement(using: &generator) ?? 0, at: offset)
                default: bytes.remove(at: offset)
                }
            }
            #expect(checkOnly(bytes) == expected(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func duplicateDataKeysAndDeepNestingAreStillRefused() {
        let duplicate = Array(#"{"data":{"a":1,"a":2}}"#.utf8)
        #expect(checkOnly(duplicate) == expected(duplicate))
        #expect((try? JSONParser.parse(duplicate, checkingOnly: "data")) == nil)
        let twice = Array(#"{"data":{},"data":{}}"#.utf8)
        #expect((try? JSONParser.parse(twice, checkingOnly: "data")) == nil)
        let deep = Array(
            ("{\"data\":" + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}").utf8)
        #expect(checkOnly(deep) == expected(deep))
        #expect((try? JSONParser.parse(deep, checkingOnly: "data")) == nil)
    }

    @Test func verifySessionAgreesWithReadVerifiedOnDamagedSessions() throws {
        let folder = TemporaryFolder()
        let key = Fixture.key()
        let sessionFolder = try Fixture.sealedSession(store: folder.store, key: key)
        let path = sessionFolder + "/journal.jsonl"
        let original = readBytes(path)
        for offset in stride(from: 0, to: original.count, by: 7) {
            var changed = original
            changed[offset] ^= 0x20
            writeBytes(path, changed)
            let light = Verifier.verifySession(folder: sessionFolder, trust: Fixture.trust(key))
            let full = Verifier.readVerified(folder: sessionFolder, trust: Fixture.trust(key)).verification
            #expect(light == full)
        }
        writeBytes(path, original)
        #expect(Verifier.verifySession(folder: sessionFolder, trust: Fixture.trust(key)).isValid)
    }
}
