import Foundation
import Testing

/// The built-in `tour` guide, walked by keys in a real terminal. Every step waits for its screen's
/// text before it presses a key, and for the key's effect before the next one.
struct TourWalk {
    static let clientReference = "C-1042"
    static let keyworker = "Sam Keyworker"

    let tmux: Tmux

    /// Starts `keywork session` with the tour on a new private tmux server.
    static func start(
        store: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]
    ) throws -> TourWalk {
        let arguments = [
            "session", "--guide", "tour", "--client", clientReference, "--keyworker", keyworker, "--store", store,
        ]
        return TourWalk(
            tmux: try Tmux(command: command(arguments), columns: columns, rows: rows, environment: environment))
    }

    /// Runs `keywork resume` for a session on a new private tmux server.
    static func resume(
        _ sessionID: String, store: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]
    ) throws -> TourWalk {
        TourWalk(
            tmux: try Tmux(
                command: command(["resume", sessionID, "--store", store]), columns: columns, rows: rows,
                environment: environment))
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

    /// Chooses option `number` on "This week" with its digit, then confirms it with Enter.
    func chooseFocus(_ number: Int) throws {
        try tmux.waitFor(TourWalk.focusText)
        try tmux.send("\(number)")
        try tmux.waitFor("> (o) ")
        try tmux.send("Enter")
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

    /// The comparison: Enter pages through it (at 80 columns one option at a time), then goes on.
    func lookAtTheWays() throws {
        try tmux.enterUntilGone("Here are three ways to get support.")
    }

    /// The steps every guide shares, with the tour's own words.
    private var steps: GuideWalk { GuideWalk(tmux: tmux) }

    /// Fills the decision form: the client's pick and why, the keyworker agrees, and it is accepted.
    func decide(option number: Int, label: String, why: String) throws {
        try steps.decide(option: number, label: label, why: why, prompt: "Which way would suit you best this week?")
    }

    func sayItCanStartNow(_ label: String) throws {
        try steps.sayItCanStartNow(label)
    }

    /// Answers yes to the four SURE questions.
    func answerSureYes() throws {
        try steps.answerSureYes(intro: "Here are four short questions.")
    }

    func readTheSummary() throws {
        try steps.readTheSummary(intro: "Here is what you chose and said today.")
    }

    /// Ticks the three statements, then the client and the keyworker sign, and Enter finishes.
    func agreeAndSign(client clientSignature: String) throws {
        try steps.agreeAndSign(
            intro: "Please read each line. Tick it if you agree.",
            statements: [
                "I chose the support that suits me this week.",
                "My keyworker will do what we agreed today.",
                "We can look at this plan again at any time.",
            ],
            clientMeaning: "I agree to this plan for the week.", client: clientSignature)
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

    /// Walks from the welcome past the comparison, and waits for the decision form.
    func walkToTheDecision() throws {
        try passWelcome()
        try chooseFocus(1)
        try sayInOwnWords("Mostly the rent.")
        try rateHope(7)
        try lookAtTheWays()
        try tmux.waitFor(words: "Which way would suit you best this week?")
    }

    /// Walks from the welcome through the choice of a phone call that can start now, and waits for the SURE check.
    func walkToTheSureCheck() throws {
        try walkToTheDecision()
        try decide(option: 2, label: "Phone call", why: "I can talk at home.")
        try sayItCanStartNow("Phone call")
        try tmux.waitFor(words: "Here are four short questions.")
    }

    /// Walks from the welcome to the agreement, with a phone call chosen and accepted, and waits there.
    func walkToTheAgreement() throws {
        try walkToTheSureCheck()
        try answerSureYes()
        try readTheSummary()
        try tmux.waitFor(words: "Please read each line. Tick it if you agree.")
    }

    /// Walks from the welcome to "What happens next", signing as `clientSignature`, and waits there.
    func walkToTheLastScreen(client clientSignature: String) throws {
        try walkToTheAgreement()
        try agreeAndSign(client: clientSignature)
        try tmux.waitFor("Thank you. That is the end of the tour.")
    }

    // MARK: Leaving

    /// Presses F10 and waits for the program to exit; returns its status.
    func pauseWithF10() throws -> Int {
        try tmux.send("F10")
        return try tmux.waitForExit()
    }

    /// Presses F10 with words typed and not yet confirmed: the first press asks "Pause and leave?", the second
    /// leaves; returns the exit status.
    func pauseWithF10AfterTyping() throws -> Int {
        try tmux.send("F10")
        try tmux.waitFor("Pause and leave?")
        try tmux.send("F10")
        return try tmux.waitForExit()
    }
}
