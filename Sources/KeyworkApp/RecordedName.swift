import KeyworkText

/// A client reference or a person's name as a record will hold it. It is sealed for good and shown on the shared
/// screen, on the client's copy and by `due`, so it is trimmed, and one that is empty or holds a character a
/// terminal acts on (ESC, a tab or line break, a bidirectional override) is refused rather than stored escaped.
public enum RecordedName {
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case actingCharacter(Unicode.Scalar)
    }

    /// `value` without the white space around it, or why a record cannot hold it.
    public static func checked(_ value: String) -> Result<String, Problem> {
        let trimmed = String(value.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        if trimmed.isEmpty { return .failure(.empty) }
        if let acting = TerminalText.firstActingScalar(in: trimmed) { return .failure(.actingCharacter(acting)) }
        return .success(trimmed)
    }
}
