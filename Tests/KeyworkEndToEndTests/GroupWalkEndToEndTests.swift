import Foundation
import Testing

/// Group walkthroughs in a real terminal: questions kept without saying who asked, ground rules agreed by
/// head count, the facilitator's signature, a seal that verifies, and the group handout.
@Suite struct GroupWalkEndToEndTests {
    static let smallGroupGuide = """
        keywork: 1
        id: small-group
        title: A small group
        version: "1"
        mode: group
        participants: initials
        reviewed: 2026-11-01
        review_by: 2027-11-01
        sources: ["Test"]
        screens:
          - id: welcome
            type: info
            title: Welcome
            body: Welcome, everyone. Ask anything at any time.
          - id: rules
            type: acknowledge
            title: Ground rules
            statements: ["We listen to each other.", "Nobody has to speak."]
            prompt: How many agree to the ground rules?
          - id: talk
            type: info
            title: "Let's talk"
            body: What are you hoping for?
          - id: cards
            type: questions
            title: Questions from the group
            prompt: Type each question from the cards.
          - id: summary
            type: summary
            title: What we covered
            intro: Here is what we covered.
          - id: sign-off
            type: consent
            title: Sign-off
            intro: The facilitator signs the record.
            statements: ["Every question is in the record."]
            signers: [facilitator]
        """

    static let questions = ["Can I change chemist?", "What if I am sick?"]
    static let askedWithF2 = "Will my GP be told?"
    static let answers = ["Yes, with notice.", "Tell the chemist.", "Only if you agree."]

    @Test func aGroupWithThreeAnonymousQuestionsAndAHeadCountAgreementSealsAndVerifies() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let guidePath = storePath + "-small-group.yaml"
        try Self.smallGroupGuide.write(toFile: guidePath, atomically: true, encoding: .utf8)
        let walk = try GroupWalk.start(guide: guidePath, store: storePath)

        try walk.giveHeadCount(8)
        // The guide asks for initials: nobody is named, and AB CD are kept in the header only.
        try walk.tmux.waitFor("Initials (if you wish)")
        try walk.tmux.type("AB CD")
        try walk.tmux.send("Enter")
        try walk.tmux.waitFor(words: "Welcome, everyone.")
        // One question is asked aloud on the welcome screen and noted with F2.
        try walk.tmux.send("F2")
        try walk.tmux.waitFor("Note a question")
        try walk.tmux.type(Self.askedWithF2)
        try walk.tmux.waitFor(Self.askedWithF2)
        try walk.tmux.send("Enter")
        try walk.tmux.waitForAbsence(of: "Note a question")
        try walk.tmux.send("Enter")
        try walk.countAgreement(agreed: 7, present: 8, prompt: "How many agree to the ground rules?")
        try walk.shared.read("What are you hoping for?")
        try walk.typeQuestions(Self.questions, prompt: "Type each question from the cards.")
        try walk.answerQuestions(Self.answers)
        try walk.shared.readTheSummary(intro: "Here is what we covered.")
        try walk.signOff(
            intro: "The facilitator signs the record.", statements: ["Every question is in the record."],
            meaning: "I ran this group and recorded it faithfully")
        #expect(try walk.leaveTheSealedMessage() == 0)

