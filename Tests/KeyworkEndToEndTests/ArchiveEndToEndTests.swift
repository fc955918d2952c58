import Foundation
import KeyworkForgery
import KeyworkPostgresCluster
import KeyworkRecord
import Testing

/// The agency archive through the real binary, against a database of the test's own in a private PostgreSQL
/// cluster: two computers (stores with their own device keys, each trusting the other), push, revisit through the
/// archive, a push killed with kill -9, a row changed in the database.
@Suite struct ArchiveEndToEndTests {
    /// A database with the schema made through `keywork archive init`, and the environment that points at it.
    struct Archive {
        let cluster: PostgresCluster
        let database: String
        let environment: [String: String]

        init() throws {
            cluster = try PostgresCluster.start()
            let made = try cluster.makeDatabase()
            database = made.name
            environment = ["KEYWORK_ARCHIVE": made.settings]
            let initialized = try KeyworkBinary.run(["archive", "init"], environment: environment)
            #expect(initialized.status == 0, "\(initialized.errors)")
            #expect(initialized.output == "the agency archive's schema is now at version 2 (it was at 0)\n")
        }

        func run(_ arguments: [String], store: Store, input: String? = nil) throws -> KeyworkBinary.Result {
            try KeyworkBinary.run(arguments + ["--store", store.root], environment: environment, input: input)
        }

        @discardableResult
        func psql(_ sql: String) throws -> String { try cluster.psql(database: database, sql) }
    }

    /// Two computers' stores, A with sessions sealed by its own key, B with a key of its own; each trusts the other.
    static func twoComputers() throws -> (a: DueStore, b: Store) {
        let a = try DueStore()
        let b = Store(root: try KeyworkBinary.temporaryStore() + "/store")
        try b.prepare()
        let bKey = try DeviceKey.loadOrCreate(store: b)
        #expect(bKey.publicKeyBytes != a.key.publicKeyBytes)
        for (from, to, name) in [(a.store, b, "laptop-a"), (b, a.store, "laptop-b")] {
            let trusted = try KeyworkBinary.run([
                "key", "trust", from.keysFolder + "/device.pub", "--name", name, "--store", to.root,
            ])
            #expect(trusted.status == 0, "\(trusted.errors)")
        }
        return (a, b)
    }

    @Test func anAgreementSealedOnOneComputerIsRevisitedOnAnotherThroughTheArchive() throws {
        let archive = try Archive()
        let (a, b) = try Self.twoComputers()
        let agreement = try a.session(client: "C-2001", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        let pushed = try archive.run(["archive", "push"], store: a.store)
        #expect(pushed.status == 0, "\(pushed.errors)")
        #expect(pushed.output.hasPrefix("1 sent to the agency archive; 0 were there already\n"), "\(pushed.output)")
        #expect(
            try archive.psql("SELECT session_id, client_reference, is_agreement, next_revisit FROM keywork_sessions")
                == "\(agreement)|C-2001|t|2026-12-02")

        let revisit = try archive.run(
            ["revisit", "--client", "C-2001", "--keyworker", "Robin", "--plain"], store: b, input: Self.revisitInput)
        #expect(revisit.status == 0, "\(revisit.errors)")
        // Fetched into B's archive cache, never into its sessions/, and linked from B's own revisit.
        let cached = b.root + "/archive-cache/sessions/\(agreement)"
        #expect(FileManager.default.fileExists(atPath: cached + "/seal.sig"))
        #expect(!FileManager.default.fileExists(atPath: b.sessionFolder(agreement)))
        let own = try b.listSessions()
        #expect(own.count == 1 && own[0].isSealed, "\(own)")
        let verifiedB = try archive.run(["verify"], store: b)
        #expect(verifiedB.status == 0, "\(verifiedB.output)\(verifiedB.errors)")
        #expect(verifiedB.output.contains("\(own[0].id) revisits \(agreement): valid"), "\(verifiedB.output)")
        let verifiedA = try archive.run(["verify"], store: a.store)
        #expect(verifiedA.status == 0, "\(verifiedA.output)\(verifiedA.errors)")
        // B's revisit goes to the archive too, and the agreement's chain is whole there.
        let pushedB = try archive.run(["archive", "push"], store: b)
        #expect(pushedB.status == 0, "\(pushedB.errors)")
        #expect(try archive.psql("SELECT count(*) FROM keywork_sessions") == "2")
    }

