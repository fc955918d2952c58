import Foundation
import Testing

@testable import KeyworkRecord

/// A sealed session committed under Golden/ must keep verifying: the on-disk format is a promise.
///
/// Only `KEYWORK_RECORD_TRANSCRIPT_FIXTURES=1` records it again (and fails, to have the diff read): a change
/// here means journals already on keyworkers' machines may stop verifying, so a refresh of goldens never does.
@Suite struct GoldenSessionTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()
    private let otherFolder = TemporaryFolder()

    private static let goldenFolder = Fixture.transcriptFixtures.path(Fixture.sessionID)

    /// The golden session as today's code writes it; the signature may differ run to run, the journal may not.
    private func writeSession(in folder: TemporaryFolder) throws -> (String, Seal) {
        let key = Fixture.key()
        let journal = try Fixture.openSession(store: folder.store, key: key)
        let seal = try journal.seal(
            signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start.addingTimeInterval(60))
        return (journal.folder, seal)
    }

    @Test func goldenSessionStillVerifiesByteForByte() throws {
        let golden = Self.goldenFolder
        // Today's code must write the very same journal and statement; only the signature bytes may differ.
        let (fresh, seal) = try writeSession(in: folder)
        Fixture.checkTranscriptFixture(fresh, named: Fixture.sessionID)

        let committedKey = try DeviceKey.readPublicKeyFile(golden + "/device.pub")
        #expect(committedKey == Fixture.key().publicKeyBytes)
        let result = Verifier.verifySession(folder: golden, trust: VerificationTrust(deviceKey: committedKey))
        #expect(result.outcome == .valid)
        #expect(result.signerKey == .thisDevice)
        #expect(result.signer == Fixture.signer)
        guard case .success(let committedSeal) = Seal.parse(readBytes(golden + "/seal.sig")) else {
            Issue.record("the golden seal does not parse")
            return
        }
        #expect(committedSeal.statementBytes == seal.statementBytes)
        #expect(result.receiptCode == seal.receiptCode)
    }

    private static let goldenLedger = Fixture.transcriptFixtures.path("ledger.jsonl")

    /// The ledger the golden session's seal starts in a fresh store (transcript-format.md §13's worked example):
    /// Ed25519 signatures are deterministic, so every byte of it is the same each time.
    @Test func goldenLedgerIsWrittenByteForByteAndVerifies() throws {
        let (_, _) = try writeSession(in: folder)
        let written = readBytes(Ledger(store: folder.store).path)
        Fixture.transcriptFixtures.check(bytes: written, named: "ledger.jsonl")
        let store = otherFolder.store
        try FileManager.default.createDirectory(atPath: store.sessionsFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.goldenFolder, toPath: store.sessionFolder(Fixture.sessionID))
        writeBytes(Ledger(store: store).path, readBytes(Self.goldenLedger))
        let results = try Verifier.verifyStore(
            root: store.root, trust: Fixture.trust(Fixture.key()), checkingLinks: true, checkingLedger: true)
        #expect(results.hasNoFailure)
        #expect(results.ledger?.sealCount == 1)
        let lines = try #require(String(decoding: written, as: UTF8.self).split(separator: "\n").last)
        #expect(lines.contains(#""session":"\#(Fixture.sessionID)""#))
        #expect(lines.contains(#""receipt":"TJZF-393B-NKBQ""#))
    }
}
