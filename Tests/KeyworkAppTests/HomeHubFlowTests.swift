import Foundation
import KeyworkApp
import KeyworkConfig
import KeyworkRecord
import KeyworkScreen
import KeyworkTerminalTesting
import Testing

/// The home screen as the hub every path comes back to: what is due opens what it needs, a mistyped reference is
/// asked again, Esc goes back one step, F1 helps everywhere, and a session started by mistake is closed as not
/// used, never deleted.
@Suite struct HomeHubFlowTests {
    private static let homeQuestion = "What would you like to do?"
    /// Far enough ahead that the tour's agreement (revisit after 7 days) and an unfinished session are due.
    /// The config of a computer where the keyworker's name is set, so nothing asks for it.
    private static let named = AppFixture.draftsAllowed.merging([.keyworkerName: "Sam Keyworker"]) { $1 }
    private static func inTwoWeeks() -> Date { Date().addingTimeInterval(14 * 86_400) }

    @Test func aDueRevisitOpensTheRevisitAndEndsBackHome() throws {
        let app = try AppFixture()
        let earlier = try app.sealedAgreement()
        // Home, what is due, its first item (the revisit); the revisit starts, and input ends (a pause).
        let io = ScriptedLines(["5", "1"])

        let result = try app.plainLauncher(io, config: Self.named, now: Self.inTwoWeeks).runHome()

        guard case .paused(let id) = result else {
            Issue.record("the revisit did not start: \(result)\n\(io.output.suffix(800))")
            return
        }
        #expect(io.output.contains("1. Revisit for client C-1042"), "what is due lists the revisit")
        #expect(io.output.contains("Last time you agreed to 3 things."), "the revisit of \(earlier) started")
        let lastHome = try #require(io.output.range(of: Self.homeQuestion, options: .backwards))
        let revisit = try #require(io.output.range(of: "Last time you agreed"))
        #expect(lastHome.lowerBound > revisit.lowerBound, "it ended on the home screen")
        #expect(io.output.contains("Session \(id) is paused"), "home says the revisit is paused and saved")
    }

    @Test func aDueUnfinishedSessionOpensAndIsCarriedOnToTheSeal() throws {
        let app = try AppFixture()
        let id = try app.pausedTour()
        let io = ScriptedLines(["5", "1", "1"] + AppFixture.wholeTour.dropFirst(3))

        let result = try app.plainLauncher(io, now: Self.inTwoWeeks).runHome()

        #expect(result.sealedID == id, "\(result)\n\(io.output.suffix(800))")
        #expect(try app.verify(id).outcome == .valid)
        #expect(io.output.contains("Carry it on"))
    }

    @Test func aMistypedReferenceIsAskedAgainAndTheRevisitStarts() throws {
        let app = try AppFixture()
        _ = try app.sealedAgreement()
        let io = ScriptedLines(["3", "C-1O42", "C-1042"])

        let result = try app.plainLauncher(io, config: Self.named).runHome()

        guard case .paused = result else {
            Issue.record("the revisit did not start: \(result)\n\(io.output.suffix(800))")
            return
        }
        #expect(io.output.contains("No signed agreement was found for client C-1O42."))
        #expect(io.output.contains("Check it and type it again, or press Esc to go back."))
        #expect(try app.store.listSessions().count == 2, "the agreement and the revisit")
    }

    @Test func aProblemOnTheWayIsShownAndLeadsBackHome() throws {
        let app = try AppFixture()
        // Carry on, with nothing to carry on: said on the screen, not by ending the program.
        let io = ScriptedLines(["2", "", "6"])

        let result = try app.plainLauncher(io).runHome()

        #expect(result == .leftBeforeStarting)
        #expect(io.output.contains("there are no unfinished sessions"))
        #expect(io.output.components(separatedBy: Self.homeQuestion).count == 3, "home, the problem, home again")
        #expect(io.linesLeft == 0)
    }

