import KeyworkDiagnostics
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTestSupport
import Testing

/// A small group guide built in code: welcome, ground rules by count, the question step, a summary and
/// the facilitator's sign-off.
enum PlainGroupFixture {
    static let location = KeyworkDiagnostics.SourceLocation(file: "group.yaml", line: 1, column: 1)

    static func screen(_ id: String, _ title: String, _ content: ScreenContent) -> KeyworkGuides.Screen {
        Screen(id: id, title: title, content: content, location: location, textHash: "hash-\(id)")
    }

    static let rules = AcknowledgeScreen(
        intro: "Read each rule *out*.",
        statements: [.init(id: "respect", text: "We respect each other."), .init(id: "quiet", text: "One at a time.")])

    static let guide = Guide(
        id: "plain-group", title: "Plain group", version: "1", mode: .group, participants: .count,
        screens: [
            screen("welcome", "Welcome", .info(InfoScreen(body: "Welcome, everyone."))),
            screen("rules", "Ground rules", .acknowledge(rules)),
            screen("cards", "Questions from the group", .questions(QuestionsScreen(prompt: "Type each card."))),
            screen("review", "What we covered", .summary(SummaryScreen())),
            screen(
                "sign-off", "Sign-off",
                .consent(
                    ConsentScreen(
                        statements: [.init(id: "kept", text: "Every question is in the record.")],
                        signers: [.facilitator]))),
        ],
        origin: "test")

    static func state(headCount: Int = 8) -> SessionState {
        SessionState(
            guide: guide,
            context: SessionContext(
                keyworker: "Fran Facilitator", clientReference: nil,
                participants: Participants(headCount: headCount)))
    }

    /// The session moved on to the screen `id` with the reducer alone.
    static func state(at id: String, headCount: Int = 8) throws -> SessionState {
        var state = state(headCount: headCount)
        try Session.reduce(&state, .start)
        while state.currentScreenID != id {
            switch state.currentScreen?.content {
            case .acknowledge?:
                try Session.reduce(&state, .submit(.acknowledged(agreed: headCount, present: headCount)))
            default: try Session.reduce(&state, .proceed)
            }
        }
        return state
    }

    /// Every line of a whole group walk, with a refused count and two questions from the cards.
    static let wholeWalk: [String] = [
        "",  // welcome
        "", "9",  // keep the head count of 8, then more agreed than are here: refused
        "", "7",  // asked again: keep 8, then 7 agreed
        "Can I change chemist?", "What if I am sick?", "",  // two cards, then an empty line
        "Yes, with notice.", "Tell the chemist.",  // the question review on the summary
        "",  // the summary
        "yes", "Fran Facilitator", "",  // tick, sign, go on
    ]
}

@Suite struct PlainGroupTests {
    func run(_ lines: [String], from state: SessionState = PlainGroupFixture.state()) -> (
        ScriptedIO, MemoryRecorder, SessionOutcome
    ) {
        let io = ScriptedIO(lines)
        let recorder = MemoryRecorder()
        let outcome = PlainSessionRunner(state: state, io: io, recorder: recorder, words: .english).run(firstActions: [
            .start
        ])
        return (io, recorder, outcome)
    }

    // MARK: Plain text

