import Foundation
import KeyworkForgery
import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkRecord

/// The due summary (`index-summary`) answers `keywork due` only when nothing it was made from changed: any change
/// to a session's files, the set of sessions, the ledger, the index, the guides or the trust set makes the next
/// `due` a whole pass, and the list is always the one a whole pass without any index gives.
@Suite struct DueSummaryTests {
    typealias Built = DueIndexTests.Built

    static func due(
        _ built: Built, on date: String = "2026-12-10", usingIndex: Bool = true,
        guide: ((JournalHeader.GuideReference) -> Guide?)? = nil, settleNanoseconds: Int64 = -1_000_000_000_000,
        io: any FileIO = POSIXFileIO()
    ) throws -> (list: DueList, read: Int, fromSummary: Bool) {
        let settings = DueFacts.Settings(usesIndex: usingIndex, settleNanoseconds: settleNanoseconds, io: io)
        let result = try DueList.build(
            store: built.store, now: DueStore.noon(date), guide: guide ?? built.guide, settings: settings)
        return (result.list, result.sessionsRead, result.fromSummary)
    }

    /// The list as a whole pass over the files gives it, with no index at all.
    static func plain(_ built: Built, on date: String = "2026-12-10") throws -> DueList {
        try due(built, on: date, usingIndex: false).list
    }

    static func summaryPath(_ built: Built) -> String { built.due.root + "/index-summary" }

    /// Lists once so that the index and the summary are made, then checks the next list comes from the summary.
    static func settle(_ built: Built) throws {
        _ = try due(built)
        let next = try due(built)
        #expect(next.fromSummary, "an unchanged store is answered from the summary")
    }

    @Test func anUnchangedStoreIsAnsweredFromTheSummaryWithTheWholePassesList() throws {
        let built = try DueIndexTests.build()
        let plain = try Self.plain(built)
        #expect(!Store.exists(Self.summaryPath(built)), "a pass without the index writes no summary")
        let first = try Self.due(built)
        #expect(!first.fromSummary && first.list == plain)
        #expect(Store.exists(Self.summaryPath(built)))
        let second = try Self.due(built)
        #expect(second.fromSummary)
        #expect(second.list == plain)
        #expect(second.read == 1, "only the unfinished session is looked at: it is still unfinished")
        // The day moves on: the same summary gives the list of that day, as a whole pass does.
        for date in ["2026-12-01", "2027-01-05", "2027-03-01"] {
            let later = try Self.due(built, on: date)
            #expect(later.fromSummary)
            #expect(try later.list == Self.plain(built, on: date), "\(date)")
        }
        #expect(try Self.plain(built, on: "2027-03-01") != plain, "the dates chosen do change the list")
    }

    @Test func filesChangedWithinTheSettlingTimeWriteNoSummary() throws {
        let built = try DueIndexTests.build()
        _ = try Self.due(built, settleNanoseconds: 2_000_000_000)
        #expect(!Store.exists(Self.summaryPath(built)), "every file was made a moment ago")
        #expect(try !Self.due(built, settleNanoseconds: 2_000_000_000).fromSummary)
    }

    @Test func anyChangeToASessionOrTheSetOfSessionsMakesTheNextDueAWholePass() throws {
        let built = try DueIndexTests.build()
        try Self.settle(built)

        // A journal's times changed (its bytes are the same).
        let revisit = try #require(built.sessions["revisit"])
        #expect(utimensat(AT_FDCWD, built.store.sessionFolder(revisit) + "/journal.jsonl", nil, 0) == 0)
        var after = try Self.due(built)
        #expect(try !after.fromSummary && after.list == Self.plain(built))
        #expect(try Self.due(built).fromSummary)

        // A new session, due for its revisit in the window.
        let added = try built.due.session(client: "C-9", on: "2026-09-20", DueStore.agreement(waitWeeks: nil))
        after = try Self.due(built)
        #expect(try !after.fromSummary && after.list == Self.plain(built))
        #expect(after.list.items.contains { $0.sessionID == added })
        #expect(try Self.due(built).fromSummary)

        // A session tampered with: it is reported, never served from the summary.
        try built.due.tamper(added)
        after = try Self.due(built)
        #expect(!after.fromSummary)
        #expect(after.list.attention.contains { $0.sessionID == added && $0.kind == "does_not_verify" })
        #expect(try after.list == Self.plain(built))

        // The unfinished session sealed, by a seal that is a folder: not unfinished any more.
        let unfinished = try #require(built.sessions["unfinished"])
        try Self.settle(built)
        #expect(mkdir(built.store.sessionFolder(unfinished) + "/seal.sig", 0o700) == 0)
        after = try Self.due(built)
        #expect(!after.fromSummary)
        #expect(after.list.attention.contains { $0.sessionID == unfinished && $0.kind == "does_not_verify" })
        #expect(try after.list == Self.plain(built))
        #expect(try !Self.due(built).fromSummary, "a session that is neither indexed nor unfinished: no summary")
        rmdir(built.store.sessionFolder(unfinished) + "/seal.sig")

        // A session folder deleted: the ledger says it is missing.
        try Self.settle(built)
        try FileManager.default.removeItem(atPath: built.store.sessionFolder(revisit))
        after = try Self.due(built)
        #expect(!after.fromSummary)
        #expect(after.list.attention.contains { $0.sessionID == revisit && $0.reason.contains("missing") })
        #expect(try after.list == Self.plain(built))

        // A misnamed folder: the summary never answers while one is there.
        try Self.settle(built)
        #expect(mkdir(built.store.sessionsFolder + "/renamed-by-hand", 0o700) == 0)
        after = try Self.due(built)
        #expect(try !after.fromSummary && after.list == Self.plain(built))
        #expect(try !Self.due(built).fromSummary)
    }

