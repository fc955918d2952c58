import Foundation
import Testing

/// A first-appointment agreement walked by keys, then a revisit of it that changes one statement, in a real
/// terminal; then what verify says of the chain, and what happens when the earlier record is gone or changed.
@Suite struct RevisitEndToEndTests {
    static let client = "Jo Client"
    static let statements = [
        "I chose the way forward that feels right for me now.",
        "My keyworker told me the main risks, and how to lower them.",
        "I can say if something is not right for me, at any time.",
        "My keyworker will do what we agreed today.",
        "We will look at this plan again together, and it can change.",
    ]
    static let newWording = "We go over the risks together every month."

    /// Walks the built-in first appointment to a sealed agreement for `GuideWalk.clientReference`.
    static func sealFirstAppointment(store: String) throws {
        let walk = try GuideWalk.start(guide: "first-appointment", store: store)
        try walk.read("Thank you for coming in today. That can take a lot.")
        try walk.read("Treatment is more than a medicine. It is a plan that you and your keyworker make together.")
        try walk.read("Treatment can be hard, and parts of it may be tough for you.")
        try walk.choose(1, prompt: "What would you most like from treatment? There is no wrong answer.")
        try walk.tmux.waitFor("If you want to stop")
        try walk.read("Stopping completely is a real goal. We can plan for it together.")
        try walk.tick(
            ["Staying near home and family"], of: ["Staying near home and family"],
            prompt: "Which of these matter most to you? Pick any that fit.")
        try walk.compare(prompt: "Here are four main kinds of help. Look at each one.")
        try walk.decide(
            option: 2, label: "Detox in the community", why: "I can stay at home.",
            prompt: "Which way feels right for you now? Say why in your own words.")
        try walk.sayItCanStartNow("Detox in the community")
        try walk.answerSureYes(intro: BuiltinGuideWalkTests.sureIntro)
        try walk.readTheSummary(intro: BuiltinGuideWalkTests.summaryIntro)
        try walk.agreeAndSign(
            intro: "Please read each line. Tick it if you agree. Then you both sign.", statements: statements,
            clientMeaning: "I agree to this first plan.", client: client)
        try walk.read("Thank you. That is the end of today's session.")
        #expect(try walk.leaveTheSealedMessage() == 0)
    }

    /// Runs `keywork revisit --client` and changes the second statement; keeps the others.
    static func reviseSecondStatement(store: String) throws {
        let arguments = [
            KeyworkBinary.path, "revisit", "--client", GuideWalk.clientReference, "--keyworker", GuideWalk.keyworker,
            "--store", store,
        ]
        let walk = GuideWalk(
            tmux: try Tmux(command: arguments.map(Tmux.quote).joined(separator: " "), columns: 100, rows: 45))
        try walk.read("Last time you agreed to 5 things. We will look at each one together.")
        for (index, statement) in statements.enumerated() {
            let prompt = "Last time you agreed: \(statement) Is this still right for you?"
            if index != 1 {
                try walk.choose(1, prompt: prompt)
                continue
            }
            try walk.choose(3, prompt: prompt)
            try walk.say(newWording, prompt: "Type the new wording. Last time it said: \(statement)")
            try walk.tmux.waitFor(words: "New wording: \(newWording)")
            try walk.choose(1, prompt: "Keyworker: is the new wording agreed?")
        }
        try walk.tmux.waitFor("What is different from last time")
        try walk.tmux.waitFor("│ Changed: We go over the risks together")
        try walk.tmux.waitFor("4 others are still right.")
        try walk.tmux.send("Enter")
        try walk.choose(2, prompt: "When shall we look at this agreement again?")
        var agreed = statements
        agreed[1] = newWording
        try walk.agreeAndSign(
            intro: "Please read each line as it is now. Tick it if you agree, or say if you do not.",
            statements: agreed,
            clientMeaning: "I agree to this agreement as it is now.", client: client)
        try walk.tmux.waitFor(words: "We will look at it again in 8 weeks, as you chose.")
        try walk.read("Thank you both. The agreement as it is now is saved.")
        #expect(try walk.leaveTheSealedMessage() == 0)
    }

