import Foundation
import KeyworkRecord
import KeyworkTestSupport
import Testing

/// `kill -9` at any moment loses no answer whose screen had moved on (DESIGN.md, "Quality bars").
@Suite struct CrashSafetyTests {
    /// Fixed, so a failure can be replayed; printed so the CI log shows what ran.
    static let seed: UInt64 = 1042
    static let killPoints = 56

    @Test func killNineAtSeededRandomPointsLosesNoAnswerAndEverySealVerifies() throws {
        let harness = try KillNineHarness(seed: Self.seed)
        try harness.run(killPoints: Self.killPoints)
        print(
            "kill-9 harness: \(harness.killPoints) kill points "
                + "(\(harness.killsBetweenWriteAndFsync) between write and fsync), seed \(Self.seed), "
                + "\(harness.sealedSessions) sessions sealed, \(harness.lostAnswers) answers lost")
        #expect(harness.killPoints >= 50)
        #expect(harness.lostAnswers == 0)
        #expect(harness.sealedSessions >= 1)
        #expect(harness.killsBetweenWriteAndFsync >= 5)
    }
}

/// The narrowest window: the program dies after making the journal file and before writing its header.
@Suite struct StartCutShortTests {
    @Test func aSessionKilledBeforeItsFirstLineIsRemovedOnResumeNotQuarantined() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        // The first journal write is the header; the test hook traps just before it, leaving an empty file.
        let started = try KeyworkBinary.run(
            [
                "session", "--plain", "--guide", "tour", "--client", "C-1042", "--keyworker", "Sam Keyworker",
                "--store", storePath,
            ],
            environment: [FileFaults.trapOnWriteVariable: "1", "SWIFT_BACKTRACE": "enable=no"], input: "\n")
        #expect(started.status != 0, "the trap must stop the program")
        let id = try store.onlySessionID()
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.sessionFolder(id) + "/journal.jsonl")).isEmpty)

        let listed = try KeyworkBinary.run(["resume", "--plain", "--store", storePath], input: "")
        #expect(listed.output.contains("nothing was saved"), "the list says so: \(listed.output)")

        let resumed = try KeyworkBinary.run(["resume", id, "--plain", "--store", storePath], input: "")
        #expect(resumed.status == 66, "stderr: \(resumed.errors)")
        #expect(resumed.errors.contains("was never started"))
        #expect(!FileManager.default.fileExists(atPath: store.sessionFolder(id)))
        let quarantine = (try? FileManager.default.contentsOfDirectory(atPath: storePath + "/quarantine")) ?? []
        #expect(quarantine.isEmpty, "nothing to quarantine: \(quarantine)")
    }
}
