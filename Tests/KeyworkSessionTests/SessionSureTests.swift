import KeyworkGuides
import Testing

@testable import KeyworkSession

@Suite struct SessionSureTests {
    let oneNo = [true, false, true, true]

    @Test func aNoWithoutAWayOnIsRefusedGently() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(SessionValidationTests.toSure)
        store.refuse(.submit(.sure(SureCheck(answers: oneNo))), saying: "Please choose how you would like to go on.")
        store.refuse(
            .submit(.sure(SureCheck(answers: [true]))), saying: "Please answer yes or no to each of the four questions."
        )
    }

    @Test func choosingToPauseRecordsTheChoiceAndPausesOnTheSureScreen() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(SessionValidationTests.toSure)
        let check = SureCheck(answers: oneNo, wayOn: .pause)
        store.send(
            .submit(.sure(check)), records: [.answered(screen: "sure", answer: .sure(check)), .paused(screen: "sure")]
        ) {
            $0.answers["sure"] = .sure(check)
            $0.status = .paused
        }
        store.refuse(.proceed, saying: "The session is paused. Resume it to go on.")
        store.send(
            .resume(note: nil), records: [.resumed(note: nil), .screenShown(screen: "sure", textHash: "hash-sure")]
        ) {
            $0.status = .inProgress
        }
    }

    @Test func goingBackWithADoubtAboutTheOptionsReturnsToTheComparison() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(SessionValidationTests.toSure)
        let check = SureCheck(answers: oneNo, wayOn: .goBack)
        store.send(
            .submit(.sure(check)),
            records: [
                .answered(screen: "sure", answer: .sure(check)), .wentBack(from: "sure", to: "options"),
                .screenShown(screen: "options", textHash: "hash-options"),
            ]
        ) {
            $0.answers["sure"] = .sure(check)
            $0.path.removeLast(3)
        }
        #expect(store.state.doubtsToTalkThrough == [1], "the comparison can say why the people are back")
        store.send(.proceed, records: [.screenShown(screen: "decide", textHash: "hash-decide")]) {
            $0.path.append("decide")
        }
        #expect(store.state.doubtsToTalkThrough == nil, "only on the screen the doubts are about")
    }

    @Test func goingBackWithADoubtAboutTheChoiceReturnsToTheDecision() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(SessionValidationTests.toSure)
        let check = SureCheck(answers: [false, true, true, false], wayOn: .goBack)
        store.send(
            .submit(.sure(check)),
            records: [
                .answered(screen: "sure", answer: .sure(check)), .wentBack(from: "sure", to: "decide"),
                .screenShown(screen: "decide", textHash: "hash-decide"),
            ]
        ) {
            $0.answers["sure"] = .sure(check)
            $0.path.removeLast(2)
        }
        #expect(store.state.doubtsToTalkThrough == [0, 3])
    }

    @Test func goingBackWithNoComparisonOrDecisionOnTheWayReturnsToTheScreenBefore() {
        let guide = Guide(
            id: "short", title: "Short", version: "1",
            screens: [
                SampleGuide.screen("welcome", .info(InfoScreen(body: "Hello."))),
                SampleGuide.screen("sure", .sure(SureScreen())),
            ], origin: "test")
        var store = SessionTestStore(guide: guide)
        store.prepare([.start, .proceed])
        let check = SureCheck(answers: oneNo, wayOn: .goBack)
        store.send(
            .submit(.sure(check)),
            records: [
                .answered(screen: "sure", answer: .sure(check)), .wentBack(from: "sure", to: "welcome"),
                .screenShown(screen: "welcome", textHash: "hash-welcome"),
            ]
        ) {
            $0.answers["sure"] = .sure(check)
            $0.path.removeLast()
        }
        #expect(store.state.doubtsToTalkThrough == nil)
    }

    @Test func choosingToContinueAnywayMovesOnAndIsRecorded() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(SessionValidationTests.toSure)
        let check = SureCheck(answers: oneNo, wayOn: .continueAnyway)
        store.send(
            .submit(.sure(check)),
            records: [
                .answered(screen: "sure", answer: .sure(check)),
                .screenShown(screen: "review", textHash: "hash-review"),
            ]
        ) {
            $0.answers["sure"] = .sure(check)
            $0.path.append("review")
        }
        #expect(check.score == 3)
    }

    @Test func aConsentThatRequiresTheSureCheckRefusesToBeSignedWithoutIt() {
        // The same guide with the SURE screen hidden by a condition that never holds.
        var guide = SampleGuide.guide
        if let index = guide.index(of: "sure") {
            guide.screens[index].when = Condition(
                screen: "goal", test: .isOption("never"), location: SampleGuide.location)
        }
        var store = SessionTestStore(guide: guide)
        store.prepare(
            SessionValidationTests.toSure + [
                .proceed, .tick(statement: "s1", ticked: true), .tick(statement: "s2", ticked: true),
            ])
        #expect(store.state.currentScreenID == "agree")
        store.refuse(
            .sign(role: .client, name: "J"), saying: "The SURE check comes before signing. Please go back to it first.")
    }
}
