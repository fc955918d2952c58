import KeyworkNcurses
import KeyworkScreen
import KeyworkTerminal
import KeyworkTerminalTesting
import Testing

@Suite struct TerminalSelfCheckTests {
    @Test func theSelfCheckShowsKeysAndSizeUntilInputEnds() {
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 60, rows: 16),
            script: [.key(.function(2)), .resize(to: TerminalSize(columns: 40, rows: 12))])
        let end = TerminalSelfCheck.run(on: terminal)
        #expect(end == .endOfInput)
        #expect(terminal.frames.count == 3)
        #expect(terminal.lastFrame?.size == TerminalSize(columns: 40, rows: 12))
        #expect(terminal.screenShows("size 40x12"))
        #expect(terminal.screenShows("function(2)"))
        #expect(terminal.lastFrame?[3, 0] == Cell(">", role: .selected))
    }

    @Test func theSelfCheckStopsAtQOrASignal() {
        for stop: InMemoryTerminal.Step in [.type("q"), .event(.terminate), .event(.hangup)] {
            let terminal = InMemoryTerminal(size: TerminalSize(columns: 60, rows: 16), script: [stop, .key(.up)])
            #expect(TerminalSelfCheck.run(on: terminal) != .endOfInput)
            #expect(terminal.frames.count == 1)
        }
    }

    @Test func wideCharactersTakeTwoCellsAndTheSecondIsAContinuation() {
        let frame = TerminalSelfCheck.frame(
            size: TerminalSize(columns: 20, rows: 6), capabilities: TerminalCapabilities(unicode: true, color: false),
            lastEvents: [])
        #expect(frame[4, 6] == Cell("中"))
        #expect(frame[4, 7].isContinuation)
        #expect(frame[5, 0] == Cell("q", role: .footer))
    }
}
