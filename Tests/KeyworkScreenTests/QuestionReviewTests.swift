import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// The question review page before the summary: how it looks, and that keys resolve every question.
@Suite struct QuestionReviewTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 60, rows: 16)]

    /// The summary screen with one question answered, one kept for next time and one still open.
    static func scene() -> (SessionState, ViewState) {
        var session = ScreenGuide.session(at: "review", answers: ScreenGuide.allAnswers)
        session.questions = [
            NotedQuestion(
                number: 1, screen: "goal", text: "Can I bring someone with me?", resolution: .answered("Yes")),
            NotedQuestion(number: 2, screen: "options", text: "What about my job?", resolution: .carriedForward),
            NotedQuestion(number: 3, screen: "words", text: "Is a good week the same as no using at all?"),
        ]
        return (session, ViewState(for: session))
    }

    static func footer(_ session: SessionState, _ view: ViewState) -> String {
        let frame = SessionScreen.render(session, view, size: TerminalSize(columns: 80, rows: 24), options: .init())
        return String(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[23])
    }

    @Test func theReviewPageListsEveryQuestionWithWhereItWasAskedAndWhereItStands() {
        let (session, view) = Self.scene()
        #expect(view.questionReview == QuestionReview(highlight: 2), "the first open question is highlighted")
        for size in Self.sizes {
            for unicode in [true, false] {
                let frame = SessionScreen.render(session, view, size: size, options: RenderOptions(unicode: unicode))
                GoldenFile.check(
                    frame, named: "question-review-\(size.columns)x\(size.rows)-\(unicode ? "unicode" : "ascii")")
            }
        }
    }

    @Test func theAnswerBoxShowsTheQuestionOverThePage() {
        var (session, view) = Self.scene()
        session.questions[2].resolution = .open
        view.overlay = .answer(number: 3, question: session.questions[2].text, TextField("Not always"))
        for size in Self.sizes {
            let frame = SessionScreen.render(session, view, size: size, options: RenderOptions())
            GoldenFile.check(frame, named: "question-review-answer-\(size.columns)x\(size.rows)")
        }
    }

    @Test func onceEveryQuestionIsLookedAtThePageSaysEnterShowsTheSummary() {
        var (session, view) = Self.scene()
        session.questions[2].resolution = .carriedForward
        let frame = SessionScreen.render(session, view, size: TerminalSize(columns: 80, rows: 24), options: .init())
        #expect(frame.text.contains("All questions are looked at. Press Enter to see the summary."))
        GoldenFile.check(frame, named: "question-review-done-80x24")
        #expect(SessionKeys.handle(.enter, session: session, view: &view).isEmpty)
        #expect(view.questionReview == nil)
        let summary = SessionScreen.render(session, view, size: TerminalSize(columns: 80, rows: 24), options: .init())
        #expect(summary.text.contains("Looking back"))
    }

    @Test func theFooterOffersOnlyTheKeysThatWorkOnTheHighlightedQuestion() {
        var (session, view) = Self.scene()
        #expect(Self.footer(session, view).contains("Enter Answer  K Keep"))
        view.questionReview?.highlight = 0
        #expect(!Self.footer(session, view).contains("Enter"), "an answered question has nothing to do")
        #expect(!Self.footer(session, view).contains("K Keep"))
        #expect(SessionKeys.handle(.character("k"), session: session, view: &view).isEmpty)
        #expect(SessionKeys.handle(.enter, session: session, view: &view).isEmpty)
        #expect(view.overlay == nil)
        session.questions[2].resolution = .answered("No")
        #expect(Self.footer(session, view).contains("Enter Summary"))
    }

    @Test func aWalkWithAQuestionNotedOnScreenTwoCannotLeaveTheSummaryUntilItIsLookedAt() {
        var driver = KeyDriver()
        driver.press(.enter)
        #expect(driver.screen == "goal")
        for question in ["Can my partner come?", "Is it free?"] {
            driver.press(.function(2))
            driver.type(question)
            driver.press(.enter)
        }
        driver.type("2")
        driver.press(.enter, .character(" "), .enter)
        driver.type("Calm")
        driver.press(.enter)
        driver.type("7")
        driver.press(.enter, .enter)
        driver.fillDecision(option: 2)
        driver.type("y")
        driver.press(.enter)
        for _ in 0..<4 {
            driver.type("y")
            driver.press(.enter)
        }
        #expect(driver.screen == "review")
        #expect(driver.view.questionReview == QuestionReview(highlight: 0))
        #expect(driver.refusals.isEmpty)

        // Enter answers rather than going on; an empty answer is not sent.
        driver.press(.enter)
        #expect(driver.view.overlay == .answer(number: 1, question: "Can my partner come?", TextField()))
        driver.press(.enter)
        #expect(driver.view.notice == "Please type a short answer, or press Esc and keep it for next time.")
        driver.type(" Yes, to the first part ")
        driver.press(.enter)
        #expect(driver.session.questions[0].resolution == .answered("Yes, to the first part"))
        #expect(driver.view.questionReview == QuestionReview(highlight: 1), "on to the next open question")
        #expect(driver.screen == "review")

        // Even if the page were left by other means, the session keeps the summary.
        var elsewhere = driver
        elsewhere.view.questionReview = nil
        elsewhere.press(.end, .enter)
        #expect(elsewhere.screen == "review")
        #expect(
            elsewhere.refusals == ["Please look at each question first: answer it, or keep it for next time."])

        driver.press(.character("K"))
        #expect(driver.session.openQuestions.isEmpty)
        driver.press(.enter)
        #expect(driver.view.questionReview == nil)
        #expect(driver.screen == "review")
        driver.press(.enter, .enter)
        #expect(driver.screen == "agree")
        #expect(driver.refusals.isEmpty)
        let questionActions = driver.actions.filter {
            switch $0 {
            case .noteQuestion, .answerQuestion, .carryForwardQuestion: true
            default: false
            }
        }
        #expect(
            questionActions == [
                .noteQuestion("Can my partner come?"), .noteQuestion("Is it free?"),
                .answerQuestion(number: 1, answer: " Yes, to the first part "), .carryForwardQuestion(number: 2),
            ])
    }

    @Test func aQuestionNotedOnTheSummaryBringsTheReviewPageBack() {
        var driver = KeyDriver()
        driver.session.path = ScreenGuide.guide.screens.prefix(10).map(\.id)
        driver.session.answers = ScreenGuide.allAnswers
        driver.view = ViewState(for: driver.session)
        #expect(driver.view.questionReview == nil, "no questions, so the summary shows at once")
        driver.press(.function(2))
        driver.type("When is the next visit?")
        driver.press(.enter)
        #expect(driver.view.questionReview == QuestionReview(highlight: 0))
        driver.press(.enter)
        driver.type("In four weeks")
        driver.press(.enter, .enter)
        #expect(driver.view.questionReview == nil)
        driver.press(.enter, .enter)
        #expect(driver.screen == "agree", "the summary's second page first, then on")
        #expect(driver.refusals.isEmpty)
    }

    @Test func aQuestionNotedWhileSigningIsLookedAtThereAndTheSigningGoesOn() {
        var driver = KeyDriver()
        driver.session.path = ScreenGuide.guide.screens.map(\.id)
        driver.session.answers = ScreenGuide.allAnswers
        driver.view = ViewState(for: driver.session)
        driver.press(.function(2))
        driver.type("Who sees this?")
        driver.press(.enter)
        #expect(driver.screen == "agree")
        #expect(driver.view.questionReview == QuestionReview(highlight: 0))
        driver.press(.character("k"), .enter)
        #expect(driver.session.questions.first?.resolution == .carriedForward)
        #expect(driver.view.questionReview == nil)
        driver.press(.character(" "))
        #expect(driver.session.ticked["agree"] == ["s1"], "the consent screen's keys work again")
    }
}
