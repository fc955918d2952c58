import Foundation
import Testing

/// Any built-in session guide, walked by keys in a real terminal, one screen type at a time. Every
/// step waits for words that only its own screen shows before it presses a key, and for the key's
/// effect before the next one. Long text may wrap anywhere, so screens are matched by their words.
struct GuideWalk {
    static let clientReference = "C-2001"
    static let keyworker = "Sam Keyworker"

    let tmux: Tmux

    /// Starts `keywork session --guide <guide>` in a tall window on a new private tmux server.
    static func start(guide: String, store: String, columns: Int = 100, rows: Int = 45) throws -> GuideWalk {
        let arguments = [
            KeyworkBinary.path, "session", "--guide", guide, "--client", clientReference, "--keyworker", keyworker,
            "--store", store,
        ]
        let command = arguments.map(Tmux.quote).joined(separator: " ")
        return GuideWalk(tmux: try Tmux(command: command, columns: columns, rows: rows))
    }

    /// An info screen: waits for a line of its text, pages down to its end, then Enter goes on.
    func read(_ text: String) throws {
        try tmux.waitFor(words: text)
        try tmux.pageToTheEnd()
        try tmux.send("Enter")
    }

    /// A choice screen: a digit chooses option `number`, and Enter confirms it.
    func choose(_ number: Int, prompt: String) throws {
        try tmux.waitFor(words: prompt)
        try tmux.send("\(number)")
        try tmux.waitFor("> (o) ")
        try tmux.send("Enter")
    }

    /// A multi screen: moves down to each of `labels` in order, ticks it, then Enter submits.
    /// `labels` are the options' labels, in screen order, up to the last one to tick.
    func tick(_ labels: [String], of options: [String], prompt: String) throws {
        try tmux.waitFor(words: prompt)
        for (index, option) in options.enumerated() {
            if index > 0 { try tmux.send("Down") }
            try tmux.waitFor("> [ ] \(option)")
            if labels.contains(option) {
                try tmux.send("Space")
                try tmux.waitFor("> [x] \(option)")
            }
        }
        try tmux.send("Enter")
    }

    /// A required text screen: types `text`, then Enter submits it.
    func say(_ text: String, prompt: String) throws {
        try tmux.waitFor(words: prompt)
        try tmux.type(text)
        try tmux.waitFor(text)
        try tmux.send("Enter")
    }

    /// A compare screen: Enter pages through the table (or the options one at a time), then goes on.
    func compare(prompt: String) throws {
        try tmux.enterUntilGone(prompt)
    }

    /// A decision form: the client's pick and why, the keyworker agrees, and it is accepted.
    func decide(option number: Int, label: String, why: String, prompt: String) throws {
        try tmux.waitFor(words: prompt)
        try fillDecision(option: number, label: label, why: why)
        try tmux.send("Enter")
    }

    /// Fills a decision form as `decide` does, stopping before the Enter that submits it.
    func fillDecision(option number: Int, label: String, why: String) throws {
        try tmux.send("\(number)")
        try tmux.waitFor("(o) \(label)")
        try tmux.send("Enter")
        try tmux.waitFor("> Why, in your own words")
        try tmux.type(why)
        try tmux.waitFor(why)
        try tmux.send("Enter")
        try tmux.waitFor("> The keyworker's view")
        try tmux.send("1")
        try tmux.waitFor("(o) Agree")
        try tmux.send("Enter")
        try tmux.waitFor("> Is this choice accepted into the plan?")
        try tmux.send("1")
        try tmux.waitFor("(o) Yes")
    }

    /// The availability form: the keyworker says the choice can start now.
    func sayItCanStartNow(_ label: String) throws {
        try tmux.waitFor("The choice: \(label)")
        try tmux.send("1")
        try tmux.waitFor("(o) Yes")
        try tmux.send("Enter")
    }

    /// Answers yes to the four SURE questions.
    func answerSureYes(intro: String) throws {
        let questions = [
            "Do you feel sure about the best choice for you?",
            "Do you know the good points and the risks of each option?",
            "Are you clear about which good points and risks matter most to you?",
            "Do you have enough support and advice to make a choice?",
        ]
        try tmux.waitFor(words: intro)
        for (index, question) in questions.enumerated() {
            try tmux.waitFor("> \(question)")
            try tmux.send("y")
            try tmux.waitUntil("\(index + 1) questions answered yes") {
                $0.components(separatedBy: "(o) Yes").count - 1 == index + 1
            }
            try tmux.send("Enter")
        }
    }

