import Foundation

/// Work begun on a thread of its own, so that it overlaps what the caller does next; its result is waited for.
final class OwnThread<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the thread before `done` is signalled, read only after waiting for it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            value = work()
            done.signal()
        }
    }

    /// The work's result, once it has finished.
    func result() -> Value {
        done.wait()
        defer { done.signal() }
        // Always set before the signal that let this wait end.
        guard let value else { preconditionFailure("the thread signalled before setting its result") }
        return value
    }
}
