import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// Every change to a sealed session's bytes must make verification fail.
@Suite struct TamperTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()
    private let otherFolder = TemporaryFolder()

    private let key = Fixture.key()

    private func sealed() throws -> (TemporaryFolder, String) {
        let sessionFolder = try Fixture.sealedSession(store: folder.store, key: key)
        #expect(Verifier.verifySession(folder: sessionFolder, trust: Fixture.trust(key)).isValid)
        return (folder, sessionFolder)
    }

    private func verify(_ sessionFolder: String) -> SessionVerification {
        Verifier.verifySession(folder: sessionFolder, trust: Fixture.trust(key))
    }

    @Test(arguments: ["journal.jsonl", "seal.sig"])
    func flippedByteAtEveryOffsetFails(file: String) throws {
        let (_, sessionFolder) = try sealed()
        let path = sessionFolder + "/" + file
        let original = readBytes(path)
        for offset in original.indices {
            for mask: UInt8 in [0x01, 0x80] {
                var changed = original
                changed[offset] ^= mask
                writeBytes(path, changed)
                #expect(!verify(sessionFolder).isValid, "\(file) byte \(offset) ^ \(mask) went unnoticed")
            }
        }
        writeBytes(path, original)
        #expect(verify(sessionFolder).isValid)
    }

    @Test func truncationAtEveryLineBoundaryAndMidLineFails() throws {
        let (_, sessionFolder) = try sealed()
        let path = sessionFolder + "/journal.jsonl"
        let original = readBytes(path)
        let boundaries = original.indices.filter { original[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        var cuts = [0] + boundaries.dropLast()
        cuts += boundaries.map { $0 - 5 }
        cuts += [original.count - 1]
        for cut in cuts {
            writeBytes(path, Array(original[0..<cut]))
            #expect(!verify(sessionFolder).isValid, "cut at \(cut) went unnoticed")
        }
        let sealPath = sessionFolder + "/seal.sig"
        let seal = readBytes(sealPath)
        writeBytes(path, original)
        for cut in [0, 15, seal.count / 2, seal.count - 1] {
            writeBytes(sealPath, Array(seal[0..<cut]))
            #expect(!verify(sessionFolder).isValid, "seal cut at \(cut) went unnoticed")
        }
    }

    @Test func appendedLineFails() throws {
        let (_, sessionFolder) = try sealed()
        let path = sessionFolder + "/journal.jsonl"
        let original = readBytes(path)
        let contents = try JournalReader.read(original, sessionID: Fixture.sessionID)
        let line = JournalEntry.encodeLine(
            seq: Int64(contents.entries.count), timestamp: "2026-11-27T03:00:00.000Z", event: "answer",
            data: .object([("screen", .string("goal")), ("choice", .string("stop"))]),
            prev: Hex.encode(contents.chainHead))
        writeBytes(path, original + line + [UInt8(ascii: "\n")])
        #expect(
            try JournalReader.read(readBytes(path), sessionID: Fixture.sessionID).entries.count == 6,
            "the added line chains")
        #expect(!verify(sessionFolder).isValid)
        writeBytes(path, original + [UInt8(ascii: "\n")])
        #expect(!verify(sessionFolder).isValid)
    }

    @Test func swappedLinesFail() throws {
        let (_, sessionFolder) = try sealed()
        let path = sessionFolder + "/journal.jsonl"
        var lines = readBytes(path).split(separator: UInt8(ascii: "\n")).map(Array.init)
        lines.swapAt(2, 3)
        writeBytes(path, lines.flatMap { $0 + [UInt8(ascii: "\n")] })
        let result = verify(sessionFolder)
        #expect(!result.isValid)
    }

    @Test func sealCopiedFromAnotherSessionFails() throws {
        let (folder, sessionFolder) = try sealed()
        let otherFolder = try Fixture.sealedSession(store: folder.store, sessionID: "20261127-024630-ffffff", key: key)
        try FileManager.default.removeItem(atPath: sessionFolder + "/seal.sig")
        try FileManager.default.copyItem(atPath: otherFolder + "/seal.sig", toPath: sessionFolder + "/seal.sig")
        #expect(!verify(sessionFolder).isValid)
        // The same journal and seal under another folder name fail too.
        let renamed = folder.store.sessionsFolder + "/20261127-024630-000000"
        try FileManager.default.moveItem(atPath: otherFolder, toPath: renamed)
        #expect(!verify(renamed).isValid)
    }

    @Test func replacedKeyFails() throws {
        let (_, sessionFolder) = try sealed()
        let sealPath = sessionFolder + "/seal.sig"
        guard case .success(let seal) = Seal.parse(readBytes(sealPath)) else {
            Issue.record("the seal does not parse")
            return
        }
        let attacker = Fixture.otherKey()
        var statement = seal.statement
        statement.key = attacker.publicKeyBase64
        writeBytes(sealPath, try Seal.sign(statement, key: attacker).fileContent)
        let result = Verifier.verifySession(folder: sessionFolder, trust: Fixture.trust(key))
        #expect(result.outcome == .invalid(reason: "the seal's key is not the device key named in the journal header"))
    }

    @Test func fuzzedSessionsNeverCrashVerify() throws {
        let (_, sessionFolder) = try sealed()
        var generator = SeededRandom(seed: 7)
        for file in ["journal.jsonl", "seal.sig"] {
            let path = sessionFolder + "/" + file
            let original = readBytes(path)
            for _ in 0..<300 {
                var changed = original
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    let index = Int.random(in: 0..<changed.count, using: &generator)
                    if Bool.random(using: &generator) {
                        changed[index] = UInt8.random(in: 0...255, using: &generator)
                    } else {
                        changed.remove(at: index)
                    }
                }
                if changed == original { continue }
                writeBytes(path, changed)
                #expect(!verify(sessionFolder).isValid)
            }
            writeBytes(path, original)
        }
    }

    @Test func storeVerificationListsUnfinishedSessionsApart() throws {
        // The store's own key first: a ledger without a device key is a store that lost its key.
        _ = try DeviceKey.loadOrCreate(store: folder.store)
        _ = try sealed()
        let open = try Fixture.openSession(store: folder.store, sessionID: "20261127-050000-abcdef")
        defer { open.close() }
        let results = try Verifier.verifyStore(
            root: folder.store.root, trust: VerificationTrust.of(store: folder.store)
        ).sessions
        #expect(results.map(\.sessionID) == [Fixture.sessionID, "20261127-050000-abcdef"])
        #expect(results[0].signerKey == .unknownKey(keyID: key.keyID), "the fixture key is not this store's device key")
        #expect(results[0].isValid)
        #expect(results[1].outcome == .unfinished)
    }
}
