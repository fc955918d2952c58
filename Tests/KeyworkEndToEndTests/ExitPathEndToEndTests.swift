import Foundation
import Testing

/// Every way out of a running session: each pauses it, ends the program and leaves the terminal
/// as it found it.
@Suite struct ExitPathEndToEndTests {
    @Test func f10PausesExitsZeroAndLeavesTheTerminalSane() throws {
        let (walk, store) = try Self.sessionAtTheFocusScreen()
        try walk.tmux.send("F10")
        #expect(try walk.tmux.waitForExit() == 0)
        #expect(try walk.tmux.screen().contains("Paused. Everything is saved."))
        try Self.expectPausedAtFocus(store)
        try Self.expectSaneTerminal(walk.tmux)
    }

    /// Enter, pressed out of habit, goes on with the session; a second Ctrl-C leaves.
    @Test func ctrlCThenEnterGoesOnAndCtrlCTwicePausesExitsZeroAndLeavesTheTerminalSane() throws {
        let (walk, store) = try Self.sessionAtTheFocusScreen()
        try walk.tmux.send("C-c")
        try walk.tmux.waitFor("Pause and leave?")
        try walk.tmux.send("Enter")
        try walk.tmux.waitForAbsence(of: "Pause and leave?")
        try walk.tmux.waitFor(TourWalk.focusText)
        #expect(try walk.tmux.programPID() != nil)
        try walk.tmux.send("C-c")
        try walk.tmux.waitFor("Enter = go on with the session, F10 = pause and leave")
        try walk.tmux.send("C-c")
        #expect(try walk.tmux.waitForExit() == 0)
        #expect(try walk.tmux.screen().contains("Paused. Everything is saved."))
        try Self.expectPausedAtFocus(store)
        try Self.expectSaneTerminal(walk.tmux)
    }

    @Test func ctrlCThenEscStaysInTheSession() throws {
        let (walk, store) = try Self.sessionAtTheFocusScreen()
        try walk.tmux.send("C-c")
        try walk.tmux.waitFor("Pause and leave?")
        try walk.tmux.send("Escape")
        try walk.tmux.waitForAbsence(of: "Pause and leave?")
        try walk.tmux.waitFor(TourWalk.focusText)
        #expect(try walk.tmux.programPID() != nil)
        #expect(try store.events(try store.onlySessionID()).contains { $0.eventName == "paused" } == false)

        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try walk.pauseWithF10() == 0)
    }

    @Test func sigtermPausesExits130AndLeavesTheTerminalSane() throws {
        let (walk, store) = try Self.sessionAtTheFocusScreen()
        let pid = try #require(try walk.tmux.programPID())
        #expect(kill(pid, SIGTERM) == 0)
        #expect(try walk.tmux.waitForExit() == 130)
        #expect(try walk.tmux.screen().contains("Stopped from outside. Everything is saved."))
        try Self.expectPausedAtFocus(store)
        try Self.expectSaneTerminal(walk.tmux)
    }

    @Test func sighupPausesTheSessionSoThatResumeCarriesOnAtTheSameScreen() throws {
        let (walk, store) = try Self.sessionAtTheFocusScreen()
        let pid = try #require(try walk.tmux.programPID())
        #expect(kill(pid, SIGHUP) == 0)
        #expect(try walk.tmux.waitForExit() == 130)
        try Self.expectPausedAtFocus(store)
        try Self.expectSaneTerminal(walk.tmux)

        let resumed = try TourWalk.resume(try store.onlySessionID(), store: store.root)
        try resumed.chooseFocus(1)
        try resumed.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try resumed.pauseWithF10() == 0)
    }

    @Test func closingTheWindowPausesTheSession() throws {
        let (walk, store) = try Self.sessionAtTheFocusScreen()
        let pid = try #require(try walk.tmux.programPID())
        // The window closes under the program: tmux hangs up its terminal.
        try walk.tmux.killPane()
        try Self.waitUntilGone(pid)
        try Self.expectPausedAtFocus(store)
    }

    // MARK: Helpers

    /// A new tour session, past the welcome and showing "This week".
    private static func sessionAtTheFocusScreen() throws -> (TourWalk, StoreContents) {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.tmux.waitFor(TourWalk.focusText)
        return (walk, StoreContents(root: storePath))
    }

    private static func expectPausedAtFocus(_ store: StoreContents, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let events = try store.events(try store.onlySessionID())
        let last = try #require(events.last, sourceLocation: sourceLocation)
        #expect(last.eventName == "paused", "the last event is \(last)", sourceLocation: sourceLocation)
        #expect(last.eventData["screen"] as? String == "focus", sourceLocation: sourceLocation)
    }

    /// The shell behind the program reads lines with echo, as a terminal does by default.
    private static func expectSaneTerminal(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let modes = try tmux.terminalModes(sourceLocation: sourceLocation)
        for mode in ["icanon", "echo", "isig", "icrnl"] {
            #expect(modes.contains(mode), "stty shows \(mode)", sourceLocation: sourceLocation)
            #expect(!modes.contains("-" + mode), "stty shows -\(mode)", sourceLocation: sourceLocation)
        }
    }

    private static func waitUntilGone(_ pid: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            // A zombie has ended too; only its parent's wait is missing.
            let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
            if kill(pid, 0) != 0 || status?.contains(") Z ") == true { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("process \(pid) still runs", sourceLocation: sourceLocation)
    }
}