    /// The summary: no questions were noted, so it comes straight up; Enter pages to its end, then goes on.
    func readTheSummary(intro: String) throws {
        try tmux.waitFor(words: intro)
        try tmux.pageToTheEnd()
        try tmux.send("Enter")
    }

    /// Ticks every statement in turn, then the client and the keyworker sign, and Enter finishes.
    func agreeAndSign(
        intro: String, statements: [String], clientMeaning: String, client clientSignature: String
    ) throws {
        try tmux.waitFor(words: intro)
        try tmux.tickEveryStatement(statements)
        try tmux.send("Enter")
        try tmux.waitFor(words: "> Client: \(clientMeaning)")
        try tmux.type(clientSignature)
        try tmux.waitFor(clientSignature + "_")
        try tmux.send("Enter")
        try tmux.waitFor("Signed by \(clientSignature) (client)")
        try tmux.waitFor("> Keyworker: ")
        try tmux.type(GuideWalk.keyworker)
        // The name shows elsewhere too; in the field it runs into the field's fill.
        try tmux.waitFor(GuideWalk.keyworker + "_")
        try tmux.send("Enter")
        try tmux.waitFor("Everyone has signed. Press Enter to finish.")
        try tmux.send("Enter")
    }

    /// Leaves the "Saved and sealed" message and returns the program's exit status.
    func leaveTheSealedMessage() throws -> Int {
        let shown = try tmux.waitFor("Receipt code: ")
        #expect(shown.contains("Saved and sealed"))
        try tmux.send("Enter")
        return try tmux.waitForExit()
    }

    /// Checks the sealed store: the client's typed name is in a signed event, and `keywork verify`
    /// finds the session valid.
    static func checkSealedStore(_ storePath: String, client clientSignature: String) throws {
        let store = StoreContents(root: storePath)
        let id = try store.onlySessionID()
        let signatures = try store.events(id).filter { $0.eventName == "signed" }
        #expect(
            signatures.contains {
                $0.eventData["role"] as? String == "client" && $0.eventData["name"] as? String == clientSignature
            }, "the client's typed name is in a signed event: \(signatures)")
        #expect(
            signatures.contains {
                $0.eventData["role"] as? String == "keyworker" && $0.eventData["name"] as? String == keyworker
            }, "the keyworker's typed name is in a signed event: \(signatures)")
        let verified = try KeyworkBinary.run(["verify", storePath])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains("\(id)  valid"), "\(verified.output)")
    }
}

extension Tmux {
    /// Presses Enter, waiting each time for the screen to change, until `text` is no longer shown: how a
    /// comparison is walked, page by page and option by option, whatever the window's width.
    func enterUntilGone(_ text: String) throws {
        var screen = try waitFor(words: text)
        var presses = 0
        while Tmux.collapsingWhitespace(screen).contains(Tmux.collapsingWhitespace(text)) {
            presses += 1
            guard presses < 30 else { throw TmuxError.timedOut("Enter never left \"\(text)\":\n\(screen)") }
            try send("Enter")
            let before = screen
            screen = try waitUntil("the next page or option") { $0 != before }
        }
    }

    /// On a comparison: Enter pages down and shows each option in turn, until the whole comparison has
    /// been seen and the footer offers to go on; the Enter that goes on is left to the caller.
    func walkTheComparison() throws {
        var screen = try self.screen()
        var presses = 0
        // "Enter Next" then the next key (two spaces): not "Enter Next option" nor "Enter Next page".
        while screen.contains("more below") || !(screen.contains("Enter Go on") || screen.contains("Enter Next  ")) {
            presses += 1
            guard presses < 30 else { throw TmuxError.timedOut("the comparison never offered to go on:\n\(screen)") }
            try send("Enter")
            let before = screen
            screen = try waitUntil("the next page or option") { $0 != before }
        }
    }

    /// On long text: Enter pages down, waiting for each page, until "more below" (`marker`) is gone.
    func pageToTheEnd(marker: String = "more below") throws {
        var screen = try self.screen()
        var pages = 0
        while screen.contains(marker) {
            pages += 1
            guard pages < 50 else { throw TmuxError.timedOut("paging never reached the end:\n\(screen)") }
            try send("Enter")
            let before = screen
            screen = try waitUntil("the next page") { $0 != before }
        }
    }

    /// On a consent screen with the first statement highlighted: ticks each statement in turn with Space,
    /// moving down between them, and waits to see each one ticked.
    func tickEveryStatement(_ statements: [String]) throws {
        for (index, statement) in statements.enumerated() {
            if index > 0 { try send("Down") }
            try waitFor(words: "> [ ] \(statement)")
            try send("Space")
            try waitFor(words: "> [x] \(statement)")
        }
    }
}
