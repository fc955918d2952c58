/// One line of a journal as read or written.
public struct JournalEntry: Sendable, Equatable {
    /// 0 for the header, then 1, 2, 3…
    public var seq: Int64
    /// ISO 8601 UTC with milliseconds, as stored.
    public var timestamp: String
    public var event: String
    /// Always an object.
    public var data: JSONValue
    /// Lowercase hex of the chain value before this line.
    public var prev: String
    /// The line's bytes exactly as stored, without the trailing newline.
    public var line: [UInt8]
}

/// What resuming found before handing back the journal.
public enum ResumeReport: Sendable, Equatable {
    /// Every line was whole and the chain held.
    case clean
    /// The last line had no newline (a crash mid-write); these bytes were cut off. Record a `resumed` event.
    case cutTornTail(bytes: Int)
}
