import Foundation
import Testing

@testable import KeyworkRecord

@Suite struct DeviceKeyTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()
    private let otherFolder = TemporaryFolder()

    @Test func keyIsCreatedOnceInTheDocumentedFormatAndLoadedAgain() throws {
        let store = folder.store
        let created = try DeviceKey.loadOrCreate(store: store)
        let again = try DeviceKey.loadOrCreate(store: store)
        #expect(again.publicKeyBytes == created.publicKeyBytes)
        let keyText = String(decoding: readBytes(store.keysFolder + "/device.key"), as: UTF8.self)
        let lines = keyText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[0] == "keywork-device-key/1" && lines[1].count == 44 && lines[2].isEmpty)
        #expect(
            readBytes(store.keysFolder + "/device.pub")
                == Array("keywork-public-key/1\n\(created.publicKeyBase64)\n".utf8))
        #expect(created.keyID.count == 16)
    }

    @Test func keyReadableByOthersIsRefusedWithTheChmodHint() throws {
        let store = folder.store
        _ = try DeviceKey.loadOrCreate(store: store)
        let path = store.keysFolder + "/device.key"
        chmod(path, 0o644)
        #expect {
            try DeviceKey.load(store: store)
        } throws: { error in
            guard let error = error as? RecordError, case .keyPermissions(path, 0o644) = error else { return false }
            return error.description.contains("chmod 600 \(path)")
        }
        chmod(path, 0o640)
        #expect(throws: RecordError.keyPermissions(path: path, mode: 0o640)) {
            try DeviceKey.loadOrCreate(store: store)
        }
    }

    @Test func malformedKeyIsAnErrorAndTheFileIsLeftAlone() throws {
        let store = folder.store
        _ = try DeviceKey.loadOrCreate(store: store)
        let path = store.keysFolder + "/device.key"
        for garbage in ["", "keywork-device-key/1\nnot base64!\n", "keywork-device-key/1\nAAAA\n", "something else\n"] {
            writeBytes(path, Array(garbage.utf8))
            chmod(path, 0o600)
            #expect {
                try DeviceKey.loadOrCreate(store: store)
            } throws: { error in
                guard case .malformedKey(path, _) = error as? RecordError else { return false }
                return true
            }
            #expect(readBytes(path) == Array(garbage.utf8))
        }
    }

    @Test func trustedKeyIsReportedByName() throws {
        let here = folder
        let there = otherFolder
        let hereKey = try DeviceKey.loadOrCreate(store: here.store)
        let thereKey = try DeviceKey.loadOrCreate(store: there.store)
        let sealedThere = try Fixture.sealedSession(store: there.store, key: thereKey)

        var trusted = try TrustedKeys.load(store: here.store)
        try trusted.trust(publicKeyFile: there.store.keysFolder + "/device.pub", name: "Riverside clinic")
        #expect(trusted.lookup(thereKey.publicKeyBytes) == "Riverside clinic")
        #expect(trusted.lookup(hereKey.publicKeyBytes) == nil)
        #expect(try TrustedKeys.load(store: here.store).lookup(thereKey.publicKeyBytes) == "Riverside clinic")

        let trust = try VerificationTrust.of(store: here.store)
        let result = Verifier.verifySession(folder: sealedThere, trust: trust)
        #expect(result.outcome == .valid)
        #expect(result.signerKey == .trusted(name: "Riverside clinic"))
        #expect(result.summary.contains("trusted key \"Riverside clinic\""))
    }

    @Test func unknownKeyIsValidWithAWarningUnlessTrustIsRequired() throws {
        let sealed = try Fixture.sealedSession(store: folder.store)
        let stranger = VerificationTrust(deviceKey: Fixture.otherKey().publicKeyBytes)
        let lenient = Verifier.verifySession(folder: sealed, trust: stranger)
        #expect(lenient.outcome == .valid)
        #expect(lenient.signerKey == .unknownKey(keyID: Fixture.key().keyID))
        #expect(lenient.warnings.count == 1)
        var strict = stranger
        strict.requireTrusted = true
        #expect(!Verifier.verifySession(folder: sealed, trust: strict).isValid)
    }

    @Test func trustRefusesBadNamesAndBadKeys() throws {
        _ = try DeviceKey.loadOrCreate(store: folder.store)
        var trusted = try TrustedKeys.load(store: folder.store)
        let publicFile = folder.store.keysFolder + "/device.pub"
        for name in ["", "../evil", "a/b", " padded", "dot.name", String(repeating: "x", count: 65)] {
            #expect(throws: RecordError.self) { try trusted.trust(publicKeyFile: publicFile, name: name) }
        }
        let badFile = folder.path + "/bad.pub"
        writeBytes(badFile, Array("keywork-public-key/1\nAAAA\n".utf8))
        #expect(throws: RecordError.self) { try trusted.trust(publicKeyFile: badFile, name: "Bad") }
        #expect(throws: RecordError.trustingOwnKey(path: publicFile)) {
            try trusted.trust(publicKeyFile: publicFile, name: "Me")
        }
        let privateFile = folder.store.keysFolder + "/device.key"
        #expect(throws: RecordError.privateKeyOffered(path: privateFile)) {
            try trusted.trust(publicKeyFile: privateFile, name: "Secret")
        }
        _ = try DeviceKey.loadOrCreate(store: otherFolder.store)
        let otherFile = otherFolder.store.keysFolder + "/device.pub"
        try trusted.trust(publicKeyFile: otherFile, name: "Me_2 é")
        #expect(throws: RecordError.self) { try trusted.trust(publicKeyFile: otherFile, name: "Again") }
        #expect(try TrustedKeys.load(store: folder.store).entries.map(\.name) == ["Me_2 é"])
    }
}