        let id = try GroupWalk.checkSealedStore(storePath, headCount: 8)
        let store = StoreContents(root: storePath)
        let events = try store.events(id)
        let noted = events.filter { $0.eventName == "question_noted" }
        #expect(noted.compactMap { $0.eventData["text"] as? String } == [Self.askedWithF2] + Self.questions)
        for event in events where (event.eventName ?? "").hasPrefix("question") {
            let keys = Set(event.eventData.keys)
            #expect(
                keys.isDisjoint(with: ["participant", "participants", "initials", "client", "who", "name"]),
                "a question event says who asked: \(event)")
        }
        let answered = events.filter { $0.eventName == "question_answered" }
        #expect(answered.compactMap { $0.eventData["answer"] as? String } == Self.answers)
        let count = events.first { $0.eventName == "answered" }?.eventData["answer"] as? [String: Any]
        #expect(count?["type"] as? String == "acknowledged")
        #expect(count?["agreed"] as? Int == 7 && count?["present"] as? Int == 8)
        // Initials appear once, in the header, and nowhere else in the record.
        let journal = try String(contentsOfFile: store.sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").dropFirst().allSatisfy { !$0.contains("\"AB\"") })

        let handout = try KeyworkBinary.run(["export", id, "--store", storePath, "--format", "markdown"])
        #expect(handout.status == 0, "\(handout.errors)")
        #expect(handout.output.contains("# Group handout: A small group"))
        for (question, answer) in zip([Self.askedWithF2] + Self.questions, Self.answers) {
            #expect(handout.output.contains(question) && handout.output.contains(answer))
        }
        #expect(handout.output.contains("7 of 8 people agreed."))
        // As words: the receipt code and hashes are random letters and may hold "AB" inside them.
        let words = Set(handout.output.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        #expect(!words.contains("AB") && !words.contains("CD"))
    }

    @Test func aOneToOneGuideIsRefusedByGroupAndAGroupGuideBySession() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let group = try KeyworkBinary.run(["group", "--guide", "first-appointment", "--store", storePath])
        #expect(group.status == 64)
        #expect(group.errors.contains("the guide 'first-appointment' is for one-to-one sessions, not groups"))
        #expect(group.errors.contains("keywork session --guide first-appointment"))
        let session = try KeyworkBinary.run([
            "session", "--guide", "induction-group", "--client", "C-1", "--keyworker", "Sam", "--store", storePath,
        ])
        #expect(session.status == 64)
        #expect(session.errors.contains("keywork group --guide induction-group"))
    }

    @Test func aPausedGroupResumesWithItsHeadCountFromTheHeader() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try GroupWalk.start(guide: nil, store: storePath)
        try walk.giveHeadCount(5)
        try walk.shared.read("Welcome. This group is for people who are starting methadone or buprenorphine.")
        try walk.tmux.waitFor(words: "How many of the group agree to these rules?")
        try walk.tmux.send("F10")
        #expect(try walk.tmux.waitForExit() == 0)
        let id = try StoreContents(root: storePath).onlySessionID()

        // Only the header holds the head count, so this shows it was read back on resume.
        let command = [KeyworkBinary.path, "resume", id, "--store", storePath].map(Tmux.quote).joined(separator: " ")
        let resumed = try Tmux(command: command, columns: 100, rows: 45)
        let walkOn = GroupWalk(tmux: resumed)
        try walkOn.countAgreement(agreed: 4, present: 5, prompt: "How many of the group agree to these rules?")
        try resumed.waitFor(words: "The first weeks are a time of change.")
        try resumed.send("F10")
        #expect(try resumed.waitForExit() == 0)
        let events = try StoreContents(root: storePath).events(id)
        #expect(events.contains { $0.eventName == "resumed" })
        let count = events.first { $0.eventName == "answered" }?.eventData["answer"] as? [String: Any]
        #expect(count?["agreed"] as? Int == 4 && count?["present"] as? Int == 5)
    }

    /// Issue 5: the built-in induction group, walked by keys to a verified seal.
    @Test func walkingTheInductionGroupByKeysSealsAVerifiableRecord() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try GroupWalk.start(guide: nil, store: storePath)
        let read = walk.shared.read

        try walk.giveHeadCount(6)
        try read("Welcome. This group is for people who are starting methadone or buprenorphine.")
        try walk.countAgreement(agreed: 6, present: 6, prompt: "How many of the group agree to these rules?")
        try read("The first weeks are a time of change.")
        try read("Your prescriber sets your dose with you.")
        try read("You collect your medicine from a chemist.")
        try read("Life gets in the way sometimes.")
        try read("All medicines can have side effects.")
        try read("This part is about staying alive. Please listen carefully.")
        try read("Naloxone is an emergency medicine for an opioid overdose.")
        try walk.shared.tick(
            ["Side effects"],
            of: [
                "Fear of withdrawal", "Getting the dose right", "Going to the chemist each day",
                "Being seen at the chemist", "Feeling like I am swapping one drug for another", "Side effects",
            ],
            prompt: "Which of these would the group like to talk about? Pick any.")
        try read("Here are some questions to talk about. Answer only if you want to.")
        try read("Some more questions to talk about. Answer only if you want to.")
        try walk.shared.choose(1, prompt: "How does the group feel about the first weeks now?")
        try walk.typeQuestions(
            ["Can I get naloxone today?"],
            prompt: "Any question is welcome. The facilitator types in each one from the cards.")
        try walk.answerQuestions(["Yes, ask at the desk."])
        try walk.shared.readTheSummary(intro: "Here is what we covered today, and the questions that came up.")
        try walk.signOff(
            intro: "The facilitator checks the record, then signs it.",
            statements: [
                "Every question the group asked is in the record, with no names.",
                "The count of who agreed the ground rules is right.",
            ],
            meaning: "I ran this group, and this record of it is true.")
        #expect(try walk.leaveTheSealedMessage() == 0)
        try GroupWalk.checkSealedStore(storePath, headCount: 6)
    }
}
