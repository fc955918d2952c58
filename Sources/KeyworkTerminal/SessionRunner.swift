import KeyworkFrontEnd
import KeyworkScreen
import KeyworkSession
import KeyworkWords

/// The loop between a terminal and a session: draw, wait for a key, turn it into actions,
/// record their events, then let the state move on.
public final class SessionRunner {
    public private(set) var state: SessionState
    public private(set) var view: ViewState
    private let backend: any TerminalBackend
    private let recorder: any SessionRecorder
    private let reading: ReadAloud?
    private let speakEveryScreen: Bool
    /// The screen last read aloud by `speakEveryScreen`, so each new screen is read once.
    private var spokenScreen: String?
    /// The screen last drawn, so keys typed before a new one is drawn are thrown away.
    private var drawnScreen: String?
    /// Keys typed ahead are to be thrown away before the next draw: what is shown is about to change.
    private var freshKeysNeeded = false
    /// The frame `drawPreview` put up, until the first draw: if that draw is of the same state, it is on screen.
    private var preview: SessionPreview?

    /// `readAloud` reads the screen aloud on F5; with `speakEveryScreen` (`--speak`) it reads each new screen too.
    /// Without it, F5 says plainly that the screen cannot be read aloud. `previewed` is what `drawPreview` already
    /// put up on `backend`: its screen's keys are kept, and its frame is not rendered or drawn again.
    public init(
        state: SessionState, backend: any TerminalBackend, recorder: any SessionRecorder,
        readAloud: ReadAloud? = nil, speakEveryScreen: Bool = false, previewed: SessionPreview? = nil
    ) {
        self.drawnScreen = previewed?.screenID
        self.preview = previewed
        self.state = state
        self.backend = backend
        self.recorder = recorder
        self.reading = readAloud
        self.speakEveryScreen = speakEveryScreen
        self.view = ViewState(for: state, terminalSize: backend.size, words: backend.words)
    }

    /// Reading the full screen aloud: the speaker, and the screen in words to give it, in the language the screen
    /// is drawn in and naming the keys it shows.
    public struct ReadAloud {
        public let speaker: any Speaker
        public let screen: any SpokenScreen

        public init(speaker: any Speaker, screen: any SpokenScreen) {
            self.speaker = speaker
            self.screen = screen
        }

        /// Reads the screen on show; false when it cannot be read (no speech program, or it failed to start).
        func speak(_ session: SessionState, form: FormState) -> Bool {
            speaker.speak(screen.text(session, form: form))
        }
    }

    /// Runs until the session completes or pauses. `firstActions` (start or resume) run before the
    /// first key, so their events are recorded like any other.
    public func run(firstActions: [SessionAction]) -> SessionOutcome {
        defer { reading?.speaker.stop() }
        if let outcome = perform(firstActions) { return outcome }
        while true {
            speakNewScreen()
            draw()
            switch backend.nextEvent() {
            case .resize:
                view.terminalSize = backend.size
            case .backgroundWorkDone:
                // Work a screen before this one started; a session waits for none.
                continue
            case .key(let key):
                // Any key stops a reading at once, so speech never holds anyone up.
                reading?.speaker.stop()
                if key == .function(5) {
                    readAloud()
                    continue
                }
                let before = ShownPlace(state, view)
                let actions = SessionKeys.handle(key, session: state, view: &view)
                if let outcome = perform(actions) { return outcome }
                freshKeysNeeded = ShownPlace(state, view).needsFreshKeys(after: key, from: before)
            case .hangup, .terminate, .endOfInput:
                // Leaving without a word from the people at the screen: everything so far is
                // already saved, and a pause makes resume come back to this screen.
                if case .recordFailed(let state, let error)? = perform(SessionKeys.pause(session: state, view: view)) {
                    return .recordFailed(state, error)
                }
                return .interrupted(state)
            }
        }
    }

    /// Applies actions in order; a refusal stops the rest. Returns an outcome when the loop must end.
    private func perform(_ actions: [SessionAction]) -> SessionOutcome? {
        let (reached, outcome) = recorder.perform(
            actions, from: state, refused: { SessionKeys.refused($0, view: &view) },
            moved: { previous, next in SessionKeys.sessionChanged(from: previous, to: next, view: &view) })
        state = reached
        return outcome
    }

    /// F5: reads the screen on show aloud, or says plainly that it cannot.
    private func readAloud() {
        view.notice = nil
        // Behind the privacy screen nothing of the session may be shown, or heard.
        guard !state.isPrivate else { return }
        let spoken = reading?.speak(state, form: view.form) ?? false
        view.notice = backend.words[spoken ? .plainReadingAloud : .plainReadAloudUnavailable]
    }

