import KeyworkGuides
import Testing

@testable import KeyworkSession

/// A consent whose statements can be agreed or not agreed, some required and some shown only after the
/// decision went one way: the record must hold what the client meant, never a forced tick.
@Suite struct ConsentDissentTests {
    static let location = SampleGuide.location
    static let accepted = Condition(screen: "decide", test: .isOption("accepted"), location: location)
    static let refused = Condition(screen: "decide", test: .isOption("not-accepted"), location: location)

    static let consent = ConsentScreen(
        statements: [
            .init(id: "chose", text: "I chose this plan.", when: accepted),
            .init(id: "instead", text: "I know what we agreed instead, and why.", when: refused),
            .init(id: "safe", text: "I know how to stay safe.", required: true),
            .init(id: "change", text: "I can ask to change it."),
        ],
        signers: [.client, .keyworker], meanings: [.client: "I agree to this plan."])

    static let guide = Guide(
        id: "dissent", title: "Dissent", version: "1",
        screens: [
            SampleGuide.screen("options", .compare(SampleGuide.compare)),
            SampleGuide.screen("decide", .decision(DecisionScreen(from: "options"))),
            SampleGuide.screen(
                "wait", .availability(AvailabilityScreen(from: "decide")),
                when: Condition(screen: "decide", test: .isOption("accepted"), location: location)),
            SampleGuide.screen("agree", .consent(consent)),
            SampleGuide.screen("end", .info(InfoScreen(body: "Thank you."))),
        ],
        origin: "test")

    static let acceptedDecision = Decision(preferred: "one", reasons: "I talk better alone")
    static let refusedDecision = Decision(
        preferred: "one", reasons: "I talk better alone", accepted: false, notAcceptedReason: "No places",
        agreedOption: "group")

    /// A store on the consent screen, after the decision given.
    static func atConsent(after decision: Decision) -> SessionTestStore {
        var store = SessionTestStore(guide: guide)
        store.prepare([.start, .proceed, .submit(.decision(decision))])
        if decision.accepted { store.prepare([.submit(.availability(Availability(availableNow: true)))]) }
        #expect(store.state.currentScreenID == "agree")
        return store
    }

    /// The text hash of the consent screen as shown with these statements.
    static func shownHash(_ ids: [String]) -> String {
        guard case .consent(var shown)? = guide.screen("agree")?.content, var screen = guide.screen("agree") else {
            return ""
        }
        shown.statements = shown.statements.filter { ids.contains($0.id) }
        screen.content = .consent(shown)
        return ContentHash.textHash(of: screen)
    }

    @Test func aStatementNotAgreedIsRecordedWithItsWordsAndTheSignaturesSaySo() {
        var store = Self.atConsent(after: Self.acceptedDecision)
        store.send(
            .markNotAgreed(statement: "chose", words: "  It was the keyworker who suggested it really "),
            records: [
                .statementNotAgreed(
                    screen: "agree", statement: "chose", text: "I chose this plan.",
                    words: "It was the keyworker who suggested it really")
            ]
        ) {
            $0.notAgreed["agree"] = [
                "chose": NotAgreed(text: "I chose this plan.", words: "It was the keyworker who suggested it really")
            ]
        }
        store.prepare([.tick(statement: "safe", ticked: true)])
        store.refuse(
            .sign(role: .client, name: "J. B."),
            saying: "Please mark every statement before signing: tick it if you agree, or mark it not agreed.")
        store.send(
            .markNotAgreed(statement: "change", words: "   "),
            records: [
                .statementNotAgreed(screen: "agree", statement: "change", text: "I can ask to change it.", words: nil)
            ]
        ) {
            $0.notAgreed["agree"]?["change"] = NotAgreed(text: "I can ask to change it.", words: nil)
        }
        let clientMeaning =
            "I agree to this plan. I did not agree to 2 lines of it; my words about them are in the record."
        let hash = Self.shownHash(["chose", "safe", "change"])
        store.send(
            .sign(role: .client, name: "J. B."),
            records: [.signed(screen: "agree", role: .client, name: "J. B.", meaning: clientMeaning, textHash: hash)]
        ) {
            $0.signatures["agree"] = [Signature(role: .client, name: "J. B.", meaning: clientMeaning)]
        }
        store.refuse(
            .markNotAgreed(statement: "safe", words: nil),
            saying: "This has been signed, so the ticks cannot change now.")
        let keyworkerMeaning =
            "I explained this plan and answered the questions. The client did not agree to 2 lines; "
            + "their words about them are in the record."
        store.send(
            .sign(role: .keyworker, name: "Sam"),
            records: [
                .signed(screen: "agree", role: .keyworker, name: "Sam", meaning: keyworkerMeaning, textHash: hash)
            ]
        ) {
            $0.signatures["agree"]?.append(Signature(role: .keyworker, name: "Sam", meaning: keyworkerMeaning))
        }
        store.send(.proceed, records: [.screenShown(screen: "end", textHash: "hash-end")]) {
            $0.path.append("end")
        }
        #expect(store.state.notAgreedStatements(on: "agree").map(\.statement.id) == ["chose", "change"])
    }

