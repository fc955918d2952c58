import Foundation
import KeyworkTestSupport
import Testing

/// Walks the built-in tour by keys and kills the program with SIGKILL at seeded random points:
/// while a screen waits, just after a key that submits an answer, and (through the test-only
/// `KEYWORK_TEST_KILL_AFTER_WRITE`) between a journal line's write and its fsync. After every kill it
/// checks the journal on disk, then resumes and checks that the screen is the one the journal says.
final class KillNineHarness {
    /// One screen of the tour: the words that show it, the keys up to (not including) the one that
    /// submits it, that last key, and what its answer in the journal contains.
    struct Step: Sendable {
        var screen: String
        var words: String
        var prepare: @Sendable (Tmux) throws -> Void = { _ in }
        var submit: String = "Enter"
        /// The name and a fragment of the data of the event that records this screen's answer.
        var answer: (event: String, contains: String)?
        /// The keys before the submitting one write to the journal too (ticks and signatures).
        var writesWhilePreparing = false
    }

    private enum KillPoint: CaseIterable {
        /// The screen waits for a key; nothing is in flight.
        case waiting
        /// Straight after the key that submits a screen, before its effect shows.
        case afterSubmit
        /// The program kills itself after the Nth journal write and before its fsync.
        case betweenWriteAndFsync
    }

    static let typedWords = "Mostly the rent."
    static let why = "I can talk at home."
    static let clientSignature = "Jo Client"

    let storePath: String
    private var store: StoreContents { StoreContents(root: storePath) }
    private var random: SeededRandom
    private(set) var killPoints = 0
    private(set) var sealedSessions = 0
    /// Kills that the program did to itself between a journal write and its fsync.
    private(set) var killsBetweenWriteAndFsync = 0
    /// Answers on screens that had moved on but were missing from the journal after a kill.
    private(set) var lostAnswers = 0
    /// Steps whose next screen was seen, in the session being walked: their answers must survive.
    private var confirmed = 0
    private var sessionID: String?

    init(seed: UInt64) throws {
        storePath = try KeyworkBinary.temporaryStore()
        random = SeededRandom(seed: seed)
    }

    /// Runs kill points until there have been `count`, finishing (and verifying) each session the walk completes.
    func run(killPoints count: Int) throws {
        while killPoints < count {
            try runOneProcess()
        }
        if sessionID != nil { try finishTheSession() }
    }

    // MARK: One process, one kill

    private func runOneProcess() throws {
        if let id = sessionID, try store.events(id).contains(where: { $0.eventName == "completed" }) {
            // Killed after `completed` was recorded and before the seal: resuming seals it at once.
            let tmux = try launch(environment: [:])
            try tmux.waitFor("Receipt code: ")
            try tmux.send("Enter")
            #expect(try Self.exitStatus(tmux) == 0)
            try checkSealed(id)
            return
        }
        let point = KillPoint.allCases.randomElement(using: &random) ?? .waiting
        var environment: [String: String] = [:]
        if point == .betweenWriteAndFsync {
            environment["KEYWORK_TEST_KILL_AFTER_WRITE"] = "\(Int.random(in: 1...3, using: &random))"
        }
        let tmux = try launch(environment: environment)
        let position = confirmed
        if point == .betweenWriteAndFsync {
            // Drive on until the program kills itself; each screen either moves on or the program is gone.
            var step = position
            var stoppedBeforeWritesWhilePreparing = false
            while step < Self.steps.count {
                guard try waitForStepOrExit(step, tmux) else { break }
                confirmed = max(confirmed, step)
                // Its own keys could trigger the kill half way through; kill it from outside instead.
                if Self.steps[step].writesWhilePreparing {
                    stoppedBeforeWritesWhilePreparing = true
                    break
                }
                try Self.steps[step].prepare(tmux)
                try tmux.send(Self.steps[step].submit)
                step += 1
            }
            if step == Self.steps.count {
                // Fewer journal writes were left than the hook counts to: the session was sealed.
                let shown = try tmux.waitUntil("the seal or an exit") {
                    $0.contains("Receipt code: ") || $0.contains("[exit ")
                }
                if shown.contains("Receipt code: ") { try tmux.send("Enter") }
            }
            if stoppedBeforeWritesWhilePreparing, let pid = try tmux.programPID() {
                #expect(kill(pid, SIGKILL) == 0)
            }
            let status = try Self.exitStatus(tmux)
            #expect(status == 137 || status == 0, "killed by its own SIGKILL or sealed: \(String(describing: status))")
            if !stoppedBeforeWritesWhilePreparing && status == 137 { killsBetweenWriteAndFsync += 1 }
        } else {
            let forward = Int.random(in: 0...2, using: &random)
            var step = position
            for _ in 0..<forward where step < Self.steps.count - 1 {
                try tmux.waitFor(words: Self.steps[step].words)
                try Self.steps[step].prepare(tmux)
                try tmux.send(Self.steps[step].submit)
                step += 1
                try tmux.waitFor(words: Self.steps[step].words)
                confirmed = step
            }
            try tmux.waitFor(words: Self.steps[step].words)
            if point == .afterSubmit {
                try Self.steps[step].prepare(tmux)
                try tmux.send(Self.steps[step].submit)
            }
            let pid = try #require(try tmux.programPID(), "the program runs")
            #expect(kill(pid, SIGKILL) == 0)
            #expect(try Self.exitStatus(tmux) == 137)
        }
        killPoints += 1
        try checkTheStoreAfterAKill()
    }

