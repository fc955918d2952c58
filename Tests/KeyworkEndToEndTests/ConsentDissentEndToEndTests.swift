import Foundation
import Testing

/// What the client meant, through the real binary in a real terminal: a statement not agreed, sealed,
/// verified and shown on the copy; a refused choice with what was agreed instead; a required statement
/// not agreed, sealed as "no agreement yet" and listed by `keywork due`; and "no" in the line mode.
@Suite struct ConsentDissentEndToEndTests {
    static let consentIntro = "Please read each line. Tick it if you agree. Then you both sign."
    static let chose = "I chose the support that suits me this week."
    static let keyworkerPart = "My keyworker will do what we agreed today."
    static let lookAgain = "We can look at this plan again at any time."
    static let instead = "My first choice could not happen this week. I know why, and what we agreed instead."

    /// Signs as the client and the keyworker, each under the meaning shown, then finishes the tour.
    static func signAndFinish(_ walk: TourWalk, clientMeaning: String) throws -> String {
        let tmux = walk.tmux
        try tmux.waitFor(words: "> Client: \(clientMeaning)")
        try tmux.type("Jo Client")
        try tmux.waitFor("Jo Client_")
        try tmux.send("Enter")
        try tmux.waitFor("Signed by Jo Client (client)")
        try tmux.type(TourWalk.keyworker)
        try tmux.waitFor(TourWalk.keyworker + "_")
        try tmux.send("Enter")
        try tmux.waitFor("Everyone has signed. Press Enter to finish.")
        try tmux.send("Enter")
        try walk.readWhatHappensNext()
        return try walk.leaveTheSealedMessage()
    }

    @Test func aStatementNotAgreedIsSealedVerifiedAndShownAtTheTopOfTheCopy() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        let tmux = walk.tmux
        try walk.walkToTheAgreement()
        try tmux.tickEveryStatement([Self.chose, Self.keyworkerPart])
        try tmux.send("Down")
        try tmux.waitFor("F3 Not agreed")
        try tmux.markNotAgreed(Self.lookAgain, saying: "Not every week")
        try tmux.waitFor("1 line is not agreed. Signing records it, with the client's words.")
        try tmux.send("Enter")
        let receipt = try Self.signAndFinish(
            walk,
            clientMeaning: "I agree to this plan for the week. I did not agree to 1 line of it; my words about it "
                + "are in the record.")
        #expect(try tmux.waitForExit() == 0)

        let id = try store.onlySessionID()
        let notAgreed = try store.events(id).filter { $0.eventName == "statement_not_agreed" }
        #expect(notAgreed.count == 1)
        #expect(notAgreed.first?.eventData["text"] as? String == Self.lookAgain)
        #expect(notAgreed.first?.eventData["words"] as? String == "Not every week")

        let verified = try KeyworkBinary.run(["verify", storePath])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(
            verified.output.contains(
                "\(id)  valid    sealed by Sam Keyworker (keyworker), ")
                && verified.output.contains(
                    "; receipt \(receipt); not agreed: \"\(Self.lookAgain)\" (client's words: \"Not every week\")\n"),
            "\(verified.output)")