    @Test func ticksAndNotAgreedMarksReplaceEachOtherAndTheRecordKeepsBoth() {
        var store = Self.atConsent(after: Self.acceptedDecision)
        store.prepare([.markNotAgreed(statement: "safe", words: "Not sure I do")])
        store.send(
            .tick(statement: "safe", ticked: true), records: [.statementTicked(screen: "agree", statement: "safe")]
        ) {
            $0.notAgreed = [:]
            $0.ticked["agree"] = ["safe"]
        }
        #expect(store.state.mark(of: "safe", on: "agree") == .agreed)
        store.send(
            .markNotAgreed(statement: "safe", words: "Not sure I do"),
            records: [
                .statementNotAgreed(
                    screen: "agree", statement: "safe", text: "I know how to stay safe.", words: "Not sure I do")
            ]
        ) {
            $0.ticked["agree"] = []
            $0.notAgreed["agree"] = ["safe": NotAgreed(text: "I know how to stay safe.", words: "Not sure I do")]
        }
        // The same words again change nothing, so nothing is recorded twice.
        store.send(.markNotAgreed(statement: "safe", words: "Not sure I do"), records: [])
        store.refuse(
            .markNotAgreed(statement: "instead", words: nil), saying: "There is no such statement on this screen.")
        store.refuse(.tick(statement: "instead", ticked: true), saying: "There is no such statement on this screen.")
    }

    @Test func aRequiredStatementNotAgreedEndsTheSessionAsNoAgreementYet() {
        var store = Self.atConsent(after: Self.acceptedDecision)
        store.refuse(
            .endWithoutAgreement(name: "Sam"), saying: "Every line this agreement needs is agreed, so it can be signed."
        )
        store.prepare([
            .tick(statement: "chose", ticked: true), .tick(statement: "change", ticked: true),
            .markNotAgreed(statement: "safe", words: "I will use on my own"),
        ])
        store.refuse(
            .sign(role: .client, name: "J. B."),
            saying: "A line this agreement needs is not agreed, so there is nothing to sign yet. "
                + "Talk it through, or end the session as \"no agreement yet\".")
        store.refuse(.endWithoutAgreement(name: "  "), saying: "Please type a name or initials to sign.")
        let meaning =
            "No agreement yet: the client did not agree to a line this agreement needs. "
            + "Their words are in the record, and we will follow this up."
        store.send(
            .endWithoutAgreement(name: " Sam Keyworker "),
            records: [
                .signed(
                    screen: "agree", role: .keyworker, name: "Sam Keyworker", meaning: meaning,
                    textHash: Self.shownHash(["chose", "safe", "change"])),
                .noAgreementYet(screen: "agree"), .completed,
            ]
        ) {
            $0.signatures["agree"] = [Signature(role: .keyworker, name: "Sam Keyworker", meaning: meaning)]
            $0.endedWithoutAgreement = "agree"
            $0.status = .complete
        }
    }

    @Test func statementsFollowTheDecisionAndTheSignatureHashesOnlyTheLinesShown() {
        var store = Self.atConsent(after: Self.refusedDecision)
        #expect(store.state.shownStatements(on: "agree").map(\.id) == ["instead", "safe", "change"])
        store.refuse(.tick(statement: "chose", ticked: true), saying: "There is no such statement on this screen.")
        store.prepare(["instead", "safe", "change"].map { .tick(statement: $0, ticked: true) })
        store.send(
            .sign(role: .client, name: "J. B."),
            records: [
                .signed(
                    screen: "agree", role: .client, name: "J. B.", meaning: "I agree to this plan.",
                    textHash: Self.shownHash(["instead", "safe", "change"]))
            ]
        ) {
            $0.signatures["agree"] = [Signature(role: .client, name: "J. B.", meaning: "I agree to this plan.")]
        }
        #expect(Self.shownHash(["instead", "safe", "change"]) != Self.shownHash(["chose", "safe", "change"]))
    }

    @Test func aRefusedPreferenceNeedsWhatWasAgreedInstead() {
        var store = SessionTestStore(guide: Self.guide)
        store.prepare([.start, .proceed])
        var decision = Self.refusedDecision
        decision.agreedOption = nil
        store.refuse(
            .submit(.decision(decision)),
            saying: "Please choose what was agreed instead: another option, or something else in your own words.")
        decision.agreedOption = "one"
        store.refuse(
            .submit(.decision(decision)),
            saying: "Please choose what was agreed instead: another option, or something else in your own words.")
        decision.agreedOption = "other"
        store.refuse(.submit(.decision(decision)), saying: "Please type what was agreed instead.")
        decision.agreedOther = "Weekly phone calls until a place is free"
        #expect(decision.plan == .words("Weekly phone calls until a place is free"))
        store.send(
            .submit(.decision(decision)),
            records: [
                .answered(screen: "decide", answer: .decision(decision)),
                .screenShown(screen: "agree", textHash: Self.shownHash(["instead", "safe", "change"])),
            ]
        ) {
            $0.answers["decide"] = .decision(decision)
            $0.path.append("agree")
        }
        var accepted = Self.acceptedDecision
        accepted.agreedOption = "group"
        #expect(accepted.plan == .option("one"))
        #expect(Self.refusedDecision.plan == .option("group"))
        store.prepare([.back])
        store.refuse(.submit(.decision(accepted)), saying: "That answer does not fit this screen.")
    }

    @Test func aWhenCanTestWhetherThePlanCanStartNow() {
        let waiting = Condition(screen: "wait", test: .isOption("not-available"), location: Self.location)
        #expect(Answer.availability(Availability(availableNow: false)).chosenOptions == ["not-available"])
        #expect(Answer.availability(Availability(availableNow: true)).chosenOptions == ["available"])
        #expect(Answer.decision(Self.refusedDecision).chosenOptions == ["not-accepted"])
        var state = SessionState(guide: Self.guide, context: SessionContext(keyworker: "K", clientReference: "C"))
        state.path = ["wait"]
        state.answers["wait"] = .availability(Availability(availableNow: false))
        #expect(Navigation.holds(waiting, in: state))
        state.answers["wait"] = .availability(Availability(availableNow: true))
        #expect(!Navigation.holds(waiting, in: state))
    }
}
