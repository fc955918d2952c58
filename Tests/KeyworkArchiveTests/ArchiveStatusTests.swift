import KeyworkArchive
import KeyworkForgery
import KeyworkRecord
import Testing

/// What the archive holds, set beside what a store notes as sent.
@Suite struct ArchiveStatusTests {
    @Test func theArchiveSaysWhatItHoldsFromThisComputerAndWhatItLacksOfWhatWasNoted() throws {
        let fixture = try ArchiveFixture()
        let kept = try fixture.sessions.session(client: "C-1", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        let gone = try fixture.sessions.session(client: "C-2", on: "2026-01-05", DueStore.agreement(waitWeeks: nil))
        _ = try fixture.push()
        let marks = try ArchiveMarks(store: fixture.store).read()
        #expect(Set(marks.keys) == [kept, gone])
        let deviceKey = try fixture.trust().deviceKey

        let whole = try ArchiveStatus.read(fixture.connection, deviceKey: deviceKey, marks: marks)
        #expect(whole.sessionsInArchive == 2)
        #expect(whole.sessionsFromThisComputer == 2)
        #expect(whole.notedButMissing.isEmpty)
        #expect(whole.ledgerHeadInArchive == ArchivePush.ledgerHead(of: fixture.store)?.seq)

        try fixture.psql(
            "BEGIN; SET LOCAL ROLE keywork_retention; DELETE FROM keywork_sessions WHERE session_id = '\(gone)'; COMMIT;"
        )
        // A note with another journal's hash is not what the archive holds either.
        var other = marks
        other[kept] = String(repeating: "0", count: 64)
        let after = try ArchiveStatus.read(fixture.connection, deviceKey: deviceKey, marks: other)
        #expect(after.sessionsInArchive == 1)
        #expect(after.notedButMissing == [kept, gone].sorted())
        // Another computer's key holds nothing there.
        let stranger = try ArchiveStatus.read(
            fixture.connection, deviceKey: [UInt8](repeating: 7, count: 32), marks: [:])
        #expect(stranger.sessionsFromThisComputer == 0)
        #expect(stranger.ledgerHeadInArchive == nil)
    }
}
