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
        for (phrase, aliases, command) in Self.wholeLineCommands
        where aliases.contains(said) || Self.spellings(of: phrase, in: words).contains(said) {
            self = command
            return
        }
        // "question" may carry the question itself on the same line.
        for spelling in Self.spellings(of: .plainCommandQuestion, in: words) {
            let length = spelling.split(separator: " ").count
            guard typed.prefix(length).joined(separator: " ").lowercased() == spelling else { continue }
            let rest = typed.dropFirst(length).joined(separator: " ")
            self = .question(rest.isEmpty ? nil : rest)
            return
        }
        return nil
    }

    /// The command's word in the chosen language and in English.
    private static func spellings(of phrase: Phrase, in words: Words) -> Set<String> {
        [Words.english[phrase].lowercased(), words[phrase].lowercased()]
    }

    /// Each command that is the whole line: its phrase in the words table, and other words that mean it.
    private static let wholeLineCommands: [(Phrase, [String], PlainCommand)] = [
        (.plainCommandHelp, ["?"], .help),
        (.plainCommandAgain, ["repeat"], .again),
        (.plainCommandNotSure, ["unsure", "disagree"], .notSure),
        (.plainCommandBack, [], .back),
        (.plainCommandRead, [], .read),
        (.plainCommandPrivate, [], .privacy),
        (.plainCommandPause, [], .pause),
    ]
}