    @Test func theAcknowledgementPrintsItsIntroNumberedStatementsAndTheHeadCount() throws {
        let text = PlainScreen(.english).text(try PlainGroupFixture.state(at: "rules"))
        #expect(
            text == """
                Ground rules. Screen 2 of 5.

                Read each rule out.

                \(PlainWords(.english).statementsReadOut):
                1. We respect each other.
                2. One at a time.

                1. How many people are here now? \(PlainWords(.english).headCountGiven): 8.
                2. \(AcknowledgeScreen.defaultPrompt)

                """)
    }

    @Test func anAcknowledgementAnsweredBeforeShowsTheEarlierCountsOnTheWayBack() throws {
        var state = try PlainGroupFixture.state(at: "rules")
        try Session.reduce(&state, .submit(.acknowledged(agreed: 6, present: 7)))
        try Session.reduce(&state, .back)
        let text = PlainScreen(.english).text(state)
        #expect(text.contains("1. How many people are here now? \(PlainWords(.english).earlierAnswer): 7."))
        #expect(text.contains("2. \(AcknowledgeScreen.defaultPrompt) \(PlainWords(.english).earlierAnswer): 6."))
        #expect(!text.contains(PlainWords(.english).headCountGiven))
    }

    @Test func theQuestionStepPrintsItsPromptAndTheQuestionsSoFar() throws {
        var state = try PlainGroupFixture.state(at: "cards")
        #expect(
            PlainScreen(.english).text(state) == """
                Questions from the group. Screen 3 of 5.

                Type each card.

                \(PlainWords(.english).noGroupQuestionsYet)

                """)
        try Session.reduce(&state, .noteQuestion("Can I change chemist?"))
        try Session.reduce(&state, .noteQuestion("What if I am sick?"))
        #expect(
            PlainScreen(.english).text(state).hasSuffix(
                "Type each card.\n\n2 questions so far:\n1. Can I change chemist?\n2. What if I am sick?\n"))
    }

    // MARK: Lines

    @Test func aWholeGroupIsAnsweredLineByLineWithTheReducersOwnRefusal() throws {
        let (io, recorder, outcome) = run(PlainGroupFixture.wholeWalk)
        guard case .completed(let final) = outcome else {
            Issue.record("the group did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        #expect(io.linesRead == PlainGroupFixture.wholeWalk.count)
        #expect(final.answers["rules"] == .acknowledged(agreed: 7, present: 8))

        // The refusal printed is the reducer's own, word for word.
        var refused = try PlainGroupFixture.state(at: "rules")
        var refusal = ""
        do {
            try Session.reduce(&refused, .submit(.acknowledged(agreed: 9, present: 8)))
        } catch {
            refusal = error.message
        }
        #expect(refusal == "9 agreed, but only 8 are here. Please count again.")
        #expect(io.output.contains(PlainWords.inputMarker + refusal + "\n"))
        #expect(
            io.output.contains(
                "1. How many people are here now? Type a whole number. \(PlainWords(.english).headCountGiven): 8. "
                    + PlainWords(.english).keepHeadCount))
        #expect(
            !recorder.events.contains {
                if case .answered(_, .acknowledged(agreed: 9, present: _)) = $0 { true } else { false }
            })

        // Each card is one question, kept as the full-screen question step keeps it: no one is named.
        let noted = recorder.events.filter { if case .questionNoted = $0 { true } else { false } }
        #expect(
            noted == [
                .questionNoted(number: 1, screen: "cards", text: "Can I change chemist?"),
                .questionNoted(number: 2, screen: "cards", text: "What if I am sick?"),
            ])
        #expect(io.output.contains(PlainWords(.english).groupQuestionNoted(1) + "\n"))
        #expect(io.output.contains(PlainWords(.english).groupQuestionNoted(2) + "\n"))
        #expect(
            io.output.contains(
                PlainWords(.english).groupQuestionNoted(1) + "\n" + PlainWords(.english).nextGroupQuestion))
        #expect(
            io.output.components(separatedBy: PlainWords(.english).groupQuestionHint).count == 2, "the whole hint once")
        #expect(final.questions.map(\.resolution) == [.answered("Yes, with notice."), .answered("Tell the chemist.")])
        #expect(final.signatures["sign-off"]?.map(\.role) == [.facilitator])
        #expect(final.signatures["sign-off"]?.map(\.name) == ["Fran Facilitator"])
        #expect(
            Session.replay(guide: PlainGroupFixture.guide, context: final.context, events: recorder.events) == final)
    }

    @Test func aNewHeadCountIsTypedOverTheOneGivenAtTheStart() {
        // Someone came late: 9 are here, and all 9 agreed.
        let (io, _, outcome) = run(["", "9", "9"] + ["pause"])
        guard case .paused(let paused) = outcome else {
            Issue.record("the group did not pause; the output ends:\n\(io.output.suffix(800))")
            return
        }
        #expect(paused.answers["rules"] == .acknowledged(agreed: 9, present: 9))
        #expect(paused.currentScreenID == "cards")
    }

    @Test func lettersForACountDoNotFitAndAreAskedAgain() {
        let (io, recorder, outcome) = run(["", "", "seven", "7", "pause"])
        guard case .paused(let paused) = outcome else {
            Issue.record("the group did not pause")
            return
        }
        #expect(io.output.contains(PlainWords(.english).unknownCommand))
        #expect(paused.answers["rules"] == .acknowledged(agreed: 7, present: 8))
        #expect(recorder.events.filter { if case .answered = $0 { true } else { false } }.count == 1)
    }

    @Test func anEmptyQuestionStepGoesOnWithNoQuestion() throws {
        let (io, recorder, outcome) = run(["", "", "8", "", "pause"])
        guard case .paused(let paused) = outcome else {
            Issue.record("the group did not pause; the output ends:\n\(io.output.suffix(800))")
            return
        }
        #expect(paused.currentScreenID == "review")
        #expect(paused.questions.isEmpty)
        #expect(!recorder.events.contains { if case .questionNoted = $0 { true } else { false } })
        #expect(io.output.contains(PlainWords(.english).noGroupQuestionsYet))
        // With no question there is nothing to look at on the summary: Enter goes on.
        #expect(
            io.output.hasSuffix(PlainWords(.english).pressEnter + " " + PlainWords(.english).commandsShort + "\n> "))
    }

    @Test func aCommandStillWorksOnTheQuestionStep() {
        let (_, _, outcome) = run(["", "", "8", "back", "pause"])
        guard case .paused(let paused) = outcome else {
            Issue.record("the group did not pause")
            return
        }
        #expect(paused.currentScreenID == "rules")
        #expect(paused.questions.isEmpty)
    }

    // MARK: Prompts before the walk

    @Test func aPromptsNoticeIsPrintedAndAnEmptyLineAnswersOnlyWhereAllowed() {
        var headCount = PromptView(title: "How many in the group?", explanation: ["Type a number."])
        headCount.notice = "Please type how many people are in the group, as a number, such as 8."
        let io = ScriptedIO(["", "8"])
        #expect(PlainDialog(io: io, words: .english).ask(headCount) == "8")
        #expect(io.output.hasPrefix("\n" + (headCount.notice ?? "") + "\n\nHow many in the group?\n"))
        #expect(io.linesRead == 2)

        var initials = PromptView(title: "Initials (if you wish)", explanation: ["Or press Enter to skip."])
        initials.allowsEmpty = true
        let skipped = ScriptedIO(["  ", "AB"])
        #expect(PlainDialog(io: skipped, words: .english).ask(initials) == "")
        #expect(skipped.linesRead == 1)
    }
}
