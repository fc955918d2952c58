import Foundation
import Testing

/// The staying-safe and sharing-information guides, walked by keys alone in a real terminal and line by line,
/// each to a sealed record that `keywork verify` finds valid, with a copy that keeps what matters.
@Suite struct SafetyGuideWalkTests {
    static let clientSignature = "Jo Client"
    static let readIt = "Please read each line. Tick it if you agree. Then you both sign."

    static let stayingSafeStatements = [
        "I know that after a break an amount I used to take could kill me.",
        "I know that mixing opioids with alcohol or pills makes an overdose more likely.",
        "I know the signs of an overdose, and to call 999.",
        "I have been offered naloxone, and shown where to get it.",
        "My safety plan is in this record, in my own words.",
    ]

    @Test func walkingStayingSafeByKeysSealsAVerifiableRecordAndACopyThatKeepsTheSafetyMessages() throws {
        let store = try KeyworkBinary.temporaryStore()
        let walk = try GuideWalk.start(guide: "staying-safe", store: store)

        try walk.read("This session is about staying alive and well. It is not about judging you.")
        try walk.read("Your body gets used to opioids. After a break, that can change fast.")
        try walk.read("Mixing drugs makes an overdose more likely.")
        try walk.read("Some street drugs now contain nitazenes. These are very strong man-made opioids.")
        try walk.read("If you use alone, nobody can help you if you overdose.")
        try walk.read("Someone may be having an overdose if:")
        try walk.read("If you think someone is having an overdose:")
        try walk.read("Use this if someone will not wake but is breathing.")
        try walk.read("Naloxone is an emergency medicine for an opioid overdose. Anyone can use it to save a life.")
        try walk.choose(1, prompt: "Would you like a naloxone kit?")
        try walk.tick(
            ["Keep naloxone with me", "Not use alone"], of: ["Keep naloxone with me", "Not use alone"],
            prompt: "Which of these will you do to stay safe? Pick any that fit.")
        try walk.say("Call my sister if I feel low.", prompt: "What else will help you stay safe?")
        try walk.readTheSummary(intro: "Here is your safety plan and what you said today.")
        try walk.agreeAndSign(
            intro: Self.readIt, statements: Self.stayingSafeStatements,
            clientMeaning: "I agree to this safety plan.", client: Self.clientSignature)
        try walk.read("It lists your safety plan, the signs of an overdose and what to do.")

        #expect(try walk.leaveTheSealedMessage() == 0)
        try GuideWalk.checkSealedStore(store, client: Self.clientSignature)

        let id = try StoreContents(root: store).onlySessionID()
        let copy = try KeyworkBinary.run(["export", id, "--store", store])
        #expect(copy.status == 0, "\(copy.errors)")
        let text = Tmux.collapsingWhitespace(copy.output)
        #expect(text.contains("To remember"))
        #expect(text.contains("Signs of an overdose: They will not wake."))
        #expect(text.contains("call 999 and give naloxone"))
        #expect(text.contains("Your answer: Keep naloxone with me; Not use alone"))
        #expect(text.contains("The guide used today is not yet clinically reviewed."))
    }

    @Test func walkingSharingInformationByKeysSealsAVerifiableRecordWithEachChoiceOnItsOwnLine() throws {
        let store = try KeyworkBinary.temporaryStore()
        let walk = try GuideWalk.start(guide: "sharing-information", store: store)

        try walk.read("This session is about what the service shares about you, with whom, and why.")
        try walk.read("What you tell us is private. But no service can promise to keep everything private.")
        try walk.read("Some things are shared so that your care is safe:")
        try walk.read("Services in England can send some facts to a national system called NDTMS.")
        try walk.read("There are times when staff may have to share, even if you say no:")
        try walk.read("You choose who else we may talk to about you.")
        try walk.tick(
            ["A family member or partner", "My housing worker"],
            of: ["A family member or partner", "A carer, or a friend who helps me", "My housing worker"],
            prompt: "Who may your keyworker talk to about your treatment?")
        try walk.say("My sister, only my appointment times.", prompt: "Who exactly, and what may we tell them?")
        try walk.readTheSummary(intro: "Here is what you chose today. Read it through.")
        try walk.agreeAndSign(
            intro: "Please read each line. Tick it if you agree, or say you do not.",
            statements: [
                "I know what is shared for my care, and when staff may have to share without my agreement.",
                "Some facts about my treatment may be sent to NDTMS, the national count.",
                "My keyworker may talk to my family member or partner, as I said.",
                "My keyworker may talk to my housing worker, as I said.",
                "I can change any of these choices at any time.",
            ],
            clientMeaning: "These are my choices about sharing information.", client: Self.clientSignature)
        try walk.read("Your copy lists each choice you made.")

        #expect(try walk.leaveTheSealedMessage() == 0)
        try GuideWalk.checkSealedStore(store, client: Self.clientSignature)
    }

    /// The line mode takes the same walk, typed: a "no" to NDTMS is kept with the client's words.
    @Test func sharingInformationLineByLineKeepsANoWithTheClientsWords() throws {
        let store = try KeyworkBinary.temporaryStore()
        let lines = [
            "", "", "", "", "", "",  // the information screens
            "1 3", "My sister, only my appointment times.", "",  // who, the details, the summary
            "yes", "no", "I do not want to be counted.", "yes", "yes", "yes",  // each line, one by one
            Self.clientSignature, GuideWalk.keyworker, "",  // the signatures
            "",  // what happens next
        ]
        let result = try KeyworkBinary.run(
            [
                "session", "--plain", "--guide", "sharing-information", "--client", GuideWalk.clientReference,
                "--keyworker", GuideWalk.keyworker, "--store", store,
            ], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(1200))")
        #expect(result.output.contains("Type question: note a question, at any time."))
        #expect(result.output.contains("Saved and sealed"))
        try GuideWalk.checkSealedStore(store, client: Self.clientSignature)

        let id = try StoreContents(root: store).onlySessionID()
        let copy = Tmux.collapsingWhitespace(try KeyworkBinary.run(["export", id, "--store", store]).output)
        #expect(
            copy.contains(
                "“Some facts about my treatment may be sent to NDTMS, the national count.” You said: “I do not want to be counted.”"
            ))
        #expect(copy.contains("- My keyworker may talk to my family member or partner, as I said."))
        #expect(copy.contains("- My keyworker may talk to my housing worker, as I said."))
    }

    @Test func stayingSafeLineByLineEndsInAVerifiedSeal() throws {
        let store = try KeyworkBinary.temporaryStore()
        let lines =
            Array(repeating: "", count: 9)  // the safety screens
            + ["1", "1 2 5", "Call my sister if I feel low.", ""]  // naloxone, the plan, own words, the summary
            + Array(repeating: "yes", count: Self.stayingSafeStatements.count)
            + [Self.clientSignature, GuideWalk.keyworker, "", ""]
        let result = try KeyworkBinary.run(
            [
                "session", "--plain", "--guide", "staying-safe", "--client", GuideWalk.clientReference, "--keyworker",
                GuideWalk.keyworker, "--store", store,
            ], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(1200))")
        #expect(result.output.contains("Call 999 and ask for an ambulance") || result.output.contains("call 999"))
        #expect(result.output.contains("Saved and sealed"))
        try GuideWalk.checkSealedStore(store, client: Self.clientSignature)
    }
}
