import KeyworkArchive
import KeyworkForgery
import KeyworkGuides
import KeyworkRecord
import Testing

/// `due --archive` lists from `keywork_client_latest`, each client's latest agreement and wait, which the archive's
/// triggers keep as sessions are inserted and deleted.
@Suite struct ArchiveDueTests {
    @Test func onlyEachClientsLatestAgreementIsListedAndRetentionBringsBackTheOneBefore() throws {
        let fixture = try ArchiveFixture()
        // C-1's first agreement was due on 2026-10-01; the second, on 2026-12-20, is not yet due on 2026-12-10.
        let earlier = try fixture.sessions.session(client: "C-1", on: "2026-09-01", DueStore.agreement(waitWeeks: nil))
        let later = try fixture.sessions.session(client: "C-1", on: "2026-11-20", DueStore.agreement(waitWeeks: nil))
        let other = try fixture.sessions.session(client: "C-2", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        #expect(try fixture.push().pushed.count == 3)
        #expect(
            try fixture.psql(
                "SELECT string_agg(client_reference || '=' || agreement_session_id, ',' ORDER BY client_reference) "
                    + "FROM keywork_client_latest") == "C-1=\(later),C-2=\(other)")
        let today = try #require(GuideDate("2026-12-10"))
        #expect(try listed(fixture, today: today) == [other])

        try fixture.psql(
            "BEGIN; SET LOCAL ROLE keywork_retention; DELETE FROM keywork_sessions WHERE session_id = '\(later)'; COMMIT;"
        )
        #expect(try listed(fixture, today: today) == [earlier, other])
        try fixture.psql("BEGIN; SET LOCAL ROLE keywork_retention; DELETE FROM keywork_sessions; COMMIT;")
        #expect(try fixture.psql("SELECT count(agreement_session_id) FROM keywork_client_latest") == "0")
        #expect(try listed(fixture, today: today).isEmpty)
    }

    @Test func aWaitIsListedFromTheLatestSessionThatRecordsOne() throws {
        let fixture = try ArchiveFixture()
        let waiting = try fixture.sessions.session(
            client: "C-3", on: "2026-10-20", DueStore.agreement(waitWeeks: 4))
        _ = try fixture.push()
        #expect(try fixture.psql("SELECT wait_session_id FROM keywork_client_latest") == waiting)
        let list = try due(fixture, today: try #require(GuideDate("2026-12-10")))
        #expect(list.items.contains { $0.kind == .wait && $0.sessionID == waiting })
    }

    @Test func aChangedRowOfThePerClientTableIsCaughtByTheBytes() throws {
        let fixture = try ArchiveFixture()
        let sessionID = try fixture.sessions.session(
            client: "C-4", on: "2026-12-01", DueStore.agreement(waitWeeks: nil))
        _ = try fixture.push()
        let today = try #require(GuideDate("2026-12-10"))
        #expect(try listed(fixture, today: today).isEmpty)
        // Someone with the owner's rights moves the date so that the client is listed: the bytes say otherwise.
        try fixture.psql("UPDATE keywork_client_latest SET next_revisit = '2026-12-01'")
        let list = try due(fixture, today: today)
        #expect(list.items.isEmpty)
        #expect(list.attention.map(\.kind) == ["archive_columns_differ"])
        #expect(list.attention.map(\.sessionID) == [sessionID])
    }

    private func due(_ fixture: ArchiveFixture, today: GuideDate) throws -> DueList {
        let guide = fixture.sessions.guide
        return try ArchiveDue(connection: fixture.connection, trust: try fixture.trust(), guide: { _ in guide })
            .list(today: today, filter: .init())
    }

    private func listed(_ fixture: ArchiveFixture, today: GuideDate) throws -> [String] {
        let list = try due(fixture, today: today)
        #expect(list.attention.isEmpty, "\(list.attention)")
        return list.items.map(\.sessionID).sorted()
    }
}
