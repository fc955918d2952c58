import KeyworkGuides
import Testing

@testable import KeyworkSession

@Suite struct RevisitSessionTests {
    static let earlier = EarlierAgreement(
        sessionID: "20261001-100000-abcdef", journalSHA256: String(repeating: "ab", count: 32),
        statements: [
            ConsentScreen.Statement(id: "meet", text: "I will come to the meetings I agree to."),
            ConsentScreen.Statement(id: "pickup", text: "I pick up my dose every day."),
            ConsentScreen.Statement(id: "call", text: "My keyworker calls me each week."),
        ])
    static let guide = RevisitGuide.build(from: earlier)
    static let context = SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042", revisiting: earlier)

    static func hash(_ id: String) -> String { guide.screen(id)?.textHash ?? "missing \(id)" }

    @Test func theRevisitGuideIsBuiltTheSameWayEveryTimeAndPinnedByItsOrigin() {
        let again = RevisitGuide.build(from: Self.earlier)
        #expect(again == Self.guide)
        #expect(Self.guide.origin == "revisit:20261001-100000-abcdef")
        #expect(Self.guide.contentHash == ContentHash.contentHash(of: Self.guide))
        #expect(
            Self.guide.screens.map(\.id) == [
                "start", "review-meet", "talked-meet", "wording-meet", "agreed-meet", "reason-meet", "review-pickup",
                "talked-pickup", "wording-pickup", "agreed-pickup", "reason-pickup", "review-call", "talked-call",
                "wording-call", "agreed-call", "reason-call", "differences", "next-revisit", "agree", "end",
            ])
        #expect(Self.guide.version == "2")
        var changed = Self.earlier
        changed.statements[0].text = "I will come to every meeting."
        #expect(RevisitGuide.build(from: changed).contentHash != Self.guide.contentHash)
        var said = Self.earlier
        said.clientWords = [.init(about: "Your aims", words: "Keep my job")]
        #expect(RevisitGuide.build(from: said).contentHash != Self.guide.contentHash)
    }

    /// A revisit begun before version 2 must still be rebuilt exactly, or it could not be resumed or exported.
    @Test func versionOneIsStillBuiltAsItWasAndIgnoresTheClientsWords() throws {
        var said = Self.earlier
        said.clientWords = [.init(about: "Your aims", words: "Keep my job")]
        said.notAgreed = ["call": NotAgreed(text: "My keyworker calls me each week.", words: "Too often")]
        let one = try #require(RevisitGuide.build(from: said, version: "1"))
        #expect(one == RevisitGuide.build(from: Self.earlier, version: "1"))
        #expect(one.version == "1")
        #expect(one.contentHash == Self.versionOneHash)
        #expect(!one.screens.contains { $0.id.hasPrefix("talked-") })
        #expect(RevisitGuide.build(from: said, version: "3") == nil)
    }

    /// The content hash version 1 has had since revisits began, for `earlier`.
    static let versionOneHash = "98d0d35d642e6c3c316ec6ba1029d0878d8d7937a570f2cfc12bdb8369c55176"

    @Test func eachReviewShowsWhatTheClientSaidLastTimeBesideTheStatement() {
        var said = Self.earlier
        said.clientWords = [
            .init(about: "What you want from treatment", words: "Keep my job"),
            .init(about: "What you decided when you talked about it", words: "Calls on Mondays", statement: "call"),
        ]
        said.notAgreed = ["pickup": NotAgreed(text: "I pick up my dose every day.", words: "Not on Sundays")]
        let guide = RevisitGuide.build(from: said)
        func prompt(_ id: String) -> String {
            if case .choice(let choice)? = guide.screen(id)?.content { return choice.prompt }
            return ""
        }
        #expect(
            prompt("review-meet")
                == "Last time you agreed: *I will come to the meetings I agree to.* Is this still right for you? "
                + "What you said last time: What you want from treatment: \"Keep my job\".")
        #expect(
            prompt("review-pickup")
                == "Last time you did not agree to: *I pick up my dose every day.* You said: \"Not on Sundays\". "
                + "Is it right for you now? What you said last time: What you want from treatment: \"Keep my job\".")
        #expect(prompt("review-call").hasSuffix("What you decided when you talked about it: \"Calls on Mondays\"."))
        if case .choice(let choice)? = guide.screen("review-pickup")?.content {
            #expect(choice.options.first?.label == "Leave it as it is")
        }
    }

    @Test func eachStatementIsKeptTalkedAboutOrChangedAndTheNewWordingIsSigned() {
        var store = SessionTestStore(guide: Self.guide, context: Self.context)
        let keep = Answer.choice(option: "keep", other: nil)
        let talk = Answer.choice(option: "talk", other: nil)
        let change = Answer.choice(option: "change", other: nil)
        let agreed = Answer.choice(option: "agreed", other: nil)
        let notAgreed = Answer.choice(option: "not-agreed", other: nil)
        store.send(.start, records: [.screenShown(screen: "start", textHash: Self.hash("start"))]) {
            $0.status = .inProgress
            $0.path = ["start"]
        }
        store.send(.proceed, records: [.screenShown(screen: "review-meet", textHash: Self.hash("review-meet"))]) {
            $0.path.append("review-meet")
        }
        store.send(
            .submit(keep),
            records: [
                .answered(screen: "review-meet", answer: keep),
                .screenShown(screen: "review-pickup", textHash: Self.hash("review-pickup")),
            ]
        ) {
            $0.answers["review-meet"] = keep
            $0.path.append("review-pickup")
        }
        store.send(
            .submit(change),
            records: [
                .answered(screen: "review-pickup", answer: change),
                .screenShown(screen: "wording-pickup", textHash: Self.hash("wording-pickup")),
            ]
        ) {
            $0.answers["review-pickup"] = change
            $0.path.append("wording-pickup")
        }
        let wording = Answer.text("I pick up my dose twice a week.")
        store.send(
            .submit(wording),
            records: [
                .answered(screen: "wording-pickup", answer: wording),
                .screenShown(screen: "agreed-pickup", textHash: Self.hash("agreed-pickup")),
            ]
        ) {
            $0.answers["wording-pickup"] = wording
            $0.path.append("agreed-pickup")
        }
        #expect(
            store.state.proposedChange(on: "agreed-pickup")?.proposed == "I pick up my dose twice a week.")
        store.send(
            .submit(agreed),
            records: [
                .answered(screen: "agreed-pickup", answer: agreed),
                .screenShown(screen: "review-call", textHash: Self.hash("review-call")),
            ]
        ) {
            $0.answers["agreed-pickup"] = agreed
            $0.path.append("review-call")
        }
        store.send(
            .submit(talk),
            records: [
                .answered(screen: "review-call", answer: talk),
                .screenShown(screen: "talked-call", textHash: Self.hash("talked-call")),
            ]
        ) {
            $0.answers["review-call"] = talk
            $0.path.append("talked-call")
        }
        #expect(
            store.state.statementOutcomes.map(\.verdict) == [
                .stillRight, .changed(to: "I pick up my dose twice a week."), .toTalkAbout,
            ])
        let decided = Answer.text("Calls stay weekly, but on Mondays.")
        store.send(
            .submit(decided),
            records: [
                .answered(screen: "talked-call", answer: decided),
                .screenShown(screen: "differences", textHash: Self.hash("differences")),
            ]
        ) {
            $0.answers["talked-call"] = decided
            $0.path.append("differences")
        }
        #expect(
            store.state.statementOutcomes.last?.verdict == .talkedAbout(decided: "Calls stay weekly, but on Mondays."))
        _ = notAgreed
        store.send(.proceed, records: [.screenShown(screen: "next-revisit", textHash: Self.hash("next-revisit"))]) {
            $0.path.append("next-revisit")
        }
        let weeks = Answer.choice(option: "weeks-8", other: nil)
        let agreedNow = [
            ConsentScreen.Statement(id: "meet", text: "I will come to the meetings I agree to."),
            ConsentScreen.Statement(id: "pickup", text: "I pick up my dose twice a week."),
            ConsentScreen.Statement(id: "call", text: "My keyworker calls me each week."),
        ]
        let shownHash = Self.shownConsentHash(agreedNow)
        #expect(shownHash != Self.hash("agree"), "the consent as shown carries the new wording")
        store.send(
            .submit(weeks),
            records: [
                .answered(screen: "next-revisit", answer: weeks),
                .screenShown(screen: "agree", textHash: shownHash),
            ]
        ) {
            $0.answers["next-revisit"] = weeks
            $0.path.append("agree")
        }
        store.prepare([
            .tick(statement: "meet", ticked: true), .tick(statement: "pickup", ticked: true),
            .tick(statement: "call", ticked: true),
        ])
        store.send(
            .sign(role: .client, name: "Jo"),
            records: [
                .agreementWorded(screen: "agree", statements: agreedNow),
                .signed(
                    screen: "agree", role: .client, name: "Jo", meaning: "I agree to this agreement as it is now.",
                    textHash: shownHash),
            ]
        ) {
            $0.signatures["agree"] = [
                Signature(role: .client, name: "Jo", meaning: "I agree to this agreement as it is now.")
            ]
        }
        let keyworkerMeaning = "I went through each part again with the client and recorded every change."
        store.send(
            .sign(role: .keyworker, name: "Sam"),
            records: [
                .signed(screen: "agree", role: .keyworker, name: "Sam", meaning: keyworkerMeaning, textHash: shownHash)
            ]
        ) {
            $0.signatures["agree", default: []].append(
                Signature(role: .keyworker, name: "Sam", meaning: keyworkerMeaning))
        }
        #expect(RevisitGuide.days(forNextRevisitOption: "weeks-8") == 56)
    }

    @Test func aChangeNotAgreedKeepsTheOldWordingWithTheReason() {
        var store = SessionTestStore(guide: Self.guide, context: Self.context)
        store.prepare([
            .start, .proceed, .submit(.choice(option: "change", other: nil)), .submit(.text("I come when I can.")),
        ])
        let notAgreed = Answer.choice(option: "not-agreed", other: nil)
        store.send(
            .submit(notAgreed),
            records: [
                .answered(screen: "agreed-meet", answer: notAgreed),
                .screenShown(screen: "reason-meet", textHash: Self.hash("reason-meet")),
            ]
        ) {
            $0.answers["agreed-meet"] = notAgreed
            $0.path.append("reason-meet")
        }
        let reason = Answer.text("We need to see you to keep you safe.")
        store.send(
            .submit(reason),
            records: [
                .answered(screen: "reason-meet", answer: reason),
                .screenShown(screen: "review-pickup", textHash: Self.hash("review-pickup")),
            ]
        ) {
            $0.answers["reason-meet"] = reason
            $0.path.append("review-pickup")
        }
        #expect(
            store.state.statementOutcomes.first?.verdict
                == .changeNotAgreed(proposed: "I come when I can.", reason: "We need to see you to keep you safe."))
        #expect(store.state.statementOutcomes.first?.agreedText == "I will come to the meetings I agree to.")
    }

    @Test func goingBackFromTheAgreementUnticksSoNewWordingIsReadAgain() {
        var store = SessionTestStore(guide: Self.guide, context: Self.context)
        let keep = SessionAction.submit(.choice(option: "keep", other: nil))
        store.prepare([.start, .proceed, keep, keep, keep, .proceed, .submit(.choice(option: "weeks-4", other: nil))])
        store.prepare([.tick(statement: "meet", ticked: true), .tick(statement: "call", ticked: true)])
        store.send(
            .back,
            records: [
                .statementUnticked(screen: "agree", statement: "call"),
                .statementUnticked(screen: "agree", statement: "meet"),
                .wentBack(from: "agree", to: "next-revisit"),
                .screenShown(screen: "next-revisit", textHash: Self.hash("next-revisit")),
            ]
        ) {
            $0.ticked["agree"] = []
            $0.path.removeLast()
        }
    }

    @Test func anOrdinarySessionShowsItsConsentAsTheGuideWroteIt() {
        let state = SessionState(
            guide: Self.guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1"))
        guard case .consent(let consent)? = Self.guide.screen("agree")?.content else {
            Issue.record("no consent screen")
            return
        }
        #expect(state.agreedStatements(of: consent) == Self.earlier.statements)
        #expect(state.statementOutcomes.isEmpty)
        #expect(state.asShown(Self.guide.screens[15]) == Self.guide.screens[15])
    }

    static func shownConsentHash(_ statements: [ConsentScreen.Statement]) -> String {
        guard var screen = guide.screen("agree"), case .consent(var consent) = screen.content else { return "" }
        consent.statements = statements
        screen.content = .consent(consent)
        return ContentHash.textHash(of: screen)
    }
}

