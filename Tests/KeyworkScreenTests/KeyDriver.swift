import KeyworkGuides
import KeyworkSession

@testable import KeyworkScreen

/// Plays the run loop's part: keys go to `SessionKeys`, actions to `Session.reduce`, and the view
/// hears about every change or refusal, exactly as the terminal front end will do it.
struct KeyDriver {
    var session: SessionState
    var view: ViewState
    private(set) var actions: [SessionAction] = []
    private(set) var refusals: [String] = []

    init(
        guide: Guide = ScreenGuide.guide,
        context: SessionContext = SessionContext(keyworker: "Sam", clientReference: "C-1")
    ) {
        var state = SessionState(guide: guide, context: context)
        _ = try? Session.reduce(&state, .start)
        session = state
        view = ViewState(for: state)
        recordWhatIsShown()
    }

    /// Fills the decision form of `ScreenGuide` field by field with Enter after each, and so sends it: option
    /// `number`, why "Quiet", the keyworker agrees, and it is accepted.
    mutating func fillDecision(option number: Int) {
        for value in [String(number), "Quiet", "1", "y"] {
            type(value)
            press(.enter)
        }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { press(key) }
    }

    mutating func press(_ key: Key) {
        let produced = SessionKeys.handle(key, session: session, view: &view)
        actions += produced
        for action in produced {
            let old = session
            do {
                try Session.reduce(&session, action)
                SessionKeys.sessionChanged(from: old, to: session, view: &view)
            } catch {
                refusals.append(error.message)
                SessionKeys.refused(error, view: &view)
                break
            }
        }
        recordWhatIsShown()
    }

    /// What the run loop does after each frame: records the compare options and pages the frame shows.
    mutating func recordWhatIsShown() {
        guard
            let shown = SessionScreen.shownAction(
                session, view, size: view.terminalSize, options: RenderOptions(words: view.words))
        else { return }
        _ = try? Session.reduce(&session, shown)
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    var screen: String? { session.currentScreenID }
}
