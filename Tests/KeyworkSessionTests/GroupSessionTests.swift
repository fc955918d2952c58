import KeyworkGuides
import KeyworkWords
import Testing

@testable import KeyworkSession

@Suite struct GroupSessionTests {
    static let toCards: [SessionAction] = [.start, .proceed, .submit(.acknowledged(agreed: 8, present: 8))]

    // MARK: Head count

    @Test func theFacilitatorsHeadCountAndInitialsAreReadWithoutNames() throws {
        #expect(try Participants.parse(headCount: " 8 ") == Participants(headCount: 8))
        #expect(
            try Participants.parse(headCount: "3", initials: "AB, cd  EF")
                == Participants(headCount: 3, initials: ["AB", "cd", "EF"]))
        #expect(throws: SessionRefusal(.refuseHeadCountNumber)) {
            try Participants.parse(headCount: "eight")
        }
        #expect(
            SessionRefusal(.refuseHeadCountNumber).message
                == "Please type how many people are in the group, as a number, such as 8.")
        #expect(throws: SessionRefusal(.refuseHeadCountNumber)) {
            try Participants.parse(headCount: "0")
        }
        #expect(throws: SessionRefusal(.refuseNotInitials, ["typed": "Sarah"])) {
            try Participants.parse(headCount: "4", initials: "AB Sarah")
        }
        #expect(
            SessionRefusal(.refuseNotInitials, ["typed": "Sarah"]).message
                == "\"Sarah\" is not initials. Please type initials only, such as AB CD, never names.")
        #expect(
            SessionRefusal(.refuseInitialsForPeople, ["initials": 3, "count": 2]).message
                == "That is 3 sets of initials for 2 people. Please check.")
        #expect(throws: SessionRefusal(.refuseInitialsForPeople, ["initials": 3, "count": 2])) {
            try Participants.parse(headCount: "2", initials: "AB CD EF")
        }
    }

    @Test func aGroupStartsOnlyWithAHeadCountAndNoClientReference() {
        var noCount = SessionTestStore(
            guide: GroupSample.guide, context: SessionContext(keyworker: "Fran", clientReference: nil))
        noCount.refuse(.start, saying: "Please give how many people are in the group before starting.")
        var withClient = SessionTestStore(
            guide: GroupSample.guide,
            context: SessionContext(keyworker: "Fran", clientReference: "C-1", participants: GroupSample.eight))
        withClient.refuse(.start, saying: "A group walkthrough has no client reference. Start it without one.")
        var oneToOne = SessionTestStore(
            guide: SampleGuide.guide,
            context: SessionContext(keyworker: "Sam", clientReference: "C-1", participants: GroupSample.eight))
        oneToOne.refuse(.start, saying: "A one-to-one session has no group. Use a group guide for a group.")

        var store = SessionTestStore(guide: GroupSample.guide, context: GroupSample.context)
        store.send(.start, records: [.screenShown(screen: "welcome", textHash: "hash-welcome")]) {
            $0.status = .inProgress
            $0.path = ["welcome"]
        }
    }

    // MARK: Acknowledgement by count

    @Test func groundRulesAreAgreedByACountAndNeverByMoreThanArePresent() {
        var store = SessionTestStore(guide: GroupSample.guide, context: GroupSample.context)
        store.prepare([.start, .proceed])
        #expect(store.state.currentScreenID == "rules")
        store.refuse(.proceed, saying: "Please answer this screen first.")
        store.refuse(
            .submit(.acknowledged(agreed: 9, present: 8)), saying: "9 agreed, but only 8 are here. Please count again.")
        store.refuse(
            .submit(.acknowledged(agreed: 2, present: 1)), saying: "2 agreed, but only 1 is here. Please count again.")
        store.refuse(.submit(.acknowledged(agreed: 1, present: 0)), saying: "Please type how many people are here now.")
        store.refuse(
            .submit(.acknowledged(agreed: -1, present: 8)), saying: "Please type how many agreed, as a number.")
        store.refuse(.submit(.text("yes")), saying: "That answer does not fit this screen.")
        store.refuse(.tick(statement: "respect", ticked: true), saying: "There is nothing to sign on this screen.")
        store.send(
            .submit(.acknowledged(agreed: 7, present: 8)),
            records: [
                .answered(screen: "rules", answer: .acknowledged(agreed: 7, present: 8)),
                .screenShown(screen: "cards", textHash: "hash-cards"),
            ]
        ) {
            $0.answers["rules"] = .acknowledged(agreed: 7, present: 8)
            $0.path.append("cards")
        }
    }

    @Test func aRecountAfterGoingBackIsJournalledAsAChange() {
        var store = SessionTestStore(guide: GroupSample.guide, context: GroupSample.context)
        store.prepare([.start, .proceed, .submit(.acknowledged(agreed: 7, present: 8)), .back])
        store.send(
            .submit(.acknowledged(agreed: 8, present: 9)),
            records: [
                .answerChanged(
                    screen: "rules", from: .acknowledged(agreed: 7, present: 8),
                    to: .acknowledged(agreed: 8, present: 9)),
                .screenShown(screen: "cards", textHash: "hash-cards"),
            ]
        ) {
            $0.answers["rules"] = .acknowledged(agreed: 8, present: 9)
            $0.path.append("cards")
        }
    }

    // MARK: Anonymous questions

    @Test func questionsFromCardsAreNotedWithoutAttributionAndReviewedAtTheEnd() {
        var store = SessionTestStore(guide: GroupSample.guide, context: GroupSample.context)
        store.prepare(Self.toCards)
        store.refuse(.noteQuestion("  "), saying: "The question is empty, so nothing was noted.")
        store.refuse(.submit(.text("Is it free?")), saying: "This screen asks nothing. Press Enter to go on.")
        for (number, text) in [(1, "Can I change chemist?"), (2, "What if I am sick?"), (3, "Can I drive?")] {
            store.send(
                .noteQuestion(" \(text) "), records: [.questionNoted(number: number, screen: "cards", text: text)]
            ) {
                $0.questions.append(NotedQuestion(number: number, screen: "cards", text: text))
            }
        }
        store.send(.proceed, records: [.screenShown(screen: "review", textHash: "hash-review")]) {
            $0.path.append("review")
        }
        store.refuse(.proceed, saying: "Please look at each question first: answer it, or keep it for next time.")
        store.send(
            .answerQuestion(number: 1, answer: "Yes, with notice."),
            records: [
                .questionAnswered(number: 1, answer: "Yes, with notice.")
            ]
        ) {
            $0.questions[0].resolution = .answered("Yes, with notice.")
        }
        store.send(
            .answerQuestion(number: 2, answer: "Tell the chemist."),
            records: [
                .questionAnswered(number: 2, answer: "Tell the chemist.")
            ]
        ) {
            $0.questions[1].resolution = .answered("Tell the chemist.")
        }
        store.send(.carryForwardQuestion(number: 3), records: [.questionCarriedForward(number: 3)]) {
            $0.questions[2].resolution = .carriedForward
        }
        store.send(.proceed, records: [.screenShown(screen: "sign-off", textHash: "hash-sign-off")]) {
            $0.path.append("sign-off")
        }
    }

    @Test func anEmptyQuestionStepIsPassedWithEnter() {
        var store = SessionTestStore(guide: GroupSample.guide, context: GroupSample.context)
        store.prepare(Self.toCards)
        store.send(.proceed, records: [.screenShown(screen: "review", textHash: "hash-review")]) {
            $0.path.append("review")
        }
    }

    // MARK: Sign and complete

    @Test func onlyTheFacilitatorSignsAndThenTheGroupIsComplete() {
        var store = SessionTestStore(guide: GroupSample.guide, context: GroupSample.context)
        store.prepare(Self.toCards + [.proceed, .proceed])
        #expect(store.state.currentScreenID == "sign-off")
        store.refuse(
            .sign(role: .facilitator, name: "Fran"),
            saying: "Please mark every statement before signing: tick it if you agree, or mark it not agreed.")
        store.send(
            .tick(statement: "kept", ticked: true), records: [.statementTicked(screen: "sign-off", statement: "kept")]
        ) {
            $0.ticked["sign-off"] = ["kept"]
        }
        store.refuse(.sign(role: .client, name: "J"), saying: "In a group walkthrough only the facilitator signs.")
        store.refuse(.sign(role: .keyworker, name: "J"), saying: "In a group walkthrough only the facilitator signs.")
        store.refuse(.proceed, saying: "Please sign first: type your name and press Enter.")
        store.send(
            .sign(role: .facilitator, name: " Fran Facilitator "),
            records: [
                .signed(
                    screen: "sign-off", role: .facilitator, name: "Fran Facilitator",
                    meaning: SignerRole.facilitator.defaultMeaning, textHash: "hash-sign-off")
            ]
        ) {
            $0.signatures["sign-off"] = [
                Signature(role: .facilitator, name: "Fran Facilitator", meaning: SignerRole.facilitator.defaultMeaning)
            ]
        }
        store.send(.proceed, records: [.completed]) {
            $0.status = .complete
        }
    }
}