    /// Starts a new session when none is under way, or resumes the one that is.
    private func launch(environment: [String: String]) throws -> Tmux {
        let arguments =
            sessionID.map { ["resume", $0, "--store", storePath] }
            ?? [
                "session", "--guide", "tour", "--client", "C-1042", "--keyworker", "Sam Keyworker", "--store",
                storePath,
            ]
        let command = ([KeyworkBinary.path] + arguments).map(Tmux.quote).joined(separator: " ")
        return try Tmux(command: command, columns: 100, rows: 45, environment: environment)
    }

    /// Waits for step `index`'s screen; false when the program ended first.
    private func waitForStepOrExit(_ index: Int, _ tmux: Tmux) throws -> Bool {
        let words = Tmux.collapsingWhitespace(Self.steps[index].words)
        let shown = try tmux.waitUntil("step \(Self.steps[index].screen) or an exit") {
            Tmux.collapsingWhitespace($0).contains(words) || $0.contains("[exit ")
        }
        return !shown.contains("[exit ")
    }

    // MARK: Checks

    /// Everything confirmed is in the journal, nothing was quarantined, and the journal says where
    /// the next resume must land, which the next process then checks on the screen.
    private func checkTheStoreAfterAKill() throws {
        let quarantined = (try? FileManager.default.contentsOfDirectory(atPath: storePath + "/quarantine")) ?? []
        #expect(quarantined.isEmpty, "nothing was quarantined")
        let ids = (try? store.sessionIDs()) ?? []
        // Sealed sessions sort before the one under way, as ids begin with the time they started.
        guard ids.count > sealedSessions, let id = ids.last else {
            // Killed before the new session's folder was made, with sealed ones beside it or none: nothing
            // was answered, so start again.
            #expect(confirmed == 0)
            #expect(ids.count == sealedSessions, "no session lost: \(ids)")
            return
        }
        #expect(ids.count == sealedSessions + 1, "one session under way besides the sealed ones: \(ids)")
        sessionID = id
        let events = try store.events(id)
        for step in Self.steps.prefix(confirmed) {
            guard let answer = step.answer else { continue }
            let found = events.contains { event in
                event.eventName == answer.event && event.eventData["screen"] as? String == step.screen
                    && Self.text(of: event).contains(answer.contains)
            }
            if !found { lostAnswers += 1 }
            #expect(found, "the answer on \(step.screen) survived kill point \(killPoints)")
        }
        if FileManager.default.fileExists(atPath: store.sessionFolder(id) + "/seal.sig") {
            try checkSealed(id)
            return
        }
        let shown = events.last { $0.eventName == "screen_shown" }?.eventData["screen"] as? String
        let position = Self.steps.firstIndex { $0.screen == shown } ?? 0
        if position < confirmed { lostAnswers += 1 }
        #expect(position >= confirmed, "the journal is at \(shown ?? "no screen"), behind a confirmed screen")
        confirmed = position
    }