    /// The seal statement of a session, as JSON.
    static func sealStatement(_ store: StoreContents, _ id: String) throws -> [String: Any] {
        let text = try String(contentsOfFile: store.sessionFolder(id) + "/seal.sig", encoding: .utf8)
        let lines = text.split(separator: "\n")
        let object = try JSONSerialization.jsonObject(with: Data(lines[1].utf8))
        return object as? [String: Any] ?? [:]
    }

    @Test func aRevisitLinksToTheAgreementAndVerifyFollowsTheChain() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        try Self.sealFirstAppointment(store: storePath)
        let store = StoreContents(root: storePath)
        let earlier = try store.onlySessionID()
        try Self.reviseSecondStatement(store: storePath)
        let revisit = try #require(try store.sessionIDs().first { $0 != earlier })
        let earlierHash = try #require(try Self.sealStatement(store, earlier)["journal_sha256"] as? String)

        // The header and the seal both carry the link, by session id and journal hash.
        let header = try String(contentsOfFile: store.sessionFolder(revisit) + "/journal.jsonl", encoding: .utf8)
            .split(separator: "\n")[0]
        #expect(header.contains("\"links\":[{\"session\":\"\(earlier)\",\"journal_sha256\":\"\(earlierHash)\"}]"))
        let sealLinks = try Self.sealStatement(store, revisit)["links"] as? [[String: String]]
        #expect(sealLinks == [["session": earlier, "journal_sha256": earlierHash]])
        let worded = try store.events(revisit).first { $0.eventName == "agreement_worded" }
        let listed = worded?.eventData["statements"] as? [[String: Any]]
        #expect(
            listed?.compactMap { $0["text"] as? String }[1] == Self.newWording,
            "the agreed wording is in the revisit's own journal")
        // The line about the risks is one the agreement cannot stand without, and stays so.
        #expect(listed?[1]["required"] as? Bool == true)

        let verified = try KeyworkBinary.run(["verify", storePath])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(
            verified.output.contains(
                "\n  \(revisit) revisits \(earlier): valid, journal SHA-256 matches the link (\(earlierHash.prefix(12))...)\n"
            ), "\(verified.output)")

        let exported = try KeyworkBinary.run(["export", revisit, "--store", storePath])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output.contains(Self.newWording), "the client's copy has the wording as now agreed")

        // The 8 weeks chosen are the one next revisit date: on the copy, in verify and in due.
        #expect(!exported.output.contains("No next date was set"), "\(exported.output)")
        #expect(exported.output.contains("We look at this plan again on"), "\(exported.output)")
        let one = try KeyworkBinary.run(["verify", revisit, "--store", storePath])
        let date = try #require(one.output.firstMatch(of: /next revisit due (\d{4}-\d{2}-\d{2})/)?.1, "\(one.output)")
        let dueThen = try KeyworkBinary.run(["due", "--store", storePath, "--today", String(date), "--json"])
        #expect(
            dueThen.output.contains("\"kind\":\"revisit\"")
                && dueThen.output.contains("\"date\":\"\(date)\",\"days_overdue\":0"),
            "due lists the same date: \(dueThen.output)")

        // A copy of the store, for changing the earlier agreement while this one loses it.
        let copy = try KeyworkBinary.temporaryStore() + "/store"
        try FileManager.default.copyItem(atPath: storePath, toPath: copy)

        try FileManager.default.removeItem(atPath: store.sessionFolder(earlier))
        let missing = try KeyworkBinary.run(["verify", revisit, "--store", storePath])
        #expect(missing.status == 1)
        #expect(
            missing.output
                == "\(revisit)  INVALID  the earlier agreement \(earlier) that this session revisits is missing from the store\n"
        )

        // Tampering with the first agreement breaks the chain of the latest, so a new revisit refuses to link.
        let copied = StoreContents(root: copy)
        let journal = copied.sessionFolder(earlier) + "/journal.jsonl"
        let original = try String(contentsOfFile: journal, encoding: .utf8)
        try original.replacingOccurrences(of: "I can stay at home.", with: "I can stay at work.")
            .write(toFile: journal, atomically: false, encoding: .utf8)
        let refused = try KeyworkBinary.run([
            "revisit", "--client", GuideWalk.clientReference, "--keyworker", GuideWalk.keyworker, "--store", copy,
        ])
        #expect(refused.status == 1)
        let reason =
            "the earlier agreement \(earlier) that this session revisits does not verify: "
            + "the journal's SHA-256 does not match the seal (the journal was changed)"
        #expect(
            refused.errors == """
                error: cannot revisit: the earlier agreement \(revisit) does not verify: \(reason)
                note: nothing was linked to it and no revisit was started; this was recorded in \(copy)/attention.jsonl, \
                and `keywork due` lists it. Check the session with: keywork verify \(revisit)

                """)
        #expect(try copied.sessionIDs().count == 2, "no new session was started")
        // Naming the session instead of the client is refused the same way, and recorded with its client.
        let named = try KeyworkBinary.run(["revisit", revisit, "--keyworker", GuideWalk.keyworker, "--store", copy])
        #expect(named.status == 1)
        #expect(named.errors.hasPrefix("error: cannot revisit: the earlier agreement \(revisit) does not verify: "))
        let attention = try String(contentsOfFile: copy + "/attention.jsonl", encoding: .utf8)
        let entries = attention.split(separator: "\n")
        #expect(entries.count == 2)
        #expect(
            entries.allSatisfy {
                $0.contains("\"kind\":\"revisit_refused\",\"session\":\"\(revisit)\",\"client\":\"C-2001\"")
            })
        let due = try KeyworkBinary.run(["due", "--store", copy])
        #expect(
            due.output.contains("a revisit for client C-2001 was refused because session \(revisit) does not verify"))
    }

    @Test func aPausedRevisitResumesWithTheSameFlowRebuiltFromItsLink() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        try Self.sealFirstAppointment(store: storePath)
        let store = StoreContents(root: storePath)
        let earlier = try store.onlySessionID()
        let command = [
            KeyworkBinary.path, "revisit", earlier, "--keyworker", GuideWalk.keyworker, "--store", storePath,
        ]
        let first = GuideWalk(tmux: try Tmux(command: command.map(Tmux.quote).joined(separator: " ")))
        try first.read("Last time you agreed to 5 things.")
        // Beside the statement, what the client said last time in their own words.
        try first.tmux.waitFor(
            words: "What you said last time: Why you chose Detox in the community: \"I can stay at home.\"")
        try first.choose(2, prompt: "Last time you agreed: \(Self.statements[0])")
        try first.say("We go over it at each visit.", prompt: "Talk it through together. Then type what you decided")
        try first.tmux.waitFor(words: "Last time you agreed: \(Self.statements[1])")
        try first.tmux.send("F10")
        #expect(try first.tmux.waitForExit() == 0)
        let revisit = try #require(try store.sessionIDs().first { $0 != earlier })

        let resumed = try Tmux(
            command: [KeyworkBinary.path, "resume", revisit, "--store", storePath].map(Tmux.quote).joined(
                separator: " "))
        try resumed.waitFor(words: "Last time you agreed: \(Self.statements[1])")
        try resumed.send("F4")
        // What the talk decided was kept, and shows again on the way back.
        try resumed.waitFor("We go over it at each visit.")
        try resumed.send("F4")
        try resumed.waitFor("> (o) I want to talk about this")
        try resumed.send("F10")
        #expect(try resumed.waitForExit() == 0)
    }
}
