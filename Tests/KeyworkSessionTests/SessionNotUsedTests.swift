import KeyworkGuides
import Testing

@testable import KeyworkSession

/// A session started by mistake is closed as "not used": recorded and completed, so it is sealed as such and never
/// deleted; never once someone has signed.
@Suite struct SessionNotUsedTests {
    @Test func aSessionStartedByMistakeIsClosedAsNotUsedAndComplete() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .togglePrivacy])
        store.send(
            .closeAsNotUsed(note: nil), records: [.privacyChanged(on: false), .closedNotUsed(note: nil), .completed]
        ) {
            $0.isPrivate = false
            $0.closedNotUsed = true
            $0.status = .complete
        }
        store.refuse(.closeAsNotUsed(note: nil), saying: "This session is complete.")
        store.refuse(.resume(note: nil), saying: "This session is complete.")
    }

    @Test func aPausedSessionKeepsWhatWasFoundOnReopeningIt() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .pause])
        let note = "The last line of the journal was torn (12 bytes, an answer in flight) and was cut."
        store.send(.closeAsNotUsed(note: note), records: [.closedNotUsed(note: note), .completed]) {
            $0.closedNotUsed = true
            $0.status = .complete
        }
    }

    @Test func aSessionSomeoneSignedCannotBeClosedAsNotUsed() {
        var store = ConsentDissentTests.atConsent(after: ConsentDissentTests.acceptedDecision)
        store.prepare(["chose", "safe", "change"].map { .tick(statement: $0, ticked: true) })
        store.prepare([.sign(role: .client, name: "J. B.")])
        store.refuse(
            .closeAsNotUsed(note: nil),
            saying: "Someone has signed, so this session cannot be closed as not used. Carry it on instead.")
    }
}
