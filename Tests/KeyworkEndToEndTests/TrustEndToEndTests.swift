import Foundation
import Testing

/// Two stores are two devices. Device A sealed the committed golden session (its store holds the fixed key
/// that sealed it); device B is made fresh by the binary. Everything is done with the real binary.
@Suite struct TrustEndToEndTests {
    static let sessionID = "20261127-024630-a1b2c3"
    /// The fixed private key the golden session was sealed with (KeyworkRecordTests' `Fixture.rawPrivateKey`).
    static let goldenPrivateKey: [UInt8] = Array(0..<32).map { UInt8($0 * 7 + 3) }

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("KeyworkRecordTests/Golden/\(sessionID)").path

    /// Device A: a store whose device key sealed the golden session, holding that session.
    static func deviceA() throws -> String {
        let store = try KeyworkBinary.temporaryStore()
        try FileManager.default.createDirectory(atPath: store + "/keys", withIntermediateDirectories: true)
        chmod(store + "/keys", 0o700)
        let keyFile = "keywork-device-key/1\n\(Data(Self.goldenPrivateKey).base64EncodedString())\n"
        try keyFile.write(toFile: store + "/keys/device.key", atomically: true, encoding: .utf8)
        chmod(store + "/keys/device.key", 0o600)
        // The binary writes the public half beside the key, as it does on every device.
        let shown = try KeyworkBinary.run(["key", "show", "--store", store])
        try #require(shown.status == 0, "\(shown.errors)")
        try Self.copyGoldenSession(into: store)
        return store
    }

    /// Device B: a fresh store whose key the binary makes on first use.
    static func deviceB() throws -> String {
        let store = try KeyworkBinary.temporaryStore()
        let shown = try KeyworkBinary.run(["key", "show", "--store", store])
        try #require(shown.status == 0, "\(shown.errors)")
        return store
    }

    static func copyGoldenSession(into store: String) throws {
        let folder = store + "/sessions/" + Self.sessionID
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["journal.jsonl", "seal.sig"] {
            try FileManager.default.copyItem(atPath: Self.goldenFolder + "/" + name, toPath: folder + "/" + name)
        }
    }

    /// The key id `keywork key show` prints for a store.
    static func keyID(of store: String) throws -> String {
        let shown = try KeyworkBinary.run(["key", "show", "--store", store])
        let line = try #require(shown.output.split(separator: "\n").first { $0.hasPrefix("key id:") })
        return String(line.dropFirst("key id:".count).trimmingCharacters(in: .whitespaces))
    }

    @Test func aSessionSealedHereIsReportedAsThisDevice() throws {
        let storeA = try Self.deviceA()
        let result = try KeyworkBinary.run(["verify", Self.sessionID, "--store", storeA, "--require-trusted"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("\(Self.sessionID)  valid    sealed by Sam Keyworker (keyworker), this device"))
        #expect(!result.output.contains("warning"))
    }

    @Test func anUnknownKeyIsAWarningAndRequireTrustedMakesItAFailure() throws {
        let storeA = try Self.deviceA()
        let storeB = try Self.deviceB()
        try Self.copyGoldenSession(into: storeB)
        let keyIDA = try Self.keyID(of: storeA)

        let lenient = try KeyworkBinary.run(["verify", Self.sessionID, "--store", storeB])
        #expect(lenient.status == 0, "an unknown key is only a warning: \(lenient.output)\(lenient.errors)")
        #expect(lenient.output.contains("\(Self.sessionID)  valid"))
        #expect(lenient.output.contains("unknown key \(keyIDA)"))
        #expect(
            lenient.output.contains("  warning: sealed by key \(keyIDA), which is neither this device's nor trusted"))
        #expect(lenient.errors.contains("1 valid, 0 invalid"))

        let strict = try KeyworkBinary.run(["verify", storeB, "--store", storeB, "--require-trusted"])
        #expect(strict.status == 1, "\(strict.output)\(strict.errors)")
        #expect(strict.output.contains("\(Self.sessionID)  INVALID  sealed by key \(keyIDA), which is neither"))
        #expect(strict.errors.contains("0 valid, 1 invalid"))
    }