    /// The seal verifies; the next process starts a new session.
    private func checkSealed(_ id: String) throws {
        let verified = try KeyworkBinary.run(["verify", store.sessionFolder(id)])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains("\(id)  valid"))
        sealedSessions += 1
        sessionID = nil
        confirmed = 0
    }

    /// Resumes the session under way and walks it to the seal.
    private func finishTheSession() throws {
        let tmux = try launch(environment: [:])
        for index in confirmed..<Self.steps.count {
            try tmux.waitFor(words: Self.steps[index].words)
            try Self.steps[index].prepare(tmux)
            try tmux.send(Self.steps[index].submit)
        }
        try tmux.waitFor("Receipt code: ")
        try tmux.send("Enter")
        #expect(try Self.exitStatus(tmux) == 0)
        if let id = sessionID { try checkSealed(id) }
    }

    /// The status the pane's shell prints; a killed program leaves its cursor anywhere, so the
    /// shell's line may wrap at the window's edge.
    private static func exitStatus(_ tmux: Tmux) throws -> Int? {
        let shown = try tmux.waitUntil("an exit status") {
            $0.replacingOccurrences(of: "\n", with: "").firstMatch(of: /\[exit \d+\]/) != nil
        }
        let match = shown.replacingOccurrences(of: "\n", with: "").firstMatch(of: /\[exit (\d+)\]/)
        return match.flatMap { Int($0.1) }
    }

    private static func text(of event: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: event) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: The tour

    static let steps: [Step] = [
        Step(screen: "welcome", words: TourWalk.welcomeText),
        Step(
            screen: "focus", words: TourWalk.focusText,
            prepare: { tmux in
                try tmux.send("1")
                try tmux.waitFor("> (o) Someone to talk to")
            }, answer: ("answered", "talk")),
        Step(
            screen: "in-your-words", words: TourWalk.inYourWordsText,
            prepare: { tmux in
                try tmux.type(typedWords)
                try tmux.waitFor(typedWords)
            }, answer: ("answered", typedWords)),
        Step(
            screen: "how-it-feels", words: TourWalk.hopeText,
            prepare: { tmux in
                try tmux.send("7")
                try tmux.waitFor("You chose 7.")
            }, answer: ("answered", "7")),
        Step(
            screen: "ways", words: "Here are three ways to get support.", prepare: { try $0.walkTheComparison() }),
        Step(
            screen: "choose", words: "Which way would suit you best this week?",
            prepare: { tmux in
                try GuideWalk(tmux: tmux).fillDecision(option: 2, label: "Phone call", why: why)
            }, answer: ("answered", why)),
        Step(
            screen: "can-we", words: "The choice: Phone call",
            prepare: { tmux in
                try tmux.send("1")
                try tmux.waitFor("(o) Yes")
            }, answer: ("answered", "can-we")),
        Step(
            screen: "how-sure", words: "Here are four short questions.",
            prepare: { tmux in
                for answered in 1...4 {
                    try tmux.send("y")
                    try tmux.waitUntil("\(answered) questions answered yes") {
                        $0.components(separatedBy: "(o) Yes").count - 1 == answered
                    }
                    if answered < 4 { try tmux.send("Enter") }
                }
            }, answer: ("answered", "how-sure")),
        Step(screen: "check", words: "Here is what you chose and said today.", prepare: { try $0.pageToTheEnd() }),
        Step(
            screen: "agree", words: "Please read each line. Tick it if you agree.",
            prepare: { tmux in
                let statements = [
                    "I chose the support that suits me this week.", "My keyworker will do what we agreed today.",
                    "We can look at this plan again at any time.",
                ]
                // A kill just after the last Enter may land before it was recorded: then resume comes back
                // here with every statement ticked and both signatures kept.
                let done = "Everyone has signed. Press Enter to finish."
                let shown = try tmux.waitUntil("the statements or the signatures") {
                    Tmux.collapsingWhitespace($0).contains("> [ ] \(statements[0])") || $0.contains(done)
                }
                if shown.contains(done) { return }
                try tmux.tickEveryStatement(statements)
                try tmux.send("Enter")
                try tmux.waitFor(words: "> Client: I agree to this plan for the week.")
                try tmux.type(clientSignature)
                try tmux.waitFor(clientSignature + "_")
                try tmux.send("Enter")
                try tmux.waitFor("> Keyworker: ")
                try tmux.type("Sam Keyworker")
                try tmux.waitFor("Sam Keyworker_")
                try tmux.send("Enter")
                try tmux.waitFor("Everyone has signed. Press Enter to finish.")
            }, answer: ("signed", clientSignature), writesWhilePreparing: true),
        Step(screen: "next", words: "Thank you. That is the end of the tour."),
    ]
}
