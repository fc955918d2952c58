import Foundation

/// Turns a fuzz case that never finishes into a loud failure that names the case, instead of a CI run
/// that hangs until it is killed with nothing to replay.
///
/// The limit is no speed test: a case takes milliseconds, and only one stuck in a loop comes near it.
public final class FuzzWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var running: (name: String, started: Date)?
    private var stopped = false
    private let limit: TimeInterval

    public init(limit: TimeInterval = 120) {
        self.limit = limit
        let thread = Thread { [weak self] in
            while let self, self.check() {
                Thread.sleep(forTimeInterval: 1)
            }
        }
        thread.start()
    }

    /// Marks the start of a case; `name` says how to replay it.
    public func begin(_ name: String) {
        lock.lock()
        running = (name, Date())
        lock.unlock()
    }

    public func end() {
        lock.lock()
        running = nil
        lock.unlock()
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// False once stopped; ends the process when a case has run past the limit.
    private func check() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if stopped { return false }
        if let running, Date().timeIntervalSince(running.started) > limit {
            FileHandle.standardError.write(
                Data("fuzz: \(running.name) still running after \(Int(limit)) s: a hang\n".utf8))
            abort()
        }
        return true
    }
}
