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

    /// A store of `count` agreements, one a day from 2026-10-01, with the one at `tampered` changed after its seal.
    static func agreements(_ count: Int, tampered: Int, in folder: TemporaryFolder) throws -> (DueStore, [String]) {
        let due = try DueStore(root: folder.path + "/store")
        let agreement = DueStore.agreement(waitWeeks: nil)
        let sessions = try (1...count).map { try due.session(client: "C-\($0)", on: "2026-10-0\($0)", agreement) }
        try due.tamper(sessions[tampered])
        return (due, sessions)
    }

    /// What `keywork due` lists for `due`'s store on the tests' day, with how many sessions it read.
    static func list(
        _ due: DueStore, settings: DueFacts.Settings
    ) throws -> (list: DueList, sessionsRead: Int, fromSummary: Bool) {
        try DueList.build(store: due.store, now: DueIndexTests.today, guide: { _ in due.guide }, settings: settings)
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
            let built = try Self.list(due, settings: settings)
            let attention = Set(built.list.attention.map(\.sessionID))
            #expect(attention == [earlier, revisit], "the revisit's chain is broken: \(built.list.attention)")
            #expect(attention == (try Self.invalidByVerify(due.store)))
        }
    }

    @Test func aStoreWithNoLinksIsSettledAsVerifySettlesIt() throws {
        let folder = TemporaryFolder()
        let (due, sessions) = try Self.agreements(3, tampered: 1, in: folder)
        let withIndex = DueFacts.Settings(settleNanoseconds: -1_000_000_000_000)
        let without = DueFacts.Settings(usesIndex: false)
        let plain = try Self.list(due, settings: without)
        #expect(Set(plain.list.attention.map(\.sessionID)) == [sessions[1]])
        #expect(Set(plain.list.attention.map(\.sessionID)) == (try Self.invalidByVerify(due.store)))
        let first = try Self.list(due, settings: withIndex)
        #expect(first.list == plain.list && first.sessionsRead == sessions.count)
        let second = try Self.list(due, settings: withIndex)
        #expect(second.list == plain.list)
    }

    /// `settle` given verdicts the ledger's findings were already applied to, and how many sessions it lists, as a
    /// first `due` makes them on every core: the same pass as `settle` applying the ledger itself, with a session
    /// deleted from the store (the count says one is missing) and with none.
    @Test func verdictsSettledWithTheLedgerBeforehandGiveThePassSettleGives() throws {
        let folder = TemporaryFolder()
        let (due, sessions) = try Self.agreements(4, tampered: 2, in: folder)
        let trust = try VerificationTrust.of(store: due.store)
        func bothWays() throws -> (applied: StoreVerification, plain: StoreVerification, listed: Int, count: Int) {
            let ids = try due.store.sessionFolders().ids
            let own = ids.map {
                SessionCheck.verifyFolder(due.store.sessionFolder($0), trust: trust, buildingData: false).verification
            }
            let view = try #require(LedgerView.load(store: due.store, trust: trust))
            var adjusted = own
            for index in adjusted.indices { view.adjust(&adjusted[index]) }
            let listed = ids.filter(view.lists).count
            let applied = try Verifier.settle(
                store: due.store, own: adjusted, trust: trust, checkingLinks: true, checkingLedger: true,
                ledgerApplied: (view, listed))
            let plain = try Verifier.settle(
                store: due.store, own: own, trust: trust, checkingLinks: true, checkingLedger: true)
            return (applied, plain, listed, view.listedCount)
        }
        let whole = try bothWays()
        #expect(whole.listed == whole.count && whole.count == sessions.count)
        #expect(whole.applied == whole.plain)
        #expect(whole.plain.sessions.filter { !$0.isValid }.map(\.sessionID) == [sessions[2]])
        try FileManager.default.removeItem(atPath: due.store.sessionFolder(sessions[0]))
        let deleted = try bothWays()
        #expect(deleted.listed == deleted.count - 1)
        #expect(deleted.applied == deleted.plain)
        let missing = deleted.plain.sessions.first { $0.sessionID == sessions[0] }
        #expect(missing?.isInvalid == true, "the deleted session is listed as missing: \(deleted.plain.sessions)")
        // And `due` itself, whose verdicts are made that way, lists the same sessions for attention as verify.
        let built = try Self.list(due, settings: DueFacts.Settings(settleNanoseconds: -1_000_000_000_000))
        #expect(Set(built.list.attention.map(\.sessionID)) == (try Self.invalidByVerify(due.store)))
        #expect(Set(built.list.attention.map(\.sessionID)) == [sessions[0], sessions[2]])
    }
}
