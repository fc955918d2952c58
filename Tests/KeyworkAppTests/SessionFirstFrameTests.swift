import Foundation
import KeyworkApp
import KeyworkRecord
import KeyworkTerminalTesting
import Testing

/// A new session's first screen is drawn once, before its journal is made safe: the run loop's own first draw of
/// the same screen keeps that frame instead of rendering and drawing it again, and keys typed once it showed
/// answer it.
@Suite struct SessionFirstFrameTests {
    @Test func theFirstScreenIsDrawnOnceAndAKeyTypedOnItAnswersIt() throws {
        let app = try AppFixture()
        let terminal = InMemoryTerminal(
            size: .init(columns: 80, rows: 24), script: [.key(.enter), .key(.function(10))])

        let result = try app.fullScreenLauncher(terminal).startSession(
            guideName: "tour", client: "C-1042", keyworker: "Sam Keyworker")

        guard case .paused(let id) = result else {
            Issue.record("not paused: \(result); the screen shows:\n\(terminal.screenText)")
            return
        }
        let welcome = terminal.frames.filter { $0.text.contains("Welcome") }
        #expect(welcome.count == 1, "the welcome screen is drawn by the preview only")
        #expect(terminal.frames.count == 2, "the preview, then the screen Enter led to")
        #expect(terminal.discardedKeys.isEmpty)
        #expect(try app.verify(id).outcome == .unfinished, "paused, with every step recorded")
        #expect(terminal.drawingProblems.isEmpty, "\(terminal.drawingProblems)")
    }
}
