import KeyworkScreen
import KeyworkTerminal
import KeyworkTerminalTesting
import Testing

@Suite struct InMemoryTerminalTests {
    private func frame(_ text: String, size: TerminalSize) -> Frame {
        var frame = Frame(size: size)
        for (column, character) in text.enumerated() {
            frame[0, column] = Cell(String(character))
        }
        return frame
    }

    @Test func scriptedEventsComeOutInOrderAndThenInputEnds() {
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 80, rows: 24),
            script: [.key(.down), .key(.enter), .event(.hangup)])
        #expect(terminal.nextEvent() == .key(.down))
        #expect(terminal.nextEvent() == .key(.enter))
        #expect(terminal.nextEvent() == .hangup)
        #expect(terminal.nextEvent() == .endOfInput)
        #expect(terminal.nextEvent() == .endOfInput)
    }

    @Test func typedTextBecomesOneCharacterKeyEachAndNewlineIsEnter() {
        let terminal = InMemoryTerminal(size: TerminalSize(columns: 80, rows: 24), script: [.type("Hé 😀\n")])
        var events: [TerminalEvent] = []
        while case let event = terminal.nextEvent(), event != .endOfInput { events.append(event) }
        #expect(
            events == [
                .key(.character("H")), .key(.character("é")), .key(.character(" ")), .key(.character("😀")),
                .key(.enter),
            ])
        #expect(terminal.deliveredEvents.last == .endOfInput)
    }

    @Test func aScriptedResizeChangesTheSizeBeforeReportingIt() {
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 80, rows: 24),
            script: [.resize(to: TerminalSize(columns: 20, rows: 6)), .key(.up)])
        #expect(terminal.size == TerminalSize(columns: 80, rows: 24))
        #expect(terminal.nextEvent() == .resize)
        #expect(terminal.size == TerminalSize(columns: 20, rows: 6))
        #expect(terminal.nextEvent() == .key(.up))
    }

    @Test func everyFrameDrawnIsRecordedAndTheLastOneIsReadableAsText() {
        let size = TerminalSize(columns: 10, rows: 2)
        let terminal = InMemoryTerminal(size: size)
        #expect(terminal.lastFrame == nil)
        #expect(terminal.screenText == "")
        terminal.draw(frame("first", size: size))
        terminal.draw(frame("second", size: size))
        #expect(terminal.frames.count == 2)
        #expect(terminal.lastFrame == frame("second", size: size))
        #expect(terminal.screenText == "second\n")
        #expect(terminal.screenShows("sec"))
        #expect(!terminal.screenShows("first"))
    }

    @Test func backgroundWorkWaitsForItsScriptStepThenRunsAndIsReported() {
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 80, rows: 24), script: [.key(.down), .backgroundWorkFinishes])
        let ran = Flag()
        terminal.draw(frame("menu", size: terminal.size))
        terminal.startBackgroundWork { ran.set() }
        #expect(terminal.framesDrawnWhenBackgroundWorkStarted == [1])
        #expect(terminal.nextEvent() == .key(.down))
        #expect(!ran.isSet, "not before its step")
        #expect(terminal.nextEvent() == .backgroundWorkDone)
        #expect(ran.isSet)
        #expect(terminal.nextEvent() == .endOfInput)
    }

    /// Set by background work; the in-memory terminal runs it on the test's own thread.
    private final class Flag: @unchecked Sendable {
        private(set) var isSet = false
        func set() { isSet = true }
    }

    @Test func stepsCanBeAppendedAfterTheTerminalIsMade() {
        let terminal = InMemoryTerminal(size: TerminalSize(columns: 80, rows: 24), script: [.key(.function(2))])
        terminal.append([.key(.control("c"))])
        #expect(terminal.nextEvent() == .key(.function(2)))
        #expect(terminal.nextEvent() == .key(.control("c")))
        #expect(terminal.nextEvent() == .endOfInput)
    }
}
