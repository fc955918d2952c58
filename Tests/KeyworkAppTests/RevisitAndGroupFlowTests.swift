import Foundation
import KeyworkApp
import KeyworkRecord
import KeyworkScreen
import KeyworkTerminalTesting
import Testing

/// Revisits looked up by client and groups run on the full screen (in memory), through the application.
@Suite struct RevisitAndGroupFlowTests {
    @Test func aRevisitFindsTheClientsLatestAgreementAndLinksToIt() throws {
        let app = try AppFixture()
        let earlier = try app.sealedAgreement()
        let io = ScriptedLines([])

        let result = try app.plainLauncher(io).startRevisit(client: "C-1042", session: nil, keyworker: "Sam")

        guard case .paused(let id) = result else {
            Issue.record("the revisit did not start and pause at the end of input: \(result)")
            return
        }
        #expect(id != earlier)
        let header = try #require(
            try String(contentsOfFile: app.store.sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
                .split(separator: "\n").first)
        #expect(header.contains(earlier), "the revisit's header links to the earlier agreement")
        #expect(io.output.contains("Last time you agreed to 3 things."), "it reads back the earlier agreement")
    }

    @Test func aRevisitNamedBySessionIDStartsFromThatAgreement() throws {
        let app = try AppFixture()
        let earlier = try app.sealedAgreement()

        let result = try app.plainLauncher(ScriptedLines([])).startRevisit(
            client: nil, session: earlier, keyworker: "Sam")

        guard case .paused = result else {
            Issue.record("the revisit did not start: \(result)")
            return
        }
        #expect(try app.store.listSessions().count == 2)
        let unknown = try #require(throws: Failure.self) {
            try app.plainLauncher(ScriptedLines([])).startRevisit(
                client: nil, session: "20261207-000000-abcdef", keyworker: "Sam")
        }
        #expect(unknown.status == .notFound)
        #expect(unknown.description.contains("there is no session with this id"))
    }

    @Test func aRevisitOfAClientWithNoAgreementStartsNothing() throws {
        let app = try AppFixture()
        let failure = try #require(throws: Failure.self) {
            try app.plainLauncher(ScriptedLines([])).startRevisit(client: "C-9999", session: nil, keyworker: "Sam")
        }
        #expect(failure.status == .notFound)
        #expect(failure.description.hasPrefix("error: there is no sealed agreement for client C-9999"))
        #expect(try app.store.listSessions().isEmpty)
    }

    @Test func aTamperedAgreementIsRefusedAndTheRefusalIsLogged() throws {
        let app = try AppFixture()
        let earlier = try app.sealedAgreement()
        let journal = app.store.sessionFolder(earlier) + "/journal.jsonl"
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        try text.replacingOccurrences(of: "I can talk from home", with: "I can talk from work")
            .write(toFile: journal, atomically: false, encoding: .utf8)

        let failure = try #require(throws: Failure.self) {
            try app.plainLauncher(ScriptedLines([])).startRevisit(client: "C-1042", session: nil, keyworker: "Sam")
        }

        #expect(failure.status == .invalid)
        #expect(failure.description.contains("does not verify"))
        let log = try String(contentsOfFile: AttentionLog(store: app.store).path, encoding: .utf8)
        #expect(log.contains(AttentionLog.revisitRefused) && log.contains(earlier))
        #expect(try app.store.listSessions().count == 1, "no revisit was started")
    }

    @Test func aGroupAsksTheHeadCountAgainUntilItIsANumberThenRuns() throws {
        let app = try AppFixture()
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 80, rows: 24),
            // What was typed stays in the field to be put right, as it does for people.
            script: [.type("lots\n")] + Array(repeating: .key(.backspace), count: 4) + [.type("12\n")])

        let result = try app.fullScreenLauncher(terminal).startGroup(guideName: nil, facilitator: "Sam")

        guard case .interrupted(let id) = result else {
            Issue.record("the group did not start and stop at the end of input: \(result)")
            return
        }
        let asked = terminal.frames.filter { $0.text.contains("How many in the group?") }
        #expect(asked.count >= 2, "the head count is asked again after a word that is not a number")
        let header = try #require(
            try String(contentsOfFile: app.store.sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
                .split(separator: "\n").first)
        #expect(header.contains("\"head_count\":12"))
        #expect(!header.contains("\"client\":\""), "a group records no client reference")
        let (report, status) = result.report(.english, sealMessageShown: false)
        #expect(status == .interrupted && report.contains(id))
    }

    @Test func theHomeMenuOnTheFullScreenLeavesWithNothingStarted() throws {
        let app = try AppFixture()
        let terminal = InMemoryTerminal(size: TerminalSize(columns: 80, rows: 24), script: [.key(.escape)])
        let launcher = app.fullScreenLauncher(terminal)

        let result = try launcher.runHome()

        #expect(result == .leftBeforeStarting)
        #expect(terminal.screenShows(launcher.homeMenu().items[0]), "the home menu was on screen")
        #expect(launcher.homeMenu().items.count == SessionLauncher.HomeChoice.allCases.count)
        #expect(try app.store.listSessions().isEmpty)
    }
}
