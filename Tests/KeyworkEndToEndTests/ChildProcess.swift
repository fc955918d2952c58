import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion with posix_spawn and waitpid.
///
/// Foundation's `Process` is not used: on Linux, when tests start processes in parallel,
/// `waitUntilExit()` can miss a child's exit and wait for ever, with the child left a zombie.
enum ChildProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    enum Failure: Error {
        case cannotStart(String, Int32)
    }

    /// Runs `executable` with `arguments`; `input` is written to its standard input, then closed.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String? = nil
    ) throws -> Result {
        try run(executable, arguments, environment: environment, inputBytes: input.map { Array($0.utf8) })
    }

    /// Runs `executable` with `arguments`; `inputBytes`, which need not be UTF-8, are written to its standard
    /// input, then closed.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, inputBytes: [UInt8]?
    ) throws -> Result {
        // Until the pipes are close-on-exec, no other thread may spawn, or its child would keep
        // a write end open and this reader would never see the end of the output.
        spawning.lock()
        var locked = true
        defer { if locked { spawning.unlock() } }
        let stdin = try makePipe()
        let stdout = try makePipe()
        let stderr = try makePipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies only, so no other child inherits these pipes.
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)

        // The child starts as from a shell: no signal blocked, and none ignored that the test
        // runner ignores (such as SIGPIPE).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        for end in [stdin.read, stdout.write, stderr.write] { close(end) }
        spawning.unlock()
        locked = false
        guard spawned == 0 else {
            for end in [stdin.write, stdout.read, stderr.read] { close(end) }
            throw Failure.cannotStart(executable, spawned)
        }

        let inputWriter = Thread.detach {
            if let inputBytes { writeAll(inputBytes, to: stdin.write) }
            close(stdin.write)
        }
        let errorReader = Thread.detach { readAll(stderr.read) }
        let output = readAll(stdout.read)
        let errors = errorReader.wait() ?? []
        inputWriter.wait()
        close(stdout.read)
        close(stderr.read)

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return Result(
            status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
            output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    private static let spawning = NSLock()

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw Failure.cannotStart("pipe", errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                data += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if errno != EINTR {
                return
            }
        }
    }
}

extension Thread {
    /// Runs `work` on a new thread; `wait()` returns its result.
    fileprivate static func detach<Value>(_ work: @escaping @Sendable () -> Value) -> ThreadResult<Value> {
        let result = ThreadResult<Value>()
        Thread.detachNewThread {
            result.finish(work())
        }
        return result
    }
}

/// A value that another thread produces once.
private final class ThreadResult<Value>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    func finish(_ value: Value) {
        self.value = value
        done.signal()
    }

    @discardableResult
    func wait() -> Value? {
        done.wait()
        return value
    }
}
