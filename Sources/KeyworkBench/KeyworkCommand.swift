import Foundation

/// The built `keywork` run to its end, as a keyworker runs a command: standard input from /dev/null, standard error
/// discarded, standard output kept in a file of the work folder.
struct KeyworkCommand {
    let keywork: String
    let work: String
    /// Added to the bench's own environment.
    var environment: [String: String] = [:]

    /// Runs `keywork` with `arguments`; its standard output and wall time in seconds, or an error with the output.
    @discardableResult
    func run(_ arguments: [String]) throws -> (output: String, seconds: Double) {
        let outputPath = work + "/keywork-command.out"
        let descriptor = open(outputPath, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw BenchError("cannot make \(outputPath)") }
        defer { close(descriptor) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, descriptor, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var merged = ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        let argv: [UnsafeMutablePointer<CChar>?] = ([keywork] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        let start = PtyChild.now()
        var pid: pid_t = 0
        guard posix_spawn(&pid, keywork, &actions, nil, argv, envp) == 0 else {
            throw BenchError("cannot start keywork \(arguments.joined(separator: " "))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("waitpid: errno \(errno)") }
        }
        let seconds = PtyChild.seconds(since: start)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw BenchError("keywork \(arguments.joined(separator: " ")) failed (\(status)): \(output)")
        }
        return (output, seconds)
    }
}
