import KeyworkApp
import KeyworkConfig
import KeyworkRecord
import Testing

/// The home screen's "See what is due" line says how many sealed sessions the agency archive does not hold yet, from
/// the store alone: only when an archive is set up, and never by asking it.
@Suite struct HomeArchiveCountTests {
    static let due = SessionLauncher.HomeChoice.due.rawValue
    /// An archive that cannot be reached: the count must not need it.
    static let unreachable = "host=/nonexistent-keywork-archive dbname=keywork"

    @Test func theDueLineCountsSealedSessionsNotYetArchivedWhenAnArchiveIsSetUp() throws {
        let app = try AppFixture()
        let sessionID = try app.sealedAgreement()
        var config = AppFixture.draftsAllowed
        #expect(app.plainLauncher(ScriptedLines([]), config: config).homeMenu().items[Self.due] == "See what is due")

        config[.archive] = Self.unreachable
        let menu = app.plainLauncher(ScriptedLines([]), config: config).homeMenu()
        #expect(menu.items[Self.due] == "See what is due (1 not yet in the agency archive)")

        // Pushed: the store notes it, and the count is gone.
        let journal = try app.verify(sessionID).journalSHA256
        try ArchiveMarks(store: app.store).append([(sessionID, try #require(journal))])
        #expect(app.plainLauncher(ScriptedLines([]), config: config).homeMenu().items[Self.due] == "See what is due")
    }

    @Test func anUnfinishedSessionIsNotCountedAsWaitingForTheArchive() throws {
        let app = try AppFixture()
        _ = try app.pausedTour()
        var config = AppFixture.draftsAllowed
        config[.archive] = Self.unreachable
        #expect(app.plainLauncher(ScriptedLines([]), config: config).homeMenu().items[Self.due] == "See what is due")
    }
}
