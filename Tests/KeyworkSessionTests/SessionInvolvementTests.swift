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

    @Test func progressCountsTheScreensOnThePathAndAhead() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .proceed])
        #expect(store.state.progress.position == 2)
        // "stop-plan" is hidden until "stop" is chosen, so 11 of the 12 screens lie on the path.
        #expect(store.state.progress.total == 11)
    }
}
