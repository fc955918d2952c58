import KeyworkArchive
import KeyworkForgery
import KeyworkPostgresCluster
import Testing

@Suite struct ArchiveSchemaTests {
    @Test func initMakesTheSchemaOnceAndASecondInitChangesNothing() throws {
        let cluster = try PostgresCluster.start()
        let (database, settings) = try cluster.makeDatabase()
        let connection = try ArchiveConnection(settings: settings)
        #expect(try ArchiveSchema.version(connection) == 0)
        #expect(try ArchiveSchema.initialize(connection) == .init(from: 0, to: ArchiveSchema.currentVersion))
        #expect(
            try ArchiveSchema.initialize(connection)
                == .init(from: ArchiveSchema.currentVersion, to: ArchiveSchema.currentVersion))
        let tables = try cluster.psql(
            database: database,
            "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE tablename LIKE 'keywork%'")
        #expect(
            tables
                == "keywork_client_latest,keywork_conflicts,keywork_devices,keywork_ledger_heads,keywork_retention_audit,keywork_schema,"
                + "keywork_sessions,keywork_team_members")
        #expect(
            try cluster.psql(database: database, "SELECT count(*) FROM keywork_schema")
                == String(ArchiveSchema.currentVersion))
    }

    @Test func updateAndDeleteAreRefusedByTheTriggerEvenForTheOwner() throws {
        let fixture = try ArchiveFixture()
        try fixture.sessions.session(client: "C-1", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        _ = try fixture.push()
        #expect(try fixture.psql("SELECT count(*) FROM keywork_sessions") == "1")
        for sql in [
            "UPDATE keywork_sessions SET keyworker = 'Mallory'", "DELETE FROM keywork_sessions",
            "TRUNCATE keywork_sessions", "UPDATE keywork_devices SET first_pushed = now()",
            "DELETE FROM keywork_ledger_heads",
        ] {
            let error = #expect(throws: PostgresCluster.Failure.self) { try fixture.psql(sql) }
            #expect(error?.description.contains("append-only") == true, "\(sql): \(error?.description ?? "")")
        }
        // What psql saw refused, Keywork's own connection sees refused too, with PostgreSQL's code for it.
        let refused = #expect(throws: ArchiveError.self) {
            try fixture.connection.execute("DELETE FROM keywork_sessions")
        }
        #expect(refused?.code == "42501")
        #expect(try fixture.psql("SELECT count(*) FROM keywork_sessions") == "1")
        // Only the retention role deletes, and only sessions.
        try fixture.psql("BEGIN; SET LOCAL ROLE keywork_retention; DELETE FROM keywork_sessions; COMMIT;")
        #expect(try fixture.psql("SELECT count(*) FROM keywork_sessions") == "0")
    }

    @Test func aKeyworkersLoginInsertsAndReadsButATeamLeaderOnlyReads() throws {
        let fixture = try ArchiveFixture()
        let suffix = fixture.database.suffix(8)
        try fixture.psql(
            """
            CREATE ROLE kw_worker_\(suffix) LOGIN IN ROLE keywork_keyworker;
            CREATE ROLE kw_leader_\(suffix) LOGIN IN ROLE keywork_team_leader;
            """)
        let insert = "INSERT INTO keywork_team_members VALUES ('North', 'Sam')"
        try fixture.sessions.session(client: "C-1", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        let worker = try ArchiveConnection(
            settings: fixture.cluster.settings(database: fixture.database, user: "kw_worker_\(suffix)"))
        let guide = fixture.sessions.guide
        let report = try ArchivePush(
            store: fixture.store, connection: worker, trust: try fixture.trust(), guide: { _ in guide }
        ).run()
        #expect(report.pushed.count == 1)
        let leader = try ArchiveConnection(
            settings: fixture.cluster.settings(database: fixture.database, user: "kw_leader_\(suffix)"))
        #expect(try leader.execute("SELECT count(*) FROM keywork_sessions").rows == [["1"]])
        for connection in [worker, leader] {
            let refused = #expect(throws: ArchiveError.self) { try connection.execute(insert) }
            #expect(refused?.code == "42501")
        }
        let refused = #expect(throws: ArchiveError.self) {
            try leader.execute("INSERT INTO keywork_devices (key_id, public_key) VALUES ('x', '\\x00')")
        }
        #expect(refused?.code == "42501")
    }

    @Test func aPasswordInTheSettingsIsRefusedBeforeAnyConnection() throws {
        for settings in [
            "postgresql://sam:secret@archive.example.org/keywork", "host=archive.example.org password=secret",
        ] {
            #expect(throws: ArchiveError.passwordInSettings) { try ArchiveConnection(settings: settings) }
        }
        let unreadable = #expect(throws: ArchiveError.self) { try ArchiveConnection(settings: "host='unclosed") }
        if case .badSettings? = unreadable {
        } else {
            Issue.record("not badSettings: \(String(describing: unreadable))")
        }
    }
}