/// The revisit's end screen says the time that was chosen, from the one source the copy and `due` use.
@Suite struct RevisitEndScreenTests {
    @Test func theEndScreenSaysTheWeeksChosenAndItsGuideNeverChanges() {
        let earlier = EarlierAgreement(
            sessionID: "20261001-100000-abcdef", journalSHA256: String(repeating: "1", count: 64),
            statements: [.init(id: "meet", text: "I come to meetings.")])
        let guide = RevisitGuide.build(from: earlier)
        var state = SessionState(
            guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-7", revisiting: earlier))
        guard let end = guide.screen(RevisitGuide.endScreenID), case .info(let info) = end.content else {
            Issue.record("no end screen")
            return
        }
        #expect(info.body.contains("We will look at it again on the date you chose."), "the built guide keeps its hash")
        #expect(state.asShown(end) == end, "nothing chosen yet")
        state.answers[RevisitGuide.nextRevisitScreenID] = .choice(option: "weeks-8", other: nil)
        let shown = state.asShown(end)
        guard case .info(let shownInfo) = shown.content else { return }
        #expect(shownInfo.body.contains("We will look at it again in 8 weeks, as you chose."))
        #expect(shown.textHash != end.textHash, "the hash is of the words shown")
        guard case .consent(let consent)? = guide.screen(RevisitGuide.consentScreenID)?.content else { return }
        #expect(state.revisitAfterDays(of: consent) == 56)
    }
}
