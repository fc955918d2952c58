import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

@Suite struct StoreTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()
    private let otherFolder = TemporaryFolder()

    @Test func defaultRootPrefersKeyworkStoreThenXDGThenHome() {
        #expect(Store.defaultRoot(environment: ["KEYWORK_STORE": "/s", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/s")
        #expect(Store.defaultRoot(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/keywork")
        #expect(
            Store.defaultRoot(environment: ["KEYWORK_STORE": "", "XDG_DATA_HOME": "", "HOME": "/h"])
                == "/h/.local/share/keywork")
    }

    @Test func sessionIDsAreUTCTimeAndRandomHexOnly() {
        var generator = SeededRandom(seed: 1)
        let id = Store.newSessionID(now: Fixture.start, using: &generator)
        #expect(id.hasPrefix("20261127-024630-"))
        #expect(Store.isValidSessionID(id))
        #expect(Store.isValidSessionID(Store.newSessionID(now: Date())))
        for bad in [
            "", "20261127-024630-A1B2C3", "20261127-024630-a1b2c", "20261127_024630-a1b2c3", "../../etc/passwd-xxxxx",
        ] {
            #expect(!Store.isValidSessionID(bad))
        }
    }

    @Test func timesAreWrittenAsUTCWithMilliseconds() {
        #expect(RecordTime.iso8601(Fixture.start) == "2026-11-27T02:46:30.125Z")
        #expect(RecordTime.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(RecordTime.iso8601(Date(timeIntervalSince1970: 951_782_400.999)) == "2000-02-29T00:00:00.999Z")
        #expect(RecordTime.compact(Fixture.start) == "20261127-024630")
    }

    /// 0o277 takes the owner's write bit away, so only an explicit chmod gets 0700/0600; 0 and 022 would let
    /// through anything the code asked for.
    @Test(arguments: [mode_t(0), mode_t(0o022), mode_t(0o277)])
    func foldersAre0700AndFilesAre0600WhateverTheUmask(umaskValue: mode_t) throws {
        let store = folder.store
        let previous = umask(umaskValue)
        defer { umask(previous) }
        let key = try DeviceKey.loadOrCreate(store: store)
        let journal = try Journal.create(store: store, header: Fixture.header(key: key), now: Fixture.start)
        try journal.append(Fixture.events, now: Fixture.start)
        try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        var trusted = try TrustedKeys.load(store: store)
        let other = otherFolder
        _ = try DeviceKey.loadOrCreate(store: other.store)
        try trusted.trust(publicKeyFile: other.store.keysFolder + "/device.pub", name: "Other clinic")
        umask(previous)

        for path in [
            store.root, store.keysFolder, store.trustedFolder, store.sessionsFolder, store.quarantineFolder,
            journal.folder,
        ] {
            #expect(fileMode(path) == 0o700, "\(path)")
        }
        for name in ["journal.jsonl", "seal.sig"] {
            #expect(fileMode(journal.folder + "/" + name) == 0o600, "\(name)")
        }
        for path in [
            store.keysFolder + "/device.key", store.keysFolder + "/device.pub",
            store.trustedFolder + "/Other clinic.pub",
        ] {
            #expect(fileMode(path) == 0o600, "\(path)")
        }
    }

    @Test func aFirstRunMakesTheMissingXDGFoldersAboveTheStoreEach0700() throws {
        // A new Debian user, or a container, has no ~/.local/share.
        let home = folder.path + "/home"
        let store = Store(root: Store.defaultRoot(environment: ["HOME": home]))
        try store.prepare()
        for path in [home, home + "/.local", home + "/.local/share", home + "/.local/share/keywork"] {
            #expect(fileMode(path) == 0o700, "\(path)")
        }
        _ = try DeviceKey.loadOrCreate(store: store)
    }

    @Test func listingNamesSessionsAndWhetherTheyAreSealed() throws {
        let store = folder.store
        #expect(try store.listSessions() == [])
        try Fixture.sealedSession(store: store)
        let open = try Fixture.openSession(store: store, sessionID: "20261127-030000-000001")
        defer { open.close() }
        #expect(
            try store.listSessions() == [
                .init(id: Fixture.sessionID, isSealed: true), .init(id: "20261127-030000-000001", isSealed: false),
            ])
    }

    @Test func receiptCodeIsCrockfordBase32OfTheFirstSixtyBits() {
        #expect(ReceiptCode.make(journalSHA256: [UInt8](repeating: 0, count: 32)) == "0000-0000-0000")
        #expect(ReceiptCode.make(journalSHA256: [UInt8](repeating: 0xFF, count: 32)) == "ZZZZ-ZZZZ-ZZZZ")
        // 0x0123456789abcdef → first 60 bits 0x0123456789abcde, in 5-bit groups.
        let bytes: [UInt8] = [0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF] + [UInt8](repeating: 0, count: 24)
        #expect(ReceiptCode.make(journalSHA256: bytes) == "04HM-ASW9-NF6Y")
        #expect(
            ReceiptCode.make(journalSHA256Hex: "0123456789abcdef" + String(repeating: "0", count: 48))
                == "04HM-ASW9-NF6Y")
    }
}
