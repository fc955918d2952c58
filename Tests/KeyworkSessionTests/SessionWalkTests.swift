import KeyworkGuides
import Testing

@testable import KeyworkSession

@Suite struct SessionWalkTests {
    let decision = Decision(preferred: "one", reasons: "I talk better alone")
    let sureYes = SureCheck(answers: [true, true, true, true])

    @Test func aWholeGuideIsWalkedInOrderToCompletion() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.send(.start, records: [.screenShown(screen: "welcome", textHash: "hash-welcome")]) {
            $0.status = .inProgress
            $0.path = ["welcome"]
        }
        store.send(.proceed, records: [.screenShown(screen: "goal", textHash: "hash-goal")]) {
            $0.path.append("goal")
        }
        store.send(
            .submit(.choice(option: "stable", other: nil)),
            records: [
                .answered(screen: "goal", answer: .choice(option: "stable", other: nil)),
                .screenShown(screen: "worries", textHash: "hash-worries"),
            ]
        ) {
            $0.answers["goal"] = .choice(option: "stable", other: nil)
            $0.path.append("worries")
        }
        store.send(
            .submit(.multi(options: ["a", "c"])),
            records: [
                .answered(screen: "worries", answer: .multi(options: ["a", "c"])),
                .screenShown(screen: "notes", textHash: "hash-notes"),
            ]
        ) {
            $0.answers["worries"] = .multi(options: ["a", "c"])
            $0.path.append("notes")
        }
        store.send(
            .proceed,
            records: [
                .answered(screen: "notes", answer: .skipped),
                .screenShown(screen: "confidence", textHash: "hash-confidence"),
            ]
        ) {
            $0.answers["notes"] = .skipped
            $0.path.append("confidence")
        }
        store.send(
            .submit(.scale(7)),
            records: [
                .answered(screen: "confidence", answer: .scale(7)),
                .screenShown(screen: "options", textHash: "hash-options"),
            ]
        ) {
            $0.answers["confidence"] = .scale(7)
            $0.path.append("options")
        }
        store.send(.proceed, records: [.screenShown(screen: "decide", textHash: "hash-decide")]) {
            $0.path.append("decide")
        }
        store.send(
            .submit(.decision(decision)),
            records: [
                .answered(screen: "decide", answer: .decision(decision)),
                .screenShown(screen: "wait", textHash: "hash-wait"),
            ]
        ) {
            $0.answers["decide"] = .decision(decision)
            $0.path.append("wait")
        }
        store.send(
            .submit(.availability(Availability(availableNow: true))),
            records: [
                .answered(screen: "wait", answer: .availability(Availability(availableNow: true))),
                .screenShown(screen: "sure", textHash: "hash-sure"),
            ]
        ) {
            $0.answers["wait"] = .availability(Availability(availableNow: true))
            $0.path.append("sure")
        }
        store.send(
            .submit(.sure(sureYes)),
            records: [
                .answered(screen: "sure", answer: .sure(sureYes)),
                .screenShown(screen: "review", textHash: "hash-review"),
            ]
        ) {
            $0.answers["sure"] = .sure(sureYes)
            $0.path.append("review")
        }
        store.send(.proceed, records: [.screenShown(screen: "agree", textHash: "hash-agree")]) {
            $0.path.append("agree")
        }
        store.refuse(
            .sign(role: .client, name: "J. B."),
            saying: "Please mark every statement before signing: tick it if you agree, or mark it not agreed.")
        store.send(.tick(statement: "s1", ticked: true), records: [.statementTicked(screen: "agree", statement: "s1")])
        {
            $0.ticked["agree"] = ["s1"]
        }
        store.refuse(
            .proceed, saying: "Please mark every statement first: tick it if you agree, or mark it not agreed.")
        store.send(.tick(statement: "s2", ticked: true), records: [.statementTicked(screen: "agree", statement: "s2")])
        {
            $0.ticked["agree"] = ["s1", "s2"]
        }
        store.refuse(.proceed, saying: "Please sign first: type your name and press Enter.")
        store.refuse(.sign(role: .client, name: "   "), saying: "Please type a name or initials to sign.")
        store.refuse(.sign(role: .facilitator, name: "F"), saying: "This agreement is not signed by the facilitator.")
        store.send(
            .sign(role: .client, name: " J. B. "),
            records: [
                .signed(
                    screen: "agree", role: .client, name: "J. B.", meaning: "I agree to this plan",
                    textHash: "hash-agree")
            ]
        ) {
            $0.signatures["agree"] = [Signature(role: .client, name: "J. B.", meaning: "I agree to this plan")]
        }
        store.refuse(.sign(role: .client, name: "J. B."), saying: "The client has already signed.")
        store.refuse(
            .tick(statement: "s1", ticked: false), saying: "This has been signed, so the ticks cannot change now.")
        store.refuse(
            .back, saying: "This has been signed, so it cannot be changed now. A revisit can change it later.")
        let keyworkerMeaning = "I explained this plan and answered the questions"
        store.send(
            .sign(role: .keyworker, name: "Sam Keyworker"),
            records: [
                .signed(
                    screen: "agree", role: .keyworker, name: "Sam Keyworker", meaning: keyworkerMeaning,
                    textHash: "hash-agree")
            ]
        ) {
            $0.signatures["agree"]?.append(
                Signature(role: .keyworker, name: "Sam Keyworker", meaning: keyworkerMeaning))
        }
        store.send(.proceed, records: [.completed]) {
            $0.status = .complete
        }
        store.refuse(.proceed, saying: "This session is complete.")
        #expect(
            store.state.answersOnPath.map(\.screen.id) == [
                "goal", "worries", "notes", "confidence", "decide", "wait", "sure",
            ])
    }

    @Test func whenShowsAScreenOnlyWhileItsConditionHolds() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.send(.start, records: [.screenShown(screen: "welcome", textHash: "hash-welcome")]) {
            $0.status = .inProgress
            $0.path = ["welcome"]
        }
        store.send(.proceed, records: [.screenShown(screen: "goal", textHash: "hash-goal")]) {
            $0.path.append("goal")
        }
        store.send(
            .submit(.choice(option: "stop", other: nil)),
            records: [
                .answered(screen: "goal", answer: .choice(option: "stop", other: nil)),
                .screenShown(screen: "stop-plan", textHash: "hash-stop-plan"),
            ]
        ) {
            $0.answers["goal"] = .choice(option: "stop", other: nil)
            $0.path.append("stop-plan")
        }
        store.refuse(.submit(.text("  ")), saying: "Please type an answer.")
        store.refuse(.proceed, saying: "Please answer this screen first.")
        store.send(
            .submit(.text("Slowly")),
            records: [
                .answered(screen: "stop-plan", answer: .text("Slowly")),
                .screenShown(screen: "worries", textHash: "hash-worries"),
            ]
        ) {
            $0.answers["stop-plan"] = .text("Slowly")
            $0.path.append("worries")
        }
    }

    @Test func backReturnsToTheShownScreenAndRecordsAChangedAnswerAsAChange() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.send(.start, records: [.screenShown(screen: "welcome", textHash: "hash-welcome")]) {
            $0.status = .inProgress
            $0.path = ["welcome"]
        }
        store.refuse(.back, saying: "This is the first screen.")
        store.send(.proceed, records: [.screenShown(screen: "goal", textHash: "hash-goal")]) {
            $0.path.append("goal")
        }
        store.send(
            .submit(.choice(option: "stop", other: nil)),
            records: [
                .answered(screen: "goal", answer: .choice(option: "stop", other: nil)),
                .screenShown(screen: "stop-plan", textHash: "hash-stop-plan"),
            ]
        ) {
            $0.answers["goal"] = .choice(option: "stop", other: nil)
            $0.path.append("stop-plan")
        }
        store.send(
            .submit(.text("Slowly")),
            records: [
                .answered(screen: "stop-plan", answer: .text("Slowly")),
                .screenShown(screen: "worries", textHash: "hash-worries"),
            ]
        ) {
            $0.answers["stop-plan"] = .text("Slowly")
            $0.path.append("worries")
        }
        // Back twice skips nothing: it walks the screens that were shown.
        store.send(
            .back,
            records: [
                .wentBack(from: "worries", to: "stop-plan"),
                .screenShown(screen: "stop-plan", textHash: "hash-stop-plan"),
            ]
        ) {
            $0.path = ["welcome", "goal", "stop-plan"]
        }
        store.send(
            .back,
            records: [.wentBack(from: "stop-plan", to: "goal"), .screenShown(screen: "goal", textHash: "hash-goal")]
        ) {
            $0.path = ["welcome", "goal"]
        }
        let other = Answer.choice(option: "other", other: "Sleep better")
        store.refuse(
            .submit(.choice(option: "other", other: " ")),
            saying: "Please type what else you mean, or choose another option.")
        store.send(
            .submit(other),
            records: [
                .answerChanged(screen: "goal", from: .choice(option: "stop", other: nil), to: other),
                .screenShown(screen: "worries", textHash: "hash-worries"),
            ]
        ) {
            $0.answers["goal"] = other
            $0.path = ["welcome", "goal", "worries"]
        }
        // The old answer is kept but no longer on the path, so the summary leaves it out.
        #expect(store.state.answers["stop-plan"] == .text("Slowly"))
        #expect(store.state.answerOnPath("stop-plan") == nil)
        // Going back and keeping the same answer records no change.
        store.send(
            .back,
            records: [.wentBack(from: "worries", to: "goal"), .screenShown(screen: "goal", textHash: "hash-goal")]
        ) {
            $0.path = ["welcome", "goal"]
        }
        store.send(.proceed, records: [.screenShown(screen: "worries", textHash: "hash-worries")]) {
            $0.path = ["welcome", "goal", "worries"]
        }
    }
}
