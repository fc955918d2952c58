import Foundation
import KeyworkForgery
import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkRecord

/// The due index (`index.jsonl`) is a cache that `keywork due` never trusts over the sessions: the list is the same
/// with it and without it, and a session that changed in any way is read and verified again.
@Suite struct DueIndexTests {
    /// A store with every kind of session `due` tells apart, sealed on known dates.
    struct Built {
        let folder: TemporaryFolder
        let due: DueStore
        let review: Guide
        var sessions: [String: String] = [:]
        var store: Store { due.store }
        var indexPath: String { due.root + "/index.jsonl" }

        func guide(_ reference: JournalHeader.GuideReference) -> Guide? {
            [due.guide, review].first { $0.id == reference.id && $0.contentHash == reference.hash }
        }
    }

    static let today = DueStore.noon("2026-12-10")

    static func build() throws -> Built {
        let folder = TemporaryFolder()
        let due = try DueStore(root: folder.path + "/store")
        let reviewYAML = DueStore.guideYAML.replacingOccurrences(of: "id: plan", with: "id: review")
            .replacingOccurrences(of: "screens:", with: "repeat_after_days: 60\nscreens:")
        let reviewPath = folder.path + "/review.yaml"
        try reviewYAML.write(toFile: reviewPath, atomically: true, encoding: .utf8)
        var built = Built(folder: folder, due: due, review: try GuideLibrary.resolve(reviewPath))
        let agreement = DueStore.agreement(waitWeeks: nil)
        built.sessions["revisit"] = try due.session(client: "C-1", on: "2026-10-01", agreement)
        built.sessions["wait"] = try due.session(client: "C-2", on: "2026-10-20", DueStore.agreement(waitWeeks: 2))
        let earlier = try due.session(client: "C-3", on: "2026-09-01", agreement)
        built.sessions["revisited"] = try due.revisit(earlier, client: "C-3", on: "2026-10-02")
        built.sessions["review"] = try due.session(client: "C-4", on: "2026-10-05", agreement, guide: built.review)
        built.sessions["not used"] = try due.session(
            client: "C-5", on: "2026-10-06", [.start, .closeAsNotUsed(note: nil)])
        var required = due.guide
        if let index = required.index(of: "agree"), case .consent(var consent) = required.screens[index].content {
            consent.statements[1].required = true
            required.screens[index].content = .consent(consent)
        }
        built.sessions["no agreement"] = try due.session(
            client: "C-6", on: "2026-10-07",
            [
                .start, .proceed, .submit(.decision(Decision(preferred: "home", reasons: "Near"))),
                .submit(.availability(Availability(availableNow: true))), .tick(statement: "meet", ticked: true),
                .markNotAgreed(statement: "safe", words: "Not sure yet"), .endWithoutAgreement(name: "Sam"),
            ], guide: required)
        built.sessions["unfinished"] = try due.session(
            client: "C-7", on: "2026-12-01", [.start, .proceed], seal: false)
        let forged = try due.session(client: "C-8", on: "2026-10-08", agreement)
        try due.tamper(forged)
        built.sessions["forged"] = forged
        return built
    }

    /// The list on 2026-12-10, and how many sessions were read and verified to make it.
    static func due(_ built: Built, usingIndex: Bool = true, io: any FileIO = POSIXFileIO()) throws -> (
        list: DueList, read: Int
    ) {
        // Files made a moment ago count as settled here: the test changes them itself, after the index is made.
        let settings = DueFacts.Settings(usesIndex: usingIndex, settleNanoseconds: -1_000_000_000_000, io: io)
        let result = try DueList.build(store: built.store, now: today, guide: built.guide, settings: settings)
        return (result.list, result.sessionsRead)
    }

    static func sessionCount(_ built: Built) throws -> Int { try built.store.listSessions().count }

