import KeyworkGuides
import Testing

@testable import KeyworkSession

/// Drives the reducer the way swift-composable-architecture's test store does: every action states
/// the events it must record and the whole state it must leave, and the replayed journal must agree.
struct SessionTestStore {
    private(set) var state: SessionState
    private(set) var journal: [SessionEvent] = []

    init(guide: Guide, context: SessionContext = SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042"))
    {
        state = SessionState(guide: guide, context: context)
    }

    mutating func send(
        _ action: SessionAction, records expected: [SessionEvent],
        sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ update: (inout SessionState) -> Void = { _ in }
    ) {
        var expectedState = state
        update(&expectedState)
        var actual = state
        do {
            let events = try Session.reduce(&actual, action)
            #expect(events == expected, "events recorded", sourceLocation: sourceLocation)
        } catch {
            Issue.record("refused: \(error.message)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expectedState, "whole state after \(action)", sourceLocation: sourceLocation)
        state = actual
        journal += expected
        let replayed = Session.replay(guide: state.guide, context: state.context, events: journal)
        #expect(replayed == state, "replay equals live state", sourceLocation: sourceLocation)
    }

    /// Sets the scene: applies actions that other tests cover exhaustively.
    mutating func prepare(_ actions: [SessionAction], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for action in actions {
            do {
                journal += try Session.reduce(&state, action)
            } catch {
                Issue.record("refused while preparing \(action): \(error.message)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The action must be refused with this message and change nothing.
    mutating func refuse(
        _ action: SessionAction, saying message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var actual = state
        do {
            let events = try Session.reduce(&actual, action)
            Issue.record("accepted, recording \(events)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.message == message, sourceLocation: sourceLocation)
        }
        #expect(actual == state, "a refusal changes nothing", sourceLocation: sourceLocation)
    }
}