    @Test func escapeGoesBackOneStepAtEveryQuestionOnTheWayToASession() throws {
        let app = try AppFixture()
        let tour = try AppFixture.menuNumber(ofGuide: "tour")
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 80, rows: 24),
            script: [
                .type("1"), .type(tour), .type("Sam\n"),  // start, the tour, the keyworker's name
                .key(.escape),  // at the client reference: back to the guides
                .key(.escape),  // at the guides: back home
                .type("3"), .key(.escape),  // revisit's reference: back home
                .key(.escape),  // home: leave
            ])
        let launcher = app.fullScreenLauncher(terminal)

        let result = try launcher.runHome()

        #expect(result == .leftBeforeStarting)
        let titles = terminal.frames.map { frame in
            ["What would you like to do?", "Which guide", "Type the agency's reference"].first {
                frame.text.contains($0)
            } ?? "-"
        }
        let steps = titles.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }.filter { $0 != "-" }
        #expect(
            steps == [
                "What would you like to do?", "Which guide", "Type the agency's reference", "Which guide",
                "What would you like to do?", "Type the agency's reference", "What would you like to do?",
            ], "\(steps)")
        #expect(try app.store.listSessions().isEmpty, "nothing was started")
    }

    @Test func helpOpensOnTheHomeScreenAndInPickersAndTheKeyThatClosesItChoosesNothing() throws {
        let app = try AppFixture()
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 60, rows: 16),
            script: [
                .key(.function(1)), .key(.enter),  // help on home; Enter only closes it
                .type("1"), .type("?"), .type("1"),  // the guides: ? is help there, and "1" only closes it
                .key(.escape), .key(.escape),
            ])
        let launcher = app.fullScreenLauncher(terminal)

        let result = try launcher.runHome()

        #expect(result == .leftBeforeStarting)
        #expect(terminal.frames.filter { $0.text.contains("Help: the keys") }.count >= 2)
        #expect(terminal.frames.contains { $0.text.contains("go back one step") })
        #expect(try app.store.listSessions().isEmpty, "no key that closed help chose anything")
        #expect(terminal.drawingProblems.isEmpty, "\(terminal.drawingProblems)")
    }

    @Test func aSessionStartedByMistakeIsClosedAsNotUsedSealedAndKept() throws {
        let app = try AppFixture()
        let id = try app.pausedTour()
        // Carry on, the session, close it as not used, yes.
        let io = ScriptedLines(["2", "1", "2", "1"])

        let result = try app.plainLauncher(io).runHome()

        #expect(result == .leftBeforeStarting)
        #expect(io.output.contains("Session \(id) is closed as not used and sealed. It is kept."))
        let verification = try app.verify(id)
        #expect(verification.outcome == .valid)
        #expect(verification.summary.contains("NOT USED"), "\(verification.summary)")
        let journal = try String(contentsOfFile: app.store.sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
        #expect(journal.contains("\"event\":\"closed_not_used\""))
        #expect(try app.store.listSessions().count == 1, "nothing was deleted")
        #expect(app.plainLauncher(ScriptedLines([])).homeMenu().items[1].contains("none now"))
        let due = try DueList.build(store: app.store, now: Self.inTwoWeeks(), guide: RevisitSource.pinnedGuide)
        #expect(due.items.isEmpty, "a session not used is not due: \(due.items)")
        let trust = try VerificationTrust.of(store: app.store)
        let copy = try SessionCopy.make(
            Verifier.readVerified(folder: app.store.sessionFolder(id), trust: trust), store: app.store, trust: trust,
            settings: app.settings()
        ) { _ in .english }
        let text = copy.rendered(as: .text, timeZone: .current).split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        #expect(
            text.contains(
                "This session was closed as not used: it was started by mistake, and nothing in it was agreed."))
    }

    @Test func sayingNoToClosingAsNotUsedGoesBackAndChangesNothing() throws {
        let app = try AppFixture()
        let id = try app.pausedTour()
        let io = ScriptedLines(["2", "1", "2", "2", "back", "back", "6"])

        _ = try app.plainLauncher(io).runHome()

        #expect(try app.verify(id).outcome == .unfinished)
        #expect(io.linesLeft == 0)
    }

    @Test func theListOfUnfinishedSessionsNamesScreensByTheirTitles() throws {
        let app = try AppFixture()
        _ = try app.pausedTour()
        let io = ScriptedLines(["2"])

        _ = try app.plainLauncher(io).runHome()

        #expect(!io.output.contains("at screen"), "\(io.output)")
        #expect(io.output.contains("· at “"), "\(io.output)")
        #expect(io.output.contains("A short tour"), "the guide by its title:\n\(io.output)")
    }
}

extension LaunchResult {
    /// The session id, when sealed.
    var sealedID: String? {
        if case .sealed(let id, _, _, _) = self { return id }
        return nil
    }
}
