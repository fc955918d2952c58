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

    /// Takes `actions` in order from `state`, the loop both front ends run for a key or a line: a refusal is
    /// handed to `refused` and stops the rest; each move is handed to `moved` (the state before, then after).
    /// Returns the state reached and, when the run must end (completed, paused, not saved), its outcome.
    public func perform(
        _ actions: [SessionAction], from state: SessionState, refused: (SessionRefusal) -> Void,
        moved: (_ previous: SessionState, _ next: SessionState) -> Void
    ) -> (state: SessionState, outcome: SessionOutcome?) {
        var state = state
        for action in actions {
            switch take(action, from: state) {
            case .refused(let refusal):
                refused(refusal)
                return (state, nil)
            case .recordFailed(let error):
                return (state, .recordFailed(state, error))
            case .moved(let next):
                let previous = state
                state = next
                moved(previous, next)
                if let ending = SessionOutcome.ending(at: state) { return (state, ending) }
            }
        }
        return (state, nil)
    }
}
