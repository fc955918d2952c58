import Foundation
import KeyworkForgery
import KeyworkRecord
import KeyworkTestSupport
import Testing

/// Records planted by a forger, checked through the real binary: none crashes `verify` or `due`, none makes them
/// slower than linear, none is hidden, and nothing from one reaches the terminal unescaped.
@Suite struct RecordForgeryEndToEndTests {
    /// A store the binary takes as this computer's, with the device key the forger also uses here.
    struct OwnStore {
        let root: String
        let store: Store
        let key: DeviceKey

        init() throws {
            root = try KeyworkBinary.temporaryStore() + "/store"
            store = Store(root: root)
            key = try DeviceKey.loadOrCreate(store: store)
        }

        func run(_ arguments: [String], input: String? = nil) throws -> KeyworkBinary.Result {
            try KeyworkBinary.run(arguments + ["--store", root], input: input)
        }
    }

    /// A key that is not this store's: a forger's.
    static func forger() throws -> DeviceKey {
        try DeviceKey(rawPrivateKey: Array(0..<32).map { UInt8(255 - $0 * 5) })
    }

    static func id(_ index: Int) -> String { String(format: "20261127-%06d-abcdef", index) }

    static func line(_ id: String, in output: String) -> String {
        output.split(separator: "\n").first { $0.hasPrefix(id + "  ") }.map(String.init) ?? ""
    }

