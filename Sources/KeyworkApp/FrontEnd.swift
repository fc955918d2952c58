import KeyworkFrontEnd
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTerminal
import KeyworkWords

/// How the people at the screen see and answer: the full screen, or the line-by-line mode (`--plain`).
/// Both run the same session, journal and seal; only the drawing and reading differ.
public protocol FrontEnd: AnyObject {
    func choose(_ menu: MenuView) -> Int?
    /// A menu whose items take a while to work out (the home screen's counts): `laterItems` gives them, as many
    /// and in the same order as the menu's; nil keeps the menu's own. The full screen shows the menu at once and
    /// the items when ready; the line mode works them out before it prints.
    func choose(_ menu: MenuView, laterItems: @escaping @Sendable () -> [String]?) -> Int?
    func ask(_ prompt: PromptView) -> String?
    func show(_ message: MessageView)
    /// Shows the first screen while the new journal is being made safe, where the front end can.
    func drawPreview(of state: SessionState, after actions: [SessionAction])
    func runSession(
        _ state: SessionState, recorder: any SessionRecorder, firstActions: [SessionAction]
    ) -> SessionOutcome
}

/// The full screen: drawn with ncurses for people, in memory for tests.
public final class FullScreenFrontEnd: FrontEnd {
    let terminal: any TerminalBackend
    private let speaker: (any Speaker)?
    private let speakEveryScreen: Bool

    public init(terminal: any TerminalBackend, speaker: (any Speaker)?, speakEveryScreen: Bool = false) {
        self.terminal = terminal
        self.speaker = speaker
        self.speakEveryScreen = speakEveryScreen
    }

    // A dialog draws over the preview, so a session run after it must draw its first frame itself.
    public func choose(_ menu: MenuView) -> Int? {
        previewed = nil
        return Dialog.choose(menu, on: terminal)
    }
    public func choose(_ menu: MenuView, laterItems: @escaping @Sendable () -> [String]?) -> Int? {
        previewed = nil
        return Dialog.choose(menu, on: terminal, laterItems: laterItems)
    }
    public func ask(_ prompt: PromptView) -> String? {
        previewed = nil
        return Dialog.ask(prompt, on: terminal)
    }
    public func show(_ message: MessageView) {
        previewed = nil
        Dialog.show(message, on: terminal)
    }

    public func drawPreview(of state: SessionState, after actions: [SessionAction]) {
        previewed = SessionRunner.drawPreview(of: state, after: actions, on: terminal)
    }

    /// What the preview put up: keys typed once it showed are the people's answer to it, and the runner's first
    /// draw of the same frame keeps it instead of rendering it again.
    private var previewed: SessionPreview?

    public func runSession(
        _ state: SessionState, recorder: any SessionRecorder, firstActions: [SessionAction]
    ) -> SessionOutcome {
        defer { previewed = nil }
        // Read aloud says what the line mode prints for the screen, naming the keys the full screen shows.
        let readAloud = speaker.map {
            SessionRunner.ReadAloud(speaker: $0, screen: PlainScreen(terminal.words, actionNaming: .keys))
        }
        return SessionRunner(
            state: state, backend: terminal, recorder: recorder, readAloud: readAloud,
            speakEveryScreen: speakEveryScreen, previewed: previewed
        ).run(firstActions: firstActions)
    }
}

/// The line-by-line mode on standard input and output, in the language chosen for the program's words.
public final class PlainFrontEnd: FrontEnd {
    private let io: any PlainIO
    private let words: Words
    private let dialog: PlainDialog
    private let speaker: (any Speaker)?
    private let speakEveryScreen: Bool

    /// Standard input and output also make Ctrl-\ stop Keywork as Ctrl-C does (`QuitKey`).
    public init(io: any PlainIO, words: Words, speaker: (any Speaker)?, speakEveryScreen: Bool = false) {
        self.io = io
        self.words = words
        self.dialog = PlainDialog(io: io, words: words)
        self.speaker = speaker
        self.speakEveryScreen = speakEveryScreen
        if io is StandardPlainIO { QuitKey.stopsLikeInterrupt() }
    }

    public func choose(_ menu: MenuView) -> Int? { dialog.choose(menu) }
    public func choose(_ menu: MenuView, laterItems: @escaping @Sendable () -> [String]?) -> Int? {
        var menu = menu
        menu.replaceItems(withLater: laterItems())
        return dialog.choose(menu)
    }
    public func ask(_ prompt: PromptView) -> String? { dialog.ask(prompt) }
    public func show(_ message: MessageView) { dialog.show(message) }

    /// The line mode prints each screen once, when the session runs, so there is nothing to preview.
    public func drawPreview(of state: SessionState, after actions: [SessionAction]) {}

    public func runSession(
        _ state: SessionState, recorder: any SessionRecorder, firstActions: [SessionAction]
    ) -> SessionOutcome {
        PlainSessionRunner(
            state: state, io: io, recorder: recorder, words: words, speaker: speaker,
            speakEveryScreen: speakEveryScreen
        ).run(firstActions: firstActions)
    }
}
