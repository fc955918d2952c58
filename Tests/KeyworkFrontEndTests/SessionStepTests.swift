import KeyworkBuiltinGuides
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkSession
import Testing

/// The one step both front ends take for every key or line: reduce, record durably, and only then move on.
@Suite struct SessionStepTests {
    /// Keeps events in memory; fails every recording after the first `successes` when told to.
    final class Recorder: SessionRecorder {
        struct DiskFull: Error {}
        private(set) var events: [SessionEvent] = []
        var successes: Int?

        func record(_ events: [SessionEvent]) throws {
            if let successes {
                guard successes > 0 else { throw DiskFull() }
                self.successes = successes - 1
            }
            self.events += events
        }
    }

    private func newTour() throws -> SessionState {
        let guide = try #require(BuiltinGuides.guide(id: "tour"))
        return SessionState(guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1"))
    }

    @Test func aRefusalStopsTheRestAndNothingOfItIsRecorded() throws {
        let recorder = Recorder()
        var refusals: [SessionRefusal] = []
        var moves: [(String?, String?)] = []

        // The focus question must be answered: going on without an answer is refused, and the pause after it
        // is never taken.
        let (state, outcome) = recorder.perform(
            [.start, .proceed, .proceed, .pause], from: try newTour(), refused: { refusals.append($0) },
            moved: { moves.append(($0.currentScreenID, $1.currentScreenID)) })

        #expect(outcome == nil)
        #expect(refusals.count == 1)
        #expect(moves.map(\.1) == ["welcome", "focus"])
        #expect(state.currentScreenID == "focus" && state.status == .inProgress)
        #expect(Session.replay(guide: state.guide, context: state.context, events: recorder.events) == state)
    }

    @Test func aRecordingThatFailsLeavesTheStateWhereItWasSaved() throws {
        let recorder = Recorder()
        recorder.successes = 1
        var moved = 0

        let (state, outcome) = recorder.perform(
            [.start, .proceed], from: try newTour(), refused: { _ in }, moved: { _, _ in moved += 1 })

        guard case .recordFailed(let at, let error)? = outcome else {
            Issue.record("expected the run to end with a failed recording, got \(String(describing: outcome))")
            return
        }
        #expect(error is Recorder.DiskFull)
        #expect(moved == 1, "the step whose events were not saved is not shown as taken")
        #expect(at.currentScreenID == "welcome" && state == at)
    }

    @Test func aPauseEndsTheRunWithThePausedState() throws {
        let (state, outcome) = Recorder().perform(
            [.start, .pause, .proceed], from: try newTour(), refused: { _ in }, moved: { _, _ in })

        guard case .paused(let paused)? = outcome else {
            Issue.record("expected a pause, got \(String(describing: outcome))")
            return
        }
        #expect(paused == state && state.status == .paused)
    }
}
