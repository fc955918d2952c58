import Foundation
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

@Suite struct JournalTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()
    private let otherFolder = TemporaryFolder()

    @Test func createAppendSealVerifySucceeds() throws {
        let key = Fixture.key()
        let journal = try Fixture.openSession(store: folder.store, key: key)
        let extra = try journal.append([("paused", .object([]))], now: Fixture.start.addingTimeInterval(3))
        #expect(extra.map(\.seq) == [5])
        let seal = try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Fixture.start)
        let result = Verifier.verifySession(folder: journal.folder, trust: Fixture.trust(key))
        #expect(result.outcome == .valid)
        #expect(result.signerKey == .thisDevice)
        #expect(result.signer == Fixture.signer)
        #expect(result.receiptCode == seal.receiptCode)
        #expect(
            result.summary
                == "\(Fixture.sessionID)  valid    sealed by Sam Keyworker (keyworker), this device; receipt \(seal.receiptCode)"
        )
        #expect(seal.statement.lastSeq == 5)
        #expect(throws: RecordError.alreadySealed(sessionID: Fixture.sessionID)) {
            try journal.append([("late", .object([]))], now: Fixture.start)
        }
        #expect(throws: RecordError.alreadySealed(sessionID: Fixture.sessionID)) {
            try Journal.resume(store: folder.store, sessionID: Fixture.sessionID, now: Fixture.start)
        }
    }

    @Test func linesHaveTheDocumentedShapeAndChain() throws {
        let journal = try Fixture.openSession(store: folder.store)
        journal.close()
        let lines = readBytes(journal.path).split(separator: UInt8(ascii: "\n")).map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(lines.count == 5)
        #expect(
            lines[0].hasPrefix(
                #"{"seq":0,"ts":"2026-11-27T02:46:30.125Z","event":"header","data":{"format":"keywork-journal/1","session":"20261127-024630-a1b2c3","mode":"session","guide":{"id":"first-appointment""#
            ))
        #expect(
            lines[1].hasPrefix(
                #"{"seq":1,"ts":"2026-11-27T02:46:31.125Z","event":"screen_shown","data":{"screen":"welcome""#))
        #expect(lines[3].contains(#""text":"I'd like to \"try\" —\tslowly\ncafé""#))
        var chain = JournalChain.start(sessionID: Fixture.sessionID)
        for line in lines {
            #expect(line.hasSuffix(#","prev":"\#(Hex.encode(chain))"}"#))
            chain = JournalChain.next(after: chain, line: Array(line.utf8))
        }
        #expect(chain == journal.chainHead)
    }

    @Test func appendRefusesBadEventsWithoutWritingAnything() throws {
        let journal = try Fixture.openSession(store: folder.store)
        let size = journal.size
        #expect(throws: RecordError.self) { try journal.append([("has space", .object([]))], now: Fixture.start) }
        #expect(throws: RecordError.self) { try journal.append([("header", .object([]))], now: Fixture.start) }
        #expect(throws: RecordError.self) {
            try journal.append([("ok", .object([])), ("bad", .int(1))], now: Fixture.start)
        }
        #expect(readBytes(journal.path).count == size)
        #expect(!journal.isBroken)
    }

    @Test func resumeReplaysEveryEntryAndContinuesTheChain() throws {
        let first = try Fixture.openSession(store: folder.store)
        first.close()
        let (journal, entries, report) = try Journal.resume(
            store: folder.store, sessionID: Fixture.sessionID, now: Fixture.start)
        #expect(report == .clean)
        #expect(entries.map(\.event) == ["header", "screen_shown", "answer", "answer", "not_sure"])
        #expect(entries[3].data == Fixture.events[2].data)
        try journal.append([("resumed", .object([]))], now: Fixture.start.addingTimeInterval(100))
        try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: Fixture.key(), now: Fixture.start)
        #expect(Verifier.verifySession(folder: journal.folder, trust: Fixture.trust(Fixture.key())).isValid)
    }

    @Test func secondOpenerIsToldWhoHoldsTheLock() throws {
        let journal = try Fixture.openSession(store: folder.store)
        #expect {
            try Journal.resume(store: folder.store, sessionID: Fixture.sessionID, now: Fixture.start)
        } throws: { error in
            guard let error = error as? RecordError, case .sessionLocked(_, let holder) = error else { return false }
            // The holder is found from the kernel's own table of locks: this process, and when it started.
            return holder.pid == getpid() && error.description.contains("pid \(getpid())")
                && holder.since.firstMatch(of: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/) != nil
        }
        journal.close()
        let (reopened, _, _) = try Journal.resume(store: folder.store, sessionID: Fixture.sessionID, now: Fixture.start)
        reopened.close()
    }

    @Test func theLockIsTheJournalItselfSoDeletingOtherFilesLetsNoSecondWriterIn() throws {
        let journal = try Fixture.openSession(store: folder.store)
        defer { journal.close() }
        let sessionFolder = folder.store.sessionFolder(Fixture.sessionID)
        let others = try FileManager.default.contentsOfDirectory(atPath: sessionFolder).filter { $0 != "journal.jsonl" }
        #expect(others.isEmpty, "no lock file or anything else stands for the lock")
        try "pid=1\n".write(toFile: sessionFolder + "/lock", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: sessionFolder + "/lock")
        #expect(throws: RecordError.self) {
            try Journal.resume(store: folder.store, sessionID: Fixture.sessionID, now: Fixture.start)
        }
        try journal.append([("resumed", .object([]))], now: Fixture.start)
    }

    @Test(arguments: [ENOSPC, EIO])
    func failedWriteBreaksTheJournalAndRefusesSealing(code: Int32) throws {
        let io = FaultyFileIO()
        let journal = try Fixture.openSession(store: folder.store, io: io)
        io.writesBeforeFailure = 0
        io.writeError = code
        #expect {
            try journal.append([("answer", .object([]))], now: Fixture.start)
        } throws: { error in
            guard let error = error as? RecordError, case .journalBroken(_, code) = error else { return false }
            return code != ENOSPC
                || (error.diagnostic.message == "the record could not be saved: disk full"
                    && error.diagnostic.note == "free space and resume; nothing was sealed")
        }
        #expect(journal.isBroken)
        io.writesBeforeFailure = .max
        #expect(throws: RecordError.journalBroken(path: journal.path, code: code)) {
            try journal.append([("answer", .object([]))], now: Fixture.start)
        }
        #expect(throws: RecordError.journalBroken(path: journal.path, code: code)) {
            try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: Fixture.key(), now: Fixture.start)
        }
        #expect(!Store.exists(journal.folder + "/seal.sig"))
    }

    @Test func failedFsyncBreaksTheJournalAndRefusesSealing() throws {
        let io = FaultyFileIO()
        let journal = try Fixture.openSession(store: folder.store, io: io)
        io.syncsBeforeFailure = 0
        #expect(throws: RecordError.journalBroken(path: journal.path, code: EIO)) {
            try journal.append([("answer", .object([]))], now: Fixture.start)
        }
        io.syncsBeforeFailure = .max
        #expect(throws: RecordError.journalBroken(path: journal.path, code: EIO)) {
            try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: Fixture.key(), now: Fixture.start)
        }
        #expect(!Store.exists(journal.folder + "/seal.sig"))
    }

    @Test func failedSealWriteLeavesNoSealAndBreaksTheJournal() throws {
        let io = FaultyFileIO()
        let journal = try Fixture.openSession(store: folder.store, io: io)
        io.syncsBeforeFailure = 0
        #expect(throws: RecordError.self) {
            try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: Fixture.key(), now: Fixture.start)
        }
        #expect(journal.isBroken)
        #expect(!Store.exists(journal.folder + "/seal.sig"))
        #expect(!Store.exists(journal.folder + "/seal.sig.tmp"))
    }

    @Test func shortWritesAndInterruptsStillWriteWholeLines() throws {
        let io = FaultyFileIO()
        io.shortWritesAndInterrupts = true
        let journal = try Fixture.openSession(store: folder.store, io: io)
        try journal.seal(signer: Fixture.signer, meaning: Fixture.meaning, key: Fixture.key(), now: Fixture.start)
        #expect(Verifier.verifySession(folder: journal.folder, trust: Fixture.trust(Fixture.key())).isValid)
    }

    @Test func aWriteTornByAFailureIsCutOnResume() throws {
        let io = FaultyFileIO()
        let journal = try Fixture.openSession(store: folder.store, io: io)
        io.writesBeforeFailure = 0
        io.bytesWrittenBeforeFailure = 10
        #expect(throws: RecordError.self) { try journal.append([("answer", .object([]))], now: Fixture.start) }
        journal.close()
        let (_, entries, report) = try Journal.resume(
            store: folder.store, sessionID: Fixture.sessionID, now: Fixture.start)
        #expect(report == .cutTornTail(bytes: 10))
        #expect(entries.count == 5)
    }

    @Test func damagedMiddleLineIsQuarantinedNotRepaired() throws {
        let store = folder.store
        let journal = try Fixture.openSession(store: store)
        journal.close()
        var bytes = readBytes(journal.path)
        let secondLineStart = (bytes.firstIndex(of: UInt8(ascii: "\n")) ?? 0) + 1
        bytes[secondLineStart] ^= 0x01  // "{" becomes "z": line 2 is no longer JSON
        writeBytes(journal.path, bytes)
        let later = Date(timeIntervalSince1970: 1_795_750_000)
        #expect {
            try Journal.resume(store: store, sessionID: Fixture.sessionID, now: later)
        } throws: { error in
            guard case .quarantined(_, let line, _, let movedTo) = error as? RecordError else { return false }
            return line == 2 && movedTo == store.quarantineFolder + "/\(Fixture.sessionID)-20261127-032640"
        }
        #expect(!Store.exists(journal.folder))
        let moved = store.quarantineFolder + "/\(Fixture.sessionID)-20261127-032640/journal.jsonl"
        #expect(readBytes(moved) == bytes)
    }

    /// A kill after the journal file is made and before its header is written leaves it empty: nothing was
    /// recorded, so resume takes the session away instead of quarantining it as damaged.
    @Test func anEmptyJournalIsAStartCutShortAndIsRemovedNotQuarantined() throws {
        let store = folder.store
        let original = try Fixture.openSession(store: store)
        original.close()
        writeBytes(original.path, [])
        let listed = try UnfinishedSession.all(in: store)
        #expect(listed.map(\.id) == [Fixture.sessionID])
        #expect(listed.first?.problem?.hasPrefix("nothing was saved") == true)
        #expect {
            try Journal.resume(store: store, sessionID: Fixture.sessionID, now: Fixture.start)
        } throws: { error in
            guard case .neverStarted(let id) = error as? RecordError else { return false }
            return id == Fixture.sessionID
        }
        #expect(!Store.exists(original.folder))
        let quarantined = (try? FileManager.default.contentsOfDirectory(atPath: store.quarantineFolder)) ?? []
        #expect(quarantined.isEmpty)
        #expect(try UnfinishedSession.all(in: store).isEmpty)
        #expect("\(RecordError.neverStarted(sessionID: Fixture.sessionID))".contains("start a new session"))
    }

    /// A crash can stop the journal at any byte; resume must give back a clean prefix or quarantine, never crash.
    @Test func journalCutAtEveryByteResumesToAPrefixOrIsQuarantined() throws {
        let store = folder.store
        let original = try Fixture.openSession(store: store)
        original.close()
        let bytes = readBytes(original.path)
        let (_, allEntries, _) = try Journal.resume(store: store, sessionID: Fixture.sessionID, now: Fixture.start)
        let lineEnds = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        try FileManager.default.removeItem(atPath: original.folder)

        for cut in 0..<bytes.count {
            try? FileManager.default.removeItem(atPath: store.quarantineFolder)
            try Store.makeFolder(original.folder)
            writeBytes(original.path, Array(bytes[0..<cut]))
            let whole = lineEnds.filter { $0 <= cut }
            do {
                let (journal, entries, report) = try Journal.resume(
                    store: store, sessionID: Fixture.sessionID, now: Fixture.start)
                #expect(!whole.isEmpty, "cut at \(cut) inside the header must not resume")
                #expect(entries == Array(allEntries.prefix(whole.count)), "cut at \(cut)")
                let tail = cut - (whole.last ?? 0)
                #expect(report == (tail == 0 ? .clean : .cutTornTail(bytes: tail)), "cut at \(cut)")
                #expect(readBytes(original.path).count == whole.last)
                try journal.append([("resumed", .object([]))], now: Fixture.start)
                journal.close()
                try FileManager.default.removeItem(atPath: original.folder)
            } catch let error as RecordError {
                if case .neverStarted = error {
                    #expect(cut == 0, "only an empty journal is a start cut short")
                    #expect(!Store.exists(original.folder) && !Store.exists(store.quarantineFolder))
                    continue
                }
                guard case .quarantined = error else {
                    Issue.record("cut at \(cut): unexpected \(error)")
                    continue
                }
                #expect(whole.isEmpty, "cut at \(cut) after a whole header must resume, not quarantine")
                #expect(!Store.exists(original.folder))
            }
        }
    }

    /// Random damage to an unsealed journal ends in a resume or a quarantine, never a crash.
    @Test func fuzzedJournalsNeverCrashResume() throws {
        let store = folder.store
        let original = try Fixture.openSession(store: store)
        original.close()
        let bytes = readBytes(original.path)
        try FileManager.default.removeItem(atPath: original.folder)
        var generator = SeededRandom(seed: 42)
        for round in 0..<300 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<damaged.count, using: &generator)
                damaged[index] = UInt8.random(in: 0...255, using: &generator)
            }
            try? FileManager.default.removeItem(atPath: store.quarantineFolder)
            try Store.makeFolder(original.folder)
            writeBytes(original.path, damaged)
            do {
                let (journal, _, _) = try Journal.resume(store: store, sessionID: Fixture.sessionID, now: Fixture.start)
                journal.close()
                try FileManager.default.removeItem(atPath: original.folder)
            } catch let error as RecordError {
                guard case .quarantined = error else {
                    Issue.record("round \(round): unexpected \(error)")
                    continue
                }
            }
        }
    }
}
