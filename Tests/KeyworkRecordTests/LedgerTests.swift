import Crypto
import Foundation
import KeyworkForgery
import Testing

@testable import KeyworkRecord

/// The store's signed ledger of seals notices what a session's own seal cannot: a whole session deleted, a
/// seal deleted, a sealed journal changed, and a seal made outside Keywork.
@Suite struct LedgerTests {
    private let folder = TemporaryFolder()
    private var store: Store { folder.store }
    private let key = Fixture.key()
    private var trust: VerificationTrust { Fixture.trust(key) }

    static let first = "20261127-024630-a1b2c3"
    static let second = "20261128-101500-0b0b0b"
    static let third = "20261129-110000-0c0c0c"

    /// Seals a fixture session `minutes` after the fixture's start; returns its folder.
    @discardableResult
    func seal(_ id: String, minutes: Double = 1, key: DeviceKey? = nil) throws -> String {
        let key = key ?? self.key
        let journal = try Fixture.openSession(store: store, sessionID: id, key: key)
        try journal.seal(
            signer: Fixture.signer, meaning: Fixture.meaning, key: key,
            now: Fixture.start.addingTimeInterval(minutes * 60))
        return journal.folder
    }

    func verifyStore(_ trust: VerificationTrust? = nil) throws -> StoreVerification {
        try Verifier.verifyStore(
            root: store.root, trust: trust ?? self.trust, checkingLinks: true, checkingLedger: true)
    }

    func outcome(_ id: String, in results: StoreVerification) -> SessionVerification.Outcome? {
        results.sessions.first { $0.sessionID == id }?.outcome
    }

    var ledgerLines: [String] {
        String(decoding: readBytes(Ledger(store: store).path), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func theFirstSealStartsTheLedgerAndEverySealIsListedInIt() throws {
        try seal(Self.first)
        try seal(Self.second, minutes: 2)
        #expect(ledgerLines.count == 3)
        #expect(ledgerLines[0].contains(#""event":"started""#))
        #expect(ledgerLines[1].contains(#""session":"\#(Self.first)""#))
        #expect(fileMode(Ledger(store: store).path) == 0o600)
        let results = try verifyStore()
        #expect(results.sessions.allSatisfy { $0.isValid })
        #expect(results.ledger?.isValid == true)
        #expect(results.ledger?.sealCount == 2)
        #expect(results.ledger?.signerKeys == [.thisDevice])
        #expect(
            results.ledger?.summary == "ledger  valid    2 seals since 2026-11-27T02:47:30.125Z, signed by this device")
    }

    @Test func aSessionDeletedWholeIsFoundByTheLedger() throws {
        try seal(Self.first)
        try seal(Self.second, minutes: 2)
        try FileManager.default.removeItem(atPath: store.sessionFolder(Self.second))
        let results = try verifyStore()
        #expect(
            outcome(Self.second, in: results)
                == .invalid(
                    reason: "the ledger lists it as sealed on 2026-11-27T02:48:30.125Z (receipt "
                        + "\(results.sessions.last?.receiptCode ?? "?")), but the session is missing from the store: "
                        + "it was deleted or moved"))
        #expect(!results.hasNoFailure)
        #expect(outcome(Self.first, in: results) == .valid)
    }

