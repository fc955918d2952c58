import KeyworkSession

/// The screen on show in words, as it is read aloud: what F5 and `--speak` say on the full screen.
///
/// The line mode's text of a screen is exactly what is read (KeyworkPlain's `PlainScreen` gives it, naming actions by
/// their keys for the full screen). The application hands it to the full screen's run loop, so that neither front
/// end imports the other.
public protocol SpokenScreen: Sendable {
    /// The whole screen on show, ending with a newline; the privacy notice while privacy is on. `form` is the form
    /// being filled in on it, so that a reading says what has been picked so far.
    func text(_ session: SessionState, form: FormState?) -> String
}
