import Foundation
import Testing

@testable import KeyworkRecord

/// Verify's fast path (`CanonicalLine`, used when the journal is read without building events) must reach
/// the same verdict, with the same reason, as the full check of every line, and must be taken for the lines
/// the journal writes.
@Suite struct CanonicalLineTests {
    private let folder = TemporaryFolder()
    private let key = Fixture.key()

    private func journal() throws -> [UInt8] {
        let sessionFolder = try Fixture.sealedSession(store: folder.store, key: key)
        return readBytes(sessionFolder + "/journal.jsonl")
    }

    /// Both readings of `bytes`, reduced to what verify uses from them.
    private func outcome(_ bytes: [UInt8], buildingData: Bool) -> Result<String, JournalReader.Damage> {
        do {
            let contents = try JournalReader.read(bytes, sessionID: Fixture.sessionID, buildingData: buildingData)
            return .success(
                "\(contents.lineCount) \(Hex.encode(contents.chainHead)) \(contents.header) \(contents.tornTailBytes)")
        } catch {
            return .failure(error)
        }
    }

    private func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            ranges.append(start..<index)
            start = index + 1
        }
        return ranges
    }

    @Test func everyWrittenLineAfterTheHeaderTakesTheFastPath() throws {
        let bytes = try journal()
        let ranges = lineRanges(bytes)
        #expect(ranges.count > 2)
        var chain = JournalChain.start(sessionID: Fixture.sessionID)
        for (number, range) in ranges.enumerated() {
            let accepted = CanonicalLine.isValid(
                bytes, from: range.lowerBound, to: range.upperBound, number: number, chain: chain)
            // The header is always read in full: its data is needed.
            #expect(accepted == (number > 0), "line \(number + 1)")
            #expect(
                !CanonicalLine.isValid(
                    bytes, from: range.lowerBound, to: range.upperBound, number: number + 1, chain: chain))
            chain = JournalChain.next(after: chain, line: bytes[range])
        }
    }

    @Test func checkOnlyReadAgreesWithTheFullRead() throws {
        let bytes = try journal()
        let full = try JournalReader.read(bytes, sessionID: Fixture.sessionID)
        let checked = try JournalReader.read(bytes, sessionID: Fixture.sessionID, buildingData: false)
        #expect(checked.lineCount == full.entries.count)
        #expect(checked.chainHead == full.chainHead)
        #expect(checked.header == full.header)
        #expect(checked.entries == [full.entries[0]])
        #expect(outcome(bytes, buildingData: false) == outcome(bytes, buildingData: true))
    }

    /// Replacing any byte of any line with any of these gives the same verdict and reason both ways.
    @Test func everyChangedByteGetsTheSameVerdictBothWays() throws {
        let bytes = try journal()
        let replacements = Array(" \"\\0a{}:,-Z".utf8) + [0x00, 0x0A, 0xC3, 0xFF]
        var compared = 0
        for offset in bytes.indices {
            for replacement in replacements where replacement != bytes[offset] {
                var changed = bytes
                changed[offset] = replacement
                let fast = outcome(changed, buildingData: false)
                let full = outcome(changed, buildingData: true)
                #expect(fast == full, "byte \(offset) set to \(replacement)")
                compared += 1
            }
        }
        #expect(compared > bytes.count * 10)
    }

    @Test func theChainMovedOnInPlaceEqualsTheChainMadeAnew() throws {
        let bytes = try journal()
        var inPlace = JournalChain.start(sessionID: Fixture.sessionID)
        var made = inPlace
        for range in lineRanges(bytes) + [0..<0, 3..<3, 0..<bytes.count] {
            let before = inPlace
            JournalChain.advance(&inPlace, past: bytes, from: range.lowerBound, to: range.upperBound)
            made = JournalChain.next(after: made, line: bytes[range])
            #expect(inPlace == made)
            #expect(inPlace != before)
        }
    }

    @Test func typedTextWithEscapesAndAnyScriptTakesTheFastPath() throws {
        let chain = JournalChain.start(sessionID: Fixture.sessionID)
        let text = "caf\u{E9} \"quoted\"\nnew line\tżółć 😀 \u{07} \\ end"
        let data = JSONValue.object([
            ("screen", .string("goal")), ("answer", .object([("type", .string("text")), ("text", .string(text))])),
        ])
        let line = JournalEntry.encodeLine(
            seq: 1, timestamp: "2026-11-27T02:46:31.125Z", event: "answered", data: data, prev: Hex.encode(chain))
        #expect(CanonicalLine.isValid(line, from: 0, to: line.count, number: 1, chain: chain))
        #expect((try? JSONParser.parse(line)) != nil)
    }

    @Test func unusualButValidSpacingIsLeftToTheFullCheck() throws {
        let bytes = try journal()
        let ranges = lineRanges(bytes)
        let range = ranges[1]
        var spaced = Array(bytes[range])
        // `{"seq": 1,...`: valid JSON, not the written form.
        spaced.insert(UInt8(ascii: " "), at: 7)
        let chain = JournalChain.next(
            after: JournalChain.start(sessionID: Fixture.sessionID), line: bytes[ranges[0]])
        #expect(!CanonicalLine.isValid(spaced, from: 0, to: spaced.count, number: 1, chain: chain))
        #expect((try? JSONParser.parse(spaced)) != nil)
    }
}
