import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkTerminal
import KeyworkTerminalTesting
import KeyworkTestSupport
import Testing

/// Keys typed before a screen is drawn never answer it, keys pressed while the window is too small
/// answer nothing, and the run loop records which options and pages were drawn.
@Suite struct TypeAheadTests {
    let size = TerminalSize(columns: 80, rows: 24)

    func newState() throws -> SessionState {
        let tour = try #require(BuiltinGuides.guide(id: "tour"))
        return SessionState(guide: tour, context: SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042"))
    }

    @Test func aSecondEnterTypedAheadNeverAnswersTheNextScreen() throws {
        let terminal = InMemoryTerminal(
            size: size,
            script: [.key(.enter), .burst([.character("1"), .enter, .enter]), .key(.function(10))])
        let recorder = MemoryRecorder()
        guard
            case .paused(let state) = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)
                .run(firstActions: [.start])
        else {
            Issue.record("expected a pause; the screen shows:\n\(terminal.screenText)")
            return
        }
        #expect(state.answers["focus"] == .choice(option: "talk", other: nil))
        #expect(state.currentScreenID == "in-your-words")
        #expect(state.answers["in-your-words"] == nil, "the optional text screen was not skipped unseen")
        #expect(terminal.discardedKeys == [.enter])
    }

    @Test func keysTypedAheadOfARefusalAreThrownAwayToo() throws {
        // Enter with nothing chosen says so; the Enter typed behind it was typed before anyone read that.
        let terminal = InMemoryTerminal(
            size: size, script: [.key(.enter), .burst([.enter, .enter, .character("2")]), .key(.function(10))])
        _ = SessionRunner(state: try newState(), backend: terminal, recorder: MemoryRecorder()).run(firstActions: [
            .start
        ])
        #expect(terminal.discardedKeys == [.enter, .character("2")])
    }

    @Test func keysUnderTheMakeItLargerScreenRecordNothing() throws {
        let terminal = InMemoryTerminal(
            size: size,
            script: [
                .key(.enter), .resize(to: TerminalSize(columns: 40, rows: 10)), .type("1\n\n"), .key(.function(3)),
                .key(.enter), .key(.function(4)), .type("2 \n"), .resize(to: size), .key(.function(10)),
            ])
        let recorder = MemoryRecorder()
        guard
            case .paused(let state) = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)
                .run(firstActions: [.start])
        else {
            Issue.record("expected a pause")
            return
        }
        #expect(state.currentScreenID == "focus")
        #expect(state.answers.isEmpty && state.flags.isEmpty)
        #expect(!recorder.events.contains { if case .answered = $0 { true } else { false } })
        let small = terminal.frames.filter { $0.size == TerminalSize(columns: 40, rows: 10) }
        #expect(!small.isEmpty && small.allSatisfy { !$0.text.contains("What would help you most") })
    }

    @Test func pausingWorksWhileTheWindowIsTooSmall() throws {
        let terminal = InMemoryTerminal(
            size: size, script: [.key(.enter), .resize(to: TerminalSize(columns: 20, rows: 6)), .key(.control("c"))])
        let recorder = MemoryRecorder()
        guard
            case .paused = SessionRunner(state: try newState(), backend: terminal, recorder: recorder)
                .run(firstActions: [.start])
        else {
            Issue.record("Ctrl-C pauses at once when the box that asks cannot be seen")
            return
        }
        #expect(recorder.events.last == .paused(screen: "focus"))
    }

    @Test func theRunLoopRecordsEachOptionOfANarrowComparisonAsItIsDrawn() throws {
        var state = try newState()
        for action: SessionAction in [
            .start, .proceed, .submit(.choice(option: "talk", other: nil)), .proceed, .submit(.scale(5)),
        ] {
            try Session.reduce(&state, action)
        }
        #expect(state.currentScreenID == "ways")
        let terminal = InMemoryTerminal(size: size, script: [.key(.enter), .key(.function(10))])
        let recorder = MemoryRecorder()
        _ = SessionRunner(state: state, backend: terminal, recorder: recorder).run(firstActions: [])
        let shown = recorder.events.compactMap { event -> [String]? in
            if case .optionsShown("ways", let options) = event { options } else { nil }
        }
        #expect(shown.first == ["drop-in"], "the first option, as it is drawn")
        #expect(shown.flatMap { $0 }.count == Set(shown.flatMap { $0 }).count, "each option once")
        #expect(shown.count == 2, "Enter showed the next one: \(recorder.events)")
    }

    @Test func aDialogIgnoresKeysWhileTheWindowIsTooSmall() {
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 30, rows: 8), script: [.type("2"), .key(.enter), .resize(to: size), .type("3")])
        let chosen = Dialog.choose(MenuView(title: "Home", items: ["One", "Two", "Three"]), on: terminal)
        #expect(chosen == 2)
    }
}