    @Test func dueGivesTheSameListWithTheIndexAsWithoutAndReadsOnlyWhatIsNotSealedTheSecondTime() throws {
        let built = try Self.build()
        let plain = try Self.due(built, usingIndex: false)
        let count = try Self.sessionCount(built)
        #expect(plain.read == count)
        #expect(!Store.exists(built.indexPath), "without the index nothing is written")
        let kinds = Set(plain.list.items.map(\.kind))
        #expect(kinds == [.revisit, .wait, .review, .noAgreement, .unfinished], "\(plain.list.items)")
        #expect(plain.list.attention.map(\.sessionID) == [built.sessions["forged"]])
        #expect(!plain.list.items.contains { $0.clientReference == "C-5" }, "a session closed as not used is not due")

        // Files changed within the last two seconds are read again next time: a change in the same tick of the
        // file system's clock could leave every time as it was.
        for _ in 1...2 {
            let fresh = try DueList.build(
                store: built.store, now: Self.today, guide: built.guide, settings: DueFacts.Settings())
            #expect(fresh.list == plain.list && fresh.sessionsRead == count)
        }

        let first = try Self.due(built)
        #expect(first.list == plain.list)
        #expect(first.read == plain.read)
        #expect(Store.exists(built.indexPath))
        let second = try Self.due(built)
        #expect(second.list == plain.list)
        #expect(second.read == 1, "only the unfinished session is read again, never indexed")
    }

    @Test func aDeletedDamagedOrStaleIndexIsRebuiltFromTheSessions() throws {
        let built = try Self.build()
        let plain = try Self.due(built, usingIndex: false).list
        let all = try Self.sessionCount(built)
        _ = try Self.due(built)
        let whole = readBytes(built.indexPath)

        unlink(built.indexPath)
        #expect(try Self.due(built) == (plain, all))
        #expect(readBytes(built.indexPath) == whole, "the rebuilt index is the one made before")

        // One changed byte in one line: that line's MAC fails, so only its session is verified again.
        var damaged = whole
        let waitID = try #require(built.sessions["wait"])
        let waitLine = try #require(lineRange(of: waitID, in: damaged))
        let digit = try #require(damaged[waitLine].firstIndex(of: UInt8(ascii: "7")))
        damaged[digit] = UInt8(ascii: "8")
        writeBytes(built.indexPath, damaged)
        #expect(try Self.due(built) == (plain, 2))
        #expect(readBytes(built.indexPath) == whole, "the damaged line is written again from the session")

        // A line cut short, garbage, and an index of another format are each dropped, never believed.
        writeBytes(built.indexPath, Array(whole.dropLast(10)))
        #expect(try Self.due(built) == (plain, 2))
        writeBytes(built.indexPath, Array("not an index\n\u{0}\u{1}\n".utf8))
        #expect(try Self.due(built) == (plain, all))
        #expect(readBytes(built.indexPath) == whole)

        // A session gone from the disk leaves the index with it (the ledger says it is missing).
        let gone = try #require(built.sessions["revisit"])
        try FileManager.default.removeItem(atPath: built.store.sessionFolder(gone))
        let after = try Self.due(built)
        #expect(after.list.attention.contains { $0.sessionID == gone && $0.reason.contains("missing from the store") })
        #expect(lineRange(of: gone, in: readBytes(built.indexPath)) == nil)
        #expect(try Self.due(built, usingIndex: false).list == after.list)
    }

    @Test func aSessionChangedInPlaceWithItsSizeAndTimesPutBackIsVerifiedAgain() throws {
        let built = try Self.build()
        _ = try Self.due(built)
        let id = try #require(built.sessions["revisit"])
        let journal = built.store.sessionFolder(id) + "/journal.jsonl"
        var before = stat()
        stat(journal, &before)
        // Change one byte in place, then put the modification time back: size and mtime are as they were.
        var bytes = readBytes(journal)
        let position = try #require(bytes.firstIndex(of: UInt8(ascii: "J")))
        bytes[position] = UInt8(ascii: "K")
        let descriptor = open(journal, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        close(descriptor)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, journal, &times, 0) == 0)
        var after = stat()
        stat(journal, &after)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