    @Test func theLedgerTheIndexTheGuidesAndTheTrustSetAreEachWatched() throws {
        let built = try DueIndexTests.build()
        try Self.settle(built)

        // The ledger touched.
        #expect(utimensat(AT_FDCWD, built.due.root + "/ledger.jsonl", nil, 0) == 0)
        #expect(try !Self.due(built).fromSummary)
        #expect(try Self.due(built).fromSummary)

        // The index, or the index's ledger, deleted: rebuilt by the whole pass, as before.
        for cache in [built.indexPath, built.due.root + "/index-ledger"] {
            unlink(cache)
            #expect(try !Self.due(built).fromSummary)
            #expect(Store.exists(cache))
            #expect(try Self.due(built).fromSummary)
        }

        // A guide no longer found as it was: the facts read with it may differ.
        let without: (JournalHeader.GuideReference) -> Guide? = { $0.id == "review" ? nil : built.guide($0) }
        let noReview = try Self.due(built, guide: without)
        #expect(!noReview.fromSummary)
        #expect(try noReview.list == Self.due(built, usingIndex: false, guide: without).list)
        try Self.settle(built)

        // A newly trusted key: the summary was made under the old trust set.
        try Fixture.otherKey().publicKeyFileContent.withUnsafeBytes {
            try Data($0).write(to: URL(fileURLWithPath: built.store.trustedFolder + "/other.pub"))
        }
        let trusted = try Self.due(built)
        #expect(try !trusted.fromSummary && trusted.list == Self.plain(built))
    }

    @Test func aSummaryEditedWithoutTheDeviceKeyIsNotBelieved() throws {
        let built = try DueIndexTests.build()
        try Self.settle(built)
        let path = Self.summaryPath(built)
        let whole = String(decoding: readBytes(path), as: UTF8.self)
        // Drop the forged session's "does not verify" line, keeping the MAC: the MAC no longer fits.
        let forged = try #require(built.sessions["forged"])
        let edited = whole.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !($0.hasPrefix("a\t") && $0.contains(forged)) }.joined(separator: "\n")
        #expect(edited != whole)
        writeBytes(path, Array(edited.utf8))
        let result = try Self.due(built)
        #expect(!result.fromSummary)
        #expect(result.list.attention.contains { $0.sessionID == forged && $0.kind == "does_not_verify" })
        // Cut short, or garbage: never believed either.
        writeBytes(path, Array(whole.utf8.dropLast(20)))
        #expect(try !Self.due(built).fromSummary)
        writeBytes(path, Array("keywork-due-summary/1 00\n\u{0}\n".utf8))
        #expect(try !Self.due(built).fromSummary)
        #expect(try Self.due(built).fromSummary, "the whole pass wrote it again")
    }

    @Test func aChainFollowedOutOfTheStoresSessionsWritesNoSummary() throws {
        let built = try DueIndexTests.build()
        try Self.settle(built)
        // The revisit's earlier agreement is gone from `sessions/`: its chain is looked for in the archive cache.
        let revisited = try #require(built.sessions["revisited"])
        let verified = Verifier.readVerified(
            folder: built.store.sessionFolder(revisited), trust: try VerificationTrust.of(store: built.store))
        let earlier = try #require(verified.verification.links.first?.sessionID)
        try FileManager.default.removeItem(atPath: built.store.sessionFolder(earlier))
        let after = try Self.due(built)
        #expect(try !after.fromSummary && after.list == Self.plain(built))
        #expect(try !Self.due(built).fromSummary)
    }

    @Test func aSummaryThatCannotBeWrittenLeavesTheListWholeWithANote() throws {
        let built = try DueIndexTests.build()
        let plain = try Self.plain(built)
        mkdir(Self.summaryPath(built) + ".tmp", 0o700)
        let blocked = try Self.due(built)
        #expect(blocked.list.items == plain.items && blocked.list.attention == plain.attention)
        let note = try #require(blocked.list.indexNote)
        #expect(note.contains("index-summary cannot be written") && note.contains("the list is complete"))
        #expect(try !Self.due(built).fromSummary)
        rmdir(Self.summaryPath(built) + ".tmp")
        _ = try Self.due(built)
        #expect(try Self.due(built).fromSummary)
    }

    @Test func theSummaryReadsBackAsWritten() throws {
        let built = try DueIndexTests.build()
        _ = try Self.due(built)
        let summary = try #require(
            DueSummary.load(store: built.store, trust: try VerificationTrust.of(store: built.store)))
        #expect(summary.settled.notes.filter { if case .unfinished = $0 { true } else { false } }.count == 1)
        #expect(summary.guides.map(\.reference.id).sorted() == ["plan", "review", "revisit"])
        #expect(Set(summary.settled.candidates.map(\.kind)) == [.revisit, .wait, .review, .noAgreement])
        // Text with tabs, newlines and spaces in every field survives the round trip.
        var awkward = summary
        awkward.settled.notes.append(
            .attention(
                DueList.Attention(
                    kind: "does_not_verify", sessionID: "x\ty", clientReference: "C 1\n2", time: nil,
                    reason: "a\\b\tc\r")))
        awkward.settled.candidates[0].waitingFor = "tab\there"
        try awkward.write(store: built.store, trust: try VerificationTrust.of(store: built.store), io: POSIXFileIO())
        #expect(DueSummary.load(store: built.store, trust: try VerificationTrust.of(store: built.store)) == awkward)
    }
}
