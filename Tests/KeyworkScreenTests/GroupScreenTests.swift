import KeyworkGuides
import KeyworkSession
import KeyworkWords
import Testing

@testable import KeyworkScreen

/// The group screens, drawn and driven by keys: ground rules agreed by count, and the anonymous question step.
@Suite struct GroupScreenTests {
    static let guide = Guide(
        id: "group", title: "Starting together", version: "1", mode: .group,
        screens: [
            ScreenGuide.screen("welcome", "Welcome", .info(InfoScreen(body: "Welcome, everyone."))),
            ScreenGuide.screen(
                "rules", "Our ground rules",
                .acknowledge(
                    AcknowledgeScreen(
                        intro: "The facilitator reads each rule out. Then the group says if it agrees.",
                        statements: [
                            .init(id: "private", text: "What people say here stays in this room."),
                            .init(id: "respect", text: "We treat each other with respect. We do not judge."),
                            .init(id: "one-voice", text: "One person talks at a time."),
                        ],
                        prompt: "How many of the group agree to these rules?"))),
            ScreenGuide.screen(
                "cards", "Questions from the group",
                .questions(QuestionsScreen(prompt: "Any question is welcome. No names are kept."))),
            ScreenGuide.screen("review", "What we covered", .summary(SummaryScreen())),
        ],
        origin: "test")

    static let context = SessionContext(
        keyworker: "Fran", clientReference: nil, participants: Participants(headCount: 8, initials: ["AB"]))

    static func session(at screenID: String) -> SessionState {
        var state = SessionState(guide: guide, context: context)
        state.status = .inProgress
        if let index = guide.index(of: screenID) { state.path = guide.screens[...index].map(\.id) }
        return state
    }

    static func check(_ session: SessionState, _ view: ViewState, named name: String) {
        for size in SessionScreenGoldenTests.sizes {
            for unicode in [true, false] {
                let frame = SessionScreen.render(session, view, size: size, options: RenderOptions(unicode: unicode))
                GoldenFile.check(frame, named: "\(name)-\(size.columns)x\(size.rows)-\(unicode ? "unicode" : "ascii")")
            }
        }
    }

    @Test func theGroundRulesScreenAsksHowManyAreHereAndHowManyAgreed() {
        let session = Self.session(at: "rules")
        var view = ViewState(for: session)
        #expect(view.form.texts["present"]?.text == "8", "the head count is offered as the number here now")
        view.form.active = 1
        view.form.texts["agreed"] = TextField("7")
        Self.check(session, view, named: "acknowledge")
    }

    @Test func theQuestionStepListsTheQuestionsSoFarWithNoNames() {
        var session = Self.session(at: "cards")
        session.questions = [
            NotedQuestion(number: 1, screen: "welcome", text: "Asked with F2, so not listed here"),
            NotedQuestion(number: 2, screen: "cards", text: "Can I change chemist?"),
            NotedQuestion(number: 3, screen: "cards", text: "What if I am sick and cannot get there?"),
        ]
        var view = ViewState(for: session)
        view.input = TextField("Will my GP know")
        Self.check(session, view, named: "questions")
        let empty = Self.session(at: "cards")
        let frame = SessionScreen.render(
            empty, ViewState(for: empty), size: SessionScreenGoldenTests.sizes[0], options: RenderOptions())
        #expect(frame.text.contains("No questions yet. Nobody's name is kept with a question."))
        #expect(frame.text.contains("Enter No more questions"))
    }

    @Test func countsAreTypedAndTooManyAgreedIsRefusedOnScreen() {
        var driver = KeyDriver(guide: Self.guide, context: Self.context)
        driver.press(.enter)
        #expect(driver.session.currentScreenID == "rules")
        driver.press(.enter)  // keeps the head count of 8 as the number here now
        driver.press(.character("9"), .enter)
        #expect(driver.refusals == ["9 agreed, but only 8 are here. Please count again."])
        #expect(driver.view.notice == "9 agreed, but only 8 are here. Please count again.")
        #expect(driver.session.currentScreenID == "rules")
        driver.press(.backspace, .character("7"), .enter)
        #expect(driver.session.answers["rules"] == .acknowledged(agreed: 7, present: 8))
        #expect(driver.session.currentScreenID == "cards")
    }

    @Test func eachQuestionTypedIsNotedOnEnterAndAnEmptyEnterGoesOn() {
        var driver = KeyDriver(guide: Self.guide, context: Self.context)
        driver.press(.enter)
        driver.press(.enter)
        driver.press(.enter, .character("6"), .enter)
        #expect(driver.session.currentScreenID == "cards")
        for question in ["Can I drive?", "Is it free?", "Who will know?"] {
            driver.type(question)
            driver.press(.enter)
            #expect(driver.view.input.text == "", "the field is cleared for the next question")
        }
        #expect(driver.session.questions.map(\.text) == ["Can I drive?", "Is it free?", "Who will know?"])
        #expect(driver.session.questions.allSatisfy { $0.screen == "cards" })
        driver.press(.character("?"))
        #expect(driver.view.overlay == nil, "? is typed into the question, not help")
        driver.press(.backspace, .enter)
        #expect(driver.session.currentScreenID == "review")
        #expect(driver.view.questionReview == QuestionReview(highlight: 0))
    }

    @Test(arguments: Language.allCases)
    func theGroupSummaryAsksForEveryoneToHaveReadItNotBoth(_ language: Language) {
        let words = Words(language)
        let tall = TerminalSize(columns: 80, rows: 40)
        let group = Self.session(at: "review")
        let groupFrame = SessionScreen.render(
            group, ViewState(for: group, words: words), size: tall, options: RenderOptions(words: words))
        #expect(groupFrame.text.contains(words[.readSummaryHintGroup]))
        #expect(!groupFrame.text.contains(words[.readSummaryHint]), "a group is not two people")
        let oneToOne = ScreenGuide.session(at: "review", answers: ScreenGuide.allAnswers)
        let oneToOneFrame = SessionScreen.render(
            oneToOne, ViewState(for: oneToOne, words: words), size: tall, options: RenderOptions(words: words))
        #expect(oneToOneFrame.text.contains(words[.readSummaryHint]))
        #expect(!oneToOneFrame.text.contains(words[.readSummaryHintGroup]))
    }

    @Test func theGroupSummaryHintReadsAsAGroupInEnglishAndPolish() {
        #expect(Words(.english)[.readSummaryHintGroup] == "Press Enter when everyone has read this.")
        #expect(Words(.polish)[.readSummaryHintGroup] == "Naciśnij Enter, gdy wszyscy to przeczytają.")
        #expect(!Words(.english)[.readSummaryHintGroup].contains("both"))
        #expect(!Words(.polish)[.readSummaryHintGroup].contains("oboje"))
    }
}
