import KeyworkNcurses
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTerminal
import KeyworkWords

/// How the people at the screen see and answer: the full screen, or the line-by-line mode (`--plain`).
/// Both run the same session, journal and seal; only the drawing and reading differ.
protocol FrontEnd: AnyObject {
    func choose(_ menu: MenuView) -> Int?
    func ask(_ prompt: PromptView) -> String?
    func show(_ message: MessageView)
    /// Shows the first screen while the new journal is being made safe, where the front end can.
    func drawPreview(of state: SessionState, after actions: [SessionAction])
    func runSession(
        _ state: SessionState, recorder: any SessionRecorder, firstActions: [SessionAction]
    ) -> SessionRunner.Outcome
}

/// The full screen, drawn with ncurses.
final class FullScreenFrontEnd: FrontEnd {
    let terminal: NcursesTerminal
    private let speaker: any Speaker
    private let speakEveryScreen: Bool

    init(terminal: NcursesTerminal, speaker: any Speaker, speakEveryScreen: Bool) {
        self.terminal = terminal
        self.speaker = speaker
        self.speakEveryScreen = speakEveryScreen
    }

    func choose(_ menu: MenuView) -> Int? { Dialog.choose(menu, on: terminal) }
    func ask(_ prompt: PromptView) -> String? { Dialog.ask(prompt, on: terminal) }
    func show(_ message: MessageView) { Dialog.show(message, on: terminal) }

    func drawPreview(of state: SessionState, after actions: [SessionAction]) {
        previewed = SessionRunner.drawPreview(of: state, after: actions, on: terminal)
    }

    /// The screen the preview put up; keys typed once it showed are the people's answer to it.
    private var previewed: String?

    func runSession(
        _ state: SessionState, recorder: any SessionRecorder, firstActions: [SessionAction]
    ) -> SessionRunner.Outcome {
        defer { previewed = nil }
        return SessionRunner(
            state: state, backend: terminal, recorder: recorder, speaker: speaker, speakEveryScreen: speakEveryScreen,
            previewed: previewed
        ).run(firstActions: firstActions)
    }
}

/// The line-by-line mode on standard input and output, in the language chosen for the program's words.
final class PlainFrontEnd: FrontEnd {
    private let io: any PlainIO
    private let words: Words
    private let dialog: PlainDialog
    private let speaker: any Speaker
    private let speakEveryScreen: Bool

    init(io: any PlainIO, words: Words, speaker: any Speaker, speakEveryScreen: Bool) {
        self.io = io
        self.words = words
        self.dialog = PlainDialog(io: io, words: words)
        self.speaker = speaker
        self.speakEveryScreen = speakEveryScreen
        QuitKey.stopsLikeInterrupt()
    }

    func choose(_ menu: MenuView) -> Int? { dialog.choose(menu) }
    func ask(_ prompt: PromptView) -> String? { dialog.ask(prompt) }
    func show(_ message: MessageView) { dialog.show(message) }

    /// The line mode prints each screen once, when the session runs, so there is nothing to preview.
    func drawPreview(of state: SessionState, after actions: [SessionAction]) {}

    func runSession(
        _ state: SessionState, recorder: any SessionRecorder, firstActions: [SessionAction]
    ) -> SessionRunner.Outcome {
        PlainSessionRunner(
            state: state, io: io, recorder: recorder, words: words, speaker: speaker,
            speakEveryScreen: speakEveryScreen
        ).run(firstActions: firstActions)
    }
}
