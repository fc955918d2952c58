import Foundation
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
