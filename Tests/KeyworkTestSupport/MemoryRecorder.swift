import KeyworkFrontEnd
import KeyworkSession

/// Keeps recorded events in memory, and can be told to fail like a full disk.
public final class MemoryRecorder: SessionRecorder {
    public struct DiskFull: Error {}

    public private(set) var events: [SessionEvent] = []
    /// How many recordings succeed before every later one fails; nil never fails.
    public var successesBeforeFailing: Int?

    public init() {}

    public func record(_ events: [SessionEvent]) throws {
        if let remaining = successesBeforeFailing {
            guard remaining > 0 else { throw DiskFull() }
            successesBeforeFailing = remaining - 1
        }
        self.events += events
    }
}
