import Foundation
import KeyworkForgery
import Testing

/// A store copied to a second computer for an audit is checked with that computer's keys, never with the keys
/// that travel with the copy. Device A sealed the golden session (see `TrustEndToEndTests`); the auditor is a
/// fresh store; a forger rewrote the copy, sealing a session with their own key and putting it in `keys/device.pub`.
@Suite struct AuditVerifyEndToEndTests {
    static let goldenID = TrustEndToEndTests.sessionID

    /// A's store as it reaches the auditor: its public key and its sessions, not its private key.
    private func copy(of storeA: String) throws -> String {
        let copy = try KeyworkBinary.temporaryStore() + "/copied-store"
        try FileManager.default.createDirectory(atPath: copy + "/keys", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: storeA + "/keys/device.pub", toPath: copy + "/keys/device.pub")
        try FileManager.default.copyItem(atPath: storeA + "/sessions", toPath: copy + "/sessions")
        return copy
    }

    /// A copy of A's store after the forger got at it: a session sealed with the forger's key is added and
    /// `keys/device.pub` is the forger's, so the copy vouches for itself.
    private func forgedCopy(of storeA: String) throws -> (copy: String, forgedID: String, forgerKeyID: String) {
        let copy = try copy(of: storeA)
        let forger = try DueStore()
        let forgedID = try forger.session(client: "AB-1234", on: "2026-11-20", DueStore.agreement(waitWeeks: nil))
        try FileManager.default.copyItem(
            atPath: forger.store.sessionFolder(forgedID), toPath: copy + "/sessions/" + forgedID)
        try FileManager.default.removeItem(atPath: copy + "/keys/device.pub")
        try FileManager.default.copyItem(atPath: forger.root + "/keys/device.pub", toPath: copy + "/keys/device.pub")
        return (copy, forgedID, forger.key.keyID)
    }

    private func line(_ sessionID: String, in output: String) -> String {
        output.split(separator: "\n").first { $0.hasPrefix(sessionID + "  ") }.map(String.init) ?? ""
    }

