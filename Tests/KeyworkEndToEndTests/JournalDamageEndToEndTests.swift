import Foundation
import Testing

/// A journal damaged on disk, and a disk that fails while a session runs, seen from the real program.
@Suite struct JournalDamageEndToEndTests {
    @Test func aTornLastLineIsCutAndResumeRecordsItAndCarriesOn() throws {
        let (store, id) = try Self.sessionPausedAtFocus()
        let journalPath = store.sessionFolder(id) + "/journal.jsonl"
        let whole = try Data(contentsOf: URL(fileURLWithPath: journalPath))
        let torn = Data(#"{"seq":9,"ts":"2026-11-27T04:00:00.000Z","event":"answ"#.utf8)
        try (whole + torn).write(to: URL(fileURLWithPath: journalPath))

        let resumed = try TourWalk.resume(id, store: store.root)
        try resumed.chooseFocus(1)
        try resumed.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try resumed.pauseWithF10() == 0)

        let after = try Data(contentsOf: URL(fileURLWithPath: journalPath))
        #expect(after.prefix(whole.count) == whole, "the whole lines before the tear are untouched")
        #expect(after.last == UInt8(ascii: "\n"))
        #expect(!String(decoding: after, as: UTF8.self).contains(#""event":"answ"}"#))
        #expect(!String(decoding: after, as: UTF8.self).contains(#""seq":9,"ts":"2026-11-27T04:00:00.000Z""#))
        let events = try store.events(id)
        let note = events.first { $0.eventName == "resumed" }?.eventData["note"] as? String
        #expect(note?.contains("torn (\(torn.count) bytes") == true, "the resumed event says so: \(events)")
        #expect(events.contains { $0.eventName == "answered" && $0.eventData["screen"] as? String == "focus" })
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.root + "/quarantine").isEmpty)
    }

    @Test func aDamagedMiddleLineIsQuarantinedReportedAndNeverRepaired() throws {
        let (store, id) = try Self.sessionPausedAtFocus()
        let journalPath = store.sessionFolder(id) + "/journal.jsonl"
        let text = try String(contentsOfFile: journalPath, encoding: .utf8)
        let damaged = text.replacingOccurrences(of: #""screen":"welcome""#, with: #""screen":"welcomE""#)
        try #require(damaged != text)
        try damaged.write(toFile: journalPath, atomically: false, encoding: .utf8)

        let resumed = try TourWalk.resume(id, store: store.root)
        #expect(try resumed.tmux.waitForExit() == 65)
        let shown = try Self.unwrapped(resumed.tmux)
        #expect(shown.contains("error: session \(id): line "), "\(shown)")
        #expect(shown.contains("the journal was not repaired"), "\(shown)")
        #expect(!shown.contains("Fatal error"))

        #expect(!FileManager.default.fileExists(atPath: store.sessionFolder(id)), "moved out of sessions/")
        let quarantined = try FileManager.default.contentsOfDirectory(atPath: store.root + "/quarantine")
        #expect(quarantined.count == 1)
        let moved = store.root + "/quarantine/" + (quarantined.first ?? "")
        #expect(moved.contains(id))
        #expect(shown.contains("moved to \(moved)"), "\(shown)")
        #expect(try String(contentsOfFile: moved + "/journal.jsonl", encoding: .utf8) == damaged, "byte for byte")
        #expect(!FileManager.default.fileExists(atPath: moved + "/seal.sig"))
    }

    /// Write 1 is the header, 2 the welcome screen, 3 the move to "This week", 4 its answer.
    @Test func aFullDiskStopsTheSessionWithAClearMessageAndResumeCutsTheHalfLine() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath, environment: ["KEYWORK_TEST_FAIL_WRITE": "4"])
        try walk.passWelcome()
        try walk.chooseFocus(1)
        #expect(try walk.tmux.waitForExit() == 74)
        let id = try store.onlySessionID()
        let shown = try Self.unwrapped(walk.tmux)
        #expect(shown.contains("the record could not be saved"), "\(shown)")
        #expect(shown.contains("disk full"), "\(shown)")
        #expect(shown.contains("keywork resume \(id)"), "\(shown)")
        try Self.expectSaneTerminal(walk.tmux)
        let journal = try Data(contentsOf: URL(fileURLWithPath: store.sessionFolder(id) + "/journal.jsonl"))
        #expect(journal.last != UInt8(ascii: "\n"), "half a line reached the disk before it filled up")
        #expect(!FileManager.default.fileExists(atPath: store.sessionFolder(id) + "/seal.sig"))

        let resumed = try TourWalk.resume(id, store: storePath)
        try resumed.chooseFocus(3)
        try resumed.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try resumed.pauseWithF10() == 0)
        let events = try store.events(id)
        #expect(events.contains { ($0.eventData["note"] as? String)?.contains("torn") == true })
        let answers = events.filter { $0.eventName == "answered" && $0.eventData["screen"] as? String == "focus" }
        #expect(answers.count == 1, "only the answer given after resume: \(answers)")
    }

    /// The fsync of `completed` fails: no seal is written over a journal whose state is unknown.
    @Test func aFailedFsyncAtTheEndWritesNoSealAndResumeSealsWhatReachedTheDisk() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath, columns: 100, rows: 45)
        try walk.walkToTheLastScreen(client: "Jo Client")
        #expect(try walk.pauseWithF10() == 0)
        let id = try store.onlySessionID()

        // Fsync 1 after resuming is the `resumed` event's, 2 the `completed` one's.
        let failing = try TourWalk.resume(id, store: storePath, environment: ["KEYWORK_TEST_FAIL_FSYNC": "2"])
        try failing.readWhatHappensNext()
        #expect(try failing.tmux.waitForExit() == 74)
        let shown = try Self.unwrapped(failing.tmux)
        #expect(shown.contains("the record could not be saved"), "\(shown)")
        #expect(shown.contains("input/output error"), "\(shown)")
        #expect(shown.contains("nothing was sealed") || shown.contains("keywork resume \(id)"), "\(shown)")
        #expect(!shown.contains("Saved and sealed"))
        #expect(!FileManager.default.fileExists(atPath: store.sessionFolder(id) + "/seal.sig"))

        let sealing = try TourWalk.resume(id, store: storePath)
        _ = try sealing.leaveTheSealedMessage()
        #expect(try sealing.tmux.waitForExit() == 0)
        let verified = try KeyworkBinary.run(["verify", store.sessionFolder(id)])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(try store.events(id).filter { $0.eventName == "completed" }.count == 1)
    }

    // MARK: Helpers

    /// The screen's rows joined, so text that wrapped at the window's edge reads whole again.
    static func unwrapped(_ tmux: Tmux) throws -> String {
        try tmux.screen().replacingOccurrences(of: "\n", with: "")
    }

    static func sessionPausedAtFocus() throws -> (StoreContents, String) {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.tmux.waitFor(TourWalk.focusText)
        #expect(try walk.pauseWithF10() == 0)
        let store = StoreContents(root: storePath)
        return (store, try store.onlySessionID())
    }

    static func expectSaneTerminal(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let modes = try tmux.terminalModes(sourceLocation: sourceLocation)
        for mode in ["icanon", "echo", "isig", "icrnl"] {
            #expect(modes.contains(mode), "stty shows \(mode)", sourceLocation: sourceLocation)
            #expect(!modes.contains("-" + mode), "stty shows -\(mode)", sourceLocation: sourceLocation)
        }
    }
}
