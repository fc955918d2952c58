import Foundation

/// A program running on the slave side of a fresh pseudo-terminal, as it would in a terminal window.
///
/// Spawned with `posix_spawn` in a new session whose controlling terminal is the pty, so ncurses
/// sees a real terminal. The benchmark reads everything the program writes from the master side.
final class PtyChild {
    /// One burst of output: the bytes and when the last of them arrived.
    struct Burst {
        var bytes: [UInt8]
        var lastByteAt: UInt64
    }

    let pid: pid_t
    let master: Int32
    private(set) var exited = false

    /// Starts `executable` with `arguments` on a pty of `columns`×`rows`.
    init(executable: String, arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24)
        throws(BenchError)
    {
        // /dev/ptmx by hand: posix_openpt and friends are not imported into Swift on Linux.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let unlockRequest: UInt = 0x4004_5431  // TIOCSPTLCK
        let numberRequest: UInt = 0x8004_5430  // TIOCGPTN
        guard master >= 0, ioctl(master, unlockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0
        else {
            throw BenchError("cannot open a pseudo-terminal (errno \(errno))")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid and without O_NOCTTY, the slave becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc 2.26+); the macro is not imported into Swift.
        let spawnSetSID: Int16 = 0x80
        posix_spawnattr_setflags(&attributes, spawnSetSID)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw BenchError("cannot start \(executable): \(String(cString: strerror(status)))")
        }
        self.pid = pid
        self.master = master
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    }

    deinit {
        finish(grace: 0)
        close(master)
    }

    /// Monotonic nanoseconds.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Seconds from `start` (a reading of `now()`) until now.
    static func seconds(since start: UInt64) -> Double {
        Double(now() - start) / 1e9
    }

    /// Writes `bytes` as if typed, and returns when they were written.
    @discardableResult
    func type(_ bytes: [UInt8]) -> UInt64 {
        let time = PtyChild.now()
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(master, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written > 0 { offset += written } else if errno != EINTR && errno != EAGAIN { return }
            }
        }
        return time
    }

    /// Reads until `marker` has appeared (if given, and at least one byte otherwise), then until the output
    /// has been quiet for `quietMilliseconds`. Nil if nothing matching arrived within `timeoutMilliseconds`.
    func readBurst(marker: [UInt8]? = nil, quietMilliseconds: Int, timeoutMilliseconds: Int = 5000) -> Burst? {
        var bytes: [UInt8] = []
        var lastByteAt: UInt64 = 0
        var seen = false
        let deadline = PtyChild.now() + UInt64(timeoutMilliseconds) * 1_000_000
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let now = PtyChild.now()
            let wait: Int
            if seen {
                let quietEnds = lastByteAt + UInt64(quietMilliseconds) * 1_000_000
                if now >= quietEnds { return Burst(bytes: bytes, lastByteAt: lastByteAt) }
                wait = Int((quietEnds - now) / 1_000_000) + 1
            } else {
                if now >= deadline { return nil }
                wait = Int((deadline - now) / 1_000_000) + 1
            }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(wait))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 {
                if count < 0 && (errno == EAGAIN || errno == EINTR) { continue }
                // EIO: the child closed the terminal.
                return seen ? Burst(bytes: bytes, lastByteAt: lastByteAt) : nil
            }
            lastByteAt = PtyChild.now()
            bytes += chunk[0..<count]
            if !seen {
                seen = marker.map { contains(bytes, $0) } ?? true
            }
        }
    }

    /// Reads and throws away output for `milliseconds`, so the child never blocks on a full pty.
    func drain(milliseconds: Int) -> Int {
        var total = 0
        let deadline = PtyChild.now() + UInt64(milliseconds) * 1_000_000
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let now = PtyChild.now()
            if now >= deadline { return total }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, Int32((deadline - now) / 1_000_000) + 1) > 0 {
                let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if count > 0 { total += count }
                if count == 0 || (count < 0 && errno == EIO) { usleep(1000) }
            }
        }
    }

    /// CPU time the child has used so far, in nanoseconds (`/proc/<pid>/schedstat`, first field).
    func cpuNanoseconds() -> UInt64? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8),
            let first = text.split(separator: " ").first
        else { return nil }
        return UInt64(first)
    }

    /// The child's peak resident memory so far in KB (`VmHWM` in `/proc/<pid>/status`).
    ///
    /// Not `ru_maxrss` from wait4: posix_spawn's child shares the benchmark's memory until exec, and the
    /// kernel carries that high-water mark over into the child's `ru_maxrss`.
    func peakResidentKilobytes() -> Int? {
        PtyChild.peakResidentKilobytes(pid: pid)
    }

    static func peakResidentKilobytes(pid: pid_t) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// Waits up to `grace` ms for the child to leave by itself, then SIGTERM, then SIGKILL; reaps it.
    func finish(grace: Int) {
        guard !exited else { return }
        if waitForExit(milliseconds: grace) { return }
        kill(pid, SIGTERM)
        if waitForExit(milliseconds: 2000) { return }
        kill(pid, SIGKILL)
        _ = waitForExit(milliseconds: 10_000)
    }

    private func waitForExit(milliseconds: Int) -> Bool {
        let deadline = PtyChild.now() + UInt64(milliseconds) * 1_000_000
        repeat {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                return true
            }
            _ = drain(milliseconds: 5)
        } while PtyChild.now() < deadline
        return false
    }
}

/// Whether `needle` occurs in `haystack`.
func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    let first = needle[0]
    var index = 0
    while index <= haystack.count - needle.count {
        if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return true }
        index += 1
    }
    return false
}

/// A benchmark step that could not run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
