import Foundation
import KeyworkGuides
import Testing

@testable import KeyworkRecord

/// The due index's lines (format 2, transcript-format.md §14): fields read back by hand exactly as written, whatever
/// the text in them; an index of the first format is rebuilt, and a changed table of keys or guides is not believed.
@Suite struct DueIndexFormatTests {
    /// Facts with every field there, and text that holds each character the fields are separated by.
    static func fullFacts() -> SessionFacts {
        var facts = SessionFacts(sessionID: "20261001-120000-a1b2c3", outcome: .valid)
        facts.sealedAt = "2026-10-01T12:00:00.000Z"
        facts.journalSHA256 = String(repeating: "ab", count: 32)
        facts.publicKey = Array(repeating: 7, count: 32)
        facts.links = [
            SessionLink(sessionID: "20260901-120000-d4e5f6", journalSHA256: String(repeating: "cd", count: 32)),
            SessionLink(sessionID: "odd id\twith\\ all", journalSHA256: "x y"),
        ]
        facts.clientReference = "C-1 \t\n\r\\s\\"
        facts.guideID = "plan"
        facts.guideVersion = ""
        facts.closedNotUsed = true
        facts.agreement = .unreadable(reason: "the date\tis \"gone\"\n\\n")
        facts.wait = SessionFacts.Wait(
            date: GuideDate(dayNumber: 20_800), waitingFor: "", howToldOfDelays: "=a call\\t")
        facts.noAgreementSince = GuideDate(dayNumber: -3)
        facts.nextReview = GuideDate(dayNumber: 20_900)
        return facts
    }

    static func roundTrip(_ facts: SessionFacts, keys: [[UInt8]]) -> SessionFacts? {
        var fields = IndexFields()
        facts.add(to: &fields) { key in keys.firstIndex(of: key) ?? -1 }
        #expect(!fields.bytes.contains(UInt8(ascii: "\n")), "a line holds no newline")
        guard let split = IndexFields.split(fields.bytes[...], count: SessionFacts.fieldCount) else { return nil }
        return SessionFacts(fields: split[...], keys: keys)
    }

    @Test func factsAreReadBackExactlyAsWrittenWhateverTheTextInThem() throws {
        let keys: [[UInt8]] = [Array(repeating: 1, count: 32), Array(repeating: 7, count: 32)]
        let full = Self.fullFacts()
        #expect(Self.roundTrip(full, keys: keys) == full)

        var signed = SessionFacts(sessionID: "20261002-120000-a1b2c3", outcome: .invalid(reason: "it\tfailed "))
        signed.agreement = .signed(nextRevisit: nil)
        #expect(Self.roundTrip(signed, keys: keys) == signed)
        signed.agreement = .signed(nextRevisit: GuideDate(dayNumber: 20_811))
        signed.clientReference = ""
        #expect(Self.roundTrip(signed, keys: keys) == signed)
        let bare = SessionFacts(sessionID: "20261003-120000-a1b2c3", outcome: .unfinished)
        #expect(Self.roundTrip(bare, keys: keys) == bare)
    }

    @Test func aFieldNotAsItIsWrittenIsRefused() throws {
        let keys = [Array(repeating: UInt8(7), count: 32)]
        var fields = IndexFields()
        Self.fullFacts().add(to: &fields) { _ in 0 }
        let good = try #require(IndexFields.split(fields.bytes[...], count: SessionFacts.fieldCount))
        #expect(SessionFacts(fields: good[...], keys: keys) != nil)
        #expect(SessionFacts(fields: good[...], keys: []) == nil, "a key number outside the table")
        #expect(SessionFacts(fields: good.dropLast(), keys: keys) == nil, "a field missing")
        for (position, bad) in [
            (0, "not-an-id"), (1, "valid?"), (2, "=reason for a valid one"), (3, "no equals sign"), (5, "-1"),
            (6, "odd-count"), (10, "2"), (11, "x"), (12, "1e3"), (15, "99999999999"), (14, "=trailing\\"),
            (14, "=bad \\q escape"),
        ] {
            var changed = good
            changed[position] = Array(bad.utf8)[...]
            #expect(SessionFacts(fields: changed[...], keys: keys) == nil, "field \(position): \(bad)")
        }
        #expect(IndexFields.number(Array("9223372036854775807".utf8)[...]) == Int64.max)
        #expect(IndexFields.number(Array("9223372036854775808".utf8)[...]) == nil, "too big for 64 bits")
        #expect(IndexFields.number(Array("-".utf8)[...]) == nil && IndexFields.number(Array("+1".utf8)[...]) == nil)
    }