    @Test func aTrustedDeviceIsNamedByVerifyAndSatisfiesRequireTrusted() throws {
        let storeA = try Self.deviceA()
        let storeB = try Self.deviceB()
        // A's public key is written by the binary itself on first use of the key.
        let keyIDA = try Self.keyID(of: storeA)
        let trusted = try KeyworkBinary.run(
            ["key", "trust", storeA + "/keys/device.pub", "--name", "Riverside clinic", "--store", storeB])
        #expect(trusted.status == 0, "\(trusted.errors)")
        #expect(trusted.output.contains("Trusted \"Riverside clinic\" (key id \(keyIDA))"))
        #expect(FileManager.default.fileExists(atPath: storeB + "/trusted/Riverside clinic.pub"))
        let mode =
            try FileManager.default.attributesOfItem(atPath: storeB + "/trusted/Riverside clinic.pub")[
                .posixPermissions] as? Int
        #expect(mode == 0o600)

        try Self.copyGoldenSession(into: storeB)
        // B checks its own store: its trusted keys count there.
        let result = try KeyworkBinary.run(["verify", storeB, "--store", storeB, "--require-trusted"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("sealed by Sam Keyworker (keyworker), trusted key \"Riverside clinic\""))
        #expect(!result.output.contains("warning"))

        // A session folder carried over from A on its own (say on a USB stick) is checked with B's keys.
        let carried = try KeyworkBinary.temporaryStore() + "/" + Self.sessionID
        try FileManager.default.copyItem(atPath: storeB + "/sessions/" + Self.sessionID, toPath: carried)
        let loose = try KeyworkBinary.run(["verify", carried, "--store", storeB, "--require-trusted"])
        #expect(loose.status == 0, "\(loose.output)\(loose.errors)")
        #expect(loose.output.contains("trusted key \"Riverside clinic\""))
    }

    @Test func trustRefusesMissingAndMalformedFilesWithClearErrors() throws {
        let storeB = try Self.deviceB()
        let missing = try KeyworkBinary.run([
            "key", "trust", "/nonexistent/device.pub", "--name", "X", "--store", storeB,
        ])
        #expect(missing.status == 66)
        #expect(missing.errors.hasPrefix("/nonexistent/device.pub: error: could not open the file: no such file"))

        let garbage = storeB + "/not-a-key.pub"
        try "hello\n".write(toFile: garbage, atomically: true, encoding: .utf8)
        let malformed = try KeyworkBinary.run(["key", "trust", garbage, "--name", "X", "--store", storeB])
        #expect(malformed.status == 65)
        #expect(malformed.errors.contains("\(garbage): error: this is not a public key file"))

        let storeA = try Self.deviceA()
        let privateKey = try KeyworkBinary.run(
            ["key", "trust", storeA + "/keys/device.key", "--name", "X", "--store", storeB])
        #expect(privateKey.status == 65)
        #expect(privateKey.errors.contains("this is a private device key, not a public key"))
        #expect(privateKey.errors.contains("give the device.pub beside it"))

        let own = try KeyworkBinary.run([
            "key", "trust", storeB + "/keys/device.pub", "--name", "Me", "--store", storeB,
        ])
        #expect(own.status == 65)
        #expect(own.errors.contains("this is this device's own public key"))

        let entries = try FileManager.default.contentsOfDirectory(atPath: storeB + "/trusted")
        #expect(entries.isEmpty, "nothing was trusted: \(entries)")
    }

    @Test func trustRefusesADuplicateNameOrKey() throws {
        let storeA = try Self.deviceA()
        let storeB = try Self.deviceB()
        let storeC = try Self.deviceB()
        let first = try KeyworkBinary.run([
            "key", "trust", storeA + "/keys/device.pub", "--name", "Leeds", "--store", storeB,
        ])
        #expect(first.status == 0, "\(first.errors)")

        let sameName = try KeyworkBinary.run(
            ["key", "trust", storeC + "/keys/device.pub", "--name", "Leeds", "--store", storeB])
        #expect(sameName.status == 65)
        #expect(sameName.errors.contains("a key is already trusted as \"Leeds\""))
        #expect(sameName.errors.contains("note: pick another name"))

        let sameKey = try KeyworkBinary.run(
            ["key", "trust", storeA + "/keys/device.pub", "--name", "Leeds again", "--store", storeB])
        #expect(sameKey.status == 65)
        #expect(sameKey.errors.contains("a key is already trusted as \"Leeds\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: storeB + "/trusted") == ["Leeds.pub"])
    }

    @Test(arguments: ["", " Leeds", "Leeds/..", "../escape", "a.pub", String(repeating: "x", count: 65)])
    func trustRefusesABadNameAsAUsageError(name: String) throws {
        let storeA = try Self.deviceA()
        let storeB = try Self.deviceB()
        let result = try KeyworkBinary.run([
            "key", "trust", storeA + "/keys/device.pub", "--name", name, "--store", storeB,
        ])
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("error: \"\(name)\" cannot name a trusted key"))
        #expect(result.errors.contains("note: use letters, digits, spaces, '-' and '_' (up to 64)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: storeB + "/trusted").isEmpty)
    }

    @Test(arguments: [0o640, 0o604, 0o644, 0o660])
    func aKeyReadableByGroupOrOthersIsRefusedWithTheChmod(mode: Int) throws {
        let store = try Self.deviceB()
        let path = store + "/keys/device.key"
        chmod(path, mode_t(mode))
        let refused = try KeyworkBinary.run(["key", "show", "--store", store])
        #expect(refused.status == 74)
        #expect(refused.errors.contains("\(path): error: the device key can be read by group or others"))
        #expect(refused.errors.contains("note: run `chmod 600 \(path)`, then try again"))
        #expect(refused.output.isEmpty)
        // The key is left as it was, and the suggested chmod fixes it.
        chmod(path, 0o600)
        let fixed = try KeyworkBinary.run(["key", "show", "--store", store])
        #expect(fixed.status == 0, "\(fixed.errors)")
    }
}
