/// A typed command that works at every prompt of the line mode: the equivalents of F1, F2, F3, F4,
/// F5, F9 and F10. Only a whole line is a command, so words inside an answer are never taken for one.
public enum PlainCommand: Sendable, Equatable {
    case help
    case again
    /// Note a question; with words when they were typed on the same line ("question why is it daily?").
    case question(String?)
    case notSure
    case back
    case read
    case privacy
    case pause

    /// The command a line means, if any.
    public init?(line: String) {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first?.lowercased() else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        switch (first, rest.lowercased()) {
        case ("help", ""), ("?", ""): self = .help
        case ("again", ""), ("repeat", ""): self = .again
        case ("question", _): self = .question(rest.isEmpty ? nil : rest)
        case ("not", "sure"), ("unsure", ""), ("disagree", ""): self = .notSure
        case ("back", ""): self = .back
        case ("read", ""): self = .read
        case ("private", ""): self = .privacy
        case ("pause", ""): self = .pause
        default: return nil
        }
    }
}
