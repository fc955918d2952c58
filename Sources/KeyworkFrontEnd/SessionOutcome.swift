import KeyworkSession

/// How a front end's run of a session ended.
public enum SessionOutcome {
    /// Every screen is done and signed; the caller seals the record.
    case completed(SessionState)
    /// Paused on purpose, at the screen.
    case paused(SessionState)
    /// Paused because the window closed, input ended or the program was asked to stop.
    case interrupted(SessionState)
    /// Recording failed; nothing after the failure was shown as saved.
    case recordFailed(SessionState, any Error)

    /// The outcome that ends the loop once the session reaches `state`; nil while it goes on.
    public static func ending(at state: SessionState) -> Self? {
        switch state.status {
        case .paused: .paused(state)
        case .complete: .completed(state)
        case .notStarted, .inProgress: nil
        }
    }
}
