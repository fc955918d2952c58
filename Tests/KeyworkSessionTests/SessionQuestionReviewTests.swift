import KeyworkGuides
import Testing

@testable import KeyworkSession

@Suite struct SessionQuestionReviewTests {
    static let lookFirst = "Please look at each question first: answer it, or keep it for next time."
    static let sureYes = SureCheck(answers: [true, true, true, true])

    /// The sample walk to the summary, with two questions noted on the second screen.
    static let toReviewWithQuestions: [SessionAction] =
        [.start, .proceed, .noteQuestion("Is it free?"), .noteQuestion("Can I bring a friend?")]
        + SessionValidationTests.toSure.dropFirst(2) + [.submit(.sure(sureYes))]

    static let withoutSummary = Guide(
        id: "no-summary", title: "No summary", version: "1",
        screens: SampleGuide.guide.screens.filter { $0.type != .summary }, origin: "test")

    @Test func theSummaryWaitsUntilEveryQuestionIsAnsweredOrKeptForNextTime() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(Self.toReviewWithQuestions)
        #expect(store.state.currentScreenID == "review")
        #expect(store.state.isQuestionReviewPoint)
        store.refuse(.proceed, saying: Self.lookFirst)
        store.refuse(.answerQuestion(number: 1, answer: "  "), saying: "Please type a short answer.")
        store.send(
            .answerQuestion(number: 1, answer: " Yes, it is free. "),
            records: [.questionAnswered(number: 1, answer: "Yes, it is free.")]
        ) {
            $0.questions[0].resolution = .answered("Yes, it is free.")
        }
        store.refuse(.proceed, saying: Self.lookFirst)
        store.send(.carryForwardQuestion(number: 2), records: [.questionCarriedForward(number: 2)]) {
            $0.questions[1].resolution = .carriedForward
        }
        store.send(.proceed, records: [.screenShown(screen: "agree", textHash: "hash-agree")]) {
            $0.path.append("agree")
        }
        #expect(!store.state.isQuestionReviewPoint, "the summary came before this consent screen")
    }

    @Test func aQuestionNotedAfterTheSummaryIsResolvedWhereItWasAskedAndDoesNotBlockSigning() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(
            Self.toReviewWithQuestions + [
                .answerQuestion(number: 1, answer: "Yes"), .carryForwardQuestion(number: 2), .proceed,
                .tick(statement: "s1", ticked: true), .tick(statement: "s2", ticked: true),
            ])
        store.send(
            .noteQuestion("Who keeps a copy?"),
            records: [.questionNoted(number: 3, screen: "agree", text: "Who keeps a copy?")]
        ) {
            $0.questions.append(NotedQuestion(number: 3, screen: "agree", text: "Who keeps a copy?"))
        }
        store.send(
            .sign(role: .client, name: "J. B."),
            records: [
                .signed(
                    screen: "agree", role: .client, name: "J. B.", meaning: "I agree to this plan",
                    textHash: "hash-agree")
            ]
        ) {
            $0.signatures["agree"] = [Signature(role: .client, name: "J. B.", meaning: "I agree to this plan")]
        }
        store.send(
            .answerQuestion(number: 3, answer: "You do, on paper"),
            records: [.questionAnswered(number: 3, answer: "You do, on paper")]
        ) {
            $0.questions[2].resolution = .answered("You do, on paper")
        }
    }

    @Test func goingBackToTheSummaryAfterANewQuestionAsksForTheReviewAgain() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(
            Self.toReviewWithQuestions + [
                .answerQuestion(number: 1, answer: "Yes"), .carryForwardQuestion(number: 2), .proceed,
                .noteQuestion("Can I change it later?"),
            ])
        store.send(
            .back,
            records: [
                .wentBack(from: "agree", to: "review"), .screenShown(screen: "review", textHash: "hash-review"),
            ]
        ) {
            $0.path.removeLast()
        }
        store.refuse(.proceed, saying: Self.lookFirst)
    }

    @Test func withoutASummaryTheFirstConsentCannotBeSignedWhileAQuestionIsOpen() {
        var store = SessionTestStore(guide: Self.withoutSummary)
        store.prepare(
            [.start, .proceed, .noteQuestion("Is it free?")] + SessionValidationTests.toSure.dropFirst(2) + [
                .submit(.sure(Self.sureYes)), .tick(statement: "s1", ticked: true),
                .tick(statement: "s2", ticked: true),
            ])
        #expect(store.state.currentScreenID == "agree")
        #expect(store.state.isQuestionReviewPoint)
        store.refuse(.sign(role: .client, name: "J. B."), saying: Self.lookFirst)
        store.send(.carryForwardQuestion(number: 1), records: [.questionCarriedForward(number: 1)]) {
            $0.questions[0].resolution = .carriedForward
        }
        store.send(
            .sign(role: .client, name: "J. B."),
            records: [
                .signed(
                    screen: "agree", role: .client, name: "J. B.", meaning: "I agree to this plan",
                    textHash: "hash-agree")
            ]
        ) {
            $0.signatures["agree"] = [Signature(role: .client, name: "J. B.", meaning: "I agree to this plan")]
        }
        store.send(
            .noteQuestion("And after that?"),
            records: [.questionNoted(number: 2, screen: "agree", text: "And after that?")]
        ) {
            $0.questions.append(NotedQuestion(number: 2, screen: "agree", text: "And after that?"))
        }
        store.refuse(.sign(role: .keyworker, name: "Sam Keyworker"), saying: Self.lookFirst)
    }

    @Test func questionsAreLookedAtOnlyWhileTheSessionIsInProgress() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.refuse(.carryForwardQuestion(number: 1), saying: "The session has not started yet.")
        store.prepare([.start, .noteQuestion("Is it free?"), .pause])
        store.refuse(.answerQuestion(number: 1, answer: "Yes"), saying: "The session is paused. Resume it to go on.")
        store.refuse(.carryForwardQuestion(number: 1), saying: "The session is paused. Resume it to go on.")
    }
}
