import Foundation
import KeyworkGuides
import KeyworkPostgresCluster
import KeyworkRecord
import KeyworkSession

/// `keywork-bench --only archive`: the agency archive on a private PostgreSQL cluster of the bench's own, durable as
/// a real server is (fsync on). Two figures, both through the built `keywork` as a keyworker runs it:
/// - push: a store of sealed agreements sent by `keywork archive push` (each verified before it is sent);
/// - due: `keywork due --archive` over an archive of about a million sessions, the pushed ones and the rest
///   generated in SQL, timed from start to exit, every listed session's bytes verified before it is shown.
struct ArchiveBenchmark {
    struct Result {
        var pushed = 0
        var pushSeconds = 0.0
        var archived = 0
        var generateSeconds = 0.0
        /// Wall times of `due --archive`, in nanoseconds, and how many sessions it listed (each verified).
        var dueTimes = Samples()
        var dueListed = 0
        var dueExpected = 0
    }

    let keywork: String
    let work: String

    /// Whether PostgreSQL's server programs are here; without them the archive rows say n/a.
    static var postgresInstalled: Bool { PostgresCluster.binariesFolder() != nil }

    /// Sealed sessions pushed, sessions in the archive for `due --archive`, and its runs.
    static let pushedSessions = 5_000
    static let archivedSessions = 1_000_000
    static let dueRuns = 5

    /// The archive's rows of the table; n/a when PostgreSQL is not installed.
    static func rows(keywork: String, work: String, into table: inout BenchTable) throws {
        let pushMeasure = "archive push, sealed sessions/s (\(pushedSessions) sessions)"
        let dueMeasure = "due --archive over \(archivedSessions) archived sessions, median of \(dueRuns)"
        guard postgresInstalled else {
            let missing = "n/a (PostgreSQL not installed)"
            table.add(pushMeasure, missing, target: "≥ 1,000 sessions/s", met: nil)
            table.add(dueMeasure, missing, target: "< 1 s", met: nil)
            table.note("archive: install the Debian packages postgresql and libpq-dev for the archive rows")
            return
        }
        let bench = ArchiveBenchmark(keywork: keywork, work: work)
        let result = try bench.measure(sessions: pushedSessions, archived: archivedSessions, runs: dueRuns)
        let rate = Double(result.pushed) / result.pushSeconds
        table.add(
            pushMeasure, String(format: "%.0f sessions/s (%.1f s)", rate, result.pushSeconds),
            reference: "each verified before it is sent", target: "≥ 1,000 sessions/s", met: rate >= 1000)
        let median = result.dueTimes.median
        let listedAll = result.dueListed == result.dueExpected
        table.add(
            dueMeasure, milliseconds(median),
            reference: "\(result.dueListed) listed, each verified", target: "< 1 s",
            met: listedAll && (median ?? .infinity) < 1e9)
        table.note(
            String(
                format: "archive: a private PostgreSQL cluster with fsync on; %d sessions in it, %d of them generated "
                    + "in SQL in %.1f s (10 per client, only each client's latest not yet due); due listed %d of "
                    + "the %d due, p90 %@", result.archived, result.archived - result.pushed, result.generateSeconds,
                result.dueListed, result.dueExpected, milliseconds(result.dueTimes.percentile(90))))
    }

    /// Pushes `sessions` sealed agreements (one in five due on `today`), fills the archive to `archived`
    /// sessions in SQL, and times `due --archive` `runs` times.
    func measure(sessions: Int, archived: Int, runs: Int) throws -> Result {
        let cluster: PostgresCluster
        do {
            cluster = try PostgresCluster(durable: true)
        } catch {
            throw BenchError("cannot start a private PostgreSQL cluster: \(error)")
        }
        defer { cluster.stop() }
        let database = try cluster.makeDatabase()
        let storeRoot = work + "/archive-store"
        let keyworkCommand = KeyworkCommand(
            keywork: keywork, work: work,
            environment: ["KEYWORK_ARCHIVE": database.settings, "KEYWORK_STORE": storeRoot])
        try keyworkCommand.run(["archive", "init"])
        var result = Result()
        result.dueExpected = try AgreementStore.generate(
            root: storeRoot, sessions: sessions, guidePath: work + "/bench-plan.yaml", clientPrefix: "B-")

        let (pushOutput, pushSeconds) = try keyworkCommand.run(["archive", "push"])
        result.pushSeconds = pushSeconds
        guard pushOutput.hasPrefix("\(sessions) sent to the agency archive") else {
            throw BenchError("keywork archive push did not send all \(sessions) sessions: \(pushOutput)")
        }
        result.pushed = sessions

        let generateStart = PtyChild.now()
        try cluster.psql(database: database.name, Self.fillerSQL(count: max(0, archived - sessions) / 10 * 10))
        try cluster.psql(database: database.name, "VACUUM ANALYZE")
        result.generateSeconds = PtyChild.seconds(since: generateStart)
        result.archived = Int(try cluster.psql(database: database.name, "SELECT count(*) FROM keywork_sessions")) ?? 0

        for _ in 0..<runs {
            let (output, seconds) = try keyworkCommand.run([
                "due", "--archive", "--today", AgreementStore.today, "--json",
            ])
            result.dueTimes.add(seconds * 1e9)
            result.dueListed = output.components(separatedBy: "\"days_overdue\":").count - 1
        }
        return result
    }

    /// `count` more sessions in SQL: 100,000 other clients (or fewer), ten sessions each over three years, each an
    /// agreement; every client's latest is not yet due, and every earlier one's revisit date is long past, as in
    /// an agency's real history. One client in ten has a wait that has not ended. Their bytes are a placeholder:
    /// they are never listed, so never read (Docs/performance.md says so).
    static func fillerSQL(count: Int) -> String {
        guard count > 0 else { return "SELECT 1" }
        let clients = max(1, min(100_000, count / 10))
        return """
            INSERT INTO keywork_sessions (session_id, journal, seal, journal_sha256, client_reference, guide_id,
                guide_version, sealed_at, keyworker, device_key_id, is_agreement, next_revisit, wait_until)
            SELECT to_char(sealed, 'YYYYMMDD"T"HH24MISS"Z"') || '-f' || lpad(g::text, 7, '0'),
                convert_to('generated by keywork-bench', 'UTF8'), convert_to('no seal', 'UTF8'),
                md5(g::text) || md5(g::text), 'F-' || client, 'bench-plan', '1', sealed,
                'Keyworker ' || (client % 40), (SELECT key_id FROM keywork_devices LIMIT 1), true,
                sealed::date + 30,
                CASE WHEN visit = \(count / clients - 1) AND client % 10 = 0 THEN DATE '\(AgreementStore.today)' + 20 END
            FROM generate_series(0, \(count - 1)) AS g,
                LATERAL (SELECT g % \(clients) AS client, g / \(clients) AS visit) AS place,
                LATERAL (SELECT TIMESTAMPTZ '\(AgreementStore.today) 12:00Z'
                    - make_interval(days => (\(count / clients - 1) - visit) * 110 + (client % 20))
                    - make_interval(secs => client % 3600) AS sealed) AS moment
            """
    }
}
