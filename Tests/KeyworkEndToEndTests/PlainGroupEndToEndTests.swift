import Foundation
import Testing

/// A group walkthrough line by line through the real binary, from piped input with no terminal at all:
/// the head count, the ground rules by count, the question step, the facilitator's signature and a seal
/// that `keywork verify` accepts.
@Suite struct PlainGroupEndToEndTests {
    static let questions = ["Can I get naloxone today?", "What if I miss a dose?"]
    static let answers = ["Yes, ask at the desk.", "Tell the chemist and your keyworker."]

    /// Every line of the built-in induction group, with a count that is refused and then given again.
    static let inductionLines =
        [
            "6",  // how many in the group
            "",  // welcome
            "", "7",  // keep the 6 here, then 7 agreed: refused
            "", "5",  // asked again: keep 6, then 5 agreed
            "", "", "", "", "", "", "",  // first weeks to naloxone
            "6",  // topics: side effects
            "", "",  // let's talk
            "1",  // how the group feels
        ] + questions + [""] + answers + [
            "",  // the summary
            "yes", "yes", GroupWalk.facilitator, "",  // the sign-off
        ]

    func input(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    @Test func theInductionGroupFromPipedInputEndsInAVerifiedSeal() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(
            [
                "group", "--plain", "--guide", "induction-group", "--facilitator", GroupWalk.facilitator, "--store",
                store,
            ],
            environment: ["TERM": "dumb"], input: input(Self.inductionLines))
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        #expect(!result.output.contains("\u{1B}"))
        for words in [
            "How many in the group?", "Our ground rules. Screen 2 of",
            "1. What people say here stays in this room.", "Head count at the start: 6",
            "7 agreed, but only 6 are here. Please count again.", "Noted. 2 questions so far.",
            "Question 1: Can I get naloxone today?", "Facilitator signs. This means: I ran this group",
            "Receipt code:",
        ] {
            #expect(result.output.contains(words), "missing: \(words)")
        }

        let id = try GroupWalk.checkSealedStore(store, headCount: 6)
        let events = try StoreContents(root: store).events(id)
        let noted = events.filter { $0.eventName == "question_noted" }
        #expect(noted.compactMap { $0.eventData["text"] as? String } == Self.questions)
        for event in noted {
            #expect(
                Set(event.eventData.keys).isDisjoint(with: ["participant", "participants", "initials", "who", "name"]),
                "a question says who asked: \(event)")
        }
        let answered = events.filter { $0.eventName == "question_answered" }
        #expect(answered.compactMap { $0.eventData["answer"] as? String } == Self.answers)
        let counts = events.filter { $0.eventName == "answered" }.compactMap {
            $0.eventData["answer"] as? [String: Any]
        }
        .filter { $0["type"] as? String == "acknowledged" }
        #expect(counts.count == 1, "one count, the refused one never recorded: \(counts)")
        #expect(counts.first?["agreed"] as? Int == 5 && counts.first?["present"] as? Int == 6)
    }

    @Test func accessibleAsksTheHeadCountAndInitialsAgainAfterWrongOnesAndPausesWhenInputEnds() throws {
        let store = try KeyworkBinary.temporaryStore()
        let guidePath = store + "-small-group.yaml"
        try GroupWalkEndToEndTests.smallGroupGuide.write(toFile: guidePath, atomically: true, encoding: .utf8)
        let result = try KeyworkBinary.run(
            ["group", "--guide", guidePath, "--facilitator", GroupWalk.facilitator, "--store", store],
            environment: ["ACCESSIBLE": "1", "TERM": "dumb"], input: input(["eight", "8", "Alexander", "AB CD", ""]))
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        #expect(!result.output.contains("\u{1B}"))
        #expect(result.output.contains("Please type how many people are in the group, as a number, such as 8."))
        #expect(result.output.contains("\"Alexander\" is not initials. Please type initials only, such as AB CD"))
        #expect(result.output.contains("How many agree to the ground rules?"))
        #expect(result.output.contains("Paused. Everything is saved."))
        let contents = StoreContents(root: store)
        let id = try contents.onlySessionID()
        let text = try String(contentsOfFile: contents.sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
        let header = try #require(
            JSONSerialization.jsonObject(with: Data(text.split(separator: "\n")[0].utf8)) as? [String: Any])
        let participants = header.eventData["participants"] as? [String: Any]
        #expect(participants?["head_count"] as? Int == 8)
        #expect(participants?["initials"] as? [String] == ["AB", "CD"])
        #expect(try contents.events(id).last?.eventName == "paused")
    }
}
