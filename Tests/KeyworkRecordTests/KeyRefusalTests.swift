import Crypto
import Foundation
import KeyworkForgery
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// A key that is not an honest device's is refused wherever one is read, and the device key never changes
/// behind the keyworker's back.
@Suite struct KeyRefusalTests {
    private let folder = TemporaryFolder()
    private var store: Store { folder.store }
    static let id = "20261127-024630-a1b2c3"

    func publicKeyFile(_ raw: [UInt8]) -> [UInt8] {
        Array("keywork-public-key/1\n\(Data(raw).base64EncodedString())\n".utf8)
    }

    @Test func theIdentityKeyWouldAcceptAnyStatementButIsRefused() throws {
        // The premise: without the check, a seal "signed" by the identity key verifies.
        let identity = try Curve25519.Signing.PublicKey(rawRepresentation: ForgedKeys.identity)
        #expect(identity.isValidSignature(ForgedKeys.identitySignature, for: Array("anything at all".utf8)))
        var forged = ForgedSession(id: Self.id, namedKey: ForgedKeys.identity, signingKey: nil)
        forged.rawSignature = ForgedKeys.identitySignature
        try forged.write(into: store)
        let result = Verifier.verifySession(folder: store.sessionFolder(Self.id), trust: Fixture.trust(Fixture.key()))
        #expect(
            result.outcome
                == .invalid(
                    reason: "the seal's key is refused: the key is a point of small order, which would let "
                        + "signatures verify for any statement"))
    }

    @Test(arguments: ForgedKeys.all.map(\.name))
    func aForgedKeyIsRefusedInASealAHeaderATrustedFileAndDevicePub(name: String) throws {
        let key = try #require(ForgedKeys.all.first { $0.name == name }?.key)
        try ForgedSession(id: Self.id, namedKey: key, signingKey: Fixture.key()).write(into: store)
        let sealCheck = Verifier.verifySession(
            folder: store.sessionFolder(Self.id), trust: Fixture.trust(Fixture.key()))
        #expect(sealCheck.outcome.isInvalidBecause("the seal's key is refused"), "\(sealCheck.outcome)")
        // The journal alone (as resume reads it) is refused for its header.
        #expect(throws: JournalReader.Damage.self) {
            try JournalReader.read(readBytes(store.sessionFolder(Self.id) + "/journal.jsonl"), sessionID: Self.id)
        }
        let file = folder.path + "/forged.pub"
        writeBytes(file, publicKeyFile(key))
        #expect {
            try DeviceKey.readPublicKeyFile(file)
        } throws: { error in
            guard case .malformedKey(file, let problem) = error as? RecordError else { return false }
            return problem.hasPrefix("the file does not hold a valid public key")
        }
        _ = try DeviceKey.loadOrCreate(store: store)
        var trusted = try TrustedKeys.load(store: store)
        #expect(throws: RecordError.self) { try trusted.trust(publicKeyFile: file, name: "Forger") }
        writeBytes(store.trustedFolder + "/Forger.pub", publicKeyFile(key))
        #expect(throws: RecordError.self) { try TrustedKeys.load(store: store) }
        unlink(store.trustedFolder + "/Forger.pub")
        writeBytes(store.keysFolder + "/device.pub", publicKeyFile(key))
        #expect(throws: RecordError.self) { try VerificationTrust.of(store: store) }
    }

    @Test func aTrustedFileWhoseNameBreaksTheRuleIsAnErrorNotTrusted() throws {
        _ = try DeviceKey.loadOrCreate(store: store)
        let other = TemporaryFolder()
        let key = try DeviceKey.loadOrCreate(store: other.store)
        for name in ["Leeds\u{1B}[2K laptop", "a.b", " padded"] {
            let path = store.trustedFolder + "/\(name).pub"
            writeBytes(path, key.publicKeyFileContent)
            #expect {
                try TrustedKeys.load(store: store)
            } throws: { error in
                guard case .misnamedTrustedKey(path, _) = error as? RecordError else { return false }
                return true
            }
            unlink(path)
        }
    }

    @Test func anAdminRoleAndAKeyworkerSealingAGroupAreInvalid() throws {
        var admin = ForgedSession(id: Self.id, key: Fixture.otherKey())
        admin.role = "admin"
        try admin.write(into: store)
        #expect(
            Verifier.verifySession(folder: store.sessionFolder(Self.id), trust: Fixture.trust(Fixture.key())).outcome
                == .invalid(reason: "the statement's signer role must be keyworker or facilitator"))
        var group = ForgedSession(id: "20261127-030000-0a0a0a", key: Fixture.otherKey())
        group.mode = .group
        group.clientReference = nil
        try group.write(into: store)
        #expect(
            Verifier.verifySession(folder: store.sessionFolder(group.id), trust: Fixture.trust(Fixture.key())).outcome
                == .invalid(
                    reason: "the seal's signer role is \"keyworker\", but a group record is sealed by its facilitator"))
        var signedAsAdmin = ForgedSession(id: "20261127-031500-0b0b0b", key: Fixture.otherKey())
        signedAsAdmin.events = [
            (
                "signed",
                .object([
                    ("screen", .string("agree")), ("role", .string("admin")), ("name", .string("Jo")),
                    ("meaning", .string("I agree")), ("text_hash", .string("x")),
                ])
            )
        ]
        try signedAsAdmin.write(into: store)
        #expect(
            Verifier.verifySession(folder: store.sessionFolder(signedAsAdmin.id), trust: Fixture.trust(Fixture.key()))
                .outcome.isInvalidBecause("line 2: a signature's role must be client, keyworker or facilitator"))
    }

    @Test func anImpossibleDateIsNotATime() throws {
        for text in [
            "2026-02-30T10:00:00.000Z", "2026-13-01T10:00:00.000Z", "2026-11-27T24:00:00.000Z",
            "2026-11-27T10:60:00.000Z", "2025-02-29T10:00:00.000Z",
        ] {
            #expect(!RecordTime.isValidTime(text), "\(text)")
        }
        #expect(RecordTime.isValidTime("2028-02-29T23:59:59.999Z"))
        var forged = ForgedSession(id: Self.id, key: Fixture.key())
        forged.time = "2026-02-30T10:00:00.000Z"
        try forged.write(into: store)
        #expect(
            Verifier.verifySession(folder: store.sessionFolder(Self.id), trust: Fixture.trust(Fixture.key())).outcome
                .isInvalidBecause("the statement's time is not a UTC time"))
    }

    // MARK: - The device key

    @Test func aMissingDeviceKeyBesideItsPublicHalfIsAnErrorAndNothingIsWritten() throws {
        let made = try DeviceKey.loadOrCreate(store: store)
        unlink(store.keysFolder + "/device.key")
        let before = readBytes(store.keysFolder + "/device.pub")
        #expect {
            try DeviceKey.loadOrCreate(store: store)
        } throws: { error in
            guard case .deviceKeyMissing(let path, let evidence) = error as? RecordError else { return false }
            return path == store.keysFolder + "/device.key" && evidence.contains("key id \(made.keyID)")
                && "\(error)".contains("keywork key new --replace")
        }
        #expect(readBytes(store.keysFolder + "/device.pub") == before)
        #expect(!Store.exists(store.keysFolder + "/device.key"))
    }

    @Test func aStoreWithALedgerButNoKeysAtAllIsNotGivenANewKeyInSilence() throws {
        _ = try DeviceKey.loadOrCreate(store: store)
        try Fixture.sealedSession(store: store, key: try DeviceKey.load(store: store))
        try FileManager.default.removeItem(atPath: store.keysFolder)
        #expect {
            try DeviceKey.loadOrCreate(store: store)
        } throws: { error in
            guard case .deviceKeyMissing(_, let evidence) = error as? RecordError else { return false }
            return evidence.contains("ledger")
        }
    }

    @Test func anEmptyKeyLeftByAnOldCrashInAFreshStoreIsMadeAgain() throws {
        try store.prepare()
        writeBytes(store.keysFolder + "/device.key", [])
        chmod(store.keysFolder + "/device.key", 0o600)
        let key = try DeviceKey.loadOrCreate(store: store)
        #expect(try DeviceKey.load(store: store).publicKeyBytes == key.publicKeyBytes)
    }

    @Test func aKeyIsWrittenWholeAndATemporaryFileLeftByACrashIsTakenAway() throws {
        try store.prepare()
        let leftover = store.keysFolder + "/device.key.tmp-123-456"
        writeBytes(leftover, Array("keywork-device-key/1\nhalf".utf8))
        let old = Date(timeIntervalSinceNow: -3600)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: leftover)
        _ = try DeviceKey.loadOrCreate(store: store)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: store.keysFolder).sorted() == [
                "device.key", "device.pub",
            ])
        #expect(fileMode(store.keysFolder + "/device.key") == 0o600)
    }

    @Test func replacingTheKeyKeepsTheOldOneAsRetiredAndTheLedgerHolds() throws {
        let old = try DeviceKey.loadOrCreate(store: store)
        try Fixture.sealedSession(store: store, key: old)
        let now = Date(timeIntervalSince1970: 1_798_000_000)
        let (new, retiredAs) = try DeviceKey.replace(store: store, now: now)
        #expect(new.publicKeyBytes != old.publicKeyBytes)
        #expect(retiredAs == "retired 2026-12-23 key \(old.keyID)")
        #expect(try DeviceKey.load(store: store).publicKeyBytes == new.publicKeyBytes)
        #expect(try TrustedKeys.load(store: store).lookup(old.publicKeyBytes) == retiredAs)
        try Fixture.sealedSession(store: store, sessionID: "20261224-090000-0d0d0d", key: new)
        let results = try Verifier.verifyStore(
            root: store.root, trust: try VerificationTrust.of(store: store), checkingLinks: true, checkingLedger: true)
        #expect(results.hasNoFailure, "\(results.sessions.map(\.summary)) \(results.ledger?.summary ?? "")")
        #expect(results.sessions.first?.signerKey == .trusted(name: retiredAs ?? ""))
        #expect(results.sessions.last?.signerKey == .thisDevice)
        #expect(results.ledger?.signerKeys == [.trusted(name: retiredAs ?? ""), .thisDevice])
        #expect(results.ledger?.keyReplacedAt == ["2026-12-23T04:26:40.000Z"])
    }

    @Test func replacingALostKeyNeedsNoOldKeyFile() throws {
        let old = try DeviceKey.loadOrCreate(store: store)
        unlink(store.keysFolder + "/device.key")
        let (_, retiredAs) = try DeviceKey.replace(store: store, now: Date())
        #expect(try TrustedKeys.load(store: store).lookup(old.publicKeyBytes) == retiredAs)
    }
}
