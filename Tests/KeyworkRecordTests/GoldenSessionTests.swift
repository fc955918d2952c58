import Foundation
import Testing

@testable import KeyworkRecord

/// A sealed session committed under Golden/ must keep verifying: the on-disk format is a promise.
///
/// Set `KEYWORK_UPDATE_GOLDEN=1` to rewrite it (then read the diff before committing).
@Suite struct GoldenSessionTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()
    private let otherFolder = TemporaryFolder()

    private static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(Fixture.sessionID).path

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
        if ProcessInfo.processInfo.environment["KEYWORK_UPDATE_GOLDEN"] == "1" {
            let (fresh, _) = try writeSession(in: otherFolder)
            try? FileManager.default.removeItem(atPath: golden)
            try FileManager.default.createDirectory(atPath: golden, withIntermediateDirectories: true)
            for name in ["journal.jsonl", "seal.sig"] {
                writeBytes(golden + "/" + name, readBytes(fresh + "/" + name))
            }
            writeBytes(golden + "/device.pub", Fixture.key().publicKeyFileContent)
        }

        let committedKey = try DeviceKey.readPublicKeyFile(golden + "/device.pub")
        #expect(committedKey == Fixture.key().publicKeyBytes)
        let result = Verifier.verifySession(folder: golden, trust: VerificationTrust(deviceKey: committedKey))
        #expect(result.outcome == .valid)
        #expect(result.signerKey == .thisDevice)
        #expect(result.signer == Fixture.signer)

        // Today's code must write the very same journal and statement; only the signature bytes may differ.
        let (fresh, seal) = try writeSession(in: folder)
        #expect(readBytes(fresh + "/journal.jsonl") == readBytes(golden + "/journal.jsonl"))
        guard case .success(let committedSeal) = Seal.parse(readBytes(golden + "/seal.sig")) else {
            Issue.record("the golden seal does not parse")
            return
        }
        #expect(committedSeal.statementBytes == seal.statementBytes)
        #expect(result.receiptCode == seal.receiptCode)
    }

    private static let goldenLedger = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent("ledger.jsonl").path

    /// The ledger the golden session's seal starts in a fresh store (transcript-format.md §13's worked example):
    /// Ed25519 signatures are deterministic, so every byte of it is the same each time.
    @Test func goldenLedgerIsWrittenByteForByteAndVerifies() throws {
        let (_, _) = try writeSession(in: folder)
        let written = readBytes(Ledger(store: folder.store).path)
        if ProcessInfo.processInfo.environment["KEYWORK_UPDATE_GOLDEN"] == "1" {
            writeBytes(Self.goldenLedger, written)
        }
        #expect(written == readBytes(Self.goldenLedger))
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
