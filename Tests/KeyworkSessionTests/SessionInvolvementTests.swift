import KeyworkGuides
import Testing

@testable import KeyworkSession

@Suite struct SessionInvolvementTests {
    @Test func aQuestionIsNotedWithItsScreenAndResolvedLater() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .proceed])
        store.refuse(.noteQuestion("  "), saying: "The question is empty, so nothing was noted.")
        store.send(
            .noteQuestion(" Can I bring a friend? "),
            records: [.questionNoted(number: 1, screen: "goal", text: "Can I bring a friend?")]
        ) {
            $0.questions = [NotedQuestion(number: 1, screen: "goal", text: "Can I bring a friend?")]
        }
        store.send(
            .noteQuestion("Is it free?"), records: [.questionNoted(number: 2, screen: "goal", text: "Is it free?")]
        ) {
            $0.questions.append(NotedQuestion(number: 2, screen: "goal", text: "Is it free?"))
        }
        store.send(.answerQuestion(number: 1, answer: "Yes"), records: [.questionAnswered(number: 1, answer: "Yes")]) {
            $0.questions[0].resolution = .answered("Yes")
        }
        store.send(.carryForwardQuestion(number: 2), records: [.questionCarriedForward(number: 2)]) {
            $0.questions[1].resolution = .carriedForward
        }
        store.refuse(.answerQuestion(number: 9, answer: "x"), saying: "There is no question 9.")
        #expect(store.state.openQuestions.isEmpty)
    }

    @Test func aFlagNeverBlocksAndKeepsOptionalWords() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start])
        store.send(.flag(words: "  "), records: [.flagRaised(screen: "welcome", words: nil)]) {
            $0.flags = [DissentFlag(screen: "welcome", words: nil)]
        }
        store.send(
            .flag(words: "I am not sure about groups"),
            records: [.flagRaised(screen: "welcome", words: "I am not sure about groups")]
        ) {
            $0.flags.append(DissentFlag(screen: "welcome", words: "I am not sure about groups"))
        }
        store.send(.proceed, records: [.screenShown(screen: "goal", textHash: "hash-goal")]) {
            $0.path.append("goal")
        }
    }

    @Test func privacyBlocksEveryActionButItsOwnToggle() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start])
        store.send(.togglePrivacy, records: [.privacyChanged(on: true)]) {
            $0.isPrivate = true
        }
        let message = "The privacy screen is on. Press F9 or Ctrl-P to come back."
        store.refuse(.proceed, saying: message)
        store.refuse(.noteQuestion("x"), saying: message)
        store.send(.togglePrivacy, records: [.privacyChanged(on: false)]) {
            $0.isPrivate = false
        }
    }

    @Test func pausingBehindThePrivacyScreenWorksAndResumeLiftsIt() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .togglePrivacy])
        store.send(.pause, records: [.paused(screen: "welcome")]) {
            $0.status = .paused
        }
        store.send(
            .resume(note: nil),
            records: [
                .resumed(note: nil), .privacyChanged(on: false),
                .screenShown(screen: "welcome", textHash: "hash-welcome"),
            ]
        ) {
            $0.status = .inProgress
            $0.isPrivate = false
        }
    }

    @Test func pauseThenResumeComesBackToTheSameScreenWithTheAnswers() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(SessionValidationTests.toConfidence)
        store.send(.pause, records: [.paused(screen: "confidence")]) {
            $0.status = .paused
        }
        store.refuse(.pause, saying: "The session is paused. Resume it to go on.")
        let note = "A torn last line was cut."
        store.send(
            .resume(note: note),
            records: [.resumed(note: note), .screenShown(screen: "confidence", textHash: "hash-confidence")]
        ) {
            $0.status = .inProgress
        }
        #expect(store.state.answers["worries"] == .multi(options: ["a"]))
    }

    @Test func replayOfAnyPrefixNeverCrashesAndTheWholeJournalEqualsLiveState() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(SessionValidationTests.toSure + [.noteQuestion("Why?"), .flag(words: nil), .back, .back])
        for count in 0...store.journal.count {
            _ = Session.replay(
                guide: SampleGuide.guide, context: store.state.context, events: Array(store.journal.prefix(count)))
        }
        let replayed = Session.replay(guide: SampleGuide.guide, context: store.state.context, events: store.journal)
        #expect(replayed == store.state)
        #expect(replayed.currentScreenID == "decide")
    }

    @Test func progressCountsAScreenNotYetDecidedAndSaysTheTotalIsAnEstimate() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .proceed])
        // "stop-plan" hangs on "goal", which is on show and not yet answered: all 12 screens may be shown.
        #expect(store.state.progress == SessionProgress(position: 2, total: 12, isEstimate: true))
    }

    @Test func progressNeverGrowsAsTheWalkGoesOn() {
        for goal in ["stop", "stable"] {
            var store = SessionTestStore(guide: SampleGuide.guide)
            store.prepare([.start, .proceed])
            let before = store.state.progress.total
            store.prepare([.submit(.choice(option: goal, other: nil))])
            let after = store.state.progress
            #expect(after.total <= before)
            #expect(!after.isEstimate)
            // Choosing "stop" keeps "stop-plan" on the walk; "stable" leaves it out.
            #expect(after.total == (goal == "stop" ? 12 : 11))
        }
    }

    @Test func aScreenLeftOutBehindDecidesTheScreensThatHangOnIt() {
        let location = SampleGuide.location
        let guide = Guide(
            id: "chain", title: "Chain", version: "1",
            screens: [
                SampleGuide.screen(
                    "goal",
                    .choice(
                        ChoiceScreen(
                            prompt: "Goal?",
                            options: [.init(id: "stop", label: "Stop"), .init(id: "keep", label: "Keep")]))
                ),
                SampleGuide.screen(
                    "how", .choice(ChoiceScreen(prompt: "How?", options: [.init(id: "fast", label: "Fast")])),
                    when: Condition(screen: "goal", test: .isOption("stop"), location: location)),
                SampleGuide.screen(
                    "fast-plan", .info(InfoScreen(body: "Fast.")),
                    when: Condition(screen: "how", test: .isOption("fast"), location: location)),
                SampleGuide.screen("end", .info(InfoScreen(body: "End."))),
            ],
            origin: "test")
        var store = SessionTestStore(guide: guide)
        store.prepare([.start])
        #expect(store.state.progress == SessionProgress(position: 1, total: 4, isEstimate: true))
        store.prepare([.submit(.choice(option: "keep", other: nil))])
        // "how" was left out, so "fast-plan", which hangs on it, can no longer be shown.
        #expect(store.state.progress == SessionProgress(position: 2, total: 2, isEstimate: false))
    }
}
