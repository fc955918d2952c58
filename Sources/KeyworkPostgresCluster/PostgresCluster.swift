import Foundation

/// A private PostgreSQL cluster for the archive tests and `keywork-bench --only archive`: made with `initdb` in a
/// temporary folder, listening on a Unix socket in that folder only (no TCP), started once per process and stopped
/// when it ends. Run as root
/// (as CI runs), the server runs as the unprivileged `postgres` user (else `nobody`), as PostgreSQL requires.
/// Each test asks for its own database (`makeDatabase`). Nothing is mocked.
///
/// Stopping is sure: at a normal exit the cluster is stopped at once, and a watchdog process, started with it,
/// stops it and removes its folder when the test process is gone however it ended (kill -9 or a crash included).
public final class PostgresCluster: Sendable {
    /// Why the cluster could not be made; a test that needs it fails with this, never skips, and the bench says n/a.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The one cluster of this process, started on first use.
    public static let shared: Result<PostgresCluster, Failure> = Result { () throws(Failure) -> PostgresCluster in
        try PostgresCluster()
    }

    /// The cluster, or a failure that says why it could not be started.
    public static func start() throws -> PostgresCluster { try shared.get() }

    /// The folder holding the data, the socket and the server's log.
    public let folder: String
    public let binaries: String
    /// The superuser that `initdb` made; tests connect as it unless they make a role of their own.
    public let superuser = "keywork_test"
    /// The unprivileged user the server runs as when the tests run as root; nil otherwise.
    private let serverUser: String?

    /// A new cluster. `durable`: the server syncs its writes to disk as a real archive would (the benchmark's
    /// figures); the tests' cluster does not, since a test's data need not outlive it.
    public init(durable: Bool = false) throws(Failure) {
        guard let binaries = Self.binariesFolder() else {
            throw Failure(
                description: "no PostgreSQL server programs (initdb, pg_ctl) under /usr/lib/postgresql/*/bin: "
                    + "install the Debian packages postgresql and libpq-dev (.ci/run does)")
        }
        self.binaries = binaries
        var template = Array("/tmp/kwpg.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(description: "cannot make a temporary folder for the cluster: errno \(errno)")
        }
        folder = String(cString: made)
        serverUser = getuid() == 0 ? (getpwnam("postgres") != nil ? "postgres" : "nobody") : nil
        if let serverUser, let user = getpwnam(serverUser) {
            chown(folder, user.pointee.pw_uid, user.pointee.pw_gid)
        }
        try runServerTool(
            "initdb",
            ["-D", folder + "/data", "-U", superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]
                + (durable ? [] : ["--no-sync"]))
        let speed = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        try runServerTool(
            "pg_ctl",
            [
                "-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60", "-o",
                "-c listen_addresses='' -c unix_socket_directories='\(folder)' -c max_connections=100" + speed,
                "start",
            ])
        startWatchdog()
        Self.atExitStop = self
        atexit { PostgresCluster.atExitStop?.stop() }
    }

    nonisolated(unsafe) private static var atExitStop: PostgresCluster?

    /// Stops the server at once and removes its folder.
    public func stop() {
        try? runServerTool("pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "-t", "30", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// libpq connection settings for `database` on this cluster, as `archive:` or KEYWORK_ARCHIVE take them.
    public func settings(database: String, user: String? = nil) -> String {
        "host=\(folder) dbname=\(database) user=\(user ?? superuser)"
    }

    /// A new, empty database of its own for one test, and its connection settings.
    public func makeDatabase() throws -> (name: String, settings: String) {
        let name = "kw_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        _ = try psql(database: "postgres", "CREATE DATABASE \(name)")
        return (name, settings(database: name))
    }

    /// Runs SQL through `psql`, PostgreSQL's own client (so the tests check the archive with a client that is not
    /// Keywork's), as the superuser or `user`; returns what it printed (unaligned, tuples only), or throws with
    /// its error output when it fails.
    @discardableResult
    public func psql(database: String, user: String? = nil, _ sql: String) throws -> String {
        let result = try Self.run(
            binaries + "/psql",
            [
                "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-U", user ?? superuser, "-d", database,
                "-c", sql,
            ],
            asUser: nil)
        guard result.status == 0 else { throw Failure(description: "psql: \(result.output)") }
        return result.output
    }

    private func runServerTool(_ tool: String, _ arguments: [String]) throws(Failure) {
        let result: (status: Int32, output: String)
        do {
            result = try Self.run(binaries + "/" + tool, arguments, asUser: serverUser)
        } catch {
            throw Failure(description: "\(tool) could not be run: \(error)")
        }
        guard result.status == 0 else {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            throw Failure(description: "\(tool) failed (\(result.status)): \(result.output)\n\(log)")
        }
    }

    /// A detached shell that waits for this process to end, then stops the server and removes the folder.
    private func startWatchdog() {
        let pgCtl = (serverUser.map { "runuser -u \($0) -- " } ?? "") + binaries + "/pg_ctl"
        let script = """
            while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done
            \(pgCtl) -D '\(folder)/data' -m immediate -w -t 30 stop
            rm -rf '\(folder)'
            """
        // Not waited for: it lives as long as this process does. Its output goes nowhere, since a pipe it held
        // open would keep `swift test` waiting.
        let nowhere = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(nowhere) }
        _ = try? Self.spawn("/usr/bin/setsid", ["/bin/sh", "-c", script], output: nowhere)
    }

    /// Runs a program (as `user` through runuser when given) from `/` (the server's user may not be able to enter
    /// the folder the tests run in) and returns its exit status and output. The server, which pg_ctl leaves
    /// running, writes only to its log file. posix_spawn and waitpid, not Foundation's Process, whose wait can
    /// miss a child that has already ended.
    private static func run(_ program: String, _ arguments: [String], asUser user: String?) throws -> (
        status: Int32, output: String
    ) {
        let outputPath = NSTemporaryDirectory() + "kwpg-\(UUID().uuidString).out"
        let descriptor = open(outputPath, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(description: "cannot make \(outputPath): errno \(errno)") }
        defer {
            close(descriptor)
            unlink(outputPath)
        }
        let command = (user.map { ["/usr/sbin/runuser", "-u", $0, "--"] } ?? []) + [program] + arguments
        let pid = try spawn("/bin/sh", ["-c", "cd / && exec \"$@\"", "sh"] + command, output: descriptor)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid: errno \(errno)") }
        }
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Starts `program` with `arguments`, standard input from /dev/null and both outputs to `output`.
    private static func spawn(_ program: String, _ arguments: [String], output: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard result == 0 else { throw Failure(description: "cannot start \(program): errno \(result)") }
        return pid
    }

    /// The folder of PostgreSQL's server programs (KEYWORK_TEST_PG_BIN, else the newest under
    /// /usr/lib/postgresql), or nil when PostgreSQL is not installed.
    public static func binariesFolder() -> String? {
        if let given = ProcessInfo.processInfo.environment["KEYWORK_TEST_PG_BIN"], !given.isEmpty { return given }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            let folder = "/usr/lib/postgresql/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: folder + "/initdb") { return folder }
        }
        return nil
    }
}