    @Test func aDeletedSealIsInvalidNotUnfinished() throws {
        let sealed = try seal(Self.first)
        unlink(sealed + "/seal.sig")
        let reason =
            "the ledger lists it as sealed on 2026-11-27T02:47:30.125Z (receipt "
            + "\(ReceiptCode.make(journalSHA256: Array(SHA256.hash(data: readBytes(sealed + "/journal.jsonl")))) ?? "")), "
            + "but its seal.sig is missing; if its journal is unchanged, `keywork resume \(Self.first)` writes the seal again"
        #expect(outcome(Self.first, in: try verifyStore()) == .invalid(reason: reason))
        #expect(
            Verifier.verifySession(folder: sealed, trust: trust, checkingLedger: true).outcome
                == .invalid(reason: reason))
        #expect(
            Verifier.verifySession(folder: sealed, trust: trust).outcome == .unfinished, "the files alone cannot tell")
    }

    @Test func aJournalChangedAfterItsSealWasDeletedCannotBeResumedOrResealed() throws {
        let sealed = try seal(Self.first)
        unlink(sealed + "/seal.sig")
        // The forger takes off the last line, which leaves a chain that still holds.
        var lines = readBytes(sealed + "/journal.jsonl").split(separator: 0x0A).map(Array.init)
        lines.removeLast()
        writeBytes(sealed + "/journal.jsonl", Array(lines.joined(separator: [0x0A])) + [0x0A])
        #expect(
            throws: RecordError.sealedWithAnotherJournal(
                sessionID: Self.first, sealedAt: "2026-11-27T02:47:30.125Z", ledger: Ledger(store: store).path)
        ) {
            _ = try Journal.resume(store: store, sessionID: Self.first, now: Fixture.start)
        }
        #expect(Store.exists(sealed), "the session is left where it is, for an audit")
        #expect(outcome(Self.first, in: try verifyStore())?.isInvalidBecause("its seal.sig is missing") == true)
    }

    @Test func aSealLostFromAnUnchangedJournalIsWrittenAgainWithoutASecondListing() throws {
        let sealed = try seal(Self.first)
        unlink(sealed + "/seal.sig")
        let (journal, _, _) = try Journal.resume(store: store, sessionID: Self.first, now: Fixture.start)
        try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        #expect(ledgerLines.count == 2)
        #expect(outcome(Self.first, in: try verifyStore()) == .valid)
    }

    @Test func aCrashBetweenTheLedgerAndTheSealIsSealedOnResume() throws {
        let io = FaultyFileIO()
        let journal = try Fixture.openSession(store: store, sessionID: Self.first, key: key, io: io)
        // Ledger: one write (started and sealed lines together) and its fsync; then the seal's write fails.
        io.writesBeforeFailure = 1
        #expect(throws: RecordError.self) {
            try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        }
        journal.close()
        #expect(ledgerLines.count == 2)
        #expect(outcome(Self.first, in: try verifyStore())?.isInvalidBecause("seal.sig is missing") == true)
        let (reopened, _, _) = try Journal.resume(store: store, sessionID: Self.first, now: Fixture.start)
        try reopened.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        #expect(outcome(Self.first, in: try verifyStore()) == .valid)
        #expect(ledgerLines.count == 2)
    }

    @Test func sessionsSealedBeforeTheLedgerBeganSaySo() throws {
        // A store from before the ledger: its sessions were sealed, then the ledger starts at the next seal.
        try seal(Self.first)
        unlink(Ledger(store: store).path)
        try seal(Self.second, minutes: 60)
        let results = try verifyStore()
        #expect(results.sessions.allSatisfy { $0.isValid })
        #expect(results.sessions.first?.ledgerNote == "before the ledger")
        #expect(results.sessions.first?.summary.hasSuffix("; before the ledger") == true)
        #expect(results.sessions.last?.ledgerNote == nil)
        #expect(results.ledger?.startedAt == "2026-11-27T03:46:30.125Z")
    }

    @Test func aSealMadeOutsideKeyworkAfterTheLedgerBeganIsInvalid() throws {
        try seal(Self.first)
        // Someone with the device key seals a session without the ledger.
        var outside = ForgedSession(id: Self.second, key: key)
        outside.time = "2026-11-28T10:30:00.000Z"
        try outside.write(into: store)
        let results = try verifyStore()
        #expect(
            outcome(Self.second, in: results)
                == .invalid(
                    reason: "it was sealed on 2026-11-28T10:30:00.000Z by the key that has kept this store's ledger "
                        + "since 2026-11-27T02:47:30.125Z, but the ledger does not list it"))
        // One sealed by another device is not this ledger's business.
        try ForgedSession(id: Self.third, key: Fixture.otherKey()).write(into: store)
        #expect(outcome(Self.third, in: try verifyStore()) == .valid)
    }

    @Test func aChangedLedgerIsInvalidAndAShortOneIsCaughtByItsSessions() throws {
        try seal(Self.first)
        try seal(Self.second, minutes: 2)
        let path = Ledger(store: store).path
        let original = readBytes(path)
        var changed = original
        changed[original.count / 2] ^= 0x01
        writeBytes(path, changed)
        #expect(try verifyStore().ledger?.isValid == false)
        // The last line taken away: the chain before it holds, but the session it listed is not listed now.
        let withoutLast = Array(original.split(separator: 0x0A).dropLast().joined(separator: [0x0A])) + [0x0A]
        writeBytes(path, withoutLast)
        let results = try verifyStore()
        #expect(results.ledger?.isValid == true)
        #expect(outcome(Self.second, in: results)?.isInvalidBecause("the ledger does not list it") == true)
    }

    @Test func aTornLastLineIsNotCountedAndIsCutAtTheNextSeal() throws {
        try seal(Self.first)
        let path = Ledger(store: store).path
        writeBytes(path, readBytes(path) + Array(#"{"seq":2,"ts":"2026"#.utf8))
        let results = try verifyStore()
        #expect(results.ledger?.isValid == true)
        #expect(results.ledger?.tornTailBytes == 19)
        try seal(Self.second, minutes: 2)
        #expect(ledgerLines.count == 3)
        #expect(try verifyStore().hasNoFailure)
    }

    @Test func aDamagedLedgerStopsSealingAndLosesNothing() throws {
        try seal(Self.first)
        let path = Ledger(store: store).path
        var bytes = readBytes(path)
        bytes[bytes.count - 10] = UInt8(ascii: "!")
        writeBytes(path, bytes)
        let journal = try Fixture.openSession(store: store, sessionID: Self.second, key: key)
        #expect {
            try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        } throws: { error in
            guard case .ledgerDamaged(path, _, _) = error as? RecordError else { return false }
            return "\(error)".contains("nothing was sealed and nothing is lost")
        }
        #expect(!Store.exists(journal.folder + "/seal.sig"))
        #expect(readBytes(path) == bytes, "the ledger is never rewritten")
    }

    @Test func aLedgerKeptByAnUnknownKeyFailsWhenTrustIsRequired() throws {
        try seal(Self.first)
        let strict = VerificationTrust(deviceKey: Fixture.otherKey().publicKeyBytes, requireTrusted: true)
        let results = try verifyStore(strict)
        #expect(
            results.ledger?.outcome
                == .invalid(reason: "it is kept by key \(key.keyID), which is neither this device's nor trusted"))
        let lenient = try verifyStore(VerificationTrust(deviceKey: Fixture.otherKey().publicKeyBytes))
        #expect(lenient.ledger?.isValid == true)
        #expect(lenient.ledger?.warnings.count == 1)
    }

    @Test func sealsMadeAtOnceEachGetTheirLine() throws {
        let ids = (0..<8).map { String(format: "20261127-0300%02d-abcdef", $0) }
        let store = self.store
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let key = Fixture.key()
            let journal = try? Fixture.openSession(store: store, sessionID: ids[index], key: key)
            try? journal?.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        }
        #expect(ledgerLines.count == 9)
        #expect(try verifyStore().hasNoFailure)
    }
}

extension SessionVerification.Outcome {
    func isInvalidBecause(_ words: String) -> Bool {
        if case .invalid(let reason) = self { return reason.contains(words) }
        return false
    }
}
