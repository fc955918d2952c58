import Foundation
import Testing

@testable import KeyworkRecord

/// The test-only `KEYWORK_TEST_*` faults that end-to-end tests inject through the CLI.
@Suite struct FileFaultsTests {
    private let folder = TemporaryFolder()

    @Test func onlyWholeCountsOfAtLeastOneAreRead() {
        let faults = FileFaults(environment: [
            "KEYWORK_TEST_KILL_AFTER_WRITE": "3", "KEYWORK_TEST_TRAP_ON_WRITE": "0", "KEYWORK_TEST_FAIL_WRITE": "x",
            "KEYWORK_TEST_FAIL_FSYNC": "2",
        ])
        #expect(faults == FileFaults(killAfterWrite: 3, failSync: 2))
        #expect(FileFaults(environment: [:]).isEmpty)
        #expect(FileFaults(environment: [:]).fileIO() is POSIXFileIO)
        #expect(faults.fileIO() is FaultInjectingFileIO)
    }

    @Test func aFailedWriteLeavesHalfALineThatResumeCuts() throws {
        // Write 1 is the header, 2 and 3 the fixture's two appends, so the 4th is the next append.
        let io = FileFaults(failWrite: 4).fileIO()
        let journal = try Fixture.openSession(store: folder.store, io: io)
        let sizeBefore = readBytes(journal.path).count
        #expect(throws: RecordError.self) { try journal.append([("paused", .object([]))], now: Fixture.start) }
        #expect(journal.isBroken)
        #expect(journal.brokenCode == ENOSPC)
        let key = Fixture.key()
        #expect(throws: RecordError.self) {
            try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        }
        #expect(!Store.exists(journal.folder + "/seal.sig"))
        let torn = readBytes(journal.path)
        #expect(torn.count > sizeBefore)
        #expect(torn.last != UInt8(ascii: "\n"))
        journal.close()

        let (_, entries, report) = try Journal.resume(
            store: folder.store, sessionID: Fixture.sessionID, now: Fixture.start)
        #expect(report == .cutTornTail(bytes: torn.count - sizeBefore))
        #expect(entries.count == 5)
    }

    @Test func aFailedFsyncBreaksTheJournalOnTheNamedCall() throws {
        // Fsync 1 is the header's, 2 and 3 the fixture's two appends.
        let io = FileFaults(failSync: 4).fileIO()
        let journal = try Fixture.openSession(store: folder.store, io: io)
        #expect(!journal.isBroken)
        #expect(throws: RecordError.self) { try journal.append([("paused", .object([]))], now: Fixture.start) }
        #expect(journal.brokenCode == EIO)
    }

    @Test func filesOtherThanTheJournalAreNotCounted() throws {
        // The seal's write would be the 4th write; only journal writes count, so sealing works.
        let io = FileFaults(failWrite: 4, failSync: 4).fileIO()
        let key = Fixture.key()
        let journal = try Fixture.openSession(store: folder.store, key: key, io: io)
        try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        #expect(Verifier.verifySession(folder: journal.folder, trust: Fixture.trust(key)).isValid)
    }
}
