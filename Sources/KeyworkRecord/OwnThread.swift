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

extension OwnThread where Value == RecordError? {
    /// `write` begun on a thread of its own; the result is the error it threw, or nil once it succeeded.
    convenience init(writing write: @escaping @Sendable () throws(RecordError) -> Void) {
        self.init {
            do throws(RecordError) {
                try write()
                return nil
            } catch {
                return error
            }
        }
    }
}
