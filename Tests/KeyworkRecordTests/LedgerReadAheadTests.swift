import Foundation
import KeyworkForgery
import Testing

@testable import KeyworkRecord

/// `keywork due` reads the ledger while it verifies the sessions, then confirms it after them: whatever happened to
/// the ledger meanwhile, what it confirms is what reading the ledger at that moment gives.
@Suite struct LedgerReadAheadTests {
    typealias Built = DueIndexTests.Built

    /// The read-ahead's answer, and the one a whole read made right after it gives.
    typealias Read = (view: LedgerView?, checked: LedgerPrefix?)

    static func confirmedAndReadNow(_ ahead: LedgerReadAhead, _ built: Built, known: LedgerPrefix?) throws -> (
        confirmed: Read, now: Read
    ) {
        let confirmed = ahead.confirmed()
        let now = LedgerView.load(store: built.store, trust: try VerificationTrust.of(store: built.store), known: known)
        return (confirmed, now)
    }

    static func expectSame(_ pair: (confirmed: Read, now: Read)) {
        #expect(pair.confirmed.view?.verification() == pair.now.view?.verification())
        #expect(pair.confirmed.view?.damage == pair.now.view?.damage)
        #expect(pair.confirmed.view?.contents.entries.map(\.event) == pair.now.view?.contents.entries.map(\.event))
        #expect(pair.confirmed.checked == pair.now.checked)
    }

    static func aheadOf(_ built: Built, remembering: Bool = true) throws -> LedgerReadAhead {
        let ahead = LedgerReadAhead(
            store: built.store, trust: try VerificationTrust.of(store: built.store), remembering: remembering)
        ahead.waitForReadingAhead()
        return ahead
    }

    @Test func anUnchangedLedgerIsTheOneReadAhead() throws {
        let built = try DueIndexTests.build()
        let fresh = try Self.confirmedAndReadNow(try Self.aheadOf(built), built, known: nil)
        Self.expectSame(fresh)
        #expect(fresh.confirmed.checked != nil, "a ledger never remembered gives a prefix to remember")
        #expect(fresh.confirmed.view?.damage == nil)

        // Once remembered, the same ledger gives nothing new to remember.
        _ = try DueIndexTests.due(built)
        let known = try #require(LedgerPrefix.load(store: built.store))
        let again = try Self.confirmedAndReadNow(try Self.aheadOf(built), built, known: known)
        Self.expectSame(again)
        #expect(again.confirmed.checked == nil)
    }

    @Test func aSessionSealedWhileTheSessionsWereReadIsInTheLedgerConfirmed() throws {
        var built = try DueIndexTests.build()
        _ = try DueIndexTests.due(built)
        let known = try #require(LedgerPrefix.load(store: built.store))
        let ahead = try Self.aheadOf(built)
        built.sessions["later"] = try built.due.session(
            client: "C-9", on: "2026-10-09", DueStore.agreement(waitWeeks: nil))
        let later = try #require(built.sessions["later"])
        let pair = try Self.confirmedAndReadNow(ahead, built, known: known)
        Self.expectSame(pair)
        let view = try #require(pair.confirmed.view)
        #expect(view.missingSessions(besides: [], store: built.store).contains { $0.sessionID == later })
        #expect(pair.confirmed.checked?.contents.entries.count == known.contents.entries.count + 1)
    }

    @Test func aLedgerChangedOrRemovedAfterTheReadingAheadIsReadAsItIsNow() throws {
        let built = try DueIndexTests.build()
        _ = try DueIndexTests.due(built)
        let known = try #require(LedgerPrefix.load(store: built.store))
        let genuine = LedgerPrefixTests.ledgerLines(built)

        // A line changed in one byte of its signature: only a whole check finds it.
        var ahead = try Self.aheadOf(built)
        var lines = genuine
        let last = lines.count - 1
        lines[last][lines[last].count - 10] ^= 0x01
        LedgerPrefixTests.writeLedger(built, lines)
        let changed = try Self.confirmedAndReadNow(ahead, built, known: known)
        Self.expectSame(changed)
        #expect(changed.confirmed.view?.damage != nil)
        #expect(changed.confirmed.checked == nil, "a ledger that does not verify is not remembered")

        // Gone: there is no ledger to go by, whatever was read ahead.
        LedgerPrefixTests.writeLedger(built, genuine)
        ahead = try Self.aheadOf(built)
        try FileManager.default.removeItem(atPath: LedgerPrefixTests.ledgerPath(built))
        let removed = try Self.confirmedAndReadNow(ahead, built, known: known)
        Self.expectSame(removed)
        #expect(removed.confirmed.view == nil && removed.confirmed.checked == nil)
    }

    @Test func withoutRememberingNothingIsToBeRemembered() throws {
        let built = try DueIndexTests.build()
        let confirmed = try Self.aheadOf(built, remembering: false).confirmed()
        #expect(confirmed.view?.damage == nil)
        #expect(confirmed.view?.contents.entries.isEmpty == false)
        #expect(confirmed.checked == nil)
    }
}
