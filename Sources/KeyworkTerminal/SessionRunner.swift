import KeyworkGuides
import KeyworkScreen
import KeyworkSession

/// Where a running session's events go. Recording must be durable (written and fsynced) before it
/// returns, because the screen moves on only afterwards.
public protocol SessionRecorder: AnyObject {
    func record(_ events: [SessionEvent]) throws
}

/// The loop between a terminal and a session: draw, wait for a key, turn it into actions,
/// record their events, then let the state move on.
public final class SessionRunner {
    public enum Outcome {
        /// Every screen is done and signed; the caller seals the record.
        case completed(SessionState)
        /// Paused on purpose, at the screen.
        case paused(SessionState)
        /// Paused because the window closed, input ended or the program was asked to stop.
        case interrupted(SessionState)
        /// Recording failed; nothing after the failure was shown as saved.
        case recordFailed(SessionState, any Error)
    }

    public private(set) var state: SessionState
    public private(set) var view: ViewState
    private let backend: any TerminalBackend
    private let recorder: any SessionRecorder
    private let speaker: (any Speaker)?
    private let speakEveryScreen: Bool
    /// The screen last read aloud by `speakEveryScreen`, so each new screen is read once.
    private var spokenScreen: String?
    /// What read-aloud says: the screen as plain text, in the language the screen is drawn in.
    private let spokenText: PlainScreen

    /// `speaker` reads the screen aloud on F5; with `speakEveryScreen` (`--speak`) it reads each new screen too.
    public init(
        state: SessionState, backend: any TerminalBackend, recorder: any SessionRecorder,
        speaker: (any Speaker)? = nil, speakEveryScreen: Bool = false
    ) {
        self.state = state
        self.backend = backend
        self.recorder = recorder
        self.speaker = speaker
        self.speakEveryScreen = speakEveryScreen
        self.view = ViewState(for: state, terminalSize: backend.size, words: backend.words)
        self.spokenText = PlainScreen(backend.words)
    }

    /// Runs until the session completes or pauses. `firstActions` (start or resume) run before the
    /// first key, so their events are recorded like any other.
    public func run(firstActions: [SessionAction]) -> Outcome {
        defer { speaker?.stop() }
        if let outcome = perform(firstActions) { return outcome }
        while true {
            speakNewScreen()
            draw()
            switch backend.nextEvent() {
            case .resize:
                view.terminalSize = backend.size
            case .key(let key):
                // Any key stops a reading at once, so speech never holds anyone up.
                speaker?.stop()
                if key == .function(5) {
                    readAloud()
                    continue
                }
                let actions = SessionKeys.handle(key, session: state, view: &view)
                if let outcome = perform(actions) { return outcome }
            case .hangup, .terminate, .endOfInput:
                // Leaving without a word from the people at the screen: everything so far is
                // already saved, and a pause makes resume come back to this screen.
                if case .recordFailed(let state, let error)? = perform([.pause]) {
                    return .recordFailed(state, error)
                }
                return .interrupted(state)
            }
        }
    }

    /// Applies actions in order; a refusal stops the rest. Returns an outcome when the loop must end.
    private func perform(_ actions: [SessionAction]) -> Outcome? {
        for action in actions {
            switch recorder.take(action, from: state) {
            case .refused(let refusal):
                SessionKeys.refused(refusal, view: &view)
                return nil
            case .recordFailed(let error):
                return .recordFailed(state, error)
            case .moved(let next):
                let previous = state
                state = next
                SessionKeys.sessionChanged(from: previous, to: state, view: &view)
                if let ending = Outcome.ending(at: state) { return ending }
            }
        }
        return nil
    }

    /// F5: reads the screen on show aloud, or says plainly that it cannot.
    private func readAloud() {
        view.notice = nil
        // Behind the privacy screen nothing of the session may be shown, or heard.
        guard !state.isPrivate else { return }
        let spoken = speaker?.speak(spokenText.text(state, form: view.form)) ?? false
        if !spoken { view.notice = spokenText.plain.readAloudUnavailable }
    }

    /// `--speak`: reads each screen aloud the first time it is shown.
    private func speakNewScreen() {
        guard speakEveryScreen, let speaker, !state.isPrivate, state.currentScreenID != spokenScreen else { return }
        spokenScreen = state.currentScreenID
        if !speaker.speak(spokenText.text(state, form: view.form)) {
            view.notice = spokenText.plain.readAloudUnavailable
        }
    }

    /// Draws at once the frame that `run(firstActions:)` will draw first, without recording anything.
    ///
    /// Starting a session creates its journal, which costs several fsyncs; drawing this first lets people
    /// read while that happens. Keys pressed meanwhile wait in the terminal until the runner reads them,
    /// after the events are safe, and the runner's own first draw of the same frame sends no bytes.
    /// Draws nothing if the actions are refused.
    public static func drawPreview(
        of state: SessionState, after actions: [SessionAction], on backend: any TerminalBackend
    ) {
        var view = ViewState(for: state, terminalSize: backend.size)
        var current = state
        for action in actions {
            var next = current
            guard (try? Session.reduce(&next, action)) != nil else { return }
            SessionKeys.sessionChanged(from: current, to: next, view: &view)
            current = next
        }
        backend.draw(SessionScreen.render(current, view, size: backend.size, options: backend.renderOptions))
    }

    private func draw() {
        backend.draw(SessionScreen.render(state, view, size: backend.size, options: backend.renderOptions))
    }
}
