import Foundation
import Testing

/// The line-by-line mode driven through the real binary by piped input, no terminal at all: a whole
/// session to a sealed record that `keywork verify` accepts, and the end of input as a safe pause.
@Suite struct PlainModeEndToEndTests {
    /// The lines for a whole tour: every screen type, a question and a "not sure".
    static let tourLines = [
        "", "2", "1 3", "", "question Who will I see?", "not sure", "", "7", "",
        "2", "I can talk from home", "1", "yes",  // the decision
        "yes",  // it can start now
        "y", "y", "y", "y",  // SURE
        "You will see Sam.", "",  // the question, then the summary
        "yes", "yes", "yes", "Jo Client", "Sam Keyworker", "",  // consent
        "",  // what happens next
    ]

    static let firstAppointmentLines = [
        "", "", "",  // welcome, what happens, it is hard
        "1", "",  // stop using completely, then the screen about stopping
        "5", "",  // what matters, then the options side by side
        "2", "I can stay at home.", "1", "yes",  // the decision
        "yes", "y", "y", "y", "y", "",  // available now, SURE, the summary
        // consent: the line about waiting is not shown, as the choice can start now
        "yes", "yes", "yes", "yes", "yes", "Jo Client", "Sam Keyworker", "",
        "",  // what happens next
    ]

    func session(_ guide: String, store: String, extra: [String] = []) -> [String] {
        ["session", "--guide", guide, "--client", "C-1042", "--keyworker", "Sam Keyworker", "--store", store] + extra
    }

    func input(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    @Test func aWholeTourFromPipedInputEndsInAVerifiedSeal() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(
            session("tour", store: store, extra: ["--plain"]), environment: ["TERM": "dumb"],
            input: input(Self.tourLines))
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        #expect(!result.output.contains("\u{1B}"))
        for words in [
            "Welcome. Screen 1 of", "2. Help with day to day things. Like forms, money or a place to live.",
            "Option 2 of 3: Phone call", "Your question is noted.", "Question 1: Who will I see?",
            "Client signs. This means: I agree to this plan for the week.", "Receipt code:",
        ] {
            #expect(result.output.contains(words), "missing: \(words)")
        }
        // The seal's message is printed once: the line mode does not repeat it after the session.
        #expect(result.output.components(separatedBy: "Saved and sealed").count == 2)
        #expect(result.output.components(separatedBy: "Receipt code:").count == 2)
        let contents = StoreContents(root: store)
        let id = try contents.onlySessionID()
        let kinds = try contents.events(id).map(\.eventName)
        for kind in ["question_noted", "flag_raised", "question_answered", "statement_ticked", "signed", "completed"] {
            #expect(kinds.contains(kind), "no \(kind) event in \(kinds)")
        }
        let verify = try KeyworkBinary.run(["verify", contents.sessionFolder(id)])
        #expect(verify.status == 0, "verify said: \(verify.output) \(verify.errors)")
    }

    @Test func aLineTypedInAnotherCharacterSetIsAskedAgainAndNeverSealed() throws {
        let store = try KeyworkBinary.temporaryStore()
        // "I can talk from hôme" from a Latin-1 terminal: the ô is the one byte F4, which is not UTF-8.
        let reasons = try #require(Self.tourLines.firstIndex(of: "I can talk from home"))
        var bytes: [UInt8] = []
        for (index, line) in Self.tourLines.enumerated() {
            if index == reasons { bytes += Array("I can talk from h".utf8) + [0xF4] + Array("me\n".utf8) }
            bytes += Array((line + "\n").utf8)
        }
        let result = try KeyworkBinary.run(
            session("tour", store: store, extra: ["--plain"]), environment: ["TERM": "dumb"], inputBytes: bytes)
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        #expect(result.output.contains("Part of that line could not be read as text (I can talk from h\u{FFFD}me)"))
        let contents = StoreContents(root: store)
        let journal = try String(
            contentsOfFile: contents.sessionFolder(try contents.onlySessionID()) + "/journal.jsonl", encoding: .utf8)
        #expect(journal.contains("I can talk from home"))
        #expect(!journal.contains("\u{FFFD}") && !journal.contains("\\ufffd"), "nothing lost is sealed")
    }

    @Test func accessibleInTheEnvironmentRunsFirstAppointmentLineByLine() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(
            session("first-appointment", store: store), environment: ["ACCESSIBLE": "1", "TERM": "dumb"],
            input: input(Self.firstAppointmentLines))
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        #expect(result.output.contains("Treatment can be hard, and parts of it may be tough for you."))
        let contents = StoreContents(root: store)
        let verify = try KeyworkBinary.run(["verify", store])
        #expect(verify.status == 0, "verify said: \(verify.output) \(verify.errors)")
        #expect(try contents.sessionIDs().count == 1)
    }

    @Test func theEndOfInputPausesAndResumeCarriesOnToASeal() throws {
        let store = try KeyworkBinary.temporaryStore()
        let first = try KeyworkBinary.run(
            session("tour", store: store, extra: ["--plain"]), input: input(Array(Self.tourLines.prefix(3))))
        #expect(first.status == 0, "stderr: \(first.errors)")
        #expect(first.output.contains("Paused. Everything is saved."))
        let contents = StoreContents(root: store)
        let id = try contents.onlySessionID()
        #expect(try contents.events(id).last?.eventName == "paused")
        #expect(!FileManager.default.fileExists(atPath: contents.sessionFolder(id) + "/seal.sig"))

        let second = try KeyworkBinary.run(
            ["resume", id, "--plain", "--store", store], input: input(Array(Self.tourLines.dropFirst(3))))
        #expect(second.status == 0, "stderr: \(second.errors)\nstdout ends: \(second.output.suffix(800))")
        #expect(second.output.contains("In your own words. Screen"))
        let verify = try KeyworkBinary.run(["verify", contents.sessionFolder(id)])
        #expect(verify.status == 0, "verify said: \(verify.output) \(verify.errors)")
        let answers = try contents.events(id).filter { $0.eventName == "answered" }
        #expect(answers.contains { $0.eventData["screen"] as? String == "practical-help" })
    }

    @Test func theHomeScreenAsksForEverythingLineByLine() throws {
        let store = try KeyworkBinary.temporaryStore()
        // A first run that stops at the guide menu shows which number the tour has.
        let menu = try KeyworkBinary.run(["--plain", "--store", store], input: "1\n")
        #expect(menu.status == 0)
        #expect(menu.output.contains("Nothing was started."))
        let tourLine = try #require(menu.output.split(separator: "\n").first { $0.contains("(tour)") })
        #expect(tourLine.hasSuffix("(tour) – not yet clinically reviewed"), "the list says which guides are drafts")
        let tourNumber = try #require(Int(tourLine.prefix { $0.isNumber }))
        let lines = ["1", "\(tourNumber)", "Sam Keyworker", "C-2001"] + Array(Self.tourLines.prefix(2))
        let result = try KeyworkBinary.run(["--plain", "--store", store], input: input(lines))
        #expect(result.status == 0, "stderr: \(result.errors)")
        #expect(result.output.contains("1. Start a session"))
        #expect(result.output.contains("What is your name, as the keyworker?"))
        #expect(result.output.contains("This week. Screen 2 of"))
        #expect(result.output.contains("Paused. Everything is saved."))
    }
}
