#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real speaker: `espeak-ng`, found on PATH, started with posix_spawn and never waited for
/// while it speaks. Each reading runs in its own process group, so stopping it also stops anything
/// it started. The words go to it on standard input, never on its command line, where every user of
/// the computer could read them with `ps` (the screen may hold a client's answers).
public final class SpeechCommand: Speaker {
    /// The program's name, looked for on PATH.
    public static let programName = "espeak-ng"

    private let path: [String]
    /// The espeak-ng voice, a language code such as "en" or "pl", so Polish words are not read with English sounds.
    private let voice: String
    private var running: pid_t?

    /// `path` is the PATH variable's value; speech is unavailable when no folder in it holds `espeak-ng`.
    public init(path: String?, voice: String = "en") {
        self.path = (path ?? "").split(separator: ":").map(String.init)
        self.voice = voice
    }

    deinit {
        stop()
    }

    /// The program's full path, or nil when it is not installed.
    public var executable: String? {
        for folder in path where !folder.isEmpty {
            let candidate = folder + "/" + Self.programName
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    public func speak(_ text: String) -> Bool {
        stop()
        guard let executable else { return false }
        // A socket pair rather than a pipe: writing with MSG_NOSIGNAL cannot raise SIGPIPE if the reading stops.
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            return false
        }
        let (words, input) = (ends[0], ends[1])
        defer { close(words) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Speech must never write over the screen or read the keys meant for Keywork: it reads only the words.
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let arguments = [executable, "-v", voice, "--stdin"]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, executable, &actions, &attributes, argv, environ) == 0
        close(input)
        guard started else { return false }
        running = pid
        pass(SpokenCodes.spelled(text), to: words)
        return true
    }

    /// Hands the words over without waiting: the socket's buffer is made big enough for a screen, and
    /// whatever would not fit (a screen longer than any guide has) is left unsaid rather than wait for it.
    private func pass(_ text: String, to socket: Int32) {
        var bytes = Array(text.utf8)
        bytes.append(UInt8(ascii: "\n"))
        var size = Int32(min(bytes.count * 2, 4 << 20))
        _ = setsockopt(socket, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                send(
                    socket, buffer.baseAddress.map { $0 + sent }, buffer.count - sent,
                    Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            sent += count
        }
    }

    public func stop() {
        guard let pid = running else { return }
        running = nil
        kill(-pid, SIGKILL)
        // SIGKILL ends it at once, so this wait is short; it stops the reading becoming a zombie.
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
}
