import KeyworkBuiltinGuides
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkTerminal
import KeyworkTerminalTesting
import KeyworkTestSupport
import KeyworkWords
import Testing

@Suite struct SessionRunnerTests {
    let size = TerminalSize(columns: 80, rows: 24)

    func tour() throws -> Guide {
        try #require(BuiltinGuides.guide(id: "tour"))
    }

    func newState() throws -> SessionState {
        SessionState(guide: try tour(), context: SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042"))
    }

    /// Every key of a whole walk through the tour, answering "someone to talk to".
    static let wholeTour: [InMemoryTerminal.Step] = [
        .key(.enter),  // welcome
        .type("1"), .key(.enter),  // focus: someone to talk to
        .key(.enter),  // in your own words: skipped
        .type("7"), .key(.enter),  // how it feels
        .key(.end), .key(.enter),  // the comparison: at 100 columns every option fits side by side
        .type("2"), .key(.enter), .type("I can do it from home\n"), .type("1"), .key(.enter), .type("1"),
        .key(.enter),  // the decision
        .type("1"), .key(.enter),  // available now
        .type("y\ny\ny\ny\n"),  // SURE
        .key(.end), .key(.enter),  // summary
        .type(" "), .key(.down), .type(" "), .key(.down), .type(" "), .key(.enter),  // tick all three
        .type("J. B.\n"), .type("Sam Keyworker\n"), .key(.enter),  // sign, then finish
        .key(.enter),  // what happens next
    ]

    @Test func thePreviewIsTheFrameTheRunnerDrawsFirstAndRecordsNothing() throws {
        let preview = InMemoryTerminal(size: size, script: [])
        SessionRunner.drawPreview(of: try newState(), after: [.start], on: preview)
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(10))])
        let recorder = MemoryRecorder()
        _ = SessionRunner(state: try newState(), backend: terminal, recorder: recorder).run(firstActions: [.start])
        #expect(preview.frames.count == 1)
        #expect(preview.lastFrame == terminal.frames.first)
        #expect(preview.screenShows("Welcome"))
        #expect(!recorder.events.isEmpty, "the runner records what the preview did not")
    }

    @Test func theRunnersFirstDrawKeepsThePreviewsFrameInsteadOfRenderingItAgain() throws {
        let terminal = InMemoryTerminal(size: size, script: [.key(.enter), .key(.function(10))])
        let preview = try #require(SessionRunner.drawPreview(of: try newState(), after: [.start], on: terminal))
        let recorder = MemoryRecorder()
        let runner = SessionRunner(state: try newState(), backend: terminal, recorder: recorder, previewed: preview)
        guard case .paused = runner.run(firstActions: [.start]) else {
            Issue.record("expected a pause; the screen shows:\n\(terminal.screenText)")
            return
        }
        // The preview, then the screen Enter led to: the welcome screen was drawn once, not twice.
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames.first == preview.frame)
        #expect(terminal.frames.first?.text.contains("Welcome") == true)
        #expect(terminal.frames.last?.text.contains("Welcome") == false)
        #expect(terminal.discardedKeys.isEmpty, "keys typed once the preview showed answer it")
        #expect(recorder.events.contains(.paused(screen: "focus")), "Enter answered the previewed screen")
        #expect(terminal.drawingProblems.isEmpty)
    }

    @Test func aPreviewOfAnotherPlaceIsDrawnOverByTheRunnersOwnFirstFrame() throws {
        // The preview shows the session before it starts; the runner starts it, so its first frame differs.
        let terminal = InMemoryTerminal(size: size, script: [.key(.function(10))])
        let preview = try #require(SessionRunner.drawPreview(of: try newState(), after: [], on: terminal))
        let unpreviewed = InMemoryTerminal(size: size, script: [.key(.function(10))])
        _ = SessionRunner(state: try newState(), backend: unpreviewed, recorder: MemoryRecorder()).run(
            firstActions: [.start])
        _ = SessionRunner(state: try newState(), backend: terminal, recorder: MemoryRecorder(), previewed: preview).run(
            firstActions: [.start])
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames.first != terminal.frames.last)
        #expect(terminal.frames.last == unpreviewed.frames.first)
        #expect(terminal.drawingProblems.isEmpty)
    }

    @Test func aWholeSessionIsDrivenByKeysToCompletionThroughAResize() throws {
        var script = Array(Self.wholeTour.prefix(5))
        script += [.resize(to: TerminalSize(columns: 40, rows: 12)), .resize(to: TerminalSize(columns: 100, rows: 30))]
        script += Array(Self.wholeTour.dropFirst(5))
        let terminal = InMemoryTerminal(size: size, script: script)
        let recorder = MemoryRecorder()
        let runner = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)

        guard case .completed(let final) = runner.run(firstActions: [.start]) else {
            Issue.record("the session did not complete; the screen shows:\n\(terminal.screenText)")
            return
        }
        #expect(final.status == .complete)
        #expect(final.signatures["agree"]?.map(\.name) == ["J. B.", "Sam Keyworker"])
        #expect(Session.replay(guide: try tour(), context: final.context, events: recorder.events) == final)
        let small = terminal.frames.first { $0.size == TerminalSize(columns: 40, rows: 12) }
        #expect(small?.text.contains("Please make the window larger") == true)
        #expect(small?.text.contains("C-1042") == false)
        #expect(terminal.frames.last?.size == TerminalSize(columns: 100, rows: 30))
    }

    @Test func theRunnerDrawsAndRefusesInTheTerminalsLanguage() throws {
        let terminal = InMemoryTerminal(
            size: size,
            script: [
                .key(.function(4)),  // the session refuses: this is the first screen
                .key(.enter), .type("1"), .key(.enter), .key(.enter),  // welcome, focus, text skipped
                .key(.enter),  // the scale, with no number picked yet
                .key(.function(10)),
            ])
        terminal.words = Words(.polish)
        let runner = SessionRunner(state: try newState(), backend: terminal, recorder: MemoryRecorder())
        guard case .paused = runner.run(firstActions: [.start]) else {
            Issue.record("expected a pause; the screen shows:\n\(terminal.screenText)")
            return
        }
        let texts = terminal.frames.map(\.text)
        #expect(texts.contains { $0.contains("To jest pierwszy ekran.") }, "the session's refusal is in Polish")
        #expect(texts.contains { $0.contains("Wybierz liczbę od 0 do 10.") }, "the screen's own hint is in Polish")
        #expect(texts.allSatisfy { $0.contains("F1 Pomoc") })
        #expect(!texts.contains { $0.contains("F1 Help") })
    }

    @Test func f10PausesWithEverythingRecorded() throws {
        let terminal = InMemoryTerminal(
            size: size, script: [.key(.enter), .type("1"), .key(.enter), .key(.function(10))])
        let recorder = MemoryRecorder()
        let runner = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)
        guard case .paused(let state) = runner.run(firstActions: [.start]) else {
            Issue.record("expected a pause")
            return
        }
        #expect(state.answers["focus"] == .choice(option: "talk", other: nil))
        #expect(recorder.events.last == .paused(screen: "in-your-words"))
    }

    @Test func aSignalOrTheEndOfInputPausesTheSessionAsInterrupted() throws {
        for event in [TerminalEvent.terminate, .hangup, .endOfInput] {
            let terminal = InMemoryTerminal(size: size, script: [.key(.enter), .event(event)])
            let recorder = MemoryRecorder()
            let runner = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)
            guard case .interrupted(let state) = runner.run(firstActions: [.start]) else {
                Issue.record("expected \(event) to interrupt")
                continue
            }
            #expect(state.status == .paused)
            #expect(recorder.events.last == .paused(screen: "focus"))
        }
    }

    @Test func backgroundWorkOfAnEarlierScreenFinishingDuringASessionChangesNothing() throws {
        let script: [InMemoryTerminal.Step] = [.key(.enter), .type("1"), .key(.function(10))]
        let plain = InMemoryTerminal(size: size, script: script)
        let withWork = InMemoryTerminal(
            size: size,
            script: [.backgroundWorkFinishes, .key(.enter), .backgroundWorkFinishes, .type("1")]
                + [.key(.function(10))])
        let plainRecorder = MemoryRecorder()
        let workRecorder = MemoryRecorder()
        _ = SessionRunner(state: try newState(), backend: plain, recorder: plainRecorder).run(firstActions: [.start])
        _ = SessionRunner(state: try newState(), backend: withWork, recorder: workRecorder).run(firstActions: [.start])
        #expect(workRecorder.events == plainRecorder.events)
        #expect(withWork.lastFrame == plain.lastFrame)
    }

    @Test func aClosedWindowKeepsWhatWasChosenButNotYetConfirmed() throws {
        let terminal = InMemoryTerminal(size: size, script: [.key(.enter), .type("1"), .event(.hangup)])
        let recorder = MemoryRecorder()
        let runner = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)
        guard case .interrupted(let state) = runner.run(firstActions: [.start]) else {
            Issue.record("expected the closed window to interrupt")
            return
        }
        #expect(
            Array(recorder.events.suffix(2)) == [
                .draftKept(screen: "focus", draft: ScreenDraft(options: ["talk"])), .paused(screen: "focus"),
            ])
        #expect(state.answers["focus"] == nil)
        let resumed = InMemoryTerminal(size: size, script: [.key(.function(10))])
        _ = SessionRunner(state: state, backend: resumed, recorder: recorder).run(firstActions: [.resume(note: nil)])
        #expect(resumed.frames.first?.text.contains("> (o) Someone to talk to") == true, "shown again on resume")
    }

    @Test func aFailedRecordingStopsTheSessionWithoutMovingOn() throws {
        let terminal = InMemoryTerminal(size: size, script: [.key(.enter), .type("1"), .key(.enter)])
        let recorder = MemoryRecorder()
        recorder.successesBeforeFailing = 2  // starting, then the first Enter; the answer fails
        let runner = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)
        guard case .recordFailed(let state, let error) = runner.run(firstActions: [.start]) else {
            Issue.record("expected the failure to stop the session")
            return
        }
        #expect(error is MemoryRecorder.DiskFull)
        #expect(state.currentScreenID == "focus")
        #expect(state.answers.isEmpty)
        #expect(recorder.events.last == .screenShown(screen: "focus", textHash: state.currentScreen?.textHash ?? ""))
    }

    @Test func thePrivacyKeyBlanksTheClientsDetailsAtOnce() throws {
        let terminal = InMemoryTerminal(
            size: size, script: [.key(.enter), .type("1"), .type("Sleeping"), .key(.control("p")), .type("zz")])
        let runner = SessionRunner(state: try newState(), backend: terminal, recorder: MemoryRecorder())
        _ = runner.run(firstActions: [.start])
        let privateFrame = try #require(terminal.frames.last)
        #expect(!privateFrame.text.contains("Sleeping"))
        #expect(!privateFrame.text.contains("tour"))
        #expect(!privateFrame.text.contains("C-1042"))
        #expect(runner.state.isPrivate)
    }
}
