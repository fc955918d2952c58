import KeyworkWords

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

    /// The command a line means, if any: in the language of `words`, as its help lists them, or in
    /// English, which always works so a keyworker who types the English words is never stuck.
    public init?(line: String, words: Words) {
        let typed = line.split(separator: " ", omittingEmptySubsequences: true)
        let said = typed.joined(separator: " ").lowercased()
        guard !said.isEmpty else { return nil }
        for (phrase, english, command) in Self.wholeLineCommands
        where english.contains(said) || words[phrase].lowercased() == said {
            self = command
            return
        }
        // "question" may carry the question itself on the same line.
        for spelling in ["question", words[.plainCommandQuestion].lowercased()] {
            let length = spelling.split(separator: " ").count
            guard typed.prefix(length).joined(separator: " ").lowercased() == spelling else { continue }
            let rest = typed.dropFirst(length).joined(separator: " ")
            self = .question(rest.isEmpty ? nil : rest)
            return
        }
        return nil
    }

    /// Each command that is the whole line: its phrase in the words table and its English spellings.
    private static let wholeLineCommands: [(Phrase, [String], PlainCommand)] = [
        (.plainCommandHelp, ["help", "?"], .help),
        (.plainCommandAgain, ["again", "repeat"], .again),
        (.plainCommandNotSure, ["not sure", "unsure", "disagree"], .notSure),
        (.plainCommandBack, ["back"], .back),
        (.plainCommandRead, ["read"], .read),
        (.plainCommandPrivate, ["private"], .privacy),
        (.plainCommandPause, ["pause"], .pause),
    ]
}
