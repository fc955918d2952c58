import Foundation
import KeyworkRecord
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

    /// Write 3 is the move to "This week": the program traps on purpose before writing it. As for people,
    /// SWIFT_BACKTRACE is not set (Tmux removes it), so Swift's backtracer would be interactive here.
    @Test func aCrashShowsACalmNoticeKeepsTheReportPrivateAndResumeCarriesOnFromTheLastSavedScreen() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath, environment: [FileFaults.trapOnWriteVariable: "3"])
        try walk.passWelcome()
        try Self.expectDeathByTrap(walk.tmux)
        try Self.expectCalmNoticeAndPrivateReport(walk.tmux, store: storePath)
        try JournalDamageEndToEndTests.expectSaneTerminal(walk.tmux)
        let id = try store.onlySessionID()
        try Self.expectNothingMoreWritten(store, id)

        let resumed = try TourWalk.resume(id, store: storePath)
        try resumed.passWelcome()
        try resumed.chooseFocus(1)
        try resumed.tmux.waitFor(TourWalk.inYourWordsText)
        #expect(try resumed.pauseWithF10() == 0)
    }

    /// The line mode on a real terminal, where the backtracer would be interactive too.
    @Test func aCrashInTheLineModeShowsTheSameNoticeAndResumeCarriesOn() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let arguments = [
            KeyworkBinary.path, "session", "--guide", "tour", "--client", TourWalk.clientReference, "--keyworker",
            TourWalk.keyworker, "--store", storePath, "--plain",
        ]
        let tmux = try Tmux(
            command: arguments.map(Tmux.quote).joined(separator: " "),
            environment: [FileFaults.trapOnWriteVariable: "3"])
        try tmux.waitFor(TourWalk.welcomeText)
        try tmux.waitFor("Press Enter to go on.")
        try tmux.send("Enter")
        try Self.expectDeathByTrap(tmux)
        try Self.expectCalmNoticeAndPrivateReport(tmux, store: storePath)
        try JournalDamageEndToEndTests.expectSaneTerminal(tmux)
        let id = try store.onlySessionID()
        try Self.expectNothingMoreWritten(store, id)

        // Input ends after the welcome, which pauses the resumed session safely.
        let resumed = try KeyworkBinary.run(["resume", id, "--store", storePath, "--plain"], input: "\n")
        #expect(resumed.status == 0, "stderr: \(resumed.errors)")
        #expect(resumed.output.contains(TourWalk.focusText))
    }

    /// Ctrl-\\ (SIGQUIT) in the line mode stops it as Ctrl-C (SIGINT) does, never as a crash with a report
    /// on the screen. The signal is sent to the program alone: a key would stop the pane's shell too.
    @Test(arguments: [SIGINT, SIGQUIT])
    func aStopSignalInTheLineModeEndsItQuietlyWithEverythingSaved(signal: Int32) throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let arguments = [
            KeyworkBinary.path, "session", "--guide", "tour", "--client", TourWalk.clientReference, "--keyworker",
            TourWalk.keyworker, "--store", storePath, "--plain",
        ]
        let tmux = try Tmux(command: arguments.map(Tmux.quote).joined(separator: " "))
        try tmux.waitFor("Press Enter to go on.")
        try tmux.send("Enter")
        try tmux.waitFor(TourWalk.focusText)
        let pid = try #require(try tmux.programPID())
        #expect(kill(pid, signal) == 0)
        #expect(try tmux.waitForExit() == 128 + Int(SIGINT))
        let screen = try tmux.screen()
        for crash in ["Program crashed", "Press space", "crashed:", "Backtrace"] {
            #expect(!screen.contains(crash), "a crash report on the shared screen: \(crash)")
        }
        let id = try store.onlySessionID()
        #expect(try store.events(id).last?.eventData["screen"] as? String == "focus")
        let resumed = try KeyworkBinary.run(["resume", id, "--store", storePath, "--plain"], input: "")
        #expect(resumed.status == 0, "stderr: \(resumed.errors)")
        #expect(resumed.output.contains(TourWalk.focusText))
    }

    // MARK: Crash checks

    /// The shell reports death by signal as 128 + its number: SIGILL or SIGTRAP for a Swift trap.
    private static func expectDeathByTrap(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let status = try tmux.waitForExit(sourceLocation: sourceLocation)
        #expect(
            status == 128 + Int(SIGILL) || status == 128 + Int(SIGTRAP), "died of a trap: \(status)",
            sourceLocation: sourceLocation)
    }

    /// The notice is on the screen and the backtracer's report and prompt are not; they are in the one
    /// report file, readable by its owner only, where the prompt was answered at once.
    private static func expectCalmNoticeAndPrivateReport(
        _ tmux: Tmux, store: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let screen = try tmux.screen()
        let words = Tmux.collapsingWhitespace(screen)
        for line in [
            "Keywork stopped because of a fault in the program.", "Every answer given before this moment is saved.",
            "To carry on: keywork resume", "A report for the developers is in",
        ] {
            #expect(words.contains(line), "the screen lacks: \(line)\n\(screen)", sourceLocation: sourceLocation)
        }
        for technical in ["Press space", "💣", "Crashed thread", "crashed:", "Backtrace", "Program crashed", "0x0"] {
            #expect(
                !screen.contains(technical), "the screen shows \(technical):\n\(screen)", sourceLocation: sourceLocation
            )
        }
        let folder = store + "/crash-reports"
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder)
        try #require(reports.count == 1, "one crash report, found \(reports)", sourceLocation: sourceLocation)
        let path = folder + "/" + reports[0]
        #expect(
            try JournalDamageEndToEndTests.unwrapped(tmux).contains(path), "the screen names \(path)",
            sourceLocation: sourceLocation)
        #expect(try StoreContents(root: store).permissions(path) == 0o600, sourceLocation: sourceLocation)
        let report = try String(contentsOfFile: path, encoding: .utf8)
        #expect(report.hasPrefix("Keywork crash report, for the developers."), sourceLocation: sourceLocation)
        #expect(report.contains("Program crashed"), "the backtracer wrote its report", sourceLocation: sourceLocation)
        // Interactive, it counts down from 30 once a second until a key comes: it never reached 29.
        #expect(report.contains("Press space to interact"), sourceLocation: sourceLocation)
        #expect(!report.contains("(29s)"), "the backtracer waited for a key", sourceLocation: sourceLocation)
    }

    /// The journal ends at the last saved screen: the crash wrote nothing, not even a pause.
    private static func expectNothingMoreWritten(
        _ store: StoreContents, _ id: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let events = try store.events(id)
        #expect(
            !events.contains { $0.eventName == "paused" }, "a crash writes nothing more", sourceLocation: sourceLocation
        )
        #expect(events.last?.eventName == "screen_shown", sourceLocation: sourceLocation)
        #expect(events.last?.eventData["screen"] as? String == "welcome", sourceLocation: sourceLocation)
    }

    private static func sessionAtTheFocusScreen() throws -> (TourWalk, StoreContents) {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.passWelcome()
        try walk.tmux.waitFor(TourWalk.focusText)
        return (walk, StoreContents(root: storePath))
    }
}