    @Test func anAgreementSealedByAnUntrustedKeyNeedsTheKeyworkersWordAndTheRecordSaysSo() throws {
        let archive = try Archive()
        let a = try DueStore()
        let b = Store(root: try KeyworkBinary.temporaryStore() + "/store")
        try b.prepare()
        _ = try DeviceKey.loadOrCreate(store: b)
        let agreement = try a.session(client: "C-2501", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        let keyID = a.key.keyID
        let stopped = try archive.run(["revisit", "--client", "C-2501", "--plain"], store: b, input: "1\n")
        #expect(
            stopped.output.contains("sealed by a computer this one does not trust (key \(keyID))"), "\(stopped.output)")
        #expect(try b.listSessions().isEmpty, "nothing was started")
        let revisit = try archive.run(
            ["revisit", "--client", "C-2501", "--keyworker", "Robin", "--plain"], store: b,
            input: "2\n" + Self.revisitInput)
        #expect(revisit.status == 0, "\(revisit.output)\(revisit.errors)")
        let own = try #require(try b.listSessions().first)
        let journal = try String(contentsOfFile: b.sessionFolder(own.id) + "/journal.jsonl", encoding: .utf8)
        #expect(
            journal.contains(
                "\"event\":\"earlier_agreement_untrusted\",\"data\":{\"session\":\"\(agreement)\",\"key_id\":\"\(keyID)\"}"
            ),
            "\(journal)")
        let verified = try archive.run(["verify", own.id], store: b)
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        let strict = try archive.run(["verify", "--require-trusted", own.id], store: b)
        #expect(strict.status == 1, "\(strict.output)")
    }

    @Test func aPushKilledWithKillNineCarriesOnWithNothingLostOrDoubled() throws {
        let archive = try Archive()
        let a = try DueStore()
        var sealed: [String] = []
        for day in 1...5 {
            sealed.append(
                try a.session(client: "C-30\(day)", on: "2026-11-0\(day)", DueStore.agreement(waitWeeks: nil)))
        }
        // Two sessions a batch; the push stops for good after the second batch commits, before the store notes it.
        let pid = try Self.spawn(
            ["archive", "push", "--batch-size", "2", "--store", a.root],
            environment: archive.environment.merging(["KEYWORK_TEST_ARCHIVE_HANG_AFTER_BATCH": "2"]) { $1 })
        var committed = ""
        for _ in 0..<600 where committed != "4" {
            committed = try archive.psql("SELECT count(*) FROM keywork_sessions")
            if committed != "4" { usleep(100_000) }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(committed == "4", "the push reached its second batch")
        let marks = try String(contentsOfFile: a.root + "/archived.jsonl", encoding: .utf8)
        #expect(marks.split(separator: "\n").count == 2, "only the first batch was noted: \(marks)")

        let status1 = try archive.run(["archive", "status"], store: a.store)
        #expect(status1.output.hasPrefix("3 sealed sessions are not yet in the agency archive:\n"), "\(status1.output)")
        let resumed = try archive.run(["archive", "push", "--batch-size", "2"], store: a.store)
        #expect(resumed.status == 0, "\(resumed.errors)")
        #expect(resumed.output.hasPrefix("1 sent to the agency archive; 2 were there already\n"), "\(resumed.output)")
        #expect(
            try archive.psql("SELECT count(*), count(DISTINCT session_id) FROM keywork_sessions") == "5|5")
        #expect(
            try archive.psql("SELECT string_agg(session_id, ',' ORDER BY session_id) FROM keywork_sessions")
                == sealed.sorted().joined(separator: ","))
        // Every archived row is the store's exact bytes.
        for sessionID in sealed {
            let local = try Data(contentsOf: URL(fileURLWithPath: a.store.sessionFolder(sessionID) + "/journal.jsonl"))
            let archived = try archive.psql(
                "SELECT encode(journal, 'hex') FROM keywork_sessions WHERE session_id = '\(sessionID)'")
            #expect(archived == local.map { String(format: "%02x", $0) }.joined())
        }
        let status2 = try archive.run(["archive", "status"], store: a.store)
        #expect(status2.output.hasPrefix("every sealed session in \(a.root) is in the agency archive\n"))
        #expect(
            status2.output.contains(
                "the agency archive holds \(sealed.count) sealed sessions, \(sealed.count) of them from this computer; "
                    + "this computer notes \(sealed.count) as sent\n"), "\(status2.output)")
        let again = try archive.run(["archive", "push"], store: a.store)
        #expect(again.output.hasPrefix("0 sent to the agency archive; 0 were there already\n"), "\(again.output)")
    }

    @Test func aRowChangedInTheDatabaseIsCaughtOnFetchAndNothingLinksToIt() throws {
        let archive = try Archive()
        let (a, b) = try Self.twoComputers()
        let agreement = try a.session(client: "C-4001", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        // The client's signed name J becomes K, as someone with the database's owner rights could do.
        try archive.psql(
            """
            BEGIN;
            ALTER TABLE keywork_sessions DISABLE TRIGGER keywork_sessions_append_only;
            UPDATE keywork_sessions SET journal = overlay(journal PLACING '\\x4b'::bytea
                FROM position('"name":"J"'::bytea IN journal) + 8 FOR 1);
            ALTER TABLE keywork_sessions ENABLE TRIGGER keywork_sessions_append_only;
            COMMIT;
            """)
        let revisit = try archive.run(["revisit", "--client", "C-4001", "--plain"], store: b, input: Self.revisitInput)
        #expect(revisit.status == 1, "\(revisit.output)\(revisit.errors)")
        #expect(
            revisit.errors.contains(
                "cannot revisit: the earlier agreement \(agreement) does not verify: as fetched from the agency archive:"
            ),
            "\(revisit.errors)")
        #expect(!FileManager.default.fileExists(atPath: b.root + "/archive-cache/sessions/\(agreement)"))
        #expect(try b.listSessions().isEmpty)
        let due = try archive.run(["due", "--today", "2026-12-10"], store: b)
        #expect(due.output.contains("a revisit for client C-4001 was refused because session \(agreement)"))
        // The agency-wide list verifies the bytes too, and says which row does not.
        let dueArchive = try archive.run(["due", "--archive", "--today", "2026-12-10"], store: b)
        #expect(dueArchive.status == 1, "\(dueArchive.output)\(dueArchive.errors)")
        #expect(
            dueArchive.output.contains("Session \(agreement) does not verify: as the agency archive holds it:"),
            "\(dueArchive.output)")
    }

    @Test func theSameIdWithOtherBytesIsRefusedLoudlyAndBothAreKept() throws {
        let archive = try Archive()
        let (a, b) = try Self.twoComputers()
        let agreement = try a.session(client: "C-5001", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        let original = try archive.psql("SELECT journal_sha256 FROM keywork_sessions")
        // B holds a session of the same id, sealed by B's own key: it verifies, but it is not the archived one.
        var other = ForgedSession(id: agreement, key: try DeviceKey.load(store: b))
        other.clientReference = "C-5001"
        _ = try other.write(into: b)
        for _ in 0..<2 {
            let pushed = try archive.run(["archive", "push"], store: b)
            #expect(pushed.status == 1, "\(pushed.output)\(pushed.errors)")
            #expect(
                pushed.errors.contains(
                    "keywork: error: session \(agreement) is in the agency archive with other bytes than this "
                        + "computer's: it was NOT sent."), "\(pushed.errors)")
        }
        #expect(try archive.psql("SELECT journal_sha256 FROM keywork_sessions") == original)
        #expect(
            try archive.psql("SELECT session_id, journal_sha256 FROM keywork_conflicts")
                == "\(agreement)|\(other.journalSHA256)")
        #expect(FileManager.default.fileExists(atPath: b.sessionFolder(agreement) + "/seal.sig"))
        #expect(try archive.run(["verify", agreement], store: b).status == 0)
        let status = try archive.run(["archive", "status"], store: b)
        #expect(status.output.hasPrefix("1 sealed session is not yet in the agency archive:\n"), "\(status.output)")
    }

    @Test func dueArchiveListsTheAgencyByKeyworkerAndTeamFromVerifiedBytes() throws {
        let archive = try Archive()
        let a = try DueStore()
        let due = try a.session(client: "C-6001", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        try a.session(client: "C-6002", on: "2026-12-01", DueStore.agreement(waitWeeks: nil))
        let waiting = try a.session(client: "C-6003", on: "2026-10-20", DueStore.agreement(waitWeeks: 4))
        let before = try archive.run(["due", "--today", "2026-12-10"], store: a.store)
        #expect(
            before.output.hasSuffix("\n3 sealed sessions are not yet in the agency archive: keywork archive push\n"))
        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        let after = try archive.run(["due", "--today", "2026-12-10"], store: a.store)
        #expect(!after.output.contains("not yet in the agency archive"), "\(after.output)")
        try archive.psql("INSERT INTO keywork_team_members VALUES ('North', 'Sam')")
        for filter in [[], ["--keyworker", "Sam"], ["--team", "North"]] {
            let listed = try archive.run(["due", "--archive", "--today", "2026-12-10"] + filter, store: a.store)
            #expect(listed.status == 0, "\(listed.errors)")
            #expect(listed.output.contains("client C-6001"), "\(filter): \(listed.output)")
            #expect(listed.output.contains(waiting), "\(filter): \(listed.output)")
            #expect(!listed.output.contains("C-6002"), "\(filter): \(listed.output)")
        }
        for filter in [["--keyworker", "Robin"], ["--team", "South"]] {
            let listed = try archive.run(["due", "--archive", "--today", "2026-12-10"] + filter, store: a.store)
            #expect(listed.output.hasPrefix("Nothing is due"), "\(filter): \(listed.output)")
        }
        // A column changed in the database is not believed: the sealed bytes say otherwise.
        try archive.psql(
            """
            BEGIN;
            ALTER TABLE keywork_sessions DISABLE TRIGGER keywork_sessions_append_only;
            UPDATE keywork_sessions SET next_revisit = '2026-12-09' WHERE session_id = '\(due)';
            ALTER TABLE keywork_sessions ENABLE TRIGGER keywork_sessions_append_only;
            COMMIT;
            """)
        let changed = try archive.run(["due", "--archive", "--today", "2026-12-10", "--json"], store: a.store)
        #expect(changed.status == 1)
        #expect(
            changed.output.contains("\"kind\":\"archive_columns_differ\",\"session\":\"\(due)\""), "\(changed.output)")
    }

    @Test func retentionListsFirstAndDeletesOnlyWithConfirmWritingAnAuditRowForEach() throws {
        let archive = try Archive()
        let a = try DueStore()
        let old = try a.session(client: "C-7001", on: "2026-01-05", DueStore.agreement(waitWeeks: nil))
        let recent = try a.session(client: "C-7002", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        let listed = try KeyworkBinary.run(
            ["archive", "retention", "--before", "2026-06-01"], environment: archive.environment)
        #expect(
            listed.output == """
                \(old)  sealed 2026-01-05T12:00:00.000Z  client C-7001
                1 session sealed before 2026-06-01 would be deleted; nothing was deleted (add --confirm)

                """, "\(listed.output)\(listed.errors)")
        #expect(try archive.psql("SELECT count(*) FROM keywork_sessions") == "2")
        let deleted = try KeyworkBinary.run(
            ["archive", "retention", "--before", "2026-06-01", "--confirm"], environment: archive.environment)
        #expect(deleted.status == 0, "\(deleted.errors)")
        #expect(deleted.output.hasSuffix("1 session sealed before 2026-06-01 deleted, each with an audit row\n"))
        #expect(try archive.psql("SELECT string_agg(session_id, ',') FROM keywork_sessions") == recent)
        #expect(
            try archive.psql(
                "SELECT session_id, client_reference, deleted_before, deleted_by FROM keywork_retention_audit")
                == "\(old)|C-7001|2026-06-01|\(archive.cluster.superuser)")
        let bad = try KeyworkBinary.run(["archive", "retention", "--before", "June"], environment: archive.environment)
        #expect(bad.status == 64)
        #expect(bad.errors.contains("--before June: not a date"))
    }

    /// Starts the binary without waiting for it, its output thrown away; the test kills it.
    static func spawn(_ arguments: [String], environment: [String: String]) throws -> pid_t {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("KEYWORK_") }
        env["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "keywork-no-config-\(UUID().uuidString)"
        env.merge(environment) { $1 }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([KeyworkBinary.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, KeyworkBinary.path, &actions, nil, argv, envp)
        #expect(result == 0)
        return pid
    }

    static let revisitInput = "\n1\n1\n\n3\nyes\nyes\nJ\nRobin\n\n\n\n"
}
