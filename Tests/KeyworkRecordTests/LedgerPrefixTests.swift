import Foundation
import KeyworkForgery
import Testing

@testable import KeyworkRecord

/// `keywork due` remembers the ledger lines it checked (`index-ledger`) and reads only the lines after them, but only
/// while the ledger still begins with exactly those bytes: a changed line among them, a line appended after them,
/// and a remembered prefix that was forged are each caught, and the list is the one made without the index.
@Suite struct LedgerPrefixTests {
    typealias Built = DueIndexTests.Built

    static func prefixPath(_ built: Built) -> String { LedgerPrefix.path(store: built.store) }
    static func ledgerPath(_ built: Built) -> String { Ledger(store: built.store).path }

    /// The lines of the ledger, without their newlines.
    static func ledgerLines(_ built: Built) -> [[UInt8]] {
        readBytes(ledgerPath(built)).split(separator: UInt8(ascii: "\n")).map(Array.init)
    }

    static func writeLedger(_ built: Built, _ lines: [[UInt8]]) {
        writeBytes(ledgerPath(built), lines.flatMap { $0 + [UInt8(ascii: "\n")] })
    }

    @Test func theRememberedPrefixGivesTheSameLedgerAsAWholeReadAndGrowsWithTheLedger() throws {
        var built = try DueIndexTests.build()
        let plain = try DueIndexTests.due(built, usingIndex: false).list
        #expect(!Store.exists(Self.prefixPath(built)), "without the index nothing is written")
        #expect(try DueIndexTests.due(built).list == plain)
        let known = try #require(LedgerPrefix.load(store: built.store))
        let bytes = readBytes(Self.ledgerPath(built))
        #expect(known.contents.wholeLength == bytes.count)
        let whole = try LedgerReader.read(bytes)
        #expect(known.contents.entries.map(\.event) == whole.entries.map(\.event))
        #expect(known.contents.entries.map(\.timestamp) == whole.entries.map(\.timestamp))
        #expect(known.contents.keyRuns == whole.keyRuns && known.contents.chainHead == whole.chainHead)
        #expect(try DueIndexTests.due(built).list == plain)

        // A session sealed since: its ledger line is read after the prefix, and the prefix then takes it in.
        built.sessions["later"] = try built.due.session(
            client: "C-9", on: "2026-10-09", DueStore.agreement(waitWeeks: nil))
        let grown = try DueIndexTests.due(built).list
        #expect(grown == (try DueIndexTests.due(built, usingIndex: false)).list)
        let later = try #require(LedgerPrefix.load(store: built.store))
        #expect(later.contents.entries.count == known.contents.entries.count + 1)
        #expect(later.contents.wholeLength == readBytes(Self.ledgerPath(built)).count)
        let read = LedgerPrefix.contents(of: readBytes(Self.ledgerPath(built)), known: known, store: built.store)
        #expect(read.checked == later, "read on from the old prefix, the ledger comes to the new one")
    }

    @Test func aLineChangedInsideTheRememberedPrefixIsCaught() throws {
        let built = try DueIndexTests.build()
        _ = try DueIndexTests.due(built)
        let remembered = readBytes(Self.prefixPath(built))
        var lines = Self.ledgerLines(built)
        // The first sealed line's time moved by a second: its bytes change, its length does not.
        let sealed = try #require(lines.firstIndex { String(decoding: $0, as: UTF8.self).contains(#""sealed""#) })
        var text = String(decoding: lines[sealed], as: UTF8.self)
        let second = try #require(text.range(of: #":\d\d\."#, options: .regularExpression))
        let old = text[second]
        text.replaceSubrange(second, with: old == ":00." ? ":01." : ":00.")
        lines[sealed] = Array(text.utf8)
        Self.writeLedger(built, lines)

        let result = try DueIndexTests.due(built)
        #expect(result.list.attention.contains { $0.kind == "ledger_does_not_verify" }, "\(result.list.attention)")
        #expect(result.list == (try DueIndexTests.due(built, usingIndex: false)).list)
        #expect(readBytes(Self.prefixPath(built)) == remembered, "a ledger that does not verify is not remembered")
    }

    @Test func linesAppendedAfterThePrefixAreCheckedTheirSignatureToo() throws {
        var built = try DueIndexTests.build()
        _ = try DueIndexTests.due(built)
        built.sessions["later"] = try built.due.session(
            client: "C-9", on: "2026-10-09", DueStore.agreement(waitWeeks: nil))
        let genuine = Self.ledgerLines(built)
        var lines = genuine
        let last = lines.count - 1

        // The new last line's signature changed in one character: only a signature check finds it.
        var forged = lines[last]
        let signature = forged.count - 10
        forged[signature] = forged[signature] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        lines[last] = forged
        Self.writeLedger(built, lines)
        let badSignature = try DueIndexTests.due(built).list
        #expect(
            badSignature.attention.contains { $0.kind == "ledger_does_not_verify" && $0.reason.contains("signature") },
            "\(badSignature.attention)")
        #expect(badSignature == (try DueIndexTests.due(built, usingIndex: false)).list)

        // A line appended that repeats the one before it: out of sequence, and off the chain.
        Self.writeLedger(built, genuine + [genuine[last]])
        let repeated = try DueIndexTests.due(built).list
        #expect(repeated.attention.contains { $0.kind == "ledger_does_not_verify" }, "\(repeated.attention)")
        #expect(repeated == (try DueIndexTests.due(built, usingIndex: false)).list)
    }

    @Test func aLedgerCutShorterThanThePrefixIsReadWhole() throws {
        let built = try DueIndexTests.build()
        _ = try DueIndexTests.due(built)
        let lines = Self.ledgerLines(built)
        // The last two seals gone: the session with no agreement yet is sealed but no longer listed.
        Self.writeLedger(built, Array(lines.dropLast(2)))
        let result = try DueIndexTests.due(built).list
        #expect(result == (try DueIndexTests.due(built, usingIndex: false)).list)
        #expect(
            result.attention.contains { $0.kind == "does_not_verify" && $0.reason.contains("does not list it") },
            "\(result.attention)")
    }

    @Test func aRememberedPrefixChangedWithoutTheDeviceKeyIsNotBelieved() throws {
        let built = try DueIndexTests.build()
        _ = try DueIndexTests.due(built)
        let remembered = readBytes(Self.prefixPath(built))
        // Drop one sealed line from what is remembered, keeping the MAC: it no longer fits, so the ledger is read
        // whole (a believed prefix would have lost the session's ledger line).
        var text = String(decoding: remembered, as: UTF8.self)
        let sealed = try #require(text.range(of: #"sealed [^\n]*\n"#, options: .regularExpression))
        text.removeSubrange(sealed)
        writeBytes(Self.prefixPath(built), Array(text.utf8))
        #expect(LedgerPrefix.load(store: built.store) == nil)
        let result = try DueIndexTests.due(built).list
        #expect(result == (try DueIndexTests.due(built, usingIndex: false)).list)
        #expect(readBytes(Self.prefixPath(built)) == remembered, "written again from the whole ledger")

        // Garbage, and a prefix cut short, are not believed either.
        writeBytes(Self.prefixPath(built), Array(remembered.dropLast(20)))
        #expect(LedgerPrefix.load(store: built.store) == nil)
        writeBytes(Self.prefixPath(built), Array("keywork-due-ledger/1 00\n\u{0}\n".utf8))
        #expect(LedgerPrefix.load(store: built.store) == nil)
        #expect(try DueIndexTests.due(built).list == result)
    }
}
