#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real speaker: `espeak-ng`, found on PATH, started with posix_spawn and never waited for
/// while it speaks. Each reading runs in its own process group, so stopping it also stops anything
/// it started.
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
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Speech must never write over the screen or read the keys meant for Keywork.
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
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
        // "--" keeps a text that starts with a dash from being read as an option.
        let arguments = [executable, "-v", voice, "--", text]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, environ) == 0 else { return false }
        running = pid
        return true
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