    /// `--speak`: reads each screen aloud the first time it is shown.
    private func speakNewScreen() {
        guard speakEveryScreen, let reading, !state.isPrivate, state.currentScreenID != spokenScreen else { return }
        spokenScreen = state.currentScreenID
        if !reading.speak(state, form: view.form) {
            view.notice = backend.words[.plainReadAloudUnavailable]
        } else if view.notice == nil {
            // A notice the move left (a refusal, a question noted) matters more than this one.
            view.notice = backend.words[.plainReadingAloud]
        }
    }

    /// Draws at once the frame that `run(firstActions:)` will draw first, without recording anything.
    ///
    /// Starting a session creates its journal, which costs several fsyncs; drawing this first lets people
    /// read while that happens. Keys pressed meanwhile wait in the terminal until the runner reads them,
    /// after the events are safe, and the runner's own first draw of the same frame sends no bytes.
    /// Draws nothing if the actions are refused. Keys typed before the preview (a second Enter at the
    /// shell, say) are thrown away first; returns what was drawn, to pass to `init` as `previewed`.
    @discardableResult
    public static func drawPreview(
        of state: SessionState, after actions: [SessionAction], on backend: any TerminalBackend
    ) -> SessionPreview? {
        // The view starts as the runner's does, so that the same actions leave both in the same place.
        var view = ViewState(for: state, terminalSize: backend.size, words: backend.words)
        var current = state
        for action in actions {
            var next = current
            guard (try? Session.reduce(&next, action)) != nil else { return nil }
            SessionKeys.sessionChanged(from: current, to: next, view: &view)
            current = next
        }
        backend.discardTypeAhead()
        let preview = SessionPreview(
            state: current, view: view, size: backend.size, options: backend.renderOptions,
            frame: SessionScreen.render(current, view, size: backend.size, options: backend.renderOptions))
        backend.draw(preview.frame)
        return preview
    }

    private func draw() {
        if freshKeysNeeded || state.currentScreenID != drawnScreen {
            backend.discardTypeAhead()
            freshKeysNeeded = false
        }
        drawnScreen = state.currentScreenID
        let preview = self.preview
        self.preview = nil
        let size = backend.size
        let options = backend.renderOptions
        if let preview, preview.shows(state, view, size: size, options: options) {
            // The preview rendered this very frame and nothing has been drawn since: it is on screen already.
        } else {
            backend.draw(SessionScreen.render(state, view, size: size, options: options))
        }
        recordWhatWasShown()
    }

    /// Records which compare options and pages the frame just drawn shows. It is not a person's action, so
    /// a refusal is not shown to anyone; a failure to record is found by the next action that records.
    private func recordWhatWasShown() {
        guard let action = SessionScreen.shownAction(state, view, size: backend.size, options: backend.renderOptions),
            case .moved(let next) = recorder.take(action, from: state)
        else { return }
        state = next
    }
}

/// The first screen as `SessionRunner.drawPreview` put it up, with what it was rendered from: the runner's own first
/// draw of the same state, view, size and options is this frame, so it is neither rendered nor drawn a second time.
public struct SessionPreview {
    let state: SessionState
    let view: ViewState
    let size: TerminalSize
    let options: RenderOptions
    /// The frame drawn.
    public let frame: Frame

    /// The screen shown, whose keys typed once it showed are the people's answer to it.
    public var screenID: String? { state.currentScreenID }

    /// Whether rendering `state` and `view` at `size` with `options` gives this frame: the render is a function
    /// of these alone.
    func shows(_ state: SessionState, _ view: ViewState, size: TerminalSize, options: RenderOptions) -> Bool {
        self.size == size && self.options == options && self.view == view && self.state == state
    }
}

/// Where the people at the screen are, as far as keys typed ahead matter: a different screen, a question
/// review put in front of them, a new page or option brought up by Enter, or a notice that asks for
/// something all mean keys already typed were typed without seeing it.
private struct ShownPlace: Equatable {
    let screen: String?
    let isReviewingQuestions: Bool
    let compareColumn: Int
    let scroll: Int
    let notice: String?

    init(_ state: SessionState, _ view: ViewState) {
        screen = state.currentScreenID
        isReviewingQuestions = view.questionReview != nil
        compareColumn = view.compareColumn
        scroll = view.scroll
        notice = view.notice
    }

    func needsFreshKeys(after key: Key, from before: ShownPlace) -> Bool {
        if screen != before.screen || isReviewingQuestions != before.isReviewingQuestions { return true }
        if notice != nil && notice != before.notice { return true }
        return key == .enter && (compareColumn != before.compareColumn || scroll != before.scroll)
    }
}
