import Foundation
import KeyworkApp
import KeyworkRecord
import Testing

/// Whole flows of the application in the line mode, from the home menu to a sealed or paused record in a real
/// store: what used to be reachable only by running the binary in tmux.
@Suite struct LaunchFlowTests {
    @Test func theHomeMenuStartsASessionThatEndsSealedAndVerifies() throws {
        let app = try AppFixture()
        // With the config's default, a draft guide asks first whether to go on with it: "1" goes on.
        let io = ScriptedLines(
            ["1", try AppFixture.menuNumber(ofGuide: "tour"), "1", "Sam Keyworker", "C-1042"] + AppFixture.wholeTour)

        let result = try app.plainLauncher(io, config: [:]).runHome()

        guard case .sealed(let id, let folder, let code, _) = result else {
            Issue.record("not sealed: \(result); the output ends:\n\(io.output.suffix(1200))")
            return
        }
        #expect(io.linesLeft == 0)
        #expect(io.output.contains("Go on with this draft"), "the tour is a draft, and says so before it starts")
        #expect(folder == app.store.sessionFolder(id))
        #expect(try app.verify(id).outcome == .valid)
        #expect(io.output.contains(code), "the line mode shows the receipt code")
        // The name asked once is remembered on this computer, so the next session does not ask it again.
        #expect(KeyworkerProfile.name(in: app.store) == "Sam Keyworker")
        let (report, status) = result.report(.english, sealMessageShown: true)
        #expect(report.isEmpty && status == .success, "the seal message is already on screen in the line mode")
    }

    @Test func endedInputPausesAndResumeCarriesOnFromTheSameScreenToTheSeal() throws {
        let app = try AppFixture()
        let firstPart = Array(AppFixture.wholeTour.prefix(3))
        let first = ScriptedLines(firstPart)

        let paused = try app.plainLauncher(first).startSession(
            guideName: "tour", client: "C-1042", keyworker: "Sam Keyworker")

        let id = try app.onlySessionID()
        #expect(paused == .paused(sessionID: id))
        #expect(try app.verify(id).outcome == .unfinished)
        #expect(app.plainLauncher(ScriptedLines([])).homeMenu().items[1].contains("1"), "one unfinished session")

        // Carry on, chosen from the list of unfinished sessions.
        let second = ScriptedLines(["1", "1"] + AppFixture.wholeTour.dropFirst(3))
        let resumed = try app.plainLauncher(second).resumeSession(id: nil)

        guard case .sealed(let sealedID, _, _, _) = resumed else {
            Issue.record("not sealed: \(resumed); the output ends:\n\(second.output.suffix(1200))")
            return
        }
        #expect(sealedID == id)
        #expect(second.output.contains("C-1042"), "the list of unfinished sessions names the client by reference")
        #expect(try app.verify(id).outcome == .valid)
        // Only the summary shows the screens answered before the pause, and it holds those answers.
        #expect(second.output.contains("Help with day to day things"))
        #expect(second.output.contains("A safe place to live"))
        #expect(!first.output.contains("Who you see"), "the first part stopped before the comparison")
    }

    @Test func leavingAtTheDraftNoticeStartsNothing() throws {
        let app = try AppFixture()
        let io = ScriptedLines(["2"])

        let result = try app.plainLauncher(io, config: [:]).startSession(
            guideName: "tour", client: "C-1042", keyworker: "Sam")

        #expect(result == .leftBeforeStarting)
        #expect(try app.store.listSessions().isEmpty)
    }

    @Test func carryingOnWithNoUnfinishedSessionSaysHowToStartOne() throws {
        let app = try AppFixture()
        let failure = try #require(throws: Failure.self) {
            try app.plainLauncher(ScriptedLines([])).resumeSession(id: nil)
        }
        #expect(failure.status == .notFound)
        #expect(failure.description.hasPrefix("error: there are no unfinished sessions in \(app.root)"))
        #expect(failure.description.contains("note: start one with: keywork session"))
    }

    @Test func aGroupGuideIsRefusedForAOneToOneSessionBeforeAnythingIsWritten() throws {
        let app = try AppFixture()
        let failure = try #require(throws: Failure.self) {
            try app.plainLauncher(ScriptedLines([])).startSession(
                guideName: "induction-group", client: "C-1", keyworker: "Sam")
        }
        #expect(failure.status == .usage)
        #expect(failure.description.contains("keywork group --guide induction-group"))
        #expect(try app.store.listSessions().isEmpty)
    }

    @Test func anUnknownGuideIsALocatedErrorNotACrash() throws {
        let app = try AppFixture()
        let failure = try #require(throws: Failure.self) {
            try app.plainLauncher(ScriptedLines([])).startSession(
                guideName: "no-such-guide", client: "C-1", keyworker: "Sam")
        }
        #expect(failure.status == .notFound)
        #expect(failure.description.split(separator: "\n").allSatisfy { !$0.contains("error: error:") })
    }

    @Test func aJournalThatCannotBeWrittenEndsWithHowToCarryOn() throws {
        let app = try AppFixture()
        let io = ScriptedLines(AppFixture.wholeTour)
        let launcher = app.plainLauncher(io, faults: FileFaults(failSync: 3))

        let failure = try #require(throws: Failure.self) {
            try launcher.startSession(guideName: "tour", client: "C-1042", keyworker: "Sam Keyworker")
        }

        let id = try app.onlySessionID()
        #expect(failure.status == .ioError)
        #expect(failure.description.contains("the record could not be saved"))
        #expect(failure.description.contains("keywork resume \(id)"))
    }

    @Test func theKeyworkersNameFromTheConfigFileIsUsedWithoutAsking() throws {
        let app = try AppFixture()
        let io = ScriptedLines(["C-7"])

        let config = AppFixture.draftsAllowed.merging([.keyworkerName: "Alex Keyworker"]) { $1 }
        let result = try app.plainLauncher(io, config: config).startSession(
            guideName: "tour", client: nil, keyworker: nil)

        #expect(result == .paused(sessionID: try app.onlySessionID()))
        #expect(!io.output.contains("What is your name"), "the name is not asked:\n\(io.output)")
        let header = try String(
            contentsOfFile: app.store.sessionFolder(try app.onlySessionID()) + "/journal.jsonl", encoding: .utf8)
        #expect(header.contains("Alex Keyworker") && header.contains("C-7"))
    }

    @Test func theHomeMenuShowsWhatIsDueStartsNothingAndComesBackHome() throws {
        let app = try AppFixture()
        let io = ScriptedLines(["5"])

        let result = try app.plainLauncher(io).runHome()

        #expect(result == .leftBeforeStarting)
        #expect(io.output.components(separatedBy: "What would you like to do?").count == 3, "home, due, home again")
        #expect(io.output.contains("What is due"))
        #expect(io.output.contains("Nothing is due on "), "an empty store has nothing due:\n\(io.output)")
        #expect(try app.store.listSessions().isEmpty)
    }
}
