import Foundation
import Testing

/// A group walkthrough, run by keys in a real terminal with `keywork group`: the facilitator's head count,
/// ground rules agreed by count, questions typed in anonymously, the question review and the sign-off.
struct GroupWalk {
    static let facilitator = "Fran Facilitator"

    let tmux: Tmux
    /// The same steps as a one-to-one walk, for the screen types the two share.
    var shared: GuideWalk { GuideWalk(tmux: tmux) }

    /// Starts `keywork group` in a tall window on a new private tmux server; nil `guide` runs the default.
    static func start(guide: String?, store: String, columns: Int = 100, rows: Int = 45) throws -> GroupWalk {
        var arguments = [KeyworkBinary.path, "group", "--facilitator", facilitator, "--store", store]
        if let guide { arguments += ["--guide", guide] }
        let command = arguments.map(Tmux.quote).joined(separator: " ")
        return GroupWalk(tmux: try Tmux(command: command, columns: columns, rows: rows))
    }

    /// The first prompt: how many are in the group.
    func giveHeadCount(_ count: Int) throws {
        try tmux.waitFor("How many in the group?")
        try tmux.type(String(count))
        try tmux.send("Enter")
    }

    /// An acknowledge screen: keeps the head count as the number here, then types how many agreed.
    func countAgreement(agreed: Int, present: Int, prompt: String) throws {
        try tmux.waitFor(words: prompt)
        try tmux.waitFor("> How many people are here now?")
        try tmux.waitFor("\(present)_")
        try tmux.send("Enter")
        try tmux.waitFor(words: "> \(prompt)")
        try tmux.type(String(agreed))
        try tmux.waitFor("\(agreed)_")
        try tmux.send("Enter")
    }

    /// The anonymous question step: each question typed and added with Enter, then Enter on an empty line.
    func typeQuestions(_ questions: [String], prompt: String) throws {
        try tmux.waitFor(words: prompt)
        for (index, question) in questions.enumerated() {
            try tmux.type(question)
            try tmux.waitFor(question + "_")
            try tmux.send("Enter")
            try tmux.waitFor(words: "\(index + 1). \(question)")
        }
        try tmux.waitFor("Enter No more questions")
        try tmux.send("Enter")
    }

    /// The question review before the summary: answers each open question in turn.
    func answerQuestions(_ answers: [String]) throws {
        try tmux.waitFor("Questions to look at")
        for (index, answer) in answers.enumerated() {
            try tmux.send("Enter")
            try tmux.waitFor("Answer question \(index + 1)")
            try tmux.type(answer)
            try tmux.waitFor(answer)
            try tmux.send("Enter")
            try tmux.waitForAbsence(of: "Answer question \(index + 1)")
        }
        try tmux.waitFor("All questions are looked at.")
        try tmux.send("Enter")
    }

    /// The facilitator's sign-off: ticks each statement, signs, and finishes.
    func signOff(intro: String, statements: [String], meaning: String) throws {
        try tmux.waitFor(words: intro)
        try tmux.tickEveryStatement(statements)
        try tmux.send("Enter")
        try tmux.waitFor(words: "> Facilitator: \(meaning)")
        try tmux.type(GroupWalk.facilitator)
        try tmux.waitFor(GroupWalk.facilitator + "_")
        try tmux.send("Enter")
        try tmux.waitFor("Everyone has signed. Press Enter to finish.")
        try tmux.send("Enter")
    }

    /// Leaves the "Saved and sealed" message and returns the program's exit status.
    func leaveTheSealedMessage() throws -> Int {
        let shown = try tmux.waitFor("Receipt code: ")
        #expect(shown.contains("Saved and sealed"))
        #expect(Tmux.collapsingWhitespace(shown).contains("Thank you all."))
        try tmux.send("Enter")
        return try tmux.waitForExit()
    }

    /// Checks the sealed store: the facilitator signed, no client reference or initials outside the header,
    /// and `keywork verify` finds the session valid. Returns the session id.
    @discardableResult
    static func checkSealedStore(_ storePath: String, headCount: Int) throws -> String {
        let store = StoreContents(root: storePath)
        let id = try store.onlySessionID()
        let text = try String(contentsOfFile: store.sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
        let header = try #require(
            JSONSerialization.jsonObject(with: Data(text.split(separator: "\n")[0].utf8)) as? [String: Any])
        let data = header.eventData
        #expect(data["mode"] as? String == "group")
        #expect(data["client"] is NSNull, "a group has no client reference: \(data)")
        let participants = data["participants"] as? [String: Any]
        #expect(participants?["head_count"] as? Int == headCount)
        let events = try store.events(id)
        let signatures = events.filter { $0.eventName == "signed" }
        #expect(signatures.count == 1)
        #expect(signatures.first?.eventData["role"] as? String == "facilitator")
        #expect(signatures.first?.eventData["name"] as? String == facilitator)
        let verified = try KeyworkBinary.run(["verify", storePath])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains("\(id)  valid"), "\(verified.output)")
        return id
    }
}
