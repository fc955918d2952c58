import Foundation
import KeyworkForgery
import KeyworkGuides
import Testing

@testable import KeyworkRecord

/// What a first `due` does after the sessions are read: the index written from its entries in id order, and the
/// chains followed only when some session links to another; each gives what the slower way gave.
@Suite struct DueTailTests {
    /// The sessions `verify` finds invalid, checking chains and the ledger as `due` does.
    static func invalidByVerify(_ store: Store) throws -> Set<String> {
        let verified = try Verifier.verifyStore(
            root: store.root, trust: try VerificationTrust.of(store: store), checkingLinks: true, checkingLedger: true)
        return Set(verified.sessions.filter { !$0.isValid }.map(\.sessionID))
    }

    @Test func theIndexAFirstDueWritesIsByteForByteWhatSortingItsEntriesWrites() throws {
        let built = try DueIndexTests.build()
        #expect(!Store.exists(built.indexPath))
        _ = try DueIndexTests.due(built)
        let written = try Store.readFile(built.indexPath)
        let index = try #require(DueIndex(store: built.store, trust: try VerificationTrust.of(store: built.store)))
        #expect(index.droppedLines == 0 && index.entries.count > 1)
        #expect(index.encoded(index.entries) == written)
        // As a pass hands them over: in id order, with a gap for each session the index does not hold.
        let listed = try built.store.sessionIDs().map { index.entries[$0] }
        #expect(listed.contains(nil), "the unfinished session is not held")
        #expect(index.encoded(inIDOrder: listed) == written)
    }

    @Test func aRevisitWhoseEarlierAgreementWasChangedIsListedForAttention() throws {
        let folder = TemporaryFolder()
        let due = try DueStore(root: folder.path + "/store")
        let agreement = DueStore.agreement(waitWeeks: nil)
        let earlier = try due.session(client: "C-1", on: "2026-09-01", agreement)
        let revisit = try due.revisit(earlier, client: "C-1", on: "2026-10-02")
        _ = try due.session(client: "C-2", on: "2026-10-03", agreement)
        try due.tamper(earlier)
        let settings = DueFacts.Settings(settleNanoseconds: -1_000_000_000_000)
        for _ in 1...2 {
            let built = try DueList.build(
                store: due.store, now: DueIndexTests.today, guide: { _ in due.guide }, settings: settings)
            let attention = Set(built.list.attention.map(\.sessionID))
            #expect(attention == [earlier, revisit], "the revisit's chain is broken: \(built.list.attention)")
            #expect(attention == (try Self.invalidByVerify(due.store)))
        }
    }

    @Test func aStoreWithNoLinksIsSettledAsVerifySettlesIt() throws {
        let folder = TemporaryFolder()
        let due = try DueStore(root: folder.path + "/store")
        let agreement = DueStore.agreement(waitWeeks: nil)
        let sessions = try (1...3).map { try due.session(client: "C-\($0)", on: "2026-10-0\($0)", agreement) }
        try due.tamper(sessions[1])
        let withIndex = DueFacts.Settings(settleNanoseconds: -1_000_000_000_000)
        let without = DueFacts.Settings(usesIndex: false)
        let plain = try DueList.build(
            store: due.store, now: DueIndexTests.today, guide: { _ in due.guide }, settings: without)
        #expect(Set(plain.list.attention.map(\.sessionID)) == [sessions[1]])
        #expect(Set(plain.list.attention.map(\.sessionID)) == (try Self.invalidByVerify(due.store)))
        let first = try DueList.build(
            store: due.store, now: DueIndexTests.today, guide: { _ in due.guide }, settings: withIndex)
        #expect(first.list == plain.list && first.sessionsRead == sessions.count)
        let second = try DueList.build(
            store: due.store, now: DueIndexTests.today, guide: { _ in due.guide }, settings: withIndex)
        #expect(second.list == plain.list)
    }
}