        let result = try Self.due(built)
        #expect(result.read == 2, "the changed session and the unfinished one")
        #expect(result.list.attention.contains { $0.sessionID == id && $0.kind == "does_not_verify" })
        #expect(!result.list.items.contains { $0.sessionID == id })
        #expect(try Self.due(built, usingIndex: false).list == result.list)
    }

    @Test func aLineForgedWithoutTheDeviceKeyOrMadeUnderOtherTrustIsNotBelieved() throws {
        let built = try Self.build()
        _ = try Self.due(built)
        let forged = try #require(built.sessions["forged"])
        let whole = readBytes(built.indexPath)
        // Rewrite the forged session's line to say it verified, keeping the MAC it had: the MAC no longer fits.
        let range = try #require(lineRange(of: forged, in: whole))
        var line = String(decoding: whole[range], as: UTF8.self)
        let verdict = try #require(line.range(of: "\tinvalid\t=[^\t]*\t", options: .regularExpression))
        line.replaceSubrange(verdict, with: "\tvalid\t\t")
        writeBytes(built.indexPath, Array(whole[..<range.lowerBound]) + Array(line.utf8) + whole[range.upperBound...])
        let result = try Self.due(built)
        #expect(result.list.attention.contains { $0.sessionID == forged && $0.kind == "does_not_verify" })
        #expect(result.read == 2)

        // A newly trusted key changes the trust set: every line was made under the old one.
        try Fixture.otherKey().publicKeyFileContent.withUnsafeBytes {
            try Data($0).write(to: URL(fileURLWithPath: built.store.trustedFolder + "/other.pub"))
        }
        let count = try Self.sessionCount(built)
        #expect(try Self.due(built).read == count)
    }

    @Test func aStoreThatCannotTakeTheIndexStillGivesTheWholeListWithANote() throws {
        let built = try Self.build()
        let plain = try Self.due(built, usingIndex: false).list
        // A disk that is full: the index's temporary file is cut short and cannot be finished.
        let full = FaultyFileIO()
        full.writesBeforeFailure = 0
        full.bytesWrittenBeforeFailure = 100
        let result = try Self.due(built, io: full)
        #expect(result.list.items == plain.items && result.list.attention == plain.attention)
        let note = try #require(result.list.indexNote)
        #expect(note.contains("index.jsonl cannot be written") && note.contains("the list is complete all the same"))
        #expect(!Store.exists(built.indexPath) && !Store.exists(built.indexPath + ".tmp"))
        let count = try Self.sessionCount(built)
        #expect(try Self.due(built, io: full).read == count)
        // A store where no file can be made beside the index (here something else holds the temporary name).
        mkdir(built.indexPath + ".tmp", 0o700)
        let blocked = try Self.due(built)
        #expect(blocked.list.items == plain.items && blocked.read == count)
        #expect(blocked.list.indexNote?.contains("create the file") == true)
        rmdir(built.indexPath + ".tmp")
        // Once it can be written, the next list makes it.
        #expect(try Self.due(built).list == plain)
        #expect(try Self.due(built).read == 1)
    }

    @Test func aStoreThatCannotTakeTheLedgersPrefixStillGivesTheWholeListWithANote() throws {
        let built = try Self.build()
        let plain = try Self.due(built, usingIndex: false).list
        // Written on a thread of its own while the chains are checked; its failure still reaches the list.
        let prefix = LedgerPrefix.path(store: built.store)
        mkdir(prefix + ".tmp", 0o700)
        let blocked = try Self.due(built)
        #expect(blocked.list.items == plain.items && blocked.list.attention == plain.attention)
        let note = try #require(blocked.list.indexNote)
        #expect(note.contains("index-ledger cannot be written") && note.contains("checks the whole ledger again"))
        #expect(!Store.exists(prefix))
        rmdir(prefix + ".tmp")
        // The next whole pass (the summary gone, as after any change) writes it.
        try FileManager.default.removeItem(atPath: DueSummary.path(store: built.store))
        #expect(try Self.due(built).list == plain)
        #expect(LedgerPrefix.load(store: built.store) != nil)
    }
}

/// The byte range of the index line for `sessionID`, newline excluded.
private func lineRange(of sessionID: String, in bytes: [UInt8]) -> Range<Int>? {
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        if String(decoding: bytes[start..<index], as: UTF8.self).contains("\t\(sessionID)\t") {
            return start..<index
        }
        start = index + 1
    }
    return nil
}
