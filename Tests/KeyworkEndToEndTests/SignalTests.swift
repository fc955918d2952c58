import Foundation
import Testing

/// Signals that ExitPathEndToEndTests does not cover (SIGINT, SIGQUIT) and a crash: each leaves the
/// terminal sane; every one but the crash also pauses the session, so its journal is complete.
@Suite struct SignalTests {
    @Test(arguments: [SIGINT, SIGQUIT])
    func aSignalFromOutsidePausesExits130AndLeavesTheTerminalSane(signal: Int32) throws {
        let (walk, store) = try Self.sessionAtTheFocusScreen()
        let pid = try #require(try walk.tmux.programPID())
        #expect(kill(pid, signal) == 0)
        #expect(try walk.tmux.waitForExit() == 130)
        #expect(try walk.tmux.screen().contains("Stopped from outside. Everything is saved."))
        let last = try #require(try store.events(try store.onlySessionID()).last)
        #expect(last.eventName == "paused")
        #expect(last.eventData["screen"] as? String == "focus")
        try JournalDamageEndToEndTests.expectSaneTerminal(walk.tmux)
    }

    /// Write 3 is the move to "This week": the program traps on purpose before writing it.
    @Test func aCrashLeavesTheTerminalSaneAndResumeCarriesOnFromTheLastSavedScreen() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        // Swift's backtracer runs after Keywork's handler; on a terminal it would wait for a key.
        let walk = try TourWalk.start(
            store: storePath, environment: ["KEYWORK_TEST_TRAP_ON_WRITE": "3", "SWIFT_BACKTRACE": "interactive=no"])
        try walk.passWelcome()
        let status = try walk.tmux.waitForExit()
        // The shell reports death by signal as 128 + its number: SIGILL or SIGTRAP for a Swift trap.
        #expect(status == 128 + Int(SIGILL) || status == 128 + Int(SIGTRAP), "died of a trap: \(status)")
        try JournalDamageEndToEndTests.expectSaneTerminal(walk.tmux)
        let id = try store.onlySessionID()
        let events = try store.events(id)
        #expect(!events.contains { $0.eventName == "paused" }, "a crash writes nothing more")
        #expect(events.last?.eventName == "screen_shown")
        #expect(events.last?.eventData["screen"] as? String == "welcome")

        let resumed = try TourWalk.resume(id, store: storePath)
        try resumed.passWelcome()
        try resumed.chooseFocus(1)
        try resumed.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try resumed.pauseWithF10() == 0)
    }

    private static func sessionAtTheFocusScreen() throws -> (TourWalk, StoreContents) {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.tmux.waitFor(TourWalk.focusText)
        return (walk, StoreContents(root: storePath))
    }
}