    @Test func aCopyResealedWithAForgersKeyFailsRequireTrustedAndIsNeverThisDevice() throws {
        let auditor = try TrustEndToEndTests.deviceB()
        let (copy, forgedID, forgerKeyID) = try forgedCopy(of: try TrustEndToEndTests.deviceA())
        let keyFile = copy + "/keys/device.pub"
        let named = "sealed by key \(forgerKeyID), the one in \(keyFile), which this computer does not trust"

        let strict = try KeyworkBinary.run(["verify", copy, "--require-trusted", "--store", auditor])
        #expect(strict.status == 1, "\(strict.output)\(strict.errors)")
        #expect(line(forgedID, in: strict.output) == "\(forgedID)  INVALID  \(named)")
        #expect(!strict.output.contains(", this device"), "\(strict.output)")
        #expect(strict.errors.contains("0 valid, 2 invalid"))

        // The same when the auditor's store is KEYWORK_STORE, and for the session folder on its own.
        let folder = try KeyworkBinary.run(
            ["verify", copy + "/sessions/" + forgedID, "--require-trusted"], environment: ["KEYWORK_STORE": auditor])
        #expect(folder.status == 1, "\(folder.output)\(folder.errors)")
        #expect(folder.output == "\(forgedID)  INVALID  \(named)\n")

        let lenient = try KeyworkBinary.run(["verify", copy, "--store", auditor])
        #expect(lenient.status == 0, "an unknown key is still only a warning: \(lenient.output)\(lenient.errors)")
        #expect(
            line(forgedID, in: lenient.output).contains(
                "valid    sealed by Sam (keyworker), unknown key \(forgerKeyID)"))
        #expect(
            lenient.output.contains(
                "  warning: \(named); if \(forgerKeyID) is that device's key id on your list, trust it: "
                    + "keywork key trust \(keyFile) --name NAME\n"))
        #expect(!lenient.output.contains(", this device"), "\(lenient.output)")

        // Export checks the folder with the auditor's keys too, and says whose key it is.
        let exported = try KeyworkBinary.run(["export", copy + "/sessions/" + forgedID, "--store", auditor])
        #expect(exported.errors.contains("warning: \(named);"), "\(exported.errors)")
        #expect(!exported.errors.contains("this device"))
    }

    @Test func theRealDevicesKeyTrustedOnTheAuditingComputerVouchesForItsSessionsOnly() throws {
        let storeA = try TrustEndToEndTests.deviceA()
        let auditor = try TrustEndToEndTests.deviceB()
        let trusted = try KeyworkBinary.run(
            ["key", "trust", storeA + "/keys/device.pub", "--name", "Leeds office laptop", "--store", auditor])
        try #require(trusted.status == 0, "\(trusted.errors)")
        let trustedLine = "valid    sealed by Sam Keyworker (keyworker), trusted key \"Leeds office laptop\""

        let honest = try copy(of: storeA)
        let whole = try KeyworkBinary.run(["verify", honest, "--require-trusted", "--store", auditor])
        #expect(whole.status == 0, "\(whole.output)\(whole.errors)")
        #expect(line(Self.goldenID, in: whole.output).contains(trustedLine))
        #expect(!whole.output.contains("warning"))

        let (copy, forgedID, forgerKeyID) = try forgedCopy(of: storeA)
        let one = try KeyworkBinary.run(
            ["verify", copy + "/sessions/" + Self.goldenID, "--require-trusted", "--store", auditor])
        #expect(one.status == 0, "\(one.output)\(one.errors)")
        #expect(line(Self.goldenID, in: one.output).contains(trustedLine))

        let all = try KeyworkBinary.run(["verify", copy, "--require-trusted", "--store", auditor])
        #expect(all.status == 1, "\(all.output)\(all.errors)")
        #expect(line(Self.goldenID, in: all.output).contains(trustedLine))
        #expect(line(forgedID, in: all.output).hasPrefix("\(forgedID)  INVALID  sealed by key \(forgerKeyID)"))
        #expect(all.errors.contains("1 valid, 1 invalid"))
    }

    @Test func verifyingYourOwnStoreStillSaysThisDevice() throws {
        let storeA = try TrustEndToEndTests.deviceA()
        let thisDevice = "\(Self.goldenID)  valid    sealed by Sam Keyworker (keyworker), this device"

        let byFlag = try KeyworkBinary.run(["verify", storeA, "--store", storeA, "--require-trusted"])
        #expect(byFlag.status == 0, "\(byFlag.output)\(byFlag.errors)")
        #expect(byFlag.output.contains(thisDevice))

        let byEnvironment = try KeyworkBinary.run(
            ["verify", storeA + "/sessions/" + Self.goldenID + "/", "--require-trusted"],
            environment: ["KEYWORK_STORE": storeA])
        #expect(byEnvironment.status == 0, "\(byEnvironment.output)\(byEnvironment.errors)")
        #expect(byEnvironment.output.contains(thisDevice))

        // The default store, reached through a link: the same real folder is the same store.
        let dataHome = try KeyworkBinary.temporaryStore()
        try FileManager.default.createSymbolicLink(atPath: dataHome + "/keywork", withDestinationPath: storeA)
        let byDefault = try KeyworkBinary.run(
            ["verify", storeA, "--require-trusted"], environment: ["KEYWORK_STORE": "", "XDG_DATA_HOME": dataHome])
        #expect(byDefault.status == 0, "\(byDefault.output)\(byDefault.errors)")
        #expect(byDefault.output.contains(thisDevice))
        #expect(!byDefault.output.contains("warning"))
    }

    @Test func verifyWithNoStoreOfItsOwnTrustsNothingAndCreatesNothing() throws {
        let storeA = try TrustEndToEndTests.deviceA()
        let keyIDA = try TrustEndToEndTests.keyID(of: storeA)
        let copy = try copy(of: storeA)
        let before = try StoreContents(root: copy).allPaths().sorted()
        let nowhere = try KeyworkBinary.temporaryStore() + "/no-store-yet"
        let dataHome = try KeyworkBinary.temporaryStore() + "/data"

        for environment in [["KEYWORK_STORE": nowhere], ["KEYWORK_STORE": "", "XDG_DATA_HOME": dataHome]] {
            let lenient = try KeyworkBinary.run(["verify", copy], environment: environment)
            #expect(lenient.status == 0, "\(lenient.output)\(lenient.errors)")
            #expect(line(Self.goldenID, in: lenient.output).contains("unknown key \(keyIDA)"))
            #expect(lenient.output.contains("warning: sealed by key \(keyIDA), the one in \(copy)/keys/device.pub"))
            let strict = try KeyworkBinary.run(["verify", copy, "--require-trusted"], environment: environment)
            #expect(strict.status == 1, "\(strict.output)\(strict.errors)")
            #expect(!strict.output.contains(", this device"))
        }
        #expect(!FileManager.default.fileExists(atPath: nowhere), "verify made a store")
        #expect(!FileManager.default.fileExists(atPath: dataHome), "verify made the default store")
        #expect(try StoreContents(root: copy).allPaths().sorted() == before, "verify changed the copy")
    }
}
