import KeyworkSession

/// What came of one action: refused by the session, not saved, or saved with the state it moves to.
public enum RecordedStep {
    case refused(SessionRefusal)
    case recordFailed(any Error)
    case moved(to: SessionState)
}

extension SessionRecorder {
    /// Runs one action through the reducer and records its events before the state may move on: the step
    /// both front ends (full screen and line mode) take for every key or line.
    public func take(_ action: SessionAction, from state: SessionState) -> RecordedStep {
        var next = state
        let events: [SessionEvent]
        do {
            events = try Session.reduce(&next, action)
        } catch {
            return .refused(error)
        }
        do {
            if !events.isEmpty { try record(events) }
        } catch {
            return .recordFailed(error)
        }
        return .moved(to: next)
    }
}

extension SessionRunner.Outcome {
    /// The outcome that ends the loop once the session reaches `state`; nil while it goes on.
    public static func ending(at state: SessionState) -> Self? {
        switch state.status {
        case .paused: .paused(state)
        case .complete: .completed(state)
        case .notStarted, .inProgress: nil
        }
    }
}
