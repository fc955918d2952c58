import Glibc
import Synchronization

/// Work the full screen does away from its run loop: on a thread of its own that never takes a resize signal (so
/// that the run loop's wait does, and redraws at once), reporting on the run loop's wake-up pipe when it is done.
final class BackgroundWork: Sendable {
    /// The byte on the pipe that says work is done: no signal has the number 0.
    static let doneByte: UInt8 = 0

    /// The wake-up pipe's write end; -1 once the terminal has shut down, so a late finish writes nowhere.
    private let pipe: Mutex<Int32>

    init(pipe: Int32) {
        self.pipe = Mutex(pipe)
    }

    /// Called before the terminal closes the pipe: work that finishes after it reports to no one.
    func close() {
        pipe.withLock { $0 = -1 }
    }

    /// Runs `work` on a new thread, or here and now when no thread can be made, then reports it done.
    func start(_ work: @escaping @Sendable () -> Void) {
        let job = Job {
            work()
            self.reportDone()
        }
        if !Self.spawn(job) { job.run() }
    }

    private func reportDone() {
        pipe.withLock { end in
            guard end >= 0 else { return }
            var byte = Self.doneByte
            _ = write(end, &byte, 1)
        }
    }

    /// The work a thread runs, passed to it through `pthread_create`'s one pointer.
    private final class Job: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Starts `job` on a detached thread that has SIGWINCH blocked; false when no thread could be made.
    private static func spawn(_ job: Job) -> Bool {
        // A new thread takes the signal mask of the one that makes it.
        var previous = ResizeSignal.block()
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }

        let context = Unmanaged.passRetained(job).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<Job>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context)
        guard started == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return false
        }
        pthread_detach(thread)
        return true
    }
}
