import Foundation
import Testing

@testable import KeyworkRecord

/// Trust comes from this computer's store only: the keys that travel with a copied store are named, never trusted.
@Suite struct VerificationTrustTests {
    private let ownFolder = TemporaryFolder()
    private let copyFolder = TemporaryFolder()

    /// A copied store whose records were rewritten and sealed with a forger's key, put in its `keys/device.pub`.
    private func forgedCopy() throws -> (store: Store, forger: DeviceKey) {
        let copy = copyFolder.store
        let forger = Fixture.otherKey()
        try Fixture.sealedSession(store: copy, key: forger)
        try copy.prepare()
        try Store.writeFileAtomically(copy.keysFolder + "/device.pub", forger.publicKeyFileContent)
        return (copy, forger)
    }

    @Test func aCopiedStoresOwnKeyIsNamedButNeverTrusted() throws {
        let (copy, forger) = try forgedCopy()
        _ = try DeviceKey.loadOrCreate(store: ownFolder.store)
        let trust = try VerificationTrust.of(store: ownFolder.store).naming(keyOf: copy)
        #expect(trust.deviceKey != forger.publicKeyBytes)

        let results = try Verifier.verifyStore(root: copy.root, trust: trust).sessions
        #expect(results.count == 1)
        #expect(results[0].isValid)
        #expect(results[0].signerKey == .unknownKey(keyID: forger.keyID))
        #expect(!results[0].summary.contains(", this device"))
        let path = copy.keysFolder + "/device.pub"
        #expect(
            results[0].warnings == [
                "sealed by key \(forger.keyID), the one in \(path), which this computer does not trust; "
                    + "if \(forger.keyID) is that device's key id on your list, trust it: "
                    + "keywork key trust \(path) --name NAME"
            ])

        var strict = trust
        strict.requireTrusted = true
        let refused = try Verifier.verifyStore(root: copy.root, trust: strict).sessions
        #expect(
            refused[0].outcome
                == .invalid(
                    reason: "sealed by key \(forger.keyID), the one in \(path), which this computer does not trust"))
    }

    @Test func trustReadFromTheCopiedStoreItselfIsWhatTheHoleWas() throws {
        // The old way trusted the verified store's own keys: this is why trust must come from elsewhere.
        let (copy, forger) = try forgedCopy()
        let selfTrusted = try Verifier.verifyStore(root: copy.root, trust: VerificationTrust.of(store: copy)).sessions
        #expect(selfTrusted[0].signerKey == .thisDevice)
        let ownTrusted = try Verifier.verifyStore(root: copy.root, trust: VerificationTrust.of(store: ownFolder.store))
            .sessions
        #expect(ownTrusted[0].signerKey == .unknownKey(keyID: forger.keyID))
    }

    @Test func theRealDeviceTrustedHereIsNamedEvenInACopyWhoseKeyFileWasReplaced() throws {
        let copy = copyFolder.store
        let real = Fixture.key()
        try Fixture.sealedSession(store: copy, key: real)
        try copy.prepare()
        try Store.writeFileAtomically(copy.keysFolder + "/device.pub", Fixture.otherKey().publicKeyFileContent)
        let own = ownFolder.store
        try own.prepare()
        let realPub = ownFolder.path + "/real.pub"
        writeBytes(realPub, real.publicKeyFileContent)
        var trusted = try TrustedKeys.load(store: own)
        try trusted.trust(publicKeyFile: realPub, name: "Leeds office laptop")

        let trust = try VerificationTrust.of(store: own, requireTrusted: true).naming(keyOf: copy)
        let results = try Verifier.verifyStore(root: copy.root, trust: trust).sessions
        #expect(results[0].isValid)
        #expect(results[0].signerKey == .trusted(name: "Leeds office laptop"))
        #expect(results[0].warnings.isEmpty)
    }

    @Test func anUnknownKeyThatIsNotTheCopiedStoresOwnGetsThePlainWarning() throws {
        let copy = copyFolder.store
        _ = try DeviceKey.loadOrCreate(store: copy)
        try Fixture.sealedSession(store: copy, key: Fixture.key())
        let trust = try VerificationTrust.of(store: ownFolder.store).naming(keyOf: copy)
        let results = try Verifier.verifyStore(root: copy.root, trust: trust).sessions
        #expect(results[0].signerKey == .unknownKey(keyID: Fixture.key().keyID))
        #expect(
            results[0].warnings == [
                "sealed by key \(Fixture.key().keyID), which is neither this device's nor trusted; "
                    + "`keywork key trust` adds it"
            ])
    }

    @Test func aStoreWithNoKeysTrustsNothingAndReadingItCreatesNothing() throws {
        let missing = ownFolder.store
        let trust = try VerificationTrust.of(store: missing).naming(keyOf: Store(root: copyFolder.path + "/none"))
        #expect(trust.deviceKey == nil)
        #expect(trust.trusted.isEmpty)
        #expect(trust.checkedStoreKey == nil)
        #expect(!FileManager.default.fileExists(atPath: missing.root))
        #expect(!FileManager.default.fileExists(atPath: copyFolder.path + "/none"))
    }

    @Test func aCopiedStoresUnreadableKeyFileIsSimplyNotNamed() throws {
        let copy = copyFolder.store
        try copy.prepare()
        writeBytes(copy.keysFolder + "/device.pub", Array("not a key\n".utf8))
        let trust = try VerificationTrust.of(store: ownFolder.store).naming(keyOf: copy)
        #expect(trust.checkedStoreKey == nil)
    }

    @Test func theSuggestedCommandQuotesAPathThatTheShellWouldSplit() {
        #expect(Verifier.shellWord("/media/usb/keywork/keys/device.pub") == "/media/usb/keywork/keys/device.pub")
        #expect(Verifier.shellWord("/media/USB DRIVE/keys/device.pub") == "'/media/USB DRIVE/keys/device.pub'")
        #expect(Verifier.shellWord("/tmp/it's/device.pub") == "'/tmp/it'\\''s/device.pub'")
    }
}
