import Foundation
import Testing

/// The built-in `tour` guide, walked by keys in a real terminal. Every step waits for its screen's
/// text before it presses a key, and for the key's effect before the next one.
struct TourWalk {
    static let clientReference = "C-1042"
    static let keyworker = "Sam Keyworker"

    let tmux: Tmux

    /// Starts `keywork session` with the tour on a new private tmux server.
    static func start(store: String, columns: Int = 80, rows: Int = 24) throws -> TourWalk {
        let arguments = [
            "session", "--guide", "tour", "--client", clientReference, "--keyworker", keyworker, "--store", store,
        ]
        return TourWalk(tmux: try Tmux(command: command(arguments), columns: columns, rows: rows))
    }

    /// Runs `keywork resume` for a session on a new private tmux server.
    static func resume(_ sessionID: String, store: String) throws -> TourWalk {
        TourWalk(tmux: try Tmux(command: command(["resume", sessionID, "--store", store])))
    }

    private static func command(_ arguments: [String]) -> String {
        ([KeyworkBinary.path] + arguments).map(Tmux.quote).joined(separator: " ")
    }

    // MARK: The screens, in order

    static let welcomeText = "This is a short tour. It shows how a session works."
    static let focusText = "What would help you most this week?"
    static let inYourWordsText = "Is there anything else you want to say about this week?"
    static let hopeText = "How hopeful do you feel about this week?"

    func passWelcome() throws {
        try tmux.waitFor(TourWalk.welcomeText)
        try tmux.send("Enter")
    }

    /// Picks option `number` on "This week"; a digit picks and submits at once.
    func chooseFocus(_ number: Int) throws {
        try tmux.waitFor(TourWalk.focusText)
        try tmux.send("\(number)")
    }

    /// Ticks "Money and bills", shown only after "Help with day to day things".
    func tickMoneyAndBills() throws {
        try tmux.waitFor("Which of these would help? Pick one or two.")
        try tmux.send("Down")
        try tmux.waitFor("> [ ] Money and bills")
        try tmux.send("Space")
        try tmux.waitFor("> [x] Money and bills")
        try tmux.send("Enter")
    }

    func sayInOwnWords(_ text: String) throws {
        try tmux.waitFor(TourWalk.inYourWordsText)
        try tmux.type(text)
        try tmux.waitFor(text)
        try tmux.send("Enter")
    }

    func rateHope(_ value: Int) throws {
        try tmux.waitFor(TourWalk.hopeText)
        try tmux.send("\(value)")
        try tmux.waitFor("You chose \(value).")
        try tmux.send("Enter")
    }

    func lookAtTheWays() throws {
        try tmux.waitFor("Here are three ways to get support.")
        try tmux.send("Enter")
    }

    /// Fills the decision form: the client's pick and why, the keyworker agrees, and it is accepted.
    func decide(option number: Int, label: String, why: String) throws {
        try tmux.waitFor("Which way would suit you best this week?")
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
        try tmux.send("Enter")
    }

    func sayItCanStartNow(_ label: String) throws {
        try tmux.waitFor("The choice: \(label)")
        try tmux.send("1")
        try tmux.waitFor("(o) Yes")
        try tmux.send("Enter")
    }

    /// Answers yes to the four SURE questions.
    func answerSureYes() throws {
        let questions = [
            "Do you feel sure about the best choice for you?",
            "Do you know the good points and the risks of each option?",
            "Are you clear about which good points and risks matter most to you?",
            "Do you have enough support and advice to make a choice?",
        ]
        try tmux.waitFor("Here are four short questions.")
        for (index, question) in questions.enumerated() {
            try tmux.waitFor("> \(question)")
            try tmux.send("y")
            try tmux.waitUntil("\(index + 1) questions answered yes") {
                $0.components(separatedBy: "(o) Yes").count - 1 == index + 1
            }
            try tmux.send("Enter")
        }
    }

    func readTheSummary() throws {
        try tmux.waitFor("Here is what you chose and said today.")
        try tmux.send("Enter")
    }

    /// Ticks the three statements, then the client and the keyworker sign, and Enter finishes.
    func agreeAndSign(client clientSignature: String) throws {
        let statements = [
            "I chose the support that suits me this week.",
            "My keyworker will do what we agreed today.",
            "We can look at this plan again at any time.",
        ]
        try tmux.waitFor("Please read each line. Tick it if you agree.")
        for (index, statement) in statements.enumerated() {
            if index > 0 { try tmux.send("Down") }
            try tmux.waitFor("> [ ] \(statement)")
            try tmux.send("Space")
            try tmux.waitFor("> [x] \(statement)")
        }
        try tmux.send("Enter")
        try tmux.waitFor("> Client: I agree to this plan for the week.")
        try tmux.type(clientSignature)
        try tmux.waitFor(clientSignature)
        try tmux.send("Enter")
        try tmux.waitFor("Signed by \(clientSignature) (client)")
        try tmux.waitFor("> Keyworker: I explained this plan")
        try tmux.type(TourWalk.keyworker)
        try tmux.waitFor(TourWalk.keyworker)
        try tmux.send("Enter")
        try tmux.waitFor("Everyone has signed. Press Enter to finish.")
        try tmux.send("Enter")
    }

    func readWhatHappensNext() throws {
        try tmux.waitFor("Thank you. That is the end of the tour.")
        try tmux.send("Enter")
    }

    /// Reads the receipt code from the "Saved and sealed" message, then leaves it.
    func leaveTheSealedMessage() throws -> String {
        let shown = try tmux.waitFor("Receipt code: ")
        try #require(shown.contains("Saved and sealed"))
        let code = try #require(shown.firstMatch(of: /Receipt code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/)).1
        try tmux.send("Enter")
        return String(code)
    }

    // MARK: Leaving

    /// Presses F10 and waits for the program to exit; returns its status.
    func pauseWithF10() throws -> Int {
        try tmux.send("F10")
        return try tmux.waitForExit()
    }
}