    /// A store, its list made without the index, how many sessions it has, and the index made of it.
    static func indexed() throws -> (
        built: DueIndexTests.Built, plain: (list: DueList, read: Int), all: Int, current: [UInt8]
    ) {
        let built = try DueIndexTests.build()
        let plain = try DueIndexTests.due(built, usingIndex: false)
        _ = try DueIndexTests.due(built)
        return (built, plain, try DueIndexTests.sessionCount(built), readBytes(built.indexPath))
    }

    @Test func anIndexOfTheFirstFormatIsRebuiltFromTheSessions() throws {
        let (built, plain, all, current) = try Self.indexed()
        // What format 1 looked like: a JSON line per session. Its lines are never read, whatever they say.
        let old =
            #"{"format":"keywork-due-index/1"}"# + "\n"
            + #"{"mac":"\#(String(repeating: "0", count: 64))","entry":{"journal":[1,2,3,4,5]}}"# + "\n"
        writeBytes(built.indexPath, Array(old.utf8))
        #expect(try DueIndexTests.due(built) == (plain.list, all))
        #expect(readBytes(built.indexPath) == current, "written again in the current format")
        #expect(try DueIndexTests.due(built).read == 1, "and used from then on (the unfinished session is read)")
    }

    @Test func anIndexLargeEnoughToBeWrittenOnEveryCoreReadsBackAsWritten() throws {
        let (built, _, _, _) = try Self.indexed()
        let trust = try VerificationTrust.of(store: built.store)
        let index = try #require(DueIndex(store: built.store, trust: trust))
        let samples = Array(index.entries.values)
        // Thousands of entries, more than one run of lines for each core: each a sample's, under another id.
        var entries: [String: DueIndex.Entry] = [:]
        for number in 0..<5000 {
            var entry = samples[number % samples.count]
            entry.facts.sessionID =
                "20261001-120000-"
                + String(String(number, radix: 16).reversed()).padding(
                    toLength: 6, withPad: "0", startingAt: 0)
            entry.guideSlot = nil
            entries[entry.facts.sessionID] = entry
        }
        try index.write(entries, io: POSIXFileIO())
        let read = try #require(DueIndex(store: built.store, trust: trust))
        #expect(read.droppedLines == 0 && read.entries.count == entries.count)
        #expect(
            read.entries.mapValues { entry in
                var unslotted = entry
                unslotted.guideSlot = nil
                return unslotted
            } == entries)
        let ids = readBytes(built.indexPath).split(separator: UInt8(ascii: "\n")).compactMap { line in
            line.split(separator: IndexFields.tab, omittingEmptySubsequences: false).dropFirst(13).first
        }
        #expect(ids.count == entries.count && ids == ids.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func aChangedTableOfKeysOrGuidesMakesEveryLineUnusable() throws {
        let (built, plain, all, current) = try Self.indexed()
        let lines = current.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        #expect(String(decoding: lines[0], as: UTF8.self) == DueIndex.format)
        let keyLine = try #require(lines.firstIndex { $0.starts(with: Array("k\t".utf8)) })
        let guideLine = try #require(lines.firstIndex { $0.starts(with: Array("g\t".utf8)) })
        // The key of every session swapped for another (well formed) one; a guide said to be found when it was not;
        // a table line that does not read; a line of the table taken out.
        var otherKey = lines
        otherKey[keyLine] = Array(("k\t" + String(repeating: "5", count: 64)).utf8)
        var otherGuide = lines
        otherGuide[guideLine] = Array(("g\t=" + String(repeating: "e", count: 64)).utf8) + lines[guideLine].dropFirst(2)
        var unreadable = lines
        unreadable[guideLine] = Array("g\tshort".utf8)
        var removed = lines
        removed.remove(at: keyLine)
        for changed in [otherKey, otherGuide, unreadable, removed] {
            writeBytes(built.indexPath, Array(changed.joined(separator: [UInt8(ascii: "\n")])))
            #expect(try DueIndexTests.due(built) == (plain.list, all))
            #expect(readBytes(built.indexPath) == current)
        }
    }
}