        let exported = try KeyworkBinary.run(["export", id, "--store", storePath])
        #expect(exported.status == 0, "\(exported.errors)")
        let copy = exported.output
        let dissent = try #require(copy.range(of: "What you did not agree to"))
        let answers = try #require(copy.range(of: "Your answers"))
        #expect(dissent.lowerBound < answers.lowerBound, "the lines not agreed come first on the copy")
        #expect(Tmux.collapsingWhitespace(copy).contains("“\(Self.lookAgain)” You said: “Not every week”"))
        #expect(copy.contains("Receipt code: \(receipt)"))
    }

    @Test func aRefusedChoiceWithAnAgreedAlternativeIsOneStoryToTheCopy() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        let tmux = walk.tmux
        try walk.walkToTheDecision()
        try GuideWalk(tmux: tmux).fillDecision(option: 2, label: "Phone call", why: "I can talk at home.")
        // The keyworker cannot accept it after all.
        try tmux.send("n")
        try tmux.waitFor("(o) No")
        try tmux.send("Enter")
        try tmux.waitFor("> Why it cannot be accepted")
        try tmux.type("No phone slots this month.")
        try tmux.waitFor("No phone slots this month.")
        try tmux.send("Enter")
        try tmux.waitFor("> What was agreed instead?")
        // Enter with nothing picked says what to do and stays.
        try tmux.send("Enter")
        try tmux.waitFor("Please choose what was agreed instead.")
        try tmux.send("1")
        try tmux.waitFor("(o) Drop in")
        try tmux.send("Enter")

        // The wait is about the plan agreed, never the refused one.
        let wait = try tmux.waitFor("The plan agreed instead: Drop in")
        #expect(!wait.contains("Phone call"))
        try tmux.send("1")
        try tmux.waitFor("(o) Yes")
        try tmux.send("Enter")
        try walk.answerSureYes()
        // Waiting for the line itself, not the intro above it: a capture taken mid-redraw can hold the intro
        // with the SURE form still below it.
        let summary = try tmux.waitFor(words: "Agreed instead: Drop in")
        #expect(Tmux.collapsingWhitespace(summary).contains("Here is what you chose and said today."))
        // Enter pages a long summary down first, and goes on only from its end.
        try tmux.pageToTheEnd()
        try tmux.send("Enter")

        // The statements follow the decision: no line says the client chose.
        let consent = try tmux.waitFor(words: Self.consentIntro)
        #expect(!Tmux.collapsingWhitespace(consent).contains(Self.chose))
        try tmux.tickEveryStatement([Self.instead, Self.keyworkerPart, Self.lookAgain])
        try tmux.send("Enter")
        _ = try Self.signAndFinish(walk, clientMeaning: "I agree to this plan for the week.")
        #expect(try tmux.waitForExit() == 0)

        let id = try store.onlySessionID()
        let answered = try store.events(id).first {
            $0.eventName == "answered" && $0.eventData["screen"] as? String == "choose"
        }
        let answer = answered?.eventData["answer"] as? [String: Any]
        #expect(answer?["accepted"] as? Bool == false)
        #expect(answer?["agreed_option"] as? String == "drop-in")
        let exported = try KeyworkBinary.run(["export", id, "--store", storePath])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output.contains("What you agreed instead: Drop in"))
        #expect(exported.output.contains("Drop in can start now."))
        #expect(!exported.output.contains("Phone call can start now"))
        #expect(!exported.output.contains(Self.chose))
        let verified = try KeyworkBinary.run(["verify", storePath])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
    }

    @Test func aRequiredStatementNotAgreedIsSealedAsNoAgreementYetAndIsDue() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        let tmux = walk.tmux
        try walk.walkToTheAgreement()
        try tmux.tickEveryStatement([Self.chose])
        try tmux.send("Down")
        try tmux.markNotAgreed(Self.keyworkerPart, saying: "They never call back")
        try tmux.waitFor("! No agreement yet")
        // Nobody can sign: the only way on is the keyworker ending the session as "no agreement yet".
        try tmux.send("Down", "Down")
        try tmux.waitFor(words: "> Keyworker: end the session as \"no agreement yet\"")
        let blocked = try tmux.screen()
        #expect(!blocked.contains("Client: I agree"))
        try tmux.type(TourWalk.keyworker)
        try tmux.waitFor(TourWalk.keyworker + "_")
        try tmux.send("Enter")
        try tmux.waitFor("Receipt code: ")
        try tmux.send("Enter")
        #expect(try tmux.waitForExit() == 0)

        let id = try store.onlySessionID()
        let names = try store.events(id).map(\.eventName)
        #expect(names.suffix(3) == ["signed", "no_agreement_yet", "completed"])
        let verified = try KeyworkBinary.run(["verify", storePath])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(
            verified.output.contains(
                "; NO AGREEMENT YET (a required statement was not agreed); not agreed: \"\(Self.keyworkerPart)\" "
                    + "(client's words: \"They never call back\")"), "\(verified.output)")
        let due = try KeyworkBinary.run(["due", "--store", storePath])
        #expect(
            due.output.contains("No agreement yet for client \(TourWalk.clientReference), since "), "\(due.output)")
        #expect(due.output.contains("Session \(id) (tour)."))
        let json = try KeyworkBinary.run(["due", "--json", "--store", storePath])
        #expect(json.output.contains("\"kind\":\"no_agreement\""))
        let exported = try KeyworkBinary.run(["export", id, "--store", storePath])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output.contains("No agreement yet"))
    }

    @Test func noInTheLineModeMarksAStatementNotAgreedAndAsksForTheWords() throws {
        let store = try KeyworkBinary.temporaryStore()
        var lines = PlainModeEndToEndTests.tourLines
        let consent = try #require(lines.firstIndex(of: "Jo Client")) - 3
        lines.replaceSubrange(consent..<(consent + 3), with: ["yes", "yes", "no", "Not every week"])
        let result = try KeyworkBinary.run(
            [
                "session", "--guide", "tour", "--client", "C-1042", "--keyworker", "Sam Keyworker", "--store", store,
                "--plain",
            ], environment: ["TERM": "dumb"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        #expect(result.output.contains("Marked not agreed. In the client's own words, what is not right?"))
        #expect(result.output.contains("Noted: not agreed."))
        let contents = StoreContents(root: store)
        let id = try contents.onlySessionID()
        let verify = try KeyworkBinary.run(["verify", contents.sessionFolder(id)])
        #expect(verify.status == 0, "verify said: \(verify.output) \(verify.errors)")
        #expect(verify.output.contains("not agreed: \"\(Self.lookAgain)\" (client's words: \"Not every week\")"))
    }
}

extension Tmux {
    /// On a consent screen with `statement` highlighted: F3 marks it not agreed with the client's `words`;
    /// the list of flags that F3 brings back shows them, and Enter goes back to the agreement.
    fileprivate func markNotAgreed(_ statement: String, saying words: String) throws {
        try waitFor(words: "> [ ] \(statement)")
        try send("F3")
        try waitFor("I do not agree with this line")
        try type(words)
        try waitFor(words + "_")
        try send("Enter")
        try waitFor("Where you were not sure or did not agree")
        try waitFor(words: "Not agreed. In the client's words: \"\(words)\"")
        try send("Enter")
        try waitFor(words: "> [-] \(statement)")
    }
}
