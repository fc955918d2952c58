import Foundation
import KeyworkApp
import KeyworkConfig
import KeyworkRecord
import KeyworkTerminalTesting
import Testing

/// The home screen is drawn before the store is counted, so that a large store never holds up its first frame; the
/// counts then come into the same items, and a key pressed before they came acts on the item the keyworker saw.
@Suite struct HomeFirstFrameTests {
    static let carryOn = "Carry on an unfinished session"
    var archiveSetUp: [ConfigKey: String] {
        AppFixture.draftsAllowed.merging([.archive: HomeArchiveCountTests.unreachable]) { $1 }
    }

    @Test func theHomeScreenIsDrawnBeforeTheStoreIsCountedAndThenShowsTheCounts() throws {
        let app = try AppFixture()
        _ = try app.sealedAgreement()
        _ = try app.pausedTour()
        let terminal = InMemoryTerminal(
            size: .init(columns: 80, rows: 24), script: [.backgroundWorkFinishes, .key(.escape)])

        #expect(try app.fullScreenLauncher(terminal, config: archiveSetUp).runHome() == .leftBeforeStarting)

        #expect(terminal.framesDrawnWhenBackgroundWorkStarted == [1])
        let first = try #require(terminal.frames.first).text
        #expect(first.contains("What would you like to do?") && first.contains("6. Leave"))
        #expect(first.contains(Self.carryOn) && !first.contains(Self.carryOn + " ("))
        #expect(first.contains("See what is due") && !first.contains("not yet in the agency archive"))
        #expect(terminal.screenShows("2. \(Self.carryOn) (1)"))
        #expect(terminal.screenShows("5. See what is due (1 not yet in the agency archive)"))
        #expect(terminal.screenShows("> 1. Start a session"), "the highlight stayed where it was")
        #expect(terminal.drawingProblems.isEmpty, "\(terminal.drawingProblems)")
    }

    @Test func aKeyPressedBeforeTheCountsArriveChoosesTheItemTheKeyworkerSaw() throws {
        let app = try AppFixture()
        _ = try app.pausedTour()
        let terminal = InMemoryTerminal(
            size: .init(columns: 80, rows: 24), script: [.key(.down), .backgroundWorkFinishes, .key(.enter)])

        _ = try app.fullScreenLauncher(terminal).runHome()

        let texts = terminal.frames.map(\.text)
        #expect(texts[1].contains("> 2. \(Self.carryOn)") && !texts[1].contains("(1)"), "Down, before the counts")
        #expect(texts[2].contains("> 2. \(Self.carryOn) (1)"), "the counts, the highlight where it was")
        #expect(texts[3].contains("Which session would you like to carry on?"), "Enter chose carry on")
    }

    @Test func aStoreThatCannotBeCountedShowsTheMenuWithoutNumbers() throws {
        let app = try AppFixture()
        // A file where the sessions folder should be: the listing fails.
        try FileManager.default.createDirectory(atPath: app.root, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: app.store.sessionsFolder))
        let terminal = InMemoryTerminal(
            size: .init(columns: 80, rows: 24), script: [.backgroundWorkFinishes, .key(.escape)])

        #expect(try app.fullScreenLauncher(terminal, config: archiveSetUp).runHome() == .leftBeforeStarting)

        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[1] == terminal.frames[0], "no number, and never a wrong one such as “none now”")
        let menu = app.plainLauncher(ScriptedLines([]), config: archiveSetUp).homeMenu()
        #expect(menu.items[SessionLauncher.HomeChoice.carryOn.rawValue] == Self.carryOn)
        #expect(menu.items[SessionLauncher.HomeChoice.due.rawValue] == "See what is due")
    }

    @Test func theLineModePrintsTheCountsWithTheMenu() throws {
        let app = try AppFixture()
        _ = try app.pausedTour()
        _ = try app.pausedTour(client: "C-2001")
        let io = ScriptedLines([])

        #expect(try app.plainLauncher(io).runHome() == .leftBeforeStarting)

        #expect(io.output.contains("2. \(Self.carryOn) (2)"), "\(io.output)")
    }
}