    @Test func aSelfLinkAndTwoSessionsLinkingToEachOtherAreInvalidAndCrashNothing() throws {
        let own = try OwnStore()
        var selfLinked = ForgedSession(id: Self.id(1), key: try Self.forger())
        selfLinked.links = [SessionLink(sessionID: Self.id(1), journalSHA256: String(repeating: "0", count: 64))]
        try selfLinked.write(into: own.store)
        var second = ForgedSession(id: Self.id(3), key: try Self.forger())
        second.links = [SessionLink(sessionID: Self.id(2), journalSHA256: String(repeating: "1", count: 64))]
        let secondHash = try second.write(into: own.store)
        var first = ForgedSession(id: Self.id(2), key: try Self.forger())
        first.links = [SessionLink(sessionID: Self.id(3), journalSHA256: secondHash)]
        try first.write(into: own.store)

        let verified = try own.run(["verify", own.root])
        #expect(verified.status == 1, "\(verified.output)\(verified.errors)")
        #expect(
            Self.line(Self.id(1), in: verified.output)
                == "\(Self.id(1))  INVALID  the session links to itself as its own earlier agreement")
        #expect(Self.line(Self.id(2), in: verified.output).contains("INVALID"))
        #expect(Self.line(Self.id(3), in: verified.output).contains("INVALID"))
        #expect(verified.errors.contains("0 valid, 3 invalid"))
        let alone = try own.run(["verify", Self.id(2)])
        #expect(alone.status == 1, "\(alone.output)\(alone.errors)")
        let due = try own.run(["due"])
        #expect(due.status == 1, "\(due.output)\(due.errors)")
        #expect(due.output.contains("Session \(Self.id(1)) does not verify: the session links to itself"))
    }

    @Test func aStoreWithAChainOfAHundredThousandAgreementsVerifiesWhole() throws {
        // A store-wide verify used to crash from about 1,000 linked sessions.
        let own = try OwnStore()
        // 200,000 files: taken away again, unlike the small stores other tests leave for a look afterwards.
        defer { try? FileManager.default.removeItem(atPath: own.root) }
        let count = 100_000
        try ForgedChain.write(count: count, key: own.key, into: own.store)
        let started = Date()
        let whole = try own.run(["verify"])
        #expect(whole.status == 0, "\(whole.output.suffix(500))\(whole.errors)")
        #expect(whole.errors.contains("\(count) valid, 0 invalid, 0 unfinished"))
        #expect(whole.output.split(separator: "\n").count == count + count - 1, "one line per session and per link")
        print(
            "long chain: \(count) linked sessions; keywork verify of the store took "
                + String(format: "%.1f s", Date().timeIntervalSince(started)))
    }

    @Test func theNewestOfAChainOfFiveThousandVerifiesAndNothingThatReadsItCrashes() throws {
        // Verifying, exporting or revisiting the newest of about 600 used to crash.
        let own = try OwnStore()
        defer { try? FileManager.default.removeItem(atPath: own.root) }
        let ids = try ForgedChain.write(count: 5_000, key: own.key, into: own.store)
        let newest = try #require(ids.last)
        let verified = try own.run(["verify", newest])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(
            verified.output.hasSuffix("the chain behind it verifies too (4998 agreements deep)\n"), "\(verified.output)"
        )
        // The forged sessions hold no agreement a copy or a revisit could show: each says so, and neither dies.
        let exported = try own.run(["export", newest])
        #expect(exported.status == 65, "\(exported.output)\(exported.errors)")
        let revisited = try own.run(["revisit", newest, "--plain"], input: "")
        #expect(revisited.status == 65, "\(revisited.output)\(revisited.errors)")
        #expect(revisited.errors.contains("cannot revisit session \(newest)"), "\(revisited.errors)")
    }

    @Test func aWebOfThirtyDoubleLinksPrintsOneLinePerSessionAndPerLink() throws {
        // Each session links twice to the one before: 22 of these took 56 s and printed 973 MB.
        let own = try OwnStore()
        try ForgedChain.write(count: 30, key: own.key, into: own.store, linksPerSession: 2)
        let started = Date()
        let result = try own.run(["verify", own.root])
        print(
            "double-link web: 30 sessions, 58 links; keywork verify took "
                + String(format: "%.2f s", Date().timeIntervalSince(started)))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == 30 + 29 * 2)
        #expect(result.output.utf8.count < 30_000, "output linear in sessions, not in paths")
    }

    @Test func anAdminRoleAndForgedKeysAreRefused() throws {
        let own = try OwnStore()
        var admin = ForgedSession(id: Self.id(1), key: own.key)
        admin.role = "admin"
        try admin.write(into: own.store)
        for (offset, forged) in ForgedKeys.all.enumerated() {
            var session = ForgedSession(id: Self.id(10 + offset), namedKey: forged.key, signingKey: nil)
            session.rawSignature = ForgedKeys.identitySignature
            try session.write(into: own.store)
        }
        let result = try own.run(["verify"])
        #expect(result.status == 1)
        #expect(
            Self.line(Self.id(1), in: result.output)
                == "\(Self.id(1))  INVALID  the statement's signer role must be keyworker or facilitator")
        for offset in ForgedKeys.all.indices {
            #expect(Self.line(Self.id(10 + offset), in: result.output).contains("INVALID  the seal's key is refused"))
        }
        // `key trust`, and a device.pub replaced by a forged key, refuse them too.
        for forged in ForgedKeys.all {
            let file = own.root + "/../forged.pub"
            try "keywork-public-key/1\n\(Data(forged.key).base64EncodedString())\n".write(
                toFile: file, atomically: true, encoding: .utf8)
            let trusted = try own.run(["key", "trust", file, "--name", "Forger"])
            #expect(trusted.status == 65, "\(forged.name): \(trusted.errors)")
            #expect(trusted.errors.contains("does not hold a valid public key"), "\(trusted.errors)")
        }
        try FileManager.default.removeItem(atPath: own.root + "/keys/device.pub")
        try "keywork-public-key/1\n\(Data(ForgedKeys.orderEight).base64EncodedString())\n".write(
            toFile: own.root + "/keys/device.pub", atomically: true, encoding: .utf8)
        let planted = try own.run(["verify"])
        #expect(planted.status == 65, "\(planted.output)\(planted.errors)")
        #expect(planted.errors.contains("small order"))
    }

    @Test func aRenamedFolderAndASealWithoutItsJournalAreInvalidNotSkipped() throws {
        let own = try OwnStore()
        try ForgedSession(id: Self.id(1), key: own.key).write(into: own.store)
        try ForgedSession(id: Self.id(2), key: own.key).write(into: own.store)
        try FileManager.default.moveItem(
            atPath: own.store.sessionFolder(Self.id(1)), toPath: own.store.sessionsFolder + "/keep")
        unlink(own.store.sessionFolder(Self.id(2)) + "/journal.jsonl")
        let scan = try own.run(["verify"])
        #expect(scan.status == 1)
        #expect(Self.line("keep", in: scan.output).contains("INVALID  the folder's name is not a session id"))
        let reason = "seal.sig is here but journal.jsonl is missing: the journal was deleted or moved"
        #expect(Self.line(Self.id(2), in: scan.output) == "\(Self.id(2))  INVALID  \(reason)")
        let named = try own.run(["verify", Self.id(2)])
        #expect(named.status == 1)
        #expect(named.output == "\(Self.id(2))  INVALID  \(reason)\n")
    }

    @Test func theLedgerFindsADeletedSessionAndADeletedSeal() throws {
        let due = try DueStore()
        let kept = try due.session(client: "C-1", on: "2026-11-01", DueStore.agreement(waitWeeks: nil))
        let deleted = try due.session(client: "C-2", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        let unsealed = try due.session(client: "C-3", on: "2026-11-03", DueStore.agreement(waitWeeks: nil))
        try FileManager.default.removeItem(atPath: due.store.sessionFolder(deleted))
        unlink(due.store.sessionFolder(unsealed) + "/seal.sig")

        let verified = try KeyworkBinary.run(["verify", "--require-trusted", "--store", due.root])
        #expect(verified.status == 1, "\(verified.output)\(verified.errors)")
        #expect(Self.line(kept, in: verified.output).contains("valid    sealed by Sam (keyworker), this device"))
        #expect(Self.line(deleted, in: verified.output).contains("but the session is missing from the store"))
        #expect(Self.line(unsealed, in: verified.output).contains("but its seal.sig is missing"))
        #expect(verified.output.contains("ledger  valid    3 seals since"), "\(verified.output)")
        let listed = try KeyworkBinary.run(["due", "--today", "2026-11-05", "--store", due.root])
        #expect(listed.status == 1)
        #expect(listed.output.contains("Session \(deleted) does not verify: the ledger lists it as sealed"))

        // The seal-less journal, changed by the forger, is neither carried on nor sealed with the real key.
        let journal = due.store.sessionFolder(unsealed) + "/journal.jsonl"
        var lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        lines.removeLast()
        try (lines.joined(separator: "\n") + "\n").write(toFile: journal, atomically: true, encoding: .utf8)
        let resumed = try KeyworkBinary.run(["resume", unsealed, "--plain", "--store", due.root], input: "")
        #expect(resumed.status == 1, "\(resumed.output)\(resumed.errors)")
        #expect(resumed.errors.contains("it cannot be carried on or sealed again"), "\(resumed.errors)")
        #expect(!FileManager.default.fileExists(atPath: due.store.sessionFolder(unsealed) + "/seal.sig"))
    }

    @Test func aChangedLedgerMakesVerifyAndDueFail() throws {
        let due = try DueStore()
        try due.session(client: "C-1", on: "2026-11-01", DueStore.agreement(waitWeeks: nil))
        let ledger = due.root + "/ledger.jsonl"
        var text = try String(contentsOfFile: ledger, encoding: .utf8)
        text = text.replacingOccurrences(of: #""session":"2026"#, with: #""session":"2025"#)
        try text.write(toFile: ledger, atomically: true, encoding: .utf8)
        let verified = try KeyworkBinary.run(["verify", "--store", due.root])
        #expect(verified.status == 1, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains("ledger  INVALID  \(ledger): line 2: "), "\(verified.output)")
        #expect(verified.errors.hasSuffix("1 valid, 0 invalid, 0 unfinished; 1 ledger INVALID\n"), "\(verified.errors)")
        let listed = try KeyworkBinary.run(["due", "--store", due.root])
        #expect(listed.status == 1, "\(listed.output)")
        #expect(listed.output.contains("the store's ledger \(ledger) does not verify"), "\(listed.output)")
    }

    @Test func verifyWithNoPathChecksThisComputersStore() throws {
        let own = try OwnStore()
        try ForgedSession(id: Self.id(1), key: own.key).write(into: own.store)
        let result = try KeyworkBinary.run(["verify"], environment: ["KEYWORK_STORE": own.root])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("\(Self.id(1))  valid    sealed by Sam (keyworker), this device"))
        let none = try KeyworkBinary.run(["verify"], environment: ["KEYWORK_STORE": own.root + "/nowhere"])
        #expect(none.status == 66, "\(none.errors)")
    }

    // MARK: - Keys

    @Test func aMissingDeviceKeyIsAnErrorAndANewOneIsStartedOnlyOnPurpose() throws {
        let own = try OwnStore()
        try ForgedSession(id: Self.id(1), key: own.key).write(into: own.store)
        let publicBefore = try String(contentsOfFile: own.root + "/keys/device.pub", encoding: .utf8)
        unlink(own.root + "/keys/device.key")
        for arguments in [["key", "show"], ["session", "--guide", "tour", "--client", "C-1", "--plain"]] {
            let refused = try own.run(arguments, input: "")
            #expect(refused.status == 66, "\(arguments): \(refused.output)\(refused.errors)")
            #expect(
                refused.errors.contains(own.root + "/keys/device.key: error: this computer's signing key is missing"))
            #expect(refused.errors.contains("key id \(own.key.keyID)"))
            #expect(refused.errors.contains("keywork key new --replace"))
        }
        #expect(try String(contentsOfFile: own.root + "/keys/device.pub", encoding: .utf8) == publicBefore)
        #expect(!FileManager.default.fileExists(atPath: own.root + "/keys/device.key"))

        let unasked = try own.run(["key", "new"])
        #expect(unasked.status == 64, "\(unasked.errors)")
        let replaced = try own.run(["key", "new", "--replace"])
        #expect(replaced.status == 0, "\(replaced.errors)")
        #expect(replaced.output.contains("The old public key is kept as trusted key \"retired "))
        let verified = try own.run(["verify", "--require-trusted"])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains(", trusted key \"retired "), "\(verified.output)")
    }

    @Test func aKillWhileTheKeyIsMadeLeavesNoKeyAndTheNextRunMakesAWholeOne() throws {
        let root = try KeyworkBinary.temporaryStore() + "/store"
        let killed = try KeyworkBinary.run(
            ["key", "show", "--store", root], environment: [FileFaults.killAfterKeyWrittenVariable: "1"])
        #expect(killed.status == 128 + SIGKILL, "\(killed.output)\(killed.errors)")
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/keys")
        #expect(!left.contains("device.key") && !left.contains("device.pub"), "\(left)")
        #expect(left.allSatisfy { $0.hasPrefix("device.key.tmp-") })
        let again = try KeyworkBinary.run(["key", "show", "--store", root])
        #expect(again.status == 0, "\(again.errors)")
        let shownAgain = try KeyworkBinary.run(["key", "show", "--store", root])
        #expect(shownAgain.output == again.output, "one key, whole, and kept")
    }
}
